//! Local dicts whose values are lists (numba's typed dicts of typed lists):
//! `d = {}` then `d.setdefault(k, []).append(x)`, `d[k] = []`, `d[k].append(x)`,
//! `d[k] = row` (a list variable), `len(d[k])`, `for x in d[k]`, `for k, v in d.items()`, `for v in
//! d.values()`, `k in d`, `for k in d`, `d.keys()`, and `len`, `sorted`,
//! `list`, `min`, `max` of `d`. pycc's dicts hold numbers,
//! so the lists live in a list of lists `d$l` and the dict maps each key to
//! its list's index there: `d[k]` reads `d$l[d[k]]`, the list itself (a
//! store through it is seen by later reads, as in Python). `d.pop(k)` reads
//! `d$l[d.pop(k)]`, `del d[k]` drops the key (its list stays in `d$l`,
//! unreachable, as CPython's would be freed), and `d.get(k, [...])` of a
//! quiet key is `d$l[d[k]] if k in d else [...]`. A dict with any other use
//! (returned, passed, `d.get(k)` without a default) is left as it is, and
//! sema's diagnostic for a list as a dict value names it.

use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, bigint::BigInt, CmpOp, Constant, Expr, ExprContext, Identifier, Ranged, Stmt};
use std::collections::HashSet;

fn name(id: &str, ctx: ExprContext, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(id), ctx })
}

fn is_name(e: &Expr, id: &str) -> bool {
    matches!(e, Expr::Name(n) if n.id.as_str() == id)
}

/// `d.m(...)` with its arguments.
fn method_call<'a>(e: &'a Expr, d: &str, m: &str) -> Option<&'a [Expr]> {
    let Expr::Call(c) = e else { return None };
    let Expr::Attribute(a) = c.func.as_ref() else { return None };
    (is_name(&a.value, d) && a.attr.as_str() == m && c.keywords.is_empty()).then_some(c.args.as_slice())
}

/// `d.setdefault(k, []).append(x)`: (k, x).
fn setdefault_append<'a>(e: &'a Expr, d: &str) -> Option<(&'a Expr, &'a Expr)> {
    let Expr::Call(c) = e else { return None };
    let Expr::Attribute(a) = c.func.as_ref() else { return None };
    if a.attr.as_str() != "append" || c.args.len() != 1 || !c.keywords.is_empty() {
        return None;
    }
    match method_call(&a.value, d, "setdefault")? {
        [k, Expr::List(l)] if l.elts.is_empty() => Some((k, &c.args[0])),
        _ => None,
    }
}

/// `d.get(k, [...])` of a quiet key and a quiet list display: (k, default).
fn get_default<'a>(e: &'a Expr, d: &str) -> Option<(&'a Expr, &'a Expr)> {
    match method_call(e, d, "get")? {
        [k, l @ Expr::List(x)] if quiet(k) && x.elts.iter().all(quiet) => Some((k, l)),
        _ => None,
    }
}

/// `d.pop(k)` without a default: k.
fn pop_key<'a>(e: &'a Expr, d: &str) -> Option<&'a Expr> {
    match method_call(e, d, "pop")? {
        [k] => Some(k),
        _ => None,
    }
}

/// Whether evaluating `e` calls nothing and binds nothing (so a key may be
/// read after the value, or twice, as the rewrite reads it).
fn quiet(e: &Expr) -> bool {
    struct Loud(bool);
    impl Fold<TextRange> for Loud {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
            if matches!(e, Expr::Call(_) | Expr::NamedExpr(_) | Expr::Await(_)) {
                self.0 = true;
            }
            fold::fold_expr(self, e)
        }
    }
    let mut loud = Loud(false);
    let Ok(_) = fold::Foldable::fold(e.clone(), &mut loud);
    !loud.0
}

/// Builtins that read only a dict's keys.
const KEY_FUNCTIONS: &[&str] = &["len", "sorted", "list", "min", "max"];

/// Counts the occurrences of the dict's name, and those in expression
/// forms the rewrite keeps or maps: `d[k]` reads, `k in d`, `len(d)`.
struct Count<'a> {
    d: &'a str,
    all: usize,
    known: usize,
    /// A `d.get(k, [...])` shows the values are lists.
    lists: bool,
}

