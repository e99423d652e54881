"""Statement-level fuzzer: whole numba-style kernels, as an outside team
would write them for numba.pycc. Each export is a function of statements:
`while` loops with counters (and `while True` with a break), nested loops
over 2-d arrays writing into `np.empty`/`np.zeros` results, accumulators
that start as ints and take floats, if/elif/else chains, early returns
inside loops, lists built with `append` then summed, indexed and searched,
tuples returned and unpacked, helper functions called from exports,
`math.*` calls with their domain errors, int `//` and `%` by values that
may be zero (ZeroDivisionError), indices that may be out of range
(IndexError), signatures in numba's spellings (strings and type objects).

What CPython and pycc part on by design is kept out: array items are read
through `float(...)`/`int(...)` (a numpy scalar divides by zero without
raising: README, Deviations), int exponents are masked non-negative, a
float base of a fractional power is `abs()`ed, an accumulator that starts
as an int only takes small ints before its floats (pycc types it float
throughout, as numba). Ints that leave int64 (pycc wraps, documented) are
caught by `reference()`, which wraps every operation of the CPython twin in
a check; such a case is skipped.

    python fuzz/programs/run.py PYCC kernels FIRST LAST [OUT]
"""
import random
import sys

R = random.Random(0)
SIGS = {}  # export name -> parameter codes, for inputs()

# parameter code -> (string spellings, type-object spellings)
PARAM = {
    'A': (['f8[:, :]', 'float64[:, :]', 'f8[:, ::1]', 'double[:, :]'], ['float64[:, :]', 'types.float64[:, :]']),
    'v': (['f8[:]', 'float64[::1]', 'double[:]'], ['float64[:]', 'types.float64[::1]']),
    'iv': (['i8[:]', 'int64[:]', 'intp[:]'], ['int64[:]', 'types.intp[:]']),
    'n': (['i8', 'int64', 'intp'], ['int64', 'types.intp']),
    'k': (['i4', 'int32', 'i8'], ['int32', 'types.int64']),
    'x': (['f8', 'float64', 'double'], ['float64', 'types.double']),
}
RETS = {
    'f': (['f8', 'float64'], ['float64']),
    'i': (['i8', 'int64'], ['int64']),
    'fi': (['Tuple((f8, i8))', 'Tuple((float64, int64))'], ['types.Tuple((float64, int64))']),
    'ff': (['UniTuple(f8, 2)', 'UniTuple(float64, 2)'], ['types.UniTuple(float64, 2)']),
    'A': (['f8[:, :]', 'float64[:, :]'], ['float64[:, :]']),
    'b': (['b1', 'boolean'], ['boolean']),
}
IC = ['0', '1', '2', '3', '-1', '7', '-5', '100', '12345']
FC = ['0.0', '1.5', '-2.25', '0.5', '3.0', '-0.0', '1e300', '0.1']


class Fn:
    def __init__(self, params):
        self.params = params
        self.ints = ['n', 'k'] if 'n' in params else []
        self.floats = ['x'] if 'x' in params else []
        self.lists = []  # float lists with at least the code to fill them
        self.reads = []  # float expressions to read (an array item of the loop's indices)
        self.params_local = set()  # 'out' once the result array is made
        self.lines = []
        self.count = 0
        self.loops = 0  # nesting of loops (for break/continue)

    def new(self, base):
        self.count += 1
        return f'{base}{self.count}'

    def emit(self, pad, s):
        self.lines.append('    ' * pad + s)


def index(fn, axis_len, loopvar=None):
    """An index along an axis: a loop variable, maybe shifted past the end, or an int expression."""
    r = R.random()
    if loopvar and r < 0.6:
        return loopvar
    if loopvar and r < 0.8:
        return f'{loopvar} {R.choice(["+ 1", "- 1", "+ k", "- 2"])}'
    i = ileaf(fn, False) if R.random() < 0.5 else f'({ileaf(fn, False)} {R.choice(["+", "-", "*"])} {ileaf(fn, False)})'
    return f'{i} % {axis_len}' if R.random() < 0.7 else i


def ileaf(fn, reads=True):
    opts = list(IC) + fn.ints * 3 + [f'len({L})' for L in fn.lists]
    if 'A' in fn.params:
        opts += ['A.shape[0]', 'A.shape[1]']
    if 'v' in fn.params:
        opts += ['len(v)']
    if 'iv' in fn.params and reads:
        opts += ['IV', 'IV']
    c = R.choice(opts)
    return f'int(iv[{index(fn, "len(iv)")}])' if c == 'IV' else c


