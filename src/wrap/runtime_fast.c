/* pycc's CPython runtime, inlined part: the fast paths of argument parsing,
 * conversion and boxing, which a hand-written extension has inline. build.rs
 * compiles this file to LLVM bitcode; `pycc compile` links the bitcode into
 * each module before O3, and always_inline puts these bodies into every
 * generated wrapper. Each falls back to an out-of-line function in
 * runtime.c for anything unusual (keywords, conversions, errors). */
#include "runtime.h"
#include <errno.h>
#include <math.h>

#define FAST __attribute__((always_inline))

/* errno as the caller left it, put back on every way out of an exported
 * call. A kernel's libm calls (pow, exp, ...) set ERANGE or EDOM, and
 * CPython reads an errno it did not clear (complex_abs of a part that is
 * nan): a stale ERANGE made a later `abs(complex(nan, 1.0))` in Python an
 * OverflowError (exprtree seed 271). */
FAST int pycc_errno_save(void) { return errno; }

FAST void pycc_errno_restore(int saved) { errno = saved; }

/* The first item at or after `j` (below `stop`) of a bool mask row whose
 * byte is set (numpy's: any nonzero byte is True), else `stop`: whether a
 * masked store's row has anything to store (sema/ndarray/arrayops/masked.rs).
 * A set byte at `j` returns at once (a dense mask); a contiguous row then
 * skips clear bytes 8 at a time (mandelbrot's mask is clear but for a few
 * rows after some iterations: a word test per 8 items, not a branch an
 * item). */
FAST long long pycc_mask_next(long long row, long long stride, long long j, long long stop) {
    const unsigned char *p = (const unsigned char *)(Py_ssize_t)row;
    if (j >= stop || p[j * stride])
        return j;
    j++;
    if (stride == 1) {
        while (j + 8 <= stop) {
            unsigned long long w;
            __builtin_memcpy(&w, p + j, 8);
            if (w != 0)
                break;
            j += 8;
        }
    }
    while (j < stop && !p[j * stride])
        j++;
    return j;
}

/* METH_FASTCALL|METH_KEYWORDS arguments to n borrowed references, in
 * parameter order. Returns args itself on the fast path (exactly n
 * positional arguments, no keywords), buf after matching keywords (NULL
 * where a parameter from index nreq on, which has a default, was left
 * out; the wrapper then uses the default), or NULL
 * with a TypeError worded as CPython words it for a Python function. */
FAST PyObject *const *pycc_parse_args(PyObject *const *args, Py_ssize_t nargs,
                                      PyObject *kwnames, const char *fname,
                                      const char *names, Py_ssize_t n,
                                      Py_ssize_t nreq, PyObject **buf) {
    if (kwnames == NULL && nargs == n)
        return args;
    return pycc_parse_args_slow(args, nargs, kwnames, fname, names, n, nreq, buf);
}

/* A float parameter takes float, int, or anything with __float__ or
 * __index__ (as CPython's own float parameters do); not str. */
FAST int pycc_arg_f64(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                      double *out) {
    double d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred())
        return pycc_arg_f64_error(o, fname, names, i);
    *out = d;
    return 0;
}

/* An optional(T) parameter: None, or NULL (left out, its default None),
 * sets *none and gives False to convert (zero of any number type, never
 * read); anything else clears *none and is converted as a T. Borrowed. */
FAST PyObject *pycc_arg_optional(PyObject *o, unsigned char *none) {
    *none = (o == NULL || o == Py_None);
    return *none ? Py_False : o;
}

/* A signed int parameter of the declared width: [lo, hi]. */
FAST int pycc_arg_int(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                      long long lo, long long hi, const char *tname, long long *out) {
    if (PyLong_CheckExact(o)) {
        int overflow;
        long long x = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (overflow == 0 && x >= lo && x <= hi && !(x == -1 && PyErr_Occurred())) {
            *out = x;
            return 0;
        }
    }
    return pycc_arg_int_slow(o, fname, names, i, lo, hi, tname, out);
}

