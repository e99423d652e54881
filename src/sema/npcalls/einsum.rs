//! `np.einsum` of a constant subscript string,
//! `np.broadcast_to`, `np.take_along_axis`, `np.asarray_chkfinite`,
//! `np.unwrap`, `np.setxor1d`, `np.indices`, `np.isneginf`/`np.isposinf`,
//! `np.iscomplex`/`np.isreal`, `np.iscomplexobj`/`np.isrealobj`/
//! `np.isscalar`. As in setops.rs each is one call of numpy's own
//! function through the runtime (numpy's values and errors); the compiler
//! predicts the result's dtype and ndim from the arguments' form and the
//! runtime checks them.

use crate::base::types::Layout;
use crate::sema::arrayops::promote;
use crate::sema::npfuncs::string_constant;
use crate::sema::*;
use crate::tir::array::{EINSUMS, WORDS};

/// The functions this file types, by their numpy name.
pub(in crate::sema) const EINSUM_FUNCS: [&str; 14] = [
    "einsum",
    "broadcast_to",
    "take_along_axis",
    "asarray_chkfinite",
    "unwrap",
    "setxor1d",
    "indices",
    "isneginf",
    "isposinf",
    "iscomplex",
    "isreal",
    "iscomplexobj",
    "isrealobj",
    "isscalar",
];

/// numpy's parameter names compiled for each, in positional order, and
/// how many are required.
fn params(name: &str) -> (&'static [&'static str], usize) {
    match name {
        "broadcast_to" => (&["array", "shape"], 2),
        "take_along_axis" => (&["arr", "indices", "axis"], 2),
        "unwrap" => (&["p", "discont", "axis"], 1),
        "setxor1d" => (&["ar1", "ar2", "assume_unique"], 2),
        "indices" => (&["dimensions"], 1),
        "isneginf" | "isposinf" => (&["x"], 1),
        "iscomplex" | "isreal" | "iscomplexobj" | "isrealobj" | "isscalar" => (&["x"], 1),
        _ => (&["a"], 1),
    }
}

fn npfunc(name: &str) -> NpFunc {
    NpFunc::ALL.into_iter().find(|f| f.name() == name).expect("listed in NpFunc::ALL")
}

/// An einsum subscript string's input terms and its output (numpy's
/// implicit output: the letters that appear once, sorted).
pub(in crate::sema) fn einsum_parts(s: &str) -> (Vec<&str>, String) {
    let (inputs, explicit) = match s.split_once("->") {
        Some((i, o)) => (i, Some(o)),
        None => (s, None),
    };
    let terms: Vec<&str> = inputs.split(',').collect();
    let out = explicit.map(str::to_string).unwrap_or_else(|| {
        let mut once: Vec<char> =
            inputs.chars().filter(|c| c.is_ascii_alphabetic() && inputs.matches(*c).count() == 1).collect();
        once.sort_unstable();
        once.into_iter().collect()
    });
    (terms, out)
}

