//! Lambda lifting: functions defined in a function's body (`def g(x): ...`
//! and `g = lambda x: ...`, at the top of the body) become file-level
//! helpers named `outer.g`, taking the enclosing variables they read as
//! extra first parameters; each call `g(a)` becomes `outer.g(captured..., a)`.
//! This is numba's inner-function semantics: the inner function reads the
//! enclosing variables' values at the call (arrays by reference, so it may
//! store into them). A `nonlocal` variable becomes a one-item list shared
//! by the helpers (`cells`). What stays unsupported gets a diagnostic: other
//! `nonlocal`s and an inner function used other than by calling it
//! (returned, passed, stored).

use crate::base::diagnostics::Diagnostic;
use crate::syntax::parse::range;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Collects the names an AST reads and binds; with `shallow`, does not
/// look inside function definitions and lambdas (their own scopes).
struct Names {
    loads: Vec<String>,
    stores: HashSet<String>,
    shallow: bool,
}

impl Fold<TextRange> for Names {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match &e {
            Expr::Name(n) if n.ctx == ExprContext::Load => self.loads.push(n.id.to_string()),
            Expr::Name(n) => {
                self.stores.insert(n.id.to_string());
            }
            Expr::Lambda(_) if self.shallow => return Ok(e),
            _ => {}
        }
        fold::fold_expr(self, e)
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        if let Stmt::FunctionDef(f) = &s {
            self.stores.insert(f.name.to_string());
            if self.shallow {
                return Ok(s);
            }
        }
        fold::fold_stmt(self, s)
    }
}

fn names<T: fold::Foldable<TextRange, TextRange, Mapped = T>>(node: T, shallow: bool) -> Names {
    let mut n = Names { loads: Vec::new(), stores: HashSet::new(), shallow };
    let Ok(_) = node.fold(&mut n);
    n
}

fn params(args: &ast::Arguments) -> impl Iterator<Item = String> + '_ {
    args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).map(|a| a.def.arg.to_string())
}

/// Rewrites calls of the inner functions to their lifted helpers (captured
/// variables appended); any other use of an inner function's name is an error.
struct Calls<'a> {
    lifted: &'a HashMap<String, (String, Vec<String>)>,
    errors: Vec<Diagnostic>,
    /// What the rewritten names are, for the diagnostic.
    what: &'static str,
}

impl Fold<TextRange> for Calls<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            Expr::Call(mut c) => {
                if let Expr::Name(n) = c.func.as_ref() {
                    if let Some((helper, captured)) = self.lifted.get(n.id.as_str()) {
                        let at = n.range;
                        c.func = Box::new(name_expr(helper, at));
                        let args = fold::Foldable::fold(std::mem::take(&mut c.args), self)?;
                        c.args = captured.iter().map(|v| name_expr(v, at)).chain(args).collect();
                        c.keywords = fold::Foldable::fold(c.keywords, self)?;
                        return Ok(Expr::Call(c));
                    }
                }
                fold::fold_expr(self, Expr::Call(c))
            }
            Expr::Name(n) if self.lifted.contains_key(n.id.as_str()) => {
                self.errors.push(
                    Diagnostic::error(format!("the {} `{}` can only be called here", self.what, n.id))
                        .at(range(&n), "used as a value")
                        .note(if self.what == "nested function" {
                            "pycc compiles nested functions and lambdas bound to a name as helpers: they can be called, not returned, passed or stored"
                        } else {
                            "a parameter whose default is a function of this file stands for that function: it can be called, not passed or stored"
                        }),
                );
                Ok(Expr::Name(n))
            }
            e => fold::fold_expr(self, e),
        }
    }
}

fn name_expr(id: &str, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName { id: Identifier::new(id), ctx: ExprContext::Load, range })
}

