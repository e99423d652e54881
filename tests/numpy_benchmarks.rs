//! Pythran's numpy-benchmarks suite (tests/numpy_benchmarks/, provenance in
//! its README): every kernel is compiled by pycc and, where it compiles, run
//! on its `#setup:`/`#run:` input against numpy (tests/numpy_benchmarks.py).
//! The kernels that do not compile yet are listed below with the reason; the
//! test fails when one of them starts compiling, so the list stays honest.

mod common;
use std::path::Path;
use std::process::Command;

/// Kernels pycc does not compile yet, and what stops each.
const EXPECTED_FAILURES: &[(&str, &str)] = &[];

/// Kernels compared with numpy.allclose instead of bit for bit, and why.
const TOLERANT: &[(&str, &str, &str)] = &[];

#[test]
fn numpy_benchmarks_compile_and_match_numpy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut kernels: Vec<_> = std::fs::read_dir(root.join("tests/numpy_benchmarks"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    kernels.sort();
    assert_eq!(kernels.len(), 32, "the suite has 32 kernels");
    let python = common::numpy_python();
    let (mut report, mut ok, mut matched) = (String::new(), true, 0);
    for kernel in &kernels {
        let name = kernel.file_stem().unwrap().to_str().unwrap();
        let expected = EXPECTED_FAILURES.iter().find(|(n, _)| *n == name);
        let dir = common::scratch("npb");
        let out = common::pycc(&["compile", kernel.to_str().unwrap(), "-o", dir.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        match (out.status.success(), expected) {
            (false, Some(_)) => {
                // Still a diagnostic, never a crash.
                if !stderr.contains("error:") || stderr.contains("panicked") {
                    ok = false;
                    report.push_str(&format!("{name}: failed without a diagnostic:\n{stderr}\n"));
                }
                continue;
            }
            (false, None) => {
                ok = false;
                report.push_str(&format!("{name}: no longer compiles:\n{stderr}\n"));
                continue;
            }
            (true, Some((_, why))) => {
                ok = false;
                report.push_str(&format!("{name}: compiles now; take it off EXPECTED_FAILURES ({why})\n"));
            }
            (true, None) => {}
        }
        let mut cmd = Command::new(&python);
        cmd.arg(root.join("tests/numpy_benchmarks.py")).arg(kernel).arg(&dir);
        if let Some((_, rtol, _)) = TOLERANT.iter().find(|(n, _, _)| *n == name) {
            cmd.arg(format!("rtol={rtol}"));
        }
        let run = cmd.output().unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
        if run.status.success() && text.starts_with("ok ") {
            matched += 1;
        } else {
            ok = false;
            report.push_str(&format!("{name}: {text}\n"));
        }
    }
    eprintln!("numpy-benchmarks: {matched} of {} compile and match numpy", kernels.len());
    assert!(ok, "{report}");
    assert_eq!(matched + EXPECTED_FAILURES.len(), kernels.len());
}
