//! Fused order-free reductions: `np.max(np.abs(a - b))`, `np.any(x < 0)`,
//! `(a > t).sum()`, `np.prod(k + 1)`, `e.all()` of an elementwise
//! expression `e`, with no axis, computed as the loop makes the elements,
//! with no temporary array and no numpy call.
//!
//! These are the reductions whose value does not depend on the order the
//! elements are combined in: `any`/`all`, `min`/`max` of ints and bools,
//! `sum`/`prod` of ints and bools (numpy's int64 or uint64 accumulator
//! wraps, and wrapping addition and multiplication are associative). So
//! one loop over the expression's shape in any order gives numpy's value.
//! `argmin`/`argmax` are too, taken in C order (numpy's first extreme).
//! `min`/`max` of floats are order-free except for which zero (+0.0 or
//! -0.0) or which nan comes back, which numpy's SIMD loops decide: a loop
//! result that is a zero or a nan, or an empty operand (numpy's
//! ValueError), is recomputed by numpy from the temporary instead.
//! This is a child module of arrayops, whose tree types it uses.

use super::*;

/// The most elements of a float array whose min, max, argmin or argmax a
/// loop computes rather than numpy (measured: numpy's call costs about
/// 1 µs, the loop about 1 ns an element).
const SMALL: i128 = 1024;

/// Whether `func` of elements of `dtype` is order-free (see the module doc).
pub(super) fn applies(func: NpFunc, dtype: Scalar) -> bool {
    match func {
        NpFunc::Sum | NpFunc::Prod => !dtype.is_float(),
        NpFunc::Min | NpFunc::Max | NpFunc::Any | NpFunc::All | NpFunc::Argmin | NpFunc::Argmax => true,
        _ => false,
    }
}

