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

use crate::base::consts::ConstValue;
use crate::base::types::Scalar;
use crate::tir::{BinOp, TExpr, TExprKind, TStmt, TypedFunction, Var};

/// A fact about an int64 variable that holds everywhere in a loop body:
/// `var >= low`, and `var < extent - d` for each `(extent, d)` in `below`.
/// A `for` loop gives one about its variable; a loop's check-free version
/// (see `hoistable`) adds some about loop-invariant variables too.
#[derive(Debug, Clone)]
pub struct LoopBound {
    var: Var,
    low: i64,
    below: Vec<(Var, i64)>,
}

/// A pseudo-variable that is always 0, so that a constant index `c` is
/// `ZERO + c` and its facts (`c < extent`, tested before a loop) are kept
/// like a variable's.
const ZERO: Var = Var::MAX;

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
/// if any: a constant step `> 0` (every value is then `start + k * step`
/// with k >= 0, below stop) and a body that never assigns `var`. The low
/// end comes from the start: a constant, or `w + c` for a variable `w` that
/// the enclosing loops' facts (`outer`) bound below (`range(i + 1, n)`);
/// the start is evaluated once, where those facts hold.
pub fn loop_bound(
    f: &TypedFunction,
    outer: &[LoopBound],
    var: Var,
    start: &TExpr,
    stop: &TExpr,
    step: &TExpr,
    body: &[TStmt],
) -> Option<LoopBound> {
    if f.vars[var].ty != Scalar::I64 || int_const(step).is_none_or(|s| s <= 0) || body.iter().any(|s| assigns(s, var)) {
        return None;
    }
    let low = match int_const(start) {
        Some(s) => s,
        None => {
            let (w, c) = var_plus_const(start)?;
            low_of(outer, w)?.checked_add(c)?
        }
    };
    // The extents must hold the same value wherever the body indexes: no
    // assignment in the body (an array variable rebound there changes them).
    let below = upper_bounds(f, stop, 2).into_iter().filter(|&(v, _)| !body.iter().any(|s| assigns(s, v))).collect();
    Some(LoopBound { var, low, below })
}

/// The greatest lower bound the facts give `v`.
fn low_of(bounds: &[LoopBound], v: Var) -> Option<i64> {
    if v == ZERO {
        return Some(0);
    }
    bounds.iter().filter(|b| b.var == v).map(|b| b.low).max()
}

/// Whether the facts keep `v >= 0`; `v % c` then needs no floor fix-up
/// (lower/mod.rs).
pub fn non_negative_var(bounds: &[LoopBound], v: Var) -> bool {
    low_of(bounds, v).is_some_and(|l| l >= 0)
}

