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
use crate::tir::{BinOp, TExpr, TExprKind, TStmt, Var};
use std::collections::{HashMap, HashSet};

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
        TExprKind::Binary(BinOp::Div | BinOp::FloorDiv | BinOp::Mod, _, r) => {
            e.ty.is_float() && !matches!(r.kind, TExprKind::Const(_))
        }
        _ => checked_result(e),
    }
}

/// A float power or a libm call with errors: checked on its result alone
/// (an inf or nan out of finite operands), so an accumulator that keeps
/// the inf or nan can stand for the check (`quiet_nodes`).
fn checked_result(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::Binary(BinOp::Pow, ..) => e.ty.is_float(),
        TExprKind::Math(f, _) => matches!(f.kind, Kind::Libm { errors, .. } if errors != Errors::None),
        _ => false,
    }
}

/// Accumulators of a deferring loop and the checks they stand for: a
/// float variable `s` whose every assignment in the loop reaches `s`
/// itself through `+ - *`, negation and float casts only (`s += e`,
/// `s = s * e - f`) stays inf or nan once it is (`inf + -inf`, `inf * 0`
/// and every nan are nan), and so does it after any inf or nan in such a
/// position of `e`. A float power or math call there needs no flag bits
/// of its own (its checks fire only on an inf or nan result): the
/// deferred run looks at `s` once a chunk, and at each raise that cannot
/// wait (lower/deferral.rs), which keeps the vectorized loop bare.
#[derive(Default)]
pub struct Sticky {
    pub accumulators: Vec<Var>,
    /// The checked nodes whose checks the accumulators stand for.
    pub quiet: HashSet<*const TExpr>,
}

/// The accumulators of the loop `body` and their quiet nodes.
pub fn sticky(body: &[TStmt]) -> Sticky {
    let mut updates: HashMap<Var, Vec<&TExpr>> = HashMap::new();
    let mut spoiled: HashSet<Var> = HashSet::new();
    for s in body.iter().flat_map(TStmt::nested) {
        match s {
            TStmt::Assign { var, value } => updates.entry(*var).or_default().push(value),
            TStmt::ParallelAssign { vars, .. } => spoiled.extend(vars),
            TStmt::For { var, .. } => {
                spoiled.insert(*var);
            }
            _ => {}
        }
        for e in s.exprs() {
            e.visit(&mut |x| {
                if let TExprKind::Let(binds, _) = &x.kind {
                    spoiled.extend(binds.iter().map(|(v, _)| *v));
                }
            });
        }
    }
    let mut out = Sticky::default();
    let mut vars: Vec<_> = updates.into_iter().filter(|(v, _)| !spoiled.contains(v)).collect();
    vars.sort_by_key(|(v, _)| *v);
    for (var, values) in vars {
        if values.iter().all(|e| e.ty.is_float() && reaches(e, var)) {
            out.accumulators.push(var);
            values.iter().for_each(|e| quiet_nodes(e, &mut out.quiet));
        }
    }
    out
}

/// The operands through which an inf or nan reaches `e`'s value.
fn sticky_operands(e: &TExpr) -> Vec<&TExpr> {
    if !e.ty.is_float() {
        return Vec::new();
    }
    match &e.kind {
        TExprKind::Binary(BinOp::Add | BinOp::Sub | BinOp::Mul, l, r) => vec![l, r],
        TExprKind::Neg(x) => vec![x],
        TExprKind::Cast(x) if x.ty.is_float() => vec![x],
        _ => Vec::new(),
    }
}

fn reaches(e: &TExpr, var: Var) -> bool {
    matches!(e.kind, TExprKind::Var(v) if v == var) || sticky_operands(e).into_iter().any(|x| reaches(x, var))
}

/// The float powers and math calls with error checks in sticky positions
/// of `e` (not inside them: `pow(inf, -1)` is 0).
fn quiet_nodes(e: &TExpr, out: &mut HashSet<*const TExpr>) {
    if checked_result(e) {
        out.insert(e as *const TExpr);
        return;
    }
    sticky_operands(e).into_iter().for_each(|x| quiet_nodes(x, out));
}
