//! pycc: an ahead-of-time compiler for numeric Python, on MLIR.
//!
//! The stages, in the order one function goes through them:
//!
//! 1. `parse`     - the .py file (rustpython-parser), CC objects and exports
//!    (`signature` reads numba's signature strings; `types` is shared);
//! 2. `typing`    - typed functions from the signatures;
//!    `lower`     - the `py` dialect (`dialects/`; `bounds` drops the
//!    array bounds checks that a loop's range proves);
//! 3. `optimize`  - py-egg, canonicalize, cse, then py -> arith (`passes/`);
//! 4. `wrap`      - CPython wrappers and PyInit, in the IR; then the LLVM dialect;
//! 5. `codegen`   - LLVM IR, runtime bitcode linked in, O3, object;
//! 6. `link`      - `cc -shared` into `<name><EXT_SUFFIX>`.
//!
//! `driver` runs them; `diagnostics` renders errors; `cli` holds the command
//! lines (shared by the binaries and the Python package).

pub mod bounds;
pub mod cli;
pub mod codegen;
pub mod context;
pub mod diagnostics;
#[path = "../dialects/mod.rs"]
pub mod dialects;
pub mod driver;
pub mod fastmath;
pub mod fuzzing;
pub mod link;
pub mod lower;
pub mod math_module;
pub mod optimize;
pub mod overflow;
pub mod parse;
#[path = "../passes/mod.rs"]
pub mod passes;
pub mod signature;
pub mod types;
pub mod typing;
pub mod wrap;
