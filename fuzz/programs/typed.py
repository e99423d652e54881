"""Typed-signature fuzzer: what numba's signatures can say that the other
kinds never write. Every scalar type spelling numba accepts (i1 ... u8, f4,
f8, b1, int32, uint64, intp, uintp, intc, float32, double, boolean, ...), as
a string (`'f8(i4, u1, f4)'`, numba's bare `'(i2, f8)'`) or as numba type
objects (`float64(types.int32, float32)`, `float64[:, ::1]`,
`types.Array(types.float64, 2, 'C')`); int widths and f4 mixed in
arithmetic, numpy scalar constructors (`np.float32(x)`, `np.int16(n)`,
`numba.uint8(n)`), f4 math (`math.exp` of an f4 is `expf`), 0-d arrays
(`np.array(x)`, `z[()]`, `.item()`), arrays of i4/u1/f4/b1/c16/i8 dtypes in
ufuncs and reductions, 3-d and 4-d arrays sliced with negative steps,
masks and fancy indexing of them, `axis=`/`keepdims=` reductions,
str-keyed dicts, enumerate/zip/reversed over arrays, tuples holding arrays.

The reference is CPython, which knows no int widths nor float32: the scalar
exports keep the values where numba's typing and Python's agree (small
ints, f4 arguments and f4 arithmetic exact in float32, no unsigned
subtraction, no u8 beside a signed int, f4 math only as an f4 result, which
run.py rounds to float32 as numba's return does). Array expressions are
kept only where numpy runs them on small arrays, and a declared result type
is numpy's."""
import random
import sys
import warnings

import numpy as np

from ndarrays import CODE as BASE_CODE
from npapi import assignments, ok

R = random.Random(0)
SIGS = {}  # export name -> its parameters' kinds, for inputs()
CODE = dict(BASE_CODE)
CODE[np.dtype(np.complex128)] = 'c16'

# scalar codes -> (int bits, signed) or None for floats and bools
INTS = {'i1': (8, True), 'i2': (16, True), 'i4': (32, True), 'i8': (64, True),
        'u1': (8, False), 'u2': (16, False), 'u4': (32, False), 'u8': (64, False)}
SPELL = {'i1': ['i1', 'int8'], 'i2': ['i2', 'int16'], 'i4': ['i4', 'int32', 'intc'], 'i8': ['i8', 'int64', 'intp'],
         'u1': ['u1', 'uint8'], 'u2': ['u2', 'uint16'], 'u4': ['u4', 'uint32'], 'u8': ['u8', 'uint64', 'uintp'],
         'f4': ['f4', 'float32'], 'f8': ['f8', 'float64', 'double'], 'b1': ['b1', 'boolean']}
NARROW = ('i1', 'i2', 'u1', 'u2')  # with an f4 these stay f4 (numpy's promote_types, numba's typing)


def spell(code, obj):
    """A spelling of scalar type `code`: in a signature string, or as a numba type object."""
    s = R.choice(SPELL[code])
    if not obj:
        return s
    name = {'i1': 'int8', 'i2': 'int16', 'i4': 'int32', 'i8': 'int64', 'u1': 'uint8', 'u2': 'uint16', 'u4': 'uint32',
            'u8': 'uint64', 'f4': 'float32', 'f8': 'float64', 'b1': 'boolean'}[code]
    return R.choice([name, f'types.{name}', f'numba.{name}', f'nb.{s}'])


def arith(op, t1, t2):
    """numba's result type of t1 op t2 where CPython's value is the same, else None."""
    if t1 == 'b1' or t2 == 'b1':
        return None
    if t1 in INTS and t2 in INTS:
        s1, s2 = INTS[t1][1], INTS[t2][1]
        if s1 != s2 and 'u8' in (t1, t2):
            return None  # numba: float64
        if op == '/':
            return 'f8'
        if not s1 and not s2:
            return None if op in ('-', '<<', '>>') else 'u8'  # unsigned subtraction wraps
        if op in ('&', '|', '^') and s1 != s2:
            return None
        return 'i8'
    if op in ('&', '|', '^', '<<', '>>'):
        return None
    if t1 == 'f8' or t2 == 'f8':
        return 'f8'
    # an f4 with an f4 or a narrow int stays f4: exact only for + - * (and // % of exact values)
    t = 'f4' if all(t in NARROW + ('f4',) for t in (t1, t2)) else 'f8'
    if t == 'f4' and op == '/':
        return None
    return t


