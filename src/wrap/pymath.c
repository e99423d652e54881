/* CPython's own numeric algorithms, for bit-identical results: the ones
 * CPython 3.11 does not take from libm. round(x, ndigits) (floatobject.c:
 * correctly rounded decimal conversion and back), math.hypot
 * (mathmodule.c's vector_norm, the 3.11 variant with Veltkamp-Dekker
 * splitting), math.gamma and math.lgamma (mathmodule.c's Lanczos
 * approximation). Each is the same sequence of IEEE operations and libm
 * calls as CPython's, written anew; tests/programs/numeric.py checks them
 * bit for bit against the interpreter.
 *
 * These functions only compute values; the generated code raises CPython's
 * exceptions from the results (see src/tir/math.rs). build.rs compiles
 * this file to an object for generic x86-64 with -ffp-contract=off, so no
 * multiply-add is fused (CPython's build fuses none either). */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HIDDEN __attribute__((visibility("hidden")))

/* ---- round(x, ndigits) ---------------------------------------------- */

/* floatobject.c's NDIGITS_MAX and NDIGITS_MIN: past these, x rounds to
 * itself or to a signed zero. (int)((53 + 1021) * 0.30103) and
 * -(int)((1024 + 1) * 0.30103). */
enum { NDIGITS_MAX = 323, NDIGITS_MIN = -308 };

/* CPython rounds with dtoa mode 3 (correctly rounded, half to even on the
 * exact binary value) and reads the digits back with a correctly rounded
 * strtod. glibc's printf "%.*f" rounds the same way and its strtod is
 * correctly rounded, so the result is the same double. ndigits arrives as a
 * double (every int64 converts monotonically, which is all the clamping
 * needs). An infinite result from finite x is CPython's OverflowError
 * "rounded value too large to represent"; the caller raises it. */
HIDDEN double pycc_round_ndigits(double x, double ndigits) {
    if (!isfinite(x) || ndigits > NDIGITS_MAX)
        return x;
    if (ndigits < NDIGITS_MIN)
        return 0.0 * x;
    int n = (int)ndigits;
    /* |x| < 2**1024 has at most 309 integer digits; plus 323 decimals. */
    char buf[720];
    if (n >= 0) {
        snprintf(buf, sizeof buf, "%.*f", n, x);
    } else {
        /* Rounding to 10**k, k = -n: the integer part of |x| is exact in
         * "%.0f" of trunc(|x|); the fraction only matters as a sticky bit
         * (it breaks a tie upward). Half to even on the kept digits. */
        double ax = fabs(x), ip = trunc(ax);
        int sticky = ax != ip;
        char digits[340];
        int len = snprintf(digits, sizeof digits, "%.0f", ip);
        int k = -n;
        char *p = buf;
        if (signbit(x))
            *p++ = '-';
        if (k > len) {
            /* |x| < 10**len <= 10**k / 10: rounds to zero. */
            strcpy(p, "0");
        } else {
            int keep = len - k;
            int first = digits[keep] - '0';
            for (int i = keep + 1; i < len; i++)
                sticky |= digits[i] != '0';
            int odd = keep > 0 && ((digits[keep - 1] - '0') & 1);
            int up = first > 5 || (first == 5 && (sticky || odd));
            /* A leading 0 takes the carry of 99..9 + 1. */
            char kept[340];
            kept[0] = '0';
            memcpy(kept + 1, digits, keep);
            kept[keep + 1] = '\0';
            if (up) {
                int i = keep;
                while (kept[i] == '9')
                    kept[i--] = '0';
                kept[i]++;
            }
            snprintf(p, sizeof buf - 1, "%se%d", kept, k);
        }
    }
    return strtod(buf, NULL);
}

/* ---- math.hypot --------------------------------------------------------- */

/* 2**27 + 1: Veltkamp's constant that splits a double into two halves of
 * 26 bits whose products are exact. */
static const double SPLIT = 134217729.0;

/* hi + lo == x exactly, each half with at most 26 significant bits. */
static void split(double x, double *hi, double *lo) {
    double t = x * SPLIT;
    *hi = t - (t - x);
    *lo = x - *hi;
}

/* csum += x, with the rounding error of the addition added into *frac
 * (Neumaier: |csum| >= |x| always holds here, so the error is exact). */
