//! Effects: what a function can do besides compute its value, decided once
//! for a module from its typed bodies and the options. A function
//! - is bounds-checked or not (`--boundscheck`);
//! - may raise (then its kernel returns an error flag and callers test it):
//!   a division by a possible zero, a float `**`, `int()` of a float, a
//!   bounds-checked index, a `raise`, a numpy call, a checked int operation
//!   under `--overflow=raise` (`overflow.rs` lists them), or a call of a
//!   function that may;
//! - allocates numpy arrays (then the wrapper gives the call an arena), itself
//!   or through a call;
//! - is stack-guarded: recursive, itself or through a call (then the wrapper
//!   sets the target the guard jumps to, to raise RecursionError);
//! - touches errno: calls C library code (libm, numpy, the runtime), itself
//!   or through a call, or takes or returns more than numbers (then the
//!   wrapper puts errno back; a plain arithmetic kernel skips the cost).
//!
//! The call-graph closure runs once, after every local fact.

use super::overflow;
use crate::base::consts::ConstValue;
use crate::base::options::Overflow;
use crate::base::types::Scalar;
use crate::tir::{BinOp, TExpr, TExprKind, TStmt, TypedFunction};

/// The options that decide effects.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub boundscheck: bool,
    pub overflow: Overflow,
}

/// Sets every function's `boundscheck`, `may_raise` and `allocates`.
pub fn compute(functions: &mut [TypedFunction], opts: Options) {
    for f in functions.iter_mut() {
        f.boundscheck = opts.boundscheck;
        f.may_raise = f.body.iter().any(|s| stmt_may_raise(s, opts.boundscheck))
            || (opts.overflow == Overflow::Raise && overflow::has_checks(f));
        f.allocates = allocates(&f.body);
        f.stack_guarded = stack_guarded(&f.body);
        f.touches_errno = touches_errno(f);
    }
    let calls: Vec<Vec<String>> = functions.iter().map(calls).collect();
    propagate(functions, &calls, |f| &mut f.may_raise);
    propagate(functions, &calls, |f| &mut f.allocates);
    propagate(functions, &calls, |f| &mut f.stack_guarded);
    propagate(functions, &calls, |f| &mut f.touches_errno);
}

/// Gives `symbols` an error flag (lowering found a read of a possibly unset
/// variable in them, which raises UnboundLocalError), and every caller.
pub fn mark_may_raise(functions: &mut [TypedFunction], symbols: &[String]) {
    for f in functions.iter_mut().filter(|f| symbols.contains(&f.symbol)) {
        f.may_raise = true;
    }
    let calls: Vec<Vec<String>> = functions.iter().map(calls).collect();
    propagate(functions, &calls, |f| &mut f.may_raise);
}

/// Whether `f` may run C library code that sets errno: anything but numbers
/// in and out, and statements and expressions of plain arithmetic (calls of
/// other kernels are followed by `propagate`).
fn touches_errno(f: &TypedFunction) -> bool {
    let numbers = |t: &crate::base::types::Ty| matches!(t, crate::base::types::Ty::Scalar(_));
    if !f.py_params.iter().all(|(_, t)| numbers(t)) || !f.ret.as_ref().is_none_or(numbers) {
        return true;
    }
    f.body.iter().flat_map(TStmt::nested).any(|s| {
        let plain = matches!(
            s,
            TStmt::Assign { .. }
                | TStmt::ParallelAssign { .. }
                | TStmt::If { .. }
                | TStmt::While { .. }
                | TStmt::For { .. }
                | TStmt::Break
                | TStmt::Continue
                | TStmt::Seq(_)
                | TStmt::Return { .. }
                | TStmt::CallAssign { .. }
                | TStmt::Call { .. }
                | TStmt::Raise { .. }
        );
        !plain || s.exprs().into_iter().any(calls_libc)
    })
}