FAST PyObject *pycc_box_f64(double x) { return PyFloat_FromDouble(x); }
FAST PyObject *pycc_box_i64(long long x) { return PyLong_FromLongLong(x); }
FAST PyObject *pycc_box_u64(unsigned long long x) { return PyLong_FromUnsignedLongLong(x); }
FAST PyObject *pycc_box_bool(long x) { return PyBool_FromLong(x); }
FAST PyObject *pycc_box_none(void) {
    Py_INCREF(Py_None);
    return Py_None;
}
/* An Optional result: None when the kernel's is-None flag is set (the
 * boxed value, never read then, is dropped), else the boxed value. */
FAST PyObject *pycc_box_optional(long none, PyObject *value) {
    if (!none)
        return value;
    Py_XDECREF(value);
    Py_INCREF(Py_None);
    return Py_None;
}

/* A result returned as `a.tolist()`: numpy's own nested lists of Python
 * numbers, from the boxed array (NULL stays NULL: its error is set). */
FAST PyObject *pycc_box_tolist(PyObject *a) {
    if (a == NULL)
        return NULL;
    PyObject *r = PyObject_CallMethod(a, "tolist", NULL);
    Py_DECREF(a);
    return r;
}

/* A tuple parameter: a tuple (subclasses such as namedtuples included;
 * not a list or other sequence) of the declared length, else a TypeError
 * naming the argument. */
FAST int pycc_arg_tuple(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                        Py_ssize_t n) {
    if (PyTuple_Check(o) && PyTuple_Size(o) == n)
        return 0;
    return pycc_arg_tuple_error(o, fname, names, i, n);
}

/* Item j of a tuple already checked by pycc_arg_tuple: borrowed. */
FAST PyObject *pycc_tuple_item(PyObject *t, Py_ssize_t j) { return PyTuple_GetItem(t, j); }

/* py.pow_small's lowering (passes/py_to_arith.rs): x ** n for a constant n
 * in {2, 3, 4, -1, -2}, glibc's pow/powf bit for bit, called out of line
 * only near a rounding midpoint (pow_small.h). n arrives as a float
 * constant, so after inlining the switch folds away. */
HIDDEN double pycc_pow(double x, double y);
HIDDEN float pycc_powf(float x, float y);
#define PYCC_POW_FALLBACK pycc_pow
#define PYCC_POWF_FALLBACK pycc_powf
#include "pow_small.h"

FAST double pycc_pow_small(double x, double n) { return pycc_pow_small_impl(x, (int)n); }

FAST float pycc_powf_small(float x, float n) { return pycc_powf_small_impl(x, (int)n); }

/* A recursive kernel's entry check: past the floor (the thread's stack
 * bottom plus a margin, kept in the wrapper's frame, which every guarded
 * kernel gets as its hidden last parameter), jump back to the exported
 * call's wrapper, which raises RecursionError (pycc_recursion_overflow).
 * A load and a compare with no result, so kernels carry no error flag for
 * recursion. */
FAST long long pycc_stack_guard(long long frame) {
    struct pycc_recursion_frame *f = (struct pycc_recursion_frame *)(intptr_t)frame;
    if (__builtin_expect((char *)__builtin_frame_address(0) < f->floor, 0))
        pycc_recursion_overflow(f);
    return 0;
}

/* |a| as an unsigned magnitude; `is_unsigned`: a holds a uint64's bits,
 * its top bit no sign. */
static inline unsigned long long int_magnitude(long long a, long long is_unsigned) {
    return a < 0 && !is_unsigned ? 0ULL - (unsigned long long)a : (unsigned long long)a;
}

/* math.gcd of two ints (CPython's _PyLong_GCD for values that fit one
 * digit pair: Euclid on the absolute values), computed on unsigned
 * magnitudes so that gcd(INT64_MIN, 0) is 2**63, which the int64 result
 * wraps to INT64_MIN as pycc's ints wrap. Never negative otherwise. */
