"""Helpers for the reference twins that pycc::fuzzing::generate renders: CPython's
arithmetic with pycc's types made explicit. Each helper is one of the
README's documented rules; everything else is plain CPython."""

import math

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
    if dst in ("f8", "f4"):
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
