//! Python source bytes through parse + typing: diagnostics, never a panic.
#![no_main]
mod main_shim;
libfuzzer_sys::fuzz_target!(|data: &[u8]| pycc::fuzzing::frontend(data));
