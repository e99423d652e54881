/* x ** n for a constant n in {2, 3, 4, -1, -2}, bit-identical to glibc's
 * pow (f64) and powf (f32), without calling them on almost every input.
 *
 * glibc's pow and powf are not correctly rounded, but their error is
 * bounded; where the exact x^n is farther from a rounding midpoint than
 * that error, glibc must return the correctly rounded x^n, which we compute
 * here exactly (or with an error far below the margin) and round once.
 * Elsewhere (near a midpoint, zero, subnormal, huge, inf, nan, or a power
 * of two result whose lower neighbour is closer) we call glibc itself,
 * through PYCC_POW_FALLBACK / PYCC_POWF_FALLBACK, names LLVM does not know
 * (it would turn pow(x, 2.0) into x*x).
 *
 * The bounds, from glibc's sysdeps/ieee754/dbl-64/e_pow.c and
 * flt-32/e_powf.c (unchanged since 2018; this machine has glibc 2.36):
 *  - pow: "Worst-case error: 0.54 ULP (~= ulperr_exp + 1024*Ln2*relerr_log
 *    *2^53)", relerr_log 1.5*2^-68 without fma (1.3 with), ulperr_exp
 *    0.511 ULP without fma (0.509 with). 1024*Ln2 is the largest |y log x|;
 *    for our x the error is at most 0.511 + |n log x| * 1.5*2^-68 * 2^53
 *    ULP, so the value glibc rounds lies within
 *        E64 = 0.011 + |n| * K * Ln2 * 1.5*2^-15 ULP
 *    of the exact x^n, K = |exponent of x| + 1 >= |log2 x|.
 *  - powf: "ULP error: 0.82 (~ 0.5 + relerr*2^24)", relerr 1.27*2^-26 ~=
 *    128*Ln2*relerr_log2 + relerr_exp2 with relerr_log2 1.83*2^-33 and
 *    relerr_exp2 1.69*2^-34 (128 being the largest |y log2 x|): the double
 *    it rounds to float is within
 *        E32 = (|n| * K * Ln2 * 1.83*2^-33 + 1.69*2^-34) * 2^24 float ULP.
 * Safety margin: the fallback zone is TWICE that bound on each side of a
 * midpoint (for f64 and x in [0.5, 2): +-0.022 ULP, about 4.5% of random
 * inputs; glibc's misses measured in issue 20 all lay within 0.006 ULP).
 * Our own value's error (below 2^-49 ULP for f64, 2^-29 float ULP for f32)
 * is covered by the same margin.
 *
 * No contraction: Dekker's product needs every product rounded. */
#pragma STDC FP_CONTRACT OFF
#include <stdint.h>
#include <string.h>

#define PS_INLINE static inline __attribute__((always_inline))

/* The fast path's results are finite (|x| is bounded above and below):
 * told to LLVM, so that the OverflowError check after `**` (lower's
 * float_pow) folds away after inlining and stays on the fallback path. */
#if defined(__has_builtin) && __has_builtin(__builtin_assume)
#define PS_FINITE(r) (__builtin_assume(__builtin_fabs(r) < __builtin_inf()), (r))
#define PS_FINITEF(r) (__builtin_assume(__builtin_fabsf(r) < __builtin_inff()), (r))
#else
#define PS_FINITE(r) (r)
#define PS_FINITEF(r) (r)
#endif

PS_INLINE uint64_t ps_bits(double x) {
    uint64_t u;
    memcpy(&u, &x, 8);
    return u;
}

PS_INLINE double ps_double(uint64_t u) {
    double x;
    memcpy(&x, &u, 8);
    return x;
}

PS_INLINE uint32_t ps_bits32(float x) {
    uint32_t u;
    memcpy(&u, &x, 4);
    return u;
}

