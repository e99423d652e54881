//! Typing (pipeline step 2): give every expression of an exported function
//! a type, starting from the declared signature, with numba's rules: each
//! local variable has one type, the unification of everything assigned to
//! it (int with float is float, mixed widths promote), found by iterating to
//! a fixed point. The result is the typed IR (`tir`) that lowering walks
//! without looking back at the Python AST.
//!
//! This file is the entry (`type_module`). The checker's core is in
//! `check/`, one file per job, in the order a function goes through them:
//! `specs` (which functions, with which signatures), `params`, `fixpoint`
//! (inference), `typer` (the state and evaluation-order bookkeeping),
//! `names` (name resolution), `stmts` and `loops`, `exprs`, `arith` and
//! `calls`. The forms the core hands off are grouped by the values they
//! type, each tried as a `Claim` (`claim.rs`):
//! - `desugar/`: source rewrites before typing (loop forms, walrus, `elif`
//!   chains, temporaries, `try`/`finally` exits, generators);
//! - `numbers/`: numpy scalars, complex numbers, `math`, Optional values;
//! - `containers/`: lists, dicts, sets, strs and tuples;
//! - `control/`: exceptions;
//! - `ndarray/`: arrays, views, elementwise loops and fused reductions;
//! - `npcalls/`: numpy calls, inline or through the runtime.
//!
//! Whatever no helper claims gets a diagnostic that names the construct.

use crate::base::consts::ConstValue;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Result, Source};
use crate::base::int::wrap;
use crate::base::types::{ArrayTy, Return, Scalar, Signature, Ty};
use crate::syntax::parse::{literal_value, range, Export, Globals};
use claim::{bridge, decide, given, mine, or_not_mine, or_reported, Claim, OptArg};

mod builtins;
mod check;
pub(crate) mod claim;
mod desugar;
mod numbers;
mod containers;
mod control;
mod ndarray;
mod npcalls;
use crate::tir::array::{ArrayRef, NpArg, NpFunc, UFUNCS};
use crate::tir::math::{self as math_table, MathFn};
use crate::tir::{BinOp, CmpOp, Param, TExpr, TExprKind, TStmt, TypedFunction, Var, VarInfo};
use check::{
    arith::*, calls::*, exprs::*, fixpoint::*, names::*, params::*, reported::*, specs::*, stmts::*, typer::*,
};
use containers::{dictarrays, dicts, listdtype, lists, strings, tuplearrays, tuples};
use control::{reraise, userexc};
use desugar::{
    anyall, armtemps, elifchain, finally, genbind, generators, listslice, mapfilter, minmaxkey, minmaxnest,
    minmaxtuple, rangevar, reduce, shortcircuit, starcall, sugar, tupleops, tuplesugar, walrus, webs,
};
use ndarray::{arrayops, arrays, cxarrays, forward, zerod};
use npcalls::{
    displays, einsum, fft, nonzero, npfuncs, nplinalg, npstats, nptuples, numpy, outwhere, seqargs, setops, shapes,
    ufuncloops, ufuncreduce,
};
use numbers::{cplx, errmodel, math, npscalarvars, optional, scalars};
use rustpython_parser::ast::{self, Expr, Stmt};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The typed tree's operator for a Python binary operator (`@` has none).
pub(crate) fn bin_op(op: ast::Operator) -> Option<BinOp> {
    Some(match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::Div => BinOp::Div,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::MatMult => return None,
    })
}

/// The typed tree's comparison for a Python one (`is`, `in` have none).
pub(crate) fn cmp_op(op: ast::CmpOp) -> Option<CmpOp> {
    Some(match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        _ => return None,
    })
}

/// Every function a module needs, typed: its exports, and each helper once
/// per distinct argument-type signature it is called with.
pub fn type_module(source: &Source, globals: &Globals, exports: &[Export]) -> Result<Vec<TypedFunction>> {
    let specs = Specs {
        source,
        globals,
        exports,
        table: RefCell::new(Vec::new()),
        done: RefCell::new(Vec::new()),
        errors: RefCell::new(Vec::new()),
        partial: RefCell::new(HashMap::new()),
        blocked: RefCell::new(Vec::new()),
        none_calls: optional::none_calls(globals),
    };
    // Exports first, so that a recursive call finds its declared return type.
    for e in exports {
        let state = match &e.signature.ret {
            Return::Declared(d) => SpecState::InProgress(KnownReturn::Value(d.clone())),
            Return::Void => SpecState::InProgress(KnownReturn::Void),
            Return::Infer if !returns_a_value(&e.function.body) => SpecState::InProgress(KnownReturn::Void),
            Return::Infer => SpecState::Pending,
        };
        specs.table.borrow_mut().push(SpecEntry {
            name: e.function.name.to_string(),
            args: e.signature.args.clone(),
            symbol: crate::abi::kernel_symbol(&e.name),
            state,
            recursive: false,
        });
    }
    let mut failed = false;
    for i in 0..exports.len() {
        // An export another one called is typed already.
        match specs.table.borrow()[i].state {
            SpecState::Done(_) => continue,
            SpecState::Failed => {
                failed = true;
                continue;
            }
            _ => {}
        }
        failed |= specs.type_export(i).is_err();
    }
    let mut errors = specs.errors.into_inner();
    // A function typed again (a later round, another caller's types) may
    // report the same error twice: each is shown once.
    let mut shown: Vec<Diagnostic> = Vec::new();
    errors.retain(|d| {
        let new = !shown.contains(d);
        if new {
            shown.push(d.clone());
        }
        new
    });
    if failed || !errors.is_empty() {
        return Err(Diagnostics::new(source, errors));
    }
    let mut functions = specs.done.into_inner();
    guard_recursion(&mut functions);
    Ok(functions)
}
