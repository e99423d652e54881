//! The common numpy functions numpy computes through the runtime:
//! `np.searchsorted`, `np.where(c, x, y)`, `np.clip`/`a.clip`, `np.eye`,
//! `np.identity`, `np.outer`, `np.convolve`, `np.linalg.norm`,
//! `np.flatnonzero`, and `np.array`/`np.asarray` of number literals or
//! arrays.
//!
//! Each is one call of numpy's own function (`TStmt::Alloc`, or
//! `TStmt::NpValue` for a number), so the values, memory order of the
//! result and the errors are numpy's; the compiler predicts the result's
//! dtype (numpy 2's promotion, NEP 50 for numbers) and ndim from the
//! call's form, and the runtime checks the prediction.

use crate::base::types::Layout;
use crate::sema::arrayops::{result_dtype, Kind};
use crate::sema::optional::is_none;
use crate::sema::*;
use crate::tir::array::{KEYWORDS, WORDS};

/// The functions this file types, by the name `np.<name>` calls them.
const NAMES: [&str; 24] = [
    "searchsorted",
    "diag",
    "where",
    "clip",
    "eye",
    "identity",
    "outer",
    "convolve",
    "flatnonzero",
    "array",
    "asarray",
    "nonzero",
    "linalg.norm",
    "allclose",
    "isclose",
    "array_equal",
    "vstack",
    "hstack",
    "stack",
    "column_stack",
    "linalg.inv",
    "linalg.det",
    "linalg.solve",
    "argwhere",
];

fn word(w: &str) -> usize {
    WORDS.iter().position(|x| *x == w).expect("listed")
}

fn kw(name: &str) -> usize {
    KEYWORDS.iter().position(|k| *k == name).expect("listed")
}

