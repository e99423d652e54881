//! The last stages: `codegen` turns the LLVM-dialect module into LLVM IR,
//! links the runtime bitcode, runs O3 and emits the object; `link` runs
//! `cc -shared` and asks the target interpreter for its `EXT_SUFFIX`.

pub mod codegen;
pub mod link;
mod split;