/// Every `(e, d)` with `stop <= e - d`: `stop` itself in that form, each
/// operand of a `min(...)`, and through `n` whose only assignment in the
/// function is `n = <such a form>` (every read of `n` that is set at all
/// sees that one value), `depth` aliases deep.
fn upper_bounds(f: &TypedFunction, stop: &TExpr, depth: u32) -> Vec<(Var, i64)> {
    if let TExprKind::MinMax(true, xs) = &stop.kind {
        return if stop.ty == Scalar::I64 {
            xs.iter().flat_map(|x| upper_bounds(f, x, depth)).collect()
        } else {
            Vec::new()
        };
    }
    let Some((n, d)) = extent_minus(stop) else { return Vec::new() };
    let mut out = vec![(n, d)];
    if depth == 0 || n < f.params.len() {
        return out;
    }
    let found: Vec<_> = f.body.iter().flat_map(|s| bindings(s, n)).collect();
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

/// Every binding of `v` in `s` (nested statements included): the value
/// of an assignment, or None where `v` is bound some other way (a call's
/// results, an allocation, a loop).
fn bindings(s: &TStmt, v: Var) -> Vec<Option<&TExpr>> {
    s.nested()
        .into_iter()
        .flat_map(|s| match s {
            TStmt::Assign { var, value } if *var == v => vec![Some(value)],
            // `n, m = a.shape`: the values are computed before any is bound.
            TStmt::ParallelAssign { vars, values } => {
                vars.iter().zip(values).filter(|(var, _)| **var == v).map(|(_, value)| Some(value)).collect()
            }
            TStmt::CallAssign { vars, .. } | TStmt::ListPop { vars, .. } if vars.contains(&v) => vec![None],
            TStmt::ListNew { list, .. } if list.header == v => vec![None],
            TStmt::Dict { .. } if s.dict_defs().contains(&v) => vec![None],
            TStmt::Alloc { array, .. } if array.vars().contains(&v) => vec![None],
            TStmt::NpValue { var, imag, .. } if *var == v || *imag == Some(v) => vec![None],
            TStmt::For { var, .. } if *var == v => vec![None],
            _ => Vec::new(),
        })
        .collect()
}

/// Whether `s` (or anything nested in it) assigns `v`.
pub fn assigns(s: &TStmt, v: Var) -> bool {
    !bindings(s, v).is_empty()
}

/// `var + c` for an int64 variable and a constant `c` (`var - c` too);
/// a constant is `ZERO + c`.
fn var_plus_const(e: &TExpr) -> Option<(Var, i64)> {
    if e.ty != Scalar::I64 {
        return None;
    }
    if let Some(c) = int_const(e) {
        return Some((ZERO, c));
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

/// Whether `index` is `>= 0` on every execution, by the facts of the
/// loops around it: it needs no negative-index wrap.
pub fn non_negative_index(bounds: &[LoopBound], index: &TExpr) -> bool {
    var_plus_const(index).is_some_and(|(v, c)| low_of(bounds, v).and_then(|l| l.checked_add(c)).is_some_and(|l| l >= 0))
}

/// Whether `index` is in `0..extent` on every execution, by the facts of
/// the loops around it. Every fact about a variable holds at once (nothing
/// between the loops assigns it), so the low end and the high end may come
/// from different loops.
pub fn in_bounds(bounds: &[LoopBound], index: &TExpr, extent: Var) -> bool {
    let Some((v, c)) = var_plus_const(index) else { return false };
    non_negative_index(bounds, index)
        && bounds.iter().filter(|b| b.var == v).any(|b| b.below.iter().any(|&(e, d)| e == extent && c <= d))
}

/// A check that a loop's check-free version makes once, before the loop:
/// `0 <= var + c < extent` on every iteration.
#[derive(Debug, Clone, PartialEq)]
pub struct Hoisted {
    pub var: Var,
    pub c: i64,
    pub extent: Var,
    /// `var` is the loop's own variable: `var < stop` on every iteration,
    /// (a constant index has `var` ZERO; `constant()` says so)
    /// so `stop <= extent - c` is the test (`var + c >= 0` is already
    /// known). Otherwise `var` is loop-invariant: `(var + c) < extent`,
    /// unsigned, tests both ends.
    pub induction: bool,
}

/// The bounds checks left in the body of an innermost loop (`this` is its
/// own fact, the last of `bounds`) whose index is `v + c` for the loop
/// variable or for a variable the body never assigns, on an extent the body
/// never assigns: all of them can be tested once before the loop. The
/// lowering then runs a copy of the loop without them when the tests pass,
/// and the checked loop otherwise, so an IndexError is still raised by the
/// access that fails, after the iterations before it (loop versioning).
/// Loops with loops inside are not copied (each level would double).
pub fn hoistable(f: &TypedFunction, bounds: &[LoopBound], this: &LoopBound, body: &[TStmt]) -> Vec<Hoisted> {
    let mut accesses = Vec::new();
    if !body.iter().all(|s| collect_accesses(s, &mut accesses)) {
        return Vec::new();
    }
    let invariant = |v: Var| !body.iter().any(|s| assigns(s, v));
    let mut out: Vec<Hoisted> = Vec::new();
    for (index, extent) in accesses {
        let Some((v, c)) = var_plus_const(index) else { continue };
        // Small offsets only, so that `extent - c` and `var + c` cannot wrap.
        if in_bounds(bounds, index, extent)
            || (v != ZERO && f.vars[v].ty != Scalar::I64)
            || c.unsigned_abs() > 1 << 31
            || !invariant(extent)
        {
            continue;
        }
        let h = if v == this.var {
            if this.low.checked_add(c).is_none_or(|l| l < 0) {
                continue;
            }
            Hoisted { var: v, c, extent, induction: true }
        } else if v == ZERO && c < 0 {
            // A negative constant counts from the end: its wrap stays.
            continue;
        } else if v == ZERO || invariant(v) {
            Hoisted { var: v, c, extent, induction: false }
        } else {
            continue;
        };
        if !out.contains(&h) {
            out.push(h);
        }
    }
    out
}

impl Hoisted {
    /// The constant index this test is about, if it is one.
    pub fn constant(&self) -> Option<i64> {
        (self.var == ZERO).then_some(self.c)
    }
}

/// The facts the check-free version of a loop adds: its own bound widened
/// by the induction tests, and one fact per invariant test.
pub fn hoisted_facts(this: &LoopBound, hoisted: &[Hoisted]) -> Vec<LoopBound> {
    let mut own = this.clone();
    let mut out = Vec::new();
    for h in hoisted {
        if h.induction {
            own.below.push((h.extent, h.c));
        } else {
            out.push(LoopBound { var: h.var, low: -h.c, below: vec![(h.extent, h.c)] });
        }
    }
    out.insert(0, own);
    out
}

/// Every `(index, extent)` of the element accesses in `s`; false if `s`
/// holds a loop.
fn collect_accesses<'a>(s: &'a TStmt, out: &mut Vec<(&'a TExpr, Var)>) -> bool {
    let exprs = |e: &'a TExpr, out: &mut Vec<(&'a TExpr, Var)>| {
        e.visit(&mut |x| {
            if let TExprKind::Load(r, indices) = &x.kind {
                out.extend(indices.iter().zip(&r.shape).map(|(i, &e)| (i, e)));
            }
        })
    };
    match s {
        TStmt::While { .. } | TStmt::For { .. } | TStmt::Try { .. } => return false,
        TStmt::If { cond, then, orelse } => {
            exprs(cond, out);
            return then.iter().chain(orelse).all(|s| collect_accesses(s, out));
        }
        TStmt::Seq(body) => return body.iter().all(|s| collect_accesses(s, out)),
        TStmt::Store { array, indices, value } => {
            exprs(value, out);
            for (i, &e) in indices.iter().zip(&array.shape) {
                exprs(i, out);
                out.push((i, e));
            }
        }
        _ => s.exprs().into_iter().for_each(|e| exprs(e, out)),
    }
    true
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
