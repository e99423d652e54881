"""Array fuzzer over numpy's dtypes: i4, i8, u1, f4, f8 and b1 arrays (1-d of
one length n, 2-d n x m, 3-d n x m x 2) mixed with each other and with
Python numbers (NEP 50's weak scalars), ints `//` and `%` by zero (numpy: 0),
shifts and bitwise ops, comparisons as masks, np.where, astype, strided and
negative slices, views written through, in-place operators, axis=/keepdims
reductions, argmin/argmax (ties, nan), cumsum/cumprod, sort/argsort, array
constructors, shape-bounded loops, array and tuple returns, IndexError.

Each expression's dtype and ndim come from numpy itself: the generator
evaluates the expression on small arrays of the parameters' dtypes, so a
declared return type is always the one numpy gives."""
import random
import sys

import numpy as np

R = random.Random(0)
PARAMS = [('a', 'f8', 1), ('b', 'f4', 1), ('ia', 'i4', 1), ('ja', 'i8', 1), ('ua', 'u1', 1), ('ba', 'b1', 1),
          ('A', 'f8', 2), ('IA', 'i4', 2), ('T', 'i8', 3)]
NP = {'f8': np.float64, 'f4': np.float32, 'i4': np.int32, 'i8': np.int64, 'u1': np.uint8, 'b1': np.bool_,
      'i2': np.int16, 'u8': np.uint64, 'i1': np.int8, 'u2': np.uint16, 'u4': np.uint32}
CODE = {np.dtype(v): k for k, v in NP.items()}
SHAPES = {1: (5,), 2: (5, 3), 3: (5, 3, 2)}


def dummy_env(names):
    g = np.random.default_rng(0)
    env = {'np': np, 'x': 1.5, 'k': 3}
    for n, dt, nd in PARAMS:
        if n in names:
            env[n] = (g.integers(0, 4, SHAPES[nd]) if dt != 'f8' and dt != 'f4' else g.standard_normal(SHAPES[nd])).astype(NP[dt])
    return env


def typeof(expr, env):
    """(dtype code, ndim) of expr, from numpy; None when numpy rejects it."""
    import warnings
    with warnings.catch_warnings(), np.errstate(all='ignore'):
        warnings.simplefilter('ignore')
        try:
            v = eval(expr, dict(env))
        except Exception:
            return None
    if not isinstance(v, np.ndarray):
        return None
    c = CODE.get(v.dtype)
    return (c, v.ndim) if c else None


INT = ('i4', 'i8', 'u1')


def leaf(env, nd):
    cands = [(n, dt) for n, dt, d in PARAMS if d == nd and n in env]
    n, dt = R.choice(cands)
    if nd == 1:
        # a slice of the same length n whatever n is (bounds past the ends clip),
        # or a constructor of that length with a dtype
        if R.random() < 0.15:
            return R.choice(['np.zeros_like(ia)', 'np.ones(a.shape[0], dtype=np.uint8)', 'np.full_like(b, 2.5)',
                             'np.arange(ia.shape[0], dtype=np.int32)', 'np.arange(len(a))', 'np.full(len(ua), k, dtype=np.int16)',
                             'np.linspace(-1.0, 1.0, len(a)).astype(np.float32)', 'np.ones_like(ba)'])
        return R.choice([n, n, f'{n}[::-1]', f'{n}[-100:]', f'{n}[:100]', f'{n}[100::-1]', f'{n}[-1:-200:-1]'])
    if nd == 2:
        return R.choice([n, f'{n}[::-1, :]', f'{n}[:, ::-1]', f'{n}[::-1, ::-1]'])
    return R.choice([n, f'{n}[::-1]', f'{n}[:, ::-1, :]'])


