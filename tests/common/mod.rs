//! Shared by the integration tests: compile Python source with the real
//! `pycc` binary into a fresh directory, and run CPython against the result.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh, empty directory under target/ for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "{name}-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
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

/// A CPython with numpy, for the tests of array allocation: $PYCC_NUMPY_PYTHON,
/// or a venv under target/ made (once) with `python3 -m venv` and
/// `pip install numpy`. The plain `python3` of the other tests stays
/// without numpy, so they also show that scalar modules never import it.
pub fn numpy_python() -> PathBuf {
    static ONCE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    ONCE.get_or_init(|| {
        if let Some(p) = std::env::var_os("PYCC_NUMPY_PYTHON") {
            return PathBuf::from(p);
        }
        let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/numpy-venv");
        let python = venv.join("bin/python");
        let has_numpy = |p: &Path| Command::new(p).args(["-c", "import numpy"]).status().is_ok_and(|s| s.success());
        if !has_numpy(&python) {
            let made = Command::new("python3").args(["-m", "venv"]).arg(&venv).status().expect("python3 runs");
            assert!(made.success(), "python3 -m venv {} failed (install python3-venv)", venv.display());
            let pip = Command::new(&python)
                .args(["-m", "pip", "install", "-q", "--disable-pip-version-check", "numpy"])
                .status()
                .expect("pip runs");
            assert!(pip.success() && has_numpy(&python), "pip install numpy into {} failed", venv.display());
        }
        python
    })
    .clone()
}

/// Runs a Python snippet with `dir` on sys.path; returns stdout, panics on failure.
pub fn python(dir: &Path, code: &str) -> String {
    python_in("python3".as_ref(), dir, code)
}

/// `python` with the given interpreter.
pub fn python_in(exe: &Path, dir: &Path, code: &str) -> String {
    let out =
        Command::new(exe).arg("-c").arg(code).current_dir(dir).env("PYTHONPATH", dir).output().expect("python runs");
    assert!(
        out.status.success(),
        "python failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
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

/// Snapshot tests: `produce` turns each `tests/<folder>/*.py` into text,
/// which must equal the file beside it with extension `ext`
/// (`PYCC_BLESS=1` writes them instead). Returns one message per mismatch.
pub fn check_snapshots(folder: &str, ext: &str, min_files: usize, produce: impl Fn(&Path) -> String) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(folder);
    let bless = std::env::var_os("PYCC_BLESS").is_some();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= min_files, "tests/{folder} has fewer than {min_files} programs");
    let mut failures = Vec::new();
    for py in files {
        let text = produce(&py);
        let snap = py.with_extension(ext);
        if bless {
            std::fs::write(&snap, &text).unwrap();
        } else if std::fs::read_to_string(&snap).ok().as_deref() != Some(text.as_str()) {
            failures.push(format!("--- {}: got\n{text}", py.file_name().unwrap().to_str().unwrap()));
        }
    }
    failures
}
