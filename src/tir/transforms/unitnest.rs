//! Loop nests over run-time strides, versioned as a whole on unit strides.
//! numba's default array type is layout `A` (`f8[:]`, `f8[:, :]`): its
//! last-axis stride is a run-time value, and LLVM's own loop versioning
//! tests it against one GEP unit, one byte, so its vector loop never runs
//! (unitstride.rs). unitstride copies elementwise loops; this pass covers
//! the innermost loops it leaves that LLVM vectorizes once the stride is
//! the item size: reductions (an int sum or max, a float sum under
//! fastmath's reassociation) and stencils (`a[i - 1] + a[i + 1]`):
//!
//! ```text
//! for t in range(m):                 if s == 8:
//!     for i in range(n):       ->        for t ...: for i ...: k += a[i]   (a: unit last axis)
//!         k += a[i]                  else:
//!                                        for t ...: for i ...: k += a[i]
//! ```
//!
//! The guard tests once, before the outermost loop, the last-axis strides
//! that such loops read (a parameter's, or an array's bound once at the top
//! of the function before the nest, so the value cannot change inside it).
//! It reads only variables, and both copies compute the same values in the
//! same order: LLVM reassociates a float sum only under fastmath, so
//! without it a loop that carries a float is not worth a copy and is left
//! alone. A zero-size, reversed or strided array fails the guard and runs
//! the loop as before.

use super::unitstride::{guard_expr, mentions, plain, relayout_stmt, versions};
use crate::base::consts::ConstValue;
use crate::base::types::Layout;
use crate::tir::array::ArrayRef;
use crate::tir::{BinOp, TExpr, TExprKind, TStmt, TypedFunction, Var};
use std::collections::{HashMap, HashSet};

/// Versions every function's loop nests whose innermost loops vectorize
/// at unit strides; `reassoc`: float sums may be reassociated (fastmath).
pub fn run(functions: &mut [TypedFunction], reassoc: bool) {
    for f in functions.iter_mut() {
        let floats: HashSet<Var> = (0..f.vars.len()).filter(|&v| f.vars[v].ty.is_float()).collect();
        let mut counts: HashMap<Var, usize> = HashMap::new();
        for s in f.body.iter().flat_map(TStmt::nested) {
            direct_sets(s).into_iter().for_each(|v| *counts.entry(v).or_default() += 1);
        }
        // Variables with one value wherever a top-level statement runs:
        // parameters never assigned, then each one the top level binds once.
        let mut fixed: HashSet<Var> = (0..f.params.len()).filter(|v| !counts.contains_key(v)).collect();
        let ctx = Ctx { floats, reassoc };
        let body = std::mem::take(&mut f.body);
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            let simple = s.bodies().iter().all(|b| b.is_empty()) && !matches!(s, TStmt::For { .. });
            let once: Vec<Var> = if simple { direct_sets(&s) } else { Vec::new() };
            out.push(ctx.version(s, &fixed));
            fixed.extend(once.into_iter().filter(|v| counts.get(v) == Some(&1)));
        }
        f.body = out;
    }
}

/// The variables `s` itself binds (not its nested statements).
fn direct_sets(s: &TStmt) -> Vec<Var> {
    match s {
        TStmt::For { var, .. } => vec![*var],
        TStmt::If { .. } | TStmt::While { .. } | TStmt::Try { .. } | TStmt::Seq(_) => Vec::new(),
        _ => {
            let mut out = Vec::new();
            s.sets(&mut out);
            out
        }
    }
}

struct Ctx {
    floats: HashSet<Var>,
    reassoc: bool,
}

impl Ctx {
    /// `s` with its outermost loops versioned where they hold a loop
    /// worth it.
    fn version(&self, s: TStmt, fixed: &HashSet<Var>) -> TStmt {
        match s {
            TStmt::For { .. } | TStmt::While { .. } => {
                let mut guard = Vec::new();
                self.strides(&s, fixed, &mut guard);
                let mut seen = HashSet::new();
                guard.retain(|k| seen.insert(*k));
                let Some(cond) = guard_expr(&guard, span_of(&s)) else { return s };
                let fast = relayout_nest(s.clone(), &guard);
                TStmt::If { cond, then: vec![fast], orelse: vec![s] }
            }
            TStmt::If { cond, then, orelse } => TStmt::If {
                cond,
                then: then.into_iter().map(|s| self.version(s, fixed)).collect(),
                orelse: orelse.into_iter().map(|s| self.version(s, fixed)).collect(),
            },
            TStmt::Try { body, handler } => TStmt::Try {
                body: body.into_iter().map(|s| self.version(s, fixed)).collect(),
                handler: handler.into_iter().map(|s| self.version(s, fixed)).collect(),
            },
            TStmt::Seq(body) => TStmt::Seq(body.into_iter().map(|s| self.version(s, fixed)).collect()),
            other => other,
        }
    }

