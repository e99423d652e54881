//! The type checker's core, one job to a file, in the order a function goes
//! through them: which functions are typed with which signatures (`specs`),
//! their parameters (`params`), inference to a fixed point (`fixpoint`), the
//! checker's state and evaluation-order bookkeeping (`typer`), name
//! resolution (`names`), statements (`stmts`, `loops`), expressions
//! (`exprs`), scalar arithmetic and conversions (`arith`) and calls
//! (`calls`). Each file adds an `impl Typer` block, as rustc's `FnCtxt` is
//! spread over files; the forms outside the core are the sibling folders'.

pub(in crate::sema) mod arith;
pub(in crate::sema) mod calls;
pub(in crate::sema) mod exprs;
pub(in crate::sema) mod fixpoint;
pub(in crate::sema) mod loops;
pub(in crate::sema) mod names;
pub(in crate::sema) mod params;
pub(in crate::sema) mod reported;
pub(in crate::sema) mod specs;
pub(in crate::sema) mod stmts;
pub(in crate::sema) mod typer;
