//! Stage 1: source text to what the later stages read. `parse` finds the
//! `CC` objects, their exports and the module-level names functions may use;
//! `signature` reads numba's signature strings into `base::types`.

pub mod lift;
pub mod parse;
pub mod signature;