pub(in crate::sema) fn string_constant(e: &Expr) -> Option<&str> {
    match e {
        Expr::Constant(k) => match &k.value {
            ast::Constant::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// numpy's promotion of several operands (a number stays weak only while
/// every operand so far is a number).
fn promote_all(kinds: &[Kind]) -> Option<Scalar> {
    let mut acc: Option<Kind> = None;
    for k in kinds {
        acc = Some(match acc {
            None => *k,
            Some(a) => {
                let d = result_dtype(a, *k);
                if matches!((a, k), (Kind::Python(_), Kind::Python(_))) {
                    Kind::Python(d)
                } else {
                    Kind::Array(d)
                }
            }
        });
    }
    acc.map(|k| match k {
        // A lone Python number becomes numpy's default dtype of its kind.
        Kind::Python(Scalar::Int { .. }) => Scalar::I64,
        Kind::Python(Scalar::Float { .. }) => Scalar::F64,
        Kind::Python(s) | Kind::Array(s) => s,
    })
}

/// An operand of `where`/`clip`: an array, a number, or None (clip's open bound).
pub(in crate::sema) enum Opd {
    Array(ArrayRef),
    Number(TExpr),
    None,
}

impl Opd {
    fn kind(&self) -> Option<Kind> {
        match self {
            Opd::Array(r) => Some(Kind::Array(r.ty.dtype)),
            Opd::Number(e) => Some(Kind::Python(e.ty)),
            Opd::None => None,
        }
    }

    pub(in crate::sema) fn arg(self) -> NpArg {
        match self {
            Opd::Array(r) => NpArg::Array(r),
            Opd::Number(e) => NpArg::Scalar(e),
            Opd::None => NpArg::Word(None, 0),
        }
    }
}

impl Typer<'_> {
    /// Which of this file's functions `c` calls (`np.linalg.norm` as
    /// "linalg.norm"), with the receiver of `a.clip(...)`.
    pub(in crate::sema) fn npfunc_call<'e>(&self, c: &'e ast::ExprCall) -> Option<(&'static str, Option<&'e Expr>)> {
        if let Some(name) = self
            .accumulate_name(&c.func)
            .or_else(|| self.fft_1d_name(&c.func))
            .or_else(|| self.fft_more_name(&c.func))
            .or_else(|| self.ufunc_reduce_name(&c.func))
            .or_else(|| self.batched_matmul(c))
        {
            return Some((name, None));
        }
        if let Expr::Attribute(f) = c.func.as_ref() {
            if self.scalar_array_dtype(c).is_some() {
                return Some(("scalar_array", None));
            }
            if self.numpy_module_of(&f.value) {
                return NAMES
                    .iter()
                    .chain(crate::sema::npstats::MORE.iter())
                    .chain(crate::sema::nplinalg::EXTRA.iter())
                    .chain(crate::sema::setops::SETOPS.iter())
                    .chain(crate::sema::seqargs::SEQ_ARG_FUNCS.iter())
                    .chain(crate::sema::einsum::EINSUM_FUNCS.iter())
                    .chain(crate::sema::shapes::MULTI_INDEX_FUNCS.iter())
                    .find(|n| **n == f.attr.as_str() && crate::sema::setops::is_setops_form(n, c))
                    .map(|n| (*n, None));
            }
            if matches!(f.value.as_ref(), Expr::Attribute(l) if l.attr.as_str() == "linalg" && self.numpy_module_of(&l.value))
            {
                return NAMES
                    .iter()
                    .chain(crate::sema::nplinalg::EXTRA.iter())
                    .chain(crate::sema::seqargs::SEQ_ARG_FUNCS.iter())
                    .find(|n| n.strip_prefix("linalg.") == Some(f.attr.as_str()))
                    .map(|n| (*n, None));
            }
        }
        if let Expr::Name(n) = c.func.as_ref() {
            let id = n.id.as_str();
            let local = self.types.contains_key(id)
                || self.arrays.contains_key(id)
                || self.arity.contains_key(id)
                || self.globals.functions.contains_key(id);
            let (Some((m, f)), false) = (self.globals.from_imports.get(id), local) else { return None };
            if self.scalar_array_dtype(c).is_some() {
                return Some(("scalar_array", None));
            }
            if m != "numpy.linalg" {
                return None;
            }
            return NAMES
                .iter()
                .chain(crate::sema::nplinalg::EXTRA.iter())
                .chain(crate::sema::seqargs::SEQ_ARG_FUNCS.iter())
                .find(|n| n.strip_prefix("linalg.") == Some(f.as_str()))
                .map(|n| (*n, None));
        }
        match self.array_method_of(c) {
            Some((r, "clip")) => Some(("clip", Some(r))),
            Some((r, "round")) => Some(("round", Some(r))),
            _ => None,
        }
    }

    /// The dtype of `np.float64([x, y])` (a numpy scalar type, by attribute
    /// or `from numpy import`, called on a list or tuple display), which
    /// numpy makes an array of that dtype.
    fn scalar_array_dtype(&self, c: &ast::ExprCall) -> Option<Scalar> {
        if !matches!(c.args.as_slice(), [Expr::List(_) | Expr::Tuple(_)]) || !c.keywords.is_empty() {
            return None;
        }
        match c.func.as_ref() {
            Expr::Attribute(f) if self.numpy_module_of(&f.value) => crate::sema::scalars::dtype(f.attr.as_str()),
            Expr::Name(n) => match self.globals.from_imports.get(n.id.as_str()) {
                Some((m, f)) if m == "numpy" => crate::sema::scalars::dtype(f),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `c` calls one of this file's functions.
    pub(in crate::sema) fn is_npfunc_call(&self, c: &ast::ExprCall) -> bool {
        self.npfunc_call(c).is_some()
    }

    /// The argument for numpy parameter `k` (`params[k]`), positional or by keyword.
    fn npfunc_arg<'e>(c: &'e ast::ExprCall, params: &[&str], k: usize) -> Option<&'e Expr> {
        c.args.get(k).or_else(|| {
            c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == params[k])).map(|x| &x.value)
        })
    }

    /// The ndim of an operand: Some(0) for a number, None when unknown.
    fn operand_ndim(&self, e: &Expr) -> Option<u32> {
        match self.expr_ndim(e) {
            Some(n) => Some(n),
            None if self.array_like(e) => None,
            None => Some(0),
        }
    }

    /// Whether `e` stands for an array (an approximation of arrayops'
    /// `is_array_like` from the outside: names, views, expressions, calls).
    fn array_like(&self, e: &Expr) -> bool {
        self.expr_ndim(e).is_some()
            || self.is_array_expr(e)
            || matches!(e, Expr::Call(c) if self.numpy_call_makes_array(c))
    }

    /// The ndim of the array call `c` makes, when it is one of this file's
    /// functions and makes an array (None for a number).
    pub(in crate::sema) fn npfunc_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        let (name, receiver) = self.npfunc_call(c)?;
        let arg = |k: usize| c.args.get(k);
        let n = match name {
            "searchsorted" => self.expr_ndim(Self::npfunc_arg(c, &["a", "v"], 1)?)?,
            "where" if c.args.len() == 3 => {
                let ns = c.args.iter().map(|e| self.operand_ndim(e)).collect::<Option<Vec<_>>>()?;
                ns.into_iter().max()?
            }
            "clip" => {
                let (a, rest) = match receiver {
                    Some(r) => (r, &c.args[..]),
                    None => c.args.split_first()?,
                };
                let mut n = self.expr_ndim(a)?;
                for e in rest.iter().chain(c.keywords.iter().map(|k| &k.value)) {
                    n = n.max(self.operand_ndim(e)?);
                }
                n
            }
            "eye" | "identity" | "outer" | "argwhere" => 2,
            "convolve" | "flatnonzero" => 1,
            "diag" => match self.expr_ndim(arg(0)?)? {
                1 => 2,
                2 => 1,
                _ => return None,
            },
            "linalg.norm" if crate::sema::outwhere::keepdims_true(c) => self.expr_ndim(arg(0)?)?,
            "linalg.norm" => {
                let axis = Self::npfunc_arg(c, &["x", "ord", "axis"], 2).filter(|e| !is_none(e))?;
                let _ = axis;
                self.expr_ndim(arg(0)?)?.checked_sub(1)?
            }
            "scalar_array" => literal_shape(arg(0)?)?.len() as u32,
            "array" | "asarray" => {
                let n = match arg(0)? {
                    Expr::List(_) | Expr::Tuple(_) => literal_shape(arg(0)?)?.len() as u32,
                    e => self.expr_ndim(e)?,
                };
                n.max(crate::sema::outwhere::ndmin_of(c).unwrap_or(0))
            }
            "isclose" => {
                let params = ["a", "b"];
                let a = self.operand_ndim(Self::npfunc_arg(c, &params, 0)?)?;
                a.max(self.operand_ndim(Self::npfunc_arg(c, &params, 1)?)?)
            }
            "vstack" | "hstack" | "stack" | "column_stack" => self.stack_ndim(name, c)?,
            "linalg.inv" | "linalg.det" | "linalg.solve" => self.linalg_ndim(name, c)?,
            _ if crate::sema::npstats::MORE.contains(&name) => self.more_ndim(c, name, receiver)?,
            _ if crate::sema::nplinalg::EXTRA.contains(&name) => self.extra_ndim(c, name)?,
            _ if crate::sema::setops::SETOPS.contains(&name) => self.setops_ndim(c, name)?,
            _ if crate::sema::seqargs::SEQ_ARG_FUNCS.contains(&name) => self.seqargs_ndim(c, name)?,
            _ if crate::sema::einsum::EINSUM_FUNCS.contains(&name) => self.einsum_ndim(c, name)?,
            _ if crate::sema::shapes::MULTI_INDEX_FUNCS.contains(&name) => self.multi_index_ndim(c)?,
            _ if crate::sema::displays::EXTREME_ACCUMULATES.contains(&name) => self.accumulate_ndim(c)?,
            _ if crate::sema::ufuncreduce::UFUNC_REDUCE.contains(&name) => self.ufunc_reduce_ndim(c, name)?,
            "matmul" => self.matmul_ndim(c)?,
            _ if crate::sema::outwhere::FFT_1D.contains(&name) => {
                self.expr_ndim(crate::sema::outwhere::fft_arg(c, 0)?)?
            }
            _ if crate::sema::fft::FFT_MORE.contains(&name) => self.fft_more_ndim(c, name)?,
            _ => return None,
        };
        (1..=crate::sema::numpy::MAX_NDIM as u32).contains(&n).then_some(n)
    }

    /// Types array call `c` (`npfunc_ndim` gave its ndim).
    pub(in crate::sema) fn npfunc_array(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        let (name, receiver) = self.npfunc_call(c).expect("callers check");
        let ndim = self.npfunc_ndim(c).expect("callers check");
        match name {
            "searchsorted" => self.searchsorted(c, true, span).and_then(|v| match v {
                Val::Array(r) => Some(r),
                _ => None,
            }),
            "where" => self.np_where(c, ndim, span),
            "clip" => self.clip(c, receiver, ndim, span),
            "eye" | "identity" => self.eye(c, name == "eye", span),
            "outer" | "convolve" => self.outer(c, name == "outer", span),
            "diag" => self.diag(c, ndim, span),
            "flatnonzero" | "argwhere" => {
                self.check_args(c, 1, &[], span.clone())?;
                let Some(e) = c.args.first() else {
                    self.errors.push(Diagnostic::error(format!("numpy.{name}() takes an array")).at(span, "here"));
                    return None;
                };
                let a = self.npfunc_array_arg(e)?;
                if name == "flatnonzero" {
                    if let Some(out) = self.flatnonzero_inline(&a, &span) {
                        return Some(out);
                    }
                }
                let (func, n) = if name == "argwhere" { (NpFunc::Argwhere, 2) } else { (NpFunc::Flatnonzero, 1) };
                Some(self.npfunc_alloc(func, Scalar::I64, n, vec![NpArg::Array(a)], span))
            }
            "linalg.norm" => match self.norm(c, span)? {
                Val::Array(r) => Some(r),
                _ => None,
            },
            "isclose" => self.isclose_array(c, ndim, span),
            "vstack" | "hstack" | "stack" | "column_stack" => self.stack(name, c, ndim, span),
            "linalg.inv" | "linalg.det" | "linalg.solve" => self.linalg_array(name, c, ndim, span),
            _ if crate::sema::npstats::MORE.contains(&name) => match self.more_call(c, name, receiver, span)? {
                Val::Array(r) => Some(r),
                _ => None,
            },
            "scalar_array" => {
                let dtype = self.scalar_array_dtype(c).expect("npfunc_call checked");
                self.np_array_of(&c.args[0], Some((dtype, false)), false, ndim, span)
            }
            _ if crate::sema::nplinalg::EXTRA.contains(&name) => match self.extra_call(c, name, span)? {
                Val::Array(r) => Some(r),
                _ => None,
            },
            _ if crate::sema::setops::SETOPS.contains(&name) => match self.setops_call(c, name, span)? {
                Val::Array(r) => Some(r),
                _ => None,
            },
            _ if crate::sema::seqargs::SEQ_ARG_FUNCS.contains(&name) => match self.seqargs_call(c, name, span)? {
                Val::Array(r) => Some(r),
                _ => None,
            },
            _ if crate::sema::einsum::EINSUM_FUNCS.contains(&name) => match self.einsum_call(c, name, span)? {
                Val::Array(r) => Some(r),
                _ => None,
            },
            _ if crate::sema::shapes::MULTI_INDEX_FUNCS.contains(&name) => match self.ravel_multi_index(c, span)? {
                Val::Array(r) => Some(r),
                _ => None,
            },
            _ if crate::sema::displays::EXTREME_ACCUMULATES.contains(&name) => {
                match self.accumulate_call(c, name, span)? {
                    Val::Array(r) => Some(r),
                    _ => None,
                }
            }
            _ if crate::sema::ufuncreduce::UFUNC_REDUCE.contains(&name) => {
                match self.ufunc_reduce_call(c, name, span)? {
                    Val::Array(r) => Some(r),
                    _ => None,
                }
            }
            "matmul" => self.matmul_array(c, ndim, span),
            _ if crate::sema::outwhere::FFT_1D.contains(&name) => self.fft(c, name, span),
            _ if crate::sema::fft::FFT_MORE.contains(&name) => self.fft_more_call(c, name, span),
            _ => self.np_array(c, name == "asarray", ndim, span),
        }
    }

    /// One of these functions where a number is wanted: `np.searchsorted`
    /// of a number, `np.linalg.norm` without an axis; None after an error.
    pub(in crate::sema) fn npfunc_number(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let (name, receiver) = self.npfunc_call(c)?;
        if self.unique_tuple_call(c) {
            self.errors.push(
                Diagnostic::error("`numpy.unique` with a return flag makes a tuple, used here as one array or number")
                    .at(span, "a tuple")
                    .note("unpack it: `u, counts = np.unique(a, return_counts=True)`"),
            );
            return None;
        }
        if self.is_clip_number(c) {
            return self.clip_number(c, span);
        }
        if matches!(name, "array" | "asarray") && self.zero_d_call(c) {
            return self.zero_d_value(c, span);
        }
        let v = match name {
            _ if crate::sema::npstats::MORE.contains(&name) => self.more_call(c, name, receiver, span.clone())?,
            _ if crate::sema::nplinalg::TUPLES.contains(&name) => {
                self.errors.push(
                    Diagnostic::error(format!("`numpy.{name}` makes a tuple, used here as one array or number"))
                        .at(span, "a tuple")
                        .note("unpack it: `w, v = np.linalg.eigh(a)`"),
                );
                return None;
            }
            _ if crate::sema::nplinalg::EXTRA.contains(&name) => self.extra_call(c, name, span.clone())?,
            _ if crate::sema::setops::SETOPS.contains(&name) => self.setops_call(c, name, span.clone())?,
            _ if crate::sema::seqargs::SEQ_ARG_FUNCS.contains(&name) => self.seqargs_call(c, name, span.clone())?,
            _ if crate::sema::einsum::EINSUM_FUNCS.contains(&name) => self.einsum_call(c, name, span.clone())?,
            _ if crate::sema::shapes::MULTI_INDEX_FUNCS.contains(&name) => self.ravel_multi_index(c, span.clone())?,
            _ if crate::sema::displays::EXTREME_ACCUMULATES.contains(&name) => {
                self.accumulate_call(c, name, span.clone())?
            }
            _ if crate::sema::ufuncreduce::UFUNC_REDUCE.contains(&name) => {
                self.ufunc_reduce_call(c, name, span.clone())?
            }
            "searchsorted" => self.searchsorted(c, false, span.clone())?,
            "linalg.norm" => self.norm(c, span.clone())?,
            "allclose" | "array_equal" | "isclose" => return self.closeness_number(name, c, span),
            "linalg.det" => return self.det_number(c, span),
            "where" | "nonzero" if name == "nonzero" || c.args.len() == 1 => {
                self.errors.push(
                    Diagnostic::error(format!("`numpy.{name}(c)` makes a tuple of arrays, which is not supported yet"))
                        .at(span, "a tuple of arrays")
                        .note("pycc compiles it for an array `c` whose number of dimensions is known (a tuple of int64 index arrays, one per dimension)"),
                );
                return None;
            }
            "array" | "asarray" if matches!(c.args.first(), Some(Expr::List(_) | Expr::Tuple(_))) => {
                self.errors.push(
                    Diagnostic::error(format!("`numpy.{name}` of this literal is not supported"))
                        .at(span, "not a rectangular 1-d or 2-d literal of numbers")
                        .note("rows of different lengths are numpy's ValueError (an inhomogeneous shape); 3-d literals are not compiled yet"),
                );
                return None;
            }
            // A form whose result is not known (`np.vstack(v)` of one array).
            _ if self.npfunc_ndim(c).is_none() => {
                self.npfunc_unsupported(c, span);
                return None;
            }
            _ => {
                self.errors.push(
                    Diagnostic::error(format!("`numpy.{name}(...)` makes an array, used here as a number"))
                        .at(span, "an array")
                        .note("assign it to a name first, then index the name"),
                );
                return None;
            }
        };
        match v {
            Val::Scalar(x) => Some(x),
            _ => {
                self.errors.push(
                    Diagnostic::error(format!("`numpy.{name}(...)` makes an array here, used as a number"))
                        .at(span, "an array"),
                );
                None
            }
        }
    }

    /// Checks that `c` has at most `max` positional arguments and only the
    /// keywords `kws`.
    fn check_args(&mut self, c: &ast::ExprCall, max: usize, kws: &[&str], span: Range<usize>) -> Option<()> {
        let bad_kw = c.keywords.iter().find(|k| k.arg.as_ref().is_none_or(|a| !kws.contains(&a.as_str())));
        if c.args.len() > max || bad_kw.is_some() {
            let what = match bad_kw {
                Some(k) => format!("the keyword `{}`", k.arg.as_ref().map_or("**", |a| a.as_str())),
                None => format!("more than {max} positional arguments"),
            };
            self.errors.push(
                Diagnostic::error(format!("this form of the numpy call is not supported yet: {what}"))
                    .at(span, "not supported"),
            );
            return None;
        }
        Some(())
    }

    pub(in crate::sema) fn npfunc_array_arg(&mut self, e: &Expr) -> Option<ArrayRef> {
        let r = self.array_operand(e).done();
        match r {
            Some(r) if r.ty.complex => {
                self.errors.push(
                    Diagnostic::error("this numpy function is not compiled for complex arrays yet")
                        .at(range(e), "a complex array"),
                );
                None
            }
            Some(r) => Some(r),
            None => {
                self.errors.push(Diagnostic::error("an array is needed here").at(range(e), "not an array"));
                None
            }
        }
    }

    /// An operand that may be an array, a number or (with `none`) None.
    pub(in crate::sema) fn npfunc_operand(&mut self, e: &Expr, none: bool) -> Option<Opd> {
        if none && is_none(e) {
            return Some(Opd::None);
        }
        if self.array_like(e) {
            return self.npfunc_array_arg(e).map(Opd::Array);
        }
        if self.is_complex(e) {
            self.errors.push(Diagnostic::error("a complex number here is not supported yet").at(range(e), "complex"));
            return None;
        }
        let x = self.expr(e)?;
        Some(Opd::Number(self.index_temps_value(x)))
    }

    /// A new array of `dtype` and `ndim` from `numpy.<func>(args)`.
    fn npfunc_alloc(
        &mut self,
        func: NpFunc,
        dtype: Scalar,
        ndim: u32,
        args: Vec<NpArg>,
        span: Range<usize>,
    ) -> ArrayRef {
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex: false };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        out
    }
}

