//! numba's containers in the body: lists, dicts, sets, strs and tuples, and the containers that hold arrays.

pub(in crate::sema) mod lists;
pub(in crate::sema) mod listcompare;
pub(in crate::sema) mod listdtype;
pub(in crate::sema) mod listpass;
pub(in crate::sema) mod arraylists;
pub(in crate::sema) mod dicts;
pub(in crate::sema) mod dictarrays;
pub(in crate::sema) mod dictlists;
pub(in crate::sema) mod heapq;
pub(in crate::sema) mod heapqsorted;
pub(in crate::sema) mod sortkey;
pub(in crate::sema) mod strings;
pub(in crate::sema) mod tuples;
pub(in crate::sema) mod tupleresults;
pub(in crate::sema) mod tuplearrays;
pub(in crate::sema) mod nestedresults;
