//! Helpers returning a list of lists (`def rows(n): out = []; for ...:
//! out.append([...]); return out`) called as `x = rows(..)` or `for r in
//! rows(..)`. pycc's lists of lists live in the function that builds
//! them, so such a call is inlined, as CPython runs it: the arguments bound
//! to the helper's parameters, then its body, then `x = <its result>`, with
//! every name the helper binds renamed `rows$k$name` (k counts the inlined
//! calls). Only a helper whose one `return` (of a name) ends its body,
//! with no nested function, lambda, `global`, `yield`, import or named
//! exception, whose free names the caller does not bind, and that is not
//! recursive; any other call stays a call, and sema's diagnostic for a
//! helper's list of lists names it.

use super::parse::Globals;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::{HashMap, HashSet};

/// How deep inlined bodies are inlined in turn (helpers calling helpers).
const DEPTH: usize = 8;

/// A helper that fits: its parameters, body (without the final return),
/// result name, locals and free names.
struct Rows {
    params: Vec<String>,
    body: Vec<Stmt>,
    result: String,
    locals: HashSet<String>,
    free: HashSet<String>,
}

/// Names a fold sees: stored ones and loaded ones; whether anything
/// disqualifies the body.
#[derive(Default)]
struct Scan {
    stored: HashSet<String>,
    loaded: HashSet<String>,
    returns: usize,
    bad: bool,
}

impl Fold<TextRange> for Scan {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match &e {
            Expr::Name(n) if matches!(n.ctx, ExprContext::Load) => {
                self.loaded.insert(n.id.to_string());
            }
            Expr::Name(n) => {
                self.stored.insert(n.id.to_string());
            }
            Expr::Lambda(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) | Expr::NamedExpr(_) => {
                self.bad = true
            }
            _ => {}
        }
        fold::fold_expr(self, e)
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        match &s {
            Stmt::Return(_) => self.returns += 1,
            Stmt::FunctionDef(_)
            | Stmt::AsyncFunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Import(_)
            | Stmt::ImportFrom(_) => self.bad = true,
            Stmt::Try(t) if t.handlers.iter().any(|ast::ExceptHandler::ExceptHandler(h)| h.name.is_some()) => {
                self.bad = true
            }
            _ => {}
        }
        fold::fold_stmt(self, s)
    }
}

fn scan(body: &[Stmt]) -> Scan {
    let mut s = Scan::default();
    let Ok(_) = fold::Foldable::fold(body.to_vec(), &mut s);
    s
}

/// Whether `e` is a list display or comprehension whose items are lists
/// (a row of the result).
fn is_row(e: &Expr, rows: &HashSet<String>) -> bool {
    match e {
        Expr::List(_) | Expr::ListComp(_) => true,
        Expr::Name(n) => rows.contains(n.id.as_str()),
        _ => false,
    }
}

/// Whether `body` builds `r` as a list of lists: `r = [[..] for ..]`, or
/// `r.append(row)` of a list display, a comprehension or a name bound to one.
fn builds_rows(body: &[Stmt], r: &str) -> bool {
    fn walk(body: &[Stmt], r: &str, rows: &mut HashSet<String>, found: &mut bool) {
        for s in body {
            match s {
                Stmt::Assign(a) => {
                    if let ([Expr::Name(t)], v) = (a.targets.as_slice(), a.value.as_ref()) {
                        let nested = matches!(v, Expr::ListComp(c) if matches!(*c.elt, Expr::List(_) | Expr::ListComp(_)))
                            || matches!(v, Expr::List(l) if !l.elts.is_empty() && l.elts.iter().all(|x| matches!(x, Expr::List(_) | Expr::ListComp(_))));
                        if t.id.as_str() == r && nested {
                            *found = true;
                        }
                        if matches!(v, Expr::List(_) | Expr::ListComp(_)) {
                            rows.insert(t.id.to_string());
                        }
                    }
                }
                Stmt::Expr(e) => {
                    if let Expr::Call(c) = e.value.as_ref() {
                        if let (Expr::Attribute(a), [x]) = (c.func.as_ref(), c.args.as_slice()) {
                            let on_r = matches!(a.value.as_ref(), Expr::Name(n) if n.id.as_str() == r);
                            if on_r && a.attr.as_str() == "append" && is_row(x, rows) {
                                *found = true;
                            }
                        }
                    }
                }
                _ => {}
            }
            for b in super::child_blocks(s).unwrap_or_default() {
                walk(b, r, rows, found);
            }
        }
    }
    let mut found = false;
    walk(body, r, &mut HashSet::new(), &mut found);
    found
}

