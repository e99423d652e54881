//! Differential tests: each `tests/programs/*.py` is compiled by pycc and run
//! against plain CPython on its table of inputs (see tests/differential.py).

mod common;
use std::path::Path;
use std::process::Command;

#[test]
fn programs_match_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut programs: Vec<_> = std::fs::read_dir(root.join("tests/programs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();
    assert!(!programs.is_empty());
    let mut report = String::new();
    let mut ok = true;
    for program in programs {
        // Every program runs with the default options, then once more per
        // `# differential: OPTIONS` line (e.g. `--overflow=raise`).
        let text = std::fs::read_to_string(&program).unwrap();
        let mut runs: Vec<Vec<&str>> = vec![Vec::new()];
        runs.extend(
            text.lines()
                .filter_map(|l| l.strip_prefix("# differential:"))
                .map(|opts| opts.split_whitespace().collect()),
        );
        for extra in runs {
            let dir = common::scratch("differential");
            let mut args = vec!["compile", program.to_str().unwrap(), "-o", dir.to_str().unwrap()];
            args.extend(&extra);
            // Module code that a frozen array needs runs in the build's
            // Python (syntax/modeval.rs): the one with numpy, where needed.
            let numpy_python = common::numpy_python().display().to_string();
            if text.contains("# differential-python: numpy") {
                args.extend(["--python", numpy_python.as_str()]);
            }
            let out = common::pycc(&args);
            assert!(
                out.status.success(),
                "{} {extra:?}: pycc failed:\n{}",
                program.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            // A program that needs numpy says so; the others run where it is absent.
            let python =
                if text.contains("# differential-python: numpy") { common::numpy_python() } else { "python3".into() };
            let run = Command::new(&python)
                .arg(root.join("tests/differential.py"))
                .arg(&program)
                .arg(&dir)
                .args(&extra)
                .output()
                .unwrap();
            let text = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
            report.push_str(&format!("{} {extra:?}:\n{text}", program.display()));
            ok &= run.status.success() && text.contains(" passed, 0 failed");
        }
    }
    assert!(ok, "pycc and CPython disagree:\n{report}");
}
