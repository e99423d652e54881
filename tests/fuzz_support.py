"""Helpers for the reference twins that pycc::fuzzing::generate renders: CPython's
arithmetic with pycc's types made explicit. Each helper is one of the
README's documented rules; everything else is plain CPython."""

import ctypes
import ctypes.util
import math
import struct

_BITS = {"i1": (8, True), "i2": (16, True), "i4": (32, True), "i8": (64, True),
         "u1": (8, False), "u2": (16, False), "u4": (32, False), "u8": (64, False)}

I64_MIN, I64_MAX = -(1 << 63), (1 << 63) - 1


def W(x, ty):
    """An int result at its declared width: numba's wraparound."""
    bits, signed = _BITS[ty]
    x &= (1 << bits) - 1
    if signed and x >= 1 << (bits - 1):
        x -= 1 << bits
    return x


def C(x, src, dst):
    """pycc's implicit conversion of a value of type src to type dst."""
    if dst == "f4":
        return F4_INT(x) if isinstance(x, int) else F4(x)
    if dst == "f8":
        return float(x)
    if dst == "b1":
        return bool(x)
    return W(int(x), dst)


def CHECKED(x, ty):
    """An int result under --overflow=raise: OverflowError unless it fits."""
    if W(x, ty) != x:
        raise OverflowError(f"integer overflow at {ty}")
    return x


def CHECKED_C(x, src, dst):
    """A conversion under --overflow=raise: narrowing ints must fit."""
    if dst in ("f8", "f4", "b1"):
        return C(x, src, dst)
    return CHECKED(int(x), dst)


def IFLOORDIV(a, b, ty):
    """int // int; the one quotient that does not fit (MIN // -1) is an
    OverflowError (README: deviations)."""
    q = a // b
    if W(q, ty) != q:
        raise OverflowError("integer division result too large")
    return q


def FPOW(a, b):
    """float ** float; a negative base to a fractional power is ValueError
    in pycc, where CPython returns a complex (README: deviations)."""
    if a < 0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b):
        # Decided before computing: CPython's complex power may itself
        # raise OverflowError first, where pycc's ValueError comes first.
        raise ValueError("negative number cannot be raised to a fractional power")
    return a ** b


def SHIFT(a, op, b):
    return a << b if op == "<<" else a >> b


def _to_i64(v):
    if not I64_MIN <= v <= I64_MAX:
        raise OverflowError("int too large for int64")  # README: int64 results
    return v


def TOINT(x):
    return _to_i64(int(x))


def ROUND(x):
    return _to_i64(round(x))


def FLOOR(x):
    return _to_i64(math.floor(x))


def CEIL(x):
    return _to_i64(math.ceil(x))


def TRUNC(x):
    return _to_i64(math.trunc(x))


# ---- float32: pycc computes f4 in float32 (numba's typing). Every f4
# operation is the float64 one rounded once to float32, which is exact for
# + - * / (float64 holds more than twice float32's precision, so rounding twice
# is the same as once) and for fmod (exact in both). ----

def F4(x):
    """A float64 rounded to float32 as C's (float) cast rounds: to nearest,
    ties to even, past float32's range to inf (struct raises there instead)."""
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def F4_INT(n):
    """An int (int64 or uint64, or a bool) to float32, rounded once from the
    exact value as sitofp/uitofp round (float(n) first would round twice)."""
    n = int(n)
    m = abs(n)
    shift = max(m.bit_length() - 24, 0)
    q, r = divmod(m, 1 << shift)
    half = (1 << shift) >> 1
    if shift and (r > half or (r == half and q & 1)):
        q += 1
    return F4(math.copysign(float(q << shift), n))


def _c_fmod(x, y):
    """C's fmod (math.fmod raises where C returns nan)."""
    if math.isinf(x) or math.isnan(x) or math.isnan(y):
        return math.nan
    return math.fmod(x, y)


def _f4_div_mod(vx, wx):
    """CPython's _float_div_mod (Objects/floatobject.c), each step in float32,
    as pycc's py-to-arith lowering builds it for f4."""
    if wx == 0.0:
        raise ZeroDivisionError("float divmod()")
    mod = _c_fmod(vx, wx)
    div = F4(F4(vx - mod) / wx)
    if mod != 0.0:  # nan counts as nonzero, as in C
        if (wx < 0) != (mod < 0):
            mod = F4(mod + wx)
            div = F4(div - 1.0)
    else:
        mod = math.copysign(0.0, wx)
    if div != 0.0:
        floordiv = math.floor(div) if math.isfinite(div) else div
        if F4(div - floordiv) > 0.5:
            floordiv = F4(floordiv + 1.0)
    else:
        floordiv = math.copysign(0.0, F4(vx / wx))
    return float(floordiv), mod


def F4FLOORDIV(a, b):
    return _f4_div_mod(a, b)[0]


def F4MOD(a, b):
    return _f4_div_mod(a, b)[1]


_libm = ctypes.CDLL(ctypes.util.find_library("m"))
_libm.powf.restype = ctypes.c_float
_libm.powf.argtypes = [ctypes.c_float, ctypes.c_float]


def F4POW(a, b):
    """f4 ** f4: glibc's powf (what pycc calls; float64 pow rounded to
    float32 differs from it in the last place now and then), with
    float_pow's errors as pycc raises them for f4."""
    if a == 0.0 and b < 0 and math.isfinite(b):
        raise ZeroDivisionError("0.0 cannot be raised to a negative power")
    if a < 0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b):
        raise ValueError("negative number cannot be raised to a fractional power")
    r = _libm.powf(a, b)
    if math.isinf(r) and math.isfinite(a) and math.isfinite(b):
        raise OverflowError("(34, 'Numerical result out of range')")
    return r


def CABS(z):
    """abs() of a complex as CPython 3.11 computes it with errno clean. Its
    _Py_c_abs returns nan for a nan part (no inf) without resetting errno,
    and complex_abs then raises OverflowError "absolute value too large" if
    errno was still ERANGE from an earlier operation (a float ** that
    overflowed, say), so the same abs(complex(nan, 0.0)) gives nan or raises
    depending on what ran before. pycc always gives nan."""
    if (math.isnan(z.real) or math.isnan(z.imag)) and not (math.isinf(z.real) or math.isinf(z.imag)):
        return math.nan
    return abs(z)
