//! `min(it, key=f)`, `max(it, key=f, default=d)`, `min(it, default=d)` and
//! `max(a, b, ..., key=f)` (the tuple of the arguments)
//! as the whole value of an assignment or a `return`: a loop over `it` (any
//! iterable `for` takes) computing each item's key once, in order, keeping
//! the first item whose key is strictly less (greater, for `max`) than the
//! best so far, as CPython's min_max does (so ties and nans keep the first
//! one); an empty iterable gives `default`, or CPython's ValueError.

use crate::sema::sugar::{assign, compare, if_stmt, int, name, store, substitute, temp};
use rustpython_parser::ast::{self, Expr, Stmt};

/// What rebuilds a statement around a new value (its target or `return`).
pub type Finish = Box<dyn Fn(Expr) -> Stmt>;

/// A call of the builtin `min` or `max` (`is_max`) as the whole value of
/// an assignment to one target or of a `return`, with what rebuilds the
/// statement around another value.
pub fn min_max_call<'s>(
    stmt: &'s Stmt,
    is_builtin: &dyn Fn(&str) -> bool,
) -> Option<(&'s ast::ExprCall, bool, Finish)> {
    let (value, finish): (&Expr, Finish) = match stmt {
        Stmt::Assign(a) if a.targets.len() == 1 => {
            let (target, r) = (a.targets[0].clone(), a.range);
            (&a.value, Box::new(move |v| assign(target.clone(), v, r)))
        }
        Stmt::Return(ast::StmtReturn { value: Some(v), range }) => {
            let r = *range;
            (v, Box::new(move |v| Stmt::Return(ast::StmtReturn { range: r, value: Some(Box::new(v)) })))
        }
        _ => return None,
    };
    let Expr::Call(c) = value else { return None };
    let Expr::Name(f) = c.func.as_ref() else { return None };
    let is_max = match f.id.as_str() {
        "min" => false,
        "max" => true,
        _ => return None,
    };
    is_builtin(f.id.as_str()).then_some((c, is_max, finish))
}

/// `max(zip(a, b))` / `min(enumerate(xs))` without a key: the same loop,
/// the items (tuples) compared lexicographically as CPython's.
fn zip_of_one(c: &ast::ExprCall, is_builtin: &dyn Fn(&str) -> bool) -> bool {
    matches!(c.args.as_slice(), [it] if tuple_items(it, is_builtin).is_some())
}

/// The number of parts of the items of a `zip(...)` or `enumerate(...)` call.
fn tuple_items(it: &Expr, is_builtin: &dyn Fn(&str) -> bool) -> Option<usize> {
    let Expr::Call(z) = it else { return None };
    let Expr::Name(f) = z.func.as_ref() else { return None };
    if !z.keywords.is_empty() || z.args.iter().any(|a| matches!(a, Expr::Starred(_))) || !is_builtin(f.id.as_str()) {
        return None;
    }
    match (f.id.as_str(), z.args.len()) {
        ("zip", n) if n > 0 => Some(n),
        ("enumerate", 1 | 2) => Some(2),
        _ => None,
    }
}

