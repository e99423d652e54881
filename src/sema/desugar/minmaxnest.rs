//! `min(it, key=f)` / `max(it, key=f, default=d)` inside a larger
//! expression (`1 + max(xs, key=f)`, `best = g(min(ps, key=h))`): the call
//! is computed first into a temporary, whose assignment minmaxkey.rs makes
//! a loop, and the statement reads the temporary. Only where CPython would
//! compute the call first anyway: it runs whenever the statement does (not
//! after `and`/`or`, in an arm of `x if c else y`, a later link of a
//! chained comparison, a comprehension or a lambda); what the statement
//! computes before it (`1.0 + min(xs, default=0.0) * 2.0 + max(...)`) is
//! bound to temporaries first, in order (sema/desugar/armtemps.rs).

use crate::sema::sugar::{assign, name, store, temp};
use rustpython_parser::ast::{self, Expr, Stmt};

/// `stmt` as the temporary's assignment and the statement reading it, or
/// None when it has no such call in such a place.
pub fn hoist(stmt: &Stmt, is_builtin: &dyn Fn(&str) -> bool, temps: &mut usize) -> Option<Vec<Stmt>> {
    let mut s = stmt.clone();
    let value: &mut Expr = match &mut s {
        Stmt::Assign(a) => a.value.as_mut(),
        Stmt::Return(r) => r.value.as_deref_mut()?,
        // `a[i] += ...` reads a[i] (which may raise) before the value.
        Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Name(_)) => a.value.as_mut(),
        Stmt::Expr(e) => e.value.as_mut(),
        _ => return None,
    };
    // The whole value of an assignment or a return is minmaxkey.rs's.
    if keyed(value, is_builtin) && matches!(stmt, Stmt::Assign(_) | Stmt::Return(_)) {
        return None;
    }
    let mut found = None;
    let mut pure = true;
    take(value, is_builtin, &mut pure, &mut found, temps);
    let Some((tmp, call)) = found else {
        // Computed after operators or calls: those are bound to temporaries
        // first, in CPython's order, then the call.
        return super::armtemps::lift_into_temps(stmt, &|e| keyed(e, is_builtin), "mmval", temps);
    };
    let at = match &call {
        Expr::Call(c) => c.range,
        _ => return None,
    };
    Some(vec![assign(store(&tmp, at), call, at), s])
}

/// `min`/`max` of one iterable with `key=`/`default=` keywords only, or of
/// several arguments with `key=` only.
fn keyed(e: &Expr, is_builtin: &dyn Fn(&str) -> bool) -> bool {
    let Expr::Call(c) = e else { return false };
    let Expr::Name(f) = c.func.as_ref() else { return false };
    let key_only = c.keywords.iter().all(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "key"));
    matches!(f.id.as_str(), "min" | "max")
        && is_builtin(f.id.as_str())
        && (c.args.len() == 1 || (c.args.len() > 1 && key_only))
        && c.args.iter().all(|x| !matches!(x, Expr::Starred(_)))
        && !c.keywords.is_empty()
        && c.keywords.iter().all(|k| matches!(k.arg.as_ref().map(|a| a.as_str()), Some("key" | "default")))
}

/// Walks `e` in CPython's order of evaluation; the first keyed call
/// reached while everything before it was `pure` is replaced by a fresh
/// temporary (`found`: its name and the call). `pure` turns false once
/// anything that may have an effect or raise was computed.
fn take(
    e: &mut Expr,
    is_builtin: &dyn Fn(&str) -> bool,
    pure: &mut bool,
    found: &mut Option<(String, Expr)>,
    temps: &mut usize,
) {
    if found.is_some() || !*pure {
        return;
    }
    if keyed(e, is_builtin) {
        let tmp = temp(temps, "mmval");
        let at = match e {
            Expr::Call(c) => c.range,
            _ => unreachable!("keyed is a call"),
        };
        *found = Some((tmp.clone(), std::mem::replace(e, name(&tmp, at))));
        return;
    }
    let mut go = |x: &mut Expr, pure: &mut bool| take(x, is_builtin, pure, found, temps);
    match e {
        Expr::Name(_) | Expr::Constant(_) => return,
        Expr::BinOp(b) => {
            go(&mut b.left, pure);
            go(&mut b.right, pure);
        }
        Expr::UnaryOp(u) => go(&mut u.operand, pure),
        Expr::Call(c) => {
            go(&mut c.func, pure);
            for a in c.args.iter_mut() {
                go(a, pure);
            }
            for k in c.keywords.iter_mut() {
                go(&mut k.value, pure);
            }
        }
        Expr::Subscript(s) => {
            go(&mut s.value, pure);
            go(&mut s.slice, pure);
        }
        Expr::Attribute(a) => go(&mut a.value, pure),
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            for x in elts.iter_mut() {
                go(x, pure);
            }
        }
        // Only the operands every evaluation computes.
        Expr::Compare(c) => {
            go(&mut c.left, pure);
            go(&mut c.comparators[0], pure);
        }
        Expr::BoolOp(b) => go(&mut b.values[0], pure),
        Expr::IfExp(i) => go(&mut i.test, pure),
        _ => {}
    }
    // What `e` itself computes (an operator, a call, an item) may raise or
    // have effects before anything to its right.
    *pure = false;
}