class Fn:
    def __init__(self, params):
        self.vars = list(params)  # (name, code)

    def leaf(self, want=None):
        c = [(n, t) for n, t in self.vars if want is None or t in want]
        if c and R.random() < 0.8:
            return R.choice(c)
        if want is not None and not set(want) & {'i8', 'f8'}:
            return R.choice(c) if c else None
        return R.choice([('2', 'i8'), ('3', 'i8'), ('-1', 'i8'), ('7', 'i8'), ('0.5', 'f8'), ('1.25', 'f8'), ('-2.0', 'f8')])

    def expr(self, d=0):
        r = R.random()
        if d > 2 or r < 0.3:
            return self.leaf()
        if r < 0.65:
            for _ in range(5):
                op = R.choice(['+', '-', '*', '//', '%', '/', '&', '|', '^', '<<', '>>', '+', '*'])
                a, ta = self.expr(d + 1)
                if op in ('<<', '>>'):
                    b, tb = R.choice(['1', '2', '3']), 'i8'
                else:
                    b, tb = self.expr(d + 1)
                if ta in INTS and tb in INTS and max(INTS[ta][0], INTS[tb][0]) < 64:
                    # pycc keeps two narrow ints' width (README Deviations: wraps there), numba gives int64
                    # (NBEP 1): the operand made an int64 first, both agree with CPython
                    a, ta = f'int({a})', 'i8'
                t = arith(op, ta, tb)
                if t == 'f4' and op in ('//', '%') and d > 0:
                    continue
                if t is not None:
                    return f'({a} {op} {b})', t
            return self.leaf()
        if r < 0.72:
            a, t = self.expr(d + 1)
            if t in INTS and INTS[t][0] < 64:
                a, t = f'int({a})', 'i8'  # -x of int8's -128 (see above)
            if t in INTS and INTS[t][1] or t in ('f4', 'f8'):
                return R.choice([(f'(-{a})', 'i8' if t in INTS else t), (f'abs({a})', 'i8' if t in INTS else t)])
            return f'int({a})', 'i8'
        if r < 0.8:  # conversions: Python's and numpy's constructors of a number
            a, t = self.expr(d + 1)
            if t in ('f4', 'f8'):
                # int() of a float past int64 is OverflowError in pycc (README Deviations): clamped, nan kept
                c = f'min(max({a}, -1e9), 1e9)'
                return R.choice([(f'float(np.float32({a}))', 'f8'), (f'int({c})', 'i8'), (f'int(np.int32({a}))', 'i8'),
                                 (f'float(np.float64({a}))', 'f8'), (f'int(np.int64({c}))', 'i8'), (f'math.floor({c})', 'i8')])
            if t == 'b1':
                return f'int({a})', 'i8'
            return R.choice([(f'float({a})', 'f8'), (f'int(np.int8({a}))', 'i8'), (f'int(np.uint8({a}))', 'i8'),
                             (f'int(np.int16({a}))', 'i8'), (f'int(np.uint16({a}))', 'i8'), (f'float(np.float32({a}))', 'f8'),
                             (f'int(int32({a}))', 'i8'), (f'int(types.uint8({a}))', 'i8'), (f'bool(np.bool_({a}))', 'b1')])
        if r < 0.87:  # math of a float64 value
            a, t = self.expr(d + 1)
            if t not in ('f8',) and t not in INTS:
                a, t = f'float({a})', 'f8'
            if t in INTS and INTS[t][0] < 64:
                a, t = f'int({a})', 'i8'  # abs() of int8's -128 (see above)
            f = R.choice(['math.sqrt(abs({}))', 'math.exp(min({}, 50.0))', 'math.atan({})', 'math.floor(min(max({}, -1e9), 1e9))', 'math.fabs({})',
                          'math.log1p(abs({}))', 'math.tanh({})', 'math.copysign(1.0, {})'])
            return f.format(a), 'i8' if f.startswith('math.floor') else 'f8'
        if r < 0.93:
            (a, ta), (b, tb) = self.narrow(self.expr(d + 1)), self.narrow(self.expr(d + 1))
            t = arith('+', ta, tb)
            if t is None or (ta in INTS) != (tb in INTS):
                return a, ta
            return f'{R.choice(["min", "max"])}({a}, {b})', ('f8' if t == 'f4' else t) if t != 'f4' or ta == tb else 'f8'
        c = self.cond(d + 1)
        (a, ta), (b, tb) = self.narrow(self.expr(d + 1)), self.narrow(self.expr(d + 1))
        t = arith('+', ta, tb)
        if t is None or (ta in INTS) != (tb in INTS) or (ta in INTS and INTS[ta][1] != INTS[tb][1]):
            return a, ta
        return f'({a} if {c} else {b})', ta if ta == tb else t

    @staticmethod
    def narrow(e):
        """A narrow int as int64: pycc types `a if c else b` and min/max of two narrow ints at their width."""
        a, t = e
        return (f'int({a})', 'i8') if t in INTS and INTS[t][0] < 64 else e

    def cond(self, d=0):
        (a, ta), (b, tb) = self.expr(d + 1), self.expr(d + 1)
        if 'u8' in (ta, tb) and arith('+', ta, tb) is None:
            return 'True'
        return f'{a} {R.choice(["<", "<=", ">", ">=", "==", "!="])} {b}'


