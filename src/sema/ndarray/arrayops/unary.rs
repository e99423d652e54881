//! Unary `-`, `+` and `~` of an array expression as nodes of the fused
//! elementwise tree, as `np.negative` is: `np.exp(-s)` and `-(a * 2.0) + 1.0`
//! are one loop, with no temporary for the negated operand
//! (numpy-benchmarks' log_likelihood).
//!
//! numpy's semantics: `-x` is `np.negative` (unsigned ints wrap, as
//! `0 - x`), `+x` is `np.positive` (the operand's values), `~x` is
//! `np.invert` (logical not of bools, bitwise not of ints). `-` and `+` of a
//! bool array and `~` of a float array are numpy's TypeErrors, diagnosed.
//! A child module of arrayops, whose tree types it uses.

use super::*;

impl Typer<'_> {
    /// `op operand` as a tree: a node over the operand's tree (`+` is the
    /// operand's tree itself, whose values are `+`'s). The caller checked
    /// that `u` is an elementwise expression.
    pub(super) fn unary_tree(&mut self, u: &ast::ExprUnaryOp) -> Option<Tree> {
        let span = range(u);
        let l = self.operand_tree(&u.operand)?;
        let dtype = match l.kind() {
            Kind::Array(t) | Kind::Python(t) => t,
        };
        let shape = l.shape().expect("an elementwise operand has a shape").to_vec();
        let placeholder = || {
            let zero = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: span.clone() };
            Box::new(Tree::Leaf(Operand::Number(zero, false)))
        };
        match u.op {
            ast::UnaryOp::USub | ast::UnaryOp::UAdd if dtype == Scalar::Bool => {
                self.errors.push(bool_sign_error(u.op, span));
                None
            }
            ast::UnaryOp::UAdd => Some(l),
            ast::UnaryOp::USub => {
                let elem = Elem { op: ElemOp::Ufunc(elementwise::Ufn::Negative), ty: dtype };
                Some(Tree::Node { elem, l: Box::new(l), r: placeholder(), shape, span })
            }
            ast::UnaryOp::Invert => {
                // numpy's invert is `x ^ ones` of ints and `x ^ True` of bools,
                // the all-ones number in the operand's own dtype.
                let ones = match dtype {
                    Scalar::Bool => ConstValue::Bool(true),
                    Scalar::Int { bits, signed } => ConstValue::Int(if signed { -1 } else { (1i128 << bits) - 1 }),
                    Scalar::Float { .. } => {
                        self.errors.push(invert_float_error(dtype, span));
                        return None;
                    }
                };
                let ones = TExpr { ty: dtype, kind: TExprKind::Const(ones), span: span.clone() };
                let elem = Elem { op: ElemOp::Bin(BinOp::BitXor), ty: dtype };
                let r = Box::new(Tree::Leaf(Operand::Number(ones, true)));
                Some(Tree::Node { elem, l: Box::new(l), r, shape, span })
            }
            ast::UnaryOp::Not => unreachable!("is_array_expr: not an elementwise operator"),
        }
    }
}

/// numpy's TypeError for `-` or `+` of a bool array.
pub(super) fn bool_sign_error(op: ast::UnaryOp, span: Range<usize>) -> Diagnostic {
    let name = if op == ast::UnaryOp::USub { "negative" } else { "positive" };
    Diagnostic::error(format!("numpy's `{name}` of a bool array is a TypeError")).at(span, "here")
}

/// numpy's TypeError for `~` of a float array.
pub(super) fn invert_float_error(dtype: Scalar, span: Range<usize>) -> Diagnostic {
    Diagnostic::error(format!(
        "ufunc 'invert' not supported for the input types ({} array): numpy raises TypeError",
        np_name(dtype)
    ))
    .at(span, "here")
    .note("`~` of an array is numpy's invert: logical not of bools, bitwise not of ints")
}
