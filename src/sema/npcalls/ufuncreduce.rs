//! The ufunc reductions numpy has no function for: `np.add.reduceat(a,
//! indices, axis=0)` (and multiply's, maximum's, minimum's: sums of
//! slices), `np.fmax.reduce(a, axis=0)`, `np.fmin.reduce` and the bitwise
//! ones' `.reduce` (`np.bitwise_or.reduce(flags)`). Each is numpy's own
//! method through the runtime, so the values, the dtype and the errors are
//! numpy's (reduceat's `indices[i] >= indices[i+1]` giving `a[indices[i]]`,
//! its IndexError for an index out of range; fmax's nan skipping; the
//! empty-array ValueError); the result dtype is predicted here as numpy's.

use crate::sema::optional::is_none;
use crate::sema::*;
use rustpython_parser::ast::{self, Expr};

/// The ufunc methods this file types, by `npfunc_call`'s name.
pub(in crate::sema) const UFUNC_REDUCE: [&str; 9] = [
    "add.reduceat",
    "multiply.reduceat",
    "maximum.reduceat",
    "minimum.reduceat",
    "fmax.reduce",
    "fmin.reduce",
    "bitwise_or.reduce",
    "bitwise_and.reduce",
    "bitwise_xor.reduce",
];

fn func_of(name: &str) -> NpFunc {
    match name {
        "add.reduceat" => NpFunc::AddReduceat,
        "multiply.reduceat" => NpFunc::MultiplyReduceat,
        "maximum.reduceat" => NpFunc::MaximumReduceat,
        "minimum.reduceat" => NpFunc::MinimumReduceat,
        "fmax.reduce" => NpFunc::FmaxReduce,
        "fmin.reduce" => NpFunc::FminReduce,
        "bitwise_or.reduce" => NpFunc::BitwiseOrReduce,
        "bitwise_and.reduce" => NpFunc::BitwiseAndReduce,
        _ => NpFunc::BitwiseXorReduce,
    }
}

/// The dtype numpy's `name` gives an array of `d`: add and multiply
/// accumulate ints narrower than 64 bits and bools in int64 (unsigned in
/// uint64), as `np.sum`; the others keep the dtype.
fn result_dtype(name: &str, d: Scalar) -> Scalar {
    match (name, d) {
        ("add.reduceat" | "multiply.reduceat", Scalar::Bool) => Scalar::I64,
        ("add.reduceat" | "multiply.reduceat", Scalar::Int { signed, .. }) => Scalar::Int { bits: 64, signed },
        _ => d,
    }
}