def scalar_fn(i):
    codes = [R.choice(list(SPELL)) for _ in range(R.randint(2, 4))]
    params = [(f'p{j}', c) for j, c in enumerate(codes)]
    fn = Fn(params)
    L = []
    for j in range(R.randint(1, 3)):
        e, t = fn.expr()
        L.append(f'    v{j} = {e}')
        fn.vars.append((f'v{j}', t))
    if R.random() < 0.4:  # a loop accumulating float64
        e, t = fn.expr(1)
        L += ['    acc = 0.0', f'    for j in range(abs(int(min(max({params[0][0]}, -1e9), 1e9))) % 4):', f'        if {fn.cond(1)}:',
              f'            acc += float({e}) * j']
        fn.vars.append(('acc', 'f8'))
    e, t = fn.expr()
    f4 = [n for n, c in fn.vars if c == 'f4']
    if f4 and R.random() < 0.35:  # float32 math as the f4 result (run.py rounds CPython's to float32, numba's return)
        x = R.choice(f4)
        e, t = R.choice([f'math.sqrt(abs({x}))', f'math.exp(min({x}, 20.0))', f'math.log(abs({x}) + 1.0)', f'math.sin({x})',
                         f'math.floor(min(max({x}, np.float32(-1e9)), np.float32(1e9)))', f'math.fabs({x})', f'math.atan({x})', f'math.cos({x})', f'math.tanh({x})',
                         f'np.float32({x}) * np.float32(0.5)']), 'f4'
        e = e if 'np.float32' in e else e.replace('1.0', 'np.float32(1.0)').replace('20.0', 'np.float32(20.0)')
        if e.startswith('math.floor'):
            e, t = f'np.float32({e})', 'f4'
    SIGS[f'f{i}'] = codes
    obj = R.random() < 0.3
    ret = {'f4': 'f4', 'f8': 'f8', 'b1': 'b1', 'u8': 'u8'}.get(t, 'i8')
    if obj:
        sig = f'{spell(ret, True)}({", ".join(spell(c, True) for c in codes)})'
    else:
        sig = f"'{spell(ret, False) if t != 'f4' or R.random() < 0.7 else 'float32'}({', '.join(spell(c, False) for c in codes)})'"
        if t not in ('f4',) and R.random() < 0.3:
            sig = f"'({', '.join(spell(c, False) for c in codes)})'"
            ret = ''
    return [f'# sig f{i}: {ret}({", ".join(codes)})', f"@cc.export('f{i}', {sig})",
            f'def f{i}({", ".join(n for n, _ in params)}):'] + L + [f'    return {e}', '']


