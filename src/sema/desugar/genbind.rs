//! A generator bound to a name and consumed once: `it = g(n)` then
//! `for v in it:` (or `list(it)`, `sum(it)`, `min`/`max`/`any`/`all`/
//! `sorted(it)`). Creating a generator runs none of its body, only the
//! arguments, so the arguments are computed where the call was (into
//! temporaries) and the call itself moves to where it is consumed, which
//! generators.rs and anyall.rs inline.

use crate::sema::forward::Counts;
use crate::sema::sugar::{assign, name, store};
use crate::syntax::parse::Globals;
use rustpython_parser::ast::{Expr, Stmt};

/// `body` with its once-consumed generator variables moved to their use,
/// or None when there is none.
pub(in crate::sema) fn bind_names(body: &[Stmt], globals: &Globals) -> Option<Vec<Stmt>> {
    let counts = Counts::of(body);
    let mut out = body.to_vec();
    let mut k = 0;
    block(&mut out, globals, &|n| counts.0.get(n) == Some(&2), &mut k).then_some(out)
}

fn block(stmts: &mut Vec<Stmt>, globals: &Globals, once: &dyn Fn(&str) -> bool, k: &mut usize) -> bool {
    let mut changed = false;
    for s in stmts.iter_mut() {
        changed |= match s {
            Stmt::For(f) => block(&mut f.body, globals, once, k) | block(&mut f.orelse, globals, once, k),
            Stmt::While(w) => block(&mut w.body, globals, once, k) | block(&mut w.orelse, globals, once, k),
            Stmt::If(i) => block(&mut i.body, globals, once, k) | block(&mut i.orelse, globals, once, k),
            _ => false,
        };
    }
    let mut i = 0;
    while i < stmts.len() {
        if let Some(moved) = bind(stmts, i, globals, once, k) {
            stmts.splice(i..=i, moved);
            changed = true;
        }
        i += 1;
    }
    changed
}

/// Statement `i`, `it = g(args)`, as the assignments of its arguments when
/// the one read of `it` is a later statement's consumption, which then
/// gets the call.
fn bind(
    stmts: &mut [Stmt],
    i: usize,
    globals: &Globals,
    once: &dyn Fn(&str) -> bool,
    k: &mut usize,
) -> Option<Vec<Stmt>> {
    let Stmt::Assign(a) = &stmts[i] else { return None };
    let [Expr::Name(it)] = a.targets.as_slice() else { return None };
    let Expr::Call(c) = a.value.as_ref() else { return None };
    let Expr::Name(g) = c.func.as_ref() else { return None };
    let generator =
        globals.functions.get(g.id.as_str()).is_some_and(|f| crate::sema::generators::is_generator(&f.body));
    if !generator || !c.keywords.is_empty() || !once(it.id.as_str()) {
        return None;
    }
    let (it, r, mut call) = (it.id.to_string(), a.range, c.clone());
    let j = (i + 1..stmts.len()).find(|&j| crate::sema::forward::stmt_mentions(&stmts[j], &it))?;
    let slot = consumed(&mut stmts[j], &it)?;
    let mut moved = Vec::new();
    for arg in call.args.iter_mut() {
        let t = format!("$genarg{k}");
        *k += 1;
        moved.push(assign(store(&t, r), std::mem::replace(arg, name(&t, r)), r));
    }
    *slot = Expr::Call(call);
    Some(moved)
}

/// Where statement `s` consumes `it` whole, as a `for` loop's iterable or
/// the argument of a builtin that iterates it once.
fn consumed<'s>(s: &'s mut Stmt, it: &str) -> Option<&'s mut Expr> {
    let is_it = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == it);
    let value = match s {
        Stmt::For(f) if is_it(&f.iter) => return Some(&mut f.iter),
        Stmt::Assign(a) => a.value.as_mut(),
        Stmt::AugAssign(a) => a.value.as_mut(),
        Stmt::Return(r) => r.value.as_deref_mut()?,
        _ => return None,
    };
    let Expr::Call(c) = value else { return None };
    let builtin = matches!(c.func.as_ref(), Expr::Name(f) if matches!(f.id.as_str(), "list" | "sum" | "min" | "max" | "any" | "all" | "sorted"));
    match c.args.as_mut_slice() {
        [x] if builtin && c.keywords.is_empty() && is_it(x) => Some(x),
        _ => None,
    }
}
