//! Rewrites of the typed IR between typing and lowering (MLIR keeps a
//! dialect's transforms apart from its IR the same way): each takes typed
//! functions and returns them with the same values and exceptions.
//! `loopinvariant` runs a loop's leading loop-invariant calls and
//! allocations once, before it; `unitstride` versions elementwise loops
//! over run-time strides on those strides being the item size;
//! `unitnest` versions whole loop nests the same way for the reductions
//! and stencils that unitstride leaves.

pub mod loopinvariant;
pub mod unitnest;
pub mod unitstride;