# ---- arrays: numpy evaluates each expression on small arrays of the parameters' dtypes
APARAMS = [('a', 'f8', 1), ('b', 'f4', 1), ('ia', 'i4', 1), ('ua', 'u1', 1), ('ba', 'b1', 1), ('z', 'c16', 1),
           ('A', 'f8', 2), ('T', 'f4', 3), ('Q', 'i8', 4)]
NPT = {'f8': np.float64, 'f4': np.float32, 'i4': np.int32, 'i8': np.int64, 'u1': np.uint8, 'b1': np.bool_, 'c16': np.complex128}
SHAPE = {1: (5,), 2: (5, 3), 3: (5, 3, 2), 4: (5, 3, 2, 2)}
LEAF = {1: ['a', 'b', 'ia', 'ua', 'ba', 'a[::-1]', 'b[1:]', 'ia[::-2]', 'A[:, 0]', 'T[0, :, 1]', 'Q[-1, 0, 1, :]', 'z.real', 'z.imag'],
        2: ['A', 'A[::-1, ::-1]', 'T[:, :, 0]', 'T[::-1, 1]', 'Q[0, :, 1, :]', 'Q[:, ::-1, 0, 1]', 'A.T'],
        3: ['T', 'T[::-1]', 'T[:, ::-2, :]', 'Q[:, :, ::-1, 0]', 'Q[1:, ..., 1]', 'T.transpose(2, 0, 1)'],
        4: ['Q', 'Q[::-1, :, :, ::-1]', 'Q[:, 1:]', 'T[:, :, :, None]']}
T1 = ['({1} + {1})', '({1} * {1})', '({1} - {x})', '({1} * 2)', '({1} / {1})', '({1} // 3)', '({1} % 3)', 'np.abs({1})',
      'np.sqrt(np.abs({1}))', 'np.exp(np.clip({1}, -3, 3))', 'np.maximum({1}, {1})', 'np.where({1} > 0, {1}, {1})',
      '{1}[{1} > 0]', '{1}[np.argsort({1}, kind="stable")]', '{1}[::-1].cumsum()', 'np.sum({2}, axis={ax2})',
      'np.max({3}, axis=(0, 2))', '{3}.min(axis=1)[:, 0]', 'np.mean({4}, axis=(1, 2, 3))', '{3}[{3} > 0]', '{4}[{4} % 2 == 0]',
      '{2}[:, {i}]'.replace('{i}', '0'), '{3}.ravel()', 'np.argmax({2}, axis=1)', '{1}.astype(np.float32)', '(z * {1})',
      'np.abs(z * {1})', 'z.conj() * z', '(z + {x})', 'np.array({x}) * {1}', '({1} - np.array({k}))', 'np.cumsum({1} > 0)',
      '{1}[[0, -1, 0]]', '{2}[0][::-1]', '({1} & 3)', 'np.square({1})', 'np.sign({1})', 'np.negative({1})',
      'np.any({2}, axis=0)', 'np.count_nonzero({3}, axis=1)[:, 0]', 'np.sum({3} > 0, axis=(0, 2))']
T2 = ['({2} + {2})', '({2} * {1d2})', 'np.sum({3}, axis={ax3})', 'np.mean({4}, axis=({ax4}, 3))', '{3}[:, ::-1, 0]',
      'np.max({3}, axis=-1)', '{2}[{2}[:, 0] > 0]', '{2}[::-1][[0, -1]]', 'np.prod({3}, axis=0)', 'np.std({3}, axis=2)',
      '{4}[0, :, :, 1]', 'np.sum({4}, axis=(0, 1))', 'np.where({2} > 0, {2}, 0)', '({2} - {2}.mean(axis=0))', '{2}.T',
      'np.cumsum({2}, axis={ax2})', 'np.argmin({3}, axis=1)', 'np.abs({2}) ** 0.5', 'np.var({3}, axis=0, ddof=1)',
      'np.min({4}, axis=(1, 3))', '{3}.sum(axis=0)']
