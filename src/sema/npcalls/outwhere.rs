//! numpy keywords and forms real numba code uses, each numpy's own call
//! where that keeps numpy's bits and errors: `np.clip(a, lo, hi, out=b)`
//! (numpy writes into `b`'s memory); a reduction's `where=mask` (np.sum,
//! mean, prod, min, max, var, std); `keepdims=`; `np.array`'s `copy=` and
//! `ndmin=`; the 1-d numpy.fft transforms and their `norm=` (the n-d ones
//! are fft.rs's); `np.matmul` of stacks of matrices; `np.histogram2d`.

use crate::sema::*;

impl Typer<'_> {
    /// `np.clip(..., out=o)`: numpy's clip of `args` writing into `o`
    /// (its same_kind cast and its broadcasting errors), whose value is
    /// `o` itself.
    pub(in crate::sema) fn clip_out(
        &mut self,
        o: &Expr,
        mut args: Vec<NpArg>,
        ndim: u32,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        if self.array_name(o).is_none() && self.view_ndim(o).is_none() {
            self.unsupported(range(o), "numpy.clip()'s `out=` anything but an array variable or a view is");
            return None;
        }
        let out = self.array_operand(o).done()?;
        if out.ty.complex || out.ty.ndim != ndim {
            self.errors.push(
                Diagnostic::error("this `out=` of numpy.clip() is not supported yet")
                    .at(range(o), "not a real array of the result's ndim")
                    .note(format!("pycc compiles out= a real {ndim}-d array here")),
            );
            return None;
        }
        // numpy's own error for a read-only `out` (it gets numpy's view).
        self.mark_written(&out.name);
        args.push(NpArg::Array(out.clone()));
        let var = self.fresh("clip", Scalar::I64);
        self.pre.push(TStmt::NpValue { var, imag: None, func: NpFunc::Clip, args, span });
        Some(out)
    }
}

impl Typer<'_> {
    /// A reduction's `where=mask` of an array: numpy's keyword (its
    /// broadcasting, its TypeError for a mask that is not bool).
    pub(in crate::sema) fn where_mask(&mut self, e: &Expr) -> Option<NpArg> {
        let m = self.array_operand(e).done()?;
        if m.ty.complex {
            self.errors.push(Diagnostic::error("a complex `where=` mask is not supported").at(range(e), "complex"));
            return None;
        }
        Some(NpArg::KeywordArray(crate::sema::numpy::keyword("where"), m))
    }
}

/// The nan-reductions whose `keepdims=` this file passes on.
pub(in crate::sema) const KEEPDIMS: [&str; 6] = ["count_nonzero", "nansum", "nanmean", "nanmax", "nanmin", "nanstd"];

/// Call `c`'s `keepdims=` keyword.
fn keepdims_of(c: &ast::ExprCall) -> Option<&Expr> {
    c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "keepdims")).map(|k| &k.value)
}

/// Whether call `c` says `keepdims=True` (a constant; the result keeps a's ndim).
pub(in crate::sema) fn keepdims_true(c: &ast::ExprCall) -> bool {
    matches!(keepdims_of(c), Some(Expr::Constant(k)) if matches!(k.value, ast::Constant::Bool(true)))
}

/// The constant `b` as a bool expression.
pub(in crate::sema) fn bool_const(b: bool, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() }
}

impl Typer<'_> {
    /// Call `c`'s `keepdims=`: true for a constant True, false for False
    /// or none given; None (reported) for anything but a constant.
    pub(in crate::sema) fn keepdims_arg(&mut self, c: &ast::ExprCall) -> Option<bool> {
        match keepdims_of(c) {
            None => Some(false),
            Some(Expr::Constant(k)) if matches!(k.value, ast::Constant::Bool(_)) => Some(keepdims_true(c)),
            Some(e) => {
                self.errors
                    .push(Diagnostic::error("`keepdims=` must be True or False here").at(range(e), "not a constant"));
                None
            }
        }
    }
}

/// Call `c`'s `ndmin=` when it is a constant int (numpy's result has at
/// least that many dimensions, ones prepended).
pub(in crate::sema) fn ndmin_of(c: &ast::ExprCall) -> Option<u32> {
    let k = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "ndmin"))?;
    match &k.value {
        Expr::Constant(x) => match &x.value {
            ast::Constant::Int(n) => u32::try_from(n).ok(),
            _ => None,
        },
        _ => None,
    }
}

