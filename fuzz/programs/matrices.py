"""2-d / int array fuzzer."""
import random, sys
R = random.Random(0)
def mexpr(d=0):
    r = R.random()
    if d > 2 or r < 0.35:
        return R.choice(['A', 'B', 'A.T', '(A * 2.0)', 'A[:, ::-1]', 'A[::-1, :]'])
    if r < 0.65:
        return f'({mexpr(d+1)} {R.choice(["+", "-", "*"])} {R.choice([mexpr(d+1), "x", "v", "v[:, None]" if False else "1.5"])})'
    f = R.choice(['np.sqrt(np.abs({}))', 'np.abs({})', 'np.maximum({}, {})', 'np.where({} > 0.0, {}, 0.0)', 'np.exp(-np.abs({}))'])
    return f.format(*[mexpr(d+1) for _ in range(f.count('{}'))])
RED = ['np.sum({})', 'np.max({})', 'np.mean({})', 'np.sum({}, axis=0)[0]', 'np.sum({}, axis=1)[-1]', 'np.max({}, axis=0).sum()', 'np.mean({}, axis=1).sum()', 'np.min({}, axis=1)[0]', 'np.dot({}, v).sum()', 'np.std({})', '({} @ {}).sum()', 'np.trace({})', 'float(np.argmax({}))', 'np.cumsum({}, axis=0)[-1, 0]', 'np.linalg.norm({})', 'np.prod({}, axis=1)[0]']
def body():
    L = ['    n = A.shape[0]', '    s = 0.0', '    C = np.zeros((n, n))', '    v = A[0, :].copy()']
    L.append('    for i in range(n):')
    L.append('        for j in range(n):')
    L.append(f'            C[i, j] = {R.choice(["A[i, j] * B[j, i]", "A[i, j] + x", "max(A[i, j], B[i, j])", "A[i, j] - B[i, j] / (1.0 + abs(A[i, j]))"])}')
    for _ in range(R.randint(1, 4)):
        r = R.random()
        f = R.choice(RED)
        if r < 0.45: L.append(f'    s += {f.format(*[mexpr() for _ in range(f.count("{}"))])}')
        elif r < 0.6: L.append(f'    C = {mexpr()}')
        elif r < 0.75: L.append(f'    C[{R.choice(["0, :", ":, 1", "1:, :", "::2, ::2"])}] = {R.choice(["0.0", "x", "s"])}')
        elif r < 0.85: L.append(f'    v = v * 0.5 + C[:, 0]')
        else: L.append(f'    C[C > {R.choice(["0.5", "x"])}] = s')
    f = R.choice(RED)
    L.append(f'    return s + np.sum(C) + v[0] + {f.format(*[mexpr() for _ in range(f.count("{}"))])}')
    return L
def program(nf):
    out = ['import math', 'import numpy as np', 'from numba.pycc import CC', "cc = CC('fz_matrices')", '']
    for i in range(nf):
        out += [f"@cc.export('f{i}', 'f8(f8[:, :], f8[:, :], f8)')", f'def f{i}(A, B, x):'] + body() + ['']
    return '\n'.join(out) + '\n'