T3 = ['({3} * 2)', '({3} - {3}.mean(axis=(1, 2), keepdims=True))', 'np.sum({4}, axis={ax4})', '{4}[:, ::-1, 0]',
      '{3}[::-1, ::-1, ::-1]', 'np.max({3}, axis=1, keepdims=True)', 'np.cumsum({3}, axis={ax3})', '({3} + {1d3})',
      'np.sum({4}, axis=(1, 2), keepdims=True)[:, 0]', 'np.sort({3}, axis={ax3})', '{4}.mean(axis=3)']
T4 = ['({4} * {4})', '({4} + {3}[:, None])', 'np.sum({4}, axis={ax4}, keepdims=True)', '{4}[::-1, :, ::-1]',
      'np.min({4}, axis=(0, 2), keepdims=True)', '({4} % 3)', 'np.abs({4})', '{4}.astype(np.float64)']
TS = ['np.sum({1})', 'np.max({2})', 'np.mean({3})', 'np.sum({4})', 'np.prod({1} % 3 + 1)', '{3}.min()', 'np.argmax({4})',
      'np.count_nonzero({3} > 0)', 'np.sum(z).real', 'abs(np.sum(z * {1}))', 'np.array({x})[()]', 'np.array({x}).item()',
      'np.array({k}).item() * 2', '(np.array({x}) * 2.0 + {k}).item()', 'np.asarray({x}).item() - 1.0', 'np.std({4})',
      'np.float32({x})', 'np.int32({k}) * 2', 'np.mean({1} > 0)', 'np.any({3} < 0)', 'len({3}[{3} > 0])', '{4}.shape[2]',
      'np.var({2})', '{1}.sum()']
BY = {1: T1, 2: T2, 3: T3, 4: T4}


def dummy_env():
    g = np.random.default_rng(0)
    env = {'np': np, 'x': 1.5, 'k': 3}
    for n, dt, nd in APARAMS:
        v = g.integers(-3, 4, SHAPE[nd]) if dt in ('i4', 'i8') else g.integers(0, 4, SHAPE[nd]) if dt in ('u1', 'b1') else \
            g.standard_normal(SHAPE[nd]) + (1j * g.standard_normal(SHAPE[nd]) if dt == 'c16' else 0)
        env[n] = v.astype(NPT[dt])
    return env


def arr(env, nd, d):
    if d >= 2 or R.random() < 0.45:
        return R.choice(LEAF[nd])
    for _ in range(10):
        e = fill(R.choice(BY[nd]), env, d + 1)
        v = ok(e, env)
        # complex arrays only at the top: their comparisons and most ufuncs are not compiled (README)
        if v and isinstance(v[1], np.ndarray) and v[1].ndim == nd and np.dtype(v[1].dtype) in CODE and v[1].dtype.kind != 'c':
            return e
    return R.choice(LEAF[nd])


def fill(t, env, d):
    out = t
    for slot, make in (('{1}', lambda: arr(env, 1, d)), ('{2}', lambda: arr(env, 2, d)), ('{3}', lambda: arr(env, 3, d)),
                       ('{4}', lambda: arr(env, 4, d)), ('{x}', lambda: R.choice(['x', '0.5', '-2.0'])),
                       ('{k}', lambda: R.choice(['k', '2'])), ('{ax2}', lambda: R.choice(['0', '1', '-1'])),
                       ('{ax3}', lambda: R.choice(['0', '1', '2', '-1'])), ('{ax4}', lambda: R.choice(['0', '1', '2', '-1'])),
                       ('{1d2}', lambda: R.choice(['A[0]', 'T[0, :, 0]', 'np.sum(Q, axis=(0, 2, 3))[:3]'])),
                       ('{1d3}', lambda: R.choice(['T[0, 0]', 'b[:2]']))):
        while slot in out:
            out = out.replace(slot, make(), 1)
    return out


