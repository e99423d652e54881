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

# Typed kernels: an f8 matrix A, an i8 matrix IA (both n x n) and a 3-d f8
# array T (n x m x 3): dtype mixing, axis= and keepdims= reductions that
# broadcast back, 3-d slicing and reductions, strided and negative slices,
# int masks and element loops over three axes.
M2 = ['A', 'A[::-1, :]', 'A[::-1, ::-1]', 'C', '(A - np.mean(A, axis=0, keepdims=True))',
      '(A / (1.0 + np.sum(np.abs(A), axis=1, keepdims=True)))', '(A * IA)', '(IA + x)', '(IA // 2 - A)', 'np.where(IA > 0, A, x)',
      '(A - np.max(A, axis=1)[:, None])', 'np.cumsum(A, axis=1)', 'np.abs(A.T)', 'T.sum(axis=2)[:, :1]',
      'np.mean(T, axis=1)[:, :1]', '(IA % -3 + 0.5)', 'np.clip(A, -0.5, x)']
M3 = ['T', 'T[::-1]', '(T * 2.0 - x)', '(T - np.mean(T, axis=2, keepdims=True))', '(T / (1.0 + np.max(np.abs(T), axis=0, keepdims=True)))',
      'T[:, ::-1, :]', 'np.sqrt(np.abs(T))', '(T + A[:, :1, None])', 'np.where(T > x, T, 0.0)', '(T * T[:, :, ::-1])']


def m2(d=0):
    if d > 1 or R.random() < 0.5:
        return R.choice(M2)
    return f'({m2(d + 1)} {R.choice(["+", "-", "*"])} {R.choice([m2(d + 1), "x", "1.5"])})'


def m3(d=0):
    if d > 1 or R.random() < 0.5:
        return R.choice(M3)
    return f'({m3(d + 1)} {R.choice(["+", "-", "*"])} {R.choice([m3(d + 1), "x"])})'


def tred():
    if R.random() < 0.5:
        e = m2()
        return R.choice([f'np.sum({e})', f'float(np.max({e}))', f'np.sum({e}, axis=0)[-1]', f'np.sum({e}, axis=1, keepdims=True)[0, 0]',
                         f'np.mean({e}, axis=-1).sum()', f'float(np.min({e}, axis=0)[0])', f'np.sum({e}[1::2, ::-1])', f'float({e}[-1, -1])'])
    e = m3()
    return R.choice([f'np.sum({e})', f'np.sum({e}, axis=0)[0, 0]', f'np.max({e}, axis=2).sum()', f'np.sum({e}, axis=1, keepdims=True)[0, 0, -1]',
                     f'np.mean({e}, axis=(1)).sum()', f'float({e}[0, -1, 1])', f'np.sum({e}[:, 0, :])', f'np.sum({e}[..., 1])', f'np.std({e})'])


def tstmt():
    r = R.random()
    if r < 0.3:
        return [f'    s += {tred()}']
    if r < 0.42:
        return [f'    C = {m2()}']
    if r < 0.5:
        return [f'    U = {m3()}']
    if r < 0.6:
        return [f'    {R.choice(["C[IA > 0] = x", "C[C > s] = 0.0", "U[U < x] = s", "C[:, -1] = C[:, 0]"])}']
    if r < 0.7:
        return [f'    {R.choice(["C[::2, :]", "C[:, -2:]", "C[1:, ::-1]", "U[:, 1:, :]", "U[::-1, :, 0]"])} {R.choice(["+=", "-=", "*="])} {R.choice(["x", "2.0", "s"])}']
    if r < 0.8:
        return ['    for i in range(U.shape[0]):', '        for j in range(U.shape[1]):', '            for q in range(U.shape[2]):',
                f'                {R.choice(["s += U[i, j, q] * (q + 1)", "U[i, j, q] = U[i, j, q] * 0.5 + C[i, i]", "s = max(s, U[i, j, q])"])}']
    if r < 0.9:
        return ['    for i, row in enumerate(C):', f'        s += {R.choice(["row[-1] * i", "np.sum(row * IA[i])", "float(np.argmax(row))"])}']
    return ['    i = 0', '    while i < C.shape[0] and (C[i, 0] > x or IA[i, 0] % 2 == 0) and not s > 1e6:', '        s += C[i, 0]', '        i += 1']


TRET = [('f8', 'return s + {}'), ('f8[:, :]', 'return C'), ('f8[:, :, :]', 'return U'), ('Tuple((f8[:, :], f8))', 'return C, s + {}'),
        ('Tuple((f8, f8[:, :, :]))', 'return s, U')]


def typed_body():
    L = ['    s = 0.0', '    C = A.copy()', '    U = T.copy()']
    for _ in range(R.randint(2, 5)):
        L += tstmt()
    ret, line = R.choice(TRET)
    L.append('    ' + line.format(tred()))
    return ret, L


def program(nf):
    out = ['import math', 'import numpy as np', 'from numba.pycc import CC', "cc = CC('fz_matrices')", '']
    for i in range(nf):
        if R.random() < 0.5:
            out += [f"@cc.export('f{i}', 'f8(f8[:, :], f8[:, :], f8)')", f'def f{i}(A, B, x):'] + body() + ['']
        else:
            ret, b = typed_body()
            out += [f"@cc.export('f{i}', '{ret}(f8[:, :], i8[:, :], f8[:, :, :], f8)')", f'def f{i}(A, IA, T, x):'] + b + ['']
    return '\n'.join(out) + '\n'
