//! `type(x)` as a dtype (`np.zeros(n, dtype=type(ds[0]))`): numba types it
//! as `x.__class__`, the number type of `x`; CPython gives the class of the
//! value (`np.float64` for an item of a float64 array, `float` for a float),
//! the same dtype.

use crate::sema::*;

impl Typer<'_> {
    /// Whether `c` is a call of the builtin `type` with one argument.
    pub(in crate::sema) fn is_type_call(&self, c: &ast::ExprCall) -> bool {
        c.args.len() == 1
            && c.keywords.is_empty()
            && matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "type")
            && self.is_builtin("type")
    }

    /// The dtype `type(x)` names: the number type of `x` (a complex number
    /// gives its part type and true). `x` other than a name is evaluated
    /// before the statement, so an item out of range raises as in CPython;
    /// but before the call's earlier arguments too (not yet in order: with
    /// `np.zeros(n // k, dtype=type(a[i]))` raising in both, the IndexError
    /// comes out, CPython's ZeroDivisionError).
    pub(in crate::sema) fn type_call_dtype(&mut self, c: &ast::ExprCall) -> Option<(Scalar, bool)> {
        let x = &c.args[0];
        let keep = !matches!(x, Expr::Name(_));
        let (ty, complex, parts) = match self.value(x)? {
            Val::Scalar(v) => (v.ty, false, vec![v]),
            Val::Complex(re, im) => (re.ty, true, vec![re, im]),
            _ => {
                self.errors.push(
                    Diagnostic::error("`type(x)` as a dtype needs a number here")
                        .at(range(x), "not a number")
                        .note("the type of a number or of an array's item is a dtype; an array's is `a.dtype`"),
                );
                return None;
            }
        };
        if keep {
            for part in parts {
                let var = self.fresh("type", ty);
                self.pre.push(TStmt::Assign { var, value: part });
            }
        }
        Some((ty, complex))
    }
}