impl Typer<'_> {
    fn einsum_arg<'e>(c: &'e ast::ExprCall, name: &str, k: usize) -> Option<&'e Expr> {
        let ps = params(name).0;
        c.args.get(k).or_else(|| {
            c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == ps[k])).map(|x| &x.value)
        })
    }

    /// The ndim of what `np.<name>(...)` makes (0 for a number), None when
    /// its form does not tell.
    pub(in crate::sema) fn einsum_ndim(&self, c: &ast::ExprCall, name: &str) -> Option<u32> {
        let arg = |k: usize| Self::einsum_arg(c, name, k);
        let nd = |e: &Expr| if self.is_array_like(e) { self.expr_ndim(e) } else { Some(0) };
        match name {
            "einsum" => Some(einsum_parts(string_constant(c.args.first()?)?).1.len() as u32),
            "broadcast_to" => self.shape_len(std::slice::from_ref(arg(1)?)),
            // axis=None takes from the flattened array.
            "take_along_axis" => match arg(2) {
                Some(Expr::Constant(k)) if k.value.is_none() => Some(1),
                _ => self.expr_ndim(arg(0)?),
            },
            "asarray_chkfinite" | "unwrap" => self.expr_ndim(arg(0)?),
            "setxor1d" => Some(1),
            "indices" => Some(self.shape_len(std::slice::from_ref(arg(0)?))? + 1),
            "isneginf" | "isposinf" | "iscomplex" | "isreal" => nd(arg(0)?),
            _ => Some(0),
        }
    }

    /// Types `np.<name>(...)`: a number or an array.
    pub(in crate::sema) fn einsum_call(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<Val> {
        let (ps, required) = params(name);
        let positional = if name == "einsum" { usize::MAX } else { ps.len() };
        if self.unsupported_form(c, name, positional, if name == "einsum" { &[] } else { ps }, ps, span.clone()) {
            return None;
        }
        if name != "einsum"
            && ((0..required).any(|k| Self::einsum_arg(c, name, k).is_none())
                || (0..ps.len()).any(|k| {
                    // numpy.unwrap's `discont` defaults to None, which is passed for it.
                    let none_default = name == "unwrap" && k == 1;
                    !none_default
                        && Self::einsum_arg(c, name, k).is_none()
                        && Self::einsum_arg(c, name, k + 1).is_some()
                }))
        {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() needs the arguments {}", ps[..required].join(", ")))
                    .at(span, "missing an argument")
                    .note("pycc passes the arguments in numpy's order, with none left out before a later one"),
            );
            return None;
        }
        let (dtype, args, sources) = match name {
            "einsum" => self.einsum_args(c, span.clone())?,
            _ => self.einsum_plain_args(c, name)?,
        };
        let Some(ndim) = self.einsum_ndim(c, name) else {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}(): the result's number of dimensions is not known here"))
                    .at(span, "here")
                    .note("pass an array variable, a view or an array expression"),
            );
            return None;
        };
        let func = npfunc(name);
        if ndim == 0 {
            return Some(Val::Scalar(self.np_value(func, args, dtype, span)));
        }
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex: false };
        let out = self.array_temp(ty, sources);
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(Val::Array(out))
    }

    /// `np.einsum(subscripts, *operands)`: a subscript string of `EINSUMS`
    /// (the runtime passes it as one of its words) and as many real arrays
    /// as it has terms; numpy's result_type of them. Its result may be a
    /// view of an operand ('ij->ji', 'ii->i'), so it carries their sources.
    fn einsum_args(
        &mut self,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<(Scalar, Vec<NpArg>, std::collections::BTreeSet<String>)> {
        let (first, operands) = c.args.split_first().unzip();
        let subscripts = first.and_then(string_constant);
        let Some(s) = subscripts.filter(|s| EINSUMS.contains(s)) else {
            self.errors.push(
                Diagnostic::error("numpy.einsum() is compiled for these constant subscript strings only")
                    .at(first.map_or(span, range), "not one of them")
                    .note(format!(
                        "pycc compiles {}",
                        EINSUMS.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")
                    )),
            );
            return None;
        };
        let operands = operands.unwrap_or_default();
        let (terms, _) = einsum_parts(s);
        if terms.len() != operands.len() {
            self.errors.push(
                Diagnostic::error(format!(
                    "numpy.einsum('{s}') takes {} operands, {} given",
                    terms.len(),
                    operands.len()
                ))
                .at(span, "here")
                .note("numpy raises ValueError"),
            );
            return None;
        }
        let w = WORDS.iter().position(|x| *x == s).expect("EINSUMS are words");
        let mut args = vec![NpArg::Word(None, w)];
        let mut sources = std::collections::BTreeSet::new();
        let mut dtype = None;
        for e in operands {
            let r = self.npfunc_array_arg(e)?;
            sources.extend(self.array_sources.get(&r.name).cloned().unwrap_or_default());
            dtype = Some(dtype.map_or(r.ty.dtype, |d| promote(d, r.ty.dtype)));
            args.push(NpArg::Array(r));
        }
        Some((dtype?, args, sources))
    }

    /// The other functions: arrays, numbers and shapes in numpy's order.
    fn einsum_plain_args(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
    ) -> Option<(Scalar, Vec<NpArg>, std::collections::BTreeSet<String>)> {
        let arg = |k: usize| Self::einsum_arg(c, name, k);
        let mut sources = std::collections::BTreeSet::new();
        let mut args = Vec::new();
        let dtype = match name {
            "broadcast_to" => {
                // numpy's read-only view of the array.
                let a = self.npfunc_array_arg(arg(0)?)?;
                sources.extend(self.array_sources.get(&a.name).cloned().unwrap_or_default());
                sources.insert(crate::sema::arrays::READ_ONLY.to_string());
                let d = a.ty.dtype;
                args.push(NpArg::Array(a));
                args.push(NpArg::Shape(self.numpy_shape(arg(1)?)?));
                d
            }
            "take_along_axis" => {
                let a = self.npfunc_array_arg(arg(0)?)?;
                let i = self.npfunc_array_arg(arg(1)?)?;
                let d = a.ty.dtype;
                args.extend([NpArg::Array(a), NpArg::Array(i)]);
                match arg(2) {
                    Some(Expr::Constant(k)) if k.value.is_none() => args.push(NpArg::Word(None, 0)),
                    Some(e) => args.push(NpArg::Scalar(self.int_arg(e, "`axis`")?)),
                    None => {}
                }
                d
            }
            "asarray_chkfinite" => {
                let a = self.npfunc_array_arg(arg(0)?)?;
                let d = a.ty.dtype;
                args.push(NpArg::Array(a));
                d
            }
            "unwrap" => {
                let a = self.npfunc_array_arg(arg(0)?)?;
                let d = if a.ty.dtype.is_float() { a.ty.dtype } else { Scalar::F64 };
                args.push(NpArg::Array(a));
                match arg(1) {
                    Some(e) if !matches!(e, Expr::Constant(k) if k.value.is_none()) => {
                        args.push(NpArg::Scalar(self.expr(e)?))
                    }
                    Some(_) => args.push(NpArg::Word(None, 0)),
                    None if arg(2).is_some() => args.push(NpArg::Word(None, 0)),
                    None => {}
                }
                if let Some(e) = arg(2) {
                    args.push(NpArg::Scalar(self.int_arg(e, "`axis`")?));
                }
                d
            }
            "setxor1d" => {
                let a = self.npfunc_array_arg(arg(0)?)?;
                let b = self.npfunc_array_arg(arg(1)?)?;
                let d = promote(a.ty.dtype, b.ty.dtype);
                args.extend([NpArg::Array(a), NpArg::Array(b)]);
                if let Some(e) = arg(2) {
                    args.push(NpArg::Scalar(self.expr(e)?));
                }
                d
            }
            "indices" => {
                args.push(NpArg::Shape(self.numpy_shape(arg(0)?)?));
                Scalar::I64
            }
            // isneginf, isposinf, iscomplex, isreal and the *obj tests: bools,
            // of complex arrays too (numpy's TypeError for isneginf of one).
            _ => {
                let x = arg(0)?;
                if self.is_array_like(x) {
                    args.push(NpArg::Array(self.array_operand(x).done()?));
                } else if self.is_complex(x) {
                    let (re, im) = self.cexpr(x)?;
                    args.push(NpArg::Complex(re, im));
                } else {
                    args.push(NpArg::Scalar(self.expr(x)?));
                }
                Scalar::Bool
            }
        };
        Some((dtype, args, sources))
    }
}
