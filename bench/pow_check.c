/* The bench job's proof that src/wrap/pow_small.h is glibc's pow/powf bit
 * for bit: N random inputs per exponent (default 10^9; `pow_check N`), in
 * four families, plus adversarial inputs on and near rounding midpoints.
 * Built and run by bench/pow_check.py. Prints counts and exits 1 on any
 * difference. (The CI version is a proptest: tests/pow_small.rs.) */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* glibc's own pow/powf, through pointers clang cannot see through. */
static double (*volatile libm_pow)(double, double) = pow;
static float (*volatile libm_powf)(float, float) = powf;
static long fallbacks;
static double fb_pow(double x, double y) {
    fallbacks++;
    return libm_pow(x, y);
}
static float fb_powf(float x, float y) {
    fallbacks++;
    return libm_powf(x, y);
}
#define PYCC_POW_FALLBACK fb_pow
#define PYCC_POWF_FALLBACK fb_powf
#include "../src/wrap/pow_small.h"

static uint64_t state = 0x9e3779b97f4a7c15ull;
static uint64_t next(void) { /* splitmix64 */
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static double unit(void) { return (next() >> 11) * 0x1p-53; }

static const int EXPONENTS[] = {2, 3, 4, -1, -2};
static long bad;

static void check64(double x, int n) {
    double a = pycc_pow_small_impl(x, n), b = libm_pow(x, n);
    if (memcmp(&a, &b, 8) != 0 && !(isnan(a) && isnan(b))) {
        if (bad++ < 20)
            printf("DIFF f64 pow(%a, %d): helper %a, glibc %a\n", x, n, a, b);
    }
}
static void check32(float x, int n) {
    float a = pycc_powf_small_impl(x, n), b = libm_powf(x, n);
    if (memcmp(&a, &b, 4) != 0 && !(isnan(a) && isnan(b))) {
        if (bad++ < 20)
            printf("DIFF f32 powf(%a, %d): helper %a, glibc %a\n", (double)x, n, (double)a, (double)b);
    }
}

/* One random x of family f: any bits; [-1e3, 1e3]; [0, 1); an odd
 * integer of b bits (x^n an exact tie or near one) times 2^k, nudged by
 * 0..2 ulps. */
static double nudge64(double x) {
    uint64_t r = next() % 3;
    return r == 0 ? x : nextafter(x, r == 1 ? 0.0 : INFINITY);
}
static float nudge32(float x) {
    uint64_t r = next() % 3;
    return r == 0 ? x : nextafterf(x, r == 1 ? 0.0f : INFINITY);
}

/* One random x of family f: 0 any bits; 1 [-1e3, 1e3]; 2 [0, 1); 3 on or
 * next to a midpoint: for n > 0 an odd integer of about 54/n bits times
 * 2^k (x^n an exact tie when it has 54 bits), for n < 0 the x whose x^n is
 * nearest a random midpoint M of [1, 2) (x = 1/M, 1/sqrt(M) rounded);
 * then nudged by 0 or 1 ulp. */
static double random64(int f, int n) {
    switch (f) {
    case 0: return ps_double(next());
    case 1: return (unit() * 2 - 1) * 1e3;
    case 2: return unit();
    default:
        if (n < 0) {
            long double mid = 1.0L + (long double)(((next() >> 12) << 1) | 1) * 0x1p-53L;
            return nudge64((double)(n == -1 ? 1.0L / mid : 1.0L / sqrtl(mid)));
        }
        int bits = (54 + n - 1) / n + (int)(next() % 2);
        uint64_t m = (next() >> (64 - bits)) | 1 | (1ull << (bits - 1));
        return nudge64(ldexp((double)m, (int)(next() % 40) - 20));
    }
}
static float random32(int f, int n) {
    uint32_t u = (uint32_t)next();
    float x;
    switch (f) {
    case 0: memcpy(&x, &u, 4); return x;
    case 1: return (float)((unit() * 2 - 1) * 1e3);
    case 2: return (float)unit();
    default:
        if (n < 0) {
            double mid = 1.0 + (double)((((uint32_t)next() >> 9) << 1) | 1) * 0x1p-24;
            return nudge32((float)(n == -1 ? 1.0 / mid : 1.0 / sqrt(mid)));
        }
        int bits = (25 + n - 1) / n + (int)(next() % 2);
        uint32_t m = (u >> (32 - bits)) | 1 | (1u << (bits - 1));
        return nudge32(ldexpf((float)m, (int)(next() % 20) - 10));
    }
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000000L;
    for (int e = 0; e < 5; e++) {
        int k = EXPONENTS[e];
        long fb[2][4] = {{0}};
        for (long i = 0; i < n; i++) {
            long before = fallbacks;
            check64(random64(i & 3, k), k);
            fb[0][i & 3] += fallbacks - before;
            before = fallbacks;
            check32(random32(i & 3, k), k);
            fb[1][i & 3] += fallbacks - before;
        }
        for (int t = 0; t < 2; t++)
            printf("x ** %2d %s: %ld inputs; glibc called for %.2f%% of random bits, %.2f%% of [-1e3, 1e3], "
                   "%.2f%% of [0, 1), %.2f%% of midpoint neighbours\n",
                   k, t ? "f32" : "f64", n, 400.0 * fb[t][0] / n, 400.0 * fb[t][1] / n, 400.0 * fb[t][2] / n,
                   400.0 * fb[t][3] / n);
        fflush(stdout);
    }
    printf("%ld differences\n", bad);
    return bad != 0;
}
