//! Module-level tuples of constants read by functions (`DIRS = ((0, 1),
//! (1, 0))`): numba freezes a global tuple as a constant; pycc does the same
//! by binding the name, at the top of each function that reads it (and does
//! not bind it itself), to the literal tuple, which then is a tuple
//! variable like any other (iterated, indexed, unpacked, `len()`), folded
//! by the optimizer.

use crate::base::consts::ConstValue;
use crate::syntax::parse::fold_constant;
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Stmt};
use std::collections::{HashMap, HashSet};

/// A tuple whose leaves are constant expressions over numbers and the
/// file's constants (nested tuples too).
fn constant_tuple(e: &Expr, env: &HashMap<String, ConstValue>) -> bool {
    match e {
        Expr::Tuple(t) => t.elts.iter().all(|x| constant_tuple(x, env) || fold_constant(x, env).is_some()),
        _ => false,
    }
}

/// The module-level names bound once to a constant tuple, with their statements.
pub fn tuples(body: &[Stmt], once: &HashSet<String>, env: &HashMap<String, ConstValue>) -> Vec<(String, Stmt)> {
    let mut out = Vec::new();
    for stmt in body {
        let Stmt::Assign(a) = stmt else { continue };
        let [Expr::Name(n)] = a.targets.as_slice() else { continue };
        if once.contains(n.id.as_str()) && constant_tuple(&a.value, env) {
            out.push((n.id.to_string(), stmt.clone()));
        }
    }
    out
}

/// Prepends the bindings of the frozen tuples `f` reads.
pub fn bind(f: &mut ast::StmtFunctionDef, frozen: &[(String, Stmt)]) {
    if frozen.is_empty() {
        return;
    }
    let locals = super::npnames::locals(f);
    let mut reads = Reads(HashSet::new());
    let Ok(_) = f.body.clone().fold(&mut reads);
    let pre: Vec<Stmt> = frozen
        .iter()
        .filter(|(name, _)| reads.0.contains(name) && !locals.contains(name))
        .map(|(_, stmt)| stmt.clone())
        .collect();
    if !pre.is_empty() {
        f.body.splice(0..0, pre);
    }
}

struct Reads(HashSet<String>);

impl Fold<TextRange> for Reads {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            if n.ctx == ExprContext::Load {
                self.0.insert(n.id.to_string());
            }
        }
        fold::fold_expr(self, e)
    }
}
