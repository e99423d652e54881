//! Arrays in the body: views, indexing and stores, elementwise arithmetic and its fused loops, complex arrays, temporaries folded into their use, and result layouts.

pub(in crate::sema) mod arrays;
pub(in crate::sema) mod arrayops;
pub(in crate::sema) mod cxarrays;
pub(in crate::sema) mod forward;
pub(in crate::sema) mod retlayout;
pub(in crate::sema) mod optarrays;
pub(in crate::sema) mod zerod;
pub(in crate::sema) mod smallvec;
pub(in crate::sema) mod fastpower;
pub(in crate::sema) mod rolled;
pub(in crate::sema) mod ufuncdtype;
