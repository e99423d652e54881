//! numba's `error_model='numpy'` (`@njit(error_model='numpy')` on a
//! function): its float `/`, `//`, `%` and `divmod` by zero give inf or nan
//! instead of ZeroDivisionError, and int `//`, `%` by zero give 0, as
//! numba's NumpyErrorModel (`raise_on_fp_zero_division = False`, and its
//! int division stores 0 when the model does not raise). The scalar op is
//! then `TExprKind::NpBinary`, which computes numpy's loop element the same
//! way for every other operand (npy_divmod is CPython's float floor
//! division; `MIN // -1` wraps, as numba's sdiv).

use crate::sema::*;

/// Whether a decorator of `f` passes `error_model='numpy'` (numba's
/// `jit`/`njit`/`generated_jit` keyword; any other value is the default,
/// Python's errors).
pub(in crate::sema) fn numpy_error_model(f: &ast::StmtFunctionDef) -> bool {
    f.decorator_list.iter().any(|d| {
        let Expr::Call(call) = d else { return false };
        call.keywords.iter().any(|k| {
            k.arg.as_deref() == Some("error_model")
                && matches!(&k.value, Expr::Constant(c) if matches!(&c.value, ast::Constant::Str(s) if s == "numpy"))
        })
    })
}

impl Typer<'_> {
    /// `l op r` of scalars already of `ty`, under the function's error model.
    pub(in crate::sema) fn division_op(&self, op: BinOp, l: TExpr, r: TExpr, ty: Scalar, span: Range<usize>) -> TExpr {
        let kind = if self.numpy_errors && matches!(op, BinOp::Div | BinOp::FloorDiv | BinOp::Mod) {
            TExprKind::NpBinary(op, Box::new(l), Box::new(r))
        } else {
            TExprKind::Binary(op, Box::new(l), Box::new(r))
        };
        TExpr { ty, kind, span }
    }
}
