//! `--overflow=raise|wrap`: what a fixed-width int does when the exact
//! (Python, unbounded) result of an operation does not fit its declared width.
//!
//! `wrap` is numba's semantics and the default: the py ops wrap in Z/2^n and
//! nothing here runs. `raise` keeps every py op exactly as in wrap mode and
//! adds, before each operation that can leave the width, a `py.overflows`
//! predicate on its operands followed by a branch that raises OverflowError
//! (see `lower/mod.rs`). The checks are separate ops on the operands' values, so
//! the value ops keep their Z/2^n meaning and py-egg's int rules stay sound:
//! a rewrite preserves every value, and with it every check's outcome.
//!
//! This module decides *which* operations are checked; typing uses it to
//! give a kernel its error flag, lowering to emit the checks, so the two
//! cannot disagree.

use crate::base::types::Scalar;
use crate::tir::{BinOp, TExpr, TExprKind, TStmt, TypedFunction};

/// The word for an operation in `integer overflow in i4 <word>`.
pub fn binary_word(op: BinOp) -> Option<&'static str> {
    match op {
        BinOp::Add => Some("addition"),
        BinOp::Sub => Some("subtraction"),
        BinOp::Mul => Some("multiplication"),
        BinOp::Pow => Some("power"),
        BinOp::LShift => Some("left shift"),
        // & | ^ of two values of one type stay in range; >> only shrinks;
        // // and % raise MIN // -1 themselves (lower/mod.rs `division`).
        _ => None,
    }
}

/// Whether a binary op at type `ty` gets an overflow check.
pub fn binary_checked(op: BinOp, ty: Scalar) -> bool {
    matches!(ty, Scalar::Int { .. }) && binary_word(op).is_some()
}

/// Whether an int-to-int conversion can meet a value it cannot hold: a
/// narrower target, or a change of signedness that is not a widening from
/// unsigned. Bools (0 and 1) and floats never take this path.
pub fn cast_checked(from: Scalar, to: Scalar) -> bool {
    match (from, to) {
        (Scalar::Int { bits: fb, signed: fs }, Scalar::Int { bits: tb, signed: ts }) => {
            !(fs == ts && tb >= fb || !fs && ts && tb > fb)
        }
        _ => false,
    }
}

/// Whether `-x`, `abs(x)` (`invert` false) or `~x` (true) at `ty` is checked.
pub fn unary_checked(invert: bool, ty: Scalar) -> bool {
    match ty {
        Scalar::Int { signed, .. } => !invert || !signed,
        _ => false,
    }
}

/// Whether this node (not its operands) is checked.
fn node_checked(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::Binary(op, ..) => binary_checked(*op, e.ty),
        // -MIN and abs(MIN) for signed; -x (x != 0) and ~x for unsigned.
        TExprKind::Neg(_) | TExprKind::Abs(_) => unary_checked(false, e.ty),
        TExprKind::Invert(_) => unary_checked(true, e.ty),
        TExprKind::Cast(x) => cast_checked(x.ty, e.ty),
        _ => false,
    }
}

fn expr_checked(e: &TExpr) -> bool {
    node_checked(e) || e.children().into_iter().any(expr_checked)
}

fn stmt_checked(f: &TypedFunction, s: &TStmt) -> bool {
    s.nested().into_iter().any(|s| {
        // The induction variable is computed in int64 and converted to its type.
        let induction = matches!(s, TStmt::For { var, .. } if cast_checked(Scalar::I64, f.vars[*var].ty));
        induction || s.exprs().into_iter().any(expr_checked)
    })
}

/// Whether a function has a checked operation in raise mode (a parameter
/// whose variable is narrower than its declared type, or an operation
/// whose exact result may not fit): then it may raise OverflowError.
pub fn has_checks(f: &TypedFunction) -> bool {
    f.params.iter().zip(&f.vars).any(|(p, v)| cast_checked(p.ty, v.ty)) || f.body.iter().any(|s| stmt_checked(f, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casts_that_can_lose_values_are_checked() {
        let (i4, i8, u4, u8) = (
            Scalar::Int { bits: 32, signed: true },
            Scalar::I64,
            Scalar::Int { bits: 32, signed: false },
            Scalar::Int { bits: 64, signed: false },
        );
        assert!(!cast_checked(i4, i8) && !cast_checked(u4, i8) && !cast_checked(u4, u8) && !cast_checked(i4, i4));
        assert!(
            cast_checked(i8, i4)
                && cast_checked(u8, i8)
                && cast_checked(i4, u8)
                && cast_checked(u4, i4)
                && cast_checked(i8, u4)
        );
        assert!(!cast_checked(Scalar::Bool, i4) && !cast_checked(Scalar::F64, i8));
    }
}
