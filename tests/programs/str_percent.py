# differential-python: numpy
# `%` formatting of strs (issue 16): CPython's own `str.__mod__`, so each
# conversion, flag, width and precision, `%%`, and the TypeError /
# ValueError of a wrong operand are CPython's; a tuple display of any
# length (built 4 items at a time), a single number, bool or str.
from pycc import CC

cc = CC("str_percent")


@cc.export('counts', '(i8, f8)')
def counts(n, x):
    return "%d items" % n, "%.3f" % x, "%s" % "ab", "%s-%d" % ("ab", n), "%5.2f|%-4d|%x|%%" % (x, n, n)


@cc.export('flags', '(i8, f8)')
def flags(n, x):
    a = "%+d %05d %#x %#o %X %i %u" % (n, n, n, n, n, n, n)
    b = "%e %g %.2e %10.4g %-8.1f| %r %s" % (x, x, x, x, x, x, x)
    c = "%5s|%-5s|%.2s|%c" % ("ab", "cd", "xyz", "q")
    return a, b, c


@cc.export('message', '(f8[:],)')
def message(a):
    worst = 0
    for i in range(a.shape[0]):
        if a[i] > a[worst]:
            worst = i
    msg = "max at %d: %.4f (of %d)" % (worst, a[worst], a.shape[0])
    if a[worst] > 1.0:
        msg = msg + "; over %s by %g" % ("limit", a[worst] - 1.0)
    return msg


@cc.export('tuple_variable', '(i8, f8)')
def tuple_variable(n, x):
    t = (n, x, n * 2, x / 2, n > 0)
    u = (x,)
    return "%d/%.1f/%x/%s/%s" % t, "%08.3f" % u


@cc.export('bools_and_floats', '(b1, f8)')
def bools_and_floats(b, x):
    return "%s %d %r" % (b, b, b), "%d" % x, "%s" % x, "[%s]" % (x > 0)


@cc.export('errors', '(i8,)')
def errors(k):
    if k == 0:
        return "%d" % "a"
    if k == 1:
        return "%d %d" % (k,)
    if k == 2:
        return "%d" % (k, k)
    return "%q" % k


@cc.export('nan_int', '(f8,)')
def nan_int(x):
    return "%d" % x


CASES = {
    "counts": [(3, 3.14159), (-12, -0.0005), (0, 1e20)],
    "flags": [(255, 2.5), (-7, -123456.789), (0, float("nan")), (1, float("inf"))],
    "message": [(__import__("numpy").array([0.5, 3.25, 1.0]),), (__import__("numpy").array([0.25]),)],
    "tuple_variable": [(5, 2.5), (-3, -0.125)],
    "bools_and_floats": [(True, 2.75), (False, -1.5)],
    "errors": [(0,), (1,), (2,), (3,)],
    "nan_int": [(float("nan"),), (2.9,), (-2.9,), (float("inf"),)],
}
