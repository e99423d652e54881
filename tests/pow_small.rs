//! py.pow_small's helper (src/wrap/pow_small.h) is glibc's pow/powf bit for
//! bit: a proptest over random and adversarial inputs (the bench job runs
//! 10^9 per exponent: bench/pow_check.py). The helper under test is the
//! same header compiled for pycc's tests (src/wrap/pow_small_test.c).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::hint::black_box;

// Links the pycc crate, which carries the helper's static library.
use pycc as _;

extern "C" {
    fn pow(x: f64, y: f64) -> f64;
    fn powf(x: f32, y: f32) -> f32;
    fn pycc_test_pow_small(x: f64, n: i32) -> f64;
    fn pycc_test_powf_small(x: f32, n: i32) -> f32;
    fn pycc_test_pow_small_fallbacks() -> u64;
}

const EXPONENTS: [i32; 5] = [2, 3, 4, -1, -2];

fn same64(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

fn check64(x: f64) -> Result<(), TestCaseError> {
    for n in EXPONENTS {
        // black_box: LLVM would turn pow(x, 2.0) into x * x here.
        let (mine, glibc) = unsafe { (pycc_test_pow_small(x, n), pow(x, black_box(n as f64))) };
        prop_assert!(same64(mine, glibc), "pow({x:e} = {:#x}, {n}): helper {mine:e}, glibc {glibc:e}", x.to_bits());
    }
    Ok(())
}

fn check32(x: f32) -> Result<(), TestCaseError> {
    for n in EXPONENTS {
        let (mine, glibc) = unsafe { (pycc_test_powf_small(x, n), powf(x, black_box(n as f32))) };
        let same = mine.to_bits() == glibc.to_bits() || (mine.is_nan() && glibc.is_nan());
        prop_assert!(same, "powf({x:e} = {:#x}, {n}): helper {mine:e}, glibc {glibc:e}", x.to_bits());
    }
    Ok(())
}

/// An odd integer of `bits` bits times 2^k, nudged by -1, 0 or +1 ulp: for
/// bits = 27 (28) x*x has 53 or 54 bits, an exact double tie when 54; 18
/// for x^3, 14 for x^4; 12-13 for f32 squares.
fn tie(m: u64, bits: u32, k: i32, nudge: i8) -> f64 {
    let m = (m >> (64 - bits)) | 1 | (1 << (bits - 1));
    let x = m as f64 * 2f64.powi(k);
    match nudge {
        -1 => f64::from_bits(x.to_bits() - 1),
        1 => f64::from_bits(x.to_bits() + 1),
        _ => x,
    }
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() })
}

#[test]
fn pow_small_is_glibc_pow_on_special_values() {
    let mut specials = vec![0.0, -0.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, -f64::NAN, 1.0, -1.0, 2.0, 0.5];
    specials.extend([f64::MAX, f64::MIN_POSITIVE, 5e-324, -5e-324, 2f64.powi(-64), 2f64.powi(65), -2f64.powi(64)]);
    specials.extend([
        1e154,
        1e-154,
        1e77,
        1e-77,
        -106924597.0,
        3.0f64.sqrt(),
        1.0 + f64::EPSILON,
        1.0 - f64::EPSILON / 2.0,
    ]);
    for x in specials {
        check64(x).unwrap();
        check64(f64::from_bits(x.to_bits().wrapping_add(1))).unwrap();
        check32(x as f32).unwrap();
    }
    // glibc's pow misses the tie here; the helper must call it.
    assert_eq!(unsafe { pycc_test_pow_small(-106924597.0, 2) }, 11432869443612410.0);
    // And powf at 1 + 2^-12 squared (the multiply rounds to even, 1.002f).
    assert_eq!(unsafe { pycc_test_powf_small(1.0 + 2f32.powi(-12), 2) }.to_bits(), 0x3f801001);
}

/// The integer path of x ** 2, 3, 4 at its edges: exponents at and past the
/// range bounds (2^-64, 2^65), significands whose n-th power has 0 or n - 1
/// leading zeros in its 128-bit window, and results that round up into the
/// next binade.
#[test]
fn pow_small_is_glibc_pow_at_the_edges_of_the_integer_path() {
    let mantissas = [0u64, 1, 2, 0xfffffffffffff, 0xffffffffffffe, 0x6a09e667f3bcd, 0x6a09e667f3bcc, 0x965fea53d6e3c];
    for e in [-66i32, -65, -64, -63, -1, 0, 1, 63, 64, 65] {
        for m in mantissas {
            let x = f64::from_bits((((e + 1023) as u64) << 52) | m);
            check64(x).unwrap();
            check64(-x).unwrap();
        }
    }
}

/// The fast path is taken: glibc is called for about 4.5% of x in [0, 1)
/// (twice glibc's error bound on each side of a midpoint, pow_small.h).
#[test]
fn pow_small_calls_glibc_rarely() {
    let before = unsafe { pycc_test_pow_small_fallbacks() };
    let n = 100_000;
    for i in 0..n {
        let x = i as f64 / n as f64;
        for e in [2, 3, 4, -1, -2] {
            black_box(unsafe { pycc_test_pow_small(x, e) });
        }
    }
    let calls = unsafe { pycc_test_pow_small_fallbacks() } - before;
    let share = calls as f64 / (5 * n) as f64;
    assert!(share > 0.03 && share < 0.06, "glibc called for {:.2}% of the inputs", share * 100.0);
}

#[test]
fn pow_small_is_glibc_pow_on_random_doubles() {
    let moderate = (-1e3f64..1e3).prop_union(0.0f64..1.0).or(-1e20f64..1e20);
    runner(100_000).run(&moderate, check64).unwrap();
    runner(100_000).run(&any::<u64>().prop_map(f64::from_bits), check64).unwrap();
}

#[test]
fn pow_small_is_glibc_pow_on_ties_and_near_ties() {
    let ties = (any::<u64>(), prop::sample::select(vec![14u32, 15, 18, 19, 27, 28]), -30i32..30, -1i8..=1)
        .prop_map(|(m, bits, k, nudge)| tie(m, bits, k, nudge));
    runner(200_000).run(&ties, check64).unwrap();
}

#[test]
fn powf_small_is_glibc_powf() {
    runner(100_000).run(&any::<u32>().prop_map(f32::from_bits), check32).unwrap();
    runner(100_000).run(&(-1e3f32..1e3).prop_union(0.0f32..1.0), check32).unwrap();
    let ties = (any::<u64>(), prop::sample::select(vec![7u32, 8, 9, 12, 13]), -10i32..10, -1i8..=1).prop_map(
        |(m, bits, k, nudge)| {
            let x = tie(m, bits, k, 0) as f32;
            f32::from_bits((x.to_bits() as i64 + nudge as i64) as u32)
        },
    );
    runner(200_000).run(&ties, check32).unwrap();
}
