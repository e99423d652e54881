//! Exceptions: try/except/else, re-raising, and the classes a raise or an except clause names.

pub(in crate::sema) mod exceptions;
pub(in crate::sema) mod reraise;
pub(in crate::sema) mod userexc;
