//! Which `for ... in range` loops may run with their float error checks
//! deferred (lower/deferral.rs): the OverflowError of `x ** 3`, the
//! ValueError of `math.log(x)`, a float ZeroDivisionError. CPython raises at
//! the first failing operation. A loop whose body has no effect outside its
//! own scalar variables, and always ends, can instead or each check into
//! one flag, run to its end with the failed operations' inf or nan, and on
//! a set flag run again from its start with every check in place: that run
//! raises exactly where CPython does. The loop then has no branch out of
//! its body, so LLVM can vectorize it.
//!
//! The body must not store, call, allocate, print, return or raise, and
//! must not hold a `while` loop (it may not end once a value went wrong).
//! It may read arrays and convert floats to ints: those checks stay
//! branches, which run the checked loop when the flag is already set
//! (lower/deferral.rs `restart_if_deferred`), so no garbage index is used.

use crate::tir::math::{Errors, Kind};
use crate::tir::{BinOp, TExpr, TExprKind, TStmt};

/// Whether deferring pays and is sound for the loop `body` (`orelse` must
/// be empty: it would run before the flag is looked at).
pub fn worth_deferring(body: &[TStmt], orelse: &[TStmt]) -> bool {
    orelse.is_empty() && pure_body(body) && !breaks(body) && body.iter().any(has_float_check)
}

/// Whether a `break` of this loop (not of a loop nested in it) is in
/// `body`: the deferred run goes in chunks, and it would end only its chunk.
fn breaks(body: &[TStmt]) -> bool {
    body.iter().any(|s| match s {
        TStmt::Break => true,
        TStmt::If { then, orelse, .. } => breaks(then) || breaks(orelse),
        TStmt::Seq(b) => breaks(b),
        _ => false,
    })
}

fn pure_body(body: &[TStmt]) -> bool {
    body.iter().all(|s| match s {
        TStmt::Assign { value, .. } => pure_expr(value),
        TStmt::ParallelAssign { values, .. } => values.iter().all(pure_expr),
        TStmt::If { cond, then, orelse } => pure_expr(cond) && pure_body(then) && pure_body(orelse),
        TStmt::For { start, stop, step, body, orelse, .. } => {
            [start, stop, step].into_iter().all(pure_expr) && pure_body(body) && pure_body(orelse)
        }
        TStmt::Seq(b) => pure_body(b),
        TStmt::Break | TStmt::Continue => true,
        _ => false,
    })
}

/// Expressions whose only way out is a raise through the lowering's
/// `raise` or an array bounds check; nothing with effects.
fn pure_expr(e: &TExpr) -> bool {
    use TExprKind::*;
    let own = matches!(
        e.kind,
        Var(_)
            | Const(_)
            | Binary(..)
            | Neg(_)
            | Cast(_)
            | WrapCast(_)
            | Compare(..)
            | Truth(_)
            | Not(_)
            | Invert(_)
            | Abs(_)
            | MinMax(..)
            | FloatToInt(_)
            | Round(_)
            | DivMod(..)
            | Math(..)
            | NpBinary(..)
            | And(..)
            | Or(..)
            | IfExp(..)
            | Let(..)
            | NpScalar(_)
            | NotNone(..)
            | Load(..)
    );
    own && e.children().into_iter().all(pure_expr)
}

fn has_float_check(s: &TStmt) -> bool {
    let mut found = false;
    for e in s.nested().into_iter().flat_map(TStmt::exprs) {
        e.visit(&mut |x| found |= float_check(x));
    }
    found
}

/// An operation whose check the lowering defers: a float power, a math
/// function with error checks (not floor/ceil's int conversion, which
/// stays a branch, nor fabs or copysign, which have none), a float
/// division by a non-constant.
fn float_check(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::Math(f, _) => matches!(f.kind, Kind::Libm { errors, .. } if errors != Errors::None),
        TExprKind::Binary(BinOp::Pow, ..) => e.ty.is_float(),
        TExprKind::Binary(BinOp::Div | BinOp::FloorDiv | BinOp::Mod, _, r) => {
            e.ty.is_float() && !matches!(r.kind, TExprKind::Const(_))
        }
        _ => false,
    }
}