def iexpr(fn, d=0):
    if d > 2 or R.random() < 0.3:
        return ileaf(fn)
    r = R.random()
    a, b = iexpr(fn, d + 1), iexpr(fn, d + 1)
    if r < 0.35:
        return f'({a} {R.choice(["+", "-", "*"])} {b})'
    if r < 0.5:  # a divisor that may be zero
        return f'({a} {R.choice(["//", "%"])} {b})'
    if r < 0.58:
        return f'({a} {R.choice(["//", "%"])} {R.choice(["3", "-4", "7"])})'
    if r < 0.65:
        return f'{R.choice(["min", "max"])}({a}, {b})'
    if r < 0.7:
        return f'abs({a})'
    if r < 0.75:
        return f'({a} {R.choice(["&", "|", "^"])} {b})'
    if r < 0.8:
        return f'({a} ** ({b} & 3))'
    if r < 0.88:  # a float made an int: ValueError for nan, OverflowError for inf
        return f'{R.choice(["int", "math.floor", "math.ceil", "round"])}({fexpr(fn, d + 1)})'
    return f'({a} if {bexpr(fn, d + 1)} else {b})'


def fleaf(fn):
    opts = list(FC) + fn.floats * 3 + fn.reads * 3 + [f'float({i})' for i in fn.ints[:2]]
    opts += ['A', 'A'] * ('A' in fn.params) + ['V', 'V'] * ('v' in fn.params)
    c = R.choice(opts)
    if c == 'A':
        return f'float(A[{index(fn, "A.shape[0]")}, {index(fn, "A.shape[1]")}])'
    if c == 'V':
        return f'float(v[{index(fn, "len(v)")}])'
    return c


def fexpr(fn, d=0):
    if d > 2 or R.random() < 0.3:
        return fleaf(fn)
    r = R.random()
    a, b = fexpr(fn, d + 1), fexpr(fn, d + 1)
    if r < 0.3:
        return f'({a} {R.choice(["+", "-", "*"])} {b})'
    if r < 0.4:
        return f'({a} {R.choice(["/", "//", "%"])} {b})'
    if r < 0.47:
        return f'({a} * {iexpr(fn, d + 1)})'
    if r < 0.65:
        f1 = ['math.sqrt', 'math.exp', 'math.log', 'math.sin', 'math.cos', 'math.tanh', 'math.fabs', 'math.log1p',
              'math.atan', 'abs', 'math.expm1', 'math.asin']
        return f'{R.choice(f1)}({a})'
    if r < 0.72:
        return f'{R.choice(["math.atan2", "math.hypot", "math.fmod", "math.pow", "min", "max"])}({a}, {b})'
    if r < 0.78:
        return f'(abs({a}) ** {R.choice(["0.5", "1.5", b])})'
    if r < 0.83:
        return f'({a} ** {R.choice(["2", "3", "-1"])})'
    if r < 0.9:
        return f'({a} if {bexpr(fn, d + 1)} else {b})'
    return f'({a} / ({iexpr(fn, d + 1)}))'


def bexpr(fn, d=0):
    r = R.random()
    if r < 0.4:
        return f'{iexpr(fn, d + 1)} {R.choice(["<", "<=", "==", "!=", ">", ">="])} {iexpr(fn, d + 1)}'
    if r < 0.7:
        return f'{fexpr(fn, d + 1)} {R.choice(["<", "<=", ">", ">="])} {fexpr(fn, d + 1)}'
    if r < 0.8:
        return f'math.{R.choice(["isnan", "isfinite", "isinf"])}({fexpr(fn, d + 1)})'
    if r < 0.9 and d < 2:
        return f'({bexpr(fn, d + 1)} {R.choice(["and", "or"])} {bexpr(fn, d + 1)})'
    return f'not ({bexpr(fn, d + 1)})'


def ret_expr(fn, rk):
    if rk == 'f':
        return fexpr(fn)
    if rk == 'i':
        return iexpr(fn)
    if rk == 'fi':
        return f'{fexpr(fn)}, {iexpr(fn)}'
    if rk == 'ff':
        return f'({fexpr(fn)}, {fexpr(fn)})'
    if rk == 'b':
        return bexpr(fn)
    return 'out'


