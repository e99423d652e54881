//! numpy functions numba users call that the other tables do not cover:
//! `np.digitize`, `np.append`, `np.isin`, `np.intersect1d`, `np.union1d`,
//! `np.setdiff1d`, `np.delete`, `np.insert`, `np.partition`,
//! `np.argpartition`, `np.kron`, `np.correlate`, `np.vander`,
//! `np.nanmedian`, `np.nanvar`, `np.nanprod`, `np.nanargmin`,
//! `np.nanargmax`, `np.nan_to_num`, `np.logspace`, `np.geomspace`,
//! `np.ediff1d`, `np.tri`, `np.heaviside`, `np.sinc`, `np.polyder`,
//! `np.polyint`, `np.pad`, `np.polyadd`, `np.polysub`, `np.polymul`,
//! `np.poly`, `np.compress`.
//!
//! As in npstats.rs, each is one call of numpy's own function (so values,
//! sort orders and errors are numpy's); the compiler predicts the result's
//! dtype and ndim from numpy 2.4's rules and the runtime checks them.

use crate::base::types::Layout;
use crate::sema::arrayops::promote;
use crate::sema::npfuncs::string_constant;
use crate::sema::optional::is_none;
use crate::sema::*;
use crate::tir::array::{KEYWORDS, WORDS};

/// The functions this file types, by their numpy name.
/// The functions whose result keeps a complex array's dtype (numpy's
/// complex loops), compiled for complex arrays as numpy's own calls.
const CX_KEEP: [&str; 7] =
    ["nan_to_num", "sinc", "diagflat", "trim_zeros", "atleast_1d", "atleast_3d", "asfortranarray"];

pub(in crate::sema) const SETOPS: [&str; 60] = [
    "digitize",
    "append",
    "isin",
    "intersect1d",
    "union1d",
    "setdiff1d",
    "delete",
    "insert",
    "partition",
    "argpartition",
    "kron",
    "correlate",
    "vander",
    "nanmedian",
    "nanvar",
    "nanprod",
    "nanargmin",
    "nanargmax",
    "nan_to_num",
    "logspace",
    "geomspace",
    "ediff1d",
    "tri",
    "heaviside",
    "sinc",
    "float_power",
    "invert",
    "bitwise_not",
    "bitwise_invert",
    "diagflat",
    "gradient",
    // Only with weights (else numpy's mean): `is_setops_form`.
    "average",
    // Only with an axis (else npmethods.rs's flattened median).
    "median",
    "asfortranarray",
    "atleast_1d",
    "atleast_3d",
    "nancumsum",
    "nancumprod",
    "bartlett",
    "hanning",
    "hamming",
    "blackman",
    "kaiser",
    "i0",
    "fix",
    "trim_zeros",
    "extract",
    "vdot",
    "inner",
    "array_equiv",
    "histogram_bin_edges",
    "diagonal",
    "polyder",
    "polyint",
    "pad",
    // polynomial arithmetic
    "polyadd",
    "polysub",
    "polymul",
    "poly",
    "compress",
];

/// Whether `np.<name>(...)` call `c` is one this file types: `average`
/// with weights and `median` with more than the array; all the others.
pub(in crate::sema) fn is_setops_form(name: &str, c: &ast::ExprCall) -> bool {
    let kw = |n: &str| c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == n));
    match name {
        // With returned=True: nptuples.rs's tuple.
        "average" => (c.args.len() >= 3 || kw("weights")) && !kw("returned"),
        "median" => c.args.len() >= 2 || !c.keywords.is_empty(),
        _ => true,
    }
}

