//! Typing snapshots: every `tests/tir/*.py` compiles, and its typed IR
//! (`pycc compile --emit tir`, src/tir/print.rs) is exactly `<name>.tir`.
//! These are the unit tests of type inference: what each variable became,
//! which casts typing inserted, which effect flags a function carries.
//! Regenerate with `PYCC_BLESS=1 cargo test --release --test tir`, then read
//! the diff.

mod common;
use std::path::Path;
use std::process::Command;

#[test]
fn typed_ir_matches_snapshots() {
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tir");
    let failures = common::check_snapshots("tir", "tir", 4, |py| {
        let stem = py.file_stem().unwrap().to_str().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_pycc"))
            .args(["compile", py.to_str().unwrap(), "--emit", "tir", "-o"])
            .arg(&out_dir)
            .output()
            .unwrap();
        assert!(out.status.success(), "{stem}: pycc failed:\n{}", String::from_utf8_lossy(&out.stderr));
        // The CC's name is the file's stem in every snapshot program.
        std::fs::read_to_string(out_dir.join(format!("{stem}.tir"))).unwrap()
    });
    assert!(failures.is_empty(), "typed IR differs from its snapshots:\n{}", failures.join("\n"));
}
