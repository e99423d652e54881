//! Replays the checked-in fuzz corpus (fuzz/corpus/<target>/*) through the
//! same checks the cargo-fuzz targets run.

use std::path::Path;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        check(&data);
        n += 1;
    }
    assert!(n > 0, "empty corpus for {target}");
}

#[test]
fn signature_corpus() {
    replay("signature", pycc::fuzzing::signature);
}

#[test]
fn frontend_corpus() {
    replay("frontend", pycc::fuzzing::frontend);
}

#[test]
fn py_opt_corpus() {
    replay("py_opt", pycc::fuzzing::py_opt);
}

#[test]
fn compile_corpus() {
    replay("compile", pycc::fuzzing::compile_generated);
}

#[test]
fn deep_corpus() {
    replay("deep", pycc::fuzzing::deep);
}
