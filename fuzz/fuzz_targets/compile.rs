//! Structured inputs through the whole compiler: the bytes are a choice
//! sequence from which the differential fuzzer's generator builds a
//! well-typed program, which must compile to an object without an error,
//! a panic or a crash.
#![no_main]
mod main_shim;
libfuzzer_sys::fuzz_target!(|data: &[u8]| pycc::fuzzing::compile_generated(data));
