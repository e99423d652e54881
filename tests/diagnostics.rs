//! Diagnostic snapshots: every `tests/diagnostics/*.py` must fail to compile
//! with exit code 1 (never a panic) and print exactly `<name>.stderr`.
//! Regenerate with `PYCC_BLESS=1 cargo test --release --test diagnostics`.

mod common;
use std::path::Path;
use std::process::Command;

#[test]
fn diagnostics_match_snapshots() {
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("diagnostics");
    let failures = common::check_snapshots("diagnostics", "stderr", 10, |py| {
        let name = py.file_name().unwrap().to_str().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_pycc"))
            .args(["compile", name, "-o"])
            .arg(&out_dir)
            // Snapshots are what a build without module code shows
            // (syntax/modeval.rs), whatever the machine's python3 has.
            .env("PYCC_NO_MODULE_EVAL", "1")
            .current_dir(py.parent().unwrap())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: expected exit code 1, got {:?}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    });
    assert!(failures.is_empty(), "diagnostics differ from their snapshots:\n{}", failures.join("\n"));
}
