# differential-python: numpy
# Fifteen small numba-style functions (issue 16): loops over arrays with
# helper calls, tuple results unpacked, a dict of counts, lists built and
# returned, a while loop with an early return, strs built for messages
# with `%`, `[*rows, total]`, `tuple(...)` of a display and a shape.
import numpy as np
from pycc import CC

cc = CC("lang20_realistic")


def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@cc.export('f1', 'f8(f8[:], f8, f8)')
def f1(a, lo, hi):
    s = 0.0
    for i in range(a.shape[0]):
        s += clamp(a[i], lo, hi)
    return s


def minmax(a):
    lo = a[0]
    hi = a[0]
    for v in a:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi


@cc.export('f2', 'f8(f8[:])')
def f2(a):
    lo, hi = minmax(a)
    return hi - lo


@cc.export('f3', 'i8(i8[:], i8)')
def f3(a, target):
    lo = 0
    hi = a.shape[0] - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


@cc.export('f4', '(i8[:],)')
def f4(a):
    counts = {}
    for v in a:
        counts[v] = counts.get(v, 0) + 1
    best = -1
    bestn = 0
    for k, n in counts.items():
        if n > bestn:
            best = k
            bestn = n
    return best, bestn


@cc.export('f5', '(f8[:],)')
def f5(a):
    out = []
    run = 0.0
    for x in a:
        run += x
        if run > 1.0:
            out.append(float(run))
            run = 0.0
    return out


@cc.export('f6', '(f8[:], f8)')
def f6(a, tol):
    n = a.shape[0]
    for i in range(n):
        if abs(a[i]) > tol:
            return "bad value %.3g at %d of %d" % (a[i], i, n)
    return "ok"


def dist(x1, y1, x2, y2):
    return np.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2)


@cc.export('f7', 'f8[:,:](f8[:], f8[:])')
def f7(xs, ys):
    n = xs.shape[0]
    d = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            d[i, j] = dist(xs[i], ys[i], xs[j], ys[j])
            d[j, i] = d[i, j]
    return d


@cc.export('f8', '(i8,)')
def f8(n):
    primes = []
    sieve = np.ones(n + 1, dtype=np.bool_)
    for i in range(2, n + 1):
        if sieve[i]:
            primes.append(i)
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return primes


@cc.export('f9', '(f8[:],)')
def f9(a):
    m = a.mean()
    s = a.std()
    msg = "mean=" + str(round(m, 3)) + " std=%.2f" % s
    return m, s, msg


def step(x, v, dt):
    a = -x
    return x + v * dt, v + a * dt


@cc.export('f10', '(f8, f8, i8)')
def f10(x, v, n):
    for _ in range(n):
        x, v = step(x, v, 0.01)
    return x, v


@cc.export('f11', 'i8(i8)')
def f11(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
        if steps > 10000:
            return -1
    return steps


@cc.export('f12', '(i8[:],)')
def f12(a):
    seen = set()
    dups = []
    for v in a:
        if v in seen:
            dups.append(int(v))
        else:
            seen.add(v)
    return dups, len(seen)


@cc.export('f13', '(f8[:, :],)')
def f13(m):
    rows = []
    for i in range(m.shape[0]):
        rows.append(float(m[i].sum()))
    return [*rows, float(m.sum())]


@cc.export('f14', '(i8,)')
def f14(n):
    words = []
    for i in range(n):
        words.append("item%d" % i)
    return ", ".join(words)


@cc.export('f15', '(f8[:],)')
def f15(a):
    t = tuple([a[0], a[-1]])
    return t, tuple(a.shape), a[0] / len(tuple(range(4)))


A = np.array([0.5, -2.0, 3.25, 1.5, 0.75])
CASES = {
    "f1": [(A, -1.0, 1.0), (np.zeros(0), 0.0, 1.0)],
    "f2": [(A,), (np.array([4.0]),)],
    "f3": [(np.array([1, 3, 5, 7, 9], dtype=np.int64), 7), (np.array([1, 3], dtype=np.int64), 4), (np.zeros(0, dtype=np.int64), 1)],
    "f4": [(np.array([3, 1, 3, 2, 1, 3], dtype=np.int64),), (np.zeros(0, dtype=np.int64),)],
    "f5": [(A,), (np.ones(7) * 0.6,)],
    "f6": [(A, 5.0), (A, 2.5), (np.array([float("nan"), 1e300]), 1e299)],
    "f7": [(np.array([0.0, 3.0, 0.0]), np.array([0.0, 4.0, 1.0])), (np.zeros(0), np.zeros(0))],
    "f8": [(1,), (30,)],
    "f9": [(A,), (np.array([1.0, 1.0]),)],
    "f10": [(1.0, 0.0, 100), (0.5, -1.0, 0)],
    "f11": [(1,), (27,), (6,)],
    "f12": [(np.array([1, 2, 1, 3, 2, 1], dtype=np.int64),)],
    "f13": [(np.arange(6.0).reshape(3, 2),), (np.zeros((0, 3)),)],
    "f14": [(0,), (1,), (4,)],
    "f15": [(A,), (np.array([2.0]),)],
}
