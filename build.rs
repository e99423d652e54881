//! Builds pycc's CPython runtime (src/wrap/) with clang-22, once, when pycc
//! itself is built: runtime_fast.c as LLVM bitcode (linked into each module
//! before O3, so it inlines) and runtime.c as an object (linked into each
//! .so). No C compiler is needed at `pycc compile` time.
//!
//! It also builds the `py` dialect (dialects/py/): mlir-tblgen turns the ODS
//! definitions into C++, clang++ compiles them against the installed MLIR
//! headers, and the object goes into a static library that links against
//! the same static MLIR libraries as mlir-sys (one copy of MLIR).

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    for f in [
        "src/wrap/runtime.c",
        "src/wrap/runtime_buffer.c",
        "src/wrap/runtime_fast.c",
        "src/wrap/runtime.h",
        "src/wrap/runtime_buffer_fast.c",
        "src/wrap/runtime_buffer.h",
        "src/wrap/pymath.c",
        "src/wrap/pow_small.h",
        "src/wrap/pow_small_test.c",
        "src/tir/np_table.rs",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    println!("cargo:rerun-if-env-changed=PYCC_BUILD_PYTHON");
    // The pycc binaries link MLIR and LLVM statically: as position-
    // independent executables they would start by applying ~300,000
    // relocations (about 1% of a small compile's instructions, and the page
    // faults of 3 MB of tables). Fixed addresses need none.
    println!("cargo:rustc-link-arg-bins=-no-pie");
    println!("cargo:rerun-if-env-changed=LLVM_SYS_221_PREFIX");
    let prefix = std::env::var("LLVM_SYS_221_PREFIX").unwrap_or_else(|_| "/usr/lib/llvm-22".into());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    py_dialect(Path::new(&prefix), &out);
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
    std::fs::write(out.join("np_table.h"), np_table::header()).expect("writing np_table.h");
    let compile = |src: &str, extra: &[&str], dest: PathBuf| {
        let status = Command::new(&clang)
            .args(["-O2", "-c", "-fPIC", "-fno-stack-protector", "-Wall", "-Werror"])
            .args(["--target=x86_64-unknown-linux-gnu", "-march=x86-64"])
            .args(extra)
            .arg(format!("-I{include}"))
            .arg(format!("-I{}", out.display()))
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
    // pow_small.h's helpers as functions for pycc's tests (soundness.rs,
    // tests/pow_small.rs), which compare them with glibc's pow and powf.
    compile("src/wrap/pow_small_test.c", &["-ffp-contract=off"], out.join("pow_small_test.o"));
    let archive = out.join("libpycc_pow_small_test.a");
    let _ = std::fs::remove_file(&archive);
    let ar = PathBuf::from(&prefix).join("bin/llvm-ar");
    let status = Command::new(&ar).arg("crs").arg(&archive).arg(out.join("pow_small_test.o")).status();
    assert!(status.is_ok_and(|s| s.success()), "llvm-ar for pow_small_test.o failed");
    println!("cargo:rustc-link-lib=static=pycc_pow_small_test");
}

/// The C runtime's view of the numpy function table (src/tir/np_table.rs,
/// which the compiler includes too): the names in the order the compiler
/// numbers them, and `NP_<VARIANT>` for each position the C code tests.
#[allow(dead_code)]
mod np_table {
    macro_rules! np_table {
        ($($v:ident $(($k:literal))? $(=> $n:literal)?),* $(,)?) => {
            const ALL: &[(&str, Option<usize>, &str)] =
                &[$((stringify!($v), np_table!(@k $($k)?), np_table!(@name $v $($k)? $($n)?))),*];
        };
        (@k) => { None };
        (@k $k:literal) => { Some($k) };
        (@name Op $k:literal) => { OPS[$k] };
        (@name Item $k:literal) => { TUPLE_ITEMS[$k] };
        (@name $v:ident $n:literal) => { $n };
    }

    include!("src/tir/np_table.rs");

    /// `NpFunc::Argsort` -> `NP_ARGSORT`, `HistogramCounts` -> `NP_HISTOGRAM_COUNTS`.
    fn define(variant: &str) -> String {
        let mut out = String::from("NP_");
        for (i, c) in variant.chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_uppercase());
        }
        out
    }

    fn strings<'a>(items: impl Iterator<Item = &'a str>) -> String {
        items.map(|n| format!("    \"{n}\",\n")).collect()
    }

    pub fn header() -> String {
        let mut h = String::from("/* Written by build.rs from src/tir/np_table.rs: edit that file. */\n");
        let names = ALL.iter().map(|e| e.2).chain(UFUNCS.iter().map(|u| u.0)).chain(RANDOMS.iter().copied());
        h += &format!("static const char *const np_names[] = {{\n{}}};\n", strings(names));
        h += &format!("static const char *const np_keywords[] = {{\n{}}};\n", strings(KEYWORDS.iter().copied()));
        h += &format!("static const char *const np_words[] = {{\n{}}};\n", strings(WORDS.iter().copied()));
        for (i, (variant, k, _)) in ALL.iter().enumerate() {
            if k.is_none() {
                h += &format!("#define {} {i}\n", define(variant));
            }
        }
        for (k, name) in RANDOMS.iter().enumerate() {
            // "random.uniform" -> NP_RANDOM_UNIFORM, "pyrandom.seed" -> NP_PYRANDOM_SEED
            let define = name.replace('.', "_").to_ascii_uppercase();
            h += &format!("#define NP_{define} {}\n", ALL.len() + UFUNCS.len() + k);
        }
        h += &format!("#define NP_UFUNC0 {} /* the first of UFUNCS */\n", ALL.len());
        h += &format!("#define NP_RANDOM0 {} /* the first of RANDOMS */\n", ALL.len() + UFUNCS.len());
        h
    }
}

