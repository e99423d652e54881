//! numpy functions real code uses, computed by numpy through the runtime:
//! `np.cov`/`np.corrcoef` (`y`, `rowvar=`, `bias=`, `ddof=`), `np.ptp`,
//! `np.dstack`, the shape functions `np.ascontiguousarray`,
//! `np.atleast_2d`, `np.expand_dims`, `np.swapaxes`, `np.moveaxis` (views,
//! as numpy's), `np.take`, `np.roots` (real roots, as numba's), and
//! numpy.linalg's `pinv`, `eigvalsh`, `matrix_rank`, `cholesky`,
//! `matrix_power` and the tuples of `eigh`, `qr`, `svd`, `lstsq` (one
//! runtime call per item, each taking its item of numpy's tuple).
//!
//! As in npstats.rs, values and errors are numpy's; the compiler predicts
//! the result's dtype and ndim (the runtime checks them).

use crate::base::types::Layout;
use crate::sema::arrayops::promote;
use crate::sema::optional::is_none;
use crate::sema::*;
use crate::tir::array::{KEYWORDS, TUPLE_ITEMS};

/// The functions this file types (numpy.linalg's with the prefix).
pub(in crate::sema) const EXTRA: [&str; 27] = [
    "corrcoef",
    "cov",
    "ptp",
    "ascontiguousarray",
    "atleast_2d",
    "expand_dims",
    "swapaxes",
    "moveaxis",
    "squeeze",
    "take",
    "dstack",
    "roots",
    "linalg.pinv",
    "linalg.eigvalsh",
    "linalg.matrix_rank",
    "linalg.cholesky",
    "linalg.matrix_power",
    "linalg.eigh",
    "linalg.qr",
    "linalg.svd",
    "linalg.lstsq",
    "linalg.eigvals",
    "linalg.eig",
    "rot90",
    "resize",
    "linalg.cond",
    "linalg.slogdet",
];

/// The ones whose result is a tuple (typed only where a tuple may stand).
pub(in crate::sema) const TUPLES: [&str; 6] =
    ["linalg.eigh", "linalg.qr", "linalg.svd", "linalg.lstsq", "linalg.eig", "linalg.slogdet"];

/// numpy's parameter names compiled for each, in positional order.
fn params(name: &str) -> &'static [&'static str] {
    match name {
        "cov" => &["m", "y", "rowvar", "bias", "ddof"],
        "corrcoef" => &["x", "y", "rowvar"],
        "ptp" => &["a", "axis"],
        "expand_dims" | "squeeze" => &["a", "axis"],
        "swapaxes" => &["a", "axis1", "axis2"],
        "moveaxis" => &["a", "source", "destination"],
        "take" => &["a", "indices", "axis", "mode"],
        "dstack" => &["tup"],
        "roots" => &["p"],
        "linalg.matrix_power" => &["a", "n"],
        "linalg.svd" => &["a", "full_matrices"],
        "linalg.lstsq" => &["a", "b", "rcond"],
        "rot90" => &["m", "k"],
        "resize" => &["a", "new_shape"],
        "linalg.cond" => &["x", "p"],
        // numba's forms: pinv(a, rcond), matrix_rank(A, tol).
        "linalg.pinv" => &["a", "rcond"],
        "linalg.matrix_rank" => &["A", "tol"],
        _ => &["a"],
    }
}

fn kw(name: &str) -> usize {
    KEYWORDS.iter().position(|k| *k == name).expect("listed")
}

fn item(name: &str) -> NpFunc {
    NpFunc::Item(TUPLE_ITEMS.iter().position(|n| *n == name).expect("listed"))
}

fn npfunc(name: &str) -> NpFunc {
    NpFunc::ALL.into_iter().find(|f| f.name() == name).expect("listed in NpFunc::ALL")
}

/// numpy.linalg's result dtype (its `_commonType`): float32 for float32,
/// float64 for everything else real.
fn linalg_dtype(d: Scalar) -> Scalar {
    if d == (Scalar::Float { bits: 32 }) {
        d
    } else {
        Scalar::F64
    }
}