    /// The (stride variable, item size) pairs of the accesses that the
    /// loops in `s` worth a unit copy read along their last axis.
    fn strides(&self, s: &TStmt, fixed: &HashSet<Var>, out: &mut Vec<(Var, i64)>) {
        if let Some((steps, set)) = self.loop_vars(s) {
            let mut found = Vec::new();
            let mut contiguous = true;
            for_accesses(s.bodies()[0], &mut |a, idx| {
                let Some((last, rest)) = idx.split_last() else { return };
                let varies = |e: &TExpr| set.iter().any(|&v| mentions(e, v));
                if rest.iter().any(varies) || (varies(last) && !unit_step(last, &steps)) {
                    // A gather, a column, a rolled index: no vector loop.
                    contiguous = false;
                } else if varies(last) {
                    found.extend(candidate(a, idx, fixed));
                }
            });
            if contiguous {
                out.extend(found);
            }
            return;
        }
        for b in s.bodies() {
            b.iter().for_each(|x| self.strides(x, fixed, out));
        }
    }

    /// For an innermost loop that vectorizes at unit strides and that
    /// unitstride does not copy: its induction variables (each one more
    /// per iteration: a `for`'s own, a `while`'s `i += 1`) and every
    /// variable that changes from one iteration to the next.
    fn loop_vars(&self, s: &TStmt) -> Option<(Vec<Var>, Vec<Var>)> {
        let (own, cond, body) = match s {
            TStmt::For { var, step, body, orelse, .. } => {
                (orelse.is_empty() && !versions(*var, step, body, orelse)).then_some((Some(*var), None, body))?
            }
            TStmt::While { cond, body, orelse } => orelse.is_empty().then_some((None, Some(cond), body))?,
            _ => return None,
        };
        let simple = |s: &TStmt| {
            matches!(s, TStmt::Assign { .. } | TStmt::ParallelAssign { .. } | TStmt::Store { .. })
                && s.exprs().into_iter().all(plain)
        };
        if body.is_empty() || !body.iter().all(simple) || !cond.is_none_or(plain) || body.iter().any(wide_minmax) {
            return None;
        }
        let mut set = Vec::new();
        body.iter().for_each(|s| s.sets(&mut set));
        if !self.reassoc && self.carries_float(cond, body, &set) {
            return None;
        }
        let counted = |&v: &Var| {
            let sets: Vec<_> = body.iter().filter(|s| direct_sets(s).contains(&v)).collect();
            matches!(sets[..], [TStmt::Assign { value, .. }] if is_increment(value, v))
        };
        let steps: Vec<Var> = match own {
            Some(v) => vec![v],
            None => set.iter().copied().filter(counted).collect(),
        };
        Some((steps, own.into_iter().chain(set).collect()))
    }

    /// Whether a float variable the body sets is read before the body sets
    /// it (a sum carried from one iteration to the next).
    fn carries_float(&self, cond: Option<&TExpr>, body: &[TStmt], set: &[Var]) -> bool {
        let mut assigned: HashSet<Var> = HashSet::new();
        let carried = |e: &TExpr, assigned: &HashSet<Var>| {
            let mut found = false;
            e.visit(&mut |x| {
                if let TExprKind::Var(v) = x.kind {
                    found |= self.floats.contains(&v) && set.contains(&v) && !assigned.contains(&v);
                }
            });
            found
        };
        if cond.is_some_and(|c| carried(c, &assigned)) {
            return true;
        }
        for s in body {
            if s.exprs().into_iter().any(|e| carried(e, &assigned)) {
                return true;
            }
            assigned.extend(direct_sets(s));
        }
        false
    }
}

/// A 64-bit int `min`/`max`: SSE2 (generic x86-64) has no 64-bit compare,
/// so LLVM's vector maximum is slower than the scalar loop, whose branch
/// is predictable (bench/results/alayout_perf32.md: 2.1 us against 6.4 us
/// for 10^4 items); such a loop is left alone.
fn wide_minmax(s: &TStmt) -> bool {
    let mut found = false;
    for e in s.exprs() {
        e.visit(&mut |x| found |= matches!(x.kind, TExprKind::MinMax(..)) && x.ty.bytes() == 8 && !x.ty.is_float());
    }
    found
}