impl Typer<'_> {
    /// `func` (no axis) of array `a` itself as one loop where that is
    /// always faster than numpy's call (about 1 µs): `any`/`all`, and
    /// `sum`/`prod`/`min`/`max` of ints and bools, whose loops vectorize;
    /// float `min`/`max`/`argmin`/`argmax` when the array is small.
    /// Err(a): numpy's call it is.
    pub(in crate::sema) fn exact_array(
        &mut self,
        func: NpFunc,
        a: ArrayRef,
        span: &Range<usize>,
    ) -> Option<std::result::Result<TExpr, ArrayRef>> {
        let plain = !a.ty.complex
            && match func {
                NpFunc::Any | NpFunc::All => true,
                NpFunc::Sum | NpFunc::Prod | NpFunc::Min | NpFunc::Max => !a.ty.dtype.is_float(),
                _ => false,
            };
        if plain {
            return self.exact_reduce(func, Tree::Leaf(Operand::Array(a)), span).map(Ok);
        }
        let extreme = matches!(func, NpFunc::Min | NpFunc::Max | NpFunc::Argmin | NpFunc::Argmax);
        if a.ty.complex || !extreme {
            return Some(Err(a));
        }
        // A float min/max/argmin/argmax: the loop (which does not
        // vectorize) for arrays small enough that numpy's call costs more
        // than the loop, numpy's own SIMD loop for larger ones.
        let count = self.extent_product(&a.shape, span)?;
        let outer = std::mem::take(&mut self.pre);
        let looped = self.exact_reduce(func, Tree::Leaf(Operand::Array(a.clone())), span);
        let small = std::mem::replace(&mut self.pre, outer);
        let x = looped?;
        let TExprKind::Var(result) = x.kind else { unreachable!("exact_reduce's result is its variable") };
        let outer = std::mem::take(&mut self.pre);
        let big = match func {
            NpFunc::Argmin | NpFunc::Argmax => Some(self.arg_call(func, a, span)),
            _ => self.reduce(func, a, None, span.clone()),
        };
        if let Some(v) = big.clone() {
            self.pre.push(TStmt::Assign { var: result, value: v });
        }
        let large = std::mem::replace(&mut self.pre, outer);
        big?;
        let cond = cmp(CmpOp::Le, count, int64(SMALL, span));
        self.pre.push(TStmt::If { cond, then: small, orelse: large });
        Some(Ok(TExpr { kind: TExprKind::Var(result), ..x }))
    }

    /// numpy's `argmin`/`argmax` (`func`) of array `a`, an int64.
    fn arg_call(&mut self, func: NpFunc, a: ArrayRef, span: &Range<usize>) -> TExpr {
        self.np_value(func, vec![NpArg::Array(a)], Scalar::I64, span.clone())
    }

    /// `if cond: result = <numpy's value>`, the value's statements (pushed
    /// by `value`) inside the branch: numpy recomputes what the loop cannot
    /// decide. None (reported) when the value does not type.
    fn numpy_when(&mut self, cond: TExpr, result: Var, value: impl FnOnce(&mut Self) -> Option<TExpr>) -> Option<()> {
        let outer = std::mem::take(&mut self.pre);
        let v = value(self);
        if let Some(v) = v.clone() {
            self.pre.push(TStmt::Assign { var: result, value: v });
        }
        let then = std::mem::replace(&mut self.pre, outer);
        v?;
        self.pre.push(TStmt::If { cond, then, orelse: Vec::new() });
        Some(())
    }

    /// The array leaves of `node`, each read at extents `shape`.
    fn leaf_reads(&mut self, node: &Tree, shape: &[Var], span: &Range<usize>) -> Vec<ArrayRef> {
        let mut leaves = Vec::new();
        node.arrays(&mut leaves);
        self.reads_at(&leaves, shape, span)
    }

    /// `node` as an array: computed (a node), or the array it is.
    fn as_array(&mut self, node: Tree, span: &Range<usize>) -> Option<ArrayRef> {
        match node {
            Tree::Leaf(Operand::Array(a)) => Some(a),
            n => self.compute(n, span),
        }
    }

    /// `func` of node `node` (`applies`, or an array leaf) in one loop.
    pub(in crate::sema) fn exact_reduce(&mut self, func: NpFunc, node: Tree, span: &Range<usize>) -> Option<TExpr> {
        if matches!(func, NpFunc::Argmin | NpFunc::Argmax) {
            return self.exact_arg(func, node, span);
        }
        let (dtype, shape) = dtype_and_shape(&node);
        let rdtype = func.reduced_dtype(dtype);
        let acc = self.fresh("acc", rdtype);
        let var = |x: Var, ty: Scalar| TExpr { ty, kind: TExprKind::Var(x), span: span.clone() };
        self.pre.push(TStmt::Assign { var: acc, value: start(func, dtype, rdtype, span) });
        let float_extreme = dtype.is_float() && matches!(func, NpFunc::Min | NpFunc::Max);
        let nan = float_extreme.then(|| self.fresh("nan", Scalar::Bool));
        if let Some(n) = nan {
            self.pre.push(TStmt::Assign { var: n, value: boolean(false, span) });
        }
        let reads = self.leaf_reads(&node, &shape, span);
        // A float element is read three times: computed once.
        let elem = nan.map(|_| self.fresh("elem", dtype));
        let fold = self.loop_nest(&shape, span, |idx| {
            let mut loads = reads.into_iter().map(|a| load(a, idx.clone(), span));
            let mut v = cast(node.value(&mut loads), dtype);
            let mut body = Vec::new();
            if let Some(x) = elem {
                body.push(TStmt::Assign { var: x, value: v });
                v = var(x, dtype);
            }
            body.push(TStmt::Assign { var: acc, value: step(func, var(acc, rdtype), v.clone(), span) });
            if let Some(n) = nan {
                let isnan = TExpr {
                    ty: Scalar::Bool,
                    kind: TExprKind::Compare(CmpOp::Ne, Box::new(v.clone()), Box::new(v)),
                    span: span.clone(),
                };
                body.push(TStmt::Assign { var: n, value: or(var(n, Scalar::Bool), isnan) });
            }
            TStmt::Seq(body)
        });
        self.pre.push(fold);
        // numpy decides these: an empty operand's error, a zero's sign, a nan.
        let mut redo = None;
        if matches!(func, NpFunc::Min | NpFunc::Max) {
            redo = self.extent_product(&shape, span).map(|n| cmp(CmpOp::Eq, n, int64(0, span)));
        }
        if let Some(n) = nan {
            let zero = cmp_f(
                CmpOp::Eq,
                var(acc, rdtype),
                TExpr { ty: rdtype, kind: TExprKind::Const(ConstValue::Float(0.0)), span: span.clone() },
            );
            let odd = or(var(n, Scalar::Bool), zero);
            redo = Some(match redo {
                None => odd,
                Some(r) => or(r, odd),
            });
        }
        if let Some(redo) = redo {
            self.numpy_when(redo, acc, |s| s.as_array(node, span).and_then(|a| s.reduce(func, a, None, span.clone())))?;
        }
        Some(var(acc, rdtype))
    }
}

