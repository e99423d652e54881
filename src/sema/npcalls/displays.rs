//! A list or tuple display of numbers where numpy takes an array
//! (`np.mean([x, y])`, `np.linalg.norm([dx, dy])`, `np.percentile(a, [25,
//! 75])`, `np.interp(x, [0.0, 1.0], [lo, hi])`) is `np.array(display)`,
//! which is what numpy's own `asarray` of the argument makes (the same
//! dtype rules: ints int64, any float float64), so the call is typed as the
//! one with that array. A list variable there (`np.mean(times)` of a list
//! the loop appended to) is `np.array(times)` the same way: numpy's asarray
//! copies it too. Also here: `np.maximum.accumulate` and the other running
//! extremes (`EXTREME_ACCUMULATES`).

use crate::sema::arrays::{cmp, select};
use crate::sema::optional::is_none;
use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

/// The arguments of `np.<name>` (or `np.linalg.<name>`) that numpy
/// converts with `asarray`: positions, and the same by keyword.
fn array_params(name: &str, linalg: bool) -> &'static [(usize, &'static str)] {
    if linalg {
        return match name {
            "norm" => &[(0, "x")],
            _ => &[],
        };
    }
    match name {
        "sum" | "prod" | "min" | "max" | "amin" | "amax" | "mean" | "median" | "var" | "std" | "argmin" | "argmax"
        | "ptp" | "cumsum" | "cumprod" | "nansum" | "nanmean" | "nanmax" | "nanmin" | "nanstd" | "nanmedian"
        | "nanvar" | "nanprod" | "sort" | "argsort" | "count_nonzero" => &[(0, "a")],
        "average" => &[(0, "a"), (2, "weights")],
        "reduceat" => &[(1, "indices")],
        "percentile" | "quantile" | "nanpercentile" | "nanquantile" => &[(0, "a"), (1, "q")],
        "interp" => &[(1, "xp"), (2, "fp")],
        "polyval" => &[(0, "p")],
        "digitize" => &[(1, "bins")],
        "isin" => &[(1, "test_elements")],
        "cross" => &[(0, "a"), (1, "b")],
        "polyder" | "polyint" => &[(0, "p")],
        "pad" => &[(1, "pad_width"), (3, "constant_values")],
        "append" => &[(0, "arr"), (1, "values")],
        "searchsorted" => &[(1, "v")],
        "convolve" => &[(0, "a"), (1, "v")],
        "outer" => &[(0, "a"), (1, "b")],
        // The ufuncs: numpy's asarray of each operand (`np.sqrt([1.0, x])`,
        // `np.exp(xs)` of a list of floats).
        _ if UNARY_UFUNCS.contains(&name) => &[(0, "x")],
        _ if BINARY_UFUNCS.contains(&name) => &[(0, "x1"), (1, "x2")],
        _ => &[],
    }
}

/// The one-operand ufuncs whose list operand `array_params` converts.
const UNARY_UFUNCS: [&str; 38] = [
    "sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
    "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "cbrt", "abs", "absolute", "fabs", "floor", "ceil",
    "trunc", "rint", "sign", "square", "negative", "isnan", "isinf", "isfinite", "deg2rad", "rad2deg", "radians",
    "degrees",
];

/// The two-operand ufuncs whose list operands `array_params` converts.
const BINARY_UFUNCS: [&str; 17] = [
    "add",
    "subtract",
    "multiply",
    "divide",
    "true_divide",
    "floor_divide",
    "power",
    "maximum",
    "minimum",
    "fmax",
    "fmin",
    "arctan2",
    "hypot",
    "mod",
    "remainder",
    "fmod",
    "copysign",
];

/// `stmt` with each such display made `np.array(display)`, or None when
/// it has none. `is_array` says whether an item is an array (a display
/// of arrays stays: numpy stacks them, which `np.array` does not compile);
/// `is_list` whether a name is a list variable.
pub fn expand(
    stmt: &Stmt,
    numpy: &dyn Fn(&str) -> bool,
    is_array: &dyn Fn(&Expr) -> bool,
    is_list: &dyn Fn(&Expr) -> bool,
) -> Option<Vec<Stmt>> {
    let mut r = Displays { numpy, is_array, is_list, changed: false };
    let Ok(s) = r.fold_stmt(stmt.clone());
    r.changed.then(|| vec![s])
}

struct Displays<'a> {
    numpy: &'a dyn Fn(&str) -> bool,
    is_array: &'a dyn Fn(&Expr) -> bool,
    is_list: &'a dyn Fn(&Expr) -> bool,
    changed: bool,
}

