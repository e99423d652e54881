//! `np.angle`, `np.lexsort`, `np.polyfit`,
//! `np.tensordot`, `np.select` and `np.linalg.multi_dot`. As in
//! setops.rs each is one call of numpy's own function through the
//! runtime (numpy's values and errors); the compiler predicts the result's
//! dtype and ndim from the arguments' form and the runtime checks them.
//! The sequence arguments (`keys`, `condlist`, `choicelist`, `arrays`)
//! are tuple or list displays, passed to numpy as a tuple.

use crate::base::types::Layout;
use crate::sema::arrayops::promote;
use crate::sema::*;

/// The functions this file types, by their numpy name.
pub(in crate::sema) const SEQ_ARG_FUNCS: [&str; 6] =
    ["angle", "lexsort", "polyfit", "tensordot", "select", "linalg.multi_dot"];

/// numpy's parameter names compiled for each, in positional order, and
/// how many are required.
fn params(name: &str) -> (&'static [&'static str], usize) {
    match name {
        "angle" => (&["z", "deg"], 1),
        "lexsort" => (&["keys", "axis"], 1),
        "polyfit" => (&["x", "y", "deg"], 3),
        "tensordot" => (&["a", "b", "axes"], 2),
        "select" => (&["condlist", "choicelist", "default"], 2),
        _ => (&["arrays"], 1),
    }
}

fn npfunc(name: &str) -> NpFunc {
    NpFunc::ALL.into_iter().find(|f| f.name() == name).expect("listed in NpFunc::ALL")
}

fn display(e: &Expr) -> Option<&[Expr]> {
    match e {
        Expr::Tuple(t) => Some(&t.elts),
        Expr::List(l) => Some(&l.elts),
        _ => None,
    }
}

/// How many axes `np.tensordot`'s `axes` sums over: omitted 2, a constant
/// int, or a pair of constant ints (one axis of each); None otherwise.
fn tensordot_axes(axes: Option<&Expr>) -> Option<u32> {
    let Some(e) = axes else { return Some(2) };
    if let Some(n) = crate::sema::tuplesugar::constant_axis(e) {
        return u32::try_from(n).ok();
    }
    match display(e)? {
        [a, b] if [a, b].iter().all(|x| crate::sema::tuplesugar::constant_axis(x).is_some()) => Some(1),
        _ => None,
    }
}

/// The kind of a Python number numpy weighs weakly (numpy 2's rules):
/// 0 bool, 1 int, 2 float.
fn kind(d: Scalar) -> u8 {
    match d {
        Scalar::Bool => 0,
        Scalar::Int { .. } => 1,
        _ => 2,
    }
}

/// numpy's `result_type` of arrays of `strong` dtypes and Python numbers
/// of `weak` types: a number counts only when its kind is higher.
fn weak_result(strong: &[Scalar], weak: &[Scalar]) -> Scalar {
    let top = weak.iter().map(|d| kind(*d)).max();
    let default = |k: u8| [Scalar::Bool, Scalar::I64, Scalar::F64][k as usize];
    match strong.iter().copied().reduce(promote) {
        None => default(top.unwrap_or(1)),
        Some(d) => match top {
            Some(k) if k > kind(d) => promote(d, default(k)),
            _ => d,
        },
    }
}

