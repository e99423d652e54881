"""Array-kernel fuzzer: f8 1-d/2-d arrays with numpy expressions."""
import random, sys
R = random.Random(0)
UF = ['np.sqrt(np.abs({}))', 'np.exp(-np.abs({}))', 'np.sin({})', 'np.abs({})', 'np.maximum({}, {})', 'np.minimum({}, {})', 'np.where({} > {}, {}, {})', 'np.log1p(np.abs({}))', 'np.floor({})', 'np.tanh({})', 'np.arctan2({}, {})', 'np.clip({}, -1.0, 2.0)', 'np.square({})', 'np.hypot({}, {})']
RED = ['np.sum({})', 'np.max({})', 'np.min({})', 'np.mean({})', '{}.sum()', 'np.prod({})', 'np.std({})', 'np.var({})', 'float(np.argmax({}))', 'float(np.argmin({}))', 'np.median({})', 'np.dot({}, {})', 'float(np.count_nonzero({} > 0.5))', 'np.linalg.norm({})', 'float(np.any({} > 1.0))', 'np.cumsum({})[-1]', 'np.sort({})[0]']
def aexpr(d=0):
    r = R.random()
    if d > 2 or r < 0.3:
        return R.choice(['a', 'b', 'c', '(a * 2.0)', '(b - 0.5)', 'a[::-1]'])
    if r < 0.6:
        return f'({aexpr(d+1)} {R.choice(["+", "-", "*", "/"])} {R.choice([aexpr(d+1), "s", "2.0", "x"])})'
    f = R.choice(UF)
    return f.format(*[aexpr(d+1) for _ in range(f.count('{}'))])
def sexpr():
    f = R.choice(RED)
    return f.format(*[aexpr() for _ in range(f.count('{}'))])
def body():
    L = ['    s = 0.0', '    c = np.empty_like(a)']
    L.append('    for i in range(a.shape[0]):')
    L.append(f'        c[i] = {R.choice(["a[i] * b[i]", "a[i] + x", "max(a[i], b[i])", "a[i] - b[i] / (1.0 + abs(a[i]))", "math.sqrt(abs(a[i])) + b[i]"])}')
    for _ in range(R.randint(1, 4)):
        r = R.random()
        if r < 0.4: L.append(f'    s += {sexpr()}')
        elif r < 0.6: L.append(f'    c = {aexpr()}')
        elif r < 0.75:
            L.append('    for i in range(1, a.shape[0]):')
            L.append(f'        c[i] = c[i - 1] * 0.5 + {R.choice(["a[i]", "b[i] * x", "s"])}')
        elif r < 0.85:
            L.append(f'    c[{R.choice(["1:", ":2", "::2", "1:-1"])}] = {R.choice(["0.0", "x", "s"])}')
        else:
            L.append(f'    c[c > {R.choice(["0.5", "x", "s"])}] = {R.choice(["0.0", "x"])}')
    L.append(f'    return s + {sexpr()}')
    return L

# Typed kernels: f8, i8 and f4 arrays of one length n mixed in expressions,
# numpy's dtype promotion (NEP 50), strided and negative slices, masks, index
# arrays, helpers returning arrays, enumerate/zip, tuple returns with arrays.
LEAF = {
    'f8': ['a', 'a[::-1]', 'c', 'np.cumsum(a)', 'np.sort(a)', '(a * x)', 'np.concatenate((a[1:], a[:1]))', 'np.clip(a, -1.0, x)',
           'np.where(ia > 0, a, x)', 'h_scale(a, x)', 'h_norm(c)', 'np.abs(a)', '(np.sum(a, axis=0, keepdims=True) * a)'],
    'i8': ['ia', 'ia[::-1]', 'ic', 'np.cumsum(ia)', 'np.sort(ia)', 'np.argsort(a)', '(ia * k)', '(ia // 3)', '(ia % -4)', '(-ia // 2)',
           'np.abs(ia)', '(ia ** 2)', 'np.where(a > x, ia, k)', 'np.clip(ia, -2, 3)', 'np.concatenate((ia[-1:], ia[:-1]))'],
    'f4': ['fa', 'fa[::-1]', '(fa * 2.0)', 'np.sort(fa)', 'np.abs(fa)', '(fa * x)', 'np.sqrt(np.abs(fa))', 'np.maximum(fa, 0.5)'],
}
PROMOTE = {('f8', 'f8'): 'f8', ('f8', 'i8'): 'f8', ('f8', 'f4'): 'f8', ('i8', 'i8'): 'i8', ('i8', 'f4'): 'f8', ('f4', 'f4'): 'f4'}