/// The extents of a nested list/tuple literal of numbers (1-d or 2-d,
/// rectangular); None otherwise.
fn literal_shape(e: &Expr) -> Option<Vec<usize>> {
    let elts = match e {
        Expr::List(l) => &l.elts,
        Expr::Tuple(t) => &t.elts,
        _ => return None,
    };
    let nested = |x: &Expr| matches!(x, Expr::List(_) | Expr::Tuple(_));
    if !elts.is_empty() && elts.iter().all(nested) {
        let inner = elts.iter().map(literal_shape).collect::<Option<Vec<_>>>()?;
        if inner.iter().any(|s| s.len() != 1 || s != &inner[0]) {
            return None;
        }
        return Some(vec![elts.len(), inner[0][0]]);
    }
    (!elts.iter().any(nested)).then(|| vec![elts.len()])
}

fn literal_items(e: &Expr) -> Vec<&Expr> {
    let elts = match e {
        Expr::List(l) => &l.elts,
        Expr::Tuple(t) => &t.elts,
        _ => return vec![e],
    };
    elts.iter().flat_map(literal_items).collect()
}

impl Typer<'_> {
    /// `np.searchsorted(a, v, side=, sorter=)`: numpy's binary search of a
    /// 1-d `a` (through an int array `sorter`); an int64 number for a
    /// number `v`, an int64 array for an array `v`.
    fn searchsorted(&mut self, c: &ast::ExprCall, want_array: bool, span: Range<usize>) -> Option<Val> {
        const PARAMS: [&str; 4] = ["a", "v", "side", "sorter"];
        self.check_args(c, 4, &PARAMS[1..], span.clone())?;
        let (Some(a_e), Some(v_e)) = (Self::npfunc_arg(c, &PARAMS, 0), Self::npfunc_arg(c, &PARAMS, 1)) else {
            self.errors.push(Diagnostic::error("numpy.searchsorted() takes an array and a value").at(span, "here"));
            return None;
        };
        let side = match Self::npfunc_arg(c, &PARAMS, 2) {
            None => "left",
            Some(e) => match string_constant(e) {
                Some(s @ ("left" | "right")) => s,
                _ => {
                    self.errors.push(
                        Diagnostic::error("`side` must be the string 'left' or 'right' here")
                            .at(range(e), "not 'left' or 'right'"),
                    );
                    return None;
                }
            },
        };
        let a = self.npfunc_array_arg(a_e)?;
        if a.ty.ndim != 1 {
            self.errors
                .push(Diagnostic::error("numpy.searchsorted() needs a 1-d array to search").at(range(a_e), "not 1-d"));
            return None;
        }
        let v = self.npfunc_operand(v_e, false)?;
        // With a sorter: `side` and it by position (an array is no keyword here).
        let sorter = match Self::npfunc_arg(c, &PARAMS, 3).filter(|e| !is_none(e)) {
            Some(e) => Some(self.count_or_counts(e, "`sorter`")?),
            None => None,
        };
        let side = NpArg::Word(sorter.is_none().then(|| kw("side")), word(side));
        let tail: Vec<NpArg> = std::iter::once(side).chain(sorter).collect();
        match v {
            Opd::Array(r) if want_array => {
                let ndim = r.ty.ndim;
                let args = [vec![NpArg::Array(a), NpArg::Array(r)], tail].concat();
                Some(Val::Array(self.npfunc_alloc(NpFunc::Searchsorted, Scalar::I64, ndim, args, span)))
            }
            Opd::Number(x) if !want_array => {
                let args = [vec![NpArg::Array(a), NpArg::Scalar(x)], tail].concat();
                Some(Val::Scalar(self.np_value(NpFunc::Searchsorted, args, Scalar::I64, span)))
            }
            _ => {
                self.errors.push(
                    Diagnostic::error("numpy.searchsorted() of an array makes an array, used here as a number")
                        .at(span, "an array"),
                );
                None
            }
        }
    }

    /// `np.where(cond, x, y)`: numpy's, broadcast; the dtype is numpy 2's
    /// promotion of `x` and `y`.
    fn np_where(&mut self, c: &ast::ExprCall, ndim: u32, span: Range<usize>) -> Option<ArrayRef> {
        if let Some(out) = self.cx_where(c, ndim, &span) {
            return out;
        }
        self.check_args(c, 3, &[], span.clone())?;
        let mut ops = Vec::new();
        for e in &c.args {
            ops.push(self.npfunc_operand(e, false));
        }
        let mut ops: Vec<Opd> = ops.into_iter().collect::<Option<_>>()?;
        // `np.uint8(255)`, `a[0]` are numpy scalars: their dtype is strong (NEP 50).
        let kind = |this: &Self, op: &Opd, e: &Expr| match (op, e) {
            (Opd::Number(x), Expr::Call(k)) if this.numpy_scalar_type(k).is_some() => Some(Kind::Array(x.ty)),
            (Opd::Number(x), e) if this.numpy_scalar(e) => Some(Kind::Array(x.ty)),
            _ => op.kind(),
        };
        let dtype = promote_all(&[kind(self, &ops[1], &c.args[1])?, kind(self, &ops[2], &c.args[2])?])?;
        // The runtime passes numbers as Python numbers (weak): array choices
        // are converted to the strong dtype first (`where` only selects), so
        // a float64 scalar is not rounded to a float32 array's dtype.
        if promote_all(&[ops[1].kind()?, ops[2].kind()?])? != dtype {
            for op in ops[1..].iter_mut() {
                if let Opd::Array(r) = op {
                    *r = self.converted_copy(r.clone(), dtype, &span);
                }
            }
        }
        // Numbers alone: their result holds the same values, converted once
        // to the numpy scalars' dtype.
        let weak = promote_all(&[ops[1].kind()?, ops[2].kind()?])?;
        let args = ops.into_iter().map(Opd::arg).collect();
        let out = self.npfunc_alloc(NpFunc::Where, weak, ndim, args, span.clone());
        if weak == dtype {
            return Some(out);
        }
        let ty = ArrayTy { dtype, ndim, layout: Layout::C, complex: false };
        let cast = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: cast.clone(), func: NpFunc::Copy, args: vec![NpArg::Array(out)], span });
        Some(cast)
    }

    /// `np.where(cond, x, y)` with a complex choice (an array or a Python
    /// complex): numpy's where, its dtype numpy 2's promotion of the choices
    /// (a Python number weak: `where(m, c8, 1j)` is complex64, `where(m, c8,
    /// f8)` complex128). None when no choice is complex; Some(None) after a
    /// diagnostic.
    fn cx_where(&mut self, c: &ast::ExprCall, ndim: u32, span: &Range<usize>) -> Option<Option<ArrayRef>> {
        let choices = c.args.get(1..3)?;
        let complex =
            choices.iter().any(|e| if self.is_array_like(e) { self.cx_complex(e) } else { self.is_complex(e) });
        if c.args.len() != 3 || !c.keywords.is_empty() || !complex {
            return None;
        }
        let cond = self.npfunc_operand(&c.args[0], false);
        let mut ops = Vec::new();
        for e in choices {
            // A numpy scalar is strong (NEP 50), which the runtime's Python number would not be.
            if !self.is_array_like(e)
                && (self.numpy_scalar(e) || matches!(e, Expr::Call(k) if self.numpy_scalar_type(k).is_some()))
            {
                self.errors.push(
                    Diagnostic::error("numpy.where() of a complex choice and a numpy scalar is not compiled yet")
                        .at(range(e), "a numpy scalar")
                        .note("pycc compiles np.where with complex and real arrays and Python numbers as choices"),
                );
                return Some(None);
            }
            let Some(op) = self.cx_operand(e) else { return Some(None) };
            ops.push(op);
        }
        let Some(cond) = cond else { return Some(None) };
        let (part, is_complex) = ops[0].promoted(&ops[1]);
        let args = std::iter::once(cond.arg()).chain(ops.into_iter().map(|o| o.arg())).collect();
        let ty = ArrayTy { dtype: part, ndim, layout: Layout::A, complex: is_complex };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Where, args, span: span.clone() });
        Some(Some(out))
    }

    /// `np.clip(a, lo, hi)` / `a.clip(lo, hi)` (`min=`/`max=` keywords
    /// too; a bound may be None): numpy's clip ufunc, numpy 2's promotion.
    fn clip(&mut self, c: &ast::ExprCall, receiver: Option<&Expr>, ndim: u32, span: Range<usize>) -> Option<ArrayRef> {
        let (a_e, rest) = match receiver {
            Some(r) => (r, &c.args[..]),
            None => match c.args.split_first() {
                Some((a, rest)) => (a, rest),
                None => {
                    self.errors.push(Diagnostic::error("numpy.clip() takes an array").at(span, "here"));
                    return None;
                }
            },
        };
        let kw_of = |names: [&str; 2]| {
            c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| names.contains(&a.as_str()))).map(|k| &k.value)
        };
        let lo = rest.first().or(kw_of(["a_min", "min"]));
        let hi = rest.get(1).or(kw_of(["a_max", "max"]));
        let out = rest.get(2).or(kw_of(["out", "out"])).filter(|e| !is_none(e));
        let known = ["a_min", "a_max", "min", "max", "out"];
        if rest.len() > 3 || c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !known.contains(&a.as_str()))) {
            self.errors.push(
                Diagnostic::error("this form of clip() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles np.clip(a, lo, hi, out=b) and a.clip(lo, hi, out=b), each bound a number, an array or None"),
            );
            return None;
        }
        let a = self.npfunc_array_arg(a_e)?;
        let lo_op = match lo {
            Some(e) => self.npfunc_operand(e, true)?,
            None => Opd::None,
        };
        let hi_op = match hi {
            Some(e) => self.npfunc_operand(e, true)?,
            None => Opd::None,
        };
        let kinds: Vec<Kind> =
            [Some(Kind::Array(a.ty.dtype)), lo_op.kind(), hi_op.kind()].into_iter().flatten().collect();
        let weak = promote_all(&kinds)?;
        // A numpy scalar bound (`a[0]`) is strong (NEP 50): the array is
        // converted to the promoted dtype first, as numpy's loop converts it.
        let strong = |e: Option<&Expr>, op: &Opd| match (e, op) {
            (Some(e), Opd::Number(x)) if self.numpy_scalar(e) => Some(Kind::Array(x.ty)),
            _ => op.kind(),
        };
        let kinds: Vec<Kind> =
            [Some(Kind::Array(a.ty.dtype)), strong(lo, &lo_op), strong(hi, &hi_op)].into_iter().flatten().collect();
        let dtype = promote_all(&kinds)?;
        let (lo, hi) = (lo_op, hi_op);
        let a = if dtype != weak { self.converted_copy(a, dtype, &span) } else { a };
        let args = vec![NpArg::Array(a), lo.arg(), hi.arg()];
        match out {
            Some(o) => self.clip_out(o, args, ndim, span),
            None => Some(self.npfunc_alloc(NpFunc::Clip, dtype, ndim, args, span)),
        }
    }

    /// A new C-ordered copy of `r` in `dtype` (numpy's conversion).
    fn converted_copy(&mut self, r: ArrayRef, dtype: Scalar, span: &Range<usize>) -> ArrayRef {
        let ty = ArrayTy { dtype, ndim: r.ty.ndim, layout: Layout::C, complex: false };
        let out = self.array_temp(ty, Default::default());
        let args = vec![NpArg::Array(r)];
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Copy, args, span: span.clone() });
        out
    }

    /// `np.eye(N, M=None, k=0, dtype=float)`, `np.identity(n, dtype=float)`.
    fn eye(&mut self, c: &ast::ExprCall, eye: bool, span: Range<usize>) -> Option<ArrayRef> {
        let params: &[&str] = if eye { &["N", "M", "k", "dtype"] } else { &["n", "dtype"] };
        self.check_args(c, params.len(), params, span.clone())?;
        let Some(n) = Self::npfunc_arg(c, params, 0) else {
            self.errors.push(Diagnostic::error("numpy.eye() needs the number of rows").at(span, "here"));
            return None;
        };
        let mut args = vec![NpArg::Scalar(self.int_arg(n, "the number of rows")?)];
        if eye {
            args.push(match Self::npfunc_arg(c, params, 1).filter(|e| !is_none(e)) {
                Some(m) => NpArg::Scalar(self.int_arg(m, "the number of columns")?),
                None => NpArg::Word(None, 0),
            });
            let k = match Self::npfunc_arg(c, params, 2) {
                Some(k) => self.int_arg(k, "the diagonal `k`")?,
                None => TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() },
            };
            args.push(NpArg::Scalar(k));
        }
        let (dtype, complex) = match Self::npfunc_arg(c, params, params.len() - 1).filter(|e| !is_none(e)) {
            Some(d) => self.numpy_dtype(d)?,
            None => (Scalar::F64, false),
        };
        let func = if eye { NpFunc::Eye } else { NpFunc::Identity };
        let ty = ArrayTy { dtype, ndim: 2, layout: Layout::C, complex };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(out)
    }

    /// `np.outer(a, b)` (2-d) and `np.convolve(a, v, mode=)` (1-d): numpy's,
    /// the dtype numpy 2's promotion of the two arrays.
    fn outer(&mut self, c: &ast::ExprCall, outer: bool, span: Range<usize>) -> Option<ArrayRef> {
        const PARAMS: [&str; 3] = ["a", "v", "mode"];
        let params: &[&str] = if outer { &["a", "b"] } else { &PARAMS };
        self.check_args(c, params.len(), &params[1..], span.clone())?;
        let (Some(a_e), Some(b_e)) = (Self::npfunc_arg(c, params, 0), Self::npfunc_arg(c, params, 1)) else {
            self.errors.push(Diagnostic::error("this numpy function takes two arrays").at(span, "here"));
            return None;
        };
        // Complex arrays too: numpy's outer and convolve multiply in its complex loops.
        let mut operand = |e: &Expr| {
            let r = self.array_operand(e).done();
            if r.is_none() {
                self.errors.push(Diagnostic::error("an array is needed here").at(range(e), "not an array"));
            }
            r
        };
        let a = operand(a_e);
        let b = operand(b_e);
        let (a, b) = (a?, b?);
        let mut args = vec![];
        if !outer {
            for (r, e) in [(&a, a_e), (&b, b_e)] {
                if r.ty.ndim != 1 {
                    self.errors.push(Diagnostic::error("numpy.convolve() takes 1-d arrays").at(range(e), "not 1-d"));
                    return None;
                }
            }
            if let Some(m) = Self::npfunc_arg(c, params, 2) {
                match string_constant(m) {
                    Some(s @ ("full" | "same" | "valid")) => args.push(NpArg::Word(None, word(s))),
                    _ => {
                        self.errors.push(
                            Diagnostic::error("`mode` must be the string 'full', 'same' or 'valid' here")
                                .at(range(m), "not a mode"),
                        );
                        return None;
                    }
                }
            }
        }
        let (a, b) = (crate::sema::cxarrays::COpd::Array(a), crate::sema::cxarrays::COpd::Array(b));
        let (dtype, complex) = a.promoted(&b);
        args.splice(0..0, [a.arg(), b.arg()]);
        let func = if outer { NpFunc::Outer } else { NpFunc::Convolve };
        let ty = ArrayTy { dtype, ndim: if outer { 2 } else { 1 }, layout: Layout::A, complex };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(out)
    }

    /// `np.diag(v, k=0)`: numpy's (a 1-d `v` on diagonal k of a square
    /// matrix, or diagonal k of a 2-d `v`, empty when k is past it).
    fn diag(&mut self, c: &ast::ExprCall, ndim: u32, span: Range<usize>) -> Option<ArrayRef> {
        const PARAMS: [&str; 2] = ["v", "k"];
        self.check_args(c, 2, &PARAMS[1..], span.clone())?;
        let Some(v_e) = Self::npfunc_arg(c, &PARAMS, 0) else {
            self.errors.push(Diagnostic::error("numpy.diag() takes an array").at(span, "here"));
            return None;
        };
        // A complex `v` too: numpy's diag only moves items.
        let v = self.array_operand(v_e).done();
        if v.is_none() {
            self.errors.push(Diagnostic::error("an array is needed here").at(range(v_e), "not an array"));
        }
        let k = Self::npfunc_arg(c, &PARAMS, 1).map(|e| self.int_arg(e, "`k`"));
        let v = v?;
        let (dtype, complex) = (v.ty.dtype, v.ty.complex);
        let mut args = vec![NpArg::Array(v)];
        if let Some(k) = k {
            args.push(NpArg::Scalar(k?));
        }
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex };
        // Of a 2-d array numpy's result is a read-only view.
        let sources = if ndim == 1 { [crate::sema::arrays::READ_ONLY.to_string()].into() } else { Default::default() };
        let out = self.array_temp(ty, sources);
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Diag, args, span });
        Some(out)
    }

    /// `np.linalg.norm(x, ord=None, axis=None)`: numpy's (float64, or
    /// float32 for a float32 or complex64 array); a number, or with an
    /// axis of a 2-d array a 1-d array.
    fn norm(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        const PARAMS: [&str; 3] = ["x", "ord", "axis"];
        self.check_args(c, 3, &["ord", "axis", "keepdims"], span.clone())?;
        let Some(x_e) = Self::npfunc_arg(c, &PARAMS, 0) else {
            self.errors.push(Diagnostic::error("numpy.linalg.norm() takes an array").at(span, "here"));
            return None;
        };
        let Some(x) = self.array_operand(x_e).done() else {
            self.errors.push(Diagnostic::error("an array is needed here").at(range(x_e), "not an array"));
            return None;
        };
        let dtype = if x.ty.dtype == (Scalar::Float { bits: 32 }) { x.ty.dtype } else { Scalar::F64 };
        let ndim = x.ty.ndim;
        let mut args = vec![NpArg::Array(x)];
        if let Some(o) = Self::npfunc_arg(c, &PARAMS, 1).filter(|e| !is_none(e)) {
            match string_constant(o) {
                Some(s @ ("fro" | "nuc")) => args.push(NpArg::Word(Some(kw("ord")), word(s))),
                Some(_) => {
                    self.errors.push(
                        Diagnostic::error("`ord` must be a number, None, 'fro' or 'nuc'").at(range(o), "not an order"),
                    );
                    return None;
                }
                None => {
                    let v = self.expr(o)?;
                    args.push(NpArg::Keyword(kw("ord"), self.index_temps_value(v)));
                }
            }
        }
        let axis = Self::npfunc_arg(c, &PARAMS, 2).filter(|e| !is_none(e));
        if let Some(a) = axis {
            let a = self.int_arg(a, "`axis`")?;
            args.push(NpArg::Keyword(kw("axis"), a));
        }
        if self.keepdims_arg(c)? {
            args.push(NpArg::Keyword(kw("keepdims"), crate::sema::outwhere::bool_const(true, &span)));
            return Some(Val::Array(self.npfunc_alloc(NpFunc::Norm, dtype, ndim, args, span)));
        }
        if axis.is_some() && ndim > 1 {
            return Some(Val::Array(self.npfunc_alloc(NpFunc::Norm, dtype, ndim - 1, args, span)));
        }
        Some(Val::Scalar(self.np_value(NpFunc::Norm, args, dtype, span)))
    }

    /// `np.array(x, dtype=)` / `np.asarray(x, dtype=)` of a list or tuple
    /// literal of numbers (nested for 2-d) or of an array: numpy's array of
    /// the numbers (dtype numpy's for the items' types, or `dtype`).
    fn np_array(&mut self, c: &ast::ExprCall, asarray: bool, ndim: u32, span: Range<usize>) -> Option<ArrayRef> {
        let kws: &[&str] = if asarray { &["dtype", "copy"] } else { &["dtype", "copy", "ndmin"] };
        self.check_args(c, 2, kws, span.clone())?;
        let src = &c.args[0];
        let dtype = match Self::npfunc_arg(c, &["object", "dtype"], 1).filter(|e| !is_none(e)) {
            Some(d) => Some(self.numpy_dtype(d)?),
            None => None,
        };
        let asarray = self.array_copy_flag(c, asarray, dtype.is_some())?;
        // The source's own ndim (`ndim` counts `ndmin=` in).
        let n = match src {
            Expr::List(_) | Expr::Tuple(_) => literal_shape(src).map_or(ndim, |s| s.len() as u32),
            e => self.expr_ndim(e).unwrap_or(ndim),
        };
        let a = self.np_array_of(src, dtype, asarray, n, span.clone())?;
        Some(self.with_ndmin(a, ndim, span))
    }

    /// `np.array(src, dtype)` (`dtype` None: numpy's for the items).
    fn np_array_of(
        &mut self,
        src: &Expr,
        dtype: Option<(Scalar, bool)>,
        asarray: bool,
        ndim: u32,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        if !matches!(src, Expr::List(_) | Expr::Tuple(_)) {
            let a = self.array_operand(src).done()?;
            let (d, complex) = dtype.unwrap_or((a.ty.dtype, a.ty.complex));
            if asarray && (d, complex) == (a.ty.dtype, a.ty.complex) {
                return Some(a);
            }
            if a.ty.complex && !complex {
                self.errors.push(
                    Diagnostic::error("a complex array converted to a real dtype is not supported").at(span, "complex"),
                );
                return None;
            }
            // numpy's array(a) copies in order 'K': an F-ordered operand's
            // copy is F-ordered, with the operand's layout.
            let ty = ArrayTy { dtype: d, complex, ..a.ty };
            let out = self.array_temp(ty, Default::default());
            self.pre.push(TStmt::Alloc {
                array: out.clone(),
                func: NpFunc::ArrayKeep,
                args: vec![NpArg::Array(a)],
                span,
            });
            return Some(out);
        }
        let shape = literal_shape(src).expect("npfunc_ndim checked");
        let items: Vec<Expr> = literal_items(src).into_iter().cloned().collect();
        let complex = items.iter().any(|e| self.is_complex(e));
        if complex && dtype.is_some_and(|(_, c)| !c) {
            let z = items.iter().find(|e| self.is_complex(e)).expect("one is");
            self.errors.push(
                Diagnostic::error("a complex number converted to a real dtype is not supported")
                    .at(range(z), "complex"),
            );
            return None;
        }
        if complex {
            let flat = self.complex_display_array(&items, &span)?;
            return Some(self.reshaped_display(flat, &shape, dtype, span));
        }
        let vals = self.in_order(&items, |t, e| t.expr(e).map(Val::Scalar))?;
        let vals: Vec<TExpr> = vals
            .into_iter()
            .map(|v| match v {
                Val::Scalar(x) => x,
                _ => unreachable!("numbers"),
            })
            .collect();
        let (d, complex) = match dtype {
            Some(d) => d,
            // numpy's dtype for the items (their types, not weak: numpy's
            // array coercion); float64 for an empty list.
            None => {
                let kinds: Vec<Kind> = vals.iter().map(|v| Kind::Array(v.ty)).collect();
                (promote_all(&kinds).unwrap_or(Scalar::F64), false)
            }
        };
        let flat = ArrayTy { dtype: d, ndim: 1, layout: Layout::C, complex };
        let out = self.array_temp(flat, Default::default());
        self.pre.push(TStmt::Alloc {
            array: out.clone(),
            func: NpFunc::Copy,
            args: vec![NpArg::Values(vals)],
            span: span.clone(),
        });
        debug_assert_eq!(ndim as usize, shape.len());
        Some(self.reshaped_display(out, &shape, None, span))
    }

    /// The flat array of a display's items, converted to `dtype` (numpy's
    /// `array(x, dtype)`) and shaped as the display.
    fn reshaped_display(
        &mut self,
        flat: ArrayRef,
        shape: &[usize],
        dtype: Option<(Scalar, bool)>,
        span: Range<usize>,
    ) -> ArrayRef {
        let flat = match dtype {
            Some((d, complex)) if (d, complex) != (flat.ty.dtype, flat.ty.complex) => {
                let out = self.array_temp(ArrayTy { dtype: d, complex, ..flat.ty }, Default::default());
                let args = vec![NpArg::Array(flat)];
                self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::ArrayKeep, args, span: span.clone() });
                out
            }
            _ => flat,
        };
        if shape.len() == 1 {
            return flat;
        }
        let dims = shape
            .iter()
            .map(|n| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(*n as i128)), span: span.clone() })
            .collect();
        let ty = ArrayTy { ndim: shape.len() as u32, ..flat.ty };
        let shaped = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc {
            array: shaped.clone(),
            func: NpFunc::Reshape,
            args: vec![NpArg::Array(flat), NpArg::Shape(dims)],
            span,
        });
        shaped
    }
}

impl Typer<'_> {
    /// A form of these functions that is not compiled (an operand whose
    /// ndim is unknown, `np.where(c)`): a diagnostic naming it.
    pub(in crate::sema) fn npfunc_unsupported(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        let (name, _) = self.npfunc_call(c)?;
        if matches!(name, "where" | "nonzero") && c.args.len() == 1 {
            self.npfunc_number(c, span);
            return None;
        }
        self.errors.push(
            Diagnostic::error(format!("this form of `numpy.{name}(...)` is not supported yet"))
                .at(span, "not supported")
                .note("pycc compiles np.where(c, x, y), np.clip(a, lo, hi), np.searchsorted(a, v, side=), np.eye, np.identity, np.outer, np.convolve, np.linalg.norm(x, ord, axis), np.linalg.inv/det/solve of arrays, np.isclose, np.vstack/hstack/stack/column_stack of a tuple or list display of arrays, np.flatnonzero and np.array/np.asarray of number literals (1-d or 2-d) or arrays"),
        );
        None
    }
}
