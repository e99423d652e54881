//! pycc: an ahead-of-time compiler for numeric Python, on MLIR.
//!
//! The folders follow one exported function from source to `.so`; each
//! depends only on the ones listed before it (`tests/layering.rs` checks):
//!
//! 1. `base`     - what every stage shares: types, constants, options,
//!    diagnostics, source positions, fixed-width int arithmetic;
//! 2. `syntax`   - the .py file (rustpython-parser), `CC` objects, exports
//!    and numba's signature strings;
//! 3. `tir`      - the typed IR: functions, statements, expressions and the
//!    walkers over them;
//! 4. `dialects` - the `py` MLIR dialect (ODS) and the LLVM-dialect helpers;
//! 5. `abi`      - names and signatures shared by kernels, wrappers and the
//!    C runtime;
//! 6. `analysis` - facts over the typed IR: effects (may raise, allocates),
//!    which bounds checks a loop's range proves, which int operations are
//!    checked for overflow;
//! 7. `sema`     - typed functions from the signatures (inference,
//!    resolution, desugaring);
//! 8. `lower`    - the typed IR into `py` dialect functions;
//! 9. `passes`   - py-egg, py -> arith; `context` and `optimize` run them
//!    with MLIR's own passes;
//! 10. `wrap`    - CPython wrappers and PyInit, in the IR;
//! 11. `backend` - LLVM IR, runtime bitcode, O3, the object, `cc -shared`.
//!
//! `driver` runs the pipeline in six steps, which module docs name: 1 parse
//! (`syntax`), 2 type (`sema`, then `analysis`), 3 lower to `py` (`lower`), 4
//! optimize and add the wrappers (`passes`, `optimize`, `wrap`), 5 LLVM and
//! the object (`backend::codegen`), 6 link (`backend::link`). `cli` holds
//! the command lines (shared by the binaries and the Python package);
//! `fuzzing` the cargo-fuzz entry points.

pub mod base;
pub mod syntax;
pub mod tir;
#[path = "../dialects/mod.rs"]
pub mod dialects;
pub mod abi;
pub mod analysis;
pub mod sema;
pub mod lower;
#[path = "../passes/mod.rs"]
pub mod passes;
pub mod context;
pub mod optimize;
pub mod wrap;
pub mod backend;
pub mod driver;
pub mod cli;
pub mod fuzzing;
