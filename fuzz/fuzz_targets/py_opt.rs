//! `py` dialect text through pycc-opt's parse, verify and the py pipeline:
//! diagnostics, never a panic or a crash.
#![no_main]
mod main_shim;
libfuzzer_sys::fuzz_target!(|data: &[u8]| pycc::fuzzing::py_opt(data));
