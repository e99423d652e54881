//! A function-local alias of an imported module, bound once at the top of
//! the body (`t = nb`, then `np.zeros(n, dtype=t.int32)`; CSparse's ports
//! do this): numba reads `t` as the module, a compile-time constant. The
//! assignment is dropped and every later read of `t` reads the module's own
//! name, so the dtype and call forms the typer knows apply unchanged.

use super::npnames::body_binds;
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::HashMap;

/// `body` with each function's local module aliases read as the module
/// (`modules` maps the file's import names to their modules).
pub fn rewrite(body: Vec<Stmt>, modules: &HashMap<String, String>) -> Vec<Stmt> {
    if modules.is_empty() {
        return body;
    }
    let mut r = Functions { modules };
    body.into_iter().map(|s| r.fold_stmt(s).unwrap_or_else(|e| match e {})).collect()
}

struct Functions<'a> {
    modules: &'a HashMap<String, String>,
}

impl Fold<TextRange> for Functions<'_> {
    crate::syntax::identity_fold!();
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        match s {
            Stmt::FunctionDef(f) => {
                let mut f = fold::fold_stmt_function_def(self, f)?;
                while let Some(body) = self.one_alias(&f) {
                    f.body = body;
                }
                Ok(Stmt::FunctionDef(f))
            }
            s => fold::fold_stmt(self, s),
        }
    }
}

impl Functions<'_> {
    /// `f`'s body with its first top-level `t = module` alias replaced, or
    /// None when it has no alias that is safe to replace: `t` and the module
    /// name bound nowhere else in `f` (nor parameters), `t` not read before.
    fn one_alias(&self, f: &ast::StmtFunctionDef) -> Option<Vec<Stmt>> {
        let args = &f.args;
        let params: Vec<&str> =
            args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).map(|a| a.def.arg.as_str()).collect();
        f.body.iter().enumerate().find_map(|(i, s)| {
            let (alias, module) = alias_stmt(s)?;
            if !self.modules.contains_key(module) || self.modules.contains_key(alias) || alias == module {
                return None;
            }
            if params.contains(&alias) || params.contains(&module) || args.vararg.is_some() || args.kwarg.is_some() {
                return None;
            }
            let mut rest: Vec<Stmt> = f.body.clone();
            rest.remove(i);
            let binds = body_binds(&rest);
            if binds.contains(alias) || binds.contains(module) {
                return None;
            }
            let mut probe = Rename { from: alias, to: module, seen: false };
            let _ = f.body[..i].to_vec().fold(&mut probe);
            if probe.seen {
                return None;
            }
            let mut r = Rename { from: alias, to: module, seen: false };
            let Ok(mut tail) = f.body[i + 1..].to_vec().fold(&mut r);
            let mut body = rest[..i].to_vec();
            body.append(&mut tail);
            // An emptied body would no longer parse as Python would have it.
            if body.is_empty() {
                body.push(Stmt::Pass(ast::StmtPass { range: TextRange::default() }));
            }
            Some(body)
        })
    }
}

/// `t = m` of two plain names.
fn alias_stmt(s: &Stmt) -> Option<(&str, &str)> {
    let Stmt::Assign(a) = s else { return None };
    match (a.targets.as_slice(), a.value.as_ref()) {
        ([Expr::Name(t)], Expr::Name(m)) => Some((t.id.as_str(), m.id.as_str())),
        _ => None,
    }
}

/// Reads of `from` renamed to `to`, except inside a nested function or
/// lambda that has a parameter `from`; `seen` records any read.
struct Rename<'a> {
    from: &'a str,
    to: &'a str,
    seen: bool,
}

impl Rename<'_> {
    fn binds(&self, args: &ast::Arguments) -> bool {
        let named =
            args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).any(|a| a.def.arg.as_str() == self.from);
        named || args.vararg.iter().chain(&args.kwarg).any(|a| a.arg.as_str() == self.from)
    }
}

impl Fold<TextRange> for Rename<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            Expr::Name(mut n) if n.ctx == ExprContext::Load && n.id.as_str() == self.from => {
                self.seen = true;
                n.id = Identifier::new(self.to);
                Ok(Expr::Name(n))
            }
            Expr::Lambda(l) if self.binds(&l.args) => Ok(Expr::Lambda(l)),
            e => fold::fold_expr(self, e),
        }
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        match s {
            Stmt::FunctionDef(f) if self.binds(&f.args) => Ok(Stmt::FunctionDef(f)),
            s => fold::fold_stmt(self, s),
        }
    }
}