impl Displays<'_> {
    /// The numpy module name of `f` (`np` of `np.mean`, of `np.linalg.norm`),
    /// the function's name, and whether it is `linalg`'s.
    fn callee<'e>(&self, f: &'e Expr) -> Option<(&'e ast::ExprName, &'e str, bool)> {
        let Expr::Attribute(a) = f else { return None };
        match a.value.as_ref() {
            Expr::Name(m) if (self.numpy)(m.id.as_str()) => Some((m, a.attr.as_str(), false)),
            Expr::Attribute(l) if l.attr.as_str() == "linalg" => match l.value.as_ref() {
                Expr::Name(m) if (self.numpy)(m.id.as_str()) => Some((m, a.attr.as_str(), true)),
                _ => None,
            },
            // `np.add.reduceat(a, [0, 4])`: the ufunc method, by its name.
            Expr::Attribute(l) if a.attr.as_str() == "reduceat" => match l.value.as_ref() {
                Expr::Name(m) if (self.numpy)(m.id.as_str()) => Some((m, "reduceat", false)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `e` is a display of numbers (nested displays of numbers too).
    fn number_display(&self, e: &Expr) -> bool {
        let elts = match e {
            Expr::List(l) => &l.elts,
            Expr::Tuple(t) => &t.elts,
            _ => return false,
        };
        elts.iter().all(|x| match x {
            Expr::List(_) | Expr::Tuple(_) => self.number_display(x),
            Expr::Starred(_) => false,
            _ => !(self.is_array)(x),
        })
    }
}

impl Fold<rustpython_parser::text_size::TextRange> for Displays<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        let mut e = fold::fold_expr(self, e)?;
        let Expr::Call(c) = &mut e else { return Ok(e) };
        let Some((module, name, linalg)) = self.callee(&c.func) else { return Ok(e) };
        let (module, params) = (module.clone(), array_params(name, linalg));
        let as_array = |d: &mut Expr| {
            let at = d.range();
            let func = Expr::Attribute(ast::ExprAttribute {
                range: at,
                value: Box::new(Expr::Name(module.clone())),
                attr: ast::Identifier::new("array"),
                ctx: ast::ExprContext::Load,
            });
            let display = std::mem::replace(d, Expr::Name(module.clone()));
            *d = Expr::Call(ast::ExprCall {
                range: at,
                func: Box::new(func),
                args: vec![display],
                keywords: Vec::new(),
            });
        };
        for &(k, word) in params {
            let arg = match c.args.get_mut(k) {
                Some(a) => Some(a),
                None => c
                    .keywords
                    .iter_mut()
                    .find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == word))
                    .map(|x| &mut x.value),
            };
            if let Some(d) = arg.filter(|d| self.number_display(d) || (self.is_list)(d)) {
                as_array(d);
                self.changed = true;
            }
        }
        Ok(e)
    }
}

/// The ufunc methods this file types, by `npfunc_call`'s name.
pub(in crate::sema) const EXTREME_ACCUMULATES: [&str; 4] =
    ["maximum.accumulate", "minimum.accumulate", "fmax.accumulate", "fmin.accumulate"];

