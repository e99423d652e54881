//! Source rewrites that run before typing: each turns a form into ones the typer already handles (CPython's evaluation order kept), so typing sees fewer kinds of statements.

pub(in crate::sema) mod sugar;
pub(in crate::sema) mod anyall;
pub(in crate::sema) mod armtemps;
pub(in crate::sema) mod dictviews;
pub(in crate::sema) mod elifchain;
pub(in crate::sema) mod finally;
pub(in crate::sema) mod genbind;
pub(in crate::sema) mod generators;
pub(in crate::sema) mod iternext;
pub(in crate::sema) mod joins;
pub(in crate::sema) mod listslice;
pub(in crate::sema) mod mapfilter;
pub(in crate::sema) mod minmaxkey;
pub(in crate::sema) mod minmaxnest;
pub(in crate::sema) mod minmaxtuple;
pub(in crate::sema) mod reduce;
pub(in crate::sema) mod starunpack;
pub(in crate::sema) mod strpartition;
pub(in crate::sema) mod tupleops;
pub(in crate::sema) mod tuplesugar;
pub(in crate::sema) mod unroll;
pub(in crate::sema) mod walrus;
pub(in crate::sema) mod webs;
pub(in crate::sema) mod rangevar;
pub(in crate::sema) mod temps;
pub(in crate::sema) mod starcall;
