//! Dict idioms written as forms pycc already compiles, before typing:
//! `key=d.get` (`min(d, key=d.get)`, the key of the least value) is
//! `key=lambda k: d[k]`, the same for every key the dict holds; and a
//! view as the argument of `sorted(...)`/`list(...)` (`sorted(d.items())`,
//! `list(d.values())`, `sorted(d.keys())`) is the list comprehension over
//! it, `[(k, v) for k, v in d.items()]`, in the dict's order as CPython's.

use crate::sema::sugar::{list_comp, name, store, temp};
use crate::sema::Typer;
use rustpython_parser::ast::{self, Expr, Stmt};
use rustpython_parser::text_size::TextRange;

/// `lambda p: d[p]`.
fn lookup_lambda(d: &Expr, p: &str, at: TextRange) -> Expr {
    let arg = ast::Arg { range: at, arg: ast::Identifier::new(p), annotation: None, type_comment: None };
    let args = ast::Arguments {
        range: at.into(),
        posonlyargs: Vec::new(),
        args: vec![ast::ArgWithDefault { range: at.into(), def: arg, default: None }],
        vararg: None,
        kwonlyargs: Vec::new(),
        kwarg: None,
    };
    let body = Expr::Subscript(ast::ExprSubscript {
        range: at,
        value: Box::new(d.clone()),
        slice: Box::new(name(p, at)),
        ctx: ast::ExprContext::Load,
    });
    Expr::Lambda(ast::ExprLambda { range: at, args: Box::new(args), body: Box::new(body) })
}

struct Views<'a, 'b> {
    cx: &'a mut Typer<'b>,
    found: bool,
}

impl Views<'_, '_> {
    /// Whether `e` names a dict of number (or tuple) keys and values, the
    /// dicts whose views a comprehension lists (str keys, arrays and lists
    /// as values have forms of their own).
    fn number_dict(&self, e: &Expr) -> bool {
        let Some(n) = self.cx.dict_name(e) else { return false };
        let (k, v) = self.cx.dicts[&n];
        k > 0
            && v > 0
            && !self.cx.types.contains_key(&crate::sema::dicts::str_key_name(&n))
            && self.cx.dict_array_ty(&n).is_none()
    }

    /// `d.m()` of a dict variable `d` with no arguments: (d, m).
    fn view<'e>(&self, e: &'e Expr) -> Option<(&'e Expr, &'e str)> {
        let Expr::Call(c) = e else { return None };
        let Expr::Attribute(a) = c.func.as_ref() else { return None };
        if !c.args.is_empty() || !c.keywords.is_empty() || !self.number_dict(&a.value) {
            return None;
        }
        Some((a.value.as_ref(), a.attr.as_str()))
    }

    /// The comprehension listing the view `d.m()`.
    fn listed(&mut self, d: &Expr, m: &str, e: &Expr, at: TextRange) -> Option<Expr> {
        let (k, v) = (temp(&mut self.cx.temps, "dk"), temp(&mut self.cx.temps, "dv"));
        let (elt, target) = match m {
            "keys" => (name(&k, at), store(&k, at)),
            "values" => (name(&v, at), store(&v, at)),
            "items" => {
                let pair = |ctx: ast::ExprContext, f: &dyn Fn(&str, TextRange) -> Expr| {
                    Expr::Tuple(ast::ExprTuple { range: at, elts: vec![f(&k, at), f(&v, at)], ctx })
                };
                (pair(ast::ExprContext::Load, &name), pair(ast::ExprContext::Store, &store))
            }
            _ => return None,
        };
        let iter = if m == "keys" { d.clone() } else { e.clone() };
        let mut comp = list_comp(elt, "$unused", iter, at);
        comp.generators[0].target = target;
        Some(Expr::ListComp(comp))
    }
}

impl rustpython_parser::ast::fold::Fold<TextRange> for Views<'_, '_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        let mut e = rustpython_parser::ast::fold::fold_expr(self, e)?;
        let Expr::Call(c) = &mut e else { return Ok(e) };
        let at = c.range;
        for k in c.keywords.iter_mut().filter(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "key")) {
            let Expr::Attribute(a) = &k.value else { continue };
            if a.attr.as_str() == "get" && self.number_dict(&a.value) {
                let p = temp(&mut self.cx.temps, "key");
                k.value = lookup_lambda(&a.value, &p, at);
                self.found = true;
            }
        }
        let listing = matches!(c.func.as_ref(), Expr::Name(n) if matches!(n.id.as_str(), "sorted" | "list"));
        if listing && c.args.len() == 1 {
            if let Some((d, m)) = self.view(&c.args[0]) {
                let (d, m, arg) = (d.clone(), m.to_string(), c.args[0].clone());
                if let Some(l) = self.listed(&d, &m, &arg, at) {
                    c.args[0] = l;
                    self.found = true;
                }
            }
        }
        Ok(e)
    }
}

impl Typer<'_> {
    /// `stmt` with its dict idioms rewritten; None: none in it.
    pub(in crate::sema) fn dict_views(&mut self, stmt: &Stmt) -> Option<Stmt> {
        let mut f = Views { cx: self, found: false };
        let Ok(out) = rustpython_parser::ast::fold::Fold::fold_stmt(&mut f, stmt.clone());
        f.found.then_some(out)
    }
}
