//! More of numpy.fft as real numba
//! code calls it (`np.fft.fft2` / `ifft2` / `fftn` / `ifftn` / `rfft2` /
//! `irfft2`, `fftfreq` / `rfftfreq`,
//! `fftshift` / `ifftshift`, also through `from numpy.fft import ...` and
//! `import numpy.fft as fft`: syntax/npnames.rs), and `np.unique(a,
//! axis=k)`; each numpy's own call through the runtime, so its bits and
//! errors are numpy's.

use crate::sema::*;

/// numpy.fft's functions this file compiles, by `npfunc_call`'s name.
pub(in crate::sema) const FFT_MORE: [&str; 12] = [
    "fft.fft2",
    "fft.ifft2",
    "fft.fftn",
    "fft.ifftn",
    "fft.rfft2",
    "fft.irfft2",
    "fft.rfftn",
    "fft.irfftn",
    "fft.fftfreq",
    "fft.rfftfreq",
    "fft.fftshift",
    "fft.ifftshift",
];

/// The n-d transforms (`a, s=None, axes=None, norm=None`).
const TRANSFORMS: [&str; 8] =
    ["fft.fft2", "fft.ifft2", "fft.fftn", "fft.ifftn", "fft.rfft2", "fft.irfft2", "fft.rfftn", "fft.irfftn"];

/// numpy's parameter names of each (the ones pycc passes on).
fn params(name: &str) -> &'static [&'static str] {
    match name {
        _ if TRANSFORMS.contains(&name) => &["a", "s", "axes", "norm"],
        "fft.fftfreq" | "fft.rfftfreq" => &["n", "d"],
        _ => &["x", "axes"],
    }
}

/// Argument `k` of call `c` of `name` (positional, or by numpy's name).
fn arg<'e>(c: &'e ast::ExprCall, name: &str, k: usize) -> Option<&'e Expr> {
    let word = params(name)[k];
    c.args
        .get(k)
        .or_else(|| c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == word)).map(|x| &x.value))
        .filter(|e| !crate::sema::optional::is_none(e))
}

/// `np.unique(a, axis=k)`'s axis (None for `axis=None`, numpy's flattening).
pub(in crate::sema) fn unique_axis(c: &ast::ExprCall) -> Option<&Expr> {
    let k = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis"))?;
    (!crate::sema::optional::is_none(&k.value)).then_some(&k.value)
}

impl Typer<'_> {
    /// `np.fft.<name>` of call target `f`, as `FFT_MORE` lists it.
    pub(in crate::sema) fn fft_more_name(&self, f: &Expr) -> Option<&'static str> {
        let Expr::Attribute(m) = f else { return None };
        let Expr::Attribute(u) = m.value.as_ref() else { return None };
        if u.attr.as_str() != "fft" || !self.numpy_module_of(&u.value) {
            return None;
        }
        FFT_MORE.iter().find(|n| n.strip_prefix("fft.") == Some(m.attr.as_str())).copied()
    }

    /// The ndim of the array `c` makes: 1 for the frequencies, else its
    /// operand's.
    pub(in crate::sema) fn fft_more_ndim(&self, c: &ast::ExprCall, name: &str) -> Option<u32> {
        match name {
            "fft.fftfreq" | "fft.rfftfreq" => Some(1),
            _ => self.expr_ndim(arg(c, name, 0)?),
        }
    }

    /// Types `np.fft.<name>(...)`: numpy's own call, a new array.
    pub(in crate::sema) fn fft_more_call(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        let transform = TRANSFORMS.contains(&name);
        let shown: &[&str] = match name {
            _ if transform => &["a", "s=None", "axes=None", "norm=None"],
            "fft.fftfreq" | "fft.rfftfreq" => &["n", "d=1.0"],
            _ => &["x", "axes=None"],
        };
        let kws: Vec<&str> = shown.iter().map(|s| s.split('=').next().unwrap_or(s)).collect();
        let positional = if transform { 4 } else { 2 };
        if self.unsupported_form(c, name, positional, &kws, shown, span.clone()) {
            return None;
        }
        let func = NpFunc::ALL.into_iter().find(|f| f.name() == name).expect("listed in NpFunc::ALL");
        let (ty, args) = match name {
            "fft.fftfreq" | "fft.rfftfreq" => self.fftfreq_args(c, name, span.clone())?,
            _ if transform => self.fft2_args(c, name, span.clone())?,
            _ => self.fftshift_args(c, name, span.clone())?,
        };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(out)
    }

    /// `np.fft.fftfreq(n, d=1.0)` / `rfftfreq`: float64 (numpy's int
    /// array times the Python float `1.0 / (n * d)`); `n` an int.
    fn fftfreq_args(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<(ArrayTy, Vec<NpArg>)> {
        let Some(n) = arg(c, name, 0) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() needs `n`")).at(span, "here"));
            return None;
        };
        let mut args = vec![NpArg::Scalar(self.int_arg(n, "`n`")?)];
        if let Some(d) = arg(c, name, 1) {
            let x = self.expr(d)?;
            if !matches!(x.ty, Scalar::Int { .. } | Scalar::Float { .. } | Scalar::Bool) {
                self.errors.push(Diagnostic::error("`d` must be a real number here").at(range(d), "not a number"));
                return None;
            }
            // numpy's `1.0 / (n * d)` of a Python number.
            let x = if matches!(x.ty, Scalar::Float { .. }) { cast(x, Scalar::F64) } else { cast(x, Scalar::I64) };
            args.push(NpArg::Scalar(x));
        }
        let ty = ArrayTy { dtype: Scalar::F64, ndim: 1, layout: crate::base::types::Layout::A, complex: false };
        Some((ty, args))
    }

    /// `np.fft.fft2(a, s=None, axes=None, norm=None)` / `ifft2` / `fftn` /
    /// `ifftn` / `rfft2` / `rfftn`: complex, complex64 for float32 and
    /// complex64 input (numpy 2's pocketfft keeps single precision), else
    /// complex128; `irfft2` / `irfftn` real. `s` changes the extents only
    /// (the ndim stays a's; numpy checks `s` against `axes`).
    fn fft2_args(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<(ArrayTy, Vec<NpArg>)> {
        let Some(a_e) = arg(c, name, 0) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() takes an array")).at(span, "here"));
            return None;
        };
        let a = self.array_operand(a_e).done()?;
        if matches!(name, "fft.rfft2" | "fft.rfftn") && a.ty.complex {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() of a complex array is a TypeError in numpy"))
                    .at(range(a_e), "complex")
                    .note("numpy's rfft2 takes real input; use numpy.fft.fft2"),
            );
            return None;
        }
        let dtype = if a.ty.dtype == (Scalar::Float { bits: 32 }) { a.ty.dtype } else { Scalar::F64 };
        let complex = !matches!(name, "fft.irfft2" | "fft.irfftn");
        let ty = ArrayTy { dtype, ndim: a.ty.ndim, layout: crate::base::types::Layout::A, complex };
        let mut args = vec![NpArg::Array(a)];
        args.extend(self.fft_s_axes(c, name)?);
        if let Some(e) = arg(c, name, 3) {
            args.push(self.fft_norm(e, name)?);
        }
        Some((ty, args))
    }

    /// `np.fft.fftshift(x, axes=None)` / `ifftshift`: numpy's roll of `x`
    /// (its dtype and ndim); `axes` an int.
    fn fftshift_args(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<(ArrayTy, Vec<NpArg>)> {
        let Some(x_e) = arg(c, name, 0) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() takes an array")).at(span, "here"));
            return None;
        };
        let x = self.array_operand(x_e).done()?;
        let ty = ArrayTy { layout: crate::base::types::Layout::A, ..x.ty };
        let mut args = vec![NpArg::Array(x)];
        if let Some(e) = arg(c, name, 1) {
            if matches!(e, Expr::Tuple(_) | Expr::List(_)) {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{name}()'s `axes` is compiled as one int here"))
                        .at(range(e), "a sequence of axes"),
                );
                return None;
            }
            let k = self.int_arg(e, "`axes`")?;
            args.push(NpArg::Keyword(crate::sema::numpy::keyword("axes"), k));
        }
        Some((ty, args))
    }
}

