//! More common numpy functions numpy computes through the runtime:
//! `np.round`/`np.around`/`a.round(decimals)`, `np.count_nonzero`, the
//! nan-reductions (`np.nansum`, `np.nanmean`, `np.nanmax`, `np.nanmin`,
//! `np.nanstd`), `np.percentile`/`np.quantile`/`np.nanpercentile`/
//! `np.nanquantile`, `np.bincount`, `np.interp`, `np.triu`/`np.tril`,
//! `np.cross`, `np.polyval` and `np.trapezoid`.
//!
//! As in npfuncs.rs, each is one call of numpy's own function, so values
//! and errors are numpy's; the compiler predicts the result dtype (checked
//! by the runtime for arrays) from numpy 2.4's rules for each function.

use crate::sema::arrayops::{result_dtype, Kind};
use crate::sema::numpy::keyword;
use crate::sema::outwhere::{bool_const, keepdims_true, KEEPDIMS};
use crate::sema::*;
use crate::tir::array::KEYWORDS;

/// The functions this file types, by their numpy name.
pub(in crate::sema) const MORE: [&str; 21] = [
    "round",
    "around",
    "count_nonzero",
    "nansum",
    "nanmean",
    "nanmax",
    "nanmin",
    "nanstd",
    "percentile",
    "quantile",
    "nanpercentile",
    "nanquantile",
    "bincount",
    "interp",
    "triu",
    "tril",
    "cross",
    "polyval",
    "trapezoid",
    "trapz",
    "meshgrid",
];

/// numpy's parameter names of each function, in positional order.
fn params(name: &str) -> &'static [&'static str] {
    match name {
        "round" | "around" => &["a", "decimals"],
        "percentile" | "quantile" | "nanpercentile" | "nanquantile" => &["a", "q", "axis"],
        "count_nonzero" | "nansum" | "nanmean" | "nanmax" | "nanmin" | "nanstd" => &["a", "axis"],
        "bincount" => &["x", "weights", "minlength"],
        "interp" => &["x", "xp", "fp", "left", "right", "period"],
        "triu" | "tril" => &["m", "k"],
        "cross" => &["a", "b"],
        "polyval" => &["p", "x"],
        "trapezoid" => &["y", "x", "dx", "axis"],
        _ => &["a"],
    }
}

fn npfunc_of(name: &str) -> NpFunc {
    match name {
        "around" => NpFunc::Round,
        _ => NpFunc::ALL.into_iter().find(|f| f.name() == name).expect("listed in NpFunc::ALL"),
    }
}

/// The percentile family.
const QUANTILES: [&str; 4] = ["percentile", "quantile", "nanpercentile", "nanquantile"];

/// numpy's quantile methods; the first five pick an element (the result
/// keeps the array's dtype), the others interpolate.
const METHODS: [&str; 13] = [
    "lower",
    "higher",
    "nearest",
    "inverted_cdf",
    "closest_observation",
    "linear",
    "midpoint",
    "averaged_inverted_cdf",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "median_unbiased",
    "normal_unbiased",
];

/// `method=` as numpy's keyword (a WORDS index).
fn method_arg(method: Option<(usize, bool)>) -> Option<NpArg> {
    let kw = KEYWORDS.iter().position(|k| *k == "method").expect("listed");
    method.map(|(w, _)| NpArg::Word(Some(kw), w))
}

/// The dtype numpy's mean gives (a float stays, anything else is float64).
fn mean_dtype(d: Scalar) -> Scalar {
    if d.is_float() {
        d
    } else {
        Scalar::F64
    }
}