def aexpr(env, nd, d=0):
    """An array expression of ndim nd (all of one shape)."""
    if d > 2 or R.random() < 0.35:
        return leaf(env, nd)
    r = R.random()
    e1 = aexpr(env, nd, d + 1)
    t1 = typeof(e1, env)
    if t1 is None:
        return leaf(env, nd)
    dt = t1[0]
    if r < 0.35:
        op = R.choice(['+', '-', '*', '/', '//', '%'] + (['&', '|', '^', '<<', '>>'] if dt in INT else []) +
                      (['&', '|', '^'] if dt == 'b1' else []))
        # numpy scalars (an element, a float reduction) promote as dtypes (NEP 50)
        other = R.choice([aexpr(env, nd, d + 1), R.choice(['2', '3', 'k', '0', '1']),
                          R.choice(['1.5', 'x', '-0.5']), R.choice(['a[0]', 'b[-1]', 'ia[0]', 'ja[-1]', 'ua[0]', 'np.mean(a)', 'b.sum()'])])
        if op in ('<<', '>>'):
            other = R.choice(['2', '1', f'({aexpr(env, nd, d + 1)} & 7)', '65' if dt != 'u1' else '3'])
        e = f'({e1} {op} {other})'
        if op in ('-', '+', '*', '//', '%', '/') and dt == 'b1':
            e = f'({e1}.astype(np.int32) {op} {other})'
    elif r < 0.45:
        e = f'np.where({cmpexpr(env, nd, d + 1)}, {e1}, {R.choice([aexpr(env, nd, d + 1), "0", "x", "k", "a[0]", "ja[-1]", "b[0]"])})'
    elif r < 0.55:
        e = f'{e1}.astype({R.choice(["np.int32", "np.int64", "np.float32", "np.float64", "np.uint8", "np.bool_", "np.int16"])})'
        if dt in ('f8', 'f4') and 'int' in e.rsplit('astype', 1)[1]:
            # float to int is undefined for nan, inf and out-of-range values (and negatives to unsigned)
            e = f'np.where({e1} == {e1}, np.clip({e1}, 0.0, 100.0), 0.0).astype({e.rsplit("astype(", 1)[1][:-1]})'
    elif r < 0.65:
        e = f'{R.choice(["np.abs", "np.negative", "np.square", "np.sqrt", "np.floor", "np.sign"])}({e1})'
        if dt == 'b1' and 'sqrt' not in e:
            e = f'{e.split("(")[0]}({e1}.astype(np.int64))'
        if dt == 'b1' and 'sqrt' in e:
            e = f'np.sqrt({e1}.astype(np.float64))'
    elif r < 0.75:
        e = R.choice([f'np.{R.choice(["maximum", "minimum"])}({e1}, {R.choice([aexpr(env, nd, d + 1), "k", "x", "2", "a[1]"])})',
                      f'np.clip({e1}, {R.choice(["0", "-x", "a[0]", "ia[0]"])}, {R.choice(["k", "None", "a[-1]", "5"])})'])
    elif r < 0.85 and nd == 1:
        e = R.choice([f'np.cumsum({e1})', f'np.sort({e1})', f'np.argsort({e1}, kind="stable")', f'np.cumprod({e1} % 3)'])
        if dt == 'b1':
            e = f'np.cumsum({e1})'
    elif r < 0.85:
        e = R.choice([f'np.cumsum({e1}, axis={R.choice([0, 1])})', f'np.sort({e1}, axis={R.choice([-1, 0])})',
                      f'np.argsort({e1}, axis={R.choice([0, 1])}, kind="stable")', f'{e1}.T.copy().T',
                      f'({e1} - np.{R.choice(["sum", "max", "min"])}({e1}, axis={R.choice([0, 1])}, keepdims=True))'])
        if dt == 'b1':
            e = f'np.cumsum({e1}, axis=0)'
    else:
        e = f'(~{e1})' if dt in INT + ('b1',) else f'(-{e1})'
    return e if typeof(e, env) is not None and typeof(e, env)[1] == nd else e1


def cmpexpr(env, nd, d=0):
    # NEP 50: a Python int outside the array's range compares by value (`ua < -1` is all False)
    e = f'({aexpr(env, nd, d + 1)} {R.choice(["<", ">", "<=", ">=", "==", "!="])} {R.choice([aexpr(env, nd, d + 1), "x", "k", "1", "-1", "300", "2**40", "-0.5", "np.nan"])})'
    if R.random() < 0.3:
        e = f'({e} {R.choice(["&", "|", "^"])} {cmpexpr(env, nd, d + 2) if d < 2 else "ba" if nd == 1 else "(A > 0)"})'
    return e


