//! Scalar values beyond plain ints and floats: numpy scalar constructors and names holding them, complex numbers, the math table, identity and isinstance, numba's error model, and variables that may be None.

pub(in crate::sema) mod scalars;
pub(in crate::sema) mod cplx;
pub(in crate::sema) mod math;
pub(in crate::sema) mod identity;
pub(in crate::sema) mod isinstance;
pub(in crate::sema) mod errmodel;
pub(in crate::sema) mod npscalarvars;
pub(in crate::sema) mod optional;
pub(in crate::sema) mod optstrcmp;
pub(in crate::sema) mod literalfold;
pub(in crate::sema) mod chainshare;
pub(in crate::sema) mod mixeddiv;
