//! `t == 'a'` / `t != 'a'` of a str local that may be None (a helper's
//! str-or-None result, sema/numbers/optional.rs): CPython's `None == 'a'` is False
//! and `None != 'a'` True, so the comparison is written as the guarded one
//! the flow typing proves (`(t is not None and t == 'a')`, `not (...)` for
//! `!=`), which reads the str only where it is one.

use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::text_size::TextRange;

impl Typer<'_> {
    /// `stmt` with its `==` / `!=` of a str that may be None guarded;
    /// None when it has none. Only the statement's own expressions (a
    /// compound statement's test), not the blocks inside it.
    pub(in crate::sema) fn optional_str_compares(&self, stmt: &Stmt) -> Option<Stmt> {
        let risky: HashSet<String> = self
            .optional
            .iter()
            .filter(|n| {
                self.strs.contains(n.as_str())
                    && !self.not_none.contains(n.as_str())
                    && !self.arrays.contains_key(n.as_str())
            })
            .cloned()
            .collect();
        if risky.is_empty() {
            return None;
        }
        let mut g = Guard { cx: self, risky, changed: false };
        let out = match stmt.clone() {
            Stmt::If(mut s) => {
                let Ok(t) = g.fold_expr(*s.test);
                s.test = Box::new(t);
                Stmt::If(s)
            }
            Stmt::While(mut s) => {
                let Ok(t) = g.fold_expr(*s.test);
                s.test = Box::new(t);
                Stmt::While(s)
            }
            s @ (Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::AnnAssign(_) | Stmt::Return(_) | Stmt::Expr(_)) => {
                let Ok(s) = g.fold_stmt(s);
                s
            }
            _ => return None,
        };
        g.changed.then_some(out)
    }
}

struct Guard<'a, 'b> {
    cx: &'a Typer<'b>,
    risky: HashSet<String>,
    changed: bool,
}

impl Fold<TextRange> for Guard<'_, '_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        // `t is not None and ...`: what follows is proven; left as written.
        if let Expr::BoolOp(b) = &e {
            if matches!(&b.values[0], Expr::Compare(c) if self.cx.optional_test(c).is_some()) {
                return Ok(e);
            }
        }
        let Expr::Compare(c) = &e else { return fold::fold_expr(self, e) };
        let ([op @ (ast::CmpOp::Eq | ast::CmpOp::NotEq)], [right]) = (c.ops.as_slice(), c.comparators.as_slice())
        else {
            return fold::fold_expr(self, e);
        };
        let risky = |x: &Expr| matches!(x, Expr::Name(n) if self.risky.contains(n.id.as_str()));
        let name = match (c.left.as_ref(), right) {
            (l, r) if risky(l) && !risky(r) && self.cx.is_str_expr(r) => l.clone(),
            (l, r) if risky(r) && !risky(l) && self.cx.is_str_expr(l) => r.clone(),
            _ => return fold::fold_expr(self, e),
        };
        self.changed = true;
        let r = c.range;
        let none = Expr::Constant(ast::ExprConstant { range: r, value: ast::Constant::None, kind: None });
        let test = crate::sema::sugar::compare(name, ast::CmpOp::IsNot, none, r);
        let eq = Expr::Compare(ast::ExprCompare { ops: vec![ast::CmpOp::Eq], ..c.clone() });
        let guarded = Expr::BoolOp(ast::ExprBoolOp { range: r, op: ast::BoolOp::And, values: vec![test, eq] });
        Ok(if *op == ast::CmpOp::Eq { guarded } else { crate::sema::sugar::not(guarded) })
    }
}