/* a * b == *p + *e exactly (no overflow or underflow in our range). */
PS_INLINE void ps_two_prod(double a, double b, double *p, double *e) {
#ifdef __FMA__
    *p = a * b;
    *e = __builtin_fma(a, b, -*p);
#else
    /* Veltkamp's split into 26-bit halves, then Dekker's product. */
    const double c = 134217729.0; /* 2^27 + 1 */
    double t = c * a, ah = t - (t - a), al = a - ah;
    t = c * b;
    double bh = t - (t - b), bl = b - bh;
    *p = a * b;
    *e = (((ah * bh - *p) + ah * bl) + al * bh) + al * bl;
#endif
}

/* x^n for n in {2, 3, 4} in integers: m = x's 53-bit significand shifted
 * to the top of a word, m^n's top 128 bits (exact for n = 2, at most 3
 * units of 2^-128 low for n = 3, 4: nothing next to the margin), the top 53
 * bits rounded by the next 64. No floating point, no division and one
 * 64x64->128 multiply per factor, so after inlining `x**2 + x**3 + x**4`
 * shares m*m (GVN) and the check costs a few integer instructions. Returns
 * the bits of the correctly rounded x^n, or 0 where glibc must decide: the
 * exact value within `zone` (in 2^-64 ULP) of a midpoint, or a power-of-two
 * result (whose lower neighbour is closer, as in the double-double path). */
PS_INLINE uint64_t ps_pow_int(uint64_t ix, int ex, int n, uint64_t zone) {
    typedef unsigned __int128 u128;
    uint64_t m = ((ix << 11) | 0x8000000000000000ull);
    u128 w = (u128)m * m;
    if (n == 3) {
        w = (u128)(uint64_t)(w >> 64) * m + (((u128)(uint64_t)w * m) >> 64);
    } else if (n == 4) {
        uint64_t h = (uint64_t)(w >> 64), l = (uint64_t)w;
        w = (u128)h * h + (((u128)h * l) >> 63);
    }
    /* w in [2^(128-n), 2^128), lz <= n - 1 leading zeros: the 53 bits
     * from w's top bit, then the 64 below them. */
    uint64_t top = (uint64_t)(w >> 64);
    int lz = __builtin_clzll(top);
    uint64_t hi = top >> (11 - lz) << 11;
    uint64_t frac = (uint64_t)(w >> (11 - lz));
    uint64_t d = frac - 0x8000000000000000ull;
    d = (int64_t)d < 0 ? -d : d; /* distance to the midpoint */
    if (d <= zone)
        return 0;
    /* x^n = (hi >> 11) * 2^(n*ex + n - 1 - lz - 52), rounded up past the
     * midpoint (a carry into the exponent is the right result). */
    int64_t e = (int64_t)(n * ex + n - 1 - lz + 1023);
    uint64_t bits = ((uint64_t)e << 52) + ((hi >> 11) & 0x000fffffffffffffull) + (frac >> 63);
    if ((bits & 0x000fffffffffffffull) == 0)
        return 0;
    return bits | ((n & 1) ? ix & 0x8000000000000000ull : 0);
}

