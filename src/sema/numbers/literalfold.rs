//! Int arithmetic on literals alone whose exact value, or a step on the way,
//! leaves int64 (`2**63`, `2**64 // 4`, `x / 2**63 - 1`): CPython's compiler
//! folds it to one exact constant before anything runs, and numba types that
//! constant (uint64 past int64's range); computed at run time in int64 it
//! would wrap (`2**63` as `-2**63`, found by fuzz/programs/exprtree.py).

use crate::sema::*;
use rustpython_parser::ast::Expr;

/// The folded value of `e` when it is literal int arithmetic that leaves
/// int64 somewhere (`-2**63` too: its operand does); None where typing it
/// as usual gives CPython's value.
pub(in crate::sema) fn wide_literal_int(e: &Expr) -> Option<i128> {
    let env = HashMap::new();
    match crate::syntax::parse::fold_constant(e, &env)? {
        // past uint64 it stays the wrapping run-time arithmetic pycc's ints have
        ConstValue::Int(v) if v >= i64::MIN as i128 && v <= u64::MAX as i128 && leaves_i64(e, &env) => Some(v),
        _ => None,
    }
}

fn leaves_i64(e: &Expr, env: &HashMap<String, ConstValue>) -> bool {
    let wide = |e: &Expr| {
        matches!(crate::syntax::parse::fold_constant(e, env),
                 Some(ConstValue::Int(v)) if v < i64::MIN as i128 || v > i64::MAX as i128)
    };
    match e {
        Expr::BinOp(b) => wide(e) || leaves_i64(&b.left, env) || leaves_i64(&b.right, env),
        Expr::UnaryOp(u) => wide(e) || leaves_i64(&u.operand, env),
        _ => false,
    }
}
