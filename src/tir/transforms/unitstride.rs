//! Loops over run-time strides, versioned on a unit stride. An array of
//! layout `A` (an `f8[:, :]` argument, a view, a temporary whose order
//! numpy picks at run time) is addressed as `data + i * stride` with the
//! stride in bytes, a run-time value. LLVM's loop vectorizer versions such
//! a loop on a symbolic stride of one GEP unit, here one byte, so its
//! vector loop never runs. So an innermost elementwise loop that indexes
//! such arrays' last axis by its own variable runs as
//!
//! ```text
//! for i in range(a, b):              if s == 8 and t == 8:
//!     x[i] = y[i] + z            ->        for i in range(a, b):
//!                                              x[i] = y[i] + z    (x, y: unit last axis)
//!                                      else:
//!                                          for i in range(a, b):
//!                                              x[i] = y[i] + z
//! ```
//!
//! where `s` and `t` are the last-axis strides of `x` and `y`: the first
//! copy reads and writes them with the constant item size, which LLVM
//! vectorizes. The guard reads only variables, so it can neither raise nor
//! change what the loop computes; each copy computes the same elements in
//! the same order. Only loops that can vectorize are copied (the code
//! doubles): a body of array stores and scalar assignments whose
//! expressions are arithmetic that cannot raise (numpy's elementwise ops,
//! `+ - *`, casts, compares), with no variable carried from one iteration
//! to the next (a float sum stays in order, so such a reduction could not
//! vectorize without reassociation, which pycc never does unasked).

use crate::base::consts::ConstValue;
use crate::base::types::{Layout, Scalar};
use crate::tir::array::ArrayRef;
use crate::tir::{BinOp, CmpOp, TExpr, TExprKind, TStmt, TypedFunction, Var};
use std::collections::HashSet;

/// Versions every function's vectorizable innermost loops on unit strides.
pub fn run(functions: &mut [TypedFunction]) {
    for f in functions.iter_mut() {
        let body = std::mem::take(&mut f.body);
        f.body = version_list(body);
    }
}

fn version_list(stmts: Vec<TStmt>) -> Vec<TStmt> {
    stmts.into_iter().map(version).collect()
}

fn version(s: TStmt) -> TStmt {
    match s {
        TStmt::For { var, start, stop, step, body, orelse } => {
            if orelse.is_empty() && is_one(&step) {
                if let Some((guard, fast)) = unit_copy(var, &body) {
                    let fast = TStmt::For {
                        var,
                        start: start.clone(),
                        stop: stop.clone(),
                        step: step.clone(),
                        body: fast,
                        orelse: Vec::new(),
                    };
                    let general = TStmt::For { var, start, stop, step, body, orelse };
                    return TStmt::If { cond: guard, then: vec![fast], orelse: vec![general] };
                }
            }
            TStmt::For { var, start, stop, step, body: version_list(body), orelse: version_list(orelse) }
        }
        TStmt::If { cond, then, orelse } => TStmt::If { cond, then: version_list(then), orelse: version_list(orelse) },
        TStmt::While { cond, body, orelse } => {
            TStmt::While { cond, body: version_list(body), orelse: version_list(orelse) }
        }
        TStmt::Try { body, handler } => TStmt::Try { body: version_list(body), handler: version_list(handler) },
        TStmt::Seq(body) => TStmt::Seq(version_list(body)),
        other => other,
    }
}

fn is_one(e: &TExpr) -> bool {
    matches!(e.kind, TExprKind::Const(ConstValue::Int(1)))
}

/// `s1 == size1 and s2 == size2 ...`; None for no strides.
pub(super) fn guard_expr(guard: &[(Var, i64)], span: std::ops::Range<usize>) -> Option<TExpr> {
    let e = |ty, kind| TExpr { ty, kind, span: span.clone() };
    guard
        .iter()
        .map(|&(v, size)| {
            let var = e(Scalar::I64, TExprKind::Var(v));
            let size = e(Scalar::I64, TExprKind::Const(ConstValue::Int(size.into())));
            e(Scalar::Bool, TExprKind::Compare(CmpOp::Eq, Box::new(var), Box::new(size)))
        })
        .reduce(|a, b| e(Scalar::Bool, TExprKind::And(Box::new(a), Box::new(b))))
}

