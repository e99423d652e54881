//! A conditional expression below the top of a statement's value whose
//! arm needs statements before it (`1.0 + (sum(lst[1:k]) if k > 0 else
//! lst.index(x))`): the conditional is assigned to a temporary first (an
//! assignment `arms_as_branches` makes an `if` statement, so each arm runs
//! only when taken), and the operands CPython evaluates before it are
//! bound to temporaries before that, in order (names and constants read
//! the same either way). What CPython evaluates after it stays in the
//! statement, which reads the temporaries.

use crate::sema::sugar::{assign, name, store, temp};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

/// The statements replacing `stmt`, when its value holds such a
/// conditional (`wanted`) on a path CPython always evaluates.
pub(in crate::sema) fn nested_arms(
    stmt: &Stmt,
    wanted: &dyn Fn(&ast::ExprIfExp) -> bool,
    temps: &mut usize,
) -> Option<Vec<Stmt>> {
    let wanted = |e: &Expr| matches!(e, Expr::IfExp(i) if wanted(i));
    lift_into_temps(stmt, &wanted, "arm", temps)
}

/// The statements replacing `stmt`, when its value (an `if`'s test too)
/// holds an expression `wanted` on a path CPython always evaluates: that
/// expression is bound to a temporary `what` first, after the operands
/// CPython evaluates before it, each bound to a temporary of its own.
pub(in crate::sema) fn lift_into_temps(
    stmt: &Stmt,
    wanted: &dyn Fn(&Expr) -> bool,
    what: &str,
    temps: &mut usize,
) -> Option<Vec<Stmt>> {
    let mut stmt = stmt.clone();
    // An `if` statement's test runs first, always: a wanted test is bound
    // whole (a conditional assigned is then `arms_as_branches`'s), else
    // what it holds is lifted as from an assigned value (exprtree seed 143:
    // an arm's division ran before the `if` whose test chose the other arm).
    if let Stmt::If(i) = &mut stmt {
        if wanted(&i.test) {
            let mut pre = Vec::new();
            bind(&mut i.test, what, &mut pre, temps);
            pre.push(stmt);
            return Some(pre);
        }
    }
    let value: &mut Expr = match &mut stmt {
        Stmt::If(i) => &mut i.test,
        Stmt::Assign(a) => &mut a.value,
        Stmt::Return(r) => r.value.as_deref_mut()?,
        Stmt::Expr(e) => &mut e.value,
        // A name's load has no effect; an element target's index would run first.
        Stmt::AugAssign(a) if matches!(*a.target, Expr::Name(_)) => &mut a.value,
        _ => return None,
    };
    // The whole value as a conditional is `arms_as_branches`'s.
    let children = match value {
        Expr::IfExp(i) => vec![&mut *i.test],
        e => always_run(e)?,
    };
    let mut pre = Vec::new();
    if !lift_first(children, &Wanted { wanted, what }, &mut pre, temps) {
        return None;
    }
    pre.push(stmt);
    Some(pre)
}

/// The operands of `e` CPython always evaluates, in its order; None for a
/// form whose order the rewrite does not know (or whose parts run
/// conditionally only, as a lambda's body).
fn always_run(e: &mut Expr) -> Option<Vec<&mut Expr>> {
    Some(match e {
        Expr::BinOp(b) => vec![&mut *b.left, &mut *b.right],
        Expr::UnaryOp(u) => vec![&mut *u.operand],
        // The later links of a chain, the later operands of `and`/`or` and
        // a conditional's arms run only sometimes.
        Expr::Compare(c) => {
            let first = c.comparators.first_mut()?;
            vec![&mut *c.left, first]
        }
        Expr::BoolOp(b) => vec![b.values.first_mut()?],
        Expr::IfExp(i) => vec![&mut *i.test],
        Expr::Call(c) if plain_callee(&c.func) && c.keywords.iter().all(|k| k.arg.is_some()) => {
            if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
                return None;
            }
            c.args.iter_mut().chain(c.keywords.iter_mut().map(|k| &mut k.value)).collect()
        }
        Expr::Subscript(s) => vec![&mut *s.value, &mut *s.slice],
        Expr::Attribute(a) => vec![&mut *a.value],
        Expr::Tuple(t) => t.elts.iter_mut().collect(),
        Expr::List(l) => l.elts.iter_mut().collect(),
        _ => return None,
    })
}

/// A callee whose evaluation has no effect: `f`, `m.f`, `lst.pop`.
fn plain_callee(f: &Expr) -> bool {
    match f {
        Expr::Name(_) => true,
        Expr::Attribute(a) => matches!(*a.value, Expr::Name(_)),
        _ => false,
    }
}

/// What to lift, and the name of its temporaries.
struct Wanted<'a> {
    wanted: &'a dyn Fn(&Expr) -> bool,
    what: &'a str,
}

/// Whether `e` holds a wanted expression on a path always evaluated.
fn holds(e: &Expr, wanted: &Wanted) -> bool {
    if (wanted.wanted)(e) {
        return true;
    }
    let mut e = e.clone();
    always_run(&mut e).is_some_and(|cs| cs.into_iter().any(|c| holds(c, wanted)))
}

/// Lifts the first wanted expression among `children` (evaluated in this
/// order): the children before it are bound to temporaries first.
fn lift_first(children: Vec<&mut Expr>, wanted: &Wanted, pre: &mut Vec<Stmt>, temps: &mut usize) -> bool {
    let Some(k) = children.iter().position(|c| holds(c, wanted)) else { return false };
    let mut children = children;
    let rest = children.split_off(k);
    for c in children {
        if !matches!(c, Expr::Name(_) | Expr::Constant(_)) {
            bind(c, "opnd", pre, temps);
        }
    }
    let target = rest.into_iter().next().expect("position found it");
    lift(target, wanted, pre, temps)
}

fn lift(e: &mut Expr, wanted: &Wanted, pre: &mut Vec<Stmt>, temps: &mut usize) -> bool {
    if (wanted.wanted)(e) {
        bind(e, wanted.what, pre, temps);
        return true;
    }
    match always_run(e) {
        Some(children) => lift_first(children, wanted, pre, temps),
        None => false,
    }
}

/// `$tmp = e` before the statement, and `e` read from it.
pub(super) fn bind(e: &mut Expr, what: &str, pre: &mut Vec<Stmt>, temps: &mut usize) {
    let (tmp, r) = (temp(temps, what), e.range());
    pre.push(assign(store(&tmp, r), e.clone(), r));
    *e = name(&tmp, r);
}