/// `np.maximum.accumulate` and the like: the running extreme along an axis,
/// numpy's own method (its nan propagation for maximum/minimum, nan
/// skipping for fmax/fmin, its AxisError), in the array's own dtype.
impl Typer<'_> {
    /// `np.<ufunc>.accumulate` of `f`, as `EXTREME_ACCUMULATES` names it.
    pub(in crate::sema) fn accumulate_name(&self, f: &Expr) -> Option<&'static str> {
        let Expr::Attribute(m) = f else { return None };
        let Expr::Attribute(u) = m.value.as_ref() else { return None };
        if !self.numpy_module_of(&u.value) {
            return None;
        }
        let full = format!("{}.{}", u.attr.as_str(), m.attr.as_str());
        EXTREME_ACCUMULATES.iter().find(|n| **n == full).copied()
    }

    fn accumulate_arg(c: &ast::ExprCall, k: usize) -> Option<&Expr> {
        let word = ["array", "axis"][k];
        c.args.get(k).or_else(|| {
            c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == word)).map(|x| &x.value)
        })
    }

    /// The ndim of the array an accumulate makes: its operand's.
    pub(in crate::sema) fn accumulate_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        self.expr_ndim(Self::accumulate_arg(c, 0)?)
    }

    /// Types `np.maximum.accumulate(array, axis=0)`: a new array.
    pub(in crate::sema) fn accumulate_call(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        span: Range<usize>,
    ) -> Option<Val> {
        if self.unsupported_form(c, name, 2, &["array", "axis"], &["array", "axis=0"], span.clone()) {
            return None;
        }
        let Some(a) = Self::accumulate_arg(c, 0) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() takes an array")).at(span, "here"));
            return None;
        };
        let r = self.npfunc_array_arg(a)?;
        let axis = match Self::accumulate_arg(c, 1) {
            // numpy accumulates a 1-d array whatever; an n-d one is its TypeError.
            Some(e) if is_none(e) && r.ty.ndim == 1 => None,
            Some(e) if is_none(e) => {
                self.errors.push(
                    Diagnostic::error(format!(
                        "numpy.{name}() with axis=None of a {}-d array is a TypeError in numpy",
                        r.ty.ndim
                    ))
                    .at(range(e), "axis=None")
                    .note("accumulate does not allow multiple axes: name one"),
                );
                return None;
            }
            Some(e) => {
                let x = self.expr(e)?;
                if !matches!(x.ty, Scalar::Int { .. }) {
                    self.errors
                        .push(Diagnostic::error("an accumulate's axis must be an int").at(range(e), "not an int"));
                    return None;
                }
                Some(cast(x, Scalar::I64))
            }
            None => None,
        };
        let mut args = vec![NpArg::Array(r.clone())];
        if let Some(x) = axis {
            args.push(NpArg::Scalar(x));
        }
        let func = match name {
            "maximum.accumulate" => NpFunc::MaximumAccumulate,
            "minimum.accumulate" => NpFunc::MinimumAccumulate,
            "fmax.accumulate" => NpFunc::FmaxAccumulate,
            _ => NpFunc::FminAccumulate,
        };
        let ty = ArrayTy { dtype: r.ty.dtype, ndim: r.ty.ndim, layout: crate::base::types::Layout::A, complex: false };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(Val::Array(out))
    }
}

impl Typer<'_> {
    /// Whether `np.clip(...)` call `c` clips a number (its operand is no array).
    pub(in crate::sema) fn is_clip_number(&self, c: &ast::ExprCall) -> bool {
        self.npfunc_call(c).is_some_and(|(n, r)| n == "clip" && r.is_none())
            && c.args.first().is_some_and(|a| !self.is_array_like(a) && !matches!(a, Expr::List(_) | Expr::Tuple(_)))
    }

    /// `np.clip(x, lo, hi)` of int64 and float64 numbers, inline as numpy's
    /// clip loop (`_NPY_CLIP` in numpy's clip.cpp, its constant-bounds path):
    /// a nan bound gives nan; else `lo` where `x < lo`, then `hi` where the
    /// value `> hi` (so `x` itself, -0.0 and nan included, where it ties or
    /// is unordered); int64 unless a float is given. With one bound None,
    /// numpy calls `np.maximum(x, lo)` or `np.minimum(x, hi)` instead (whose
    /// zeros differ: `np.minimum(0.0, -0.0)` is -0.0), and so does this.
    pub(in crate::sema) fn clip_number(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let names = [["a", "a"], ["a_min", "min"], ["a_max", "max"]];
        let arg = |k: usize| {
            c.args.get(k).or_else(|| {
                c.keywords
                    .iter()
                    .find(|x| x.arg.as_ref().is_some_and(|a| names[k].contains(&a.as_str())))
                    .map(|x| &x.value)
            })
        };
        let known =
            c.keywords.iter().all(|x| x.arg.as_ref().is_some_and(|a| names.iter().any(|n| n.contains(&a.as_str()))));
        let (x, lo, hi) = (arg(0)?, arg(1), arg(2));
        let bounds = [lo, hi].into_iter().filter(|b| b.is_some_and(|b| !is_none(b))).count();
        if c.args.len() > 3 || !known || bounds == 0 {
            self.errors.push(
                Diagnostic::error("this form of `numpy.clip` of a number is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.clip(x, lo, hi) of int and float numbers, one bound may be None"),
            );
            return None;
        }
        if bounds == 1 {
            return self.clip_one_sided(c, x, lo, hi);
        }
        let mut vals = Vec::new();
        for e in [Some(x), lo, hi] {
            match e.filter(|e| !is_none(e)) {
                Some(e) => {
                    let v = self.expr(e)?;
                    if !matches!(v.ty, Scalar::F64 | Scalar::I64) {
                        self.errors.push(
                            Diagnostic::error(format!("numpy.clip() of a {} number is not supported yet", v.ty))
                                .at(range(e), "not an int64 or float64")
                                .note("numpy's result dtype for narrower numbers follows its scalar rules; convert with float() or int()"),
                        );
                        return None;
                    }
                    vals.push(Some(v));
                }
                None => vals.push(None),
            }
        }
        let ty = if vals.iter().flatten().any(|v| v.ty == Scalar::F64) { Scalar::F64 } else { Scalar::I64 };
        let bound = |s: &mut Self, v: TExpr| {
            let var = s.fresh("clip", ty);
            s.pre.push(TStmt::Assign { var, value: cast(v, ty) });
            TExpr { ty, kind: TExprKind::Var(var), span: span.clone() }
        };
        let vals: Vec<Option<TExpr>> = vals.into_iter().map(|v| v.map(|v| bound(self, v))).collect();
        let [Some(x), lo, hi] = <[Option<TExpr>; 3]>::try_from(vals).ok()? else { return None };
        let mut out = x;
        if let Some(lo) = lo.clone() {
            out = select(cmp(CmpOp::Lt, out.clone(), lo.clone()), lo, out);
        }
        if let Some(hi) = hi.clone() {
            out = select(cmp(CmpOp::Gt, out.clone(), hi.clone()), hi, out);
        }
        if ty == Scalar::F64 {
            for b in [lo, hi].into_iter().flatten() {
                let nan = TExpr { ty, kind: TExprKind::Const(ConstValue::Float(f64::NAN)), span: span.clone() };
                out = select(cmp(CmpOp::Ne, b.clone(), b), nan, out);
            }
        }
        Some(out)
    }
}