impl Fold<TextRange> for Count<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match &e {
            Expr::Name(n) if n.id.as_str() == self.d => self.all += 1,
            Expr::Subscript(s) if matches!(s.ctx, ExprContext::Load) && is_name(&s.value, self.d) => self.known += 1,
            Expr::Compare(c)
                if matches!(c.ops.as_slice(), [CmpOp::In | CmpOp::NotIn])
                    && matches!(c.comparators.as_slice(), [x] if is_name(x, self.d)) =>
            {
                self.known += 1
            }
            // Only the keys: `len(d)`, `sorted(d)`, `list(d)`, `min(d)`, `max(d)`.
            Expr::Call(c)
                if matches!(c.func.as_ref(), Expr::Name(f) if KEY_FUNCTIONS.contains(&f.id.as_str()))
                    && c.keywords.is_empty()
                    && matches!(c.args.as_slice(), [x] if is_name(x, self.d)) =>
            {
                self.known += 1
            }
            _ if method_call(&e, self.d, "keys").is_some_and(|a| a.is_empty()) => self.known += 1,
            _ if get_default(&e, self.d).is_some() => {
                self.known += 1;
                self.lists = true;
            }
            _ if pop_key(&e, self.d).is_some() => self.known += 1,
            _ => {}
        }
        fold::fold_expr(self, e)
    }
}

/// What the statements of a body show of the dict: its `d = {}`
/// bindings, the statement forms the rewrite maps, and whether a list is
/// ever put into it.
#[derive(Default)]
struct Forms {
    binds: usize,
    known: usize,
    lists: bool,
}

/// `for ... in d.items()` with a two-name target, `d.values()` with a name
/// target, or `d` itself (`d.keys()` is an expression form).
fn dict_loop(f: &ast::StmtFor, d: &str) -> bool {
    let items = method_call(&f.iter, d, "items").is_some_and(|a| a.is_empty())
        && matches!(f.target.as_ref(), Expr::Tuple(t) if t.elts.len() == 2 && t.elts.iter().all(|e| matches!(e, Expr::Name(_))));
    let values =
        method_call(&f.iter, d, "values").is_some_and(|a| a.is_empty()) && matches!(f.target.as_ref(), Expr::Name(_));
    items || values || is_name(&f.iter, d)
}

fn forms(body: &[Stmt], d: &str, out: &mut Forms) {
    for s in body {
        match s {
            Stmt::Assign(a) => match (a.targets.as_slice(), a.value.as_ref()) {
                ([t], Expr::Dict(v)) if is_name(t, d) && v.keys.is_empty() => {
                    out.binds += 1;
                    out.known += 1;
                }
                ([Expr::Subscript(t)], Expr::List(l))
                    if is_name(&t.value, d) && quiet(&t.slice) && l.elts.iter().all(quiet) =>
                {
                    out.known += 1;
                    out.lists = true;
                }
                // `d[k] = row` of a list variable (`row = d.get(k, []); row.append(x); d[k] = row`):
                // a list only where another form shows the values are lists.
                ([Expr::Subscript(t)], Expr::Name(v))
                    if is_name(&t.value, d) && v.id.as_str() != d && quiet(&t.slice) =>
                {
                    out.known += 1
                }
                _ => {}
            },
            Stmt::Expr(e) if setdefault_append(&e.value, d).is_some() => {
                out.known += 1;
                out.lists = true;
            }
            Stmt::For(f) if dict_loop(f, d) => out.known += 1,
            // `del d[k]` drops the key from the index dict as written.
            Stmt::Delete(x) => {
                out.known +=
                    x.targets.iter().filter(|t| matches!(t, Expr::Subscript(s) if is_name(&s.value, d))).count()
            }
            _ => {}
        }
        for b in super::child_blocks(s).unwrap_or_default() {
            forms(b, d, out);
        }
    }
}

/// The names bound to `{}` somewhere in `body`.
fn empty_dicts(body: &[Stmt], out: &mut HashSet<String>) {
    for s in body {
        if let Stmt::Assign(a) = s {
            if let ([Expr::Name(n)], Expr::Dict(v)) = (a.targets.as_slice(), a.value.as_ref()) {
                if v.keys.is_empty() {
                    out.insert(n.id.to_string());
                }
            }
        }
        for b in super::child_blocks(s).unwrap_or_default() {
            empty_dicts(b, out);
        }
    }
}

/// Whether every use of `d` in `body` is one the rewrite maps.
fn rewritable(body: &[Stmt], d: &str) -> bool {
    let mut count = Count { d, all: 0, known: 0, lists: false };
    let Ok(_) = fold::Foldable::fold(body.to_vec(), &mut count);
    let mut f = Forms::default();
    forms(body, d, &mut f);
    f.binds == 1 && (f.lists || count.lists) && count.all == count.known + f.known
}

/// `d[k]` reads as `d$l[d[k]]`.
struct Reads<'a> {
    d: &'a str,
    lists: &'a str,
}

