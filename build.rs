//! Compiles the CPython runtime (src/wrap/runtime.c) to LLVM bitcode, which
//! `pycc compile` links into every generated module before optimizing.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=src/wrap/runtime.c");
    println!("cargo:rerun-if-env-changed=PYCC_BUILD_PYTHON");
    let prefix = std::env::var("LLVM_SYS_221_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".into());
    let clang = PathBuf::from(&prefix).join("bin/clang");
    let python = std::env::var("PYCC_BUILD_PYTHON").unwrap_or_else(|_| "python3".into());
    let include = Command::new(&python)
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['include'])"])
        .output()
        .unwrap_or_else(|e| panic!("pycc's build needs {python} to find Python.h: {e}"));
    let include = String::from_utf8(include.stdout).unwrap().trim().to_string();
    if !PathBuf::from(&include).join("Python.h").exists() {
        panic!("Python.h not found in {include}: install the Python development headers (python3-dev)");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("runtime.bc");
    let status = Command::new(&clang)
        .args(["-O2", "-emit-llvm", "-c", "-fPIC", "-fno-stack-protector"])
        .args(["--target=x86_64-unknown-linux-gnu", "-march=x86-64", "-Wall", "-Werror"])
        .arg(format!("-I{include}"))
        .arg("src/wrap/runtime.c")
        .arg("-o")
        .arg(&out)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {}: {e} (install clang-22)", clang.display()));
    assert!(status.success(), "compiling src/wrap/runtime.c to bitcode failed");
}
