//! Inner functions that change a list of the enclosing function
//! (`out = []`, `def add(x): out.append(x)`, `add(i)`) are inlined at
//! their calls rather than lifted (lift.rs): a lifted helper would take
//! `out` as a parameter, and pycc types a list from what its own function
//! puts in. Each call statement `add(e)` becomes `add.k.x = e` followed by
//! the body with the function's own names renamed (`add.k.<name>`), which
//! is what CPython runs: the arguments first, then the body reading the
//! enclosing variables as they are at the call. Only functions whose every
//! use is such a statement and whose body has no `return`, `yield`,
//! `global`, `nonlocal`, nested function or class are inlined.

use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::HashSet;

/// Methods that change a list in place.
const MUTATORS: &[&str] = &["append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse"];

/// `outer` with the inner functions that fit inlined at their calls.
pub fn inline_mutators(outer: &ast::StmtFunctionDef) -> ast::StmtFunctionDef {
    let mut body = outer.body.clone();
    let candidates: Vec<ast::StmtFunctionDef> = outer
        .body
        .iter()
        .filter_map(|s| match s {
            Stmt::FunctionDef(f) if fits(f) => Some(f.clone()),
            _ => None,
        })
        .collect();
    for f in candidates {
        let name = f.name.as_str();
        // A second definition of the name: leave both to lift.rs.
        let defs = body.iter().filter(|s| matches!(s, Stmt::FunctionDef(g) if g.name.as_str() == name)).count();
        let rest: Vec<Stmt> =
            body.iter().filter(|s| !matches!(s, Stmt::FunctionDef(g) if g.name.as_str() == name)).cloned().collect();
        // A recursive one stays a helper (its own calls would stay calls).
        if defs != 1 || !mutates_captured(&f) || loads_of(&f.body, name) > 0 {
            continue;
        }
        let uses = loads_of(&rest, name);
        let mut site = 0;
        let expanded = expand(rest, &f, &mut site);
        if site == uses && site > 0 {
            body = expanded;
        }
    }
    ast::StmtFunctionDef { body, ..outer.clone() }
}

/// Positional parameters only, and no statement that cannot be inlined.
fn fits(f: &ast::StmtFunctionDef) -> bool {
    let a = &f.args;
    let simple = a.posonlyargs.is_empty()
        && a.vararg.is_none()
        && a.kwarg.is_none()
        && a.kwonlyargs.is_empty()
        && a.args.iter().all(|p| p.default.is_none())
        && f.decorator_list.is_empty();
    simple && !f.body.is_empty() && f.body.iter().all(inlinable) && bound_before_read(f)
}

/// Whether every local of `f` is surely set before it is read: inlined in
/// a loop, a local would otherwise keep the previous call's value where
/// CPython raises UnboundLocalError.
fn bound_before_read(f: &ast::StmtFunctionDef) -> bool {
    let params: HashSet<String> = f.args.args.iter().map(|a| a.def.arg.to_string()).collect();
    let mut comps = Names::default();
    let Ok(_) = fold::Foldable::fold(f.body.clone(), &mut comps);
    let locals: HashSet<String> =
        own_names(f).into_iter().filter(|v| !params.contains(v) && !comps.comprehension_targets.contains(v)).collect();
    let mut bound = HashSet::new();
    block_binds(&f.body, &locals, &mut bound)
}

