//! `L[a:b] = v` and `L[a:b:k] = v` of a list name, rewritten before typing
//! into the list operations pycc compiles, as CPython's list_ass_subscript
//! does it: `v` is made a new list first (so `L[1:] = L` reads the old
//! items), the bounds are adjusted as PySlice_AdjustIndices adjusts them;
//! a step of 1 removes the slice's items and inserts `v`'s (any length), any
//! other step stores item by item into a slice of exactly `len(v)` items
//! (else CPython's ValueError), a step of 0 is CPython's ValueError.

use crate::sema::sugar::{assign, call, compare, expr_stmt, if_stmt, int, method, name, store, temp};
use rustpython_parser::ast::{self, Expr, Stmt};
use rustpython_parser::text_size::TextRange;

/// The statements for `l[x] = value` (a slice `x`), `value` already a list
/// expression of its own (a copy), None for an empty display (`L[a:b] = []`,
/// whose item type is the list's).
pub fn expand(l: &str, x: &ast::ExprSlice, value: Option<Expr>, at: TextRange, temps: &mut usize) -> Vec<Stmt> {
    let [v, n, st, lo, hi, len] = ["slv", "sln", "slst", "sllo", "slhi", "sllen"].map(|w| temp(temps, w));
    let j = temp(temps, "slj");
    let nm = |s: &str| name(s, at);
    let set = |s: &str, e: Expr| assign(store(s, at), e, at);
    let mut out: Vec<Stmt> = value.iter().map(|value| set(&v, value.clone())).collect();
    let v = value.is_some().then_some(v.as_str());
    out.push(set(&n, call("len", vec![nm(l)], at)));
    // The step: 1 when absent, a constant known here, else checked at run time.
    let constant = match x.step.as_deref() {
        None => Some(1),
        Some(e) => const_int(e),
    };
    out.push(set(&st, x.step.as_deref().cloned().unwrap_or(int(1, at))));
    if constant == Some(0) || constant.is_none() {
        out.push(if_stmt(
            compare(nm(&st), ast::CmpOp::Eq, int(0, at), at),
            vec![raise("slice step cannot be zero", at)],
            at,
        ));
    }
    let negative = compare(nm(&st), ast::CmpOp::Lt, int(0, at), at);
    let when_negative = |a: Expr, b: Expr| match constant {
        Some(k) if k > 0 => b,
        Some(_) => a,
        None => Expr::IfExp(ast::ExprIfExp {
            range: at,
            test: Box::new(negative.clone()),
            body: Box::new(a),
            orelse: Box::new(b),
        }),
    };
    // PySlice_AdjustIndices: a missing bound is the far end in the step's
    // direction; a negative one counts from the end, then both are clamped.
    let minus_one = || bin(int(0, at), ast::Operator::Sub, int(1, at), at);
    let bounds = [
        (&lo, &x.lower, when_negative(bin(nm(&n), ast::Operator::Sub, int(1, at), at), int(0, at))),
        (&hi, &x.upper, when_negative(minus_one(), nm(&n))),
    ];
    for (var, bound, default) in bounds {
        let Some(b) = bound.as_deref() else {
            out.push(set(var, default));
            continue;
        };
        out.push(set(var, b.clone()));
        let low = when_negative(minus_one(), int(0, at));
        let high = when_negative(bin(nm(&n), ast::Operator::Sub, int(1, at), at), nm(&n));
        let from_end = vec![
            set(var, bin(nm(var), ast::Operator::Add, nm(&n), at)),
            if_stmt(compare(nm(var), ast::CmpOp::Lt, int(0, at), at), vec![set(var, low)], at),
        ];
        out.push(Stmt::If(ast::StmtIf {
            range: at,
            test: Box::new(compare(nm(var), ast::CmpOp::Lt, int(0, at), at)),
            body: from_end,
            orelse: vec![if_stmt(compare(nm(var), ast::CmpOp::GtE, nm(&n), at), vec![set(var, high)], at)],
        }));
    }
    let contiguous = contiguous_store(l, (v, &lo, &hi), &j, at);
    let extended = extended_store(l, (v, &lo, &hi, &st, &len), &j, at);
    match constant {
        Some(1) => out.extend(contiguous),
        Some(_) => out.extend(extended),
        None => out.push(Stmt::If(ast::StmtIf {
            range: at,
            test: Box::new(compare(nm(&st), ast::CmpOp::Eq, int(1, at), at)),
            body: contiguous,
            orelse: extended,
        })),
    }
    out
}

