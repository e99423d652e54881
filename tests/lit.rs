//! Runs the lit + FileCheck IR tests in tests/lit against this build's pycc-opt.

use std::path::Path;
use std::process::Command;

#[test]
fn lit_tests_pass() {
    let bin = Path::new(env!("CARGO_BIN_EXE_pycc-opt")).parent().unwrap();
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lit");
    let out = Command::new("python3")
        .args(["-c", "import sys; from lit.main import main; sys.exit(main())", "-v"])
        .arg(&suite)
        .env("PYCC_BIN_DIR", bin)
        .env("PYCC_LIT_OUT", Path::new(env!("CARGO_TARGET_TMPDIR")).join("lit"))
        .output()
        .expect("python3 runs lit (pip install lit)");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "lit failed:\n{text}");
    assert!(text.contains("Passed"), "lit ran no test:\n{text}");
}