/// `block_binds`: the statements read only locals in `bound`, which gains
/// what they surely set.
fn block_binds(body: &[Stmt], locals: &HashSet<String>, bound: &mut HashSet<String>) -> bool {
    let reads_ok = |e: &Expr, bound: &HashSet<String>| {
        let mut n = Names::default();
        let Ok(_) = fold::Foldable::fold(e.clone(), &mut n);
        n.loads.iter().all(|v| !locals.contains(v) || bound.contains(v))
    };
    let targets = |e: &Expr| {
        let mut n = Names::default();
        let Ok(_) = fold::Foldable::fold(e.clone(), &mut n);
        n.stores
    };
    for s in body {
        match s {
            Stmt::Assign(a) => {
                if !reads_ok(&a.value, bound) || !a.targets.iter().all(|t| reads_ok(t, bound)) {
                    return false;
                }
                a.targets.iter().for_each(|t| bound.extend(targets(t)));
            }
            Stmt::For(x) => {
                if !reads_ok(&x.iter, bound) {
                    return false;
                }
                let mut inner = bound.clone();
                inner.extend(targets(&x.target));
                if !block_binds(&x.body, locals, &mut inner) || !block_binds(&x.orelse, locals, &mut bound.clone()) {
                    return false;
                }
            }
            Stmt::While(x) => {
                if !reads_ok(&x.test, bound)
                    || !block_binds(&x.body, locals, &mut bound.clone())
                    || !block_binds(&x.orelse, locals, &mut bound.clone())
                {
                    return false;
                }
            }
            Stmt::If(x) => {
                let (mut then, mut orelse) = (bound.clone(), bound.clone());
                if !reads_ok(&x.test, bound)
                    || !block_binds(&x.body, locals, &mut then)
                    || !block_binds(&x.orelse, locals, &mut orelse)
                {
                    return false;
                }
                bound.extend(then.intersection(&orelse).cloned().collect::<Vec<_>>());
            }
            Stmt::Expr(e) if reads_ok(&e.value, bound) => {}
            Stmt::AugAssign(a) => {
                let target_ok = match a.target.as_ref() {
                    Expr::Name(n) => !locals.contains(n.id.as_str()) || bound.contains(n.id.as_str()),
                    t => reads_ok(t, bound),
                };
                if !target_ok || !reads_ok(&a.value, bound) {
                    return false;
                }
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Raise(_) | Stmt::Assert(_) | Stmt::Try(_) | Stmt::With(_) | Stmt::Delete(_) | Stmt::AnnAssign(_) => {
                // Checked only when the function has no locals at all.
                let mut n = Names::default();
                let Ok(_) = fold::Foldable::fold(s.clone(), &mut n);
                if n.loads.iter().chain(&n.stores).any(|v| locals.contains(v)) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}

fn inlinable(s: &Stmt) -> bool {
    let blocks: Vec<&[Stmt]> = match s {
        Stmt::Return(_)
        | Stmt::Global(_)
        | Stmt::Nonlocal(_)
        | Stmt::FunctionDef(_)
        | Stmt::AsyncFunctionDef(_)
        | Stmt::ClassDef(_) => return false,
        Stmt::For(f) => vec![&f.body, &f.orelse],
        Stmt::While(w) => vec![&w.body, &w.orelse],
        Stmt::If(i) => vec![&i.body, &i.orelse],
        Stmt::With(w) => vec![&w.body],
        Stmt::Try(t) => {
            let mut all: Vec<&[Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
            all.extend(t.handlers.iter().map(|ast::ExceptHandler::ExceptHandler(h)| h.body.as_slice()));
            all
        }
        _ => vec![],
    };
    let mut names = Names::default();
    let Ok(_) = fold::Foldable::fold(s.clone(), &mut names);
    !names.yields && !names.lambda && blocks.iter().all(|b| b.iter().all(inlinable))
}

/// Whether the body calls a list method on a name it does not bind.
fn mutates_captured(f: &ast::StmtFunctionDef) -> bool {
    let own = own_names(f);
    let mut names = Names::default();
    let Ok(_) = fold::Foldable::fold(f.body.clone(), &mut names);
    names.method_receivers.iter().any(|v| !own.contains(v))
}

/// The parameters and every name the body binds.
fn own_names(f: &ast::StmtFunctionDef) -> HashSet<String> {
    let mut names = Names::default();
    let Ok(_) = fold::Foldable::fold(f.body.clone(), &mut names);
    names.stores.extend(f.args.args.iter().map(|a| a.def.arg.to_string()));
    names.stores
}

#[derive(Default)]
struct Names {
    stores: HashSet<String>,
    loads: Vec<String>,
    /// `v` of `v.append(...)` and the other MUTATORS.
    method_receivers: Vec<String>,
    yields: bool,
    lambda: bool,
    /// The names comprehensions bind (their own scope).
    comprehension_targets: HashSet<String>,
}

impl Fold<TextRange> for Names {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match &e {
            Expr::Name(n) if n.ctx == ExprContext::Load => self.loads.push(n.id.to_string()),
            Expr::Name(n) => {
                self.stores.insert(n.id.to_string());
            }
            Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => self.yields = true,
            Expr::Lambda(_) => self.lambda = true,
            Expr::ListComp(ast::ExprListComp { generators, .. })
            | Expr::SetComp(ast::ExprSetComp { generators, .. })
            | Expr::DictComp(ast::ExprDictComp { generators, .. })
            | Expr::GeneratorExp(ast::ExprGeneratorExp { generators, .. }) => {
                for g in generators {
                    let mut n = Names::default();
                    let Ok(_) = fold::Foldable::fold(g.target.clone(), &mut n);
                    self.comprehension_targets.extend(n.stores);
                }
            }
            Expr::Call(c) => {
                if let Expr::Attribute(a) = c.func.as_ref() {
                    if let (Expr::Name(v), true) = (a.value.as_ref(), MUTATORS.contains(&a.attr.as_str())) {
                        self.method_receivers.push(v.id.to_string());
                    }
                }
            }
            _ => {}
        }
        fold::fold_expr(self, e)
    }
}

fn loads_of(body: &[Stmt], name: &str) -> usize {
    let mut names = Names::default();
    let Ok(_) = fold::Foldable::fold(body.to_vec(), &mut names);
    names.loads.iter().filter(|v| v.as_str() == name).count()
}

/// `body` with each statement `f(args)` replaced by the inlined body;
/// `site` counts them.
fn expand(body: Vec<Stmt>, f: &ast::StmtFunctionDef, site: &mut usize) -> Vec<Stmt> {
    let mut out = Vec::new();
    for s in body {
        match s {
            Stmt::Expr(e) if is_call_of(&e.value, f) => {
                let Expr::Call(c) = *e.value else { unreachable!("checked by is_call_of") };
                out.extend(inlined(f, c.args, *site, e.range));
                *site += 1;
            }
            Stmt::For(x) => out.push(Stmt::For(ast::StmtFor {
                body: expand(x.body, f, site),
                orelse: expand(x.orelse, f, site),
                ..x
            })),
            Stmt::While(x) => out.push(Stmt::While(ast::StmtWhile {
                body: expand(x.body, f, site),
                orelse: expand(x.orelse, f, site),
                ..x
            })),
            Stmt::If(x) => out.push(Stmt::If(ast::StmtIf {
                body: expand(x.body, f, site),
                orelse: expand(x.orelse, f, site),
                ..x
            })),
            Stmt::With(x) => out.push(Stmt::With(ast::StmtWith { body: expand(x.body, f, site), ..x })),
            Stmt::Try(x) => {
                let handlers = x
                    .handlers
                    .into_iter()
                    .map(|ast::ExceptHandler::ExceptHandler(h)| {
                        ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
                            body: expand(h.body, f, site),
                            ..h
                        })
                    })
                    .collect();
                out.push(Stmt::Try(ast::StmtTry {
                    body: expand(x.body, f, site),
                    handlers,
                    orelse: expand(x.orelse, f, site),
                    finalbody: expand(x.finalbody, f, site),
                    ..x
                }))
            }
            s => out.push(s),
        }
    }
    out
}

/// `f(a, b)` with as many positional arguments as `f` has parameters.
fn is_call_of(e: &Expr, f: &ast::StmtFunctionDef) -> bool {
    matches!(e, Expr::Call(c)
        if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == f.name.as_str())
            && c.keywords.is_empty()
            && c.args.len() == f.args.args.len()
            && !c.args.iter().any(|a| matches!(a, Expr::Starred(_))))
}

/// The parameters bound to the arguments, then the renamed body.
fn inlined(f: &ast::StmtFunctionDef, args: Vec<Expr>, site: usize, at: TextRange) -> Vec<Stmt> {
    let prefix = format!("{}.{site}.", f.name);
    let mut rename = Rename { own: own_names(f), prefix: &prefix };
    let mut out: Vec<Stmt> = f
        .args
        .args
        .iter()
        .zip(args)
        .map(|(p, value)| {
            let target = Expr::Name(ast::ExprName {
                range: at,
                id: Identifier::new(format!("{prefix}{}", p.def.arg)),
                ctx: ExprContext::Store,
            });
            Stmt::Assign(ast::StmtAssign {
                range: at,
                targets: vec![target],
                value: Box::new(value),
                type_comment: None,
            })
        })
        .collect();
    let Ok(body) = fold::Foldable::fold(f.body.clone(), &mut rename);
    out.extend(body);
    out
}

/// The inner function's own names, prefixed.
struct Rename<'a> {
    own: HashSet<String>,
    prefix: &'a str,
}

impl Fold<TextRange> for Rename<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            Expr::Name(n) if self.own.contains(n.id.as_str()) => {
                Ok(Expr::Name(ast::ExprName { id: Identifier::new(format!("{}{}", self.prefix, n.id)), ..n }))
            }
            e => fold::fold_expr(self, e),
        }
    }
}
