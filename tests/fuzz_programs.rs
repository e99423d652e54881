//! Differential fuzzing: random well-typed programs (pycc::fuzzing::generate) are
//! compiled by `pycc compile`, the path a user takes, imported in CPython,
//! and compared with their reference twin run by the same CPython
//! (tests/differential.py: floats bit for bit, exceptions by type). Each
//! program is built four ways (default, `--no-egg`, `--target-cpu host`,
//! `--overflow raise`), which must all agree with CPython.
//!
//! `PYCC_FUZZ_CASES=N` sets the programs per operator family (default 4);
//! `PYCC_FUZZ_FAMILY=math` runs one family. The programs come from a fixed
//! seed, so that CI judges a commit and not the luck of the draw; explore
//! new ones with `PROPTEST_RNG_SEED=$RANDOM` (proptest's own variable). A failure is shrunk by proptest
//! to a minimal program, saved as `tests/fuzz_regressions/<family>_<hash>.py`
//! (+ `_ref.py`), and replayed by `regressions_still_pass` from then on.

mod common;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngSeed, TestError, TestRunner};
use pycc::fuzzing::generate::{program, raising_twin, Family};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const FUNCTIONS: usize = 10;
const ARGS_PER_FUNCTION: usize = 120;
/// How each program is built, and which reference twin it must match.
const BUILDS: [(&[&str], Twin); 4] = [
    (&[], Twin::Wrap),
    (&["--no-egg"], Twin::Wrap),
    (&["--target-cpu", "host"], Twin::Wrap),
    (&["--overflow", "raise"], Twin::Raise),
];