/// numpy's parameter names compiled for each, in positional order, and
/// how many are required.
fn params(name: &str) -> (&'static [&'static str], usize) {
    match name {
        "digitize" => (&["x", "bins", "right"], 2),
        "append" => (&["arr", "values", "axis"], 2),
        "isin" => (&["element", "test_elements", "assume_unique", "invert"], 2),
        "intersect1d" | "setdiff1d" => (&["ar1", "ar2", "assume_unique"], 2),
        "union1d" | "kron" | "heaviside" | "float_power" => (&["ar1", "ar2"], 2),
        "diagflat" => (&["v", "k"], 1),
        // numpy's `*varargs`: one spacing for a 1-d `f`.
        "gradient" => (&["f", "spacing", "edge_order"], 1),
        "delete" => (&["arr", "obj", "axis"], 2),
        "insert" => (&["arr", "obj", "values", "axis"], 3),
        "partition" | "argpartition" => (&["a", "kth", "axis"], 2),
        "correlate" => (&["a", "v", "mode"], 2),
        "vander" => (&["x", "N", "increasing"], 1),
        // numpy's keepdims follows `out` and `overwrite_input`: by keyword only.
        "nanmedian" | "median" => (&["a", "axis", "keepdims"], 1),
        "nanprod" | "nanargmin" | "nanargmax" => (&["a", "axis"], 1),
        "nanvar" => (&["a", "axis", "ddof"], 1),
        "nan_to_num" => (&["x", "copy", "nan", "posinf", "neginf"], 1),
        "logspace" => (&["start", "stop", "num", "endpoint", "base"], 2),
        "geomspace" => (&["start", "stop", "num", "endpoint"], 2),
        "tri" => (&["N", "M", "k"], 1),
        "average" => (&["a", "axis", "weights"], 1),
        "nancumsum" | "nancumprod" => (&["a", "axis"], 1),
        "bartlett" | "hanning" | "hamming" | "blackman" => (&["M"], 1),
        "kaiser" => (&["M", "beta"], 2),
        "i0" | "fix" => (&["x"], 1),
        "trim_zeros" => (&["filt", "trim"], 1),
        "extract" => (&["condition", "arr"], 2),
        "compress" => (&["condition", "a", "axis"], 2),
        "vdot" | "inner" => (&["a", "b"], 2),
        "array_equiv" => (&["a1", "a2"], 2),
        "histogram_bin_edges" => (&["a", "bins"], 1),
        "diagonal" => (&["a", "offset", "axis1", "axis2"], 1),
        // numpy checks the ends cast to `ary`'s dtype (same_kind: its TypeError).
        "ediff1d" => (&["ary", "to_end", "to_begin"], 1),
        "polyder" => (&["p", "m"], 1),
        "polyint" => (&["p", "m", "k"], 1),
        "polyadd" | "polysub" | "polymul" => (&["a1", "a2"], 2),
        "poly" => (&["seq_of_zeros"], 1),
        // numpy's `**kwargs` of the constant mode: by keyword only.
        "pad" => (&["array", "pad_width", "mode", "constant_values"], 2),
        _ => (&["a"], 1),
    }
}

/// Whether numpy's default for parameter `p` of `name` is None (so an
/// omitted one before an array passed by keyword can be passed as None).
fn none_default(name: &str, p: &str) -> bool {
    matches!(p, "axis" | "N" | "M") && !matches!(name, "partition" | "argpartition")
}

fn npfunc(name: &str) -> NpFunc {
    NpFunc::ALL.into_iter().find(|f| f.name() == name).expect("listed in NpFunc::ALL")
}

/// numpy's default dtype for a Python number made an array (`asarray(2)`).
fn number_dtype(s: Scalar) -> Scalar {
    match s {
        Scalar::Bool => Scalar::Bool,
        Scalar::Int { .. } => Scalar::I64,
        _ => Scalar::F64,
    }
}

/// The dtype of a float-only ufunc or mean-like result: a float stays,
/// anything else is float64.
fn float_dtype(d: Scalar) -> Scalar {
    if d.is_float() {
        d
    } else {
        Scalar::F64
    }
}

/// One argument, classified.
enum Arg {
    Array(ArrayRef),
    Number(TExpr),
    Word(usize),
    None,
}

