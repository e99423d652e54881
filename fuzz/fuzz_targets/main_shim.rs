//! The process's `main`, defined here so that it beats the `main` in
//! libMLIRMlirOptMain.a: mlir-sys links every MLIR archive, and the linker
//! would otherwise take mlir-opt's `main` (which rejects libFuzzer's flags)
//! over libFuzzer's, both being archive members. This one runs libFuzzer.
use std::os::raw::{c_char, c_int};

extern "C" {
    fn LLVMFuzzerRunDriver(
        argc: *mut c_int,
        argv: *mut *mut *mut c_char,
        callback: unsafe extern "C" fn(*const u8, usize) -> c_int,
    ) -> c_int;
    fn LLVMFuzzerTestOneInput(data: *const u8, size: usize) -> c_int;
}

#[no_mangle]
pub extern "C" fn main(mut argc: c_int, mut argv: *mut *mut c_char) -> c_int {
    unsafe { LLVMFuzzerRunDriver(&mut argc, &mut argv, LLVMFuzzerTestOneInput) }
}