impl Typer<'_> {
    fn seq_arg<'e>(c: &'e ast::ExprCall, name: &str, k: usize) -> Option<&'e Expr> {
        let ps = params(name).0;
        c.args.get(k).or_else(|| {
            c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == ps[k])).map(|x| &x.value)
        })
    }

    /// The ndim of what `np.<name>(...)` makes (0 for a number), None when
    /// its form does not tell.
    pub(in crate::sema) fn seqargs_ndim(&self, c: &ast::ExprCall, name: &str) -> Option<u32> {
        let arg = |k: usize| Self::seq_arg(c, name, k);
        let nd = |e: &Expr| if self.is_array_like(e) { self.expr_ndim(e) } else { Some(0) };
        match name {
            "angle" => nd(arg(0)?),
            "lexsort" => match display(arg(0)?) {
                Some(keys) => self.expr_ndim(keys.first()?),
                None => self.expr_ndim(arg(0)?)?.checked_sub(1),
            },
            "polyfit" => self.expr_ndim(arg(1)?),
            "tensordot" => {
                let n = self.expr_ndim(arg(0)?)? + self.expr_ndim(arg(1)?)?;
                n.checked_sub(2 * tensordot_axes(arg(2))?)
            }
            "select" => {
                let mut n = arg(2).map_or(Some(0), nd)?;
                for e in display(arg(0)?)?.iter().chain(display(arg(1)?)?) {
                    n = n.max(nd(e)?);
                }
                Some(n)
            }
            _ => {
                let xs = display(arg(0)?)?;
                let (first, last) = (self.expr_ndim(xs.first()?)?, self.expr_ndim(xs.last()?)?);
                Some(2 - u32::from(first == 1) - u32::from(last == 1))
            }
        }
    }

    /// A real array argument, or a diagnostic.
    fn seq_array(&mut self, e: &Expr) -> Option<ArrayRef> {
        self.npfunc_array_arg(e)
    }

    /// A tuple or list display of real arrays.
    fn seq_arrays(&mut self, name: &str, e: &Expr, what: &str) -> Option<Vec<ArrayRef>> {
        let Some(xs) = display(e) else {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}(): `{what}` must be a tuple or list display of arrays here"))
                    .at(range(e), "not a display")
                    .note("write the arrays out: `(a, b)` or `[a, b]`"),
            );
            return None;
        };
        xs.iter().map(|x| self.seq_array(x)).collect()
    }

    /// Types `np.<name>(...)`: a number or an array.
    pub(in crate::sema) fn seqargs_call(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<Val> {
        let (ps, required) = params(name);
        if self.unsupported_form(c, name, ps.len(), ps, ps, span.clone()) {
            return None;
        }
        if (0..required).any(|k| Self::seq_arg(c, name, k).is_none())
            || (0..ps.len()).any(|k| Self::seq_arg(c, name, k).is_none() && Self::seq_arg(c, name, k + 1).is_some())
        {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() needs the arguments {}", ps[..required].join(", ")))
                    .at(span, "missing an argument")
                    .note("pycc passes the arguments in numpy's order, with none left out before a later one"),
            );
            return None;
        }
        let Some(ndim) = self.seqargs_ndim(c, name) else {
            let note = match name {
                "tensordot" => "pycc compiles `axes` as a constant int or a pair of constant ints",
                "select" | "lexsort" | "linalg.multi_dot" => "pass a tuple or list display of arrays",
                _ => "pass an array variable, a view or an array expression",
            };
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}(): the result's number of dimensions is not known here"))
                    .at(span, "here")
                    .note(note),
            );
            return None;
        };
        let (dtype, args) = match name {
            "angle" => self.angle_args(c)?,
            "select" => self.select_args(c)?,
            _ => self.seqargs_plain_args(c, name)?,
        };
        let func = npfunc(name);
        if ndim == 0 {
            return Some(Val::Scalar(self.np_value(func, args, dtype, span)));
        }
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex: false };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(Val::Array(out))
    }

    /// `np.angle(z, deg)`: of a complex array its dtype's float, of a real
    /// one numpy's float for it, of a number a float64.
    fn angle_args(&mut self, c: &ast::ExprCall) -> Option<(Scalar, Vec<NpArg>)> {
        let z = Self::seq_arg(c, "angle", 0)?;
        let (dtype, first) = if self.is_array_like(z) {
            let Some(r) = self.array_operand(z).done() else {
                self.errors.push(Diagnostic::error("an array is needed here").at(range(z), "not an array"));
                return None;
            };
            let d = if r.ty.complex || r.ty.dtype.is_float() { r.ty.dtype } else { Scalar::F64 };
            (d, NpArg::Array(r))
        } else if self.is_complex(z) {
            let (re, im) = self.cexpr(z)?;
            (Scalar::F64, NpArg::Complex(re, im))
        } else {
            (Scalar::F64, NpArg::Scalar(self.expr(z)?))
        };
        let mut args = vec![first];
        if let Some(deg) = Self::seq_arg(c, "angle", 1) {
            args.push(NpArg::Scalar(self.expr(deg)?));
        }
        Some((dtype, args))
    }

    /// `np.select(condlist, choicelist, default)`: the choices all arrays
    /// or all numbers; numpy's `result_type` of them and the default.
    fn select_args(&mut self, c: &ast::ExprCall) -> Option<(Scalar, Vec<NpArg>)> {
        let conds = self.seq_arrays("select", Self::seq_arg(c, "select", 0)?, "condlist")?;
        let choices_e = display(Self::seq_arg(c, "select", 1)?).unwrap_or_default();
        let arrays = choices_e.iter().filter(|e| self.is_array_like(e)).count();
        let (mut strong, mut weak) = (Vec::new(), Vec::new());
        let choices = if arrays == choices_e.len() {
            let rs = self.seq_arrays("select", Self::seq_arg(c, "select", 1)?, "choicelist")?;
            strong.extend(rs.iter().map(|r| r.ty.dtype));
            NpArg::Arrays(rs)
        } else if arrays == 0 && !choices_e.iter().any(|e| self.is_complex(e)) {
            let xs = choices_e.iter().map(|e| self.expr(e)).collect::<Option<Vec<_>>>()?;
            weak.extend(xs.iter().map(|x| x.ty));
            NpArg::Values(xs)
        } else {
            self.errors.push(
                Diagnostic::error("numpy.select(): the choices must be all real arrays or all real numbers here")
                    .at(range(Self::seq_arg(c, "select", 1)?), "mixed choices")
                    .note("make a number an array: `np.full_like(a, 1.0)`"),
            );
            return None;
        };
        let mut args = vec![NpArg::Arrays(conds), choices];
        match Self::seq_arg(c, "select", 2) {
            Some(e) if self.is_array_like(e) || self.is_complex(e) => {
                self.errors.push(
                    Diagnostic::error("numpy.select(): `default` must be a real number here")
                        .at(range(e), "not a real number"),
                );
                return None;
            }
            Some(e) => {
                let x = self.expr(e)?;
                weak.push(x.ty);
                args.push(NpArg::Scalar(x));
            }
            // numpy's default=0, a Python int.
            None => weak.push(Scalar::I64),
        }
        Some((weak_result(&strong, &weak), args))
    }

    /// lexsort, polyfit, tensordot and multi_dot: arrays, sequences of
    /// arrays and ints, in numpy's order.
    fn seqargs_plain_args(&mut self, c: &ast::ExprCall, name: &str) -> Option<(Scalar, Vec<NpArg>)> {
        let arg = |k: usize| Self::seq_arg(c, name, k);
        let mut args = Vec::new();
        let dtype = match name {
            "lexsort" => {
                let keys = arg(0)?;
                if display(keys).is_some() {
                    args.push(NpArg::Arrays(self.seq_arrays(name, keys, "keys")?));
                } else {
                    args.push(NpArg::Array(self.seq_array(keys)?));
                }
                if let Some(axis) = arg(1) {
                    args.push(NpArg::Scalar(self.int_arg(axis, "`axis`")?));
                }
                Scalar::I64
            }
            "polyfit" => {
                args.push(NpArg::Array(self.seq_array(arg(0)?)?));
                args.push(NpArg::Array(self.seq_array(arg(1)?)?));
                args.push(NpArg::Scalar(self.int_arg(arg(2)?, "`deg`")?));
                Scalar::F64
            }
            "tensordot" => {
                let (a, b) = (self.seq_array(arg(0)?)?, self.seq_array(arg(1)?)?);
                let d = promote(a.ty.dtype, b.ty.dtype);
                args.extend([NpArg::Array(a), NpArg::Array(b)]);
                match arg(2) {
                    Some(e) if crate::sema::tuplesugar::constant_axis(e).is_some() => {
                        args.push(NpArg::Scalar(self.int_arg(e, "`axes`")?))
                    }
                    Some(e) => {
                        let pair = display(e)?.iter().map(|x| self.int_arg(x, "an axis")).collect::<Option<_>>()?;
                        args.push(NpArg::Values(pair));
                    }
                    None => {}
                }
                d
            }
            _ => {
                let rs = self.seq_arrays(name, arg(0)?, "arrays")?;
                let d = rs.iter().map(|r| r.ty.dtype).reduce(promote)?;
                args.push(NpArg::Arrays(rs));
                d
            }
        };
        Some((dtype, args))
    }
}
