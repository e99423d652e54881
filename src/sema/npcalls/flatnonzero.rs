//! `np.flatnonzero(a)` (also `np.where(a)[0]` and `np.nonzero(a)[0]`) of a
//! 1-d int or float array as two loops: a count, then the indices into a
//! new int64 array of that length. numpy's `PyArray_Nonzero` calls the
//! dtype's `nonzero` function once an element for every dtype but bool; the
//! loops here are plain compares (the count vectorizes).

use crate::base::types::Layout;
use crate::sema::arrays::{bin, int64, load};
use crate::sema::*;

impl Typer<'_> {
    /// The indices of `a`'s nonzero items, computed inline; None (the
    /// caller takes numpy's call) for n-d, complex and bool arrays.
    pub(in crate::sema) fn flatnonzero_inline(&mut self, a: &ArrayRef, span: &Range<usize>) -> Option<ArrayRef> {
        // numpy's bool arrays take a branch-free SIMD path, faster than
        // these loops on random masks: those stay numpy's call.
        if a.ty.ndim != 1 || a.ty.complex || a.ty.dtype == Scalar::Bool {
            return None;
        }
        let var = |v: Var, ty: Scalar| TExpr { ty, kind: TExprKind::Var(v), span: span.clone() };
        // An item is nonzero as numpy's `nonzero` has it: `x != 0`, so a
        // nan counts and -0.0 does not (Python's truth of the number).
        let nonzero = |i: Var| truth(load(a.clone(), vec![var(i, Scalar::I64)], span));
        let n = var(a.shape[0], Scalar::I64);
        let count = self.fresh("nnz", Scalar::I64);
        self.pre.push(TStmt::Assign { var: count, value: int64(0, span) });
        let i = self.fresh("nzi", Scalar::I64);
        let add = bin(BinOp::Add, var(count, Scalar::I64), cast(nonzero(i), Scalar::I64));
        self.pre.push(TStmt::For {
            var: i,
            start: int64(0, span),
            stop: n.clone(),
            step: int64(1, span),
            body: vec![TStmt::Assign { var: count, value: add }],
            orelse: Vec::new(),
        });
        let out = self
            .array_temp(ArrayTy { dtype: Scalar::I64, ndim: 1, layout: Layout::C, complex: false }, Default::default());
        let shape = NpArg::Shape(vec![var(count, Scalar::I64)]);
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Empty, args: vec![shape], span: span.clone() });
        let (j, k) = (self.fresh("nzj", Scalar::I64), self.fresh("nzk", Scalar::I64));
        self.pre.push(TStmt::Assign { var: j, value: int64(0, span) });
        let found = vec![
            TStmt::Store { array: out.clone(), indices: vec![var(j, Scalar::I64)], value: var(k, Scalar::I64) },
            TStmt::Assign { var: j, value: bin(BinOp::Add, var(j, Scalar::I64), int64(1, span)) },
        ];
        self.pre.push(TStmt::For {
            var: k,
            start: int64(0, span),
            stop: n,
            step: int64(1, span),
            body: vec![TStmt::If { cond: nonzero(k), then: found, orelse: Vec::new() }],
            orelse: Vec::new(),
        });
        Some(out)
    }
}