def typename(v, obj):
    if isinstance(v, tuple):
        items = [typename(x, obj) for x in v]
        return None if None in items else f'Tuple(({", ".join(items)}))' if not obj else f'types.Tuple(({", ".join(items)}))'
    if isinstance(v, np.ndarray):
        c = CODE.get(np.dtype(v.dtype))
        if not c or not v.ndim:
            return None
        if obj and R.random() < 0.3:
            return f"types.Array({spell(c, True) if c != 'c16' else 'types.complex128'}, {v.ndim}, 'A')"
        name = c if not obj else {'c16': 'complex128'}.get(c) or spell(c, True).split('.')[-1]
        return f'{name}[{", ".join([":"] * v.ndim)}]'
    if isinstance(v, (bool, np.bool_)):
        return 'b1' if not obj else 'boolean'
    for t, c in ((np.integer, None), (np.floating, None), (np.complexfloating, None)):
        if isinstance(v, t):
            c = CODE.get(np.dtype(type(v)))
            return None if c is None else c if not obj else spell(c, True) if c in SPELL else None
    if isinstance(v, int):
        return 'i8' if not obj else 'int64'
    if isinstance(v, float):
        return 'f8' if not obj else 'float64'
    return None


def arg_type(dt, nd, obj):
    """An array parameter's type: a string's spelling or a numba type object (C-contiguous ones too: inputs are)."""
    if not obj:
        name = R.choice({'c16': ['c16', 'complex128']}.get(dt, SPELL.get(dt, [dt])))
        axes = [':'] * nd
        if R.random() < 0.3:
            axes[-1] = '::1'
        return f'{name}[{", ".join(axes)}]'
    base = 'types.complex128' if dt == 'c16' else spell(dt, True)
    if R.random() < 0.3:
        return f"types.Array({base}, {nd}, '{R.choice(['C', 'A'])}')"
    axes = [':'] * nd
    if R.random() < 0.4:
        axes[-1] = '::1'
    return f'{base}[{", ".join(axes)}]'


def array_fn(i):
    env = dummy_env()
    L, vals, names = assignments(env, R.randint(1, 3), lambda: R.choice(R.choice([T1, T2, T3, T4, TS])), fill,
                                 lambda v: typename(v, False))
    val = tuple(vals) if len(vals) > 1 else vals[0]
    obj = R.random() < 0.35
    ret = typename(val, obj) if R.random() < 0.6 else ''
    args = [arg_type(dt, nd, obj) for _, dt, nd in APARAMS] + [spell('f8', obj), spell('i8', obj)]
    SIGS[f'f{i}'] = [f'{dt}:{nd}' for _, dt, nd in APARAMS] + ['f8', 'i8']
    sig = f'{ret}({", ".join(args)})' if obj and ret else f"'{ret}({', '.join(args)})'" if not obj else None
    if sig is None:  # numba objects, bare argument list: a string again (a signature object needs its result)
        args = [arg_type(dt, nd, False) for _, dt, nd in APARAMS] + ['f8', 'i8']
        sig = f"'({', '.join(args)})'"
    plain = typename(val, False) if ret else ''
    return [f'# sig f{i}: {plain}({", ".join(SIGS[f"f{i}"])})', f"@cc.export('f{i}', {sig})",
            f'def f{i}({", ".join(n for n, _, _ in APARAMS)}, x, k):'] + L + [f'    return {", ".join(names)}', '']