impl Typer<'_> {
    /// `np.<ufunc>.<method>` of `f`, as `UFUNC_REDUCE` names it.
    pub(in crate::sema) fn ufunc_reduce_name(&self, f: &Expr) -> Option<&'static str> {
        let Expr::Attribute(m) = f else { return None };
        let Expr::Attribute(u) = m.value.as_ref() else { return None };
        if !self.numpy_module_of(&u.value) {
            return None;
        }
        let full = format!("{}.{}", u.attr.as_str(), m.attr.as_str());
        UFUNC_REDUCE.iter().find(|n| **n == full).copied()
    }

    fn ufunc_reduce_arg<'e>(c: &'e ast::ExprCall, name: &str, k: usize) -> Option<&'e Expr> {
        let words: &[&str] =
            if name.ends_with("reduceat") { &["array", "indices", "axis"] } else { &["array", "axis"] };
        let word = words.get(k)?;
        c.args.get(k).or_else(|| {
            c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == *word)).map(|x| &x.value)
        })
    }

    /// The ndim of the array the call makes, None for a number: reduceat
    /// keeps its operand's; a reduce takes its axis away (all of them
    /// with `axis=None`).
    pub(in crate::sema) fn ufunc_reduce_ndim(&self, c: &ast::ExprCall, name: &str) -> Option<u32> {
        let n = self.expr_ndim(Self::ufunc_reduce_arg(c, name, 0)?)?;
        if name.ends_with("reduceat") {
            return Some(n);
        }
        match Self::ufunc_reduce_arg(c, name, 1) {
            Some(e) if is_none(e) => None,
            _ => n.checked_sub(1).filter(|&k| k > 0),
        }
    }

    /// Types the call: a new array, or (a reduce of a 1-d array or with
    /// `axis=None`) a number.
    pub(in crate::sema) fn ufunc_reduce_call(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        span: Range<usize>,
    ) -> Option<Val> {
        let reduceat = name.ends_with("reduceat");
        let (words, shown): (&[&str], &[&str]) = if reduceat {
            (&["array", "indices", "axis"], &["array", "indices", "axis=0"])
        } else {
            (&["array", "axis"], &["array", "axis=0"])
        };
        if self.unsupported_form(c, name, words.len(), words, shown, span.clone()) {
            return None;
        }
        let Some(a) = Self::ufunc_reduce_arg(c, name, 0) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() takes an array")).at(span, "here"));
            return None;
        };
        let r = self.npfunc_array_arg(a)?;
        if name.starts_with("bitwise") && r.ty.dtype.is_float() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() of a float array is a TypeError in numpy"))
                    .at(range(a), "a float array")
                    .note("the bitwise ufuncs take int and bool arrays"),
            );
            return None;
        }
        let mut args = vec![NpArg::Array(r.clone())];
        if reduceat {
            args.push(NpArg::Array(self.reduceat_indices(c, name, &span)?));
        }
        let axis_at = usize::from(reduceat) + 1;
        let axis = Self::ufunc_reduce_arg(c, name, axis_at);
        match axis {
            Some(e) if is_none(e) && reduceat => {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{name}() with axis=None is a TypeError in numpy"))
                        .at(range(e), "axis=None")
                        .note("reduceat takes one axis: name it"),
                );
                return None;
            }
            // WORDS[0] is None: all axes.
            Some(e) if is_none(e) => args.push(NpArg::Word(None, 0)),
            Some(e) => {
                let x = self.expr(e)?;
                if !matches!(x.ty, Scalar::Int { .. }) {
                    self.errors
                        .push(Diagnostic::error("a ufunc method's axis must be an int").at(range(e), "not an int"));
                    return None;
                }
                args.push(NpArg::Scalar(cast(x, Scalar::I64)));
            }
            None => {}
        }
        let dtype = result_dtype(name, r.ty.dtype);
        let func = func_of(name);
        match self.ufunc_reduce_ndim(c, name) {
            Some(ndim) => {
                let ty = ArrayTy { dtype, ndim, layout: crate::base::types::Layout::A, complex: false };
                let out = self.array_temp(ty, Default::default());
                self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
                Some(Val::Array(out))
            }
            None => Some(Val::Scalar(self.np_value(func, args, dtype, span))),
        }
    }

    /// reduceat's `indices`: an int array (numpy casts them to intp
    /// safely, so a float array is its TypeError, reported here).
    fn reduceat_indices(&mut self, c: &ast::ExprCall, name: &str, span: &Range<usize>) -> Option<ArrayRef> {
        let Some(e) = Self::ufunc_reduce_arg(c, name, 1) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() takes indices")).at(span.clone(), "here"));
            return None;
        };
        let r = self.npfunc_array_arg(e)?;
        let fits = match r.ty.dtype {
            Scalar::Int { signed: true, .. } => true,
            Scalar::Int { bits, signed: false } => bits < 64,
            _ => false,
        };
        if !fits || r.ty.ndim != 1 {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}()'s indices must be a 1-d int array"))
                    .at(range(e), format!("a {}-d {} array", r.ty.ndim, r.ty.dtype))
                    .note("numpy casts the indices to intp with the 'safe' rule"),
            );
            return None;
        }
        Some(r)
    }
}
