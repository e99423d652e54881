//! Diagnostic snapshots: every `tests/diagnostics/*.py` must fail to compile
//! with exit code 1 (never a panic) and print exactly `<name>.stderr`.
//! Regenerate with `PYCC_BLESS=1 cargo test --release --test diagnostics`.

use std::path::Path;
use std::process::Command;

#[test]
fn diagnostics_match_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diagnostics");
    let bless = std::env::var_os("PYCC_BLESS").is_some();
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("diagnostics");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    let mut failures = Vec::new();
    for py in files {
        let name = py.file_name().unwrap().to_str().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_pycc"))
            .args(["compile", name, "-o"])
            .arg(&out_dir)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: expected exit code 1, got {:?}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let snap = py.with_extension("stderr");
        if bless {
            std::fs::write(&snap, &stderr).unwrap();
        } else if std::fs::read_to_string(&snap).ok().as_deref() != Some(stderr.as_str()) {
            failures.push(format!("--- {name}: got\n{stderr}"));
        }
    }
    assert!(failures.is_empty(), "diagnostics differ from their snapshots:\n{}", failures.join("\n"));
}