static void accumulate(double *csum, double *frac, double x) {
    double old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/* sqrt of the sum of squares of v[0..n), all finite and >= 0, max the
 * largest: scale by a power of two so the largest is in [0.5, 1), sum the
 * exact squares (split into hi*hi, 2*hi*lo, lo*lo) with compensated
 * addition starting from 1.0, take the square root, then correct it by the
 * exactly computed residual (one Newton step). CPython 3.11's order. */
static double vector_norm(int n, double *v, double max, int found_nan) {
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: make subnormals normal. */
        for (int i = 0; i < n; i++)
            v[i] /= 2.2250738585072014e-308;
        return 2.2250738585072014e-308 * vector_norm(n, v, max / 2.2250738585072014e-308, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, hi, lo;
    for (int i = 0; i < n; i++) {
        double x = v[i] * scale;
        split(x, &hi, &lo);
        accumulate(&csum, &frac1, hi * hi);
        accumulate(&csum, &frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    split(h, &hi, &lo);
    accumulate(&csum, &frac1, -hi * hi);
    accumulate(&csum, &frac2, -2.0 * hi * lo);
    accumulate(&csum, &frac3, -lo * lo);
    double x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

/* math.hypot(*coordinates): fabs of each, the largest, whether any is a
 * nan, then vector_norm. */
static double hypot_n(int n, double *v) {
    double max = 0.0;
    int found_nan = 0;
    for (int i = 0; i < n; i++) {
        v[i] = fabs(v[i]);
        found_nan |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    return vector_norm(n, v, max, found_nan);
}

/* One entry point per arity, so the generated code calls plain
 * double-argument functions. */
HIDDEN double pycc_hypot2(double a, double b) {
    double v[] = {a, b};
    return hypot_n(2, v);
}
HIDDEN double pycc_hypot3(double a, double b, double c) {
    double v[] = {a, b, c};
    return hypot_n(3, v);
}
HIDDEN double pycc_hypot4(double a, double b, double c, double d) {
    double v[] = {a, b, c, d};
    return hypot_n(4, v);
}
HIDDEN double pycc_hypot5(double a, double b, double c, double d, double e) {
    double v[] = {a, b, c, d, e};
    return hypot_n(5, v);
}
HIDDEN double pycc_hypot6(double a, double b, double c, double d, double e, double f) {
    double v[] = {a, b, c, d, e, f};
    return hypot_n(6, v);
}
HIDDEN double pycc_hypot7(double a, double b, double c, double d, double e, double f, double g) {
    double v[] = {a, b, c, d, e, f, g};
    return hypot_n(7, v);
}
HIDDEN double pycc_hypot8(double a, double b, double c, double d, double e, double f, double g, double h) {
    double v[] = {a, b, c, d, e, f, g, h};
    return hypot_n(8, v);
}

/* math.ldexp (math_ldexp_impl): zeros, infinities and nans unchanged, an
 * exponent past int's range overflows or underflows to a signed zero. */
HIDDEN double pycc_ldexp(double x, double e) {
    if (x == 0. || !isfinite(x))
        return x;
    if (e > INT_MAX)
        return copysign(HUGE_VAL, x);
    if (e < INT_MIN)
        return copysign(0., x);
    return ldexp(x, (int)e);
}

/* math.atan2 (m_atan2): a nan argument gives Py_NAN, a positive nan, where
 * glibc's atan2 passes the argument's nan on with its sign; the other
 * special cases it spells out are C99 Annex F's, which glibc follows. */
HIDDEN double pycc_atan2(double y, double x) {
    if (isnan(x) || isnan(y))
        return __builtin_nan("");
    return atan2(y, x);
}

/* math.nextafter (math_nextafter_impl): libm's. */
HIDDEN double pycc_nextafter(double x, double y) { return nextafter(x, y); }

/* math.ulp (math_ulp_impl): nan and inf unchanged; the largest finite
 * float's gap is the one below it. */
HIDDEN double pycc_ulp(double x) {
    if (isnan(x))
        return x;
    x = fabs(x);
    if (isinf(x))
        return x;
    double x2 = nextafter(x, HUGE_VAL);
    if (isinf(x2)) {
        x2 = nextafter(x, -HUGE_VAL);
        return x - x2;
    }
    return x2 - x;
}

/* math.frexp's two halves (math_frexp_impl): nans, infinities and zeros
 * are (x, 0). */
HIDDEN double pycc_frexp_mant(double x) {
    int i;
    if (isnan(x) || isinf(x) || !x)
        return x;
    return frexp(x, &i);
}
HIDDEN long long pycc_frexp_exp(double x) {
    int i = 0;
    if (isnan(x) || isinf(x) || !x)
        return 0;
    frexp(x, &i);
    return i;
}

/* math.modf's halves (math_modf_impl): an infinity is (copysign(0, x), x),
 * a nan (x, x); else libm's modf, exact. */
HIDDEN double pycc_modf_frac(double x) {
    double y;
    if (isinf(x))
        return copysign(0., x);
    if (isnan(x))
        return x;
    return modf(x, &y);
}
HIDDEN double pycc_modf_int(double x) {
    double y;
    if (isinf(x) || isnan(x))
        return x;
    modf(x, &y);
    return y;
}

/* ---- math.gamma and math.lgamma ----------------------------------------- */

static const double PI = 3.141592653589793238462643383279502884197;
static const double LOGPI = 1.144729885849400174143427351353058711647;

/* sin(pi * x) for finite x, exact at integers and half-integers: reduce
 * |x| mod 2, pick the quarter period, and use sin or cos near zero. */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    /* sin(pi*(1-y)), not -sin(pi*(y-1)): +0.0 at y == 1. */
    case 2: r = sin(PI * (1.0 - y)); break;
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (one of
 * Boost's parameter sets), as a rational function: numerator coefficients,
 * and a denominator x (x+1) ... (x+11) expanded. */
static const double LANCZOS_G = 6.024680040776729583740234375;
static const double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
static const double NUM[13] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double DEN[13] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* Gamma of 1..23 exactly (22! still fits in 53 bits times a power of 2). */
static const double FACTORIAL[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

/* The Lanczos sum for x > 0: Horner in x below 5, in 1/x from 5 on (no
 * overflow, better accuracy). */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + NUM[i];
            den = den * x + DEN[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + NUM[i];
            den = den / x + DEN[i];
        }
    }
    return num / den;
}

/* math.gamma's value. The caller raises: a nan from a non-nan x, or an
 * infinity from x == 0, is ValueError; any other infinity from a finite x
 * is OverflowError (CPython's EDOM / ERANGE). */
HIDDEN double pycc_gamma(double x) {
    if (!isfinite(x))
        return isnan(x) || x > 0.0 ? x : NAN;
    if (x == 0.0)
        return copysign(INFINITY, x);
    if (x == floor(x)) {
        if (x < 0.0)
            return NAN;
        if (x <= 23.0)
            return FACTORIAL[(int)x - 1];
    }
    double ax = fabs(x);
    if (ax < 1e-20)
        return 1.0 / x;
    if (ax > 200.0)
        return x < 0.0 ? 0.0 / sinpi(x) : HUGE_VAL;
    double y = ax + LANCZOS_G_MINUS_HALF, z;
    /* The rounding error of y, computed in the order that keeps it exact. */
    if (ax > LANCZOS_G_MINUS_HALF) {
        double q = y - ax;
        z = q - LANCZOS_G_MINUS_HALF;
    } else {
        double q = y - LANCZOS_G_MINUS_HALF;
        z = q - ax;
    }
    z = z * LANCZOS_G / y;
    double r;
    if (x < 0.0) {
        /* Reflection. */
        r = -PI / sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

/* math.lgamma's value. The caller raises: an infinity from a finite x <= 0
 * (the poles) is ValueError, from any other finite x OverflowError. */
HIDDEN double pycc_lgamma(double x) {
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0)
        return x <= 0.0 ? HUGE_VAL : 0.0;
    double ax = fabs(x);
    if (ax < 1e-20)
        return -log(ax);
    double r = log(lanczos_sum(ax)) - LANCZOS_G;
    r += (ax - 0.5) * (log(ax + LANCZOS_G - 0.5) - 1);
    if (x < 0.0)
        r = LOGPI - log(fabs(sinpi(ax))) - log(ax) - r;
    return r;
}

/* ---- complex arithmetic (Objects/complexobject.c, 3.11) ----------------
 * A complex travels as two doubles and each helper returns one double, so
 * the generated code calls a helper once per part it needs: `part` 0 asks
 * for the real part, 1 for the imaginary part, 2 (pow only) for CPython's
 * errno outcome. The steps are CPython's, operation for operation. */

typedef struct { double re, im; } cplx;

static cplx c_prod(cplx a, cplx b) {
    cplx r = { a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re };
    return r;
}

/* _Py_c_quot: Smith's algorithm, dividing through by the larger part of b;
 * *edom is set for a zero divisor (both parts zero). */
static cplx c_quot(cplx a, cplx b, int *edom) {
    cplx r;
    double abs_re = b.re < 0 ? -b.re : b.re;
    double abs_im = b.im < 0 ? -b.im : b.im;
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *edom = 1;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else { /* a nan in b */
        r.re = r.im = NAN;
    }
    return r;
}

HIDDEN double pycc_cquot(double ar, double ai, double br, double bi, double part) {
    int edom = 0;
    cplx a = { ar, ai }, b = { br, bi };
    cplx r = c_quot(a, b, &edom);
    return part == 0.0 ? r.re : r.im;
}

/* _Py_c_pow, with errno as CPython sees it (libm's pow/exp/log may set it). */
static cplx c_pow(cplx a, cplx b, int *edom) {
    cplx r;
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0)
            *edom = 1;
        r.re = 0.0;
        r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

/* c_powu: binary powering by repeated c_prod, low bit first. */
static cplx c_powu(cplx x, long n) {
    cplx r = { 1.0, 0.0 }, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

/* complex_pow: small integral exponents (|n| <= 100) by c_powi, the rest by
 * _Py_c_pow; then _Py_ADJUST_ERANGE2. part 2 returns 0 (no error), 1 (EDOM:
 * ZeroDivisionError) or 2 (ERANGE: OverflowError). */
HIDDEN double pycc_cpow(double ar, double ai, double br, double bi, double part) {
    cplx a = { ar, ai }, b = { br, bi }, p;
    int edom = 0;
    errno = 0;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        if (n > 0) {
            p = c_powu(a, n);
        } else {
            cplx one = { 1.0, 0.0 };
            p = c_quot(one, c_powu(a, -n), &edom);
        }
    } else {
        p = c_pow(a, b, &edom);
    }
    int err = edom ? EDOM : errno;
    if (isinf(p.re) || isinf(p.im)) {
        if (err == 0)
            err = ERANGE;
    } else if (err == ERANGE) {
        err = 0;
    }
    if (part == 0.0)
        return p.re;
    if (part == 1.0)
        return p.im;
    return err == EDOM ? 1.0 : err == ERANGE ? 2.0 : 0.0;
}

/* _Py_c_abs: an infinite part wins over a nan; else libm's hypot (not
 * math.hypot's vector_norm). The caller raises OverflowError "absolute value
 * too large" for an infinite result from finite parts. */
HIDDEN double pycc_cabs(double re, double im) {
    if (!isfinite(re) || !isfinite(im)) {
        if (isinf(re))
            return fabs(re);
        if (isinf(im))
            return fabs(im);
        return NAN;
    }
    return hypot(re, im);
}

/* ---- cmath (Modules/cmathmodule.c, 3.11) --------------------------------
 * sqrt, exp, log, the trigonometric and hyperbolic functions and their
 * inverses with their C99 Annex G special-value tables, errno as CPython
 * sets it, cmath.rect and cmath.phase. Each entry point takes the argument's
 * parts and `part` as above: 0 the real part, 1 the imaginary part, 2 the
 * errno outcome (0 none, 1 EDOM: ValueError "math domain error", 2 ERANGE:
 * OverflowError "math range error"), which the generated code raises. */

enum { ST_NINF, ST_NEG, ST_NZERO, ST_PZERO, ST_POS, ST_PINF, ST_NAN };

static int special_type(double d) {
    if (isfinite(d)) {
        if (d != 0)
            return copysign(1., d) == 1. ? ST_POS : ST_NEG;
        return copysign(1., d) == 1. ? ST_PZERO : ST_NZERO;
    }
    if (isnan(d))
        return ST_NAN;
    return copysign(1., d) == 1. ? ST_PINF : ST_NINF;
}

#define CM_PI 3.141592653589793238462643383279502884197
#define CM_E 2.718281828459045235360287471352662498
#define P CM_PI
#define P14 0.25 * CM_PI
#define P12 0.5 * CM_PI
#define P34 0.75 * CM_PI
#define INF INFINITY
#define N NAN
/* cmathmodule.c's placeholder for entries that finite arguments never reach. */
#define U -9.5426319407711027e33
#define C(re, im) {re, im}

#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_LOG_LARGE_DOUBLE (log(CM_LARGE_DOUBLE))
/* 2*(DBL_MANT_DIG/2) + 1 and -(CM_SCALE_UP+1)/2, for FLT_RADIX 2. */
#define CM_SCALE_UP 53
#define CM_SCALE_DOWN (-27)
#define M_LN2_ 0.6931471805599453094
#define M_LN10_ 2.302585092994045684

static const cplx sqrt_special_values[7][7] = {
    {C(INF, -INF), C(0., -INF), C(0., -INF), C(0., INF), C(0., INF), C(INF, INF), C(N, INF)},
    {C(INF, -INF), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, INF), C(N, N)},
    {C(INF, -INF), C(U, U), C(0., -0.), C(0., 0.), C(U, U), C(INF, INF), C(N, N)},
    {C(INF, -INF), C(U, U), C(0., -0.), C(0., 0.), C(U, U), C(INF, INF), C(N, N)},
    {C(INF, -INF), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, INF), C(N, N)},
    {C(INF, -INF), C(INF, -0.), C(INF, -0.), C(INF, 0.), C(INF, 0.), C(INF, INF), C(INF, N)},
    {C(INF, -INF), C(N, N), C(N, N), C(N, N), C(N, N), C(INF, INF), C(N, N)},
};

static const cplx exp_special_values[7][7] = {
    {C(0., 0.), C(U, U), C(0., -0.), C(0., 0.), C(U, U), C(0., 0.), C(0., 0.)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(N, N), C(U, U), C(1., -0.), C(1., 0.), C(U, U), C(N, N), C(N, N)},
    {C(N, N), C(U, U), C(1., -0.), C(1., 0.), C(U, U), C(N, N), C(N, N)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(INF, N), C(U, U), C(INF, -0.), C(INF, 0.), C(U, U), C(INF, N), C(INF, N)},
    {C(N, N), C(N, N), C(N, -0.), C(N, 0.), C(N, N), C(N, N), C(N, N)},
};

static const cplx log_special_values[7][7] = {
    {C(INF, -P34), C(INF, -P), C(INF, -P), C(INF, P), C(INF, P), C(INF, P34), C(INF, N)},
    {C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P12), C(U, U), C(-INF, -P), C(-INF, P), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P12), C(U, U), C(-INF, -0.), C(-INF, 0.), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P14), C(INF, -0.), C(INF, -0.), C(INF, 0.), C(INF, 0.), C(INF, P14), C(INF, N)},
    {C(INF, N), C(N, N), C(N, N), C(N, N), C(N, N), C(INF, N), C(N, N)},
};

static const cplx rect_special_values[7][7] = {
    {C(INF, N), C(U, U), C(-INF, 0.), C(-INF, -0.), C(U, U), C(INF, N), C(INF, N)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(0., 0.), C(U, U), C(-0., 0.), C(-0., -0.), C(U, U), C(0., 0.), C(0., 0.)},
    {C(0., 0.), C(U, U), C(0., -0.), C(0., 0.), C(U, U), C(0., 0.), C(0., 0.)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(INF, N), C(U, U), C(INF, -0.), C(INF, 0.), C(U, U), C(INF, N), C(INF, N)},
    {C(N, N), C(N, N), C(N, 0.), C(N, 0.), C(N, N), C(N, N), C(N, N)},
};

/* The tables as CPython 3.11 has them: later versions changed acosh's and
 * tanh's entries for a zero real part and a nan (or infinite) imaginary
 * part; 3.11 gives nan+nanj there. */
static const cplx acos_special_values[7][7] = {
    {C(P34, INF), C(P, INF), C(P, INF), C(P, -INF), C(P, -INF), C(P34, -INF), C(N, INF)},
    {C(P12, INF), C(U, U), C(U, U), C(U, U), C(U, U), C(P12, -INF), C(N, N)},
    {C(P12, INF), C(U, U), C(P12, 0.), C(P12, -0.), C(U, U), C(P12, -INF), C(P12, N)},
    {C(P12, INF), C(U, U), C(P12, 0.), C(P12, -0.), C(U, U), C(P12, -INF), C(P12, N)},
    {C(P12, INF), C(U, U), C(U, U), C(U, U), C(U, U), C(P12, -INF), C(N, N)},
    {C(P14, INF), C(0., INF), C(0., INF), C(0., -INF), C(0., -INF), C(P14, -INF), C(N, INF)},
    {C(N, INF), C(N, N), C(N, N), C(N, N), C(N, N), C(N, -INF), C(N, N)},
};

static const cplx acosh_special_values[7][7] = {
    {C(INF, -P34), C(INF, -P), C(INF, -P), C(INF, P), C(INF, P), C(INF, P34), C(INF, N)},
    {C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P12), C(U, U), C(0., -P12), C(0., P12), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P12), C(U, U), C(0., -P12), C(0., P12), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P14), C(INF, -0.), C(INF, -0.), C(INF, 0.), C(INF, 0.), C(INF, P14), C(INF, N)},
    {C(INF, N), C(N, N), C(N, N), C(N, N), C(N, N), C(INF, N), C(N, N)},
};