def red(env):
    nd = R.choice([1, 1, 2, 3])
    e = aexpr(env, nd)
    t = typeof(e, env)
    if t is None:
        return None
    dt = t[0]
    fs = [f'np.sum({e})', f'np.max({e})', f'np.min({e})', f'np.argmax({e})', f'np.argmin({e})', f'{e}.sum()',
          f'np.count_nonzero({e})', f'np.sum({e}[{"::-2" if nd == 1 else "-1"}])', f'np.any({e})', f'np.all({e})']
    if dt != 'b1':
        fs += [f'np.mean({e})', f'np.prod({e} % 3)']
    if nd >= 2:
        ax = R.choice(range(-1, nd))
        last = ', '.join([R.choice(['0', '-1'])] * (nd - 1))
        fs += [f'np.sum({e}, axis={ax})[{last}]', f'np.argmax({e}, axis={ax})[{last}]',
               f'np.max({e}, axis={ax}, keepdims=True).sum()', f'np.min({e}, axis={ax}).sum()']
    if nd == 1:
        # slices that can be empty (n is 1 or 2 sometimes): numpy's ValueError for max/argmax, nan mean
        sl = R.choice(['[2:]', '[1:-1]', '[-2:0:-1]', '[k:]', '[:k]', '[::k + 3]' if False else '[::3]'])
        fs += [f'np.max({e}{sl})', f'np.argmin({e}{sl})', f'np.sum({e}{sl})', f'np.mean({e}{sl})' if dt != 'b1' else f'np.any({e}{sl})']
    if dt not in ('b1',):
        fs += [f'np.std({e})', f'np.var({e}, ddof=1)' if nd == 1 else f'np.var({e})']
    f = R.choice(fs)
    if f.startswith('np.max') or f.startswith('np.min'):
        # numpy: ValueError for an empty array; the arrays are never empty
        pass
    return f'float({f})'


