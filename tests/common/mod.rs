//! Shared by the integration tests: compile Python source with the real
//! `pycc` binary into a fresh directory, and run CPython against the result.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh, empty directory under target/ for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst)));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn pycc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pycc")).args(args).output().expect("pycc runs")
}

/// Writes `source` as `<dir>/<file>` and compiles it; panics with pycc's
/// stderr if compilation fails.
pub fn compile(dir: &Path, file: &str, source: &str, extra: &[&str]) -> Output {
    let path = dir.join(file);
    std::fs::write(&path, source).unwrap();
    let mut args = vec!["compile", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = pycc(&args);
    assert!(out.status.success(), "pycc failed:\n{}", String::from_utf8_lossy(&out.stderr));
    out
}

/// Runs a Python snippet with `dir` on sys.path; returns stdout, panics on failure.
pub fn python(dir: &Path, code: &str) -> String {
    let out = Command::new("python3").arg("-c").arg(code).current_dir(dir).env("PYTHONPATH", dir).output().expect("python3 runs");
    assert!(out.status.success(), "python failed:\n{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

pub fn seed_source() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/my_module.py")).unwrap()
}

/// `python` with `err(f)` defined first: the exception `f()` raises, as
/// "Type: message", or "no error".
pub fn python_with_err(dir: &Path, code: &str) -> String {
    const ERR: &str = "def err(f):\n    try:\n        f()\n    except Exception as e:\n        return f\"{type(e).__name__}: {e}\"\n    return \"no error\"\n";
    python(dir, &format!("{ERR}{code}"))
}
