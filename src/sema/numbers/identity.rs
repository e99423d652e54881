//! `x is y` / `x is not y` of numbers, as CPython decides identity where
//! the answer does not depend on its object cache: True and False are
//! singletons, so two bools are identical when equal (`b is True`,
//! `flag is not False`), and a bool is never the same object as a number
//! constant (`1 is True` is False). A bool and an int or float variable
//! stay a diagnostic: the variable may hold a bool in CPython (an `i8`
//! parameter passed True) where pycc holds 1; so do two ints or floats
//! (`a is b`, whose answer depends on CPython's small-int cache).

use crate::sema::*;

impl Typer<'_> {
    /// `l is r` (`negate`: `is not`); a diagnostic where identity is not
    /// decided by the types.
    pub(in crate::sema) fn identity(&mut self, negate: bool, l: TExpr, r: TExpr, span: Range<usize>) -> Checked<TExpr> {
        let bools = (l.ty == Scalar::Bool, r.ty == Scalar::Bool);
        if bools == (true, true) {
            let op = if negate { CmpOp::Ne } else { CmpOp::Eq };
            return Ok(TExpr { ty: Scalar::Bool, kind: TExprKind::Compare(op, Box::new(l), Box::new(r)), span });
        }
        if bools == (false, false) || !constant(&l) || !constant(&r) {
            let what = if bools == (false, false) { "two numbers" } else { "a bool and a number variable" };
            return Err(self.report(
                Diagnostic::error(format!("`is` between {what} is not supported"))
                    .at(span, "here")
                    .note("CPython's answer depends on which int objects it caches, or on whether the number is a bool; compare with `==`"),
            ));
        }
        Ok(TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(negate)), span })
    }
}

fn constant(e: &TExpr) -> bool {
    match &e.kind {
        TExprKind::Const(_) => true,
        TExprKind::Cast(x) => constant(x),
        _ => false,
    }
}