/// The `py` dialect and the `pycc-sccp` pass (passes/Sccp.cpp) as
/// `libpycc_py_dialect.a`. Skipped when the archive is
/// newer than every source and was built from the same LLVM prefix, so that
/// a change to the C runtime alone (which reruns this script) does not
/// recompile the dialect's C++.
fn py_dialect(prefix: &Path, out: &Path) {
    let sources = ["dialects/py/PyDialect.td", "dialects/py/PyOps.td", "dialects/py/PyDialect.cpp", "passes/Sccp.cpp"];
    for f in sources {
        println!("cargo:rerun-if-changed={f}");
    }
    println!("cargo:rustc-link-search=native={}", out.display());
    println!("cargo:rustc-link-lib=static=pycc_py_dialect");
    let archive = out.join("libpycc_py_dialect.a");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let stamp = out.join("libpycc_py_dialect.prefix");
    let same_prefix = std::fs::read_to_string(&stamp).is_ok_and(|p| Path::new(&p) == prefix);
    if let Some(built) = modified(&archive).filter(|_| same_prefix) {
        if sources.iter().all(|s| modified(Path::new(s)).is_some_and(|m| m < built)) {
            return;
        }
    }
    let bin = prefix.join("bin");
    let include = prefix.join("include");
    let run = |cmd: &mut Command, what: &str| {
        let status =
            cmd.status().unwrap_or_else(|e| panic!("cannot run {what}: {e} (install mlir-22-tools and clang-22)"));
        assert!(status.success(), "{what} failed");
    };
    for (generator, file) in [
        ("-gen-dialect-decls", "PyDialect.h.inc"),
        ("-gen-dialect-defs", "PyDialect.cpp.inc"),
        ("-gen-op-decls", "PyOps.h.inc"),
        ("-gen-op-defs", "PyOps.cpp.inc"),
    ] {
        run(
            Command::new(bin.join("mlir-tblgen"))
                .args([generator, "-dialect=py"])
                .arg(format!("-I{}", include.display()))
                .arg("-Idialects/py")
                .arg("dialects/py/PyOps.td")
                .arg("-o")
                .arg(out.join(file)),
            &format!("mlir-tblgen {generator}"),
        );
    }
    // llvm-config's flags (include path, C++ standard, ABI macros), and as
    // LLVM's release libraries are built: no RTTI, no exceptions, NDEBUG
    // (some MLIR headers change layout under assertions).
    let cxxflags = Command::new(bin.join("llvm-config"))
        .arg("--cxxflags")
        .output()
        .expect("cannot run llvm-config (install llvm-22-dev)");
    assert!(cxxflags.status.success(), "llvm-config --cxxflags failed");
    let cxxflags = String::from_utf8(cxxflags.stdout).unwrap();
    let mut objects = Vec::new();
    for source in ["dialects/py/PyDialect.cpp", "passes/Sccp.cpp"] {
        let object = out.join(Path::new(source).with_extension("o").file_name().unwrap());
        run(
            Command::new(bin.join("clang++"))
                .args(cxxflags.split_whitespace())
                .args([
                    "-c",
                    "-O2",
                    "-std=c++17",
                    "-fno-rtti",
                    "-fno-exceptions",
                    "-fPIC",
                    "-DNDEBUG",
                    "-Wall",
                    "-Werror",
                ])
                .arg(format!("-I{}", out.display()))
                .arg(source)
                .arg("-o")
                .arg(&object),
            &format!("clang++ {source}"),
        );
        objects.push(object);
    }
    let _ = std::fs::remove_file(&archive);
    run(Command::new(bin.join("llvm-ar")).arg("crs").arg(&archive).args(&objects), "llvm-ar");
    std::fs::write(&stamp, prefix.as_os_str().as_encoded_bytes()).expect("cannot write to OUT_DIR");
}