impl Typer<'_> {
    /// `np.array(x, copy=...)` / `np.asarray(x, copy=...)`: whether the
    /// call may return `x` itself (copy=None, numpy's asarray; copy=False
    /// where no copy is needed), or must copy (copy=True).
    pub(in crate::sema) fn array_copy_flag(&mut self, c: &ast::ExprCall, asarray: bool, dtype: bool) -> Option<bool> {
        let Some(k) = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "copy")) else {
            return Some(asarray);
        };
        let Expr::Constant(x) = &k.value else {
            self.errors.push(
                Diagnostic::error("`copy=` must be True, False or None here").at(range(&k.value), "not a constant"),
            );
            return None;
        };
        match x.value {
            ast::Constant::Bool(true) => Some(false),
            ast::Constant::None => Some(true),
            ast::Constant::Bool(false) if !dtype && !matches!(c.args.first(), Some(Expr::List(_) | Expr::Tuple(_))) => {
                Some(true)
            }
            ast::Constant::Bool(false) => {
                self.errors.push(
                    Diagnostic::error("`copy=False` where numpy must copy is not supported")
                        .at(range(&k.value), "a copy is needed")
                        .note("numpy raises ValueError (unable to avoid copy); pass copy=None or True"),
                );
                None
            }
            _ => {
                self.errors.push(
                    Diagnostic::error("`copy=` must be True, False or None here").at(range(&k.value), "not a bool"),
                );
                None
            }
        }
    }

    /// `np.array(..., ndmin=k)`: array `a` with ones prepended to its shape
    /// up to `ndim` dimensions (numpy's own call), else `a` itself.
    pub(in crate::sema) fn with_ndmin(&mut self, a: ArrayRef, ndim: u32, span: Range<usize>) -> ArrayRef {
        if a.ty.ndim >= ndim {
            return a;
        }
        let k = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(ndim as i128)), span: span.clone() };
        let ty = ArrayTy { ndim, ..a.ty };
        let out = self.array_temp(ty, Default::default());
        let args = vec![NpArg::Array(a), NpArg::Keyword(crate::sema::numpy::keyword("ndmin"), k)];
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Copy, args, span });
        out
    }
}

/// numpy.fft's transforms this file compiles (`np.fft.fft(a, n, axis, norm)`).
pub(in crate::sema) const FFT_1D: [&str; 4] = ["fft.fft", "fft.ifft", "fft.rfft", "fft.irfft"];

/// Argument `k` of an fft call (positional, or by numpy's name).
pub(in crate::sema) fn fft_arg(c: &ast::ExprCall, k: usize) -> Option<&Expr> {
    let word = ["a", "n", "axis", "norm"][k];
    c.args
        .get(k)
        .or_else(|| c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == word)).map(|x| &x.value))
}

impl Typer<'_> {
    /// `np.fft.<name>` of call target `f`, as `FFT_1D` lists it.
    pub(in crate::sema) fn fft_1d_name(&self, f: &Expr) -> Option<&'static str> {
        let Expr::Attribute(m) = f else { return None };
        let Expr::Attribute(u) = m.value.as_ref() else { return None };
        if u.attr.as_str() != "fft" || !self.numpy_module_of(&u.value) {
            return None;
        }
        FFT_1D.iter().find(|n| n.strip_prefix("fft.") == Some(m.attr.as_str())).copied()
    }

    /// `np.fft.fft(a, n=None, axis=-1, norm=None)` and ifft / rfft / irfft:
    /// numpy's own pocketfft call (its bits, its errors for a bad `n` or
    /// axis). numpy 2 keeps single precision: float32 and complex64 give
    /// complex64 (float32 for irfft); other real dtypes are float64's.
    pub(in crate::sema) fn fft(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<ArrayRef> {
        let shown = ["a", "n=None", "axis=-1", "norm=None"];
        if self.unsupported_form(c, name, 4, &["a", "n", "axis", "norm"], &shown, span.clone()) {
            return None;
        }
        let Some(a_e) = fft_arg(c, 0) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() takes an array")).at(span, "here"));
            return None;
        };
        let a = self.array_operand(a_e).done()?;
        if name == "fft.rfft" && a.ty.complex {
            self.errors.push(
                Diagnostic::error("numpy.fft.rfft() of a complex array is a TypeError in numpy")
                    .at(range(a_e), "complex")
                    .note("numpy's rfft takes real input; use numpy.fft.fft"),
            );
            return None;
        }
        let single = a.ty.dtype == (Scalar::Float { bits: 32 });
        let dtype = if single { a.ty.dtype } else { Scalar::F64 };
        let func = NpFunc::ALL.into_iter().find(|f| f.name() == name).expect("listed in NpFunc::ALL");
        let ty =
            ArrayTy { dtype, ndim: a.ty.ndim, layout: crate::base::types::Layout::A, complex: name != "fft.irfft" };
        let mut args = vec![NpArg::Array(a)];
        for (k, what) in [(1, "`n`"), (2, "`axis`")] {
            if let Some(e) = fft_arg(c, k).filter(|e| !crate::sema::optional::is_none(e)) {
                let x = self.int_arg(e, what)?;
                args.push(NpArg::Keyword(crate::sema::numpy::keyword(["", "n", "axis"][k]), x));
            }
        }
        if let Some(e) = fft_arg(c, 3).filter(|e| !crate::sema::optional::is_none(e)) {
            args.push(self.fft_norm(e, name)?);
        }
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(out)
    }
}