def scoped(fn, f):
    """Runs f with the names it binds visible only inside (a block's names may be unset after it)."""
    saved = (list(fn.ints), list(fn.floats), list(fn.lists), list(fn.reads))
    f()
    fn.ints, fn.floats, fn.lists, fn.reads = saved


def stmt(fn, rk, pad, depth):
    r = R.random()
    if r < 0.14:
        v = fn.new('t')
        fn.emit(pad, f'{v} = {iexpr(fn)}')
        fn.ints.append(v)
    elif r < 0.28:
        v = fn.new('y')
        fn.emit(pad, f'{v} = {fexpr(fn)}')
        fn.floats.append(v)
    elif r < 0.36 and [v for v in fn.ints if v[0] in 'tchi']:
        # not a parameter (loop bounds) nor a while counter (the loop must end)
        v = R.choice([v for v in fn.ints if v[0] in 'tchi'])
        fn.emit(pad, f'{v} {R.choice(["+=", "-=", "*=", "//=", "%="])} {iexpr(fn, 1)}')
    elif r < 0.44 and fn.floats:
        fn.emit(pad, f'{R.choice(fn.floats)} {R.choice(["+=", "-=", "*=", "/="])} {fexpr(fn, 1)}')
    elif r < 0.52 and 'out' in fn.params_local:
        i0, i1 = index(fn, 'out.shape[0]'), index(fn, 'out.shape[1]')
        fn.emit(pad, f'out[{i0}, {i1}] {R.choice(["=", "+=", "-="])} {fexpr(fn, 1)}')
    elif r < 0.6 and fn.lists:
        L = R.choice(fn.lists)
        fn.emit(pad, f'{L}.append({fexpr(fn, 1)})')
    elif r < 0.66:
        forms(fn, pad)
    elif depth < 2 and r < 0.72:
        if_chain(fn, rk, pad, depth)
    elif depth < 2 and r < 0.82:
        for_loop(fn, rk, pad, depth)
    elif depth < 2 and r < 0.9:
        while_loop(fn, rk, pad, depth)
    elif fn.loops and r < 0.95:
        fn.emit(pad, f'if {bexpr(fn)}:')
        fn.emit(pad + 1, R.choice(['break', 'continue', f'return {ret_expr(fn, rk)}']))
    else:
        fn.emit(pad, f'if {bexpr(fn)}:')
        fn.emit(pad + 1, f'return {ret_expr(fn, rk)}')


def forms(fn, pad):
    """Common numba-style forms an outside author writes (each counted when pycc rejects it)."""
    y = fn.new('y')
    e = fn.new('e')
    r = R.random()
    if r < 0.1 and 'v' in fn.params:
        fn.emit(pad, f'{y} = 0.0')
        fn.emit(pad, f'for {e} in v:')
        fn.emit(pad + 1, f'{y} += float({e}) * {fleaf(fn)}')
    elif r < 0.2 and 'v' in fn.params:
        fn.emit(pad, f'{y} = 0.0')
        fn.emit(pad, f'for {e}, val in enumerate(v):')
        fn.emit(pad + 1, f'if float(val) > {fleaf(fn)}:')
        fn.emit(pad + 2, f'{y} += {e}')
    elif r < 0.3:
        L = fn.new('lc')
        fn.emit(pad, f'{L} = [float(q) * {fleaf(fn)} for q in range({R.choice(["n % 5", "abs(k) % 4", "3"])})]')
        fn.emit(pad, f'{y} = sum({L}) + len({L})')
    elif r < 0.38 and len(fn.floats) >= 2:
        a, b = R.sample([f for f in fn.floats], 2)
        fn.emit(pad, f'{a}, {b} = {b}, {a}')
        fn.emit(pad, f'{y} = {a} - {b}')
    elif r < 0.48 and 'v' in fn.params:
        res = fn.new('res')
        fn.emit(pad, f'{res} = np.zeros(len(v))')
        fn.emit(pad, f'for {e} in range(len(v)):')
        fn.emit(pad + 1, f'{res}[{e}] = {fexpr(fn, 2)}')
        fn.emit(pad, f'{y} = float({res}.sum())')
    elif r < 0.55 and 'A' in fn.params:
        fn.emit(pad, f'{e} = A.T')
        fn.emit(pad, f'{y} = float({e}[{index(fn, "A.shape[1]")}, 0]) + {e}.shape[0]')
    elif r < 0.62 and 'A' in fn.params:
        fn.emit(pad, f'{e} = A.copy()')
        fn.emit(pad, f'{e}[0, 0] = {fleaf(fn)}')
        fn.emit(pad, f'{y} = float({e}.sum()) + float(np.max({e}))')
    elif r < 0.7:
        fn.emit(pad, f'{y} = max({fleaf(fn)}, {fleaf(fn)}, {R.choice(["SCALE", "math.pi", "math.e"])})')
    elif r < 0.78:
        q = fn.new('t')
        fn.emit(pad, f'{q}, {e} = divmod({iexpr(fn, 1)}, {iexpr(fn, 1)})')
        fn.emit(pad, f'{y} = float({q} + {e})')
        fn.ints.append(q)
    elif r < 0.84:
        fn.emit(pad, f'{y} = {e} = {fleaf(fn)}')
        fn.floats.append(e)
    elif r < 0.92 and 'A' in fn.params:
        fn.emit(pad, f'{y} = 0.0')
        fn.emit(pad, f'for {e} in range(A.shape[0]):')
        fn.emit(pad + 1, f'{y} += float(np.sum(A[{e}])) + float(A[{e}, :].max())')
    else:
        fn.emit(pad, f'{y} = float(np.sqrt(abs({fleaf(fn)}))) + SCALE')
    fn.floats.append(y)


