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
def program(nf):
    out = ['import math', 'import numpy as np', 'from numba.pycc import CC', "cc = CC('fz_arrays')", '']
    for i in range(nf):
        out += [f"@cc.export('f{i}', 'f8(f8[:], f8[:], f8)')", f'def f{i}(a, b, x):'] + body() + ['']
    return '\n'.join(out) + '\n'
if __name__ == '__main__':
    R.seed(int(sys.argv[1])); print(program(6))
