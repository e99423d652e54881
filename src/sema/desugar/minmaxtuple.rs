//! `min(t1, t2, ...)` / `max(t1, t2, ...)` of tuple displays and tuple
//! variables (`best = min(best, (d, i))`), or of one tuple display of tuple
//! displays (`min(((a, b), (c, d)))`), as the whole
//! value of an assignment or a `return`. CPython compares the tuples
//! lexicographically and keeps the first of equal ones: each tuple is
//! bound to a temporary, in order and once, then the best so far is
//! replaced wherever a later one compares strictly less (greater, for
//! `max`), with pycc's tuple comparisons.

use crate::sema::sugar::{assign, compare, if_stmt, name, store, temp};
use rustpython_parser::ast::{self, Expr, Stmt};

/// `stmt` as those assignments and comparisons, or None when it is not such a call.
pub fn expand(
    stmt: &Stmt,
    is_builtin: &dyn Fn(&str) -> bool,
    is_tuple_name: &dyn Fn(&str) -> bool,
    temps: &mut usize,
) -> Option<Vec<Stmt>> {
    let (c, is_max, finish) = crate::sema::minmaxkey::min_max_call(stmt, is_builtin)?;
    if !c.keywords.is_empty() {
        return None;
    }
    let display = |e: &Expr| matches!(e, Expr::Tuple(t) if !t.elts.iter().any(|x| matches!(x, Expr::Starred(_))));
    let tuple = |e: &Expr| display(e) || matches!(e, Expr::Name(n) if is_tuple_name(n.id.as_str()));
    // One argument: a display of tuple displays; several: tuples of either kind.
    let items: &[Expr] = match c.args.as_slice() {
        [Expr::Tuple(t)] if t.elts.iter().all(display) => &t.elts,
        [_] | [] => return None,
        args if args.iter().all(tuple) => args,
        _ => return None,
    };
    if items.is_empty() {
        return None;
    }
    let at = c.range;
    let mut out = Vec::new();
    let names: Vec<String> = items
        .iter()
        .map(|t| {
            let n = temp(temps, "mmtuple");
            out.push(assign(store(&n, at), t.clone(), at));
            n
        })
        .collect();
    let best = temp(temps, "mmbest");
    out.push(assign(store(&best, at), name(&names[0], at), at));
    let op = if is_max { ast::CmpOp::Gt } else { ast::CmpOp::Lt };
    for n in &names[1..] {
        let better = compare(name(n, at), op, name(&best, at), at);
        out.push(if_stmt(better, vec![assign(store(&best, at), name(n, at), at)], at));
    }
    out.push(finish(name(&best, at)));
    Some(out)
}