def block(fn, rk, pad, depth, n):
    for _ in range(n):
        stmt(fn, rk, pad, depth)


def if_chain(fn, rk, pad, depth):
    fn.emit(pad, f'if {bexpr(fn)}:')
    scoped(fn, lambda: block(fn, rk, pad + 1, depth + 1, R.randint(1, 2)))
    for _ in range(R.choice([0, 1, 1, 2])):
        fn.emit(pad, f'elif {bexpr(fn)}:')
        scoped(fn, lambda: block(fn, rk, pad + 1, depth + 1, R.randint(1, 2)))
    if R.random() < 0.6:
        fn.emit(pad, 'else:')
        scoped(fn, lambda: block(fn, rk, pad + 1, depth + 1, R.randint(1, 2)))


def for_loop(fn, rk, pad, depth):
    i = fn.new('i')
    r = R.random()
    if 'A' in fn.params and r < 0.4:
        j = fn.new('j')
        fn.emit(pad, f'for {i} in range(A.shape[0]):')
        fn.emit(pad + 1, f'for {j} in range({R.choice(["A.shape[1]", f"{i} + 1", "A.shape[1] - 1, -1, -1"])}):')

        def body():
            fn.ints += [i, j]
            fn.loops += 1
            a_ij = f'float(A[{index(fn, "A.shape[0]", i)}, {index(fn, "A.shape[1]", j)}])'
            fn.reads.append(a_ij)
            block(fn, rk, pad + 2, depth + 2, R.randint(1, 3))
            fn.loops -= 1

        scoped(fn, body)
        return
    bound = R.choice(['n', 'abs(k) % 9', 'len(v)' if 'v' in fn.params else '5', 'min(n, 30)', '3, n', 'n - 1, -1, -1'])
    fn.emit(pad, f'for {i} in range({bound}):')

    def body():
        fn.ints.append(i)
        fn.loops += 1
        block(fn, rk, pad + 1, depth + 1, R.randint(1, 3))
        fn.loops -= 1

    scoped(fn, body)


def while_loop(fn, rk, pad, depth):
    w = fn.new('w')
    fn.emit(pad, f'{w} = 0')
    if R.random() < 0.5:
        fn.emit(pad, f'while {w} < {R.choice(["n", "abs(k) % 11", "min(n, 25)"])}:')
        tail = None
    else:
        fn.emit(pad, 'while True:')
        tail = f'if {w} >= {R.choice(["n", "abs(k) % 7 + 1", "12"])}:'

    def body():
        fn.emit(pad + 1, f'{w} += 1')
        if tail:
            fn.emit(pad + 1, tail)
            fn.emit(pad + 2, 'break')
        fn.ints.append(w)
        fn.loops += 1
        # the counter is not rebound in the body (the loop must end)
        fn.ints.remove(w)
        block(fn, rk, pad + 1, depth + 1, R.randint(1, 3))
        fn.ints.append(w)
        fn.loops -= 1

    scoped(fn, body)


