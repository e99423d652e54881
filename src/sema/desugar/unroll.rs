//! numba's `literal_unroll`: `for v in literal_unroll(t)`, and `for v in t`
//! over a tuple whose elements differ in type. numba compiles the body
//! once per element, with `v` of that element's type; so does pycc, by
//! rewriting the loop before it is typed:
//!
//! ```text
//! $uK_0, $uK_1 = t
//! for $uKi in range(2):
//!     if $uKi == 0:  v'u0 = $uK_0; <body, v renamed v'u0>
//!     elif $uKi == 1: v'u1 = $uK_1; <body, v renamed v'u1>
//! else: <orelse>
//! ```
//!
//! The elements are taken before the loop (it iterates the tuple as it
//! was), and the counted loop keeps `break`, `continue` and `else`.

use crate::sema::sugar::{assign, call, compare, if_stmt, int, name, store};
use crate::sema::webs::RenameAll;
use crate::sema::*;
use rustpython_parser::ast::fold::Fold;
use rustpython_parser::ast::Ranged;

/// `x` of `literal_unroll(x)` (numba's, imported or as `numba.literal_unroll`).
fn literal_unroll_arg(e: &Expr) -> Option<&Expr> {
    let Expr::Call(c) = e else { return None };
    let named = match c.func.as_ref() {
        Expr::Name(n) => n.id.as_str() == "literal_unroll",
        Expr::Attribute(a) => a.attr.as_str() == "literal_unroll",
        _ => false,
    };
    match (named, c.args.as_slice(), c.keywords.is_empty()) {
        (true, [x], true) => Some(x),
        _ => None,
    }
}

impl Typer<'_> {
    /// The statements a `for` over `literal_unroll(x)`, or over a tuple
    /// variable of mixed element types, stands for; None otherwise.
    pub(in crate::sema) fn unroll_sugar(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let Stmt::For(f) = stmt else { return None };
        let r = f.range;
        if let Some(x) = literal_unroll_arg(&f.iter) {
            let mut plain = f.clone();
            if matches!(x, Expr::Name(_)) {
                plain.iter = Box::new(x.clone());
                return Some(vec![Stmt::For(plain)]);
            }
            let t = format!("$lu{}", r.start().to_u32());
            plain.iter = Box::new(name(&t, r));
            return Some(vec![assign(store(&t, r), x.clone(), x.range()), Stmt::For(plain)]);
        }
        let (Expr::Name(t), Expr::Name(v)) = (f.iter.as_ref(), f.target.as_ref()) else { return None };
        let n = *self.arity.get(t.id.as_str())?;
        let types: Vec<Ty> = self.tuple_var(t.id.as_str(), range(f.iter.as_ref())).iter().map(Val::ty).collect();
        if types.windows(2).all(|w| w[0] == w[1]) {
            return None;
        }
        let k = format!("$u{}", r.start().to_u32());
        let part = |j: usize| format!("{k}_{j}");
        let parts = (0..n).map(|j| store(&part(j), r)).collect();
        let unpack = assign(
            Expr::Tuple(ast::ExprTuple { range: r, elts: parts, ctx: ast::ExprContext::Store }),
            name(&t.id, r),
            r,
        );
        let index = format!("{k}i");
        let mut chain: Vec<Stmt> = Vec::new();
        for j in (0..n).rev() {
            let own = format!("{}'u{j}", v.id);
            let mut rename = RenameAll(v.id.as_str(), own.clone());
            let mut body = vec![assign(store(&own, r), name(&part(j), r), r)];
            body.extend(f.body.iter().map(|s| {
                let Ok(s) = rename.fold_stmt(s.clone());
                s
            }));
            let test = compare(name(&index, r), ast::CmpOp::Eq, int(j as i64, r), r);
            let Stmt::If(mut arm) = if_stmt(test, body, r) else { unreachable!("if_stmt makes an if") };
            arm.orelse = chain;
            chain = vec![Stmt::If(arm)];
        }
        let looped = Stmt::For(ast::StmtFor {
            range: r,
            target: Box::new(store(&index, r)),
            iter: Box::new(call("range", vec![int(n as i64, r)], r)),
            body: chain,
            orelse: f.orelse.clone(),
            type_comment: None,
        });
        Some(vec![unpack, looped])
    }
}