static const cplx asinh_special_values[7][7] = {
    {C(-INF, -P14), C(-INF, -0.), C(-INF, -0.), C(-INF, 0.), C(-INF, 0.), C(-INF, P14), C(-INF, N)},
    {C(-INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(-INF, P12), C(N, N)},
    {C(-INF, -P12), C(U, U), C(-0., -0.), C(-0., 0.), C(U, U), C(-INF, P12), C(N, N)},
    {C(INF, -P12), C(U, U), C(0., -0.), C(0., 0.), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(INF, P12), C(N, N)},
    {C(INF, -P14), C(INF, -0.), C(INF, -0.), C(INF, 0.), C(INF, 0.), C(INF, P14), C(INF, N)},
    {C(INF, N), C(N, N), C(N, -0.), C(N, 0.), C(N, N), C(INF, N), C(N, N)},
};

static const cplx atanh_special_values[7][7] = {
    {C(-0., -P12), C(-0., -P12), C(-0., -P12), C(-0., P12), C(-0., P12), C(-0., P12), C(-0., N)},
    {C(-0., -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(-0., P12), C(N, N)},
    {C(-0., -P12), C(U, U), C(-0., -0.), C(-0., 0.), C(U, U), C(-0., P12), C(-0., N)},
    {C(0., -P12), C(U, U), C(0., -0.), C(0., 0.), C(U, U), C(0., P12), C(0., N)},
    {C(0., -P12), C(U, U), C(U, U), C(U, U), C(U, U), C(0., P12), C(N, N)},
    {C(0., -P12), C(0., -P12), C(0., -P12), C(0., P12), C(0., P12), C(0., P12), C(0., N)},
    {C(0., -P12), C(N, N), C(N, N), C(N, N), C(N, N), C(0., P12), C(N, N)},
};

static const cplx cosh_special_values[7][7] = {
    {C(INF, N), C(U, U), C(INF, 0.), C(INF, -0.), C(U, U), C(INF, N), C(INF, N)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(N, 0.), C(U, U), C(1., 0.), C(1., -0.), C(U, U), C(N, 0.), C(N, 0.)},
    {C(N, 0.), C(U, U), C(1., -0.), C(1., 0.), C(U, U), C(N, 0.), C(N, 0.)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(INF, N), C(U, U), C(INF, -0.), C(INF, 0.), C(U, U), C(INF, N), C(INF, N)},
    {C(N, N), C(N, N), C(N, 0.), C(N, 0.), C(N, N), C(N, N), C(N, N)},
};

static const cplx sinh_special_values[7][7] = {
    {C(INF, N), C(U, U), C(-INF, -0.), C(-INF, 0.), C(U, U), C(INF, N), C(INF, N)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(0., N), C(U, U), C(-0., -0.), C(-0., 0.), C(U, U), C(0., N), C(0., N)},
    {C(0., N), C(U, U), C(0., -0.), C(0., 0.), C(U, U), C(0., N), C(0., N)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(INF, N), C(U, U), C(INF, -0.), C(INF, 0.), C(U, U), C(INF, N), C(INF, N)},
    {C(N, N), C(N, N), C(N, -0.), C(N, 0.), C(N, N), C(N, N), C(N, N)},
};

static const cplx tanh_special_values[7][7] = {
    {C(-1., 0.), C(U, U), C(-1., -0.), C(-1., 0.), C(U, U), C(-1., 0.), C(-1., 0.)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(N, N), C(U, U), C(-0., -0.), C(-0., 0.), C(U, U), C(N, N), C(N, N)},
    {C(N, N), C(U, U), C(0., -0.), C(0., 0.), C(U, U), C(N, N), C(N, N)},
    {C(N, N), C(U, U), C(U, U), C(U, U), C(U, U), C(N, N), C(N, N)},
    {C(1., 0.), C(U, U), C(1., -0.), C(1., 0.), C(U, U), C(1., 0.), C(1., 0.)},
    {C(N, N), C(N, N), C(N, -0.), C(N, 0.), C(N, N), C(N, N), C(N, N)},
};

/* SPECIAL_VALUE: a non-finite part takes the table's entry, errno 0. */
#define SPECIAL_VALUE(z, table)                                      \
    if (!isfinite((z).re) || !isfinite((z).im)) {                    \
        *err = 0;                                                    \
        return table[special_type((z).re)][special_type((z).im)];    \
    }

static cplx c_sqrt(cplx z, int *err) {
    cplx r;
    double s, d, ax, ay;
    SPECIAL_VALUE(z, sqrt_special_values);
    if (z.re == 0. && z.im == 0.) {
        r.re = 0.;
        r.im = z.im;
        *err = 0;
        return r;
    }
    ax = fabs(z.re);
    ay = fabs(z.im);
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* hypot(ax, ay) would be subnormal: scale both up first. */
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    d = ay / (2. * s);
    if (z.re >= 0.) {
        r.re = s;
        r.im = copysign(d, z.im);
    } else {
        r.re = d;
        r.im = copysign(s, z.im);
    }
    *err = 0;
    return r;
}

static cplx c_exp(cplx z, int *err) {
    cplx r;
    double l;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            if (z.re > 0) {
                r.re = copysign(INF, cos(z.im));
                r.im = copysign(INF, sin(z.im));
            } else {
                r.re = copysign(0., cos(z.im));
                r.im = copysign(0., sin(z.im));
            }
        } else {
            r = exp_special_values[special_type(z.re)][special_type(z.im)];
        }
        /* EDOM for an infinite imaginary part unless the real part is a
         * nan or -inf. */
        *err = isinf(z.im) && (isfinite(z.re) || (isinf(z.re) && z.re > 0)) ? EDOM : 0;
        return r;
    }
    if (z.re > CM_LOG_LARGE_DOUBLE) {
        l = exp(z.re - 1.);
        r.re = l * cos(z.im) * CM_E;
        r.im = l * sin(z.im) * CM_E;
    } else {
        l = exp(z.re);
        r.re = l * cos(z.im);
        r.im = l * sin(z.im);
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

static cplx c_log(cplx z, int *err) {
    cplx r;
    double ax, ay, am, an, h;
    SPECIAL_VALUE(z, log_special_values);
    ax = fabs(z.re);
    ay = fabs(z.im);
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        r.re = log(hypot(ax / 2., ay / 2.)) + M_LN2_;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            /* hypot(ax, ay) would be subnormal. */
            r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2_;
        } else {
            /* log(+-0 +-0j) */
            r.re = -INF;
            r.im = atan2(z.im, z.re);
            *err = EDOM;
            return r;
        }
    } else {
        h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            am = ax > ay ? ax : ay;
            an = ax > ay ? ay : ax;
            /* _Py_log1p: log1p keeps the sign of a zero on glibc. */
            r.re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    *err = 0;
    return r;
}

static cplx c_log10(cplx z, int *err) {
    cplx r = c_log(z, err);
    r.re = r.re / M_LN10_;
    r.im = r.im / M_LN10_;
    return r;
}

static cplx c_rect(double rr, double phi, int *err) {
    cplx z;
    *err = 0;
    if (!isfinite(rr) || !isfinite(phi)) {
        if (isinf(rr) && isfinite(phi) && phi != 0.) {
            if (rr > 0) {
                z.re = copysign(INF, cos(phi));
                z.im = copysign(INF, sin(phi));
            } else {
                z.re = -copysign(INF, cos(phi));
                z.im = -copysign(INF, sin(phi));
            }
        } else {
            z = rect_special_values[special_type(rr)][special_type(phi)];
        }
        /* EDOM for a nonzero r and an infinite phi. */
        if (rr != 0. && !isnan(rr) && isinf(phi))
            *err = EDOM;
    } else if (phi == 0.0) {
        /* CPython's workaround for phi = -0.0 (bpo-18513). */
        z.re = rr;
        z.im = rr * phi;
    } else {
        z.re = rr * cos(phi);
        z.im = rr * sin(phi);
    }
    return z;
}

static double pick(cplx r, int err, double part) {
    if (part == 0.0)
        return r.re;
    if (part == 1.0)
        return r.im;
    return err == EDOM ? 1.0 : err == ERANGE ? 2.0 : 0.0;
}

HIDDEN double pycc_csqrt(double re, double im, double part) {
    int err = 0;
    cplx z = { re, im };
    cplx r = c_sqrt(z, &err);
    return pick(r, err, part);
}

HIDDEN double pycc_cexp(double re, double im, double part) {
    int err = 0;
    cplx z = { re, im };
    cplx r = c_exp(z, &err);
    return pick(r, err, part);
}

HIDDEN double pycc_clog(double re, double im, double part) {
    int err = 0;
    cplx z = { re, im };
    cplx r = c_log(z, &err);
    return pick(r, err, part);
}

HIDDEN double pycc_clog10(double re, double im, double part) {
    int err = 0;
    cplx z = { re, im };
    cplx r = c_log10(z, &err);
    return pick(r, err, part);
}

/* cmath.log(x, base): c_log of each (errno is the second call's, as
 * cmath_log_impl leaves it), then _Py_c_quot, whose zero divisor is EDOM:
 * ValueError, not ZeroDivisionError. */
HIDDEN double pycc_clogb(double xr, double xi, double br, double bi, double part) {
    int err = 0, edom = 0;
    cplx x = { xr, xi }, b = { br, bi };
    x = c_log(x, &err);
    b = c_log(b, &err);
    cplx r = c_quot(x, b, &edom);
    return pick(r, edom ? EDOM : err, part);
}

HIDDEN double pycc_crect(double rr, double phi, double part) {
    int err = 0;
    cplx r = c_rect(rr, phi, &err);
    return pick(r, err, part);
}

/* The trigonometric and hyperbolic functions: cmathmodule.c's
 * cmath_*_impl, step for step. */

#define CM_SQRT_LARGE_DOUBLE (sqrt(CM_LARGE_DOUBLE))
#define CM_SQRT_DBL_MIN (sqrt(DBL_MIN))

static cplx c_neg(cplx a) {
    cplx r = { -a.re, -a.im };
    return r;
}

static cplx c_acos(cplx z, int *err) {
    cplx s1, s2, r;
    SPECIAL_VALUE(z, acos_special_values);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = atan2(fabs(z.im), z.re);
        r.im = -copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2_ * 2., z.im);
    } else {
        s1.re = 1. - z.re;
        s1.im = -z.im;
        s1 = c_sqrt(s1, err);
        s2.re = 1. + z.re;
        s2.im = z.im;
        s2 = c_sqrt(s2, err);
        r.re = 2. * atan2(s1.re, s2.re);
        r.im = asinh(s2.re * s1.im - s2.im * s1.re);
    }
    *err = 0;
    return r;
}