impl Typer<'_> {
    /// "matmul" for `np.matmul(a, b)` of two arrays one of which is past
    /// 2-d (a stack of matrices; `a @ b` of them is rewritten to it).
    pub(in crate::sema) fn batched_matmul(&self, c: &ast::ExprCall) -> Option<&'static str> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if f.attr.as_str() != "matmul" || !self.numpy_module_of(&f.value) || !c.keywords.is_empty() {
            return None;
        }
        let [a, b] = c.args.as_slice() else { return None };
        let (na, nb) = (self.expr_ndim(a)?, self.expr_ndim(b)?);
        (na.max(nb) > 2 && na.min(nb) >= 1).then_some("matmul")
    }

    /// The ndim of `np.matmul(a, b)`: the stacks broadcast, a 1-d operand
    /// loses its axis.
    pub(in crate::sema) fn matmul_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        let (na, nb) = (self.expr_ndim(&c.args[0])?, self.expr_ndim(&c.args[1])?);
        Some(match (na, nb) {
            (1, n) | (n, 1) => n - 1,
            _ => na.max(nb),
        })
    }

    /// `np.matmul(a, b)` of stacks of matrices: numpy's own call (its
    /// loops and its ValueError for mismatched core dimensions), in the
    /// operands' promoted dtype.
    pub(in crate::sema) fn matmul_array(
        &mut self,
        c: &ast::ExprCall,
        ndim: u32,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        let mixed = "numpy.matmul() is compiled for arrays of one kind (real, or complex of one dtype)";
        self.product_array(c, ndim, NpFunc::Matmul, mixed, span)
    }
}