/// An inner definition at the top of `outer`'s body, as a function.
fn inner_def(s: &Stmt) -> Option<ast::StmtFunctionDef> {
    match s {
        Stmt::FunctionDef(f) => Some(ast::StmtFunctionDef { decorator_list: Vec::new(), ..f.clone() }),
        Stmt::Assign(a) => match (a.targets.as_slice(), a.value.as_ref()) {
            ([Expr::Name(n)], Expr::Lambda(l)) => Some(ast::StmtFunctionDef {
                range: a.range,
                name: n.id.clone(),
                args: l.args.clone(),
                body: vec![Stmt::Return(ast::StmtReturn { range: l.range, value: Some(l.body.clone()) })],
                decorator_list: Vec::new(),
                returns: None,
                type_comment: None,
                type_params: Vec::new(),
            }),
            _ => None,
        },
        _ => None,
    }
}

/// `outer` without its inner definitions, and the lifted helpers (lifted
/// in turn); errors for what stays unsupported.
pub fn lift(
    outer: &ast::StmtFunctionDef,
    errors: &mut Vec<Diagnostic>,
) -> (ast::StmtFunctionDef, Vec<ast::StmtFunctionDef>) {
    // Inner functions changing a list of `outer` are inlined instead.
    let outer = &crate::syntax::inline::inline_mutators(outer);
    let mut inner: Vec<ast::StmtFunctionDef> = outer.body.iter().filter_map(inner_def).collect();
    if inner.is_empty() {
        return (outer.clone(), Vec::new());
    }
    let inner_names: HashSet<String> = inner.iter().map(|f| f.name.to_string()).collect();
    let body: Vec<Stmt> = outer.body.iter().filter(|s| inner_def(s).is_none()).cloned().collect();
    crate::syntax::noneuse::raise_at_end(&body, &mut inner);
    let outer_params = outer.args.posonlyargs.iter().chain(&outer.args.args).chain(&outer.args.kwonlyargs);
    let outer_params = outer_params.map(|a| (a.def.arg.to_string(), a.def.range)).collect();
    let (body, inner) = cells(body, inner, &outer_params);
    let mut bound: HashSet<String> = names(body.clone(), true).stores;
    bound.extend(params(&outer.args));
    // What each inner function reads of the enclosing scope, in order of first use.
    let mut captured: HashMap<String, Vec<String>> = HashMap::new();
    let mut calls: HashMap<String, Vec<String>> = HashMap::new();
    for f in &inner {
        let n = names(f.body.clone(), false);
        let own: HashSet<String> = n.stores.iter().cloned().chain(params(&f.args)).collect();
        let mut caps = Vec::new();
        for v in &n.loads {
            if bound.contains(v) && !own.contains(v) && !inner_names.contains(v) && !caps.contains(v) {
                caps.push(v.clone());
            }
        }
        calls.insert(f.name.to_string(), n.loads.iter().filter(|v| inner_names.contains(*v)).cloned().collect());
        captured.insert(f.name.to_string(), caps);
        for s in &f.body {
            if let Stmt::Nonlocal(s) = s {
                errors.push(
                    Diagnostic::error(
                        "`nonlocal` is supported only for a parameter of the enclosing function or a variable it first sets by `name = value`",
                    )
                    .at(range(s), "`nonlocal`")
                    .note("not first set inside a block, not rebound by a comprehension or lambda"),
                );
            }
        }
    }
    // An inner function calling another passes that one's captures too.
    loop {
        let mut changed = false;
        for f in &inner {
            for g in calls[f.name.as_str()].clone() {
                for v in captured[g.as_str()].clone() {
                    let caps = captured.get_mut(f.name.as_str()).expect("each inner function");
                    if !caps.contains(&v) {
                        caps.push(v);
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    let lifted: HashMap<String, (String, Vec<String>)> = inner
        .iter()
        .map(|f| (f.name.to_string(), (format!("{}.{}", outer.name, f.name), captured[f.name.as_str()].clone())))
        .collect();
    let mut rewrite = Calls { lifted: &lifted, errors: Vec::new(), what: "nested function" };
    let Ok(body) = fold::Foldable::fold(body, &mut rewrite);
    let mut helpers = Vec::new();
    for f in inner {
        let (helper, caps) = &lifted[f.name.as_str()];
        let Ok(fbody) = fold::Foldable::fold(f.body.clone(), &mut rewrite);
        let mut args = f.args.clone();
        // The captures come first: the call's own arguments (and defaults) follow.
        let caps = caps.iter().map(|v| ast::ArgWithDefault {
            range: Default::default(),
            def: ast::Arg { range: f.range, arg: Identifier::new(v.as_str()), annotation: None, type_comment: None },
            default: None,
        });
        args.args = caps.chain(std::mem::take(&mut args.args)).collect();
        let def = ast::StmtFunctionDef { name: Identifier::new(helper.as_str()), args, body: fbody, ..f };
        let (def, more) = lift(&def, errors);
        helpers.push(def);
        helpers.extend(more);
    }
    errors.append(&mut rewrite.errors);
    (ast::StmtFunctionDef { body, ..outer.clone() }, helpers)
}

/// The names the inner functions declare `nonlocal` become cells: one-item
/// lists, which the helpers share by reference as CPython's closures share
/// the variable. The outer function's first statement that mentions such a
/// name must bind it (`n = e` becomes `n$cell = [e]`); every other use is
/// `n$cell[0]`, in the outer body and in the inner functions that do not bind
/// the name themselves. The cell is a new variable `n$cell` (sema knows a
/// cell by the name); a parameter's is made first in the body, `p$cell =
/// [p]`. A name that does not fit (a first use that is not a plain
/// assignment, a comprehension or lambda rebinding it) keeps its
/// `nonlocal`, which is then a diagnostic.
fn cells(
    body: Vec<Stmt>,
    inner: Vec<ast::StmtFunctionDef>,
    outer_params: &HashMap<String, TextRange>,
) -> (Vec<Stmt>, Vec<ast::StmtFunctionDef>) {
    let mut declared: Vec<String> = Vec::new();
    // The declared names some function declaring them assigns.
    let mut rebound: HashSet<String> = HashSet::new();
    for f in &inner {
        let stores = names(f.body.clone(), true).stores;
        for s in &f.body {
            if let Stmt::Nonlocal(nl) = s {
                declared.extend(nl.names.iter().map(|n| n.to_string()));
                rebound.extend(nl.names.iter().map(|n| n.to_string()).filter(|n| stores.contains(n)));
            }
        }
    }
    // A `nonlocal` name no function assigns (`nonlocal buf` then only
    // `buf[i] = x`) is read as any enclosing variable: no cell.
    let inner: Vec<ast::StmtFunctionDef> = inner
        .into_iter()
        .map(|mut f| {
            for s in &mut f.body {
                if let Stmt::Nonlocal(nl) = s {
                    nl.names.retain(|n| rebound.contains(n.as_str()));
                    if nl.names.is_empty() {
                        *s = Stmt::Pass(ast::StmtPass { range: nl.range });
                    }
                }
            }
            f
        })
        .collect();
    let body = split_bindings(body, &rebound);
    // Name -> the variable holding its cell; ordered, so that the cells of
    // parameters are made in the same order on every build.
    let mut cells: BTreeMap<String, String> = BTreeMap::new();
    for name in declared {
        if cells.contains_key(&name) || !rebound.contains(&name) {
            continue;
        }
        if outer_params.contains_key(&name) {
            cells.insert(name.clone(), format!("{name}$cell"));
            continue;
        }
        let first = body.iter().find(|s| {
            let n = names(vec![(*s).clone()], true);
            n.stores.contains(&name) || n.loads.contains(&name)
        });
        let binds = matches!(first, Some(Stmt::Assign(a))
            if matches!(a.targets.as_slice(), [Expr::Name(t)] if t.id.as_str() == name)
                && !names(vec![a.value.as_ref().clone()], true).loads.contains(&name));
        if binds {
            cells.insert(name.clone(), format!("{name}$cell"));
        }
    }
    if cells.is_empty() {
        return (body, inner);
    }
    let first = cells.keys().filter(|n| !outer_params.contains_key(*n)).cloned().collect();
    let mut rewrite = Cells { cells: &cells, first, clash: false };
    let Ok(mut new_body) = fold::Foldable::fold(body.clone(), &mut rewrite);
    for (name, cell) in &cells {
        if let Some(&at) = outer_params.get(name) {
            // At the parameter: what the cell's list cannot hold is reported there.
            let value =
                Expr::List(ast::ExprList { range: at, elts: vec![name_expr(name, at)], ctx: ExprContext::Load });
            let target =
                Expr::Name(ast::ExprName { id: Identifier::new(cell.as_str()), ctx: ExprContext::Store, range: at });
            let cell_stmt =
                ast::StmtAssign { range: at, targets: vec![target], value: Box::new(value), type_comment: None };
            new_body.insert(0, Stmt::Assign(cell_stmt));
        }
    }
    let mut new_inner = Vec::new();
    for f in &inner {
        let declares: HashSet<String> = f
            .body
            .iter()
            .filter_map(|s| match s {
                Stmt::Nonlocal(nl) => Some(nl.names.iter().map(|n| n.to_string())),
                _ => None,
            })
            .flatten()
            .collect();
        let own: HashSet<String> = names(f.body.clone(), true).stores.into_iter().chain(params(&f.args)).collect();
        // A name the function binds without `nonlocal` is its own local.
        let shared: BTreeMap<String, String> = cells
            .iter()
            .filter(|(c, _)| declares.contains(*c) || !own.contains(*c))
            .map(|(c, v)| (c.clone(), v.clone()))
            .collect();
        let mut rewrite_f = Cells { cells: &shared, first: HashSet::new(), clash: false };
        let Ok(fbody) = fold::Foldable::fold(f.body.clone(), &mut rewrite_f);
        rewrite.clash |= rewrite_f.clash;
        new_inner.push(ast::StmtFunctionDef { body: fbody, ..f.clone() });
    }
    if rewrite.clash {
        return (body, inner);
    }
    (new_body, new_inner)
}

/// See `cells`: `n` -> `c[0]` for the cell names (`c`: the variable holding
/// `n`'s cell), the first binding in `first` -> `n = [e]`, their `nonlocal`
/// declarations dropped.
struct Cells<'a> {
    cells: &'a BTreeMap<String, String>,
    first: HashSet<String>,
    /// A comprehension or lambda binds a cell's name: no rewrite at all.
    clash: bool,
}

impl Fold<TextRange> for Cells<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        let binds_cell = |n: Names| n.stores.iter().any(|v| self.cells.contains_key(v));
        match e {
            Expr::Name(n) if self.cells.contains_key(n.id.as_str()) => {
                let at = n.range;
                let zero =
                    Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Int(0.into()), kind: None });
                Ok(Expr::Subscript(ast::ExprSubscript {
                    range: at,
                    value: Box::new(name_expr(&self.cells[n.id.as_str()], at)),
                    slice: Box::new(zero),
                    ctx: n.ctx,
                }))
            }
            Expr::Lambda(l) => {
                self.clash |= params(&l.args).any(|p| self.cells.contains_key(&p));
                fold::fold_expr(self, Expr::Lambda(l))
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_) => {
                let gens = match &e {
                    Expr::ListComp(c) => &c.generators,
                    Expr::SetComp(c) => &c.generators,
                    Expr::DictComp(c) => &c.generators,
                    Expr::GeneratorExp(c) => &c.generators,
                    _ => unreachable!("matched above"),
                };
                self.clash |= gens.iter().any(|g| binds_cell(names(vec![g.target.clone()], true)));
                fold::fold_expr(self, e)
            }
            e => fold::fold_expr(self, e),
        }
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        match s {
            // Their own scopes (a deeper function reading the name would read the list).
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => Ok(s),
            Stmt::Nonlocal(mut nl) => {
                nl.names.retain(|n| !self.cells.contains_key(n.as_str()));
                Ok(if nl.names.is_empty() { Stmt::Pass(ast::StmtPass { range: nl.range }) } else { Stmt::Nonlocal(nl) })
            }
            Stmt::Assign(mut a) => {
                let first = match a.targets.as_slice() {
                    [Expr::Name(t)] if self.first.remove(t.id.as_str()) => Some(t.clone()),
                    _ => None,
                };
                let Some(mut t) = first else { return fold::fold_stmt(self, Stmt::Assign(a)) };
                let value = fold::Foldable::fold(*a.value, self)?;
                let at = a.range;
                a.value = Box::new(Expr::List(ast::ExprList { range: at, elts: vec![value], ctx: ExprContext::Load }));
                t.id = Identifier::new(self.cells[t.id.as_str()].as_str());
                a.targets = vec![Expr::Name(t)];
                Ok(Stmt::Assign(a))
            }
            s => fold::fold_stmt(self, s),
        }
    }
}