impl Typer<'_> {
    /// The diagnostic for `numpy.<name>(...)` called with more than
    /// `positional` arguments or a keyword not in `keywords` (true when
    /// reported); the note shows the form pycc compiles (`shown`).
    pub(in crate::sema) fn unsupported_form(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        positional: usize,
        keywords: &[&str],
        shown: &[&str],
        span: Range<usize>,
    ) -> bool {
        let bad_kw = c.keywords.iter().find(|k| k.arg.as_ref().is_none_or(|a| !keywords.contains(&a.as_str())));
        if c.args.len() <= positional && bad_kw.is_none() {
            return false;
        }
        let what = match bad_kw {
            Some(k) => format!("the keyword `{}`", k.arg.as_ref().map_or("**", |a| a.as_str())),
            None => format!("more than {positional} positional arguments"),
        };
        self.errors.push(
            Diagnostic::error(format!("this form of `numpy.{name}` is not supported yet: {what}"))
                .at(span, "not supported")
                .note(format!("pycc compiles numpy.{name}({})", shown.join(", "))),
        );
        true
    }

    /// The ndim of the array `np.<name>(...)` makes, None for a number.
    pub(in crate::sema) fn more_ndim(&self, c: &ast::ExprCall, name: &str, receiver: Option<&Expr>) -> Option<u32> {
        let arg = |k: usize| match receiver {
            Some(r) if k == 0 => Some(r),
            Some(_) => Self::more_arg(c, &params(name)[1..], k - 1),
            None => Self::more_arg(c, params(name), k),
        };
        // An int `axis=` takes one axis of `a` away (a number from a 1-d `a`).
        // A tuple `axis=(0, 1)` takes its axes away.
        let reduced = |k: usize| {
            let axis = arg(k).filter(|e| !matches!(e, Expr::Constant(x) if x.value.is_none()));
            let taken = |e: &Expr| if let Expr::Tuple(t) = e { t.elts.len() as u32 } else { 1 };
            axis.map_or(Some(0), |e| self.expr_ndim(arg(0)?)?.checked_sub(taken(e)))
        };
        match name {
            "round" | "around" | "interp" => self.expr_ndim(arg(0)?),
            "percentile" | "quantile" | "nanpercentile" | "nanquantile" => {
                let q = if self.is_array_like(arg(1)?) { self.expr_ndim(arg(1)?)? } else { 0 };
                let rest = if keepdims_true(c) { self.expr_ndim(arg(0)?)? } else { reduced(2)? };
                Some(q + rest).filter(|n| *n > 0)
            }
            "count_nonzero" | "nansum" | "nanmean" | "nanmax" | "nanmin" | "nanstd" if keepdims_true(c) => {
                self.expr_ndim(arg(0)?)
            }
            "count_nonzero" | "nansum" | "nanmean" | "nanmax" | "nanmin" | "nanstd" => reduced(1).filter(|n| *n > 0),
            "bincount" => Some(1),
            // Rows of 3-vectors broadcast: the wider operand's ndim.
            "cross" => Some(self.expr_ndim(arg(0)?)?.max(self.expr_ndim(arg(1)?)?)),
            "triu" | "tril" => self.expr_ndim(arg(0)?).map(|n| n.max(2)),
            "polyval" => self.expr_ndim(arg(1)?),
            // Integrated along the last axis: y's (or x's) other axes stay.
            "trapezoid" => {
                let x = arg(1).filter(|e| !matches!(e, Expr::Constant(x) if x.value.is_none()));
                let n = self.expr_ndim(arg(0)?)?.max(x.map_or(Some(0), |x| self.expr_ndim(x))?);
                n.checked_sub(1).filter(|n| *n > 0)
            }
            _ => None,
        }
    }

    fn more_arg<'e>(c: &'e ast::ExprCall, params: &[&str], k: usize) -> Option<&'e Expr> {
        c.args.get(k).or_else(|| {
            c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == params[k])).map(|x| &x.value)
        })
    }

    /// Types `np.<name>(...)` (or `receiver.round(...)`): a number or an array.
    pub(in crate::sema) fn more_call(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        receiver: Option<&Expr>,
        span: Range<usize>,
    ) -> Option<Val> {
        let args = self.more_args(c, name, receiver, span.clone())?;
        let func = npfunc_of(name);
        match name {
            "round" | "around" => self.np_round(args[0]?, args[1], span),
            "count_nonzero" | "nansum" | "nanmean" | "nanmax" | "nanmin" | "nanstd" => {
                let a = self.more_array_arg(func, args[0]?)?;
                let d = a.ty.dtype;
                let ty = match name {
                    "count_nonzero" => Scalar::I64,
                    "nansum" => NpFunc::Sum.reduced_dtype(d),
                    "nanmean" | "nanstd" => mean_dtype(d),
                    _ => d,
                };
                let n = a.ty.ndim;
                let mut np_args = vec![NpArg::Array(a)];
                let ddof = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "ddof"));
                if let Some(k) = ddof {
                    let v = self.more_int(&k.value)?;
                    np_args.push(NpArg::Keyword(KEYWORDS.iter().position(|k| *k == "ddof").expect("listed"), v));
                }
                // A tuple of axes is numpy's second positional argument.
                let (axis, taken) = match args[1] {
                    Some(Expr::Tuple(t)) => (Some(self.axis_values(t)?), t.elts.len() as u32),
                    e => (given!(self.more_axis(e)), 1),
                };
                let axis = axis.map(|x| match x {
                    NpArg::Values(_) => np_args.insert(1, x),
                    _ => np_args.push(x),
                });
                if self.keepdims_arg(c)? {
                    np_args.push(NpArg::Keyword(keyword("keepdims"), bool_const(true, &span)));
                    return Some(Val::Array(self.more_alloc(func, ty, n, np_args, span)));
                }
                if axis.is_some() && n > taken {
                    return Some(Val::Array(self.more_alloc(func, ty, n - taken, np_args, span)));
                }
                Some(Val::Scalar(self.np_value(func, np_args, ty, span)))
            }
            "percentile" | "quantile" | "nanpercentile" | "nanquantile" => {
                let method = given!(self.quantile_method(c));
                let keepdims = self.keepdims_arg(c)?;
                self.np_percentile(func, &args, (method, keepdims), span)
            }
            "bincount" => self.np_bincount(func, &args, span),
            "interp" => self.np_interp(func, &args, span),
            "triu" | "tril" => {
                let m = self.more_array_arg(func, args[0]?)?;
                let (d, n) = (m.ty.dtype, m.ty.ndim.max(2));
                let mut np_args = vec![NpArg::Array(m)];
                if let Some(k) = args[1] {
                    np_args.push(NpArg::Scalar(self.more_int(k)?));
                }
                Some(Val::Array(self.more_alloc(func, d, n, np_args, span)))
            }
            "cross" => {
                let a = self.more_array_arg(func, args[0]?)?;
                let b = self.more_array_arg(func, args[1]?)?;
                if a.ty.dtype == Scalar::Bool && b.ty.dtype == Scalar::Bool {
                    self.errors.push(
                        Diagnostic::error("numpy.cross() is compiled for arrays of numbers only")
                            .at(span, "here")
                            .note("numpy's cross of bool arrays is a TypeError (bool subtract)"),
                    );
                    return None;
                }
                let d = result_dtype(Kind::Array(a.ty.dtype), Kind::Array(b.ty.dtype));
                let n = a.ty.ndim.max(b.ty.ndim);
                Some(Val::Array(self.more_alloc(func, d, n, vec![NpArg::Array(a), NpArg::Array(b)], span)))
            }
            "polyval" => self.np_polyval(func, &args, span),
            "trapezoid" => self.np_trapezoid(func, &args, span),
            _ => unreachable!("MORE lists the names"),
        }
    }

    /// `name`'s arguments by its parameter list (the receiver first for a
    /// method), or a diagnostic for a removed name, an unsupported form or
    /// a missing argument.
    fn more_args<'e>(
        &mut self,
        c: &'e ast::ExprCall,
        name: &str,
        receiver: Option<&'e Expr>,
        span: Range<usize>,
    ) -> Option<Vec<Option<&'e Expr>>> {
        if name == "trapz" {
            self.errors.push(
                Diagnostic::error("`numpy.trapz` does not exist in numpy 2.4 (AttributeError)")
                    .at(span, "removed from numpy")
                    .note("numpy 2 renamed it `numpy.trapezoid`"),
            );
            return None;
        }
        if name == "meshgrid" {
            self.errors.push(
                Diagnostic::error("`numpy.meshgrid` makes a tuple of arrays, used here as one array or number")
                    .at(span, "a tuple of arrays")
                    .note("unpack it: `X, Y = np.meshgrid(x, y)`"),
            );
            return None;
        }
        let all = params(name);
        let ps = if receiver.is_some() { &all[1..] } else { all };
        // The percentile family's `method=` is keyword-only (after `out`, `overwrite_input`).
        // numpy.nanstd's `ddof` follows `dtype` and `out`: by keyword here.
        let kws: Vec<&str> = ps
            .iter()
            .copied()
            .chain(QUANTILES.contains(&name).then_some("method"))
            .chain((name == "nanstd").then_some("ddof"))
            .chain((KEEPDIMS.contains(&name) || QUANTILES.contains(&name)).then_some("keepdims"))
            .collect();
        if self.unsupported_form(c, name, ps.len(), &kws, all, span.clone()) {
            return None;
        }
        let args: Vec<Option<&Expr>> = (0..all.len())
            .map(|k| match receiver {
                Some(r) if k == 0 => Some(r),
                Some(_) => Self::more_arg(c, ps, k - 1),
                None => Self::more_arg(c, ps, k),
            })
            .collect();
        let required = match name {
            "round" | "around" | "triu" | "tril" | "trapezoid" | "bincount" => 1,
            "count_nonzero" | "nansum" | "nanmean" | "nanmax" | "nanmin" | "nanstd" => 1,
            "percentile" | "quantile" | "nanpercentile" | "nanquantile" => 2,
            "interp" => 3,
            _ => all.len(),
        };
        if args[..required].iter().any(Option::is_none) {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() needs the arguments {}", all[..required].join(", ")))
                    .at(span, "missing an argument"),
            );
            return None;
        }
        Some(args)
    }

    /// `np.bincount(x, weights, minlength=n)` of a 1-d int array.
    fn np_bincount(&mut self, func: NpFunc, args: &[Option<&Expr>], span: Range<usize>) -> Option<Val> {
        let x = self.more_array_arg(func, args[0]?)?;
        let ok = matches!(x.ty.dtype, Scalar::Bool)
            || matches!(x.ty.dtype, Scalar::Int { signed: true, .. } | Scalar::Int { bits: 8 | 16 | 32, .. });
        if !ok || x.ty.ndim != 1 {
            self.errors.push(
                Diagnostic::error("numpy.bincount() takes a 1-d array of ints")
                    .at(range(args[0]?), if ok { "not 1-d" } else { "not ints" })
                    .note("numpy raises TypeError (cannot cast to int64 'safe'ly) or ValueError (too deep)"),
            );
            return None;
        }
        let mut np_args = vec![NpArg::Array(x)];
        // numpy casts the weights to float64 (a float64 result), else counts in int64.
        let mut dtype = Scalar::I64;
        if let Some(w) = args[1].filter(|e| !matches!(e, Expr::Constant(k) if k.value.is_none())) {
            let w = self.more_array_arg(func, w)?;
            np_args.push(NpArg::Array(w));
            dtype = Scalar::F64;
        }
        if let Some(m) = args[2] {
            let m = self.more_int(m)?;
            np_args.push(NpArg::Keyword(KEYWORDS.iter().position(|k| *k == "minlength").expect("listed"), m));
        }
        Some(Val::Array(self.more_alloc(func, dtype, 1, np_args, span)))
    }

    /// `np.interp(x, xp, fp, left=, right=)` of an array or a number `x`.
    fn np_interp(&mut self, func: NpFunc, args: &[Option<&Expr>], span: Range<usize>) -> Option<Val> {
        let xp = self.more_array_arg(func, args[1]?)?;
        let fp = self.more_array_arg(func, args[2]?)?;
        // `left=`, `right=`: numbers (None is numpy's default, fp's ends);
        // `period=` a number (numpy's ValueError for 0).
        let mut ends = vec![];
        for (k, name) in [(3, "left"), (4, "right"), (5, "period")] {
            if let Some(e) = args[k].filter(|e| !matches!(e, Expr::Constant(x) if x.value.is_none())) {
                let v = self.expr(e)?;
                ends.push(NpArg::Keyword(KEYWORDS.iter().position(|k| *k == name).expect("listed"), v));
            }
        }
        match self.more_operand(func, args[0]?)? {
            Ok(x) => {
                let n = x.ty.ndim;
                let np_args = [NpArg::Array(x), NpArg::Array(xp), NpArg::Array(fp)].into_iter().chain(ends).collect();
                Some(Val::Array(self.more_alloc(func, Scalar::F64, n, np_args, span)))
            }
            Err(x) => {
                let np_args = [NpArg::Scalar(x), NpArg::Array(xp), NpArg::Array(fp)].into_iter().chain(ends).collect();
                Some(Val::Scalar(self.np_value(func, np_args, Scalar::F64, span)))
            }
        }
    }

    /// `np.polyval(p, x)` of an array or a number `x`.
    fn np_polyval(&mut self, func: NpFunc, args: &[Option<&Expr>], span: Range<usize>) -> Option<Val> {
        let p = self.more_array_arg(func, args[0]?)?;
        let pd = p.ty.dtype;
        match self.more_operand(func, args[1]?)? {
            Ok(x) => {
                let (d, n) = (result_dtype(Kind::Array(pd), Kind::Array(x.ty.dtype)), x.ty.ndim);
                Some(Val::Array(self.more_alloc(func, d, n, vec![NpArg::Array(p), NpArg::Array(x)], span)))
            }
            Err(x) => {
                // numpy makes x a 0-d array of numpy's default dtype of its kind.
                let xd = match x.ty {
                    Scalar::Float { bits: 64 } => Scalar::F64,
                    Scalar::Int { signed: true, .. } => Scalar::I64,
                    Scalar::Bool => Scalar::Bool,
                    other => {
                        self.errors.push(
                            Diagnostic::error(format!("numpy.polyval() of a {other} number is not supported yet"))
                                .at(x.span.clone(), "here"),
                        );
                        return None;
                    }
                };
                let d = result_dtype(Kind::Array(pd), Kind::Array(xd));
                Some(Val::Scalar(self.np_value(func, vec![NpArg::Array(p), NpArg::Scalar(x)], d, span)))
            }
        }
    }

    /// `np.trapezoid(y[, x][, dx][, axis])`.
    fn np_trapezoid(&mut self, func: NpFunc, args: &[Option<&Expr>], span: Range<usize>) -> Option<Val> {
        let y = self.more_array_arg(func, args[0]?)?;
        let mut d = y.ty.dtype;
        let mut ndim = y.ty.ndim;
        let mut np_args = vec![NpArg::Array(y)];
        if let Some(x) = args[1].filter(|e| !matches!(e, Expr::Constant(x) if x.value.is_none())) {
            let x = self.more_array_arg(func, x)?;
            d = result_dtype(Kind::Array(d), Kind::Array(x.ty.dtype));
            ndim = ndim.max(x.ty.ndim);
            np_args.push(NpArg::Array(x));
        }
        // A real number `dx` (a Python number: weak, y's float dtype stays).
        if let Some(e) = args[2] {
            let dx = self.expr(e)?;
            if !matches!(dx.ty, Scalar::Int { .. } | Scalar::Float { bits: 64 } | Scalar::Bool) {
                self.errors.push(
                    Diagnostic::error(format!("numpy.trapezoid() with a {} `dx` is not supported yet", dx.ty))
                        .at(range(e), "here")
                        .note("pycc compiles an int or float64 `dx`"),
                );
                return None;
            }
            np_args.push(NpArg::Keyword(keyword("dx"), dx));
        }
        // One int axis (numpy's AxisError when out of range); it takes one axis away as the default last one does.
        if let Some(e) = args[3] {
            let axis = self.more_int(e)?;
            np_args.push(NpArg::Keyword(keyword("axis"), axis));
        }
        // numpy integrates along the last axis: an n-d operand's other axes remain.
        if ndim > 1 {
            return Some(Val::Array(self.more_alloc(func, mean_dtype(d), ndim - 1, np_args, span)));
        }
        Some(Val::Scalar(self.np_value(func, np_args, mean_dtype(d), span)))
    }

    /// `np.round(a, decimals)`: numpy's multiply/rint/divide, in the
    /// array's dtype; of a number, numpy's float64 or int64 result.
    fn np_round(&mut self, a: &Expr, decimals: Option<&Expr>, span: Range<usize>) -> Option<Val> {
        let func = NpFunc::Round;
        let operand = self.more_operand(func, a)?;
        let mut np_args = vec![];
        let dec = match decimals {
            Some(e) => Some(self.more_int(e)?),
            None => None,
        };
        match operand {
            Ok(r) => {
                if r.ty.dtype == Scalar::Bool {
                    self.errors.push(
                        Diagnostic::error("numpy.round() of a bool array is a UFuncTypeError in numpy")
                            .at(range(a), "a bool array"),
                    );
                    return None;
                }
                let (d, n, complex) = (r.ty.dtype, r.ty.ndim, r.ty.complex);
                np_args.push(NpArg::Array(r));
                np_args.extend(dec.map(NpArg::Scalar));
                let ty = ArrayTy { dtype: d, ndim: n, layout: crate::base::types::Layout::A, complex };
                let out = self.array_temp(ty, Default::default());
                self.pre.push(TStmt::Alloc { array: out.clone(), func, args: np_args, span });
                Some(Val::Array(out))
            }
            Err(x) => {
                let ty = match x.ty {
                    Scalar::Float { bits: 64 } => Scalar::F64,
                    Scalar::Int { signed: true, .. } => Scalar::I64,
                    // numpy keeps an unsigned int's dtype (np.round(np.uint64(7)) is np.uint64).
                    Scalar::Int { signed: false, .. } => x.ty,
                    other => {
                        self.errors.push(
                            Diagnostic::error(format!("numpy.round() of a {other} number is not supported yet"))
                                .at(x.span.clone(), "here")
                                .note("pycc compiles it for float64 and int numbers and for arrays"),
                        );
                        return None;
                    }
                };
                np_args.push(NpArg::Scalar(x));
                np_args.extend(dec.map(NpArg::Scalar));
                Some(Val::Scalar(self.np_value(func, np_args, ty, span)))
            }
        }
    }

    /// `np.percentile(a, q)` and the like: a number for a number `q`, an
    /// array of q's shape for an array `q`; `keepdims` keeps a's ndim.
    fn np_percentile(
        &mut self,
        func: NpFunc,
        args: &[Option<&Expr>],
        (method, keepdims): (Option<(usize, bool)>, bool),
        span: Range<usize>,
    ) -> Option<Val> {
        let a_e = args[0]?;
        let a = self.more_array_arg(func, a_e)?;
        if a.ty.dtype == Scalar::Bool {
            self.errors.push(
                Diagnostic::error(format!("numpy.{}() of a bool array is a TypeError in numpy", func.name()))
                    .at(range(a_e), "a bool array")
                    .note("numpy boolean subtract, the `-` operator, is not supported"),
            );
            return None;
        }
        let f32 = Scalar::Float { bits: 32 };
        // With an int axis the result has a's other axes after q's.
        let rest = a.ty.ndim - 1;
        let axis = given!(self.more_axis(args[2]));
        let rest = match (keepdims, axis.is_some()) {
            (true, _) => a.ty.ndim,
            (false, true) => rest,
            (false, false) => 0,
        };
        let axis =
            axis.into_iter().chain(keepdims.then(|| NpArg::Keyword(keyword("keepdims"), bool_const(true, &span))));
        match self.more_operand(func, args[1]?)? {
            Ok(q) => {
                // numpy 2's promotion of a's dtype with the q array's (ints: float64).
                let d = if a.ty.dtype == f32 && q.ty.dtype == f32 { f32 } else { Scalar::F64 };
                // The discontinuous methods pick an element: a's own dtype.
                let d = if method.is_some_and(|m| m.1) { a.ty.dtype } else { d };
                let n = q.ty.ndim + rest;
                let np_args =
                    [NpArg::Array(a), NpArg::Array(q)].into_iter().chain(axis).chain(method_arg(method)).collect();
                Some(Val::Array(self.more_alloc(func, d, n, np_args, span)))
            }
            Err(q) => {
                if !matches!(q.ty, Scalar::Int { signed: true, .. } | Scalar::Float { bits: 64 }) {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.{}() of a {} q is not supported yet", func.name(), q.ty))
                            .at(q.span.clone(), "here"),
                    );
                    return None;
                }
                // A Python number q is weak: a float32 array stays float32.
                let d = if a.ty.dtype == f32 { f32 } else { Scalar::F64 };
                let d = if method.is_some_and(|m| m.1) { a.ty.dtype } else { d };
                let np_args: Vec<NpArg> =
                    [NpArg::Array(a), NpArg::Scalar(q)].into_iter().chain(axis).chain(method_arg(method)).collect();
                if rest > 0 {
                    return Some(Val::Array(self.more_alloc(func, d, rest, np_args, span)));
                }
                Some(Val::Scalar(self.np_value(func, np_args, d, span)))
            }
        }
    }

    /// The `method=` of a percentile call: its WORDS index and whether it
    /// picks an element.
    fn quantile_method(&mut self, c: &ast::ExprCall) -> OptArg<(usize, bool)> {
        let Some(k) = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "method")) else {
            return OptArg::Absent;
        };
        let m = crate::sema::npfuncs::string_constant(&k.value).and_then(|m| METHODS.iter().position(|x| *x == m));
        let Some(m) = m else {
            self.errors.push(
                Diagnostic::error("`method` must be one of numpy's quantile methods here")
                    .at(range(&k.value), "not a method")
                    .note(format!("numpy's methods: {}", METHODS.join(", "))),
            );
            return OptArg::Failed;
        };
        let w = crate::tir::array::WORDS.iter().position(|x| *x == METHODS[m]).expect("listed in WORDS");
        OptArg::Given((w, m < 5))
    }

    /// `np.meshgrid(x, y)` (indexing='xy'): a tuple of two new 2-d arrays
    /// of shape (len(y), len(x)), each of its input's dtype; numpy makes
    /// the tuple once for each (the runtime takes item 0, then item 1).
    pub(in crate::sema) fn meshgrid(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        if c.args.len() != 2 || !c.keywords.is_empty() {
            return self.meshgrid_items(c, span);
        }
        if c.args.len() != 2 {
            self.errors.push(
                Diagnostic::error("this form of `numpy.meshgrid` is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.meshgrid(x, y) of two arrays (no indexing=, sparse=, copy=)"),
            );
            return None;
        }
        let x = self.more_array_arg(NpFunc::MeshgridX, &c.args[0])?;
        let y = self.more_array_arg(NpFunc::MeshgridX, &c.args[1])?;
        let (xd, yd) = (x.ty.dtype, y.ty.dtype);
        let args = vec![NpArg::Array(x), NpArg::Array(y)];
        let gx = self.more_alloc(NpFunc::MeshgridX, xd, 2, args.clone(), span.clone());
        let gy = self.more_alloc(NpFunc::MeshgridY, yd, 2, args, span);
        Some(Val::Tuple(vec![Val::Array(gx), Val::Array(gy)]))
    }

    /// An array operand (Ok) or a number (Err).
    fn more_operand(&mut self, func: NpFunc, e: &Expr) -> Option<std::result::Result<ArrayRef, TExpr>> {
        // numpy rounds a complex array's parts (a complex result).
        if func == NpFunc::Round && self.is_array_like(e) && self.cx_complex(e) {
            return self.array_operand(e).done().map(Ok);
        }
        if self.is_array_like(e) {
            return self.more_array_arg(func, e).map(Ok);
        }
        let x = self.expr(e)?;
        Some(Err(x))
    }

    fn more_array_arg(&mut self, func: NpFunc, e: &Expr) -> Option<ArrayRef> {
        match self.array_operand(e).done() {
            Some(r) if r.ty.complex => {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{}() is not compiled for complex arrays yet", func.name()))
                        .at(range(e), "a complex array"),
                );
                None
            }
            Some(r) => Some(r),
            None => {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{}() needs an array here", func.name()))
                        .at(range(e), "not an array"),
                );
                None
            }
        }
    }

    /// An `axis=` argument other than None: numpy's keyword (numpy's
    /// AxisError for one out of range); Absent without one.
    fn more_axis(&mut self, e: Option<&Expr>) -> OptArg<NpArg> {
        match e {
            None => OptArg::Absent,
            Some(Expr::Constant(k)) if k.value.is_none() => OptArg::Absent,
            Some(e) => match self.more_int(e) {
                Some(x) => {
                    OptArg::Given(NpArg::Keyword(KEYWORDS.iter().position(|k| *k == "axis").expect("listed"), x))
                }
                None => OptArg::Failed,
            },
        }
    }

    /// An int argument (decimals, k, minlength): numpy's TypeError otherwise.
    fn more_int(&mut self, e: &Expr) -> Option<TExpr> {
        let x = self.expr(e)?;
        if !matches!(x.ty, Scalar::Int { .. }) {
            self.errors.push(
                Diagnostic::error(format!("an int is needed here, not {}", x.ty))
                    .at(x.span.clone(), "not an int")
                    .note("numpy raises TypeError for a non-integer here"),
            );
            return None;
        }
        Some(x)
    }

    fn more_alloc(&mut self, func: NpFunc, dtype: Scalar, ndim: u32, args: Vec<NpArg>, span: Range<usize>) -> ArrayRef {
        let ty = ArrayTy { dtype, ndim, layout: crate::base::types::Layout::A, complex: false };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        out
    }
}
