//! Step 4 (see lib.rs): the `py` module is optimized
//! (e-graph, then MLIR's canonicalize/cse), lowered to arith/math, and,
//! once the wrappers are added, lowered to the LLVM dialect.

use crate::base::diagnostics::{Diagnostics, Result};
use crate::context::{capture_all_diagnostics, Captured};
use melior::ir::operation::OperationLike;
use melior::ir::Module;
use melior::pass::PassManager;
use melior::Context;

/// py-level optimization and lowering out of `py`.
pub fn py_pipeline(egg: bool, verbose: bool, fastmath: crate::base::fastmath::FastMath) -> String {
    // fastmath adds the rule set that changes results (passes/README.md).
    let rules = if fastmath.egg_rules() { " rules=float,int,bool,fastmath" } else { "" };
    let egg = if egg { format!("func.func(py-egg{{verbose={}{rules}}}),", verbose as u8) } else { String::new() };
    // Bottom-up: MLIR 22's top-down canonicalizer never finishes its second
    // iteration on some CFGs pycc emits (a loop left by `break`, then a
    // loop with raising code; mlir-opt-22 hangs on the same input, see
    // tests/programs/canonicalize_hang.py); the bottom-up order converges.
    // sccp first: MLIR 22's greedy driver keeps rewriting ops in blocks that
    // a fold has just made unreachable, and a dead loop can fold forever
    // (mlir-opt-22 hangs too; MLIR 23 skips unreachable ops). sccp folds
    // those branch conditions while it knows which blocks are live, so the
    // canonicalizer erases the dead blocks before it visits them
    // (tests/programs/canonicalize_dead_loop.py). pycc-sccp, not MLIR 22's
    // sccp, which miscompiles a fold to a loop-carried value
    // (passes/Sccp.cpp, tests/programs/sccp_fold_to_value.py).
    format!("builtin.module({egg}convert-py-to-arith,pycc-sccp,canonicalize{{top-down=false}},cse)")
}

/// Everything (kernels, wrappers) to the LLVM dialect.
pub const LLVM_PIPELINE: &str = "builtin.module(convert-to-llvm,reconcile-unrealized-casts)";

/// Runs `pipeline` on a module that pycc built, where any failure is pycc's
/// bug. The module is verified once at the end, not after every pass
/// (that cost 3.5% of a whole compile); pycc-opt and the fuzzers verify
/// after each pass.
pub fn run_pipeline(context: &Context, module: &mut Module, pipeline: &str) -> Result<()> {
    let (ok, diagnostics) = run_pipeline_captured(context, module, pipeline, false).map_err(Diagnostics::plain)?;
    if !ok {
        let messages: Vec<_> = diagnostics.iter().map(|d| format!("{}: {}", d.location, d.message)).collect();
        return Err(Diagnostics::plain(format!("internal compiler error in `{pipeline}`:\n{}", messages.join("\n"))));
    }
    Ok(())
}

/// Runs `pipeline` (verifying after each pass if `verify_each`, and at the
/// end) and returns whether it succeeded with the module still valid, and
/// MLIR's diagnostics; `Err` is a pipeline that does not build (unknown
/// pass, bad option).
pub fn run_pipeline_captured(
    context: &Context,
    module: &mut Module,
    pipeline: &str,
    verify_each: bool,
) -> std::result::Result<(bool, Vec<Captured>), String> {
    let pm = PassManager::new(context);
    pm.enable_verifier(verify_each);
    crate::passes::pipeline::build(&pm, pipeline)?;
    let (ok, diagnostics) =
        capture_all_diagnostics(context, || pm.run(module).is_ok() && module.as_operation().verify());
    Ok((ok, diagnostics))
}