impl Typer<'_> {
    /// Whether `c` is `np.histogram2d(...)`.
    pub(in crate::sema) fn histogram2d_call(&self, c: &ast::ExprCall) -> bool {
        matches!(c.func.as_ref(), Expr::Attribute(f) if f.attr.as_str() == "histogram2d" && self.numpy_module_of(&f.value))
    }

    /// `np.histogram2d(x, y, bins=10, density=None, weights=None)` of 1-d
    /// real arrays, `bins` an int or a display of two: numpy's tuple
    /// (H float64 2-d, xedges, yedges), one numpy call per item.
    pub(in crate::sema) fn histogram2d(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let ps = ["x", "y", "bins"];
        let kws = ["x", "y", "bins", "density", "weights"];
        if self.unsupported_form(
            c,
            "histogram2d",
            3,
            &kws,
            &["x", "y", "bins=10", "density=None", "weights=None"],
            span.clone(),
        ) {
            return None;
        }
        let arg = |k: &str| {
            let pos = ps.iter().position(|p| *p == k).and_then(|j| c.args.get(j));
            pos.or_else(|| {
                c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == k)).map(|x| &x.value)
            })
        };
        let mut args = Vec::new();
        let mut edge_dtypes = Vec::new();
        for p in ["x", "y"] {
            let Some(e) = arg(p) else {
                self.errors.push(Diagnostic::error(format!("numpy.histogram2d() needs `{p}`")).at(span, "here"));
                return None;
            };
            let r = self.array_operand(e).done();
            let Some(r) = r.filter(|r| r.ty.ndim == 1 && !r.ty.complex) else {
                self.errors.push(
                    Diagnostic::error("numpy.histogram2d() is compiled for 1-d real arrays here")
                        .at(range(e), "not a 1-d real array"),
                );
                return None;
            };
            edge_dtypes.push(r.ty.dtype);
            args.push(NpArg::Array(r));
        }
        if let Some(b) = arg("bins").filter(|e| !crate::sema::optional::is_none(e)) {
            let bins = match b {
                Expr::List(l) if l.elts.len() == 2 => &l.elts[..],
                Expr::Tuple(t) if t.elts.len() == 2 => &t.elts[..],
                e => std::slice::from_ref(e),
            };
            let mut xs = Vec::new();
            for e in bins {
                xs.push(self.int_arg(e, "`bins`")?);
            }
            // numpy's third parameter: an int, or the tuple of two.
            args.push(if xs.len() == 1 { NpArg::Scalar(xs.remove(0)) } else { NpArg::Values(xs) });
        }
        // numpy stacks x and y into one sample array: the edges are in
        // its dtype where that is float32, else float64.
        let single = crate::sema::arrayops::promote(edge_dtypes[0], edge_dtypes[1]) == (Scalar::Float { bits: 32 });
        self.histogram2d_rest(c, args, if single { Scalar::Float { bits: 32 } } else { Scalar::F64 }, span)
    }
}

impl Typer<'_> {
    /// `np.histogram2d`'s `density=` (a constant) and `weights=` (a real
    /// array, after `args`), then its three items.
    fn histogram2d_rest(
        &mut self,
        c: &ast::ExprCall,
        mut args: Vec<NpArg>,
        edges: Scalar,
        span: Range<usize>,
    ) -> Option<Val> {
        let kw =
            |k: &str| c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == k)).map(|x| &x.value);
        if let Some(d) = kw("density").filter(|e| !crate::sema::optional::is_none(e)) {
            let Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(b), .. }) = d else {
                self.errors
                    .push(Diagnostic::error("`density=` must be True or False here").at(range(d), "not a constant"));
                return None;
            };
            args.push(NpArg::Keyword(crate::sema::numpy::keyword("density"), bool_const(*b, &span)));
        }
        if let Some(w) = kw("weights").filter(|e| !crate::sema::optional::is_none(e)) {
            let r = self.array_operand(w).done();
            let Some(r) = r.filter(|r| !r.ty.complex) else {
                self.errors.push(
                    Diagnostic::error("numpy.histogram2d()'s `weights` must be a real array here")
                        .at(range(w), "not a real array"),
                );
                return None;
            };
            args.push(NpArg::KeywordArray(crate::sema::numpy::keyword("weights"), r));
        }
        let mut items = Vec::new();
        for (k, (dtype, ndim)) in [(Scalar::F64, 2), (edges, 1), (edges, 1)].into_iter().enumerate() {
            let ty = ArrayTy { dtype, ndim, layout: crate::base::types::Layout::A, complex: false };
            let mut a = args.clone();
            a.push(NpArg::Scalar(self.constant(ConstValue::Int(k as i128), span.clone())?));
            let out = self.array_temp(ty, Default::default());
            self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Histogram2d, args: a, span: span.clone() });
            items.push(Val::Array(out));
        }
        Some(Val::Tuple(items))
    }
}

impl Typer<'_> {
    /// An fft's `norm=`: a constant 'backward', 'ortho' or 'forward'.
    pub(in crate::sema) fn fft_norm(&mut self, e: &Expr, name: &str) -> Option<NpArg> {
        let words = ["backward", "ortho", "forward"];
        let Some(w) = crate::sema::npfuncs::string_constant(e).filter(|s| words.contains(s)) else {
            self.errors.push(
                Diagnostic::error(format!(
                    "numpy.{name}()'s `norm` must be a constant 'backward', 'ortho' or 'forward' here"
                ))
                .at(range(e), "not a norm"),
            );
            return None;
        };
        let w = crate::tir::array::WORDS.iter().position(|x| *x == w).expect("listed");
        Some(NpArg::Word(Some(crate::sema::numpy::keyword("norm")), w))
    }
}