fn candidate(f: &ast::StmtFunctionDef) -> Option<Rows> {
    let a = &f.args;
    if !a.posonlyargs.is_empty() || !a.kwonlyargs.is_empty() || a.vararg.is_some() || a.kwarg.is_some() {
        return None;
    }
    if a.args.iter().any(|p| p.default.is_some()) {
        return None;
    }
    let (last, body) = f.body.split_last()?;
    let Stmt::Return(ast::StmtReturn { value: Some(v), .. }) = last else { return None };
    let Expr::Name(result) = v.as_ref() else { return None };
    let s = scan(&f.body);
    if s.bad || s.returns != 1 || s.loaded.contains(f.name.as_str()) || !builds_rows(body, result.id.as_str()) {
        return None;
    }
    let params: Vec<String> = a.args.iter().map(|p| p.def.arg.to_string()).collect();
    let mut locals = s.stored;
    locals.extend(params.iter().cloned());
    let free = s.loaded.difference(&locals).cloned().collect();
    Some(Rows { params, body: body.to_vec(), result: result.id.to_string(), locals, free })
}

/// Renames the helper's locals to `prefix + name`.
struct Rename<'a> {
    locals: &'a HashSet<String>,
    prefix: &'a str,
}

impl Fold<TextRange> for Rename<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            Expr::Name(mut n) if self.locals.contains(n.id.as_str()) => {
                n.id = Identifier::new(format!("{}{}", self.prefix, n.id));
                Ok(Expr::Name(n))
            }
            e => fold::fold_expr(self, e),
        }
    }
}

fn name(id: &str, ctx: ExprContext, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(id), ctx })
}

fn assign(target: Expr, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None })
}

struct Inliner<'a> {
    helpers: &'a HashMap<String, Rows>,
    /// The caller's own names: a helper reading one of them as a global cannot be inlined.
    caller: &'a HashSet<String>,
    caller_name: &'a str,
    round: usize,
    count: usize,
}