/// Whether `version` copies this `for` loop (unitnest leaves such loops
/// to it).
pub(super) fn versions(var: Var, step: &TExpr, body: &[TStmt], orelse: &[TStmt]) -> bool {
    orelse.is_empty() && is_one(step) && unit_copy(var, body).is_some()
}

/// The guard (every run-time last-axis stride the body indexes by `lv`
/// equals the item size) and the body reading those axes as unit-stride;
/// None when the body is not a vectorizable elementwise one, or indexes
/// no such axis.
fn unit_copy(lv: Var, body: &[TStmt]) -> Option<(TExpr, Vec<TStmt>)> {
    if body.is_empty() || carries(body) {
        return None;
    }
    let mut strides: Vec<(Var, i64)> = Vec::new();
    let mut span = None;
    let no_indices = Vec::new();
    for s in body {
        let (array, indices) = match s {
            TStmt::Store { array, indices, .. } => (Some(array), indices),
            TStmt::Assign { .. } => (None, &no_indices),
            _ => return None,
        };
        if !s.exprs().into_iter().all(plain) || array.is_some_and(|a| !contiguous_access(a, indices, lv)) {
            return None;
        }
        if let Some(a) = array.filter(|a| unit_candidate(a, indices, lv)) {
            strides.push((a.strides[a.ty.ndim as usize - 1], a.ty.itemsize()));
            span.get_or_insert_with(|| s.exprs()[0].span.clone());
        }
        let mut gather = false;
        for e in s.exprs() {
            e.visit(&mut |x| {
                if let TExprKind::Load(a, idx) = &x.kind {
                    gather |= !contiguous_access(a, idx, lv);
                    if unit_candidate(a, idx, lv) {
                        strides.push((a.strides[a.ty.ndim as usize - 1], a.ty.itemsize()));
                        span.get_or_insert_with(|| x.span.clone());
                    }
                }
            });
        }
        if gather {
            return None;
        }
    }
    let mut set = Vec::new();
    body.iter().for_each(|s| s.sets(&mut set));
    let mut seen = HashSet::new();
    strides.retain(|k| seen.insert(*k));
    if strides.is_empty() || strides.iter().any(|(v, _)| set.contains(v)) {
        return None;
    }
    let guard = guard_expr(&strides, span.unwrap_or_default())?;
    let mut fast = body.to_vec();
    let unit = |a: &ArrayRef, idx: &[TExpr]| unit_candidate(a, idx, lv);
    fast.iter_mut().for_each(|s| relayout_stmt(s, &unit));
    Some((guard, fast))
}

/// A real array of any layout whose last axis `indices` indexes by the
/// loop variable `lv` itself.
fn unit_candidate(a: &ArrayRef, indices: &[TExpr], lv: Var) -> bool {
    a.ty.layout == Layout::A
        && !a.ty.complex
        && a.ty.ndim >= 1
        && indices.len() == a.ty.ndim as usize
        && matches!(indices.last().map(|e| &e.kind), Some(TExprKind::Var(v)) if *v == lv)
}

/// Whether an access reads the same element on every iteration, or the
/// next one along a last axis that is unit-stride or a unit candidate: any
/// other (a rolled index, a strided axis) would not vectorize, so such a
/// loop is not copied.
fn contiguous_access(a: &ArrayRef, indices: &[TExpr], lv: Var) -> bool {
    let Some((last, rest)) = indices.split_last() else { return true };
    if rest.iter().any(|e| mentions(e, lv)) {
        return false;
    }
    if !mentions(last, lv) {
        return true;
    }
    unit_candidate(a, indices, lv)
        || (a.ty.unit_axis() == Some(a.ty.ndim - 1) && matches!(last.kind, TExprKind::Var(v) if v == lv))
}

pub(super) fn mentions(e: &TExpr, lv: Var) -> bool {
    let mut found = false;
    e.visit(&mut |x| found |= matches!(x.kind, TExprKind::Var(v) if v == lv));
    found
}

