//! `np.block([[a, b], [c, d]])` and `np.block([a, b])` of array names
//! (1-d or 2-d, the result at most 2-d): numpy's `_block_concatenate`
//! written out, each item `np.atleast_2d` where the result is 2-d, each
//! innermost list `np.concatenate(..., axis=-1)`, the outer one along
//! axis -2. numpy's values, dtype (result_type) and errors; numpy's
//! other path, for results past 2 * 512 * 512 / depth items, fills the
//! same values but words a shape mismatch otherwise (README Deviations).

use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

impl Typer<'_> {
    /// `stmt` with its `np.block` calls of array names written as
    /// concatenations; None when it has none.
    pub(in crate::sema) fn block_forms(&self, stmt: &Stmt) -> Option<Stmt> {
        let mut b = Blocks { cx: self, changed: false };
        let Ok(out) = b.fold_stmt(stmt.clone());
        b.changed.then_some(out)
    }

    /// The concatenations for `np.block(arg)`, or None when the form is
    /// not one compiled here (the call keeps its diagnostic).
    fn block_call(&self, module: &Expr, arg: &Expr) -> Option<Expr> {
        let Expr::List(outer) = arg else { return None };
        let nested = outer.elts.iter().all(|e| matches!(e, Expr::List(_)));
        let rows: Vec<&[Expr]> = if nested {
            outer
                .elts
                .iter()
                .map(|e| if let Expr::List(l) = e { l.elts.as_slice() } else { unreachable!("checked") })
                .collect()
        } else {
            vec![outer.elts.as_slice()]
        };
        let items = rows.iter().flat_map(|r| r.iter());
        let ndims: Vec<u32> =
            items.map(|e| matches!(e, Expr::Name(_)).then(|| self.expr_ndim(e)).flatten()).collect::<Option<_>>()?;
        let depth = if nested { 2 } else { 1 };
        let ndim = ndims.iter().copied().max()?.max(depth);
        if rows.iter().any(|r| r.is_empty()) || ndims.contains(&0) || ndim > 2 {
            return None;
        }
        let r = arg.range();
        let call = |f: &str, args: Vec<Expr>, axis: Option<i64>| {
            let func = Expr::Attribute(ast::ExprAttribute {
                range: r,
                value: Box::new(module.clone()),
                attr: ast::Identifier::new(f),
                ctx: ast::ExprContext::Load,
            });
            let keywords = axis
                .map(|k| {
                    let v = crate::sema::sugar::int(k.abs(), r);
                    let v = Expr::UnaryOp(ast::ExprUnaryOp { range: r, op: ast::UnaryOp::USub, operand: Box::new(v) });
                    vec![ast::Keyword { range: r, arg: Some(ast::Identifier::new("axis")), value: v }]
                })
                .unwrap_or_default();
            Expr::Call(ast::ExprCall { range: r, func: Box::new(func), args, keywords })
        };
        let tuple = |elts: Vec<Expr>| Expr::Tuple(ast::ExprTuple { range: r, elts, ctx: ast::ExprContext::Load });
        let item = |e: &Expr| {
            let lift = ndim == 2 && self.expr_ndim(e) == Some(1);
            if lift {
                call("atleast_2d", vec![e.clone()], None)
            } else {
                e.clone()
            }
        };
        let joined: Vec<Expr> =
            rows.iter().map(|row| call("concatenate", vec![tuple(row.iter().map(item).collect())], Some(-1))).collect();
        Some(match (nested, joined) {
            (false, mut one) => one.remove(0),
            (true, rows) => call("concatenate", vec![tuple(rows)], Some(-2)),
        })
    }
}

/// The rewrite of `np.block(...)` calls.
struct Blocks<'a, 'b> {
    cx: &'a Typer<'b>,
    changed: bool,
}

impl Fold<TextRange> for Blocks<'_, '_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        if let Expr::Call(c) = &e {
            if let (Expr::Attribute(f), [arg], true) = (c.func.as_ref(), c.args.as_slice(), c.keywords.is_empty()) {
                if f.attr.as_str() == "block" && self.cx.numpy_module_of(&f.value) {
                    if let Some(out) = self.cx.block_call(&f.value, arg) {
                        self.changed = true;
                        return Ok(out);
                    }
                }
            }
        }
        fold::fold_expr(self, e)
    }
}