/// Whether computing `e` may call C library code (a float `%`, `//` and
/// `**` call fmod and pow; math functions, numpy and the runtime are C).
fn calls_libc(e: &TExpr) -> bool {
    use TExprKind::*;
    let own = match &e.kind {
        Var(_) | Const(_) | Neg(_) | Cast(_) | WrapCast(_) | Compare(..) | Truth(_) | Not(_) | Invert(_) => false,
        Abs(_) | MinMax(..) | FloatToInt(_) | And(..) | Or(..) | IfExp(..) | Let(..) | Pick(..) | Call(..) => false,
        Binary(op, l, _) => match op {
            BinOp::Pow => true,
            BinOp::FloorDiv | BinOp::Mod => l.ty.is_float(),
            _ => false,
        },
        _ => true,
    };
    own || e.children().into_iter().any(calls_libc)
}

/// Whether a statement list has sema's recursion guard (at its top).
fn stack_guarded(stmts: &[TStmt]) -> bool {
    stmts.iter().any(|s| {
        matches!(s, TStmt::Assign { value: TExpr { kind: TExprKind::Runtime(name, _), .. }, .. }
            if *name == crate::abi::runtime::STACK_GUARD_FN)
    })
}

/// The symbols function `f`'s body calls, directly.
pub fn calls(f: &TypedFunction) -> Vec<String> {
    let mut out = Vec::new();
    f.body.iter().for_each(|s| stmt_calls(s, &mut out));
    out
}

