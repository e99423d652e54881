//! `x, y = a - b` of a 1-d elementwise expression: the items are computed
//! one by one into scalars, without the array numpy makes and unpacks
//! (numpy-benchmarks' wave: `dx, dy = cpos[i] - cpos[i - 1]` a particle).
//!
//! The order is numpy's: the operands and their broadcast check (ValueError)
//! first, then CPython's length check of the unpack (`too many values to
//! unpack`, `not enough values`) on the broadcast extent, then the items,
//! each through the tree's operations in their dtypes and cast to the
//! result's dtype, as `compute` stores them. The items are bound to
//! temporaries before any name is, as the array would hold them. This is a
//! child module of arrayops, whose tree types it uses.

use super::*;

impl Typer<'_> {
    /// `n` names unpacked from `e` when `e` is a real elementwise operator
    /// expression of one dimension: the check and the items. None: not
    /// such an expression (nothing typed); Some(None): it failed, reported.
    pub(in crate::sema) fn unpack_elementwise(&mut self, e: &Expr, n: usize) -> Option<Option<(TStmt, Vec<Val>)>> {
        let fits = matches!(e, Expr::BinOp(_) | Expr::Compare(_))
            && self.is_array_expr(e)
            && !self.cx_involved(e)
            && self.expr_ndim(e) == Some(1);
        if !fits {
            return None;
        }
        let span = range(e);
        let Some(tree) = self.node(e, false) else { return Some(None) };
        let one_axis = matches!(&tree, Tree::Node { shape, .. } if shape.len() == 1);
        let a = match tree {
            Tree::Leaf(Operand::Array(a)) => a,
            Tree::Leaf(Operand::Number(..)) => unreachable!("an elementwise expression has an array operand"),
            tree if one_axis => return Some(Some(self.unpack_items(tree, n, span))),
            // Not one axis after all: numpy's array, unpacked as one.
            tree => match self.compute(tree, &span) {
                Some(a) => a,
                None => return Some(None),
            },
        };
        Some(Some(self.unpack_array(a, n, span)))
    }

    /// The length check on the node's one extent, then its item `k` for
    /// each `k < n`, bound to a temporary.
    fn unpack_items(&mut self, tree: Tree, n: usize, span: Range<usize>) -> (TStmt, Vec<Val>) {
        let Tree::Node { elem, shape, .. } = &tree else { unreachable!("callers pass nodes") };
        let (dtype, shape) = (elem.result(), shape.clone());
        let mut leaves = Vec::new();
        tree.arrays(&mut leaves);
        let reads = self.reads_at(&leaves, &shape, &span);
        let len = self.i64_var(shape[0], span.clone());
        let mut body = vec![crate::sema::arrays::unpack_length_check(len, n, &span)];
        let mut values = Vec::new();
        for k in 0..n {
            let at = vec![int64(k as i128, &span)];
            let mut loads = reads.iter().map(|a| TExpr {
                ty: a.ty.dtype,
                kind: TExprKind::Load(a.clone(), at.clone()),
                span: span.clone(),
            });
            let value = cast(tree.value(&mut loads), dtype);
            let var = self.fresh("item", dtype);
            body.push(TStmt::Assign { var, value });
            values.push(Val::Scalar(TExpr { ty: dtype, kind: TExprKind::Var(var), span: span.clone() }));
        }
        (TStmt::Seq(body), values)
    }
}