impl Fold<TextRange> for Reads<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        let e = fold::fold_expr(self, e)?;
        let range = e.range();
        if pop_key(&e, self.d).is_some() {
            return Ok(index(self.lists, e, ExprContext::Load, range));
        }
        if let Some((k, default)) = get_default(&e, self.d) {
            // CPython's `get` builds its default either way: a display of quiet items has no effect.
            let row = index(self.lists, index(self.d, k.clone(), ExprContext::Load, range), ExprContext::Load, range);
            return Ok(Expr::IfExp(ast::ExprIfExp {
                range,
                test: Box::new(key_in(self.d, k.clone(), CmpOp::In, range)),
                body: Box::new(row),
                orelse: Box::new(default.clone()),
            }));
        }
        match e {
            Expr::Subscript(s) if matches!(s.ctx, ExprContext::Load) && is_name(&s.value, self.d) => {
                Ok(index(self.lists, Expr::Subscript(s), ExprContext::Load, range))
            }
            e => Ok(e),
        }
    }
}

fn index(list: &str, i: Expr, ctx: ExprContext, range: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        range,
        value: Box::new(name(list, ExprContext::Load, range)),
        slice: Box::new(i),
        ctx,
    })
}

fn assign(target: Expr, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None })
}

fn call(func: Expr, args: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall { range, func: Box::new(func), args, keywords: Vec::new() })
}

fn attr(value: Expr, attr: &str, range: TextRange) -> Expr {
    Expr::Attribute(ast::ExprAttribute {
        range,
        value: Box::new(value),
        attr: Identifier::new(attr),
        ctx: ExprContext::Load,
    })
}

/// The statements of a new key `k` (a quiet expression): `d[k] =
/// len(d$l)` and `d$l.append(list)`.
fn new_key(d: &str, lists: &str, k: Expr, list: Expr, range: TextRange) -> Vec<Stmt> {
    let slot = index(d, k, ExprContext::Store, range);
    let len = call(name("len", ExprContext::Load, range), vec![name(lists, ExprContext::Load, range)], range);
    let append = call(attr(name(lists, ExprContext::Load, range), "append", range), vec![list], range);
    vec![assign(slot, len, range), Stmt::Expr(ast::StmtExpr { range, value: Box::new(append) })]
}

fn key_in(d: &str, k: Expr, op: CmpOp, range: TextRange) -> Expr {
    Expr::Compare(ast::ExprCompare {
        range,
        left: Box::new(k),
        ops: vec![op],
        comparators: vec![name(d, ExprContext::Load, range)],
    })
}

fn if_else(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>, range: TextRange) -> Stmt {
    Stmt::If(ast::StmtIf { range, test: Box::new(test), body, orelse })
}

/// The rewrite of one statement of the dict's forms (its reads already
/// mapped); None for any other statement.
fn rewrite_stmt(s: &Stmt, d: &str, lists: &str, temps: &mut usize) -> Option<Vec<Stmt>> {
    let range = s.range();
    let empty = |r| Expr::List(ast::ExprList { range: r, elts: Vec::new(), ctx: ExprContext::Load });
    match s {
        Stmt::Assign(a) => match (a.targets.as_slice(), a.value.as_ref()) {
            ([t], Expr::Dict(_)) if is_name(t, d) => {
                // An empty list of lists; the rows' item type comes from what is appended.
                let row = Expr::ListComp(ast::ExprListComp {
                    range,
                    elt: Box::new(empty(range)),
                    generators: vec![ast::Comprehension {
                        range: range.into(),
                        target: name("_", ExprContext::Store, range),
                        iter: call(
                            name("range", ExprContext::Load, range),
                            vec![Expr::Constant(ast::ExprConstant {
                                range,
                                value: Constant::Int(BigInt::from(0)),
                                kind: None,
                            })],
                            range,
                        ),
                        ifs: Vec::new(),
                        is_async: false,
                    }],
                });
                Some(vec![s.clone(), assign(name(lists, ExprContext::Store, range), row, range)])
            }
            ([Expr::Subscript(t)], list @ (Expr::List(_) | Expr::Name(_))) if is_name(&t.value, d) => {
                let k = (*t.slice).clone();
                let old = index(d, k.clone(), ExprContext::Load, range);
                let replace = assign(index(lists, old, ExprContext::Store, range), list.clone(), range);
                let add = new_key(d, lists, k.clone(), list.clone(), range);
                Some(vec![if_else(key_in(d, k, CmpOp::In, range), vec![replace], add, range)])
            }
            _ => None,
        },
        Stmt::Expr(e) => {
            let (k, x) = setdefault_append(&e.value, d)?;
            // The key once, before the appended value, as CPython reads them.
            let key = format!("$dict_key{temps}");
            *temps += 1;
            let kv = || name(&key, ExprContext::Load, range);
            let mut out = vec![assign(name(&key, ExprContext::Store, range), k.clone(), range)];
            out.push(if_else(
                key_in(d, kv(), CmpOp::NotIn, range),
                new_key(d, lists, kv(), empty(range), range),
                Vec::new(),
                range,
            ));
            let row = index(lists, index(d, kv(), ExprContext::Load, range), ExprContext::Load, range);
            let append = call(attr(row, "append", range), vec![x.clone()], range);
            out.push(Stmt::Expr(ast::StmtExpr { range, value: Box::new(append) }));
            Some(out)
        }
        Stmt::For(f) => {
            let values = method_call(&f.iter, d, "values").is_some();
            let items = method_call(&f.iter, d, "items").is_some();
            if !values && !items {
                return None;
            }
            // The loop takes each list's index; its name is bound to the list.
            let at = format!("$dict_row{temps}");
            *temps += 1;
            let mut f = f.clone();
            let v = if values {
                std::mem::replace(f.target.as_mut(), name(&at, ExprContext::Store, range))
            } else {
                let Expr::Tuple(t) = f.target.as_mut() else { return None };
                std::mem::replace(&mut t.elts[1], name(&at, ExprContext::Store, range))
            };
            let row = index(lists, name(&at, ExprContext::Load, range), ExprContext::Load, range);
            f.body.insert(0, assign(v, row, range));
            Some(vec![Stmt::For(f)])
        }
        _ => None,
    }
}