/// Sets `flag` on every function that calls (directly or not) one that has
/// it; `calls[i]` is what `functions[i]` calls.
fn propagate(functions: &mut [TypedFunction], calls: &[Vec<String>], flag: fn(&mut TypedFunction) -> &mut bool) {
    loop {
        let set: std::collections::HashSet<String> =
            functions.iter_mut().filter_map(|f| (*flag(f)).then(|| f.symbol.clone())).collect();
        let mut changed = false;
        for (f, callees) in functions.iter_mut().zip(calls) {
            if !*flag(f) && callees.iter().any(|c| set.contains(c)) {
                *flag(f) = true;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

/// Whether a statement list allocates an array itself (calls aside).
fn allocates(stmts: &[TStmt]) -> bool {
    // A list's buffer belongs to the call's arena too, and so does the str
    // object `print(a)` makes of an array.
    stmts.iter().flat_map(TStmt::nested).any(|s| {
        matches!(s, TStmt::Alloc { .. } | TStmt::ListNew { .. } | TStmt::Dict { .. })
            || matches!(s, TStmt::NpValue { func: crate::tir::array::NpFunc::ArrayStr, .. })
            || s.exprs().into_iter().any(makes_object)
    })
}

/// Whether `e` makes a str (or another object) the call's arena keeps.
fn makes_object(e: &TExpr) -> bool {
    matches!(&e.kind, TExprKind::Runtime(name, _) if *name == crate::abi::runtime::STR_CALL_OBJ_FN)
        || e.children().into_iter().any(makes_object)
}

/// The symbols statement `s` (and everything nested in it) calls.
fn stmt_calls(s: &TStmt, out: &mut Vec<String>) {
    for s in s.nested() {
        s.exprs().into_iter().for_each(|x| expr_calls(x, out));
        if let TStmt::Call { symbol, .. } | TStmt::CallAssign { symbol, .. } = s {
            out.push(symbol.clone());
        }
    }
}

fn expr_calls(e: &TExpr, out: &mut Vec<String>) {
    // A call's arguments are evaluated (and call) before it.
    e.children().into_iter().for_each(|x| expr_calls(x, out));
    if let TExprKind::Call(symbol, _) = &e.kind {
        out.push(symbol.clone());
    }
}

/// `bc`: whether array indexing is bounds-checked (else it cannot raise).
fn expr_may_raise(e: &TExpr, bc: bool) -> bool {
    node_may_raise(e, bc) || e.children().into_iter().any(|x| expr_may_raise(x, bc))
}

/// An int `**` exponent that py.pow expands into multiplications (a
/// constant 0..=64); any other exponent takes lowering's `var_int_pow`,
/// which raises for a negative one.
pub fn const_int_exponent(r: &TExpr) -> bool {
    matches!(r.kind, TExprKind::Const(ConstValue::Int(n)) if (0..=64).contains(&n))
        || matches!(r.kind, TExprKind::Const(ConstValue::Bool(_)))
}

/// Whether this node (not its operands) may raise.
fn node_may_raise(e: &TExpr, bc: bool) -> bool {
    match &e.kind {
        TExprKind::DivMod(op, _, r) => {
            division_may_raise(BinOp::FloorDiv, r) || (*op == BinOp::Mod && division_may_raise(*op, r))
        }
        TExprKind::Binary(op, _, r) => {
            (matches!(op, BinOp::Div | BinOp::FloorDiv | BinOp::Mod) && division_may_raise(*op, r))
                || (*op == BinOp::Pow && (e.ty.is_float() || !const_int_exponent(r)))
                || (matches!(op, BinOp::LShift | BinOp::RShift) && shift_may_raise(r))
        }
        TExprKind::FloatToInt(_) | TExprKind::Round(_) | TExprKind::NpScalar(_) | TExprKind::NotNone(..) => true,
        // IndexError, when bounds-checked (lowering reads the same flag).
        TExprKind::Load(..) => bc,
        // A list index is always checked (CPython's IndexError).
        TExprKind::ListLoad(..) => true,
        // IndexError for an index out of range.
        TExprKind::Pick(..) => true,
        TExprKind::Math(f, _) => f.may_raise(),
        // A str operation: CPython's exception (lowering checks it).
        TExprKind::Runtime(name, _) => crate::abi::runtime::runtime_check(name).is_some(),
        _ => false,
    }
}

fn stmt_may_raise(s: &TStmt, bc: bool) -> bool {
    s.nested().into_iter().any(|s| node_stmt_may_raise(s, bc) || s.exprs().into_iter().any(|x| expr_may_raise(x, bc)))
}

/// Whether this statement itself (not its expressions or nested
/// statements) may raise. Calls are settled over the whole call graph by
/// `compute`.
fn node_stmt_may_raise(s: &TStmt, bc: bool) -> bool {
    match s {
        // A step that is not a constant is checked for zero.
        TStmt::For { step, .. } => !matches!(step.kind, TExprKind::Const(_)),
        // IndexError, when bounds-checked.
        TStmt::Store { .. } => bc,
        // numpy's errors (negative dimensions, MemoryError, ...); print's
        // (a closed stdout, an encoding error).
        TStmt::Raise { .. }
        | TStmt::Alloc { .. }
        | TStmt::Fail { .. }
        | TStmt::NpValue { .. }
        | TStmt::Print { .. }
        | TStmt::ListNew { .. }
        | TStmt::ListStore { .. }
        | TStmt::ListAppend { .. }
        | TStmt::ListPop { .. }
        | TStmt::Dict { .. } => true,
        _ => false,
    }
}

/// Whether a division by `divisor` can fail: by zero, or (signed floor
/// division) MIN // -1, whose result does not fit.
pub fn division_may_raise(op: BinOp, divisor: &TExpr) -> bool {
    match divisor.kind {
        TExprKind::Const(ConstValue::Int(0)) | TExprKind::Const(ConstValue::Bool(false)) => true,
        TExprKind::Const(ConstValue::Int(-1)) => {
            op == BinOp::FloorDiv && matches!(divisor.ty, Scalar::Int { signed: true, .. })
        }
        TExprKind::Const(ConstValue::Float(f)) => f == 0.0,
        TExprKind::Const(_) => false,
        _ => true,
    }
}

/// A shift raises ValueError for a negative count: Python's count, before
/// typing's cast to the shift's type (`u8 >> i8` shifts by
/// `cast:uint64(n)`, `i8 >> u8` by `cast:int64(n)`, never negative).
pub fn shift_may_raise(count: &TExpr) -> bool {
    match &count.kind {
        TExprKind::Const(ConstValue::Int(n)) => *n < 0,
        TExprKind::Const(_) => false,
        TExprKind::Cast(x) if matches!(x.ty, Scalar::Int { .. }) => shift_may_raise(x),
        _ => matches!(count.ty, Scalar::Int { signed: true, .. }),
    }
}
