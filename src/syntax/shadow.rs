//! File-level functions named like a builtin (`def sorted(...)`,
//! `def min(a, b)`): in CPython the module's name shadows the builtin in
//! every function that does not bind the name itself. The typer
//! special-cases builtins by name in many places, so such a function is
//! renamed (with a suffix no Python name has) together with every read of
//! its name that resolves to it; the builtin's name then means the builtin.

use super::npnames::locals;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::HashSet;

/// CPython's builtin functions and types a file may plausibly redefine.
const BUILTIN_NAMES: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "chr",
    "complex",
    "dict",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "format",
    "frozenset",
    "hash",
    "hex",
    "int",
    "isinstance",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "oct",
    "ord",
    "pow",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "slice",
    "sorted",
    "str",
    "sum",
    "tuple",
    "type",
    "zip",
];

/// The name a shadowing function `name` is compiled under.
pub fn renamed(name: &str) -> String {
    format!("{name}$")
}

/// Renames the module's top-level functions that shadow a builtin, and the
/// reads of their names in the module body and in functions that do not
/// bind the name locally.
pub fn rename(body: Vec<Stmt>) -> Vec<Stmt> {
    let shadowing: HashSet<String> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::FunctionDef(f) if BUILTIN_NAMES.contains(&f.name.as_str()) => Some(f.name.to_string()),
            _ => None,
        })
        .collect();
    if shadowing.is_empty() {
        return body;
    }
    let mut r = Rename { names: shadowing };
    body.into_iter().map(|s| r.fold_stmt(s).unwrap_or_else(|e| match e {})).collect()
}

struct Rename {
    /// The shadowing names visible here (not bound by the enclosing function).
    names: HashSet<String>,
}

impl Fold<TextRange> for Rename {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            Expr::Name(mut n) if n.ctx == ExprContext::Load && self.names.contains(n.id.as_str()) => {
                n.id = Identifier::new(renamed(n.id.as_str()));
                Ok(Expr::Name(n))
            }
            e => fold::fold_expr(self, e),
        }
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        match s {
            Stmt::FunctionDef(mut f) => {
                // The def's own name is bound in the enclosing scope.
                if self.names.contains(f.name.as_str()) {
                    f.name = Identifier::new(renamed(f.name.as_str()));
                }
                let bound = locals(&f);
                let outer = self.names.clone();
                self.names.retain(|n| !bound.contains(n));
                let decorators = std::mem::take(&mut f.decorator_list);
                let f = fold::fold_stmt_function_def(self, f)?;
                self.names = outer;
                let decorator_list = decorators.into_iter().map(|d| self.fold_expr(d)).collect::<Result<_, _>>()?;
                Ok(Stmt::FunctionDef(ast::StmtFunctionDef { decorator_list, ..f }))
            }
            s => fold::fold_stmt(self, s),
        }
    }
}
