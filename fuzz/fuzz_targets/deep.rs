//! Deeply nested and very long programs (`pycc::fuzzing::deep_source`)
//! through the whole compiler: an object or diagnostics, never a panic, a
//! stack overflow or an abort.
#![no_main]
mod main_shim;
libfuzzer_sys::fuzz_target!(|data: &[u8]| pycc::fuzzing::deep(data));
