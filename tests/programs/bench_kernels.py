# The benchmark's kernels (bench/run.py), checked here against CPython so that
# the code measured is code known to be right. Written for numba.pycc: the
# same file is compiled unchanged by numba.pycc, pycc and (by hand) C.
# differential: --fastmath
# (and once more with fastmath: floats within tests/differential.py's tolerance)
import math
from array import array

from numba.pycc import CC

cc = CC('bench_kernels')


@cc.export('add', 'f8(f8, f8)')
def add(a, b):
    return a + b


@cc.export('fib_iter', 'i8(i8)')
def fib_iter(n):
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


@cc.export('sum_sq', 'f8(i8)')
def sum_sq(n):
    s = 0.0
    for i in range(n):
        s += i * i * 0.5
    return s


@cc.export('mandel', 'i8(f8, f8, i8)')
def mandel(cx, cy, maxit):
    x = 0.0
    y = 0.0
    for i in range(maxit):
        x2 = x * x
        y2 = y * y
        if x2 + y2 > 4.0:
            return i
        y = 2.0 * x * y + cy
        x = x2 - y2 + cx
    return maxit


@cc.export('poly', 'f8(i8)')
def poly(n):
    # A degree-8 polynomial by Horner's rule at n points of [0, 1).
    s = 0.0
    h = 1.0 / n
    for i in range(n):
        x = i * h
        s += ((((((((0.5 * x - 1.25) * x + 2.0) * x - 0.75) * x + 1.5) * x - 3.0) * x + 0.25) * x - 1.0) * x + 4.0)
    return s


@cc.export('poly_sum', 'f8(i8)')
def poly_sum(n):
    # Small integer powers at n points of [0, 1) (issue 20): CPython calls
    # glibc's pow for each, hand C and numba multiply.
    s = 0.0
    h = 1.0 / n
    for i in range(n):
        x = i * h
        s += x ** 2 + 3 * x ** 3 + x ** 4
    return s


@cc.export('int_hash', 'i8(i8)')
def int_hash(n):
    # FNV-style multiply and xor-shift; the mask keeps Python's ints and
    # int64's equal, so CPython checks it exactly.
    h = 1469598103934665603
    for i in range(n):
        h = ((h ^ i) * 1099511628211) & 9223372036854775807
        h = h ^ (h >> 29)
    return h


@cc.export('collatz_max', 'i8(i8)')
def collatz_max(n):
    # The longest Collatz chain below n: branchy integer code.
    best = 0
    for start in range(1, n):
        x = start
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
    return best


# Array kernels. Arrays cannot be returned yet, so matmul writes into an
# output passed as its third argument. Every index below is tied to a loop
# bound over the same array's extent, so the bounds checks compile away
# except where another array's extent is involved (see the README).
@cc.export('arr_sum', 'f8(f8[::1])')
def arr_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@cc.export('dot', 'f8(f8[::1], f8[::1])')
def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@cc.export('matmul', 'void(f8[:, ::1], f8[:, ::1], f8[:, ::1])')
def matmul(a, b, out):
    # i-k-j order: the inner loop walks rows of b and out contiguously.
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = 0.0
        for k in range(a.shape[1]):
            aik = a[i, k]
            for j in range(out.shape[1]):
                out[i, j] += aik * b[k, j]


@cc.export('stencil', 'void(f8[::1], f8[::1])')
def stencil(a, out):
    # 1-d 3-point average; the end points are left as they are.
    for i in range(1, a.shape[0] - 1):
        out[i] = (a[i - 1] + a[i] + a[i + 1]) / 3.0


@cc.export('prefix_sum', 'void(f8[::1])')
def prefix_sum(a):
    for i in range(1, a.shape[0]):
        a[i] += a[i - 1]


