/* pow_small.h as plain functions, for pycc's own tests (the soundness
 * harness in passes/egg/soundness.rs and the proptest tests/pow_small.rs
 * compare them with glibc's pow/powf bit for bit). Linked into the pycc
 * crate by build.rs; compiled modules use runtime_fast.c's copy. */
#include <math.h>

/* Through pointers, so that clang cannot turn pow(x, 2.0) into x*x. */
static double (*volatile glibc_pow)(double, double) = pow;
static float (*volatile glibc_powf)(float, float) = powf;
/* Fallbacks taken by this thread, for tests/pow_small.rs (the fast path is taken). */
static _Thread_local unsigned long long fallbacks;
static double fallback_pow(double x, double y) {
    fallbacks++;
    return glibc_pow(x, y);
}
static float fallback_powf(float x, float y) { return glibc_powf(x, y); }
#define PYCC_POW_FALLBACK fallback_pow
#define PYCC_POWF_FALLBACK fallback_powf
#include "pow_small.h"

double pycc_test_pow_small(double x, int n) { return pycc_pow_small_impl(x, n); }
unsigned long long pycc_test_pow_small_fallbacks(void) { return fallbacks; }
float pycc_test_powf_small(float x, int n) { return pycc_powf_small_impl(x, n); }
