//! numpy's scalar constructors on numbers: `np.float32(x)`, `np.float64(x)`,
//! `np.int8(x)` ... `np.uint64(x)`, `np.intp(x)`, `np.bool_(x)`, converting as
//! numpy 2 converts a Python number (what CPython passes): a float becomes an
//! int as `int(x)` does (ValueError for nan, OverflowError for inf), and an
//! int the dtype cannot hold raises numpy's OverflowError (`Python integer
//! 300 out of bounds for int8`) instead of wrapping; a float32 is the
//! float64 value rounded once (ints go through float64 first, as numpy's
//! `float(x)`). The result is typed as that dtype.

use crate::base::diagnostics::Diagnostic;
use crate::base::types::Scalar;
use crate::sema::{cast, truth, Checked, TExpr, TExprKind, Typer};
use rustpython_parser::ast;
use std::ops::Range;

/// The dtype a numpy scalar type name stands for.
pub fn dtype(name: &str) -> Option<Scalar> {
    let int = |bits, signed| Some(Scalar::Int { bits, signed });
    match name {
        "float64" | "double" | "float_" => Some(Scalar::F64),
        "float32" | "single" => Some(Scalar::Float { bits: 32 }),
        "int8" | "byte" => int(8, true),
        "int16" | "short" => int(16, true),
        "int32" | "intc" => int(32, true),
        "int64" | "intp" | "int_" | "longlong" => int(64, true),
        "uint8" | "ubyte" => int(8, false),
        "uint16" | "ushort" => int(16, false),
        "uint32" | "uintc" => int(32, false),
        "uint64" | "uintp" | "uint" | "ulonglong" => int(64, false),
        // bool8: numpy 1.x's alias (gone in numpy 2), in numba-era code.
        "bool_" | "bool" | "bool8" => Some(Scalar::Bool),
        _ => None,
    }
}

impl Typer<'_> {
    /// The dtype of `np.<scalar type>(x)` (a numpy scalar, not a Python number).
    pub(in crate::sema) fn numpy_scalar_type(&self, c: &ast::ExprCall) -> Option<Scalar> {
        let ast::Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !self.numpy_module_of(&f.value) || c.args.len() != 1 {
            return None;
        }
        dtype(f.attr.as_str())
    }

    /// `np.<name>(x)` for a scalar type `to`.
    pub(in crate::sema) fn numpy_scalar_ctor(
        &mut self,
        name: &str,
        to: Scalar,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        let [arg] = c.args.as_slice() else {
            return Err(self.report(
                Diagnostic::error(format!("numpy.{name}() takes exactly one number here"))
                    .at(span, "here")
                    .note("numpy.<dtype>() without an argument, or of an array or a string, is not supported yet"),
            ));
        };
        if !c.keywords.is_empty() || self.is_complex(arg) {
            return Err(self.not_supported(span, &format!("numpy.{name}() of a complex number or with keywords is")));
        }
        let x = self.check_expr(arg)?;
        Ok(match to {
            Scalar::Bool => TExpr { span, ..truth(x) },
            Scalar::Float { bits: 32 } => TExpr { span, ..cast(cast(x, Scalar::F64), to) },
            Scalar::Float { .. } => TExpr { span, ..cast(x, to) },
            Scalar::Int { .. } => TExpr { span, ..int_as_numpy(x, to) },
        })
    }
}

/// `x` (a number) converted to the int type `to` as numpy converts a
/// Python number: a float as `int(x)` (truncation; ValueError for nan,
/// OverflowError for inf), then OverflowError unless `to` holds the value.
/// Also what storing a float into an int array does (`a[i] = 2.7`: numpy's
/// setitem goes through a Python int).
pub(in crate::sema) fn int_as_numpy(x: TExpr, to: Scalar) -> TExpr {
    let span = x.span.clone();
    let x = if x.ty.is_float() {
        let x = cast(x, Scalar::F64);
        TExpr { ty: Scalar::I64, kind: TExprKind::FloatToInt(Box::new(x)), span: span.clone() }
    } else if x.ty == Scalar::Bool {
        cast(x, to)
    } else {
        x
    };
    if x.ty == to {
        x
    } else {
        TExpr { ty: to, kind: TExprKind::NpScalar(Box::new(x)), span }
    }
}
