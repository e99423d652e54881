//! `functools.reduce(f, xs)` / `reduce(f, xs, initial)` (`import
//! functools`, `from functools import reduce`) as the whole value of an
//! assignment or a `return`: the loop CPython's reduce runs, `acc = f(acc,
//! x)` over the items in order, from `initial` or else from the first item
//! (`TypeError: reduce() of empty iterable with no initial value` when
//! there is none). A lambda is applied in place.

use crate::sema::sugar::{assign, compare, if_stmt, int, name, store, temp};
use crate::syntax::parse::Globals;
use rustpython_parser::ast::{self, Expr, Stmt};

/// `stmt` as that loop, or None when it is not such a call.
pub fn expand(stmt: &Stmt, globals: &Globals, temps: &mut usize) -> Option<Vec<Stmt>> {
    let (value, target): (&Expr, Option<Expr>) = match stmt {
        Stmt::Assign(a) if a.targets.len() == 1 => (&a.value, Some(a.targets[0].clone())),
        Stmt::Return(ast::StmtReturn { value: Some(v), .. }) => (v, None),
        _ => return None,
    };
    let Expr::Call(c) = value else { return None };
    let is_reduce = match c.func.as_ref() {
        Expr::Name(n) => {
            globals.from_imports.get(n.id.as_str()).is_some_and(|(m, f)| m == "functools" && f == "reduce")
        }
        Expr::Attribute(a) => {
            a.attr.as_str() == "reduce"
                && matches!(a.value.as_ref(), Expr::Name(m) if globals.modules.get(m.id.as_str()).is_some_and(|m| m == "functools"))
        }
        _ => false,
    };
    if !is_reduce || !c.keywords.is_empty() || !(2..=3).contains(&c.args.len()) {
        return None;
    }
    if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
        return None;
    }
    let at = c.range;
    let [acc, item, seen] = ["rdacc", "rditem", "rdseen"].map(|w| temp(temps, w));
    let step = crate::sema::mapfilter::apply(&c.args[0], vec![name(&acc, at), name(&item, at)], at)?;
    let mut out = Vec::new();
    // CPython's order: the function, the iterable, the initial value.
    let iter = match &c.args[1] {
        // A range's bounds are taken in that order; the loop then counts
        // (a range object is not a value pycc keeps).
        Expr::Call(r)
            if matches!(r.func.as_ref(), Expr::Name(n) if n.id.as_str() == "range") && r.keywords.is_empty() =>
        {
            let mut bounds = r.clone();
            for arg in bounds.args.iter_mut() {
                let t = temp(temps, "rdbound");
                out.push(assign(store(&t, at), arg.clone(), at));
                *arg = name(&t, at);
            }
            Expr::Call(bounds)
        }
        other => {
            let seq = temp(temps, "rdseq");
            out.push(assign(store(&seq, at), other.clone(), at));
            name(&seq, at)
        }
    };
    let body = match c.args.get(2) {
        Some(init) => {
            out.push(assign(store(&acc, at), init.clone(), at));
            vec![assign(store(&acc, at), step, at)]
        }
        None => {
            out.push(assign(store(&seen, at), int(0, at), at));
            let first = compare(name(&seen, at), ast::CmpOp::Eq, int(0, at), at);
            vec![Stmt::If(ast::StmtIf {
                range: at,
                test: Box::new(first),
                body: vec![assign(store(&acc, at), name(&item, at), at), assign(store(&seen, at), int(1, at), at)],
                orelse: vec![assign(store(&acc, at), step, at)],
            })]
        }
    };
    out.push(Stmt::For(ast::StmtFor {
        range: at,
        target: Box::new(store(&item, at)),
        iter: Box::new(iter),
        body,
        orelse: Vec::new(),
        type_comment: None,
    }));
    if c.args.len() == 2 {
        let msg = "reduce() of empty iterable with no initial value".to_string();
        let exc = Expr::Call(ast::ExprCall {
            range: at,
            func: Box::new(name("TypeError", at)),
            args: vec![Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Str(msg), kind: None })],
            keywords: vec![],
        });
        let raise = Stmt::Raise(ast::StmtRaise { range: at, exc: Some(Box::new(exc)), cause: None });
        out.push(if_stmt(compare(name(&seen, at), ast::CmpOp::Eq, int(0, at), at), vec![raise], at));
    }
    out.push(match target {
        Some(t) => assign(t, name(&acc, at), at),
        None => Stmt::Return(ast::StmtReturn { range: at, value: Some(Box::new(name(&acc, at))) }),
    });
    Some(out)
}