static cplx c_acosh(cplx z, int *err) {
    cplx s1, s2, r;
    SPECIAL_VALUE(z, acosh_special_values);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        r.re = log(hypot(z.re / 2., z.im / 2.)) + M_LN2_ * 2.;
        r.im = atan2(z.im, z.re);
    } else {
        s1.re = z.re - 1.;
        s1.im = z.im;
        s1 = c_sqrt(s1, err);
        s2.re = z.re + 1.;
        s2.im = z.im;
        s2 = c_sqrt(s2, err);
        r.re = asinh(s1.re * s2.re + s1.im * s2.im);
        r.im = 2. * atan2(s1.im, s2.re);
    }
    *err = 0;
    return r;
}

static cplx c_asinh(cplx z, int *err) {
    cplx s1, s2, r;
    SPECIAL_VALUE(z, asinh_special_values);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        if (z.im >= 0.) {
            r.re = copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2_ * 2., z.re);
        } else {
            r.re = -copysign(log(hypot(z.re / 2., z.im / 2.)) + M_LN2_ * 2., -z.re);
        }
        r.im = atan2(z.im, fabs(z.re));
    } else {
        s1.re = 1. + z.im;
        s1.im = -z.re;
        s1 = c_sqrt(s1, err);
        s2.re = 1. - z.im;
        s2.im = z.re;
        s2 = c_sqrt(s2, err);
        r.re = asinh(s1.re * s2.im - s2.re * s1.im);
        r.im = atan2(z.im, s1.re * s2.re - s1.im * s2.im);
    }
    *err = 0;
    return r;
}

