//! `heapq.nsmallest(n, xs)` / `heapq.nlargest(n, xs)` (numba supports both,
//! without `key=`): CPython documents them as `sorted(xs)[:n]` and
//! `sorted(xs, reverse=True)[:n]` (its heap algorithm keeps the first of
//! equal items, as the stable sort does), and `[]` for `n <= 0`. The call,
//! where its statement evaluates it first, is rewritten to that slice of a
//! sorted copy bound before the statement: `$k = max(n, 0)`, then
//! `$l = sorted(xs)`, then the statement reading `$l[:$k]`.

use crate::sema::sugar::{assign, call, int, name, store, temp};
use crate::sema::Typer;
use rustpython_parser::ast::{self, Expr, Stmt};

/// The call evaluated first in `e`, also inside a builtin's first
/// argument (`sum(heapq.nsmallest(3, xs))`): the builtin's name is
/// evaluated before it but does nothing.
fn leading_call(e: &mut Expr) -> &mut Expr {
    let e = crate::sema::nonzero::first_evaluated(e);
    let builtin = matches!(&*e, Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(_))
        && matches!(c.args.first(), Some(Expr::Call(_))));
    if !builtin {
        return e;
    }
    let Expr::Call(c) = e else { unreachable!("checked") };
    leading_call(&mut c.args[0])
}

impl Typer<'_> {
    /// The statements for a statement whose first evaluated call is
    /// `nsmallest`/`nlargest` of two arguments; None for any other (a
    /// `key=` or a call evaluated after others stays heapq's diagnostic).
    pub(in crate::sema) fn hoist_nsmallest(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let mut stmt = stmt.clone();
        let value: &mut Expr = match &mut stmt {
            Stmt::Assign(a) => &mut a.value,
            Stmt::Return(r) => r.value.as_deref_mut()?,
            Stmt::Expr(e) => &mut e.value,
            Stmt::For(f) => &mut f.iter,
            _ => return None,
        };
        let target = leading_call(value);
        let Expr::Call(c) = &*target else { return None };
        let largest = match self.heapq_name(&c.func)? {
            "nsmallest" => false,
            "nlargest" => true,
            _ => return None,
        };
        if c.args.len() != 2 || !c.keywords.is_empty() {
            return None;
        }
        let at = c.range;
        let (n, xs) = (c.args[0].clone(), c.args[1].clone());
        let (k, l) = (temp(&mut self.temps, "nk"), temp(&mut self.temps, "nsorted"));
        // A slice `[:n]` of a negative n would count from the end.
        let bind_k = assign(store(&k, at), call("max", vec![n, int(0, at)], at), at);
        let mut sorted = call("sorted", vec![xs], at);
        if largest {
            let Expr::Call(s) = &mut sorted else { unreachable!("a call") };
            let yes = Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Bool(true), kind: None });
            s.keywords.push(ast::Keyword { range: at, arg: Some(ast::Identifier::new("reverse")), value: yes });
        }
        let bind_l = assign(store(&l, at), sorted, at);
        let upper = Some(Box::new(name(&k, at)));
        let slice = Expr::Slice(ast::ExprSlice { range: at, lower: None, upper, step: None });
        *target = Expr::Subscript(ast::ExprSubscript {
            range: at,
            value: Box::new(name(&l, at)),
            slice: Box::new(slice),
            ctx: ast::ExprContext::Load,
        });
        Some(vec![bind_k, bind_l, stmt])
    }
}
