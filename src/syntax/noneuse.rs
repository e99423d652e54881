//! Nested functions that may reach their end (returning None) but whose
//! every call is an operand of arithmetic or of an ordering: `flow +=
//! compute_flow()`, where `compute_flow` returns from inside `while st:`.
//! numba types such a function Optional and raises TypeError at the use
//! when it is None; CPython raises TypeError there too (`int += None`).
//! pycc raises that TypeError at the function's end instead: nothing runs
//! between the return and the use, as every call qualifies only where the
//! operation follows the call at once (the other operand is evaluated
//! before it, or is a name or a constant).

use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, CmpOp, Expr, ExprContext, Identifier, Stmt, UnaryOp};
use std::collections::{HashMap, HashSet};

/// Counts each function's calls, and those in a position where a None
/// result raises TypeError at once.
struct Uses<'a> {
    functions: &'a HashSet<String>,
    calls: HashMap<String, (usize, usize)>,
}

impl Uses<'_> {
    fn callee<'e>(&self, e: &'e Expr) -> Option<&'e str> {
        match e {
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Name(n) if self.functions.contains(n.id.as_str()) => Some(n.id.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `e` is a call of one of the functions, used where None raises.
    fn raising(&mut self, e: &Expr) {
        if let Some(name) = self.callee(e) {
            self.calls.entry(name.to_string()).or_default().1 += 1;
        }
    }
}

/// An operand evaluated after the call without effects or exceptions.
fn quiet(e: &Expr) -> bool {
    matches!(e, Expr::Name(_) | Expr::Constant(_))
}

impl Fold<TextRange> for Uses<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Some(name) = self.callee(&e) {
            self.calls.entry(name.to_string()).or_default().0 += 1;
        }
        match &e {
            Expr::BinOp(b) => {
                if quiet(&b.right) {
                    self.raising(&b.left);
                }
                self.raising(&b.right);
            }
            Expr::UnaryOp(u) if !matches!(u.op, UnaryOp::Not) => self.raising(&u.operand),
            Expr::Compare(c)
                if c.ops.len() == 1 && matches!(c.ops[0], CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE) =>
            {
                if quiet(&c.comparators[0]) {
                    self.raising(&c.left);
                }
                self.raising(&c.comparators[0]);
            }
            _ => {}
        }
        fold::fold_expr(self, e)
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        if let Stmt::AugAssign(a) = &s {
            self.raising(&a.value);
        }
        fold::fold_stmt(self, s)
    }
}

/// Ends with `raise TypeError(...)` each of `inner` whose calls (in `body`
/// and in `inner`) all raise on None.
pub fn raise_at_end(body: &[Stmt], inner: &mut [ast::StmtFunctionDef]) {
    let functions: HashSet<String> = inner.iter().map(|f| f.name.to_string()).collect();
    let mut uses = Uses { functions: &functions, calls: HashMap::new() };
    let Ok(_) = fold::Foldable::fold(body.to_vec(), &mut uses);
    for f in inner.iter() {
        let Ok(_) = fold::Foldable::fold(f.body.clone(), &mut uses);
    }
    for f in inner.iter_mut() {
        let Some(&(all, raising)) = uses.calls.get(f.name.as_str()) else { continue };
        if all == 0 || all != raising {
            continue;
        }
        let at = f.range;
        let text = format!("`{}` returned None, which is used as a number here", f.name);
        let message = Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Str(text), kind: None });
        let exc = Expr::Call(ast::ExprCall {
            range: at,
            func: Box::new(Expr::Name(ast::ExprName {
                range: at,
                id: Identifier::new("TypeError"),
                ctx: ExprContext::Load,
            })),
            args: vec![message],
            keywords: Vec::new(),
        });
        f.body.push(Stmt::Raise(ast::StmtRaise { range: at, exc: Some(Box::new(exc)), cause: None }));
    }
}