@cc.export('nbody', 'void(f8[:, ::1], f8[:, ::1], f8[::1], f8, i8)')
def nbody(pos, vel, mass, dt, steps):
    # The benchmarks game's n-body step (pairwise gravity, then a drift),
    # on arrays the caller allocates: one row of x, y, z per body.
    n = pos.shape[0]
    for s in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = pos[i, 0] - pos[j, 0]
                dy = pos[i, 1] - pos[j, 1]
                dz = pos[i, 2] - pos[j, 2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                mj = mass[j] * mag
                vel[i, 0] -= dx * mj
                vel[i, 1] -= dy * mj
                vel[i, 2] -= dz * mj
                mi = mass[i] * mag
                vel[j, 0] += dx * mi
                vel[j, 1] += dy * mi
                vel[j, 2] += dz * mi
        for i in range(n):
            pos[i, 0] += dt * vel[i, 0]
            pos[i, 1] += dt * vel[i, 1]
            pos[i, 2] += dt * vel[i, 2]


if __name__ == "__main__":
    cc.compile()


def f64(xs):
    return memoryview(array('d', xs))


def grid(r, c):
    m = memoryview(bytearray(8 * r * c)).cast('d', shape=[r, c])
    for i in range(r):
        for j in range(c):
            m[i, j] = i * 1.5 - j * 0.25
    return m


def rows(xs):
    m = memoryview(bytearray(8 * len(xs) * 3)).cast('d', shape=[len(xs), 3])
    for i, row in enumerate(xs):
        for j in range(3):
            m[i, j] = row[j]
    return m


# The sun and the four gas giants (the benchmarks game's initial state:
# AU, AU per day times 365.24, solar masses times 4 pi**2).
DAYS, SOLAR = 365.24, 4 * 3.141592653589793 ** 2
BODIES_POS = [[0.0, 0.0, 0.0],
              [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
              [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
              [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
              [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01]]
BODIES_VEL = [[0.0, 0.0, 0.0],
              [1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS, -6.90460016972063023e-05 * DAYS],
              [-2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS, 2.30417297573763929e-05 * DAYS],
              [2.96460137564761618e-03 * DAYS, 2.37847173959480950e-03 * DAYS, -2.96589568540237556e-05 * DAYS],
              [2.68067772490389322e-03 * DAYS, 1.62824170038242295e-03 * DAYS, -9.51592254519715870e-05 * DAYS]]
BODIES_MASS = [SOLAR, 9.54791938424326609e-04 * SOLAR, 2.85885980666130812e-04 * SOLAR,
               4.36624404335156298e-05 * SOLAR, 5.15138902046611451e-05 * SOLAR]

V = [1.0, -2.5, 3.25, 4.0, -0.0, 1e300]
CASES = {
    'add': [(1.5, 2.25), (-0.0, 0.0), (float('inf'), float('-inf')), (1e308, 1e308)],
    'fib_iter': [(n,) for n in [-5, 0, 1, 2, 10, 50, 90, 93, 100, 1000]],
    'sum_sq': [(n,) for n in [-3, 0, 1, 10, 1000, 100000]],
    'mandel': [(cx, cy, m) for cx in [-2.0, -0.75, -0.5, 0.0, 0.25, 0.3, 1.0, 2.0, float('nan')] for cy in [0.0, 0.1, 0.5, 1.0] for m in [0, 1, 50, 1000]],
    'poly': [(n,) for n in [1, 2, 3, 10, 1000, 100000]],
    'poly_sum': [(n,) for n in [1, 2, 3, 10, 1000, 100000]],
    'int_hash': [(n,) for n in [0, 1, 2, 10, 1000, 100000]],
    'collatz_max': [(n,) for n in [1, 2, 3, 10, 1000, 20000]],
    'arr_sum': [(f64(V),), (f64([]),), (f64(range(1000)),), (f64([0.1] * 10),)],
    'dot': [(f64(V), f64(V[::-1])), (f64([]), f64([])), (f64(V), f64(V[:3])), (f64(V[:3]), f64(V))],
    'matmul': [lambda: (grid(2, 3), grid(3, 4), grid(2, 4)), lambda: (grid(1, 1), grid(1, 1), grid(1, 1)),
               lambda: (grid(3, 3), grid(2, 3), grid(3, 3))],
    'stencil': [lambda: (f64(V), f64([0.0] * 6)), lambda: (f64([1.0, 2.0]), f64([0.0, 0.0])),
                lambda: (f64(V), f64([0.0] * 3)), lambda: (f64([]), f64([]))],
    'prefix_sum': [lambda: (f64(V),), lambda: (f64([]),), lambda: (f64([0.1] * 50),)],
    'nbody': [lambda: (rows(BODIES_POS), rows(BODIES_VEL), f64(BODIES_MASS), 0.01, 50),
              lambda: (rows(BODIES_POS), rows(BODIES_VEL), f64(BODIES_MASS), 0.01, 0),
              # Two bodies at one place: 0.0 / 0.0 is ZeroDivisionError both ways.
              lambda: (rows([[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]), rows([[0.0] * 3] * 2), f64([1.0, 1.0]), 0.01, 1),
              # A velocity array with too few rows: IndexError both ways.
              lambda: (rows(BODIES_POS), rows(BODIES_VEL[:2]), f64(BODIES_MASS), 0.01, 1)],
}
