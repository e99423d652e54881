//! Signature strings: never a panic, errors point inside the string.
#![no_main]
mod main_shim;
libfuzzer_sys::fuzz_target!(|data: &[u8]| pycc::fuzzing::signature(data));