/// Whether some variable the body sets is read by the body before it is
/// set there (a value carried from one iteration to the next).
fn carries(body: &[TStmt]) -> bool {
    let mut set = Vec::new();
    body.iter().for_each(|s| s.sets(&mut set));
    let mut assigned = HashSet::new();
    for s in body {
        let mut carried = false;
        for e in s.exprs() {
            e.visit(&mut |x| {
                if let TExprKind::Var(v) = x.kind {
                    carried |= set.contains(&v) && !assigned.contains(&v);
                }
            });
        }
        if carried {
            return true;
        }
        let mut here = Vec::new();
        s.sets(&mut here);
        assigned.extend(here);
    }
    false
}

/// Arithmetic that cannot raise or call out, which LLVM vectorizes.
pub(super) fn plain(e: &TExpr) -> bool {
    use TExprKind::*;
    let own = match &e.kind {
        Binary(op, _, b) => {
            matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor)
                || (*op == BinOp::Div && e.ty.is_float() && nonzero_const(b))
        }
        Var(_) | Const(_) | Neg(_) | Cast(_) | WrapCast(_) | Compare(..) | Truth(_) | Not(_) | Invert(_) | Abs(_)
        | MinMax(..) | NpBinary(..) | And(..) | Or(..) | IfExp(..) | Load(..) | Let(..) => true,
        _ => false,
    };
    own && e.children().into_iter().all(plain)
}

/// A constant other than zero (a float `/` by it cannot raise
/// ZeroDivisionError): `x / 3.0`, `x * (1.0 / 3.0)`.
fn nonzero_const(e: &TExpr) -> bool {
    const_value(e).is_some_and(|x| x != 0.0)
}

fn const_value(e: &TExpr) -> Option<f64> {
    match &e.kind {
        TExprKind::Const(ConstValue::Float(x)) => Some(*x),
        TExprKind::Const(ConstValue::Int(x)) => Some(*x as f64),
        TExprKind::Cast(x) if e.ty.is_float() => const_value(x),
        TExprKind::Binary(BinOp::Div, a, b) if e.ty.is_float() => {
            let (a, b) = (const_value(a)?, const_value(b)?);
            (b != 0.0).then(|| a / b)
        }
        _ => None,
    }
}

/// `s` (a store or an assignment of plain arithmetic) with each access
/// `unit` picks read as unit-stride along its last axis.
pub(super) fn relayout_stmt(s: &mut TStmt, unit: &dyn Fn(&ArrayRef, &[TExpr]) -> bool) {
    match s {
        TStmt::Store { array, indices, value } => {
            relayout(value, unit);
            indices.iter_mut().for_each(|x| relayout(x, unit));
            if unit(array, indices) {
                array.ty.layout = Layout::C;
            }
        }
        TStmt::Assign { value, .. } => relayout(value, unit),
        TStmt::ParallelAssign { values, .. } => values.iter_mut().for_each(|x| relayout(x, unit)),
        _ => unreachable!("versioned bodies are stores and assignments"),
    }
}

/// `e` with each access `unit` picks read as unit-stride (layout C
/// promises exactly that of the last axis).
fn relayout(e: &mut TExpr, unit: &dyn Fn(&ArrayRef, &[TExpr]) -> bool) {
    use TExprKind::*;
    match &mut e.kind {
        Load(a, idx) => {
            idx.iter_mut().for_each(|x| relayout(x, unit));
            if unit(a, idx) {
                a.ty.layout = Layout::C;
            }
        }
        Neg(x) | Cast(x) | WrapCast(x) | Truth(x) | Not(x) | Invert(x) | Abs(x) => relayout(x, unit),
        Binary(_, a, b) | NpBinary(_, a, b) | Compare(_, a, b) | And(a, b) | Or(a, b) => {
            relayout(a, unit);
            relayout(b, unit);
        }
        IfExp(c, a, b) => {
            relayout(c, unit);
            relayout(a, unit);
            relayout(b, unit);
        }
        MinMax(_, xs) => xs.iter_mut().for_each(|x| relayout(x, unit)),
        Let(binds, body) => {
            binds.iter_mut().for_each(|(_, x)| relayout(x, unit));
            relayout(body, unit);
        }
        _ => {}
    }
}