/// `v + 1` (either order).
fn is_increment(e: &TExpr, v: Var) -> bool {
    let TExprKind::Binary(BinOp::Add, a, b) = &e.kind else { return false };
    let var = |x: &TExpr| matches!(x.kind, TExprKind::Var(w) if w == v);
    let one = |x: &TExpr| matches!(x.kind, TExprKind::Const(ConstValue::Int(1)));
    (var(a) && one(b)) || (one(a) && var(b))
}

/// `v`, `v + c`, `c + v` or `v - c` for an induction variable `v` and an
/// int constant `c`: the next element on the next iteration.
fn unit_step(e: &TExpr, steps: &[Var]) -> bool {
    let var = |x: &TExpr| matches!(x.kind, TExprKind::Var(w) if steps.contains(&w));
    let constant = |x: &TExpr| matches!(x.kind, TExprKind::Const(ConstValue::Int(_)));
    match &e.kind {
        TExprKind::Binary(BinOp::Add, a, b) => (var(a) && constant(b)) || (constant(a) && var(b)),
        TExprKind::Binary(BinOp::Sub, a, b) => var(a) && constant(b),
        _ => var(e),
    }
}

/// A real array access whose last-axis stride is a run-time value fixed
/// throughout the nest: that stride and the item size.
fn candidate(a: &ArrayRef, idx: &[TExpr], fixed: &HashSet<Var>) -> Option<(Var, i64)> {
    let last = *a.strides.last()?;
    (a.ty.layout == Layout::A && !a.ty.complex && idx.len() == a.ty.ndim as usize && fixed.contains(&last))
        .then(|| (last, a.ty.itemsize()))
}

/// Calls `f` on every array access (load or store) of `body`'s statements.
fn for_accesses(body: &[TStmt], f: &mut impl FnMut(&ArrayRef, &[TExpr])) {
    for s in body {
        if let TStmt::Store { array, indices, .. } = s {
            f(array, indices);
        }
        for e in s.exprs() {
            e.visit(&mut |x| {
                if let TExprKind::Load(a, idx) = &x.kind {
                    f(a, idx);
                }
            });
        }
    }
}

fn span_of(s: &TStmt) -> std::ops::Range<usize> {
    let mut span = None;
    s.nested().iter().flat_map(|x| x.exprs()).for_each(|e| {
        span.get_or_insert_with(|| e.span.clone());
    });
    span.unwrap_or_default()
}

/// The nest with every access of a guarded stride in its loops of stores
/// and assignments read as unit-stride (so unitstride copies none of them
/// again). Elsewhere, LLVM's GVN gives the stride's uses under the guard
/// its value.
fn relayout_nest(s: TStmt, guard: &[(Var, i64)]) -> TStmt {
    let vars: HashSet<Var> = guard.iter().map(|k| k.0).collect();
    let unit = |a: &ArrayRef, idx: &[TExpr]| candidate(a, idx, &vars).is_some_and(|k| guard.contains(&k));
    relayout_loops(s, &unit)
}

fn relayout_loops(s: TStmt, unit: &dyn Fn(&ArrayRef, &[TExpr]) -> bool) -> TStmt {
    let inner = |body: Vec<TStmt>| -> Vec<TStmt> { body.into_iter().map(|s| relayout_loops(s, unit)).collect() };
    let flat = |body: &[TStmt]| {
        body.iter().all(|s| matches!(s, TStmt::Assign { .. } | TStmt::ParallelAssign { .. } | TStmt::Store { .. }))
    };
    match s {
        TStmt::For { var, start, stop, step, mut body, orelse } if flat(&body) => {
            body.iter_mut().for_each(|s| relayout_stmt(s, unit));
            TStmt::For { var, start, stop, step, body, orelse: inner(orelse) }
        }
        TStmt::While { cond, mut body, orelse } if flat(&body) => {
            body.iter_mut().for_each(|s| relayout_stmt(s, unit));
            TStmt::While { cond, body, orelse: inner(orelse) }
        }
        TStmt::For { var, start, stop, step, body, orelse } => {
            TStmt::For { var, start, stop, step, body: inner(body), orelse: inner(orelse) }
        }
        TStmt::While { cond, body, orelse } => TStmt::While { cond, body: inner(body), orelse: inner(orelse) },
        TStmt::If { cond, then, orelse } => TStmt::If { cond, then: inner(then), orelse: inner(orelse) },
        TStmt::Try { body, handler } => TStmt::Try { body: inner(body), handler: inner(handler) },
        TStmt::Seq(body) => TStmt::Seq(inner(body)),
        other => other,
    }
}
