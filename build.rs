//! Builds pycc's CPython runtime (src/wrap/) with clang-22, once, when pycc
//! itself is built: runtime_fast.c as LLVM bitcode (linked into each module
//! before O3, so it inlines) and runtime.c as an object (linked into each
//! .so). No C compiler is needed at `pycc compile` time.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    for f in ["src/wrap/runtime.c", "src/wrap/runtime_buffer.c", "src/wrap/runtime_fast.c", "src/wrap/runtime.h", "src/wrap/runtime_buffer_fast.c", "src/wrap/runtime_buffer.h", "src/wrap/pymath.c"] {
        println!("cargo:rerun-if-changed={f}");
    }
    println!("cargo:rerun-if-env-changed=PYCC_BUILD_PYTHON");
    let prefix = std::env::var("LLVM_SYS_221_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".into());
    let clang = PathBuf::from(&prefix).join("bin/clang");
    let python = std::env::var("PYCC_BUILD_PYTHON").unwrap_or_else(|_| "python3".into());
    let include = Command::new(&python)
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['include'])"])
        .output()
        .unwrap_or_else(|e| panic!("pycc's build needs {python} to find Python.h: {e}"));
    let include = String::from_utf8(include.stdout).unwrap().trim().to_string();
    if !Path::new(&include).join("Python.h").exists() {
        panic!("Python.h not found in {include}: install the Python development headers (python3-dev)");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let compile = |src: &str, extra: &[&str], dest: PathBuf| {
        let status = Command::new(&clang)
            .args(["-O2", "-c", "-fPIC", "-fno-stack-protector", "-Wall", "-Werror"])
            .args(["--target=x86_64-unknown-linux-gnu", "-march=x86-64"])
            .args(extra)
            .arg(format!("-I{include}"))
            .arg(src)
            .arg("-o")
            .arg(&dest)
            .status()
            .unwrap_or_else(|e| panic!("cannot run {}: {e} (install clang-22)", clang.display()));
        assert!(status.success(), "compiling {src} failed");
    };
    compile("src/wrap/runtime_fast.c", &["-emit-llvm"], out.join("runtime_fast.bc"));
    // The array arguments' fast path, inlined too (3.11 limited API).
    compile("src/wrap/runtime_buffer_fast.c", &["-emit-llvm"], out.join("runtime_buffer_fast.bc"));
    compile("src/wrap/runtime.c", &["-ffunction-sections"], out.join("runtime.o"));
    // Array arguments (the buffer protocol), against the 3.11 limited API.
    compile("src/wrap/runtime_buffer.c", &["-ffunction-sections"], out.join("runtime_buffer.o"));
    // CPython's numeric algorithms: bit-identical only without fused
    // multiply-adds (contraction is on by default in clang).
    compile("src/wrap/pymath.c", &["-ffunction-sections", "-ffp-contract=off"], out.join("pymath.o"));
}
