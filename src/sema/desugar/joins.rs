//! `sep.join(...)` of a comprehension (`",".join([str(v) for v in xs])`,
//! `" ".join(f"{v:.3f}" for v in xs)`) or of `map(str, xs)`: the list of
//! strs is built into a name first (`$join = [...]; sep.join($join)`),
//! a list of strs whose join is CPython's own (strlists.rs). CPython's
//! join makes a list of a generator or a map first too, so the strs and
//! their errors come in the same order. Only where nothing but names and
//! constants is evaluated before the join in its statement.

use crate::sema::*;
use rustpython_parser::ast::Ranged;

/// The join call in `e` that Python evaluates after only names and
/// constants: `e` itself, the right operand of `"[" + ...`, an item after
/// constant items (or joins whose list is built already).
fn pure_prefix_join(e: &mut Expr) -> Option<&mut ast::ExprCall> {
    let leaf = |x: &Expr| matches!(x, Expr::Constant(_) | Expr::Name(_));
    // A join already given its list (`sep.join($join)`) cannot fail or
    // change anything: the next join's list may be built before it.
    let pure = |x: &Expr| {
        leaf(x)
            || matches!(x, Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(f) if f.attr.as_str() == "join" && leaf(&f.value))
                && matches!(c.args.as_slice(), [Expr::Name(n)] if n.id.starts_with("$join")))
    };
    match e {
        Expr::Call(c) => {
            let Expr::Attribute(f) = c.func.as_ref() else { return None };
            let joins = f.attr.as_str() == "join" && leaf(&f.value) && c.args.len() == 1 && c.keywords.is_empty();
            joins.then_some(c)
        }
        Expr::BinOp(b) => {
            let next = if pure(&b.left) { b.right.as_mut() } else { b.left.as_mut() };
            pure_prefix_join(next)
        }
        Expr::Tuple(t) => {
            let k = t.elts.iter().position(|x| !pure(x))?;
            pure_prefix_join(&mut t.elts[k])
        }
        _ => None,
    }
}

impl Typer<'_> {
    /// `stmt` with its join's comprehension or `map(str, xs)` bound to a
    /// list first, as two statements.
    pub(in crate::sema) fn hoist_join(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let mut stmt = stmt.clone();
        let at = stmt.range();
        let value: &mut Expr = match &mut stmt {
            Stmt::Assign(a) => &mut a.value,
            Stmt::Return(r) => r.value.as_deref_mut()?,
            Stmt::Expr(e) => &mut e.value,
            _ => return None,
        };
        let c = pure_prefix_join(value)?;
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !self.is_str_expr(&f.value) {
            return None;
        }
        let arg = &c.args[0];
        let r = arg.range();
        let list = match arg {
            Expr::ListComp(_) => arg.clone(),
            Expr::GeneratorExp(g) => Expr::ListComp(ast::ExprListComp {
                range: g.range,
                elt: g.elt.clone(),
                generators: g.generators.clone(),
            }),
            Expr::Call(m) => {
                let is = |e: &Expr, n: &str| matches!(e, Expr::Name(x) if x.id.as_str() == n && self.is_builtin(n));
                let [func, it] = m.args.as_slice() else { return None };
                if !is(&m.func, "map") || !is(func, "str") || !m.keywords.is_empty() {
                    return None;
                }
                let v = format!("$join_item{}", u32::from(r.start()));
                let elt = crate::sema::sugar::call("str", vec![crate::sema::sugar::name(&v, r)], r);
                Expr::ListComp(crate::sema::sugar::list_comp(elt, &v, it.clone(), r))
            }
            _ => return None,
        };
        // Named by its place, so each round marks the same list of strs.
        let tmp = format!("$join{}", u32::from(r.start()));
        c.args[0] = crate::sema::sugar::name(&tmp, r);
        let bind = crate::sema::sugar::assign(crate::sema::sugar::store(&tmp, r), list, at);
        Some(vec![bind, stmt])
    }
}
