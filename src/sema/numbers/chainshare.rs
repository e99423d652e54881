//! An operand of a comparison chain (`a <= b != c`), computed once and in
//! CPython's order. The chain wraps its operands' bindings around its own
//! comparisons (`let_in`), so they run inside the statement, after what it
//! queued; `share` instead leaves a value that reads a queued result (an
//! array sum's) unbound, and the next operand's binding then ran before it
//! (exprtree seed 6: `math.ceil(s) <= math.floor(b) != k` raised floor's
//! OverflowError before ceil's ValueError).

use crate::sema::*;

impl Typer<'_> {
    pub(in crate::sema) fn share_chain_operand(&mut self, e: TExpr) -> TExpr {
        let cheap = |k: &TExprKind| matches!(k, TExprKind::Var(_) | TExprKind::Const(_));
        if cheap(&e.kind) || matches!(&e.kind, TExprKind::Cast(x) if cheap(&x.kind)) {
            return e;
        }
        let var = self.fresh("let", e.ty);
        let read = TExpr { ty: e.ty, kind: TExprKind::Var(var), span: e.span.clone() };
        self.lets.push((var, e));
        read
    }
}