#[derive(Clone, Copy)]
enum Twin {
    Wrap,
    Raise,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Compiles `plain` each way and runs the oracle against the matching twin
/// (`wrap`, or the raising one derived from it for --overflow=raise);
/// returns the number of cases compared, or the mismatch report.
fn differential(dir: &Path, plain: &str, wrap: &str) -> Result<usize, String> {
    let raise = &raising_twin(wrap);
    let src = dir.join("fuzzmod.py");
    std::fs::write(&src, plain).unwrap();
    let mut compared = 0;
    for (i, (extra, twin)) in BUILDS.iter().enumerate() {
        let reference_path = dir.join(match twin {
            Twin::Wrap => "fuzzmod_ref.py",
            Twin::Raise => "fuzzmod_ref_raise.py",
        });
        std::fs::write(
            &reference_path,
            match twin {
                Twin::Wrap => wrap,
                Twin::Raise => raise,
            },
        )
        .unwrap();
        let build = dir.join(format!("build{i}"));
        let mut args = vec!["compile", src.to_str().unwrap(), "-o", build.to_str().unwrap()];
        args.extend_from_slice(extra);
        // A hang is a failure too (coreutils' timeout; 124 when it fires).
        let out = Command::new("timeout").arg("120").arg(env!("CARGO_BIN_EXE_pycc")).args(&args).output().unwrap();
        if out.status.code() == Some(124) {
            return Err(format!("pycc {extra:?} did not finish in 120 s"));
        }
        if !out.status.success() {
            return Err(format!(
                "pycc {extra:?} rejected a generated program:\n{}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let run = Command::new("python3")
            .arg(root().join("tests/differential.py"))
            .arg(&reference_path)
            .arg(&build)
            .output()
            .unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
        let summary = text.lines().last().unwrap_or("");
        let passed = summary.strip_suffix(" passed, 0 failed").and_then(|n| n.parse::<usize>().ok());
        match passed {
            Some(n) if run.status.success() => compared += n,
            _ => return Err(format!("build {extra:?} disagrees with CPython:\n{text}")),
        }
    }
    Ok(compared)
}

fn cases() -> u32 {
    std::env::var("PYCC_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(4)
}

/// The seed CI draws programs from unless PROPTEST_RNG_SEED names another.
const DEFAULT_SEED: u64 = 20261207;

fn seed() -> RngSeed {
    std::env::var("PROPTEST_RNG_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(RngSeed::Fixed(DEFAULT_SEED))
}

fn run_family(family: Family) -> usize {
    let rng_seed = seed();
    let config =
        Config { cases: cases(), failure_persistence: None, max_shrink_iters: 300, rng_seed, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let total = std::cell::Cell::new(0usize);
    let result = runner.run(&vec(any::<u32>(), 200..4000), |choices| {
        let p = program(&choices, family, FUNCTIONS, ARGS_PER_FUNCTION);
        let dir = common::scratch("fuzz");
        let outcome = differential(&dir, &p.source("fuzzmod", false), &p.source("fuzzmod", true));
        let _ = std::fs::remove_dir_all(&dir);
        match outcome {
            Ok(n) => {
                total.set(total.get() + n);
                Ok(())
            }
            Err(report) => Err(TestCaseError::fail(report)),
        }
    });
    match result {
        Ok(()) => total.get(),
        Err(TestError::Fail(reason, choices)) => {
            let p = program(&choices, family, FUNCTIONS, ARGS_PER_FUNCTION);
            let saved = save_regression(family, &p.source("fuzzmod", false), &p.source("fuzzmod", true));
            panic!(
                "{family:?}: pycc disagrees with CPython on a generated program (seed {rng_seed:?}), saved (shrunk) as {}:\n{reason}",
                saved.display()
            );
        }
        Err(e) => panic!("{family:?}: {e}"),
    }
}

fn save_regression(family: Family, plain: &str, reference: &str) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    plain.hash(&mut h);
    let dir = root().join("tests/fuzz_regressions");
    std::fs::create_dir_all(&dir).unwrap();
    let stem = format!("{}_{:016x}", format!("{family:?}").to_lowercase(), h.finish());
    std::fs::write(dir.join(format!("{stem}.py")), plain).unwrap();
    std::fs::write(dir.join(format!("{stem}_ref.py")), reference).unwrap();
    dir.join(format!("{stem}.py"))
}

#[test]
fn generated_programs_match_cpython() {
    let only = std::env::var("PYCC_FUZZ_FAMILY").ok().map(|f| f.to_lowercase());
    let mut report = Vec::new();
    for family in Family::EACH {
        if only.as_ref().is_some_and(|o| *o != format!("{family:?}").to_lowercase()) {
            continue;
        }
        let t0 = Instant::now();
        let n = run_family(family);
        let secs = t0.elapsed().as_secs_f64();
        report.push(format!("{family:?}: {n} cases in {secs:.1} s ({:.0}/s)", n as f64 / secs));
    }
    eprintln!("{}", report.join("\n"));
}

/// Every saved failure stays fixed.
#[test]
fn regressions_still_pass() {
    let dir = root().join("tests/fuzz_regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut failures = Vec::new();
    let mut plains: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && !p.to_string_lossy().contains("_ref"))
        .collect();
    plains.sort();
    for plain in plains {
        let reference = plain.with_file_name(format!("{}_ref.py", plain.file_stem().unwrap().to_string_lossy()));
        let scratch = common::scratch("fuzz-regression");
        let r = differential(
            &scratch,
            &std::fs::read_to_string(&plain).unwrap(),
            &std::fs::read_to_string(&reference).unwrap(),
        );
        if let Err(e) = r {
            failures.push(format!("{}: {e}", plain.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The generator itself: deterministic, and it covers its constructs.
#[test]
fn generator_is_deterministic_and_varied() {
    let choices: Vec<u32> = (0..4000u32).map(|i| i.wrapping_mul(2654435761) >> 7).collect();
    let a = program(&choices, Family::All, 8, 5).source("m", false);
    assert_eq!(a, program(&choices, Family::All, 8, 5).source("m", false));
    let r = program(&choices, Family::All, 8, 5).source("m", true);
    assert!(r.contains("W(") && r.contains("CASES"), "{r}");
    // Across a few sequences, exported functions call generated helpers.
    let calls = (0..40u32)
        .filter(|k| {
            let choices: Vec<u32> = (0..3000u32).map(|i| (i ^ (k * 7919)).wrapping_mul(2654435761) >> 5).collect();
            let src = program(&choices, Family::All, 8, 1).source("m", false);
            src.split("def f0").nth(1).is_some_and(|rest| rest.contains("h0("))
        })
        .count();
    assert!(calls > 0, "no generated function calls a helper");
    // An empty choice sequence is the smallest program: one function, leaves only.
    let tiny = program(&[], Family::All, 8, 1);
    assert_eq!(tiny.functions.len(), 1);
}

/// `PYCC_FUZZ_DUMP=1 cargo test --test fuzz_programs dump -- --nocapture`
/// prints one generated program and its twin, to look at.
#[test]
fn dump() {
    if std::env::var("PYCC_FUZZ_DUMP").is_err() {
        return;
    }
    let mut runner = TestRunner::default();
    let choices = vec(any::<u32>(), 3000).new_tree(&mut runner).unwrap().current();
    let p = program(&choices, Family::All, FUNCTIONS, 3);
    println!("{}\n{}", p.source("fuzzmod", false), p.source("fuzzmod", true));
}

/// fuzz/programs/exprtree.py, the generator written apart from this file's
/// (random typed expression trees over mixed scalar kinds, loops, tuples,
/// lists, sliced and masked arrays, numba's signature spellings), over fixed
/// seed ranges: every module compiles and matches CPython.
#[test]
fn exprtree_kind_matches_cpython() {
    run_kind("exprtree", &EXPRTREE_SEEDS);
}

/// fuzz/programs/kernels.py: whole numba-style functions of statements
/// (while loops, nested loops over 2-d arrays into np.zeros/np.empty
/// results, mixed accumulators, if/elif chains, early returns, lists,
/// helpers, math calls, ZeroDivisionError and IndexError paths).
#[test]
fn kernels_kind_matches_cpython() {
    run_kind("kernels", &KERNELS_SEEDS);
}

fn run_kind(kind: &str, seeds: &[(&str, &str)]) {
    for (first, last) in seeds {
        let out = common::scratch(&format!("fuzz-{kind}"));
        let run = Command::new(common::numpy_python())
            .arg(root().join("fuzz/programs/run.py"))
            .arg(env!("CARGO_BIN_EXE_pycc"))
            .args([kind, first, last])
            .arg(&out)
            .output()
            .unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
        let _ = std::fs::remove_dir_all(&out);
        assert!(run.status.success(), "{kind} seeds {first}..{last}:\n{text}");
    }
}

/// Seed ranges (first, past the last) that pass, about a second a seed.
const EXPRTREE_SEEDS: [(&str, &str); 15] = [
    ("0", "60"),
    ("121", "122"),
    ("205", "206"),
    ("232", "233"),
    ("242", "243"),
    ("266", "267"),
    ("271", "272"),
    ("295", "296"),
    ("300", "301"),
    ("316", "317"),
    ("359", "360"),
    // `range(2**63-1 % 6)` loops, now parenthesized (fuzz32).
    ("404", "405"),
    ("495", "496"),
    // A complex product's shared parts read a late shared value (lead, session 32).
    // atan2 of a nan is positive; a list display's items in order (lead, session 32).
    ("705", "706"),
    ("727", "728"),
];

/// Seed ranges of fuzz/programs/kernels.py that pass, a few seconds a seed.
const KERNELS_SEEDS: [(&str, &str); 1] = [("0", "12")];