def texpr(dt, d=0):
    """An n-long array expression of dtype dt."""
    if d > 2 or R.random() < 0.4:
        return R.choice(LEAF[dt])
    if dt == 'f8' and R.random() < 0.3:
        return f'({texpr("i8", d + 1)} / {R.choice(["2", "4.0", texpr("i8", d + 1)])})'
    pairs = [p for p, r in PROMOTE.items() if r == dt]
    l, r = R.choice(pairs)
    if R.random() < 0.5:
        l, r = r, l
    op = R.choice(['+', '-', '*']) if dt != 'i8' else R.choice(['+', '-', '*', '&', '|'])
    return f'({texpr(l, d + 1)} {op} {texpr(r, d + 1)})'


def tred():
    dt = R.choice(['f8', 'f8', 'i8', 'f4'])
    e = texpr(dt)
    return R.choice([f'float(np.sum({e}))', f'float(np.max({e}))', f'float(np.mean({e}))', f'float({e}.sum())',
                     f'float(np.sum(np.diff({e})))', f'float(np.argmax({e}))', f'float(np.sum({e}[ia > 0]))',
                     f'float(np.sum({e}[np.argsort(a)[:3]]))', f'float(np.min(np.concatenate(({e}, {texpr(dt)}))))',
                     f'float(np.sum({e}[1::2]))', f'float(np.sum({e}[-3:]))', f'float(np.prod({e}[::3]))',
                     f'float(np.sum({e}, axis=0))', f'float(np.sum({e}, keepdims=True)[0])', f'float({e}[-1])',
                     f'float(np.sum(np.sort({e})[::-2]))', f'float(np.argsort({e})[0])'])


def xstmt():
    """np.empty filled by a loop, bool arrays reduced, outer/cumprod/linspace/arange, clip with array
    bounds, reshape/ravel/flatten, reversed stores, int8/uint8 arithmetic that wraps (numpy's too)."""
    e = texpr('f8')
    return R.choice([
        ['    e = np.empty(a.shape[0])', '    for i in range(a.shape[0]):', f'        e[i] = {R.choice(["a[i] * x - ia[i]", "float(fa[i]) + i", "max(a[i], float(fa[i]))"])}', '    s += float(np.sum(e))'],
        [f'    bm = {e} > {R.choice(["x", "0.0", "a"])}', f'    s += float({R.choice(["np.any(bm)", "np.all(bm)", "np.count_nonzero(bm)", "np.sum(bm)", "np.any(~bm)"])})'],
        [f'    s += float(np.sum(np.outer({e}, {R.choice(["fa", "a[::-1]", "ia"])})))'],
        [f'    s += float(np.cumprod({e}[:{R.choice(["3", "5"])}])[-1])'],
        [f'    s += float(np.sum(np.linspace({R.choice(["0.0", "-1.0"])}, x, {R.choice(["1", "5", "7"])}) * {R.choice(["1.0", "x"])}))',
         f'    s += float(np.sum(np.arange({R.choice(["0.0", "-1.5"])}, {R.choice(["1.0", "2.0"])}, {R.choice(["0.25", "0.3", "0.7"])})))'],
        [f'    c = np.clip({e}, {R.choice(["a[::-1]", "-np.abs(fa)", "x - 1.0"])}, {R.choice(["2.0", "np.abs(a) + 1.0"])})'],
        [f'    s += float(np.sum({e}.reshape(-1, 1) * {R.choice(["fa", "a", "ia"])}))', f'    s += float({e}.reshape(1, -1).ravel()[-1]) + float(np.outer(a, fa).flatten()[{R.choice(["0", "-1"])}])'],
        [f'    c[::-1] = {e}'],
        [f'    s += float(np.sum(ia.astype(np.int8) * np.int8({R.choice(["50", "-7", "127"])})))', f'    s += float(np.sum(ia.astype(np.uint8) + {R.choice(["250", "7"])}))'],
        [f"    s += float(({e} * 1.0) @ a) + float(np.dot(fa, fa)) + float(np.dot(a[::-1], {R.choice(['a', 'a[::-1]'])}))"],
        # `@` of negatively strided views (numpy's matmul order), np.dot/@ of mixed dtypes, math.fsum
        [f"    s += float(a[::-1] @ {R.choice(['a', 'a[::-1]', '(a * 0.5)'])}) + float(np.dot({R.choice(['a', 'fa', 'ia'])}, {R.choice(['ia', 'fa', 'a[::-1]'])}))",
         f"    s += float({R.choice(['ia', 'fa', 'a'])}[::-1] @ {R.choice(['a', 'ia', 'fa'])}) + math.fsum({R.choice(['a', 'fa', 'a[::-1] * x', e])})"],
    ])