impl Typer<'_> {
    /// The ndim of `np.array(arg)` where `arg` is a list display of arrays
    /// or a list variable of arrays: one more than the items'.
    pub(in crate::sema) fn array_of_arrays_ndim(&self, arg: &Expr) -> Option<u32> {
        if let Some(t) = self.list_of_arrays(arg) {
            return Some(t.ndim + 1);
        }
        let Expr::List(l) = arg else { return None };
        let ns = l.elts.iter().map(|e| self.is_array_like(e).then(|| self.expr_ndim(e)).flatten());
        let ns = ns.collect::<Option<Vec<u32>>>()?;
        (ns.first().is_some_and(|n| ns.iter().all(|m| m == n))).then(|| ns[0] + 1)
    }

    /// `np.array([a, b, ...])` of arrays of one ndim, or `np.array(parts)`
    /// of a list variable of arrays: numpy's own `array()` of them (stacked
    /// along a new first axis in numpy's result_type; its ValueError for
    /// items whose shapes differ).
    pub(in crate::sema) fn array_of_arrays(&mut self, arg: &Expr, span: &Range<usize>) -> Claim<ArrayRef> {
        let ndim = or_not_mine!(self.array_of_arrays_ndim(arg));
        let layout = crate::base::types::Layout::A;
        if let Some(t) = self.list_of_arrays(arg) {
            let a = self.array_list_arg(arg, t);
            return Claim::Done(self.keep_alloc(ArrayTy { ndim, layout, ..t }, a, span));
        }
        let Expr::List(l) = arg else { return Claim::NotMine };
        let mut arrays = Vec::new();
        for e in &l.elts {
            arrays.push(mine!(self.array_operand(e)));
        }
        let complex = arrays[0].ty.complex;
        if arrays.iter().any(|r| r.ty.complex != complex || complex && r.ty.dtype != arrays[0].ty.dtype) {
            self.errors.push(
                Diagnostic::error("numpy.array() of complex arrays is compiled for arrays of one dtype only")
                    .at(range(arg), "dtypes differ"),
            );
            return Claim::Failed;
        }
        let dtype = arrays.iter().fold(arrays[0].ty.dtype, |d, r| crate::sema::arrayops::promote(d, r.ty.dtype));
        Claim::Done(self.keep_alloc(ArrayTy { ndim, layout, dtype, complex }, NpArg::Arrays(arrays), span))
    }

    /// numpy's `array(arg)` as a new array of type `ty`.
    fn keep_alloc(&mut self, ty: ArrayTy, arg: NpArg, span: &Range<usize>) -> ArrayRef {
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc {
            array: out.clone(),
            func: NpFunc::ArrayKeep,
            args: vec![arg],
            span: span.clone(),
        });
        out
    }
}