HELPERS = [
    ('h_scale', 'fi', 'def h_scale(x, k):\n    if k == 0:\n        return x, 0\n    s = 0.0\n    c = 0\n'
     '    while c < abs(k) % 6:\n        s += x / (c + 1)\n        c += 1\n    return s, c\n'),
    ('h_rowsum', 'f', 'def h_rowsum(A, r):\n    s = 0.0\n    for j in range(A.shape[1]):\n        s += float(A[r, j])\n'
     '    return s\n'),
    ('h_clip', 'f', 'def h_clip(x, lo, hi):\n    if x < lo:\n        return lo\n    elif x > hi:\n        return hi\n'
     '    return x\n'),
    ('h_div', 'i', 'def h_div(a, b):\n    q = a // b\n    r = a % b\n    return q * 3 + r\n'),
    ('h_find', 'i', 'def h_find(v, t):\n    for i in range(len(v)):\n        if float(v[i]) > t:\n            return i\n'
     '    return -1\n'),
    ('h_poly', 'f', 'def h_poly(x, n):\n    acc = 0\n    for i in range(n % 5):\n        acc += i\n'
     '    acc += x\n    p = 1.0\n    i = 0\n    while i < 3:\n        p = p * x + acc\n        i += 1\n    return p\n'),
]


def helper_call(fn, name):
    if name == 'h_scale':
        return f'h_scale({fexpr(fn, 2)}, {iexpr(fn, 2)})'
    if name == 'h_rowsum':
        return f'h_rowsum(A, {index(fn, "A.shape[0]")})' if 'A' in fn.params else None
    if name == 'h_clip':
        return f'h_clip({fexpr(fn, 2)}, -1.0, {R.choice(["2.0", "0.5"])})'
    if name == 'h_div':
        return f'h_div({iexpr(fn, 2)}, {iexpr(fn, 2)})'
    if name == 'h_find':
        return f'h_find(v, {fexpr(fn, 2)})' if 'v' in fn.params else None
    return f'h_poly({fexpr(fn, 2)}, abs({iexpr(fn, 2)}))'


def prologue(fn, helpers, rk):
    """Result arrays, a list, a mixed accumulator and helper results bound first."""
    if 'A' in fn.params and (rk == 'A' or R.random() < 0.5):
        if R.random() < 0.5:
            fn.emit(1, 'out = np.zeros((A.shape[0], A.shape[1]))')
        else:  # np.empty, filled whole first
            fn.emit(1, 'out = np.empty((A.shape[0], A.shape[1]))')
            fn.emit(1, 'for r0 in range(A.shape[0]):')
            fn.emit(2, 'for c0 in range(A.shape[1]):')
            fn.emit(3, f'out[r0, c0] = {R.choice(["A[r0, c0] * 2.0", "0.5", "A[r0, c0] - float(r0)", "float(c0 - r0)"])}')
        fn.params_local.add('out')
    if R.random() < 0.6:
        fn.emit(1, 'vals = []')
        fn.emit(1, f'for q1 in range({R.choice(["n % 4", "abs(k) % 3", "2"])}):')
        fn.emit(2, f'vals.append({R.choice(["x * q1", "float(q1) - 0.5", "x / (q1 + 1)"])})')
        fn.lists.append('vals')
    if R.random() < 0.5:
        fn.emit(1, 'acc = 0')  # an int first; small ints, then floats (typed float by pycc, as numba)
        fn.emit(1, f'for q0 in range({R.choice(["n % 7", "abs(k) % 5", "3"])}):')
        fn.emit(2, 'acc += q0')
        fn.emit(1, f'acc += {fexpr(fn, 1)}')
        fn.floats.append('acc')
    for name in helpers:
        call = helper_call(fn, name)
        if call is None:
            continue
        kind = next(h[1] for h in HELPERS if h[0] == name)
        if kind == 'fi':
            a, b = fn.new('p'), fn.new('c')
            fn.emit(1, f'{a}, {b} = {call}')
            fn.floats.append(a)
            fn.ints.append(b)
        else:
            v = fn.new('h')
            fn.emit(1, f'{v} = {call}')
            (fn.floats if kind == 'f' else fn.ints).append(v)


