//! Bounds checks that cannot fail, found while lowering.
//!
//! In `for i in range(s, a.shape[k] - d)` (constant `s >= 0`, constant step
//! `> 0`, `d >= 0`; `len(a)` is `a.shape[0]`) the body sees
//! `s <= i < a.shape[k] - d` on every iteration, as long as it does not
//! assign `i` itself: `range` evaluates its stop once, and an extent never
//! changes. So `a[i + c]` on axis k is in bounds whenever `s + c >= 0` and
//! `c <= d`, and needs neither the negative-index wrap nor the check.
//! `min(a.shape[0], b.shape[0])` as the stop bounds `i` by both extents,
//! and `n = a.shape[0]`, `n, m = a.shape` or `n = min(len(a), len(b))`
//! (n assigned nowhere else) stands for its value.
//!
//! LLVM's O3 removes most such checks on its own (its induction variable
//! reasoning sees the same facts), but not all (`range(1, n)` with
//! `a[i - 1]` keeps one); and a check it keeps is an early exit, which
//! stops the vectorizer. Proving them here makes ordinary loops check-free
//! whatever LLVM manages, and shows it in `--emit py`
//! (`tests/lit/bounds-check-loops.mlir`). An index this cannot tie to the
//! loop bound keeps its check.

use crate::parse::ConstValue;
use crate::typing::{BinOp, TExpr, TExprKind, TStmt, TypedFunction, Var};
use crate::types::Scalar;

/// What the body of one `for` loop knows about its variable.
#[derive(Debug, Clone)]
pub struct LoopBound {
    var: Var,
    /// `var >= low` (and `low >= 0`).
    low: i64,
    /// `(extent, d)`: `var < extent - d`, `d >= 0`.
    below: Vec<(Var, i64)>,
}

fn int_const(e: &TExpr) -> Option<i64> {
    match e.kind {
        TExprKind::Const(ConstValue::Int(v)) => i64::try_from(v).ok(),
        _ => None,
    }
}

/// `extent - d` for an int64 variable and a constant `d >= 0`.
fn extent_minus(e: &TExpr) -> Option<(Var, i64)> {
    if e.ty != Scalar::I64 {
        return None;
    }
    match &e.kind {
        TExprKind::Var(v) => Some((*v, 0)),
        TExprKind::Binary(BinOp::Sub, x, d) => match (&x.kind, int_const(d)) {
            (TExprKind::Var(v), Some(d)) if x.ty == Scalar::I64 && d >= 0 => Some((*v, d)),
            _ => None,
        },
        _ => None,
    }
}

/// The bound a `for var in range(start, stop, step)` loop gives its body,
/// if any (see the module comment for the conditions).
pub fn loop_bound(f: &TypedFunction, var: Var, start: &TExpr, stop: &TExpr, step: &TExpr, body: &[TStmt]) -> Option<LoopBound> {
    if f.vars[var].ty != Scalar::I64 || !int_const(step).is_some_and(|s| s > 0) {
        return None;
    }
    let low = int_const(start).filter(|&s| s >= 0)?;
    let below = upper_bounds(f, stop, 2);
    // The extents must hold the same value wherever the body indexes: no
    // assignment in the body (an array variable rebound there changes them).
    let below: Vec<(Var, i64)> = below.into_iter().filter(|&(v, _)| !body.iter().any(|s| assigns(s, v))).collect();
    if below.is_empty() || body.iter().any(|s| assigns(s, var)) {
        return None;
    }
    Some(LoopBound { var, low, below })
}

/// Whether `for var in range(start, stop, step)` keeps `var >= 0` in its
/// body: a constant start `>= 0`, a constant step `> 0` (every value is
/// then `start + k * step` with k >= 0, below stop), and a body that never
/// assigns `var`. `var % c` there needs no floor fix-up (lower.rs).
pub fn non_negative_loop_var(f: &TypedFunction, var: Var, start: &TExpr, step: &TExpr, body: &[TStmt]) -> bool {
    f.vars[var].ty == Scalar::I64
        && int_const(step).is_some_and(|s| s > 0)
        && int_const(start).is_some_and(|s| s >= 0)
        && !body.iter().any(|s| assigns(s, var))
}

/// Every `(e, d)` with `stop <= e - d`: `stop` itself in that form, each
/// operand of a `min(...)`, and through `n` whose only assignment in the
/// function is `n = <such a form>` (every read of `n` that is set at all
/// sees that one value), `depth` aliases deep.
fn upper_bounds(f: &TypedFunction, stop: &TExpr, depth: u32) -> Vec<(Var, i64)> {
    if let TExprKind::MinMax(true, xs) = &stop.kind {
        return if stop.ty == Scalar::I64 { xs.iter().flat_map(|x| upper_bounds(f, x, depth)).collect() } else { Vec::new() };
    }
    let Some((n, d)) = extent_minus(stop) else { return Vec::new() };
    let mut out = vec![(n, d)];
    if depth == 0 || n < f.params.len() {
        return out;
    }
    let mut found = Vec::new();
    f.body.iter().for_each(|s| assignments(s, n, &mut found));
    if let [Some(value)] = found[..] {
        for (e, d2) in upper_bounds(f, value, depth - 1) {
            // `e` must hold one value throughout: never assigned (extents).
            if e != n && !f.body.iter().any(|s| assigns(s, e)) {
                out.extend(d.checked_add(d2).map(|total| (e, total)));
            }
        }
    }
    out
}