FAST long long pycc_gcd(long long a, long long b, long long flags) {
    unsigned long long x = int_magnitude(a, flags & 1), y = int_magnitude(b, flags & 2);
    while (y != 0) {
        unsigned long long t = x % y;
        x = y;
        y = t;
    }
    return (long long)x;
}

/* int.bit_length(): the bits of |x| (0 for 0); `is_unsigned` says x is a
 * uint64, whose top bit is a magnitude bit, not a sign. */
FAST long long pycc_bit_length(long long x, long long is_unsigned) {
    unsigned long long m = (is_unsigned || x >= 0) ? (unsigned long long)x : 0ULL - (unsigned long long)x;
    return m == 0 ? 0 : 64 - __builtin_clzll(m);
}

/* int.bit_count() (3.10): the one bits of |x|, as pycc_bit_length. */
FAST long long pycc_bit_count(long long x, long long is_unsigned) {
    unsigned long long m = (is_unsigned || x >= 0) ? (unsigned long long)x : 0ULL - (unsigned long long)x;
    return __builtin_popcountll(m);
}

/* int / int of 64-bit ints (long_true_divide): the correctly rounded
 * quotient. Within 2**53 both are exact doubles and one IEEE division
 * rounds once, as CPython's fast path. Else the quotient's top 64 or more
 * bits from a 128-bit division, the remainder as a sticky bit below them,
 * one conversion to double (round half even) and an exact power-of-two
 * scaling (|a / b| is within [2**-64, 2**64]). `flags` bit 0 (1) says a
 * (b) is a uint64. b != 0: the caller raises ZeroDivisionError first. */
FAST double pycc_int_truediv(long long a, long long b, long long flags) {
    int na = !(flags & 1) && a < 0, nb = !(flags & 2) && b < 0;
    unsigned long long A = na ? 0ULL - (unsigned long long)a : (unsigned long long)a;
    unsigned long long B = nb ? 0ULL - (unsigned long long)b : (unsigned long long)b;
    double q;
    if (A == 0 || (A <= (1ULL << 53) && B <= (1ULL << 53))) {
        q = (double)A / (double)B;
    } else {
        int s = __builtin_clzll(A) + 64; /* A != 0 here: bit 127 of A << s is set */
        unsigned __int128 n = (unsigned __int128)A << s;
        unsigned __int128 quot = n / B;
        quot |= (n % B) != 0;
        union { unsigned long long u; double d; } scale = {(unsigned long long)(1023 - s) << 52};
        q = (double)quot * scale.d;
    }
    return na != nb ? -q : q;
}

/* math.lcm of two ints: |a| // gcd * |b| (CPython's math_lcm), 0 when
 * either is 0; wraps past int64 as pycc's ints do. */
FAST long long pycc_lcm(long long a, long long b, long long flags) {
    if (a == 0 || b == 0)
        return 0;
    unsigned long long x = int_magnitude(a, flags & 1), y = int_magnitude(b, flags & 2);
    return (long long)(x / (unsigned long long)pycc_gcd(a, b, flags) * y);
}

/* Puts this thread's stack floor in `frame` (PYCC_RECURSION_FRAME_BYTES),
 * computing it on the thread's first guarded call; the wrapper then calls
 * _setjmp on the frame and passes it to the kernel. */
FAST void pycc_recursion_enter(void *frame) {
    char *floor = pycc_stack_floor;
    ((struct pycc_recursion_frame *)frame)->floor = __builtin_expect(floor == NULL, 0) ? pycc_stack_limit() : floor;
}

/* numpy's complex multiply and absolute as its SIMD loops compute them, for
 * fused complex expressions (sema/ndarray/arrayops/cxfused.rs): simd_cmul
 * (loops_arithm_fp.dispatch.c.src) and simd_cabsolute
 * (loops_unary_complex.dispatch.c.src). Their multiply-adds are fused
 * where numpy dispatches to its X86_V3/V4 loops (AVX2 with FMA3), else a
 * multiply then an add (the X86_V2 baseline's emulation).
 *
 * Here in the inlined half, so that a fused loop makes no call a multiply:
 * both its copies inline into the generic loop, the FMA one too, since its
 * fused instructions are inline assembly (which any target assembles; a
 * target("fma") function cannot inline into a generic loop, and its call an
 * element cost cma_pt a third of its time). */