impl Inliner<'_> {
    /// The helper called by `e`, when the call can be inlined.
    fn fits<'e>(&self, e: &'e Expr) -> Option<(&str, &'e [Expr])> {
        let Expr::Call(c) = e else { return None };
        let Expr::Name(f) = c.func.as_ref() else { return None };
        let (key, h) = self.helpers.get_key_value(f.id.as_str())?;
        let plain = c.keywords.is_empty() && !c.args.iter().any(|x| matches!(x, Expr::Starred(_)));
        let ok = plain
            && c.args.len() == h.params.len()
            && key != self.caller_name
            && !self.caller.contains(key.as_str())
            && h.free.is_disjoint(self.caller);
        ok.then_some((key.as_str(), c.args.as_slice()))
    }

    /// The statements of the call (the arguments in order, then the body),
    /// and the name holding its result.
    fn expand(&mut self, h: &str, args: &[Expr], range: TextRange, depth: usize) -> (Vec<Stmt>, String) {
        let rows = &self.helpers[h];
        let prefix = format!("{h}${}_{}$", self.round, self.count);
        self.count += 1;
        // Each argument into a temporary first: CPython evaluates them all before the body runs.
        let mut out: Vec<Stmt> = Vec::new();
        for (k, a) in args.iter().enumerate() {
            out.push(assign(name(&format!("{prefix}$arg{k}"), ExprContext::Store, range), a.clone(), range));
        }
        for (k, p) in rows.params.iter().enumerate() {
            let arg = name(&format!("{prefix}$arg{k}"), ExprContext::Load, range);
            out.push(assign(name(&format!("{prefix}{p}"), ExprContext::Store, range), arg, range));
        }
        let mut rename = Rename { locals: &rows.locals, prefix: &prefix };
        let Ok(body) = fold::Foldable::fold(rows.body.clone(), &mut rename);
        out.extend(self.body(body, depth + 1));
        (out, format!("{prefix}{}", rows.result))
    }

    fn body(&mut self, body: Vec<Stmt>, depth: usize) -> Vec<Stmt> {
        if depth > DEPTH {
            return body;
        }
        let mut out = Vec::new();
        for mut s in body {
            for b in super::child_blocks_mut(&mut s) {
                *b = self.body(std::mem::take(b), depth);
            }
            match &mut s {
                Stmt::Assign(a) if a.targets.len() == 1 => {
                    if let Some((h, args)) = self.fits(&a.value) {
                        let (h, args, range) = (h.to_string(), args.to_vec(), a.range);
                        let (stmts, result) = self.expand(&h, &args, range, depth);
                        out.extend(stmts);
                        *a.value = name(&result, ExprContext::Load, range);
                    }
                }
                Stmt::Return(ast::StmtReturn { value: Some(v), range }) => {
                    if let Some((h, args)) = self.fits(v) {
                        let (h, args, range) = (h.to_string(), args.to_vec(), *range);
                        let (stmts, result) = self.expand(&h, &args, range, depth);
                        out.extend(stmts);
                        **v = name(&result, ExprContext::Load, range);
                    }
                }
                Stmt::For(f) => {
                    if let Some((h, args)) = self.fits(&f.iter) {
                        let (h, args, range) = (h.to_string(), args.to_vec(), f.range);
                        let (stmts, result) = self.expand(&h, &args, range, depth);
                        out.extend(stmts);
                        *f.iter = name(&result, ExprContext::Load, range);
                    }
                }
                _ => {}
            }
            out.push(s);
        }
        out
    }
}

/// The names `f` binds (its parameters and every stored name).
fn own_names(f: &ast::StmtFunctionDef) -> HashSet<String> {
    let mut names = scan(&f.body).stored;
    let a = &f.args;
    names.extend(a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string()));
    names.extend(a.vararg.iter().chain(&a.kwarg).map(|p| p.arg.to_string()));
    names
}

/// `round` tells apart the names of calls inlined in different rounds.
fn inline_into(f: &mut ast::StmtFunctionDef, helpers: &HashMap<String, Rows>, round: usize) {
    let caller = own_names(f);
    let mut inliner = Inliner { helpers, caller: &caller, caller_name: f.name.as_str(), round, count: 0 };
    let body = inliner.body(std::mem::take(&mut f.body), 0);
    f.body = body;
}

/// Inlines the calls of helpers returning lists of lists in every
/// function of the file and every export (see the module comment). A
/// helper that returns another's result (`return rows(n + 1)`) fits once
/// that call is inlined, so the file's functions are inlined in rounds.
pub fn inline<'a>(globals: &mut Globals, exports: impl Iterator<Item = &'a mut ast::StmtFunctionDef>) {
    let (mut helpers, mut round) = (HashMap::new(), 0);
    for _ in 0..3 {
        let found: HashMap<String, Rows> =
            globals.functions.iter().filter_map(|(n, f)| Some((n.clone(), candidate(f)?))).collect();
        if found.is_empty() || (!helpers.is_empty() && found.keys().all(|k| helpers.contains_key(k))) {
            break;
        }
        helpers = found;
        round += 1;
        for f in globals.functions.values_mut() {
            inline_into(f, &helpers, round);
        }
    }
    if helpers.is_empty() {
        return;
    }
    for f in exports {
        inline_into(f, &helpers, 0);
    }
}
