//! Stage 1: source text to what the later stages read. `parse` finds the
//! `CC` objects, their exports and the module-level names functions may use;
//! `signature` reads numba's signature strings into `base::types`; `lift`
//! turns nested functions into file-level helpers; `nesting` refuses what
//! CPython refuses as too deep; `npnames` reads names imported from numpy
//! as `numpy.NAME`; `frozen` binds module-level constant tuples in the
//! functions that read them.

pub mod frozen;
pub mod lift;
pub mod npnames;
pub mod nesting;
pub mod parse;
pub mod signature;
