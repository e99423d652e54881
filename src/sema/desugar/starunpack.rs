//! Starred unpacking of a tuple, `a, *rest = t` and `first, *mid, last =
//! f(x)`: the value is bound to a temporary (a tuple variable keeps its
//! name), then the names take its items as one tuple assignment, the
//! starred one a new list of the items between (a list, as CPython's). The
//! tuple's length is known when typing, so too few items is a compile-time
//! error; a list or array value is a diagnostic.

use crate::sema::sugar::{assign, int, name, store, temp};
use crate::sema::*;
use rustpython_parser::ast::Ranged;

impl Typer<'_> {
    /// `targets = value` with one starred target, as statements the typer
    /// handles; None when `stmt` is not one.
    pub(in crate::sema) fn star_unpack(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let Stmt::Assign(a) = stmt else { return None };
        let [Expr::Tuple(t)] = a.targets.as_slice() else { return None };
        let star = t.elts.iter().position(|e| matches!(e, Expr::Starred(_)))?;
        let at = a.range;
        let rebinds = |src: &ast::ExprName| {
            t.elts.iter().any(|e| match e {
                Expr::Starred(s) => matches!(s.value.as_ref(), Expr::Name(n) if n.id == src.id),
                Expr::Name(n) => n.id == src.id,
                _ => true,
            })
        };
        let src = match a.value.as_ref() {
            Expr::Name(src) if !rebinds(src) => Some(src),
            _ => None,
        };
        let Some(src) = src else {
            // The value once, into a temporary whose length typing learns.
            let mut temps = self.temps;
            let tmp = temp(&mut temps, "star");
            self.temps = temps;
            let value = assign(store(&tmp, a.value.range()), (*a.value).clone(), at);
            let unpack = ast::StmtAssign { value: Box::new(name(&tmp, a.value.range())), ..a.clone() };
            return Some(vec![value, Stmt::Assign(unpack)]);
        };
        let span = range(stmt);
        let Some(&n) = self.arity.get(src.id.as_str()) else {
            self.errors.push(
                Diagnostic::error("starred unpacking is supported for tuples only")
                    .at(range(&t.elts[star]), "a starred target")
                    .note("pycc unpacks `a, *rest = t` of a tuple (its length known when compiling)"),
            );
            return Some(self.poison_targets(t));
        };
        let fixed = t.elts.len() - 1;
        if t.elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 || n < fixed {
            self.errors.push(
                Diagnostic::error(format!("not enough values to unpack (expected at least {fixed}, got {n})"))
                    .at(span, "CPython raises ValueError here"),
            );
            return Some(self.poison_targets(t));
        }
        let item = |k: usize| {
            Expr::Subscript(ast::ExprSubscript {
                range: src.range,
                value: Box::new(Expr::Name(src.clone())),
                slice: Box::new(int(k as i64, src.range)),
                ctx: ast::ExprContext::Load,
            })
        };
        let rest_len = n - fixed;
        let kinds: Vec<String> = (star..star + rest_len).map(|k| self.item_kind(&element_name(&src.id, k))).collect();
        if kinds.windows(2).any(|w| w[0] != w[1]) {
            self.errors.push(
                Diagnostic::error("a starred target of tuple items of different types is not supported")
                    .at(range(&t.elts[star]), "would be a list of mixed types")
                    .note("pycc's lists hold one item type, as numba's"),
            );
            return Some(self.poison_targets(t));
        }
        let rest = Expr::List(ast::ExprList {
            range: t.elts[star].range(),
            elts: (star..star + rest_len).map(item).collect(),
            ctx: ast::ExprContext::Load,
        });
        // Left to right, as CPython assigns once the value is computed
        // (a target naming the tuple itself took a temporary above).
        let out = t
            .elts
            .iter()
            .enumerate()
            .map(|(j, e)| match e {
                Expr::Starred(s) => assign((*s.value).clone(), rest.clone(), at),
                e => assign(e.clone(), item(if j < star { j } else { j + rest_len - 1 }), at),
            })
            .collect();
        Some(out)
    }

    /// No statements, the target names marked so that their uses raise no
    /// follow-on errors.
    fn poison_targets(&mut self, t: &ast::ExprTuple) -> Vec<Stmt> {
        for e in &t.elts {
            let e = if let Expr::Starred(s) = e { s.value.as_ref() } else { e };
            if let Expr::Name(n) = e {
                self.poisoned.insert(n.id.to_string());
            }
        }
        Vec::new()
    }

    /// What an item variable holds, to compare items' types.
    pub(in crate::sema) fn item_kind(&self, name: &str) -> String {
        if let Some(&n) = self.arity.get(name) {
            let items: Vec<String> = (0..n).map(|k| self.item_kind(&element_name(name, k))).collect();
            return format!("({})", items.join(", "));
        }
        if let Some(a) = self.arrays.get(name) {
            return format!("{a:?}");
        }
        format!("{:?} {}", self.types.get(name), self.complex.contains(name))
    }
}