impl Typer<'_> {
    /// `np.clip(x, lo, None)` as numpy computes it: `np.maximum(x, lo)`
    /// (`np.minimum(x, hi)` for a None `lo`), typed as that call.
    fn clip_one_sided(&mut self, c: &ast::ExprCall, x: &Expr, lo: Option<&Expr>, hi: Option<&Expr>) -> Option<TExpr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let (ufunc, bound) = match lo.filter(|b| !is_none(b)) {
            Some(lo) => ("maximum", lo),
            None => ("minimum", hi?),
        };
        let func = Expr::Attribute(ast::ExprAttribute {
            range: f.range,
            value: f.value.clone(),
            attr: ast::Identifier::new(ufunc),
            ctx: ast::ExprContext::Load,
        });
        let call = ast::ExprCall {
            range: c.range,
            func: Box::new(func),
            args: vec![x.clone(), bound.clone()],
            keywords: Vec::new(),
        };
        self.expr(&Expr::Call(call))
    }
}

impl Typer<'_> {
    /// `prepend=` / `append=` of `np.diff(a, ...)`: int64, float64 or bool
    /// numbers, passed by keyword. numpy makes each an array (`asanyarray`,
    /// not a weak scalar) and concatenates, so the dtype is the promotion
    /// of `a`'s with int64, float64 or bool: the one returned.
    pub(in crate::sema) fn diff_ends(
        &mut self,
        c: &ast::ExprCall,
        dtype: Scalar,
        args: &mut Vec<NpArg>,
    ) -> Option<Scalar> {
        let mut out = dtype;
        for word in ["prepend", "append"] {
            let Some(k) = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == word)) else {
                continue;
            };
            let at = crate::tir::array::KEYWORDS.iter().position(|w| *w == word).expect("listed in KEYWORDS");
            if self.is_array_like(&k.value) {
                // numpy concatenates it along the axis: result_type(a, it).
                let r = self.array_operand(&k.value).done()?;
                if r.ty.complex {
                    self.errors.push(
                        Diagnostic::error(format!("a complex `{word}=` of numpy.diff() is not supported"))
                            .at(range(&k.value), "complex"),
                    );
                    return None;
                }
                out = crate::sema::arrayops::promote(out, r.ty.dtype);
                args.push(NpArg::KeywordArray(at, r));
                continue;
            }
            if is_none(&k.value) {
                self.errors.push(
                    Diagnostic::error(format!("`{word}=None` of numpy.diff() is not supported"))
                        .at(range(&k.value), "None")
                        .note("numpy concatenates None as an object array: leave the keyword out"),
                );
                return None;
            }
            let x = self.expr(&k.value)?;
            if !matches!(x.ty, Scalar::I64 | Scalar::F64 | Scalar::Bool) {
                self.errors.push(
                    Diagnostic::error(format!("`{word}=` of numpy.diff() of a {} number is not supported yet", x.ty))
                        .at(range(&k.value), "not an int64, float64 or bool")
                        .note("numpy keeps a numpy scalar's own dtype here; convert with int() or float()"),
                );
                return None;
            }
            out = crate::sema::arrayops::promote(out, x.ty);
            args.push(NpArg::Keyword(at, x));
        }
        Some(out)
    }
}