impl Typer<'_> {
    fn extra_arg<'e>(c: &'e ast::ExprCall, name: &str, k: usize) -> Option<&'e Expr> {
        let p = *params(name).get(k)?;
        c.args
            .get(k)
            .or_else(|| c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == p)).map(|x| &x.value))
    }

    /// Whether `c` is one of the tuple-making linalg calls (`np.linalg.eigh(a)`).
    pub(in crate::sema) fn extra_tuple_call(&self, c: &ast::ExprCall) -> bool {
        self.extra_name(c).is_some_and(|n| TUPLES.contains(&n))
    }

    fn extra_name(&self, c: &ast::ExprCall) -> Option<&'static str> {
        self.npfunc_call(c).map(|(n, _)| n).filter(|n| EXTRA.contains(n))
    }

    /// The ndim of the array `c` makes; None for a number or a tuple.
    pub(in crate::sema) fn extra_ndim(&self, c: &ast::ExprCall, name: &str) -> Option<u32> {
        let arg = |k: usize| Self::extra_arg(c, name, k).filter(|e| !is_none(e));
        let a = || self.expr_ndim(arg(0)?);
        match name {
            "cov" | "corrcoef" => (a()? > 1 || arg(1).is_some()).then_some(2),
            "ptp" => arg(1).and_then(|_| a()?.checked_sub(1)).filter(|n| *n > 0),
            "ascontiguousarray" | "swapaxes" | "moveaxis" | "linalg.pinv" | "linalg.cholesky" => a(),
            "linalg.matrix_power" => a(),
            "atleast_2d" => Some(a()?.max(2)),
            "expand_dims" => Some(a()? + 1),
            // Without an axis the ndim would depend on the shape.
            "squeeze" => arg(1).and_then(|_| a()?.checked_sub(1)).filter(|n| *n > 0),
            "take" => {
                let i = arg(1)?;
                let i = if self.is_array_like(i) { self.expr_ndim(i)? } else { 0 };
                // axis=None takes from the flattened array, as no axis does.
                let n = if arg(2).is_some_and(|e| !is_none(e)) { a()? - 1 + i } else { i };
                (n > 0).then_some(n)
            }
            "dstack" => self.stack_ndim("hstack", c).map(|n| n.max(3)),
            "roots" => Some(1),
            "linalg.eigvalsh" | "linalg.eigvals" => a()?.checked_sub(1),
            // numpy raises ValueError for a 1-d array (axes out of range).
            "rot90" => a().filter(|n| *n >= 2),
            "resize" => match arg(1)? {
                Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                    Some(elts.len() as u32).filter(|n| *n > 0)
                }
                _ => Some(1),
            },
            _ => None,
        }
    }

    /// Types `c` (named `name`): an array, a number or a tuple.
    pub(in crate::sema) fn extra_call(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<Val> {
        let ps = params(name);
        if self.unsupported_form(c, name, ps.len(), &ps[1..], ps, span.clone()) {
            return None;
        }
        let Some(a_e) = Self::extra_arg(c, name, 0) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() needs an argument")).at(span, "missing"));
            return None;
        };
        if name == "dstack" {
            return self.extra_dstack(c, span);
        }
        let func = if TUPLES.contains(&name) { NpFunc::Item(0) } else { npfunc(name) };
        let a = self.extra_array(name, a_e)?;
        match name {
            "cov" | "corrcoef" => self.extra_cov(c, name, a, span),
            "ptp" => {
                if a.ty.dtype == Scalar::Bool {
                    self.errors.push(
                        Diagnostic::error("numpy.ptp() of a bool array is a TypeError in numpy")
                            .at(range(a_e), "a bool array")
                            .note("numpy boolean subtract, the `-` operator, is not supported"),
                    );
                    return None;
                }
                let (d, n) = (a.ty.dtype, a.ty.ndim);
                let mut args = vec![NpArg::Array(a)];
                if let Some(axis) = Self::extra_arg(c, name, 1).filter(|e| !is_none(e)) {
                    args.push(NpArg::Keyword(kw("axis"), self.int_arg(axis, "`axis`")?));
                    if n > 1 {
                        return Some(Val::Array(self.extra_alloc(func, d, n - 1, false, args, None, span)));
                    }
                }
                Some(Val::Scalar(self.np_value(func, args, d, span)))
            }
            "ascontiguousarray" | "atleast_2d" | "expand_dims" | "swapaxes" | "moveaxis" | "squeeze" => {
                let Some(n) = self.extra_ndim(c, name) else {
                    if name == "squeeze" && Self::extra_arg(c, name, 1).is_none_or(is_none) {
                        return self.squeeze_without_axis(span);
                    }
                    self.errors.push(
                        Diagnostic::error(format!("this form of numpy.{name}() is not supported yet"))
                            .at(span, "not supported")
                            .note("pycc compiles np.squeeze(a, axis) of an int axis of an array of 2 or more dimensions (without one the result's ndim depends on the shape)"),
                    );
                    return None;
                };
                // All but ascontiguousarray (of a C-contiguous array) make views.
                let view = self.array_sources.get(&a.name).cloned().unwrap_or_default();
                let (d, cx) = (a.ty.dtype, a.ty.complex);
                let mut args = vec![NpArg::Array(a)];
                for (k, p) in ps.iter().enumerate().skip(1) {
                    let Some(e) = Self::extra_arg(c, name, k) else {
                        self.errors.push(
                            Diagnostic::error(format!("numpy.{name}() needs the argument `{p}`"))
                                .at(span, "missing an argument"),
                        );
                        return None;
                    };
                    args.push(NpArg::Scalar(self.int_arg(e, &format!("`{p}`"))?));
                }
                Some(Val::Array(self.extra_alloc(func, d, n, cx, args, Some(view), span)))
            }
            "take" => self.extra_take(c, a, span),
            "rot90" | "resize" => self.extra_rot_resize(c, name, a, span),
            "roots" => {
                if a.ty.dtype == Scalar::Bool {
                    self.errors.push(
                        Diagnostic::error("numpy.roots() of a bool array is a TypeError in numpy")
                            .at(range(a_e), "a bool array")
                            .note("numpy negates the coefficients: bool negative is not supported"),
                    );
                    return None;
                }
                if a.ty.ndim != 1 {
                    self.errors.push(
                        Diagnostic::error("numpy.roots() takes a 1-d array of coefficients")
                            .at(range(a_e), "not 1-d")
                            .note("numpy raises ValueError (Input must be a rank-1 array)"),
                    );
                    return None;
                }
                // numpy's eigvals of the companion matrix in p's float dtype.
                let d = linalg_dtype(a.ty.dtype);
                Some(Val::Array(self.extra_alloc(func, d, 1, false, vec![NpArg::Array(a)], None, span)))
            }
            _ => self.extra_linalg(c, name, a, span),
        }
    }

    /// An array argument (real, or complex for the shape functions).
    fn extra_array(&mut self, name: &str, e: &Expr) -> Option<ArrayRef> {
        let shape_fn = matches!(
            name,
            "ascontiguousarray"
                | "atleast_2d"
                | "expand_dims"
                | "swapaxes"
                | "moveaxis"
                | "squeeze"
                | "rot90"
                | "resize"
        );
        match self.array_operand(e).done() {
            Some(r) if r.ty.complex && !(shape_fn || matches!(name, "take" | "linalg.eig" | "linalg.eigvals")) => {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{name}() is not compiled for complex arrays yet"))
                        .at(range(e), "a complex array"),
                );
                None
            }
            Some(r) => Some(r),
            None => {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{name}() needs an array here"))
                        .at(range(e), "not an array")
                        .note("pass an array (np.array(...) of a list makes one)"),
                );
                None
            }
        }
    }

    /// `np.cov(m, y, rowvar, bias, ddof)`, `np.corrcoef(x, y, rowvar)`:
    /// float64 (numpy's result_type with float64), a number for one 1-d
    /// variable (numpy's 0-d result).
    fn extra_cov(&mut self, c: &ast::ExprCall, name: &str, m: ArrayRef, span: Range<usize>) -> Option<Val> {
        let func = npfunc(name);
        let arg = |k: usize| Self::extra_arg(c, name, k).filter(|e| !is_none(e));
        let n = self.extra_ndim(c, name);
        let mut args = vec![NpArg::Array(m)];
        match arg(1) {
            Some(y) => args.push(NpArg::Array(self.extra_array(name, y)?)),
            None => args.push(NpArg::Word(None, 0)),
        }
        for (k, key) in [(2, "rowvar"), (3, "bias")] {
            if let Some(e) = arg(k) {
                let x = self.expr(e)?;
                if x.ty != Scalar::Bool {
                    self.errors.push(
                        Diagnostic::error(format!("`{key}` must be a bool here, not {}", x.ty))
                            .at(x.span, "not a bool"),
                    );
                    return None;
                }
                args.push(NpArg::Keyword(kw(key), x));
            }
        }
        if let Some(e) = arg(4) {
            args.push(NpArg::Keyword(kw("ddof"), self.int_arg(e, "`ddof`")?));
        }
        match n {
            Some(n) => Some(Val::Array(self.extra_alloc(func, Scalar::F64, n, false, args, None, span))),
            None => Some(Val::Scalar(self.np_value(func, args, Scalar::F64, span))),
        }
    }

    /// `np.take(a, indices, axis)`: a's dtype; a number for a number index without an axis.
    fn extra_take(&mut self, c: &ast::ExprCall, a: ArrayRef, span: Range<usize>) -> Option<Val> {
        let func = NpFunc::Take;
        let n = self.extra_ndim(c, "take");
        let (d, cx) = (a.ty.dtype, a.ty.complex);
        let Some(i_e) = Self::extra_arg(c, "take", 1) else {
            self.errors.push(Diagnostic::error("numpy.take() needs `indices`").at(span, "missing an argument"));
            return None;
        };
        let idx = if self.is_array_like(i_e) {
            let i = self.extra_array("take", i_e)?;
            if !matches!(i.ty.dtype, Scalar::Int { .. }) || i.ty.complex {
                self.errors.push(
                    Diagnostic::error("numpy.take() needs int indices")
                        .at(range(i_e), "not ints")
                        .note("numpy raises TypeError (cannot cast array data to int64 'safe'ly)"),
                );
                return None;
            }
            NpArg::Array(i)
        } else {
            NpArg::Scalar(self.int_arg(i_e, "`indices`")?)
        };
        let mut args = vec![NpArg::Array(a), idx];
        if let Some(axis) = Self::extra_arg(c, "take", 2).filter(|e| !is_none(e)) {
            args.push(NpArg::Keyword(kw("axis"), self.int_arg(axis, "`axis`")?));
        }
        if let Some(m) = Self::extra_arg(c, "take", 3) {
            args.push(NpArg::Word(Some(kw("mode")), self.take_mode(m)?));
        }
        match n {
            Some(n) => Some(Val::Array(self.extra_alloc(func, d, n, cx, args, None, span))),
            None if cx => {
                self.errors.push(
                    Diagnostic::error("numpy.take() of one item of a complex array is not supported yet")
                        .at(span, "a complex number"),
                );
                None
            }
            None => Some(Val::Scalar(self.np_value(func, args, d, span))),
        }
    }

    /// `np.take`'s `mode=`: a constant 'raise', 'wrap' or 'clip' (its
    /// position in WORDS); numpy's own take applies it.
    fn take_mode(&mut self, m: &Expr) -> Option<usize> {
        if let Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) = m {
            if ["raise", "wrap", "clip"].contains(&s.as_str()) {
                return crate::tir::array::WORDS.iter().position(|w| w == s);
            }
        }
        self.errors.push(
            Diagnostic::error("numpy.take()'s `mode` must be a constant 'raise', 'wrap' or 'clip' here")
                .at(range(m), "not one of them"),
        );
        None
    }

    /// pinv's `rcond` or matrix_rank's `tol`: a real number (numpy also
    /// takes arrays of them, not compiled).
    fn linalg_tolerance(&mut self, e: &Expr) -> Option<TExpr> {
        if self.is_complex(e) || self.is_array_like(e) {
            self.errors.push(
                Diagnostic::error("a tolerance is compiled as a real number here")
                    .at(range(e), "not a real number")
                    .note("numpy also broadcasts an array of tolerances over a stack of matrices, which pycc does not compile"),
            );
            return None;
        }
        self.expr(e)
    }

    /// `np.dstack(tup)` of a tuple or list display of arrays.
    fn extra_dstack(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let Some(ndim) = self.extra_ndim(c, "dstack") else {
            self.errors.push(
                Diagnostic::error("this form of numpy.dstack() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles np.dstack(tup) of a tuple or list display of real arrays"),
            );
            return None;
        };
        // A list variable of arrays: numpy gets its items.
        if let Some(t) = self.list_of_arrays(&c.args[0]).filter(|t| !t.complex) {
            let arg = self.array_list_arg(&c.args[0], t);
            return Some(Val::Array(self.extra_alloc(NpFunc::Dstack, t.dtype, ndim, false, vec![arg], None, span)));
        }
        let (Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) = &c.args[0] else {
            self.errors.push(
                Diagnostic::error("numpy.dstack() is compiled for real arrays here")
                    .at(range(&c.args[0]), "not a display or list of real arrays"),
            );
            return None;
        };
        let mut arrays = Vec::new();
        for e in elts {
            arrays.push(self.extra_array("dstack", e)?);
        }
        let dtype = arrays.iter().fold(arrays[0].ty.dtype, |d, r| promote(d, r.ty.dtype));
        Some(Val::Array(self.extra_alloc(NpFunc::Dstack, dtype, ndim, false, vec![NpArg::Arrays(arrays)], None, span)))
    }

    /// numpy.linalg's `pinv`, `eigvalsh`, `matrix_rank`, `cholesky`,
    /// `matrix_power` and the tuples of `eigh`, `qr`, `svd`, `lstsq`.
    fn extra_linalg(&mut self, c: &ast::ExprCall, name: &str, a: ArrayRef, span: Range<usize>) -> Option<Val> {
        let min = if name == "linalg.matrix_rank" { 1 } else { 2 };
        if a.ty.ndim < min || (name != "linalg.matrix_power" && a.ty.ndim > 2) {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() is compiled for a 2-d array (a matrix) only"))
                    .at(range(&c.args[0]), format!("{}-d", a.ty.ndim))
                    .note(
                        "numpy raises LinAlgError for fewer than 2 dimensions; stacks of matrices are not compiled yet",
                    ),
            );
            return None;
        }
        let (d, n, cx) = (linalg_dtype(a.ty.dtype), a.ty.ndim, a.ty.complex);
        let args = vec![NpArg::Array(a.clone())];
        // Only eig and eigvals take a complex matrix (`extra_array`).
        let arr = |t: &mut Self, f: NpFunc, nd: u32, args: Vec<NpArg>| {
            Val::Array(t.extra_alloc(f, d, nd, cx, args, None, span.clone()))
        };
        Some(match name {
            "linalg.pinv" | "linalg.matrix_rank" if Self::extra_arg(c, name, 1).is_some() => {
                let e = Self::extra_arg(c, name, 1).expect("checked");
                let mut args = args;
                args.push(if is_none(e) { NpArg::Word(None, 0) } else { NpArg::Scalar(self.linalg_tolerance(e)?) });
                if name == "linalg.pinv" {
                    arr(self, npfunc(name), 2, args)
                } else {
                    Val::Scalar(self.np_value(NpFunc::MatrixRank, args, Scalar::I64, span))
                }
            }
            "linalg.pinv" | "linalg.cholesky" => arr(self, npfunc(name), 2, args),
            "linalg.eigvalsh" | "linalg.eigvals" => arr(self, npfunc(name), 1, args),
            // Real, as numba's: the runtime raises numba's ValueError when
            // numpy's eigenvalues are complex.
            "linalg.eig" => Val::Tuple(vec![
                arr(self, item("linalg.eig#0"), 1, args.clone()),
                arr(self, item("linalg.eig#1"), 2, args),
            ]),
            "linalg.matrix_rank" => Val::Scalar(self.np_value(NpFunc::MatrixRank, args, Scalar::I64, span)),
            "linalg.cond" => {
                let mut args = args;
                if let Some(e) = Self::extra_arg(c, name, 1).filter(|e| !is_none(e)) {
                    args.push(self.cond_order(e)?);
                }
                Val::Scalar(self.np_value(NpFunc::Cond, args, d, span))
            }
            // numpy's (sign, logabsdet), numbers of the matrix's float dtype.
            "linalg.slogdet" => Val::Tuple(vec![
                Val::Scalar(self.np_value(item("linalg.slogdet#0"), args.clone(), d, span.clone())),
                Val::Scalar(self.np_value(item("linalg.slogdet#1"), args, d, span)),
            ]),
            "linalg.matrix_power" => {
                let k = self.int_arg(Self::extra_arg(c, name, 1)?, "`n`")?;
                // A negative power inverts: numpy's inv makes ints float64.
                let known = matches!(&k.kind, TExprKind::Const(ConstValue::Int(v)) if *v >= 0);
                if !a.ty.dtype.is_float() && !known {
                    self.errors.push(
                        Diagnostic::error(
                            "numpy.linalg.matrix_power() of an int or bool array needs a constant power >= 0",
                        )
                        .at(k.span.clone(), "not a constant")
                        .note("its dtype would depend on the power's sign (a negative one inverts: float64)"),
                    );
                    return None;
                }
                let dt = a.ty.dtype;
                Val::Array(self.extra_alloc(
                    NpFunc::MatrixPower,
                    dt,
                    n,
                    false,
                    vec![NpArg::Array(a), NpArg::Scalar(k)],
                    None,
                    span,
                ))
            }
            "linalg.eigh" => Val::Tuple(vec![
                arr(self, item("linalg.eigh#0"), 1, args.clone()),
                arr(self, item("linalg.eigh#1"), 2, args),
            ]),
            "linalg.qr" => Val::Tuple(vec![
                arr(self, item("linalg.qr#0"), 2, args.clone()),
                arr(self, item("linalg.qr#1"), 2, args),
            ]),
            "linalg.svd" => {
                let mut args = args;
                if let Some(e) = Self::extra_arg(c, name, 1) {
                    let x = self.expr(e)?;
                    if x.ty != Scalar::Bool {
                        self.errors.push(
                            Diagnostic::error(format!("`full_matrices` must be a bool here, not {}", x.ty))
                                .at(x.span, "not a bool"),
                        );
                        return None;
                    }
                    args.push(NpArg::Keyword(kw("full_matrices"), x));
                }
                let items = ["linalg.svd#0", "linalg.svd#1", "linalg.svd#2"];
                let nds = [2, 1, 2];
                Val::Tuple(items.iter().zip(nds).map(|(i, nd)| arr(self, item(i), nd, args.clone())).collect())
            }
            _ => return self.extra_lstsq(c, a, span),
        })
    }

    /// `p` of `np.linalg.cond(x, p)`: a number (numpy's norm order,
    /// `np.inf` too) or 'fro' / 'nuc'.
    fn cond_order(&mut self, e: &Expr) -> Option<NpArg> {
        if let Some(w) = crate::sema::npfuncs::string_constant(e) {
            if let Some(k) =
                crate::tir::array::WORDS.iter().position(|x| *x == w).filter(|_| matches!(w, "fro" | "nuc"))
            {
                return Some(NpArg::Word(None, k));
            }
            self.errors.push(
                Diagnostic::error(format!("numpy.linalg.cond(): the order {w:?} is not one numpy takes"))
                    .at(range(e), "not 'fro' or 'nuc'"),
            );
            return None;
        }
        Some(NpArg::Scalar(self.expr(e)?))
    }

    /// `np.rot90(m, k)` (a view, as numpy's) and `np.resize(a, new_shape)`
    /// of an int or a tuple display of ints (a new array).
    fn extra_rot_resize(&mut self, c: &ast::ExprCall, name: &str, a: ArrayRef, span: Range<usize>) -> Option<Val> {
        let Some(n) = self.extra_ndim(c, name) else {
            let note = if name == "rot90" {
                "numpy rotates in the plane of the first two axes: a 1-d array raises ValueError"
            } else {
                "pycc compiles np.resize(a, n) and np.resize(a, (n, m, ...)) of ints"
            };
            self.errors.push(
                Diagnostic::error(format!("this form of numpy.{name}() is not supported yet"))
                    .at(span, "not supported")
                    .note(note),
            );
            return None;
        };
        let (d, cx) = (a.ty.dtype, a.ty.complex);
        let view = (name == "rot90").then(|| self.array_sources.get(&a.name).cloned().unwrap_or_default());
        let mut args = vec![NpArg::Array(a)];
        match Self::extra_arg(c, name, 1) {
            Some(Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }))
                if name == "resize" =>
            {
                let mut dims = Vec::new();
                for e in elts {
                    dims.push(self.int_arg(e, "`new_shape`")?);
                }
                args.push(NpArg::Shape(dims));
            }
            Some(e) => args.push(NpArg::Scalar(self.int_arg(e, &format!("`{}`", params(name)[1]))?)),
            None if name == "rot90" => {}
            None => {
                self.errors.push(
                    Diagnostic::error("numpy.resize() needs the argument `new_shape`").at(span, "missing an argument"),
                );
                return None;
            }
        }
        Some(Val::Array(self.extra_alloc(npfunc(name), d, n, cx, args, view, span)))
    }

    /// `np.linalg.lstsq(a, b, rcond)`: (x, residuals, rank, s).
    fn extra_lstsq(&mut self, c: &ast::ExprCall, a: ArrayRef, span: Range<usize>) -> Option<Val> {
        let b_e = Self::extra_arg(c, "linalg.lstsq", 1)?;
        let b = self.extra_array("linalg.lstsq", b_e)?;
        if b.ty.ndim > 2 {
            self.errors.push(
                Diagnostic::error("numpy.linalg.lstsq() needs a 1-d or 2-d `b`")
                    .at(range(b_e), format!("{}-d", b.ty.ndim))
                    .note("numpy raises LinAlgError"),
            );
            return None;
        }
        let d = if a.ty.dtype == b.ty.dtype { linalg_dtype(a.ty.dtype) } else { Scalar::F64 };
        let nb = b.ty.ndim;
        let mut args = vec![NpArg::Array(a), NpArg::Array(b)];
        // rcond=None is numpy's default.
        if let Some(e) = Self::extra_arg(c, "linalg.lstsq", 2).filter(|e| !is_none(e)) {
            let x = self.expr(e)?;
            args.push(NpArg::Keyword(kw("rcond"), x));
        }
        let x = self.extra_alloc(item("linalg.lstsq#0"), d, nb, false, args.clone(), None, span.clone());
        let res = self.extra_alloc(item("linalg.lstsq#1"), d, 1, false, args.clone(), None, span.clone());
        let rank = self.np_value(item("linalg.lstsq#2"), args.clone(), Scalar::I64, span.clone());
        let s = self.extra_alloc(item("linalg.lstsq#3"), d, 1, false, args, None, span);
        Some(Val::Tuple(vec![Val::Array(x), Val::Array(res), Val::Scalar(rank), Val::Array(s)]))
    }

    #[allow(clippy::too_many_arguments)]
    fn extra_alloc(
        &mut self,
        func: NpFunc,
        dtype: Scalar,
        ndim: u32,
        complex: bool,
        args: Vec<NpArg>,
        view_of: Option<std::collections::BTreeSet<String>>,
        span: Range<usize>,
    ) -> ArrayRef {
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex };
        let out = self.array_temp(ty, view_of.unwrap_or_default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        out
    }
}
