//! What the compiled code, its CPython wrappers and the C runtime
//! (`src/wrap/runtime*.c`) must agree on: symbol names, how a kernel
//! returns, and every runtime function's C signature (`runtime`).

pub mod runtime;

use crate::base::types::Ty;
use crate::dialects;
use crate::tir::TypedFunction;
use melior::ir::r#type::IntegerType;
use melior::ir::Type;
use melior::Context;

/// Symbol of the compiled body of an export; not a C identifier, so it can
/// never collide with libm, libc or the CPython API.
pub fn kernel_symbol(export: &str) -> String {
    format!("kernel.{export}")
}

/// Symbol of the CPython-facing wrapper of an export (METH_FASTCALL |
/// METH_KEYWORDS), also not a C identifier.
pub fn wrapper_symbol(export: &str) -> String {
    format!("wrap.{export}")
}

/// A kernel returns its value, then an i1 error flag if it can raise: true
/// means a Python exception is set and the value is meaningless.
pub fn kernel_results<'c>(context: &'c Context, f: &TypedFunction) -> Vec<Type<'c>> {
    // A tuple is returned as its elements (see types::Ty).
    let mut results: Vec<Type> = f.ret.iter().flat_map(Ty::flat).map(|t| dialects::scalar_type(context, t)).collect();
    if f.may_raise {
        results.push(IntegerType::new(context, 1).into());
    }
    results
}
