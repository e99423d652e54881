//! numpy calls: the constructors and reductions typed inline, and the functions numpy itself computes through the runtime, with the result dtype and ndim predicted from numpy 2.4's rules.

pub(in crate::sema) mod numpy;
pub(in crate::sema) mod npfuncs;
pub(in crate::sema) mod nplinalg;
pub(in crate::sema) mod npmore;
pub(in crate::sema) mod npstats;
pub(in crate::sema) mod nptuples;
pub(in crate::sema) mod npblock;
pub(in crate::sema) mod random;
pub(in crate::sema) mod npinfo;
pub(in crate::sema) mod setops;
pub(in crate::sema) mod seqargs;
pub(in crate::sema) mod einsum;
pub(in crate::sema) mod ufuncloops;
pub(in crate::sema) mod shapes;
pub(in crate::sema) mod displays;
pub(in crate::sema) mod inplace;
pub(in crate::sema) mod outwhere;
pub(in crate::sema) mod fft;
pub(in crate::sema) mod nonzero;
pub(in crate::sema) mod flatnonzero;
pub(in crate::sema) mod ufuncreduce;
pub(in crate::sema) mod typeclass;