/* asin(z) = -i asinh(iz) */
static cplx c_asin(cplx z, int *err) {
    cplx s = { -z.im, z.re }, r;
    s = c_asinh(s, err);
    r.re = s.im;
    r.im = -s.re;
    return r;
}

static cplx c_atanh(cplx z, int *err) {
    cplx r;
    double ay, h;
    SPECIAL_VALUE(z, atanh_special_values);
    /* Reduce to z.re >= 0 with atanh(z) = -atanh(-z). */
    if (z.re < 0.)
        return c_neg(c_atanh(c_neg(z), err));
    ay = fabs(z.im);
    if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        /* atanh(z) ~ 1/z +- i*pi/2 for large z */
        h = hypot(z.re / 2., z.im / 2.);
        r.re = z.re / 4. / h / h;
        r.im = copysign(CM_PI / 2., z.im);
        *err = 0;
    } else if (z.re == 1. && ay < CM_SQRT_DBL_MIN) {
        /* C99: atanh(1 +- 0i) is inf +- 0i */
        if (ay == 0.) {
            r.re = INF;
            r.im = z.im;
            *err = EDOM;
        } else {
            r.re = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
            r.im = copysign(atan2(2., -ay) / 2, z.im);
            *err = 0;
        }
    } else {
        r.re = log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.;
        r.im = -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.;
        *err = 0;
    }
    return r;
}

