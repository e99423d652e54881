# differential-python: numpy
# Forms numba's own Python-language tests exercise (list `+=`/`*=` in place
# with an alias watching, math.floor/ceil/trunc of ints past 2**53,
# hex/oct/bin, bool() of a list, len()/in/item/attributes of a range written
# directly).
import math

import numpy as np

from pycc import CC

cc = CC("pysuite_forms")


@cc.export("grow", "(i8, i8)")
def grow(n, k):
    a = list(range(n))
    alias = a
    a += [100, 101]
    a += (7, 8)
    a += range(3)
    b = [x * 2 for x in range(k)]
    a += b
    return len(alias), alias


@cc.export("repeat", "(i8, i8)")
def repeat(n, k):
    a = list(range(n))
    alias = a
    a *= k
    a.append(-1)
    return alias


@cc.export("repeat_floats", "(f8, i8)")
def repeat_floats(x, k):
    a = [x, x / 2]
    a *= k
    s = 0.0
    for v in a:
        s = s * 3 + v
    return s, len(a)


@cc.export("int_rounding", "(i8, u8)")
def int_rounding(x, u):
    return math.floor(x), math.ceil(x), math.trunc(x), math.floor(u), math.ceil(True)


@cc.export("float_rounding", "(f8,)")
def float_rounding(x):
    return math.floor(x), math.ceil(x), math.trunc(x)


@cc.export("radix", "(i8,)")
def radix(x):
    return hex(x) + " " + oct(x) + " " + bin(x)


@cc.export("radix_width", "(i8,)")
def radix_width(x):
    h = hex(x)
    return len(h), len(bin(x)), oct(x)[2:]


@cc.export("list_truth", "(i8,)")
def list_truth(n):
    a = list(range(n))
    return bool(a), (10 if a else 20), not a


@cc.export("range_len", "(i8, i8, i8)")
def range_len(a, b, c):
    return len(range(a, b, c)), len(range(b)), len(range(a, b))


@cc.export("range_in", "(i8, i8, i8, i8)")
def range_in(v, a, b, c):
    if v in range(a, b, c):
        return 1
    elif v not in range(b):
        return 2
    return 3


@cc.export("range_item", "(i8, i8, i8)")
def range_item(a, b, i):
    return range(a, b, 2)[i]


@cc.export("range_parts", "(i8, i8, i8)")
def range_parts(a, b, c):
    r = range(a, b, c)
    q = range(b)
    return r.start, r.stop, r.step, q.start, q.stop, q.step


@cc.export("range_len_loop", "(i8,)")
def range_len_loop(n):
    s = 0
    for i in range(len(range(0, n, 3))):
        s += i
    return s


@cc.export("words", "(unicode_type,)")
def words(s):
    return s.split()


@cc.export("fields", "(unicode_type, unicode_type, i8)")
def fields(s, sep, k):
    if k < 0:
        return s.rsplit(sep)
    return s.split(sep, k)


@cc.export("chars", "(unicode_type,)")
def chars(s):
    out = []
    for c in s:
        out.append(c)
    return out


@cc.export("lines", "(unicode_type, b1)")
def lines(s, keep):
    return s.splitlines(keep)


@cc.export("cut", "(i8, i8, i8)")
def cut(n, lo, hi):
    a = list(range(n))
    b = list(range(n))
    c = [0.5 * i for i in range(n)]
    del a[lo:hi]
    del b[lo:]
    del c[:hi]
    d = list(range(n))
    del d[:]
    return a, b, c, len(d)


@cc.export("extend_any", "(i8, f8[:])")
def extend_any(n, x):
    a = [7]
    a.extend(range(n))
    a.extend((2, -3))
    t = (n, n + 1)
    a.extend(t)
    b = [1.5]
    b.extend(x)
    b.extend(x[::-1])
    return a, [float(v) for v in b]


@cc.export("lookup", "(i8,)")
def lookup(x):
    d = {0: float("inf"), 1: -1.5, 7: 1234.45}
    return d.get(x)


@cc.export("lookup_branch", "(i8, f8)")
def lookup_branch(x, v):
    d = {}
    d[3] = v
    if x > 10:
        return d.get(x - 10)
    return d.get(x)


@cc.export("split_kw", "(unicode_type, i8)")
def split_kw(s, m):
    a = s.split(",", maxsplit=m)
    b = s.rsplit(maxsplit=m)
    c = s.split(sep=",")
    return len(a) * 100 + len(b) * 10 + len(c), s.expandtabs(tabsize=m + 2)


@cc.export("lines_kw", "(unicode_type, b1)")
def lines_kw(s, keep):
    return s.splitlines(keepends=keep)


CASES = {
    "grow": [(0, 0), (3, 2)],
    "repeat": [(3, 2), (3, 0), (2, -1), (0, 5)],
    "repeat_floats": [(1.5, 3), (2.0, 0)],
    "int_rounding": [(2**53 + 1, 2**64 - 1), (-(2**63), 0), (7, 2**63)],
    "float_rounding": [(2.5,), (-2.5,), (float("nan"),), (float("inf"),)],
    "radix": [(0,), (255,), (-255,), (2**63 - 1,), (-(2**63),)],
    "radix_width": [(1,), (-4096,)],
    "list_truth": [(0,), (2,)],
    "range_len": [(0, 10, 3), (10, 0, -3), (0, 10, -1), (5, 5, 1), (0, 1, 0), (-(2**63), 2**63 - 1, 1)],
    "range_in": [(v, 0, 10, 3) for v in [-3, 0, 3, 4, 9, 10, 12]] + [(3, 10, 0, -3), (4, 10, 0, -3), (1, 0, 1, 0)],
    "range_item": [(0, 10, 0), (0, 10, 4), (0, 10, 5), (0, 10, -1), (0, 10, -6), (3, 3, 0)],
    "range_parts": [(0, 10, 3), (10, 0, -3), (1, 2, 0)],
    "range_len_loop": [(0,), (10,)],
    "cut": [(10, lo, hi) for lo in [0, 2, -3, 12, -20] for hi in [0, 5, -1, 20, -12]] + [(0, 0, 1)],
    "extend_any": [(0, np.zeros(0)), (3, np.array([0.25, -1.0]))],
    "lookup": [(0,), (1,), (7,), (2,), (-1,)],
    "lookup_branch": [(3, 2.5), (13, -0.0), (4, 1.0), (14, 1.0)],
    "split_kw": [("a,b c,d\te", 1), ("a,b c,d\te", -1), ("", 0)],
    "lines_kw": [("a\nb\r\n", True), ("a\nb\r\n", False)],
    "words": [("",), ("  a bb\tccc \n",), ("大 处",)],
    "fields": [("a,b,,c", ",", -1), ("a,b,,c", ",", 1), ("a,b", "", 0)],
    "chars": [("",), ("ab大",)],
    "lines": [("a\nb\r\nc", True), ("a\nb\r\nc", False), ("", True)],
}