/// A step of 1 (list_ass_slice): the items from `lo` to `max(hi, lo)`
/// removed, then `v`'s inserted at `lo`.
fn contiguous_store(l: &str, (v, lo, hi): (Option<&str>, &str, &str), j: &str, at: TextRange) -> Vec<Stmt> {
    let nm = |s: &str| name(s, at);
    let pop = expr_stmt(method(l, "pop", vec![nm(lo)], Vec::new(), at));
    let mut out = vec![for_range(j, bin(nm(hi), ast::Operator::Sub, nm(lo), at), vec![pop], at)];
    if let Some(v) = v {
        let at_j = bin(nm(lo), ast::Operator::Add, nm(j), at);
        let item = subscript(nm(v), nm(j), at);
        let insert = expr_stmt(method(l, "insert", vec![at_j, item], Vec::new(), at));
        out.push(for_range(j, call("len", vec![nm(v)], at), vec![insert], at));
    }
    out
}

/// Another step: the slice's length as CPython computes it, which must be
/// `len(v)`, then one store per item.
fn extended_store(
    l: &str,
    (v, lo, hi, st, len): (Option<&str>, &str, &str, &str, &str),
    j: &str,
    at: TextRange,
) -> Vec<Stmt> {
    let nm = |s: &str| name(s, at);
    let set = |s: &str, e: Expr| assign(store(s, at), e, at);
    let span = |a: &str, b: &str, k: Expr| {
        let d = bin(
            bin(bin(nm(a), ast::Operator::Sub, nm(b), at), ast::Operator::Sub, int(1, at), at),
            ast::Operator::FloorDiv,
            k,
            at,
        );
        bin(d, ast::Operator::Add, int(1, at), at)
    };
    let neg_step = bin(int(0, at), ast::Operator::Sub, nm(st), at);
    let length = vec![
        set(len, int(0, at)),
        Stmt::If(ast::StmtIf {
            range: at,
            test: Box::new(compare(nm(st), ast::CmpOp::Lt, int(0, at), at)),
            body: vec![if_stmt(
                compare(nm(hi), ast::CmpOp::Lt, nm(lo), at),
                vec![set(len, span(lo, hi, neg_step))],
                at,
            )],
            orelse: vec![if_stmt(
                compare(nm(lo), ast::CmpOp::Lt, nm(hi), at),
                vec![set(len, span(hi, lo, nm(st)))],
                at,
            )],
        }),
    ];
    let size = v.map_or(int(0, at), |v| call("len", vec![nm(v)], at));
    let mismatch = compare(size, ast::CmpOp::NotEq, nm(len), at);
    let message = "attempt to assign sequence of a size different from the extended slice's size";
    let mut out = length;
    out.push(if_stmt(mismatch, vec![raise(message, at)], at));
    if let Some(v) = v {
        let index = bin(nm(lo), ast::Operator::Add, bin(nm(j), ast::Operator::Mult, nm(st), at), at);
        let put = assign(subscript(nm(l), index, at).store(), subscript(nm(v), nm(j), at), at);
        out.push(for_range(j, nm(len), vec![put], at));
    }
    out
}

trait Store {
    fn store(self) -> Expr;
}

impl Store for Expr {
    fn store(self) -> Expr {
        match self {
            Expr::Subscript(s) => Expr::Subscript(ast::ExprSubscript { ctx: ast::ExprContext::Store, ..s }),
            e => e,
        }
    }
}

fn const_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(c) => match &c.value {
            ast::Constant::Int(i) => i.try_into().ok(),
            _ => None,
        },
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => const_int(&u.operand).map(|v| -v),
        _ => None,
    }
}

fn bin(a: Expr, op: ast::Operator, b: Expr, at: TextRange) -> Expr {
    Expr::BinOp(ast::ExprBinOp { range: at, left: Box::new(a), op, right: Box::new(b) })
}

fn subscript(value: Expr, index: Expr, at: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        range: at,
        value: Box::new(value),
        slice: Box::new(index),
        ctx: ast::ExprContext::Load,
    })
}

fn for_range(j: &str, n: Expr, body: Vec<Stmt>, at: TextRange) -> Stmt {
    Stmt::For(ast::StmtFor {
        range: at,
        target: Box::new(store(j, at)),
        iter: Box::new(call("range", vec![n], at)),
        body,
        orelse: Vec::new(),
        type_comment: None,
    })
}

fn raise(message: &str, at: TextRange) -> Stmt {
    let text = Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Str(message.into()), kind: None });
    let exc = call("ValueError", vec![text], at);
    Stmt::Raise(ast::StmtRaise { range: at, exc: Some(Box::new(exc)), cause: None })
}
