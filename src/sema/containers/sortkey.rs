//! `L.sort(key=f, reverse=r)` and `sorted(it, key=f, reverse=r)`, as
//! numba's lists take them: decorate, sort, undecorate. Each item's key is
//! computed once, in order (as CPython does), into a list of `(key..., i)`
//! tuples; that list is sorted with the runtime's stable sort, and the
//! items are put back in its order. The index makes equal keys keep their
//! order (CPython's sort is stable, with `reverse=True` too: there the
//! index is stored negated) and means items are never compared. A key that
//! is a tuple display is spread into the decoration, which sorts the same.

use crate::sema::sugar::{assign, call, expr_stmt, int, method, name, store, temp};
use crate::sema::*;
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

impl Typer<'_> {
    /// `name.sort(...)` with a `key=` keyword (`c` is the sort or sorted
    /// call): the statements that sort list `name` in place by it.
    pub(in crate::sema) fn list_sort_key(&mut self, list: &str, c: &ast::ExprCall, key: &Expr) -> Option<TStmt> {
        let r = c.range;
        let (rev, dsu, old, i, j) = (
            temp(&mut self.temps, "rev"),
            temp(&mut self.temps, "dsu"),
            temp(&mut self.temps, "old"),
            temp(&mut self.temps, "i"),
            temp(&mut self.temps, "j"),
        );
        let reverse = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "reverse"));
        let mut stmts = Vec::new();
        let flag = match reverse {
            Some(k) => {
                stmts.push(assign(name(&rev, r), call("bool", vec![k.value.clone()], r), r));
                Some(name(&rev, r))
            }
            None => None,
        };
        // The comprehension's target is the lambda's own parameter, so
        // its body reads the item by the name it gives it.
        let (target, keys) = self.key_parts(key, r)?;
        let index = match &flag {
            Some(f) => ifexp(f.clone(), neg(name(&i, r)), name(&i, r)),
            None => name(&i, r),
        };
        let mut elts = keys;
        let at = elts.len();
        elts.push(index);
        let decorated = Expr::ListComp(ast::ExprListComp {
            range: r,
            elt: Box::new(Expr::Tuple(ast::ExprTuple { range: r, elts, ctx: ast::ExprContext::Load })),
            generators: vec![ast::Comprehension {
                range: Default::default(),
                target: Expr::Tuple(ast::ExprTuple {
                    range: r,
                    elts: vec![store(&i, r), target],
                    ctx: ast::ExprContext::Store,
                }),
                iter: call("enumerate", vec![name(list, r)], r),
                ifs: Vec::new(),
                is_async: false,
            }],
        });
        stmts.push(assign(name(&dsu, r), decorated, r));
        let keywords = flag.iter().map(|f| ast::Keyword {
            range: r,
            arg: Some(ast::Identifier::new("reverse")),
            value: f.clone(),
        });
        stmts.push(expr_stmt(method(&dsu, "sort", Vec::new(), keywords.collect(), r)));
        stmts.push(assign(name(&old, r), method(list, "copy", Vec::new(), Vec::new(), r), r));
        // L[j] = old[abs(dsu[j][at])]
        let stored = subscript(subscript(name(&dsu, r), name(&j, r)), int(at as i64, r));
        let from = subscript(name(&old, r), call("abs", vec![stored], r));
        let put = assign(subscript(name(list, r), name(&j, r)), from, r);
        let length = call("len", vec![name(&dsu, r)], r);
        stmts.push(Stmt::For(ast::StmtFor {
            range: r,
            target: Box::new(store(&j, r)),
            iter: Box::new(call("range", vec![length], r)),
            body: vec![put],
            orelse: Vec::new(),
            type_comment: None,
        }));
        Some(TStmt::Seq(self.block(&stmts)))
    }

    /// The comprehension target that binds an item, and the key's values
    /// for it (a tuple display's elements, else the key itself).
    fn key_parts(&mut self, key: &Expr, r: TextRange) -> Option<(Expr, Vec<Expr>)> {
        let (target, body) = match key {
            Expr::Lambda(l) => {
                let a = &l.args;
                let plain = a.posonlyargs.is_empty() && a.kwonlyargs.is_empty() && a.vararg.is_none();
                let p = match a.args.as_slice() {
                    [p] if p.default.is_none() && plain => p,
                    _ => {
                        let what = "a sort key lambda of other than one parameter is";
                        return self.unsupported(range(key), what).and(None);
                    }
                };
                (store(p.def.arg.as_str(), r), (*l.body).clone())
            }
            f => {
                let x = temp(&mut self.temps, "item");
                let body = Expr::Call(ast::ExprCall {
                    range: f.range(),
                    func: Box::new(f.clone()),
                    args: vec![name(&x, r)],
                    keywords: Vec::new(),
                });
                (store(&x, r), body)
            }
        };
        Some(match body {
            Expr::Tuple(t) => (target, t.elts),
            b => (target, vec![b]),
        })
    }
}

fn neg(e: Expr) -> Expr {
    Expr::UnaryOp(ast::ExprUnaryOp { range: e.range(), op: ast::UnaryOp::USub, operand: Box::new(e) })
}

fn ifexp(test: Expr, body: Expr, orelse: Expr) -> Expr {
    Expr::IfExp(ast::ExprIfExp {
        range: body.range(),
        test: Box::new(test),
        body: Box::new(body),
        orelse: Box::new(orelse),
    })
}

fn subscript(value: Expr, index: Expr) -> Expr {
    let range = value.range();
    Expr::Subscript(ast::ExprSubscript {
        range,
        value: Box::new(value),
        slice: Box::new(index),
        ctx: ast::ExprContext::Load,
    })
}