/* atan(z) = -i atanh(iz) */
static cplx c_atan(cplx z, int *err) {
    cplx s = { -z.im, z.re }, r;
    s = c_atanh(s, err);
    r.re = s.im;
    r.im = -s.re;
    return r;
}

static cplx c_cosh(cplx z, int *err) {
    cplx r;
    double x_minus_one;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            if (z.re > 0) {
                r.re = copysign(INF, cos(z.im));
                r.im = copysign(INF, sin(z.im));
            } else {
                r.re = copysign(INF, cos(z.im));
                r.im = -copysign(INF, sin(z.im));
            }
        } else {
            r = cosh_special_values[special_type(z.re)][special_type(z.im)];
        }
        /* EDOM for an infinite imaginary part and a real part not a nan. */
        *err = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        /* cosh(z.re) may overflow where cosh(z) does not. */
        x_minus_one = z.re - copysign(1., z.re);
        r.re = cos(z.im) * cosh(x_minus_one) * CM_E;
        r.im = sin(z.im) * sinh(x_minus_one) * CM_E;
    } else {
        r.re = cos(z.im) * cosh(z.re);
        r.im = sin(z.im) * sinh(z.re);
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

/* cos(z) = cosh(iz) */
static cplx c_cos(cplx z, int *err) {
    cplx r = { -z.im, z.re };
    return c_cosh(r, err);
}

static cplx c_sinh(cplx z, int *err) {
    cplx r;
    double x_minus_one;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            if (z.re > 0) {
                r.re = copysign(INF, cos(z.im));
                r.im = copysign(INF, sin(z.im));
            } else {
                r.re = -copysign(INF, cos(z.im));
                r.im = copysign(INF, sin(z.im));
            }
        } else {
            r = sinh_special_values[special_type(z.re)][special_type(z.im)];
        }
        *err = isinf(z.im) && !isnan(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        x_minus_one = z.re - copysign(1., z.re);
        r.re = cos(z.im) * sinh(x_minus_one) * CM_E;
        r.im = sin(z.im) * cosh(x_minus_one) * CM_E;
    } else {
        r.re = cos(z.im) * sinh(z.re);
        r.im = sin(z.im) * cosh(z.re);
    }
    *err = isinf(r.re) || isinf(r.im) ? ERANGE : 0;
    return r;
}