/// Every assignment to `v` in `s`: its value, or None where `v` is bound
/// some other way (a tuple unpacking, a call's results, a loop).
fn assignments<'a>(s: &'a TStmt, v: Var, out: &mut Vec<Option<&'a TExpr>>) {
    match s {
        TStmt::Assign { var, value } if *var == v => out.push(Some(value)),
        // `n, m = a.shape`: the values are computed before any is bound.
        TStmt::ParallelAssign { vars, values } => out.extend(vars.iter().zip(values).filter(|(var, _)| **var == v).map(|(_, value)| Some(value))),
        TStmt::CallAssign { vars, .. } if vars.contains(&v) => out.push(None),
        TStmt::Alloc { array, .. } if array.vars().contains(&v) => out.push(None),
        TStmt::NpValue { var, imag, .. } if *var == v || *imag == Some(v) => out.push(None),
        TStmt::If { then: a, orelse: b, .. } | TStmt::While { body: a, orelse: b, .. } => a.iter().chain(b).for_each(|s| assignments(s, v, out)),
        TStmt::For { var, body, orelse, .. } => {
            if *var == v {
                out.push(None);
            }
            body.iter().chain(orelse).for_each(|s| assignments(s, v, out));
        }
        _ => {}
    }
}

/// Whether `s` (or anything nested in it) assigns `v`.
fn assigns(s: &TStmt, v: Var) -> bool {
    match s {
        TStmt::Assign { var, .. } => *var == v,
        TStmt::ParallelAssign { vars, .. } | TStmt::CallAssign { vars, .. } => vars.contains(&v),
        TStmt::Alloc { array, .. } => array.vars().contains(&v),
        TStmt::NpValue { var, imag, .. } => *var == v || *imag == Some(v),
        TStmt::If { then, orelse, .. } => then.iter().chain(orelse).any(|s| assigns(s, v)),
        TStmt::While { body, orelse, .. } => body.iter().chain(orelse).any(|s| assigns(s, v)),
        TStmt::For { var, body, orelse, .. } => *var == v || body.iter().chain(orelse).any(|s| assigns(s, v)),
        TStmt::Break | TStmt::Continue | TStmt::Return { .. } | TStmt::Raise { .. } | TStmt::Call { .. } | TStmt::Store { .. } | TStmt::Fail { .. } => false,
    }
}

/// `var + c` for an int64 variable and a constant `c` (`var - c` too).
fn var_plus_const(e: &TExpr) -> Option<(Var, i64)> {
    if e.ty != Scalar::I64 {
        return None;
    }
    let var = |x: &TExpr| match x.kind {
        TExprKind::Var(v) if x.ty == Scalar::I64 => Some(v),
        _ => None,
    };
    match &e.kind {
        TExprKind::Var(v) => Some((*v, 0)),
        TExprKind::Binary(BinOp::Add, x, y) => match (var(x), int_const(y), var(y), int_const(x)) {
            (Some(v), Some(c), _, _) | (_, _, Some(v), Some(c)) => Some((v, c)),
            _ => None,
        },
        TExprKind::Binary(BinOp::Sub, x, c) => Some((var(x)?, int_const(c)?.checked_neg()?)),
        _ => None,
    }
}

/// Whether `index` is in `0..extent` on every execution, by the bounds of
/// the loops around it (innermost last).
pub fn in_bounds(bounds: &[LoopBound], index: &TExpr, extent: Var) -> bool {
    let Some((v, c)) = var_plus_const(index) else { return false };
    // The innermost loop over `v` is the one whose bound holds here.
    let Some(b) = bounds.iter().rev().find(|b| b.var == v) else { return false };
    b.low.checked_add(c).is_some_and(|l| l >= 0) && b.below.iter().any(|&(e, d)| e == extent && c <= d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(kind: TExprKind) -> TExpr {
        TExpr { ty: Scalar::I64, kind, span: 0..0 }
    }
    fn var(v: Var) -> TExpr {
        e(TExprKind::Var(v))
    }
    fn int(c: i128) -> TExpr {
        e(TExprKind::Const(ConstValue::Int(c)))
    }
    fn bin(op: BinOp, a: TExpr, b: TExpr) -> TExpr {
        e(TExprKind::Binary(op, Box::new(a), Box::new(b)))
    }

    // Loop variable 0 over range(1, extent 5 - 1); extent 6 is another array's.
    fn stencil_bound() -> Vec<LoopBound> {
        vec![LoopBound { var: 0, low: 1, below: vec![(5, 1)] }]
    }

    #[test]
    fn offsets_within_the_range_are_proven() {
        let b = stencil_bound();
        assert!(in_bounds(&b, &var(0), 5));
        assert!(in_bounds(&b, &bin(BinOp::Sub, var(0), int(1)), 5));
        assert!(in_bounds(&b, &bin(BinOp::Add, var(0), int(1)), 5));
        assert!(in_bounds(&b, &bin(BinOp::Add, int(1), var(0)), 5));
    }

    #[test]
    fn other_indices_keep_their_check() {
        let b = stencil_bound();
        assert!(!in_bounds(&b, &bin(BinOp::Add, var(0), int(2)), 5), "past the end");
        assert!(!in_bounds(&b, &bin(BinOp::Sub, var(0), int(2)), 5), "before the start");
        assert!(!in_bounds(&b, &var(0), 6), "another extent");
        assert!(!in_bounds(&b, &var(1), 5), "not the loop variable");
        assert!(!in_bounds(&b, &bin(BinOp::Mul, var(0), int(1)), 5), "not var + const");
        assert!(!in_bounds(&b, &bin(BinOp::Sub, var(0), int(i64::MIN as i128)), 5), "no overflow in the offset");
        assert!(!in_bounds(&[], &var(0), 5), "no loop");
    }
}
