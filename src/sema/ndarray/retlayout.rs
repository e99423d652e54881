//! Returned arrays and the layout the signature declares. A numpy call's
//! result (`np.vstack`, `np.column_stack`, `np.dot`) is typed layout A:
//! numpy may hand back a Fortran-ordered array. numba allocates those
//! results C-ordered, so real files declare them `f8[:, ::1]`; where the
//! signature does, the return is numpy's `ascontiguousarray` of the value
//! (the array itself when it is C-contiguous, as it nearly always is), so
//! the declared layout holds for callers and the wrapper.
//! A float returned where an int is declared is converted as numba's
//! cast does, toward zero (`int(x)`), with int()'s errors for nan and inf.

use crate::base::types::{ArrayTy, Layout, Scalar, Ty};
use crate::sema::{Typer, Val};
use crate::tir::array::{NpArg, NpFunc};
use crate::tir::{TExpr, TExprKind, TStmt};
use std::ops::Range;

impl Typer<'_> {
    /// `v` made C-contiguous wherever `declared` (the export's declared
    /// return, or an item of it) wants a C array and `v` has layout A.
    pub(in crate::sema) fn contiguous_return(&mut self, v: Val, declared: &Ty, span: &Range<usize>) -> Val {
        match (v, declared) {
            (Val::Array(a), Ty::Array(want)) if needs_copy(&a.ty, want) => {
                let sources = self.array_sources.get(&a.name).cloned().unwrap_or_default();
                let out = self.array_temp(ArrayTy { layout: Layout::C, ..a.ty }, sources);
                let args = vec![NpArg::Array(a)];
                self.pre.push(TStmt::Alloc {
                    array: out.clone(),
                    func: NpFunc::Ascontiguousarray,
                    args,
                    span: span.clone(),
                });
                Val::Array(out)
            }
            (Val::Scalar(e), Ty::Scalar(Scalar::Int { .. })) if e.ty.is_float() => {
                let span = e.span.clone();
                let x = crate::sema::cast(e, Scalar::F64);
                Val::Scalar(TExpr { ty: Scalar::I64, kind: TExprKind::FloatToInt(Box::new(x)), span })
            }
            (Val::Tuple(items), Ty::Tuple(want)) if items.len() == want.len() => {
                Val::Tuple(items.into_iter().zip(want).map(|(x, w)| self.contiguous_return(x, w, span)).collect())
            }
            (v, _) => v,
        }
    }
}

/// An array of `want`'s dtype and ndim, of unknown layout, where C is declared.
fn needs_copy(have: &ArrayTy, want: &ArrayTy) -> bool {
    want.layout == Layout::C
        && have.layout == Layout::A
        && have.ndim == want.ndim
        && have.fits(&ArrayTy { layout: Layout::A, ..*want })
}