# ---- loops over arrays, str-keyed dicts, tuples holding arrays
def loop_fn(i):
    src = R.choice([('a', 'f8'), ('ia', 'i4'), ('ua', 'u1'), ('b', 'f4'), ('ja', 'i8')])
    other = R.choice([('a', 'f8'), ('ia', 'i4'), ('b', 'f4')])
    n1, n2 = src[0], other[0] if other[0] != src[0] else 'a2'
    params = [(n1, src[1]), (n2, other[1] if n2 != 'a2' else 'f8'), ('x', 'f8'), ('k', 'i8')]
    it = R.choice([f'enumerate({n1})', f'enumerate({n1}[::-1], 1)', f'zip({n1}, {n2})', f'reversed({n1})',
                   f'enumerate(zip({n1}, {n2}))', f'zip({n1}[1:], {n1}[:-1])'])
    tgt = {'enumerate(': 'j, v', 'zip(': 'v, w', 'reversed': 'v'}
    t = 'j, (v, w)' if it.startswith('enumerate(zip') else next(tv for p, tv in tgt.items() if it.startswith(p))
    body = ['    d = {}', '    acc = 0.0', f'    for {t} in {it}:']
    fv = 'float(v)'
    key = R.choice(['"pos" if v > 0 else "neg"', '"even" if int(v) % 2 == 0 else "odd"', 'str(int(v) % 3)',
                    '"k" + str(j % 2)' if 'j' in t else '"a"'])
    inc = R.choice([fv, f'{fv} * x', f'{fv} + float(w)' if 'w' in t else fv, f'{fv} * j' if 'j' in t else f'{fv} - x'])
    body += [f'        key = {key}', f'        d[key] = d.get(key, 0.0) + {inc}', f'        acc += {inc}']
    if R.random() < 0.5:
        body += ['        if acc > 50.0:', '            break']
    tail = R.choice([
        ['    best = ""', '    bv = -1e300', '    for key, val in d.items():', '        if val > bv:', '            best, bv = key, val',
         '    return len(best), bv, acc'],
        ['    s = 0.0', '    for key in d:', '        s = s * 2.0 + d[key] + len(key)', '    return s, len(d)'],
        ['    pair = (' + n1 + '[::-1], acc)', '    arr, tot = pair', '    return float(arr[0]) + tot if len(arr) > 0 else tot, len(d)'],
        ['    t = (' + n1 + ', ' + n2 + ', k)', '    u, w2, m = t', '    return float((u * 2 + m).sum()) + float(w2.sum()), d.get("pos", 0.0)'],
        ['    return acc, ("pos" in d), d.get("neg", -1.0) + d.get("even", 0.0) + d.get("a", 0.0)'],
    ])
    SIGS[f'f{i}'] = [f'{dt}:1' for _, dt in params[:2]] + ['f8', 'i8']
    args = [f'{R.choice(SPELL[dt])}[{R.choice([":", "::1"])}]' for _, dt in params[:2]] + ['f8', R.choice(['i8', 'int64', 'intp'])]
    return [f'# sig f{i}: ({", ".join(SIGS[f"f{i}"])})', f"@cc.export('f{i}', '({', '.join(args)})')",
            f'def f{i}({", ".join(n for n, _ in params)}):'] + body + tail + ['']


# ---- stores into 3-d and 4-d arrays (copies of the arguments and the arguments themselves)
STORES = ['T[::-1, 0] += {x}', 'T[:, ::-1, 1] *= 2', 'Q[Q > 0] = 0', 'Q[:, :, ::-1, 0] -= k', 'T[T < 0] *= -1',
          'Q[[0, -1]] += 1', 'T[0, :, ::-1] = T[-1, :, :]', 'Q[..., 1] = Q[..., 0] % 3', 'T[:, 0, :] = {x}',
          'Q[::-1, :, :, ::-1] += Q[0]', 'T[np.isnan(T)] = 0.0', 'A[A[:, 0] > 0, :] = -1.0', 'a[::-2] += a[0]',
          'ia[ia < 0] = k', 'ua[::-1] //= 2', 'b[1:] -= b[:-1]', 'Q[0, 0] = np.sum(Q, axis=(0, 1))[0]']
WALKS = ['    for row in T:\n        s += float(np.sum(row[::-1, 0]))',
         '    for i, plane in enumerate(Q):\n        s += float(plane[:, ::-1, 0].max()) * i',
         '    for u, v in zip(T[:, 0, 0], Q[:, 0, 0, 0]):\n        s += float(u) - float(v)',
         '    for v in reversed(ia):\n        s = s * 0.5 + float(v)',
         '    for i in range(T.shape[0] - 1, -1, -1):\n        s += float(T[i].sum(axis=1)[-1])']


