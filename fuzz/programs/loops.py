"""The `loops` kind: `for ... in range` loops whose bodies compute float
powers, math functions, divisions and modulos that raise at some
iteration (OverflowError, ValueError, ZeroDivisionError), next to reads
of an array and int conversions, which stay branches. pycc runs such
loops with their float checks deferred (src/analysis/deferral.rs): the
exception, and which of two raises first, must still be CPython's, over
ranges longer than the deferred run's chunks of 4096 too. Most bodies
update `acc` by `+=`, `-=` or `*=`, so it stands for the checks of the
powers and math calls in its updates (analysis/deferral.rs `Sticky`).
Negative bases never meet fractional powers (CPython returns a complex there, pycc
raises ValueError: README Deviations)."""
import random
import sys

R = random.Random()
SIG = 'f8(f8, f8, i8, f8[:])'
LEAVES = ['x', 'y', 'acc', '(i * 0.5)', '(j * 0.25)', '1.5', '-2.0', '1e300', '(i - 3.0)']
MATH = ['math.log', 'math.sqrt', 'math.exp', 'math.acos', 'math.atanh', 'math.lgamma', 'math.cosh', 'math.log10',
        'math.expm1', 'math.asin']


def fexpr(d=0):
    r = R.random()
    if d > 2 or r < 0.3:
        return R.choice(LEAVES)
    if r < 0.5:
        return f'({fexpr(d + 1)} {R.choice(["+", "-", "*", "/"])} {fexpr(d + 1)})'
    if r < 0.65:
        if R.random() < 0.6:
            return f'({fexpr(d + 1)} ** {R.choice(["2", "3", "4", "-1", "-2"])})'
        return f'(abs({fexpr(d + 1)}) ** {R.choice(["0.5", "y", "x", "-1.5"])})'
    if r < 0.85:
        return f'{R.choice(MATH)}({fexpr(d + 1)})'
    if r < 0.92:
        return f'({fexpr(d + 1)} if {fexpr(d + 1)} < {fexpr(d + 1)} else {fexpr(d + 1)})'
    return f'({fexpr(d + 1)} {R.choice(["%", "//"])} {fexpr(d + 1)})'


def body(ind, depth):
    p = ' ' * ind
    out = []
    for _ in range(R.randint(1, 3)):
        r = R.random()
        if r < 0.4:
            out.append(f'{p}acc += {fexpr()}')
        elif r < 0.45:
            out.append(f'{p}acc {R.choice(["-=", "*="])} {fexpr()}')
        elif r < 0.6:
            out.append(f'{p}x = {fexpr()}')
        elif r < 0.68:
            out.append(f'{p}k += int({fexpr()} > 0.0)')
        elif r < 0.74:
            out.append(f'{p}k += int(min(max({fexpr()}, -1e6), 1e6))')  # int(nan) raises, a branch
        elif r < 0.8:
            out.append(f'{p}acc += float(a[(i + k) % a.shape[0]])')  # a Python float, as numba's element: numpy's scalar would not raise
        elif r < 0.88 and depth < 2:
            out.append(f'{p}for j in range({R.choice(["3", "n % 4", "i % 5"])}):')
            out += body(ind + 4, depth + 1)
        else:
            out.append(f'{p}if {fexpr()} > {fexpr()}:')
            out.append(f'{p}    {R.choice(["continue", "acc -= 1.0", "k += 1"])}')
    return out


def program(nf):
    lines = ['import math', 'import numpy as np', 'from numba.pycc import CC', "cc = CC('fz_loops')", '']
    for i in range(nf):
        lines += [f"@cc.export('f{i}', '{SIG}')", f'def f{i}(x, y, n, a):', '    acc = 0.0', '    k = 0', '    j = 0',
                  '    for i in range(n):'] + body(8, 0) + ['    return acc + k + x', '']
    return '\n'.join(lines) + '\n'


def inputs(name, rr):
    """(x, y, n, a): edges and ranges past one chunk of the deferred run."""
    import numpy as np

    x = rr.choice([0.5, -1.5, 2.0, 1e200, 0.0, -0.0, float('inf'), float('nan'), 700.0])
    y = rr.choice([0.5, 3.0, -0.5, 0.0, 2.0])
    n = rr.choice([0, 1, 5, 40, 4097, 9000])
    a = np.array([rr.uniform(-1, 1) for _ in range(rr.randint(1, 5))])
    return (x, y, n, a)


if __name__ == "__main__":
    R.seed(int(sys.argv[1]))
    print(program(int(sys.argv[2]) if len(sys.argv) > 2 else 6))
