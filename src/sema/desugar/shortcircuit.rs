//! `a and b`, `a or b` and a chained comparison `a < b < c` whose later
//! operand holds a numpy call or an array operation: the typer computes
//! such a call before the statement (`TStmt::NpValue`), so it would run,
//! and raise, where CPython's short circuit never reaches it (exprtree
//! seeds 205 and 316: `ok and math.isfinite(np.log(x % s))`,
//! `inf <= a <= float(np.log(c / 0))`). The operation becomes the
//! conditional expression that means the same (`b if a else a`), which
//! `Typer::arms_as_branches` makes an `if` statement, so the later operand
//! is computed on its own path only. Below the top of a statement's value
//! the operation is first bound to a temporary (sema/desugar/armtemps.rs).

use crate::sema::sugar::{assign, store, temp};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};

/// The statements replacing `stmt`, or None when no such operation is on
/// a path it always evaluates. `queues`: whether an expression (not its
/// parts) is computed before the statement.
pub(in crate::sema) fn expand(stmt: &Stmt, queues: &dyn Fn(&Expr) -> bool, temps: &mut usize) -> Option<Vec<Stmt>> {
    let wanted = |e: &Expr| late_operand_queues(e, queues);
    let mut s = stmt.clone();
    let mut pre = Vec::new();
    let top = match &mut s {
        Stmt::Assign(a) => Some(a.value.as_mut()),
        Stmt::Return(r) => r.value.as_deref_mut(),
        Stmt::AugAssign(a) if matches!(*a.target, Expr::Name(_)) => Some(a.value.as_mut()),
        Stmt::Expr(e) if wanted(&e.value) => {
            // Its value is dropped: assigned, it is the case above.
            let (tmp, r) = (temp(temps, "sc"), e.range);
            return Some(vec![assign(store(&tmp, r), (*e.value).clone(), r)]);
        }
        _ => None,
    };
    match top {
        Some(v) if wanted(v) => {
            *v = as_conditional(v.clone(), &mut pre, temps);
            pre.push(s);
            Some(pre)
        }
        _ => super::armtemps::lift_into_temps(stmt, &wanted, "sc", temps),
    }
}

/// Whether `e` is `and`/`or` or a chained comparison whose operands after
/// the first (after the first two: a chain) hold an expression `queues`.
fn late_operand_queues(e: &Expr, queues: &dyn Fn(&Expr) -> bool) -> bool {
    match e {
        Expr::BoolOp(b) => b.values.iter().skip(1).any(|v| holds(v, queues)),
        Expr::Compare(c) => c.comparators.iter().skip(1).any(|v| holds(v, queues)),
        _ => false,
    }
}

/// Whether `e` or a part of it is an expression `queues` (comprehensions
/// and lambdas are typed apart: not their parts).
fn holds(e: &Expr, queues: &dyn Fn(&Expr) -> bool) -> bool {
    if queues(e) {
        return true;
    }
    let any = |xs: &[Expr]| xs.iter().any(|x| holds(x, queues));
    let opt = |x: &Option<Box<Expr>>| x.as_deref().is_some_and(|x| holds(x, queues));
    match e {
        Expr::Call(c) => holds(&c.func, queues) || any(&c.args) || c.keywords.iter().any(|k| holds(&k.value, queues)),
        Expr::BinOp(b) => holds(&b.left, queues) || holds(&b.right, queues),
        Expr::UnaryOp(u) => holds(&u.operand, queues),
        Expr::BoolOp(b) => any(&b.values),
        Expr::Compare(c) => holds(&c.left, queues) || any(&c.comparators),
        Expr::IfExp(i) => holds(&i.test, queues) || holds(&i.body, queues) || holds(&i.orelse, queues),
        Expr::Subscript(s) => holds(&s.value, queues) || holds(&s.slice, queues),
        Expr::Attribute(a) => holds(&a.value, queues),
        Expr::Slice(s) => opt(&s.lower) || opt(&s.upper) || opt(&s.step),
        Expr::Tuple(t) => any(&t.elts),
        Expr::List(l) => any(&l.elts),
        Expr::Starred(s) => holds(&s.value, queues),
        _ => false,
    }
}

/// `a and rest` as `rest if a else a`, `a or rest` as `a if a else rest`
/// (`a` bound to a temporary in `pre` unless it has no effect: read twice
/// then, as a name would be); `a < b < rest` as `(a < b) and (b < rest)`
/// so, with `a` and `b` bound to temporaries (CPython evaluates `b` once).
fn as_conditional(e: Expr, pre: &mut Vec<Stmt>, temps: &mut usize) -> Expr {
    let r = e.range();
    match e {
        Expr::BoolOp(mut b) => {
            let first = b.values.remove(0);
            let rest = if b.values.len() == 1 {
                b.values.remove(0)
            } else {
                Expr::BoolOp(ast::ExprBoolOp { range: r, op: b.op, values: b.values })
            };
            let test = if crate::sema::is_pure(&first) { first } else { bound(first, "sc", pre, temps) };
            let (body, orelse) = match b.op {
                ast::BoolOp::And => (rest, test.clone()),
                ast::BoolOp::Or => (test.clone(), rest),
            };
            Expr::IfExp(ast::ExprIfExp {
                range: r,
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            })
        }
        Expr::Compare(mut c) => {
            let left = bound(*c.left, "sc", pre, temps);
            let mid = bound(c.comparators.remove(0), "sc", pre, temps);
            let op = c.ops.remove(0);
            let head = Expr::Compare(ast::ExprCompare {
                range: r,
                left: Box::new(left),
                ops: vec![op],
                comparators: vec![mid.clone()],
            });
            let tail = Expr::Compare(ast::ExprCompare {
                range: r,
                left: Box::new(mid),
                ops: c.ops,
                comparators: c.comparators,
            });
            as_conditional(
                Expr::BoolOp(ast::ExprBoolOp { range: r, op: ast::BoolOp::And, values: vec![head, tail] }),
                pre,
                temps,
            )
        }
        e => e,
    }
}

/// `e` read from a temporary assigned in `pre` (a name or a constant as it is).
fn bound(mut e: Expr, what: &str, pre: &mut Vec<Stmt>, temps: &mut usize) -> Expr {
    if !matches!(e, Expr::Name(_) | Expr::Constant(_)) {
        super::armtemps::bind(&mut e, what, pre, temps);
    }
    e
}