/* sin(z) = -i sinh(iz) */
static cplx c_sin(cplx z, int *err) {
    cplx s = { -z.im, z.re }, r;
    s = c_sinh(s, err);
    r.re = s.im;
    r.im = -s.re;
    return r;
}

static cplx c_tanh(cplx z, int *err) {
    cplx r;
    double tx, ty, cx, txty, denom;
    if (!isfinite(z.re) || !isfinite(z.im)) {
        if (isinf(z.re) && isfinite(z.im) && z.im != 0.) {
            if (z.re > 0) {
                r.re = 1.0;
                r.im = copysign(0., 2. * sin(z.im) * cos(z.im));
            } else {
                r.re = -1.0;
                r.im = copysign(0., 2. * sin(z.im) * cos(z.im));
            }
        } else {
            r = tanh_special_values[special_type(z.re)][special_type(z.im)];
        }
        /* EDOM for an infinite imaginary part and a finite real part. */
        *err = isinf(z.im) && isfinite(z.re) ? EDOM : 0;
        return r;
    }
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        /* 1 - tanh(x)**2 ~ 4 exp(-2|x|): no overflow in cosh. */
        r.re = copysign(1., z.re);
        r.im = 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re));
    } else {
        tx = tanh(z.re);
        ty = tan(z.im);
        cx = 1. / cosh(z.re);
        txty = tx * ty;
        denom = 1. + txty * txty;
        r.re = tx * (1. + ty * ty) / denom;
        r.im = ((ty / denom) * cx) * cx;
    }
    *err = 0;
    return r;
}

