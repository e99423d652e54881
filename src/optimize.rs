//! Stage 3 and the first half of stage 4: the `py` module is optimized
//! (e-graph, then MLIR's canonicalize/cse), lowered to arith/math, and,
//! once the wrappers are added, lowered to the LLVM dialect.

use crate::diagnostics::{Diagnostics, Result};
use melior::ir::operation::OperationLike;
use melior::ir::Module;
use melior::pass::PassManager;
use melior::Context;

/// py-level optimization and lowering out of `py`.
pub fn py_pipeline(egg: bool, verbose: bool) -> String {
    let egg = if egg { format!("func.func(py-egg{{verbose={}}}),", verbose as u8) } else { String::new() };
    format!("builtin.module({egg}convert-py-to-arith,canonicalize,cse)")
}

/// Everything (kernels, wrappers) to the LLVM dialect.
pub const LLVM_PIPELINE: &str = "builtin.module(convert-to-llvm,reconcile-unrealized-casts)";

pub fn run_pipeline(context: &Context, module: &mut Module, pipeline: &str) -> Result<()> {
    let pm = PassManager::new(context);
    pm.enable_verifier(true);
    crate::passes::pipeline::build(&pm, pipeline).map_err(Diagnostics::plain)?;
    let (result, messages) = crate::context::capture_diagnostics(context, || pm.run(module));
    if result.is_err() || !module.as_operation().verify() {
        return Err(Diagnostics::plain(format!("internal compiler error in `{pipeline}`:\n{}", messages.join("\n"))));
    }
    Ok(())
}