def stmt(env, rets):
    r = R.random()
    if r < 0.2:
        s = red(env)
        return [f'    s += {s}'] if s else []
    if r < 0.32:
        nd = R.choice([1, 1, 2])
        e = aexpr(env, nd)
        t = typeof(e, env)
        if t is None:
            return []
        v = f'r{len(rets)}'
        rets.append((v, t))
        env[v] = eval(e, dict(env)) if True else None
        return [f'    {v} = {e}']
    if r < 0.42:
        # a mask store into a copy (or a view written through)
        tgt, dt, nd = R.choice([(n, dt, d) for n, dt, d in PARAMS if n in env and d <= 2])
        val = {'b1': 'True', 'f8': R.choice(['x', '0.0', 's']), 'f4': R.choice(['x', '-1.0']), 'u1': R.choice(['7', '255']),
               'i4': R.choice(['k', '-9']), 'i8': R.choice(['k', '-9', '2**40'])}[dt]
        return [f'    {tgt}[{cmpexpr(env, nd)}] = {val}']
    if r < 0.55:
        tgt, dt, nd = R.choice([(n, dt, d) for n, dt, d in PARAMS if n in env and dt != 'b1'])
        sl = {1: R.choice(['1::2', '::-1', '-3:', ':-1', '::2', '-2::-2', '1:4', ':']),
              2: R.choice(['::2, :', ':, -2:', '1:, ::-1', '::-1', '0']), 3: R.choice(['::-1', ':, 1:, :', '..., 0', '1'])}[nd]
        op = R.choice(['+=', '-=', '*='] + (['//=', '%=', '&=', '|=', '<<='] if dt in INT else []))
        val = R.choice(['2', 'k', '1'] + (['x'] if dt in ('f8', 'f4') else []))
        return [f'    {tgt}[{sl}] {op} {val}']
    if r < 0.63:
        tgt, dt, nd = R.choice([(n, dt, d) for n, dt, d in PARAMS if n in env and d == 1 and dt != 'b1'])
        return [f'    v = {tgt}[{R.choice(["::-1", "1:", "::2"])}]', f'    v[{R.choice(["0", "-1"])}] = {R.choice(["1", "3"])}',
                f'    s += float(v[-1]) + float({tgt}[0])']
    if r < 0.72:
        tgt, dt, nd = R.choice([(n, dt, d) for n, dt, d in PARAMS if n in env and d >= 2])
        loops = ['    for i in range({0}.shape[0]):', '        for j in range({0}.shape[1]):']
        if nd == 3:
            loops.append('            for q in range({0}.shape[2]):')
        idx = 'i, j' if nd == 2 else 'i, j, q'
        ind = '    ' * (nd + 1)
        body = R.choice([f'{ind}s += float({tgt}[{idx}]) * (i - j)', f'{ind}{tgt}[{idx}] = {tgt}[{idx}] + i',
                         f'{ind}if {tgt}[{idx}] > {R.choice(["0", "1"])}:\n{ind}    s += 1.0'])
        return [l.format(tgt) for l in loops] + [body]
    if r < 0.76:
        return checked(env, inplace_mixed(env))
    if r < 0.8:
        tgt = R.choice([n for n, dt, d in PARAMS if n in env and d == 1])
        return [f'    s += float({tgt}[{R.choice(["k", "-k", "k - 3", "len(" + tgt + ") - 1", "-len(" + tgt + ")"])}])']
    if r < 0.9:
        c = R.choice(['np.zeros(k % 4 + 1, dtype=np.int32)', 'np.ones((2, 3), dtype=np.uint8)', 'np.full(3, k, dtype=np.int64)',
                      'np.arange(k % 5)', 'np.linspace(0.0, x, 4)', 'np.empty(0)', 'np.full(2, x, dtype=np.float32)',
                      'np.arange(1, 8, 2, dtype=np.float64)', 'np.zeros((2, 2), dtype=np.bool_)'])
        return [f'    z = {c}', f'    s += float(np.sum(z)) + z.shape[0]']
    tgt, dt, nd = R.choice([(n, dt, d) for n, dt, d in PARAMS if n in env and d == 1])
    return ['    t = 0.0', f'    for w in {tgt}:', f'        t = t * 0.5 + float(w)', '    s += t']


def inplace_mixed(env):
    """In-place operators across dtypes and with broadcasting (`A += A[0]`,
    `ja -= ia`, `T *= IA[:, :, None]`), fancy gathers and stores, tuple unpacking."""
    one = [n for n, dt, d in PARAMS if n in env and d == 1]
    op = R.choice(['+=', '-=', '*=', '//=', '%=', '|=', '^=', '>>=', '/='])
    return R.choice([
        [f'    {R.choice(one)} {op} {aexpr(env, 1)}'],
        [f'    {R.choice(["A", "IA"])} {op} {R.choice(["A[0]", "IA[-1]", "A[:, :1]", "IA[:, ::-1][1:2]", "a[:, None]" if False else "A[::-1]"])}'],
        [f'    T {op} {R.choice(["IA[:, :, None]", "T[:, :1, :]", "T[::-1, :, 1:]", "k", "ja[:, None, None]"])}'],
        [f'    g = {R.choice(one)}[{R.choice(["ja % len(" + R.choice(one) + ")", "np.argsort(a)[:2]", "ua % 3", "ia[::-1] % 2"])}]',
         f'    s += float(np.sum(g)) + g.shape[0]'],
        # (a numpy float scalar stored into an int array converts by C's cast
        # in numpy, undefined for nan and out-of-range values: floats go to floats)
        [f'    {R.choice(one)}[{R.choice(["ja % len(a)", "np.argsort(a)[-2:]", "ua % 3"])}] {R.choice(["=", "+="])} {R.choice(["1", "k"])}'],
        # overlapping in-place operands and stores (numpy copies the operand first)
        [R.choice([f'    {t}[1:] {op} {t}[:-1]', f'    {t}[::-1] {op} {t}', f'    {t}[:] = {t}[::-1]', f'    {t}[:-1] = {t}[1:] * 2',
                   '    A[1:, :] += A[:-1, :]', '    IA[:, ::-1] -= IA', '    T[::-1] = T[:, ::-1]', f'    {t}[ba] = {t}[ba][::-1]'])
         for t in [R.choice([n for n in one if n != "ba"])]],
        [f'    s += float(np.sum({R.choice(["ia ** 2", "ua ** 3", "ja ** 3", "np.abs(ia - 2**31 + 1)", "np.where(ba, 1, 2.5)", "np.where(ba, ua, -1)", "a[ba]", "b[~ba]", "ia[ba] * ua[ba]"])}))'],
        [f'    {R.choice(["a", "b"])}[{R.choice(["ja % len(a)", "np.argsort(a)[-2:]", "ua % 3"])}] {R.choice(["=", "+="])} {aexpr(env, 1)}[0]'],
        [f'    pp, qq = {aexpr(env, 1)}, {aexpr(env, 2)}', '    s += float(pp[0]) + float(qq[-1, 0])'],
        # (not `ua[...] = k`: numpy raises OverflowError for a Python int
        # outside uint8, pycc wraps as numba does; documented)
        [f'    {R.choice([n for n in one if n != "ua"])}[{R.choice(["1:4", "::-2", "k % 3:", ":-k"])}] = {R.choice(["2", "k", "x"])}'],
    ])