fn rewrite_body(body: Vec<Stmt>, d: &str, lists: &str, temps: &mut usize) -> Vec<Stmt> {
    let mut out = Vec::new();
    for mut s in body {
        match &mut s {
            Stmt::If(i) => {
                i.body = rewrite_body(std::mem::take(&mut i.body), d, lists, temps);
                i.orelse = rewrite_body(std::mem::take(&mut i.orelse), d, lists, temps);
            }
            Stmt::For(f) => {
                f.body = rewrite_body(std::mem::take(&mut f.body), d, lists, temps);
                f.orelse = rewrite_body(std::mem::take(&mut f.orelse), d, lists, temps);
            }
            Stmt::While(w) => {
                w.body = rewrite_body(std::mem::take(&mut w.body), d, lists, temps);
                w.orelse = rewrite_body(std::mem::take(&mut w.orelse), d, lists, temps);
            }
            Stmt::With(w) => w.body = rewrite_body(std::mem::take(&mut w.body), d, lists, temps),
            Stmt::Try(t) => {
                t.body = rewrite_body(std::mem::take(&mut t.body), d, lists, temps);
                t.orelse = rewrite_body(std::mem::take(&mut t.orelse), d, lists, temps);
                t.finalbody = rewrite_body(std::mem::take(&mut t.finalbody), d, lists, temps);
                for ast::ExceptHandler::ExceptHandler(h) in &mut t.handlers {
                    h.body = rewrite_body(std::mem::take(&mut h.body), d, lists, temps);
                }
            }
            _ => {}
        }
        // `for x in d.get(k, [])` (now a conditional): the loop reads a list
        // variable, bound where CPython evaluates the iterable, once.
        if let Stmt::For(f) = &mut s {
            if matches!(f.iter.as_ref(), Expr::IfExp(_)) {
                let (at, range) = (format!("$dict_iter{temps}"), f.range);
                *temps += 1;
                let iter = std::mem::replace(f.iter.as_mut(), name(&at, ExprContext::Load, range));
                out.push(assign(name(&at, ExprContext::Store, range), iter, range));
            }
        }
        match rewrite_stmt(&s, d, lists, temps) {
            Some(stmts) => out.extend(stmts),
            None => out.push(s),
        }
    }
    out
}

/// Rewrites each local dict of lists of `f` (see the module comment).
pub fn rewrite(f: &mut ast::StmtFunctionDef) {
    let mut dicts = HashSet::new();
    empty_dicts(&f.body, &mut dicts);
    let a = &f.args;
    let params: HashSet<&str> =
        a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.as_str()).collect();
    let mut dicts: Vec<String> = dicts.into_iter().filter(|d| !params.contains(d.as_str())).collect();
    dicts.sort();
    let mut temps = 0;
    for d in dicts {
        if !rewritable(&f.body, &d) {
            continue;
        }
        let lists = format!("{d}$l");
        let Ok(body) = fold::Foldable::fold(std::mem::take(&mut f.body), &mut Reads { d: &d, lists: &lists });
        f.body = rewrite_body(body, &d, &lists, &mut temps);
    }
}
