//! Typing snapshots: every `tests/tir/*.py` compiles, and its typed IR
//! (`pycc compile --emit tir`, src/tir/print.rs) is exactly `<name>.tir`.
//! These are the unit tests of type inference: what each variable became,
//! which casts typing inserted, which effect flags a function carries.
//! Regenerate with `PYCC_BLESS=1 cargo test --release --test tir`, then read
//! the diff.

use std::path::Path;
use std::process::Command;

#[test]
fn typed_ir_matches_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tir");
    let bless = std::env::var_os("PYCC_BLESS").is_some();
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tir");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 4);
    let mut failures = Vec::new();
    for py in files {
        let stem = py.file_stem().unwrap().to_str().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_pycc"))
            .args(["compile", py.to_str().unwrap(), "--emit", "tir", "-o"])
            .arg(&out_dir)
            .output()
            .unwrap();
        assert!(out.status.success(), "{stem}: pycc failed:\n{}", String::from_utf8_lossy(&out.stderr));
        // The CC's name is the file's stem in every snapshot program.
        let text = std::fs::read_to_string(out_dir.join(format!("{stem}.tir"))).unwrap();
        let snap = py.with_extension("tir");
        if bless {
            std::fs::write(&snap, &text).unwrap();
        } else if std::fs::read_to_string(&snap).ok().as_deref() != Some(text.as_str()) {
            failures.push(format!("{stem}: typed IR differs from {}:\n{text}", snap.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