/* tan(z) = -i tanh(iz) */
static cplx c_tan(cplx z, int *err) {
    cplx s = { -z.im, z.re }, r;
    s = c_tanh(s, err);
    r.re = s.im;
    r.im = -s.re;
    return r;
}

/* One entry point per function, `(re, im, part)` as above. */
#define CMATH1(name, fn)                                    \
    HIDDEN double name(double re, double im, double part) { \
        int err = 0;                                        \
        cplx z = { re, im };                                \
        cplx r = fn(z, &err);                               \
        return pick(r, err, part);                          \
    }
CMATH1(pycc_cacos, c_acos)
CMATH1(pycc_cacosh, c_acosh)
CMATH1(pycc_casin, c_asin)
CMATH1(pycc_casinh, c_asinh)
CMATH1(pycc_catan, c_atan)
CMATH1(pycc_catanh, c_atanh)
CMATH1(pycc_ccos, c_cos)
CMATH1(pycc_ccosh, c_cosh)
CMATH1(pycc_csin, c_sin)
CMATH1(pycc_csinh, c_sinh)
CMATH1(pycc_ctan, c_tan)
CMATH1(pycc_ctanh, c_tanh)

/* cmath.phase: c_atan2 (m_atan2's steps) with errno cleared first and checked after; glibc's
 * atan2 sets ERANGE when the angle underflows (atan2(5e-324, 1e308)), which
 * CPython reports as OverflowError "math range error". Part 0 is the value. */
HIDDEN double pycc_cphase(double re, double im, double part) {
    errno = 0;
    double phi = pycc_atan2(im, re);
    int err = errno;
    cplx r = { phi, 0.0 };
    return pick(r, err, part);
}

/* cmath.isclose(a, b, rel_tol, abs_tol), cmath_isclose_impl's steps: part
 * 0 is 1.0 for True and 0.0 for False, part 2 is 1.0 for a negative
 * tolerance (ValueError "tolerances must be non-negative"). */
HIDDEN double pycc_cisclose(double ar, double ai, double br, double bi, double rel_tol, double abs_tol, double part) {
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return part == 2.0 ? 1.0 : 0.0;
    if (part == 2.0)
        return 0.0;
    /* Exact equality first: two infinities of the same sign are close. */
    if (ar == br && ai == bi)
        return 1.0;
    if (isinf(ar) || isinf(ai) || isinf(br) || isinf(bi))
        return 0.0;
    double diff = pycc_cabs(ar - br, ai - bi);
    return ((diff <= rel_tol * pycc_cabs(br, bi)) || (diff <= rel_tol * pycc_cabs(ar, ai))) || (diff <= abs_tol) ? 1.0 : 0.0;
}

#undef P
#undef P14
#undef P12
#undef P34
#undef INF
#undef N
#undef U
#undef C