def checked(env, lines):
    """lines when numpy runs them on the small arrays (no casting error, no shape mismatch), else none."""
    import warnings
    code = 'def _t(' + ', '.join(n for n, _, _ in PARAMS) + ', x, k):\n    s = 0.0\n' + '\n'.join(lines) + '\n'
    e = dict(env)
    try:
        exec(code, e)
        with warnings.catch_warnings(), np.errstate(all='ignore'):
            warnings.simplefilter('ignore')
            e['_t'](*[e[n].copy() for n, _, _ in PARAMS], 1.5, 3)
    except Exception:
        return []
    return lines


def function(i):
    names = set(n for n, _, _ in PARAMS)
    env = dummy_env(names)
    rets = []
    L = ['    s = 0.0']
    for n, dt, nd in PARAMS:
        if R.random() < 0.3 and dt != 'b1':
            L.append(f'    {n} = {n}.copy()')  # the input is not stored into (a store through the argument is another test)
    for _ in range(R.randint(2, 6)):
        L += stmt(env, rets)
    outs = [('f8', 's')]
    if len(rets) >= 2 and R.random() < 0.3:
        (v, (dt, nd)), (w, (dt2, nd2)) = R.sample(rets, 2)
        outs.append((f'Tuple(({dt}[{", ".join([":"] * nd)}], {dt2}[{", ".join([":"] * nd2)}]))', f'{v}, {w}'))
    elif rets:
        v, (dt, nd) = R.choice(rets)
        outs.append((f'{dt}[{", ".join([":"] * nd)}]', v))
        if R.random() < 0.5:
            outs = [(f'Tuple(({dt}[{", ".join([":"] * nd)}], f8))', f'{v}, s')]
    ret, val = R.choice(outs)
    return export(i, ret, L, val)


def export(i, ret, body, val):
    """Export f{i} over PARAMS, x and k, returning val (ret '' for numba's bare argument list)."""
    sig = ', '.join(f'{dt}[{", ".join([":"] * nd)}]' for _, dt, nd in PARAMS) + ', f8, i8'
    args = ', '.join(n for n, _, _ in PARAMS) + ', x, k'
    return [f"@cc.export('f{i}', '{ret}({sig})')", f'def f{i}({args}):'] + body + [f'    return {val}', '']


def module(name, nf, function):
    out = ['import math', 'import numpy as np', 'from numba.pycc import CC', f"cc = CC('{name}')", '']
    for i in range(nf):
        out += function(i)
    return '\n'.join(out) + '\n'


def program(nf):
    return module('fz_ndarrays', nf, function)


if __name__ == '__main__':
    R.seed(int(sys.argv[1]))
    print(program(6))