def store_fn(i):
    L = ['    s = 0.0'] + [f'    {n} = {n}.copy()' for n in ('T', 'Q', 'A', 'a', 'ia', 'ua', 'b') if R.random() < 0.5]
    for _ in range(R.randint(1, 4)):
        L.append('    ' + R.choice(STORES).replace('{x}', R.choice(['x', '0.5', 'a[0]'])))
    if R.random() < 0.6:
        L += R.choice(WALKS).split('\n')
    val, ret = R.choice([('s', 'f8'), ('s, T', 'Tuple((f8, f4[:, :, :]))'), ('Q, s', 'Tuple((i8[:, :, :, :], f8))'),
                         ('(T[::-1], k)', 'Tuple((f4[:, :, :], i8))'), ('(s, Q.sum(axis=(1, 3), keepdims=True))', ''),
                         ('ia, ua', 'Tuple((i4[:], u1[:]))')])
    env = dummy_env()
    code = 'def _t(' + ', '.join(n for n, _, _ in APARAMS) + ', x, k):\n' + '\n'.join(L) + f'\n    return {val}\n'
    try:  # numpy runs the stores on small arrays of these dtypes (a float store into ints is a TypeError there)
        exec(code, env)
        with warnings.catch_warnings(), np.errstate(all='ignore'):
            warnings.simplefilter('ignore')
            env['_t'](*[env[n].copy() for n, _, _ in APARAMS], 1.5, 3)
    except Exception:
        L, val, ret = ['    s = float(np.sum(T))'], 's', 'f8'
    args = [arg_type(dt, nd, False) for _, dt, nd in APARAMS] + ['f8', 'i8']
    SIGS[f'f{i}'] = [f'{dt}:{nd}' for _, dt, nd in APARAMS] + ['f8', 'i8']
    return [f'# sig f{i}: {ret}({", ".join(SIGS[f"f{i}"])})', f"@cc.export('f{i}', '{ret}({', '.join(args)})')",
            f'def f{i}({", ".join(n for n, _, _ in APARAMS)}, x, k):'] + L + [f'    return {val}', '']


def function(i):
    r = R.random()
    return scalar_fn(i) if r < 0.4 else array_fn(i) if r < 0.7 else loop_fn(i) if r < 0.85 else store_fn(i)


def program(nf):
    SIGS.clear()
    out = ['import math', 'import numpy as np', 'import numba', 'import numba as nb', 'from numba import types',
           'from numba import int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, boolean',
           'from numba.pycc import CC', "cc = CC('fz_typed')", '']
    for i in range(nf):
        out += function(i)
    return '\n'.join(out) + '\n'


VALS = {'i1': [-128, -5, -1, 0, 1, 3, 7, 127], 'i2': [-300, -2, 0, 1, 5, 1000], 'i4': [-70000, -3, 0, 1, 2, 9, 100],
        'i8': [-7, -1, 0, 1, 2, 3, 29, 100], 'u1': [0, 1, 2, 7, 200, 255], 'u2': [0, 1, 3, 65535], 'u4': [0, 1, 5, 100000],
        'u8': [0, 1, 2, 9, 1000], 'f4': [0.0, -0.0, 0.5, 1.5, -2.25, 3.0, 7.75, -1.0, 100.0, float('inf'), float('nan')],
        'f8': [0.0, -0.0, 0.1, 1.5, -2.5, 3.0, 1e300, -1e-310, float('inf'), float('nan'), 7.25], 'b1': [True, False]}


def inputs(name, rr):
    g = np.random.default_rng(rr.randrange(2**32))
    n, m = int(g.choice([1, 2, 3, 5])), int(g.choice([1, 2, 3]))
    out = []
    for kind in SIGS[name]:
        if ':' not in kind:
            out.append(rr.choice(VALS[kind]))
            continue
        dt, nd = kind.split(':')
        shape = [(n,), (n, m), (n, m, 2), (n, m, 2, 2)][int(nd) - 1]
        if dt in ('i4', 'i8'):
            v = g.integers(-6, 7, shape)
        elif dt == 'u1':
            v = g.choice(np.array([0, 1, 2, 3, 7, 100, 200, 255]), shape)
        elif dt == 'b1':
            v = g.random(shape) < 0.5
        else:
            v = g.standard_normal(shape) * rr.choice([1.0, 3.0]) + (1j * g.standard_normal(shape) if dt == 'c16' else 0)
        v = v.astype(NPT[dt])
        if dt in ('f8', 'f4') and rr.random() < 0.1:
            v.flat[0] = np.nan
        out.append(v)
    return tuple(out)


if __name__ == '__main__':
    R.seed(int(sys.argv[1]))
    print(program(6))