impl Typer<'_> {
    /// `np.argmin(e)`/`np.argmax(e)`: numpy's index into the C-ordered
    /// flattening of the first extreme element, or of the first nan; the
    /// loop visits the elements in that order and replaces only on a strict
    /// improvement. An empty operand is numpy's (its ValueError).
    fn exact_arg(&mut self, func: NpFunc, node: Tree, span: &Range<usize>) -> Option<TExpr> {
        let (dtype, shape) = dtype_and_shape(&node);
        // Bools compare as 0 and 1.
        let vty = if dtype == Scalar::Bool { Scalar::I64 } else { dtype };
        let max = func == NpFunc::Argmax;
        let var = |x: Var, ty: Scalar| TExpr { ty, kind: TExprKind::Var(x), span: span.clone() };
        let (best, at, index, nan) = (
            self.fresh("best", vty),
            self.fresh("argbest", Scalar::I64),
            self.fresh("flat", Scalar::I64),
            self.fresh("nan", Scalar::Bool),
        );
        let first = match dtype {
            Scalar::Bool => {
                TExpr { ty: vty, kind: TExprKind::Const(ConstValue::Int(i128::from(!max))), span: span.clone() }
            }
            _ => start(if max { NpFunc::Max } else { NpFunc::Min }, dtype, vty, span),
        };
        for (v, value) in [(best, first), (at, int64(0, span)), (index, int64(0, span)), (nan, boolean(false, span))] {
            self.pre.push(TStmt::Assign { var: v, value });
        }
        let reads = self.leaf_reads(&node, &shape, span);
        let x = self.fresh("elem", vty);
        let fold = self.loop_nest(&shape, span, |idx| {
            let mut loads = reads.into_iter().map(|a| load(a, idx.clone(), span));
            let v = cast(cast(node.value(&mut loads), dtype), vty);
            let take = |also: Vec<TStmt>| {
                let mut s = vec![TStmt::Assign { var: at, value: var(index, Scalar::I64) }];
                s.extend(also);
                s
            };
            let better = cmp_f(if max { CmpOp::Gt } else { CmpOp::Lt }, var(x, vty), var(best, vty));
            let mut update = TStmt::If {
                cond: better,
                then: take(vec![TStmt::Assign { var: best, value: var(x, vty) }]),
                orelse: Vec::new(),
            };
            if vty.is_float() {
                let isnan = cmp_f(CmpOp::Ne, var(x, vty), var(x, vty));
                let found = TStmt::Assign { var: nan, value: boolean(true, span) };
                update = TStmt::If { cond: isnan, then: take(vec![found]), orelse: vec![update] };
            }
            let not_nan =
                TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(var(nan, Scalar::Bool))), span: span.clone() };
            let next = TExpr {
                ty: Scalar::I64,
                kind: TExprKind::Binary(BinOp::Add, Box::new(var(index, Scalar::I64)), Box::new(int64(1, span))),
                span: span.clone(),
            };
            TStmt::Seq(vec![
                TStmt::Assign { var: x, value: v },
                TStmt::If { cond: not_nan, then: vec![update], orelse: Vec::new() },
                TStmt::Assign { var: index, value: next },
            ])
        });
        self.pre.push(fold);
        // numpy's own call raises its error for the empty operand.
        let empty = cmp(CmpOp::Eq, var(index, Scalar::I64), int64(0, span));
        self.numpy_when(empty, at, |s| s.as_array(node, span).map(|a| s.arg_call(func, a, span)))?;
        Some(var(at, Scalar::I64))
    }
}

