//! Structured inputs through the whole compiler: the choice sequence builds a
//! well-typed program (the differential fuzzer's generator), which must
//! compile to an object without an error, a panic or a crash.
#![no_main]
libfuzzer_sys::fuzz_target!(|choices: Vec<u32>| pycc::fuzzing::compile_generated(&choices));
