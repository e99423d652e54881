//! Facts computed over the typed IR, used by lowering: `bounds` proves array
//! indices in range from a loop's `range`; `overflow` decides which int
//! operations get an OverflowError check under `--overflow=raise`;
//! `effects` which functions are bounds-checked, may raise, or allocate;
//! `lifetimes` where the arrays a function allocates die; `deferral` which
//! loops may defer their float error checks.

pub mod bounds;
pub mod deferral;
pub mod effects;
pub mod lifetimes;
pub mod overflow;