/* glibc's pow(x, n), n in {2, 3, 4, -1, -2} (other n: pow itself). */
PS_INLINE double pycc_pow_small_impl(double x, int n) {
    uint64_t ix = ps_bits(x);
    int ex = (int)((ix >> 52) & 0x7ff) - 1023;
    /* |x| in [2^-64, 2^65): x^n is normal, and so are the error terms. */
    if (ex < -64 || ex > 64)
        return PYCC_POW_FALLBACK(x, (double)n);
    int k = (ex < 0 ? -ex : ex) + 1;
    int an = n < 0 ? -n : n;
    if (n >= 2 && n <= 4) {
        /* The zone below in 2^-64 ULP, constants rounded up: 2*0.011*2^64
         * and 2*Ln2*1.5*2^-15*2^64. */
        uint64_t zone = 405828369621610136ull + (uint64_t)(an * k) * 1170621519031005ull;
        uint64_t bits = ps_pow_int(ix, ex, n, zone);
        double r = ps_double(bits);
        if (__builtin_expect(bits != 0, 1))
            return PS_FINITE(r);
        return PYCC_POW_FALLBACK(x, (double)n);
    }
    double hi, lo, a, b, c, d, t;
    switch (n) {
    case 2:
        ps_two_prod(x, x, &hi, &lo); /* exact */
        break;
    case 3:
        ps_two_prod(x, x, &a, &b);
        ps_two_prod(a, x, &c, &d);
        t = d + b * x;
        hi = c + t;
        lo = t - (hi - c);
        break;
    case 4:
        ps_two_prod(x, x, &a, &b);
        ps_two_prod(a, a, &c, &d);
        t = d + 2.0 * a * b; /* b*b (2^-106 relative) is left out */
        hi = c + t;
        lo = t - (hi - c);
        break;
    case -1:
        c = 1.0 / x;
        ps_two_prod(c, x, &a, &b);
        t = ((1.0 - a) - b) * c; /* 1 - a is exact (Sterbenz) */
        hi = c + t;
        lo = t - (hi - c);
        break;
    case -2:
        ps_two_prod(x, x, &a, &b);
        c = 1.0 / a;
        ps_two_prod(c, a, &d, &t);
        t = (((1.0 - d) - t) - c * b) * c;
        hi = c + t;
        lo = t - (hi - c);
        break;
    default:
        return PYCC_POW_FALLBACK(x, (double)n);
    }
    /* hi is hi + lo rounded; its distance to a midpoint is ulp/2 - |lo|. A
     * power of two hi has a finer ulp below it: glibc decides. */
    uint64_t ih = ps_bits(hi);
    if ((ih & 0x000fffffffffffffull) == 0)
        return PYCC_POW_FALLBACK(x, (double)n);
    double ulp = ps_double((ih & 0x7ff0000000000000ull) - (52ull << 52));
    double zone = 2.0 * (0.011 + (double)(an * k) * (0.6931471805599453 * 1.5 * 0x1p-15));
    if (__builtin_expect(__builtin_fabs(lo) < (0.5 - zone) * ulp, 1))
        return PS_FINITE(hi);
    return PYCC_POW_FALLBACK(x, (double)n);
}

/* glibc's powf(x, n), n in {2, 3, 4, -1, -2} (other n: powf itself). x^n
 * in double: exact for n = 2, one rounding (2^-53 relative) otherwise. */
PS_INLINE float pycc_powf_small_impl(float x, int n) {
    uint32_t ix = ps_bits32(x);
    int ex = (int)((ix >> 23) & 0xff) - 127;
    /* |x| in [2^-16, 2^17): x^n is a normal float. */
    if (ex < -16 || ex > 16)
        return PYCC_POWF_FALLBACK(x, (float)n);
    double v, xd = x;
    switch (n) {
    case 2:
        v = xd * xd;
        break;
    case 3:
        v = xd * xd * xd;
        break;
    case 4:
        v = (xd * xd) * (xd * xd);
        break;
    case -1:
        v = 1.0 / xd;
        break;
    case -2:
        v = 1.0 / (xd * xd);
        break;
    default:
        return PYCC_POWF_FALLBACK(x, (float)n);
    }
    float r = (float)v;
    uint32_t ir = ps_bits32(r);
    if ((ir & 0x007fffffu) == 0)
        return PYCC_POWF_FALLBACK(x, (float)n);
    /* v - r is exact; the float ulp of r is 2^(exponent - 23). */
    double lo = v - (double)r;
    double ulp = ps_double((uint64_t)((int64_t)((ir >> 23) & 0xff) - 127 - 23 + 1023) << 52);
    int k = (ex < 0 ? -ex : ex) + 1;
    int an = n < 0 ? -n : n;
    double zone = 2.0 * ((double)(an * k) * (0.6931471805599453 * 1.83 * 0x1p-9) + 1.69 * 0x1p-10);
    if (__builtin_expect(__builtin_fabs(lo) < (0.5 - zone) * ulp, 1))
        return PS_FINITEF(r);
    return PYCC_POWF_FALLBACK(x, (float)n);
}