def tstmt():
    if R.random() < 0.2:
        return xstmt()
    r = R.random()
    if r < 0.2:
        return [f'    s += {tred()}']
    if r < 0.3:
        return [f'    c = {texpr("f8")}']
    if r < 0.38:
        return [f'    ic = {texpr("i8")}']
    if r < 0.46:
        return [f'    {R.choice(["c[ia > 0] = x", "c[c > x] = 0.0", "ic[ic < 0] = 0", "c[np.abs(a) > 1.0] = s", "ic[a > x] = k"])}']
    if r < 0.54:
        return [f'    {R.choice(["c[np.argsort(ia)[:2]] = x", "c[np.abs(ia) % c.shape[0]] += 1.0", "ic[np.argsort(a)[-2:]] = -k", "c[ic % c.shape[0]] = a[ic % c.shape[0]] * 2.0"])}']
    if r < 0.64:
        tgt, dt = R.choice([('c', 'f8'), ('ic', 'i8')])
        sl = R.choice(['1::2', '::-1', '-3:', ':-1', '::2', '-2::-2'])
        op = R.choice(['+=', '-=', '*='])
        val = R.choice(['2', f'{texpr(dt)}[{sl}]', 'k'] + (['x'] if dt == 'f8' else []))
        return [f'    {tgt}[{sl}] {op} {val}']
    if r < 0.72:
        return ['    for i, v in enumerate(a):', f'        c[i] = {R.choice(["v * 2.0 + ia[i]", "v - c[i - 1] * 0.5", "max(v, x) + ia[i]", "abs(v) + i"])}']
    if r < 0.8:
        return ['    for v, w in zip(a, ia):', f'        if {R.choice(["v > w", "w % 2 == 0", "v < x and w != 0"])}:', f'            s += {R.choice(["v * w", "v", "float(w)"])}']
    if r < 0.88:
        return ['    j = 0', f'    while j < c.shape[0] and ({R.choice(["c[j] > x or ic[j] != 0", "ic[j] >= 0", "not c[j] < s"])}) and j < 10:',
                '        s += c[j]', '        j += 1']
    return [f'    c[:-1] += np.diff({texpr("f8")})']


TRET = [('f8', 'return s + {}'), ('f8[:]', 'return c'), ('i8[:]', 'return ic'), ('Tuple((f8[:], f8, i8))', 'return c, s, int(np.sum(ic))'),
        ('Tuple((f8, i8[:]))', 'return s + {}, ic'), ('i8', 'return int(np.sum(ic)) + int(s)')]


def typed_body():
    L = ['    s = 0.0', '    c = a.copy()', '    ic = ia.copy()']
    for _ in range(R.randint(2, 5)):
        L += tstmt()
    ret, line = R.choice(TRET)
    L.append('    ' + line.format(tred()))
    return ret, L


HELP = ['def h_scale(v, t):\n    return v * t + 1.0\n', 'def h_norm(v):\n    return (v - np.mean(v)) / (1.0 + np.std(v))\n']


def program(nf):
    out = ['import math', 'import numpy as np', 'from numba.pycc import CC', "cc = CC('fz_arrays')", '']
    out += HELP
    for i in range(nf):
        if R.random() < 0.5:
            out += [f"@cc.export('f{i}', 'f8(f8[:], f8[:], f8)')", f'def f{i}(a, b, x):'] + body() + ['']
        else:
            ret, b = typed_body()
            out += [f"@cc.export('f{i}', '{ret}(f8[:], i8[:], f4[:], f8, i8)')", f'def f{i}(a, ia, fa, x, k):'] + b + ['']
    return '\n'.join(out) + '\n'
if __name__ == '__main__':
    R.seed(int(sys.argv[1])); print(program(6))
