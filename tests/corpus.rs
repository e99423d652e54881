//! The real-world corpus (tests/corpus/, see its README): numba.pycc modules
//! from public projects, compiled unchanged by the built pycc and compared
//! against plain CPython by tests/corpus/run.py. Asserts that no file crashes
//! the compiler, that every file that compiles matches CPython, and that the
//! number of compiling files has not fallen below tests/corpus/EXPECTED (a
//! ratchet: raise it when more files compile).

mod common;
use std::path::Path;
use std::process::Command;

#[test]
fn corpus_compiles_and_matches_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(common::numpy_python())
        .arg(root.join("tests/corpus/run.py"))
        .args(["--pycc", env!("CARGO_BIN_EXE_pycc")])
        .output()
        .expect("python runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let report = format!("{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "run.py failed:\n{report}");
    let summary = text.lines().find_map(|l| l.strip_prefix("SUMMARY ")).unwrap_or_else(|| panic!("{report}"));
    let count = |key: &str| -> usize {
        summary
            .split_whitespace()
            .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {key} in {summary}"))
    };
    let bad: Vec<&str> = text.lines().filter(|l| l.starts_with("crash") || l.starts_with("mismatch")).collect();
    assert!(bad.is_empty(), "files that crash pycc or differ from CPython:\n{}\n\n{report}", bad.join("\n"));
    assert_eq!(count("noref"), 0, "a corpus file has no reference run:\n{report}");
    // A module written without an export the file names is never right:
    // pycc must compile it or say why.
    assert_eq!(count("missing"), 0, "a corpus module lacks an export its file declares:\n{report}");
    let expected: usize = std::fs::read_to_string(root.join("tests/corpus/EXPECTED"))
        .unwrap()
        .trim()
        .parse()
        .expect("EXPECTED holds a number");
    let compiled = count("compiled");
    assert!(compiled >= expected, "{compiled} corpus files compile, fewer than the {expected} of EXPECTED:\n{report}");
    assert!(count("total") >= 20, "the corpus has fewer than 20 files:\n{report}");
}