impl Typer<'_> {
    fn setops_arg<'e>(c: &'e ast::ExprCall, ps: &[&str], k: usize) -> Option<(&'e Expr, bool)> {
        c.args.get(k).map(|e| (e, true)).or_else(|| {
            c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == ps[k])).map(|x| (&x.value, false))
        })
    }

    /// Whether argument `k` of `name` is given (and not None).
    fn setops_given(c: &ast::ExprCall, name: &str, k: usize) -> bool {
        let ps = params(name).0;
        k < ps.len() && Self::setops_arg(c, ps, k).is_some_and(|(e, _)| !is_none(e))
    }

    /// The ndim of the array `c` makes; None for a number.
    pub(in crate::sema) fn setops_ndim(&self, c: &ast::ExprCall, name: &str) -> Option<u32> {
        let ps = params(name).0;
        let arg = |k: usize| Self::setops_arg(c, ps, k).map(|(e, _)| e);
        let nd = |k: usize| if self.is_array_like(arg(k)?) { self.expr_ndim(arg(k)?) } else { Some(0) };
        let axis_given = |k: usize| Self::setops_given(c, name, k);
        let n = match name {
            "digitize" | "nan_to_num" | "sinc" | "invert" | "bitwise_not" | "bitwise_invert" => nd(0)?,
            "diagflat" => 2,
            "asfortranarray" | "fix" | "i0" | "trim_zeros" => nd(0)?,
            // numpy.diagonal of an n-d array: n - 2 axes, then the diagonal.
            "diagonal" => nd(0)?.checked_sub(1).filter(|n| *n >= 1)?,
            "atleast_1d" => nd(0)?.max(1),
            "atleast_3d" => nd(0)?.max(3),
            "nancumsum" | "nancumprod" => {
                if axis_given(1) {
                    nd(0)?
                } else {
                    1
                }
            }
            "bartlett" | "hanning" | "hamming" | "blackman" | "kaiser" | "extract" | "histogram_bin_edges" => 1,
            // numpy.inner: a's axes but the last, then b's but the last.
            "inner" => (nd(0)? + nd(1)?).checked_sub(2)?,
            "vdot" | "array_equiv" => 0,
            "gradient" | "polyder" | "polyint" | "poly" => (nd(0)? == 1).then_some(1)?,
            // 1-d coefficients or numbers (numpy's atleast_1d of each).
            "polyadd" | "polysub" | "polymul" => (nd(0)? <= 1 && nd(1)? <= 1).then_some(1)?,
            "pad" => nd(0)?,
            "append" | "delete" | "insert" | "compress" => {
                let axis = if name == "insert" { 3 } else { 2 };
                if axis_given(axis) {
                    // numpy.compress's array follows the condition.
                    nd(usize::from(name == "compress"))?
                } else {
                    1
                }
            }
            "isin" | "partition" | "argpartition" => nd(0)?,
            "intersect1d" | "union1d" | "setdiff1d" | "correlate" | "logspace" | "geomspace" | "ediff1d" => 1,
            "kron" | "heaviside" | "float_power" => nd(0)?.max(nd(1)?),
            "vander" | "tri" => 2,
            "nanmedian" | "median" if crate::sema::outwhere::keepdims_true(c) => nd(0)?,
            "nanmedian" | "nanvar" | "nanprod" | "nanargmin" | "nanargmax" | "average" | "median" => {
                if axis_given(1) {
                    nd(0)?.checked_sub(1)?
                } else {
                    0
                }
            }
            _ => return None,
        };
        (n > 0).then_some(n)
    }

    /// An argument as numpy gets it: an array, a number, a word or None
    /// (a complex array only where `complex_ok`).
    fn setops_value(&mut self, e: &Expr, complex_ok: bool) -> Option<Arg> {
        if is_none(e) {
            return Some(Arg::None);
        }
        if let Some(s) = string_constant(e) {
            let Some(w) = WORDS.iter().position(|x| *x == s) else {
                self.errors.push(
                    Diagnostic::error(format!("the string {s:?} is not a value numpy takes here"))
                        .at(range(e), "not supported"),
                );
                return None;
            };
            return Some(Arg::Word(w));
        }
        if self.is_array_like(e) {
            // A call whose ndim is known only once typed (`weights=np.arange(n)`)
            // is no array operand; its value is the array.
            let r = match self.array_operand(e) {
                Claim::Done(r) => r,
                Claim::Failed => return None,
                Claim::NotMine => match self.value(e)? {
                    Val::Array(r) => r,
                    Val::Scalar(x) => return Some(Arg::Number(x)),
                    _ => {
                        self.errors.push(
                            Diagnostic::error("this value is not compiled as a numpy argument yet")
                                .at(range(e), "not an array or a number"),
                        );
                        return None;
                    }
                },
            };
            return match r {
                r if !r.ty.complex || complex_ok => Some(Arg::Array(r)),
                _ => {
                    self.errors.push(
                        Diagnostic::error("a complex array is not compiled here yet").at(range(e), "a complex array"),
                    );
                    None
                }
            };
        }
        Some(Arg::Number(self.expr(e)?))
    }

    /// Types `np.<name>(...)`: a number or an array.
    pub(in crate::sema) fn setops_call(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<Val> {
        let (ps, required) = params(name);
        // numpy.nanvar's third parameter is dtype: ddof goes by keyword only.
        let (positional, shown): (usize, &[&str]) = match name {
            "nanvar" => (2, &["a", "axis", "ddof=ddof"]),
            "median" | "nanmedian" => (2, &["a", "axis", "keepdims=keepdims"]),
            "pad" => (3, &["array", "pad_width", "mode", "constant_values=c"]),
            _ => (ps.len(), ps),
        };
        if self.unsupported_form(c, name, positional, ps, shown, span.clone()) {
            return None;
        }
        // A constant keepdims: it decides the result's ndim.
        if matches!(name, "median" | "nanmedian") {
            self.keepdims_arg(c)?;
        }
        let mut vals = Vec::new();
        let mut np_args = Vec::new();
        // Every earlier parameter went by position or is an omitted one
        // whose default is None (`gaps` of them since the last positional).
        let mut positional = true;
        let mut gaps = 0;
        for k in 0..ps.len() {
            let Some((e, pos)) = Self::setops_arg(c, ps, k) else {
                if k < required {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.{name}() needs the arguments {}", ps[..required].join(", ")))
                            .at(span, "missing an argument"),
                    );
                    return None;
                }
                positional &= none_default(name, ps[k]);
                gaps += 1;
                vals.push(None);
                continue;
            };
            let v = self.setops_value(e, k == 0 && CX_KEEP.contains(&name))?;
            // An array by keyword after omitted None-default parameters goes
            // by position after a None for each (numpy's keywords take numbers).
            // numpy's keyword-only parameters (after `*varargs` or a dtype) go by name.
            let keyword_only = matches!(
                (name, ps[k]),
                ("nanvar", "ddof")
                    | ("gradient", "edge_order")
                    | ("pad", "constant_values")
                    | ("median" | "nanmedian", "keepdims")
            );
            let by_pos = positional && (pos || !keyword_only && (gaps == 0 || matches!(v, Arg::Array(_))));
            if by_pos {
                np_args.extend((0..gaps).map(|_| NpArg::Word(None, 0)));
                gaps = 0;
            } else {
                positional = false;
            }
            // A keyword after a gap goes by its name (numbers and words only).
            let arg = match (&v, by_pos) {
                (Arg::Array(r), true) => NpArg::Array(r.clone()),
                (Arg::Number(x), true) => NpArg::Scalar(x.clone()),
                (Arg::Word(w), true) => NpArg::Word(None, *w),
                (Arg::None, true) => NpArg::Word(None, 0),
                // np.pad's `constant_values=(before, after)` (a display
                // displays.rs made an array): numpy's asarray of it.
                (Arg::Array(r), false) if keyword_only => {
                    NpArg::KeywordArray(self.setops_keyword(name, ps[k], e)?, r.clone())
                }
                (Arg::Array(_), false) => {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.{name}(): pass `{}` by position here", ps[k]))
                            .at(range(e), "an array by keyword after an omitted argument"),
                    );
                    return None;
                }
                (Arg::Number(x), false) => NpArg::Keyword(self.setops_keyword(name, ps[k], e)?, x.clone()),
                (Arg::Word(w), false) => NpArg::Word(Some(self.setops_keyword(name, ps[k], e)?), *w),
                (Arg::None, false) => NpArg::Word(Some(self.setops_keyword(name, ps[k], e)?), 0),
            };
            np_args.push(arg);
            vals.push(Some(v));
        }
        let (dtype, ndim) = self.setops_result(c, name, &vals, span.clone())?;
        let func = npfunc(name);
        match ndim {
            Some(n) => {
                // numpy.asfortranarray's result is always F-contiguous (numba's `::1, :` layout).
                let layout = if name == "asfortranarray" { Layout::F } else { Layout::A };
                let complex = matches!(&vals[0], Some(Arg::Array(r)) if r.ty.complex);
                let ty = ArrayTy { dtype, ndim: n, layout, complex };
                // numpy.diagonal's result is a read-only view.
                let sources = if name == "diagonal" {
                    [crate::sema::arrays::READ_ONLY.to_string()].into()
                } else {
                    Default::default()
                };
                let out = self.array_temp(ty, sources);
                self.pre.push(TStmt::Alloc { array: out.clone(), func, args: np_args, span });
                Some(Val::Array(out))
            }
            None => Some(Val::Scalar(self.np_value(func, np_args, dtype, span))),
        }
    }

    /// numpy 2.4's result dtype, and the ndim (None for a number).
    fn setops_result(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        vals: &[Option<Arg>],
        span: Range<usize>,
    ) -> Option<(Scalar, Option<u32>)> {
        let dtype_of = |v: &Option<Arg>| match v {
            Some(Arg::Array(r)) => Some(r.ty.dtype),
            Some(Arg::Number(x)) => Some(number_dtype(x.ty)),
            _ => None,
        };
        let first_is_array = matches!(vals[0], Some(Arg::Array(_)));
        let needs_array = !matches!(
            name,
            "logspace"
                | "geomspace"
                | "tri"
                | "digitize"
                | "heaviside"
                | "float_power"
                | "isin"
                | "sinc"
                | "bartlett"
                | "hanning"
                | "hamming"
                | "blackman"
                | "kaiser"
        );
        // np.append(x, values) of a number `x` ravels it too: a 1-d result.
        let axis_given =
            c.args.len() > 2 || c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis"));
        let number_append = name == "append" && matches!(vals[0], Some(Arg::Number(_))) && !axis_given;
        if needs_array && !first_is_array && !number_append {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() needs an array as its first argument here"))
                    .at(span, "not an array")
                    .note("pass an array variable, a view or an array expression"),
            );
            return None;
        }
        let d0 = dtype_of(&vals[0]).unwrap_or(Scalar::F64);
        let d1 = vals.get(1).and_then(dtype_of).unwrap_or(d0);
        let ndim = self.setops_ndim(c, name);
        let dtype = self.setops_dtype(c, name, vals, (d0, d1), &span)?;
        if matches!(name, "inner" | "vdot") && !matches!(vals[1], Some(Arg::Array(_))) {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() with a number operand is not supported yet"))
                    .at(span, "a number")
                    .note("multiply by the number instead"),
            );
            return None;
        }
        if matches!(name, "digitize" | "isin") && !first_is_array {
            return Some((dtype, None));
        }
        // Of a number (passed as a Python number, as CPython passes it):
        // numpy's float64 number.
        if name == "sinc" && !first_is_array {
            if matches!(&vals[0], Some(Arg::Number(x)) if x.ty == Scalar::Float { bits: 32 }) {
                self.errors.push(
                    Diagnostic::error("numpy.sinc() of a float32 number is not compiled yet")
                        .at(span, "a float32 number")
                        .note("numba computes it in float32; pass a float64 or an array"),
                );
                return None;
            }
            return Some((Scalar::F64, None));
        }
        // Of two numbers: numpy's number of the same loop.
        if matches!(name, "heaviside" | "float_power") && !first_is_array && !matches!(vals[1], Some(Arg::Array(_))) {
            return Some((dtype, None));
        }
        if matches!(name, "gradient" | "polyder" | "polyint") && ndim.is_none() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() is compiled for a 1-d array only")).at(span, "not 1-d").note(
                    if name == "gradient" {
                        "of an n-d array numpy returns a list of arrays"
                    } else {
                        "numpy's coefficients are a 1-d array, highest power first"
                    },
                ),
            );
            return None;
        }
        if ndim.is_none() && self.setops_array_result(name, c) {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}(): the result's number of dimensions is not known here"))
                    .at(span, "here"),
            );
            return None;
        }
        Some((dtype, ndim))
    }

    /// numpy 2.4's result dtype of `np.<name>` from its operands' dtypes
    /// `d0` and `d1` (the first's where there is no second).
    fn setops_dtype(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        vals: &[Option<Arg>],
        (d0, d1): (Scalar, Scalar),
        span: &Range<usize>,
    ) -> Option<Scalar> {
        let dtype_of = |v: &Option<Arg>| match v {
            Some(Arg::Array(r)) => Some(r.ty.dtype),
            Some(Arg::Number(x)) => Some(number_dtype(x.ty)),
            _ => None,
        };
        let dtype = match name {
            "digitize" | "argpartition" | "nanargmin" | "nanargmax" => Scalar::I64,
            "isin" => Scalar::Bool,
            "append" | "intersect1d" | "union1d" | "kron" => promote(d0, d1),
            "correlate" => promote(d0, d1),
            // numpy's promote_types(x.dtype, int): float32 and uint64 give float64.
            "vander" => match d0 {
                Scalar::Float { .. } | Scalar::Int { bits: 64, signed: false } => Scalar::F64,
                _ => Scalar::I64,
            },
            "nanmedian" | "nanvar" | "sinc" | "median" => float_dtype(d0),
            // numpy's average: result_type(a, weights), with 'f8' for int or bool `a`.
            "average" => {
                let dw = vals.get(2).and_then(dtype_of).unwrap_or(d0);
                let d = promote(d0, dw);
                if d0.is_float() {
                    d
                } else {
                    promote(d, Scalar::F64)
                }
            }
            "heaviside" => match heaviside_dtype(vals, d0, d1) {
                Some(d) => d,
                None => {
                    self.errors.push(
                        Diagnostic::error("numpy.heaviside() of bool or 8-bit int operands gives float16, which pycc does not compile")
                            .at(span.clone(), "float16 in numpy")
                            .note("convert an operand first: np.heaviside(a.astype(np.float64), h)"),
                    );
                    return None;
                }
            },
            // numpy's float_power computes in float64 (or complex128).
            "float_power" => Scalar::F64,
            "gradient" => float_dtype(d0),
            "diagflat" => d0,
            "invert" | "bitwise_not" | "bitwise_invert" => {
                if d0.is_float() {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.{name}() of a float array is a TypeError in numpy"))
                            .at(span.clone(), "a float array")
                            .note("ufunc 'invert' is defined for bools and ints only"),
                    );
                    return None;
                }
                d0
            }
            "nanprod" => NpFunc::Prod.reduced_dtype(d0),
            "nan_to_num" | "delete" | "insert" | "partition" | "setdiff1d" | "ediff1d" => d0,
            "logspace" | "geomspace" | "tri" | "bartlett" | "hanning" | "hamming" | "blackman" | "kaiser" => {
                Scalar::F64
            }
            "asfortranarray" | "atleast_1d" | "atleast_3d" | "fix" | "trim_zeros" | "diagonal" => d0,
            "nancumsum" | "nancumprod" => NpFunc::Cumsum.reduced_dtype(d0),
            "i0" | "histogram_bin_edges" => float_dtype(d0),
            "extract" | "compress" => d1,
            "pad" => d0,
            "polyder" | "polyint" => self.poly_dtype(c, name, d0, span.clone())?,
            "vdot" | "inner" => promote(d0, d1),
            "polyadd" | "polysub" | "polymul" => promote(d0, d1),
            // numpy's convolutions in the roots' float dtype.
            "poly" => match d0 {
                Scalar::Float { bits: 32 } => d0,
                _ => Scalar::F64,
            },
            "array_equiv" => Scalar::Bool,
            _ => {
                self.errors
                    .push(Diagnostic::error(format!("numpy.{name}() is not supported yet")).at(span.clone(), "here"));
                return None;
            }
        };
        Some(dtype)
    }

    /// The runtime's index of keyword `p` of `np.<name>`, or a diagnostic
    /// where numpy takes it only by position or as an array.
    fn setops_keyword(&mut self, name: &str, p: &str, e: &Expr) -> Option<usize> {
        let k = KEYWORDS.iter().position(|k| *k == p);
        if k.is_none() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}(): `{p}` is compiled here only by position or as an array"))
                    .at(range(e), "not supported"),
            );
        }
        k
    }

    /// Whether both operands of `np.inner(a, b)` are known to be 1-d.
    fn inner_operands_1d(&self, c: &ast::ExprCall) -> bool {
        let ps = params("inner").0;
        (0..2).all(|k| Self::setops_arg(c, ps, k).is_some_and(|(e, _)| self.expr_ndim(e) == Some(1)))
    }

    /// Whether `name` always makes an array for these arguments.
    fn setops_array_result(&self, name: &str, c: &ast::ExprCall) -> bool {
        match name {
            "nanmedian" | "nanvar" | "nanprod" | "nanargmin" | "nanargmax" | "average" | "median" => {
                Self::setops_given(c, name, 1) || crate::sema::outwhere::keepdims_true(c)
            }
            "vdot" | "array_equiv" => false,
            // A number for two 1-d operands (the ndim is known: checked first).
            "inner" => self.setops_ndim(c, name).is_some() || !self.inner_operands_1d(c),
            _ => true,
        }
    }
}

/// numpy's heaviside loop (float16, float32, float64): the first both
/// operands cast to safely, a Python number weak as in numpy 2 (it only
/// counts when its kind is higher than the array's); None for float16.
fn heaviside_dtype(vals: &[Option<Arg>], d0: Scalar, d1: Scalar) -> Option<Scalar> {
    let bits = |d: Scalar| match d {
        Scalar::Float { bits } => bits,
        Scalar::Bool | Scalar::Int { bits: 8, .. } => 16,
        Scalar::Int { bits: 16, .. } => 32,
        _ => 64,
    };
    let weak = |a: Scalar, n: Scalar| match (a, n) {
        (Scalar::Float { .. }, _) | (_, Scalar::Bool) | (Scalar::Int { .. }, Scalar::Int { .. }) => 0,
        _ => 64,
    };
    let array = |k: usize| matches!(vals.get(k), Some(Some(Arg::Array(_))));
    let b = match (array(0), array(1)) {
        (true, false) => bits(d0).max(weak(d0, d1)),
        (false, true) => bits(d1).max(weak(d1, d0)),
        _ => bits(d0).max(bits(d1)),
    };
    (b > 16).then_some(Scalar::Float { bits: b })
}