def epilogue(fn, rk):
    if 'vals' in fn.lists:
        r = R.random()
        if r < 0.4:
            fn.emit(1, 'tot = sum(vals)')
        elif r < 0.7:  # IndexError when short
            fn.emit(1, f'tot = vals[{R.choice(["0", "-1", "k", "len(vals) // 2"])}] if vals else 0.5')
        else:  # ValueError for an empty list
            fn.emit(1, f'tot = {R.choice(["max", "min"])}(vals) + len(vals)')
        fn.floats.append('tot')
    if rk == 'A' and R.random() < 0.5:
        fn.emit(1, f'out[{index(fn, "out.shape[0]")}, 0] = {fexpr(fn, 1)}')
    fn.emit(1, f'return {ret_expr(fn, rk)}')


def sig_of(params, rk, obj):
    if obj:
        args = ', '.join(R.choice(PARAM[p][1]) for p in params)
        return f'{R.choice(RETS[rk][1])}({args})', None
    args = ', '.join(R.choice(PARAM[p][0]) for p in params)
    return None, f'{R.choice(RETS[rk][0])}({args})'


def function(i, helpers):
    params = R.choice([['A', 'n', 'k', 'x'], ['v', 'n', 'k', 'x'], ['A', 'v', 'n', 'k', 'x'], ['iv', 'v', 'n', 'k', 'x'],
                       ['A', 'iv', 'n', 'k', 'x']])
    rk = R.choice(['f', 'i', 'fi', 'ff', 'b'] + (['A', 'A'] if 'A' in params else []))
    if rk == 'A' and 'A' not in params:
        rk = 'f'
    fn = Fn(params)
    prologue(fn, R.sample(helpers, min(len(helpers), R.randint(0, 2))), rk)
    block(fn, rk, 1, 0, R.randint(3, 6))
    epilogue(fn, rk)
    SIGS[f'f{i}'] = params
    obj_sig, str_sig = sig_of(params, rk, R.random() < 0.3)
    head = []
    if obj_sig:
        text = obj_sig.replace('types.', '').replace('float64', 'f8').replace('int64', 'i8').replace('int32', 'i4')
        text = text.replace('double', 'f8').replace('intp', 'i8').replace('boolean', 'b1').replace('[::1]', '[:]')
        head.append(f'# sig f{i}: {text}')
        head.append(f"@cc.export('f{i}', {obj_sig})")
    else:
        head.append(f"@cc.export('f{i}', '{str_sig}')")
    return '\n'.join(head + [f'def f{i}({", ".join(params)}):'] + fn.lines) + '\n'


def program(nf):
    SIGS.clear()
    helpers = R.sample([h[0] for h in HELPERS], R.randint(1, 4))
    out = ['import math', 'import numpy as np', 'from numba import types',
           'from numba import float64, int64, int32, boolean', 'from numba.pycc import CC', "cc = CC('fz_kernels')", '',
           'SCALE = 2.5', '']
    out += [h[2] for h in HELPERS if h[0] in helpers]
    for i in range(nf):
        out.append(function(i, helpers))
    return '\n'.join(out)


def inputs(name, rr):
    import numpy as np

    g = np.random.default_rng(rr.randrange(2**32))
    n0, m0 = int(g.choice([1, 2, 3, 4])), int(g.choice([1, 2, 3]))
    out = []
    for p in SIGS[name]:
        if p == 'A':
            a = g.standard_normal((n0, m0)) * rr.choice([1.0, 5.0])
            if rr.random() < 0.1:
                a.flat[-1] = rr.choice([np.nan, np.inf, 0.0])
            out.append(a)
        elif p == 'v':
            a = g.standard_normal(int(g.choice([1, 2, 4, 6]))) * rr.choice([1.0, 3.0])
            if rr.random() < 0.1:
                a[0] = rr.choice([np.nan, -np.inf, 0.0])
            out.append(a)
        elif p == 'iv':
            out.append(g.integers(-5, 9, int(g.choice([1, 3, 5]))).astype(np.int64))
        elif p == 'n':
            out.append(rr.choice([0, 1, 2, 3, 5, 8, 13]))
        elif p == 'k':
            out.append(rr.choice([0, 1, -1, 2, -3, 4, 7, 100]))
        else:
            out.append(rr.choice([0.0, 0.5, -1.5, 2.0, 1e300, -0.0, 3.25]))
    return tuple(out)


# The CPython twin is exprtree's (its `_w` records into the one WIDE list
# that run.py clears and reads through either module).
from exprtree import WIDE, _w, reference  # noqa: E402,F401


if __name__ == '__main__':
    R.seed(int(sys.argv[1]))
    print(program(6))