/// `a, b = x, y` at the top of `body` binding a name in `shared` becomes
/// `a = x` and `b = y` (when no value reads a target: the same values), so
/// that the name's first binding is a plain assignment (see `cells`).
fn split_bindings(body: Vec<Stmt>, shared: &HashSet<String>) -> Vec<Stmt> {
    let mut out = Vec::new();
    for s in body {
        let pairs = match &s {
            Stmt::Assign(a) => binding_pairs(a).filter(|p| {
                let loads = names(vec![a.value.as_ref().clone()], true).loads;
                p.len() > 1
                    && p.iter().any(|(t, _)| shared.contains(t.id.as_str()))
                    && !p.iter().any(|(t, _)| loads.iter().any(|l| l == t.id.as_str()))
            }),
            _ => None,
        };
        let Some(pairs) = pairs else {
            out.push(s);
            continue;
        };
        for (t, v) in pairs {
            let range = t.range;
            out.push(Stmt::Assign(ast::StmtAssign {
                range,
                targets: vec![Expr::Name(t)],
                value: Box::new(v),
                type_comment: None,
            }));
        }
    }
    out
}

/// The names of `a, b = x, y` (a tuple display of as many values) with
/// their values.
fn binding_pairs(a: &ast::StmtAssign) -> Option<Vec<(ast::ExprName, Expr)>> {
    match (a.targets.as_slice(), a.value.as_ref()) {
        ([Expr::Tuple(ts)], Expr::Tuple(vs)) if ts.elts.len() == vs.elts.len() => ts
            .elts
            .iter()
            .zip(&vs.elts)
            .map(|(t, v)| match t {
                Expr::Name(n) => Some((n.clone(), v.clone())),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// A trailing parameter whose default is a file-level function (`def
/// f(data, mode=wrap)`), as numba's Omitted argument: calls of it become
/// calls of that function and the parameter goes, so callers and
/// signatures leave it out. A parameter the body assigns stays (and its
/// default is then the diagnostic of a function used as a value).
pub fn function_defaults(f: &mut ast::StmtFunctionDef, functions: &HashSet<String>, errors: &mut Vec<Diagnostic>) {
    if !f.args.kwonlyargs.is_empty() || f.args.vararg.is_some() || f.args.kwarg.is_some() {
        return;
    }
    let stores = names(f.body.clone(), true).stores;
    let mut lifted = HashMap::new();
    while let Some(last) = f.args.args.last() {
        let p = last.def.arg.to_string();
        match last.default.as_deref() {
            Some(Expr::Name(g)) if functions.contains(g.id.as_str()) && !stores.contains(&p) => {
                lifted.insert(p, (g.id.to_string(), Vec::new()));
                f.args.args.pop();
            }
            _ => break,
        }
    }
    if lifted.is_empty() {
        return;
    }
    let mut rewrite = Calls { lifted: &lifted, errors: Vec::new(), what: "function parameter" };
    let Ok(body) = fold::Foldable::fold(std::mem::take(&mut f.body), &mut rewrite);
    f.body = body;
    errors.append(&mut rewrite.errors);
}