/// `stmt` as that loop, or None when it is not such a call.
pub fn expand(stmt: &Stmt, is_builtin: &dyn Fn(&str) -> bool, temps: &mut usize) -> Option<Vec<Stmt>> {
    let (c, is_max, finish) = min_max_call(stmt, is_builtin)?;
    if c.keywords.is_empty() && !zip_of_one(c, is_builtin) {
        return None;
    }
    let only_key = c.keywords.iter().all(|w| w.arg.as_ref().is_some_and(|a| a.as_str() == "key"));
    // `max(a, b, c, key=f)` is CPython's max of the tuple of its arguments
    let several = Expr::Tuple(ast::ExprTuple { range: c.range, elts: c.args.clone(), ctx: ast::ExprContext::Load });
    let it = match c.args.as_slice() {
        [it] => it,
        [_, _, ..] if only_key && c.args.iter().all(|a| !matches!(a, Expr::Starred(_))) => &several,
        _ => return None,
    };
    if matches!(it, Expr::Starred(_)) {
        return None;
    }
    let keyword = |k: &str| c.keywords.iter().find(|w| w.arg.as_ref().is_some_and(|a| a.as_str() == k));
    let (key, default) = (keyword("key"), keyword("default"));
    if c.keywords.iter().any(|w| !matches!(w.arg.as_ref().map(|a| a.as_str()), Some("key" | "default"))) {
        return None;
    }
    let at = c.range;
    let [item, best, best_key, seen, k] = ["mmitem", "mmbest", "mmkey", "mmseen", "mmk"].map(|w| temp(temps, w));
    let key_of = |x: Expr| match key.map(|k| &k.value) {
        None => x,
        // A lambda's body with its parameter replaced by the item (a
        // variable: read as often as the body reads it).
        Some(Expr::Lambda(l)) if l.args.args.len() == 1 && l.args.posonlyargs.is_empty() => {
            substitute((*l.body).clone(), &[(l.args.args[0].def.arg.to_string(), x)])
        }
        Some(f) => Expr::Call(ast::ExprCall { range: at, func: Box::new(f.clone()), args: vec![x], keywords: vec![] }),
    };
    if let Some(Expr::Lambda(l)) = key.map(|k| &k.value) {
        if l.args.args.len() != 1 || !l.args.posonlyargs.is_empty() || !l.args.kwonlyargs.is_empty() {
            return None;
        }
    }
    let op = if is_max { ast::CmpOp::Gt } else { ast::CmpOp::Lt };
    let better = compare(name(&k, at), op, name(&best_key, at), at);
    let take = vec![
        assign(store(&best, at), name(&item, at), at),
        assign(store(&best_key, at), name(&k, at), at),
        assign(store(&seen, at), int(1, at), at),
    ];
    let first = compare(name(&seen, at), ast::CmpOp::Eq, int(0, at), at);
    let test = Expr::BoolOp(ast::ExprBoolOp { range: at, op: ast::BoolOp::Or, values: vec![first.clone(), better] });
    let mut body = vec![assign(store(&k, at), key_of(name(&item, at)), at), if_stmt(test, take, at)];
    // `for` takes zip and enumerate unpacked: the item is the tuple of the parts.
    let target = match tuple_items(it, is_builtin) {
        Some(n) => {
            let parts: Vec<String> = (0..n).map(|_| temp(temps, "mmpart")).collect();
            let tuple = |ctx: ast::ExprContext, f: &dyn Fn(&str) -> Expr| {
                Expr::Tuple(ast::ExprTuple { range: at, elts: parts.iter().map(|p| f(p)).collect(), ctx })
            };
            body.insert(0, assign(store(&item, at), tuple(ast::ExprContext::Load, &|p| name(p, at)), at));
            tuple(ast::ExprContext::Store, &|p| store(p, at))
        }
        None => store(&item, at),
    };
    let mut out = vec![
        assign(store(&seen, at), int(0, at), at),
        Stmt::For(ast::StmtFor {
            range: at,
            target: Box::new(target),
            iter: Box::new(it.clone()),
            body,
            orelse: Vec::new(),
            type_comment: None,
        }),
    ];
    match default {
        // `x = d` when nothing was seen, else the best item.
        Some(d) => out.push(Stmt::If(ast::StmtIf {
            range: at,
            test: Box::new(first),
            body: vec![finish(d.value.clone())],
            orelse: vec![finish(name(&best, at))],
        })),
        None => {
            let msg = format!("{}() arg is an empty sequence", if is_max { "max" } else { "min" });
            let exc = Expr::Call(ast::ExprCall {
                range: at,
                func: Box::new(name("ValueError", at)),
                args: vec![Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Str(msg), kind: None })],
                keywords: vec![],
            });
            let raise = Stmt::Raise(ast::StmtRaise { range: at, exc: Some(Box::new(exc)), cause: None });
            out.push(Stmt::If(ast::StmtIf { range: at, test: Box::new(first), body: vec![raise], orelse: vec![] }));
            out.push(finish(name(&best, at)));
        }
    }
    Some(out)
}