/// The dtype of `node`'s elements and its extents (a node or an array).
fn dtype_and_shape(node: &Tree) -> (Scalar, Vec<Var>) {
    match node {
        Tree::Node { elem, shape, .. } => (elem.result(), shape.clone()),
        Tree::Leaf(Operand::Array(a)) => (a.ty.dtype, a.shape.clone()),
        Tree::Rolled(r) => (r.a.ty.dtype, r.a.shape.clone()),
        Tree::Cx(c) => (Scalar::F64, c.shape.clone()),
        Tree::Tuple(t) => (t.slot.ty.dtype, t.slot.shape.clone()),
        Tree::Leaf(Operand::Number(..)) => unreachable!("reductions are of arrays"),
    }
}

/// The accumulator's first value: the reduction's identity, or the
/// extreme of the dtype that any element replaces.
fn start(func: NpFunc, dtype: Scalar, rdtype: Scalar, span: &Range<usize>) -> TExpr {
    let c = |v: ConstValue| TExpr { ty: rdtype, kind: TExprKind::Const(v), span: span.clone() };
    let max = matches!(func, NpFunc::Max);
    match (func, dtype) {
        (NpFunc::Sum, _) => c(ConstValue::Int(0)),
        (NpFunc::Prod, _) => c(ConstValue::Int(1)),
        (NpFunc::Any, _) => boolean(false, span),
        (NpFunc::All, _) => boolean(true, span),
        (_, Scalar::Bool) => boolean(!max, span),
        (_, Scalar::Float { .. }) => c(ConstValue::Float(if max { f64::NEG_INFINITY } else { f64::INFINITY })),
        (_, Scalar::Int { bits, signed }) => {
            let (lo, hi) =
                if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
            c(ConstValue::Int(if max { lo } else { hi }))
        }
    }
}

/// The accumulator after element `v` (of the tree's dtype).
fn step(func: NpFunc, acc: TExpr, v: TExpr, span: &Range<usize>) -> TExpr {
    let ty = acc.ty;
    let e = |kind| TExpr { ty, kind, span: span.clone() };
    match (func, ty) {
        (NpFunc::Sum, _) => e(TExprKind::NpBinary(BinOp::Add, Box::new(acc), Box::new(cast(v, ty)))),
        (NpFunc::Prod, _) => e(TExprKind::NpBinary(BinOp::Mul, Box::new(acc), Box::new(cast(v, ty)))),
        (NpFunc::Any, _) | (NpFunc::Max, Scalar::Bool) => {
            e(TExprKind::Or(Box::new(acc), Box::new(crate::sema::truth(v))))
        }
        (NpFunc::All, _) | (NpFunc::Min, Scalar::Bool) => {
            e(TExprKind::And(Box::new(acc), Box::new(crate::sema::truth(v))))
        }
        // A nan never replaces the accumulator (the loop notes it apart).
        (_, Scalar::Float { .. }) => {
            let op = if func == NpFunc::Max { CmpOp::Gt } else { CmpOp::Lt };
            select(cmp_f(op, v.clone(), acc.clone()), v, acc)
        }
        _ => e(TExprKind::MinMax(func == NpFunc::Min, vec![acc, v])),
    }
}

fn boolean(b: bool, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() }
}

/// A comparison of two numbers of one type (`cmp` is for int64 ones).
fn cmp_f(op: CmpOp, a: TExpr, b: TExpr) -> TExpr {
    let span = a.span.clone();
    TExpr { ty: Scalar::Bool, kind: TExprKind::Compare(op, Box::new(a), Box::new(b)), span }
}
