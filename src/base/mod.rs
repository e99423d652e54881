//! The bottom layer: facts that every stage shares and that depend on no
//! stage. Nothing here imports from the rest of the crate.

pub mod consts;
pub mod diagnostics;
pub mod exceptions;
pub mod fastmath;
pub mod int;
pub mod lines;
pub mod options;
pub mod types;