/* libgcc's constructor fills in __cpu_model when the module loads, before
 * any kernel runs; reading it is two loads no store of a loop can change,
 * but LLVM hoists them only out of loops whose stores it can tell apart
 * from the global (not mandelbrot's and cma_pt's array stores). */
static inline FAST int cx_has_fma(void) {
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

/* The x86 instructions themselves, so that of two nan operands the one
 * numpy's loops return comes back (the first, as numpy's compiled loops
 * order them); a compiler may swap a plain product's operands. */
static inline __attribute__((always_inline)) double cx_mul(double x, double y) {
    __asm__("mulsd %1, %0" : "+x"(x) : "x"(y)); /* x = x*y */
    return x;
}

/* a*b + c (sub: a*b - c, the subtrahend, a nan too, keeping its sign as in
 * numpy's fmaddsub); `fused`: one instruction (in the FMA copies only). */
static inline __attribute__((always_inline)) double cx_madd(double a, double b, double c, int sub, int fused) {
    if (fused && sub)
        __asm__("vfmsub213sd %2, %1, %0" : "+x"(a) : "x"(b), "x"(c)); /* a = b*a - c */
    else if (fused)
        __asm__("vfmadd213sd %2, %1, %0" : "+x"(a) : "x"(b), "x"(c)); /* a = b*a + c */
    else
        a = sub ? cx_mul(a, b) - c : cx_mul(a, b) + c;
    return a;
}

/* (ar + ai j) * (br + bi j): npyv_muladdsub(a_re, b, a_im * b_rev). */
static inline __attribute__((always_inline)) double cx_mul_re(double ar, double ai, double br, double bi, int fused) {
    return cx_madd(ar, br, cx_mul(bi, ai), 1, fused);
}

static inline __attribute__((always_inline)) double cx_mul_im(double ar, double ai, double br, double bi, int fused) {
    return cx_madd(ar, bi, cx_mul(br, ai), 0, fused);
}

FAST double pycc_cx_mul_re(double ar, double ai, double br, double bi) {
    return cx_has_fma() ? cx_mul_re(ar, ai, br, bi, 1) : cx_mul_re(ar, ai, br, bi, 0);
}

FAST double pycc_cx_mul_im(double ar, double ai, double br, double bi) {
    return cx_has_fma() ? cx_mul_im(ar, ai, br, bi, 1) : cx_mul_im(ar, ai, br, bi, 0);
}

/* abs(re + im j): an inf part makes inf, then a nan part nan; else
 * larger * sqrt(1 + (smaller/larger)**2), the ratio 0 for 0/0 and inf/inf.
 * `fused`: the multiply-add is one instruction. */
static inline __attribute__((always_inline)) double cx_abs(double re, double im, int fused) {
    re = fabs(re);
    im = fabs(im);
    int re_inf = re == INFINITY, im_inf = im == INFINITY;
    if (re_inf)
        im = INFINITY;
    if (im_inf)
        re = INFINITY;
    int re_nan = re != re, im_nan = im != im;
    if (re_nan)
        im = NAN;
    if (im_nan)
        re = NAN;
    double larger = re > im ? re : im, smaller = re > im ? im : re;
    double ratio = (larger == 0.0 || smaller == INFINITY) ? 0.0 : smaller / larger;
    return cx_mul(sqrt(cx_madd(ratio, ratio, 1.0, 0, fused)), larger);
}

/* The absolute's FMA copy stays out of line (its division and square root
 * dwarf a call; inline, make_decision measured 6% slower). */
__attribute__((target("fma"), const, noinline)) static double cx_abs_fma(double re, double im) {
    return cx_abs(re, im, 1);
}

FAST double pycc_cx_abs(double re, double im) { return cx_has_fma() ? cx_abs_fma(re, im) : cx_abs(re, im, 0); }
