"""Random numba.pycc-style modules, compiled by pycc and compared with the
same source run by CPython (and numpy): an independent differential fuzzer,
apart from `tests/fuzz_programs.rs`'s generator. Floats compare bit for bit;
exceptions by type.

    python fuzz/programs/run.py PYCC KIND FIRST_SEED LAST_SEED [OUT_DIR]

KIND is scalars (f8/i8 arithmetic, math, branches, loops), arrays (1-d
numpy expressions, reductions, masks), matrices (2-d, transposes, axis
reductions, @) or language (helpers, tuples, lists, while, recursion).
Needs numpy for arrays and matrices. Prints each mismatch and the number of
bad seeds. Known, documented differences the generators avoid: ints wrap at
64 bits (CPython's grow), a negative float to a fractional power raises
ValueError (CPython makes a complex).
"""
import importlib.util
import math
import os
import random
import struct
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

F = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -3.75, 1e-300, 1e300, 7.0, 123.456, -1e-5, math.inf, math.nan, 3.0]
I = [0, 1, -1, 2, 7, -13, 100, 12345, -99, 5]


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return struct.pack('d', a) == struct.pack('d', b) or (math.isnan(a) and math.isnan(b))
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def call(f, args):
    try:
        return ('ok', f(*[x.copy() if hasattr(x, 'copy') else x for x in args]))
    except Exception as e:  # the exception's type is compared
        return ('exc', type(e).__name__)


def inputs(kind, rr):
    if kind == 'scalars':
        return (rr.choice(F), rr.choice(F), rr.choice(I), rr.choice(I))
    if kind == 'language':
        return (rr.choice([0, 1, 5, 10, -7, 23, 100]), rr.choice([0, 1, -3, 8, 29, 1000]), rr.choice([0.0, 0.5, -2.0, 7.25]))
    import numpy as np
    g = np.random.default_rng(rr.randrange(2**32))
    n = int(g.choice([1, 2, 5, 17, 100] if kind == 'arrays' else [1, 2, 3, 7, 20]))
    shape = (n,) if kind == 'arrays' else (n, n)
    a, b = g.standard_normal(shape), g.standard_normal(shape) * 3
    if rr.random() < 0.1:
        a.flat[0] = np.nan
    return (a, b, float(g.choice([0.0, 1.5, -2.0])))


def main():
    pycc, kind, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    out = sys.argv[5] if len(sys.argv) > 5 else f'/tmp/pycc-fuzz-{kind}'
    gen = importlib.import_module(kind)
    if kind in ('arrays', 'matrices'):
        import numpy as np

        np.seterr(all='ignore')  # numpy's warnings are not results
    bad = 0
    for seed in range(first, last):
        gen.R.seed(seed)
        src = gen.program(6)
        mod = src.split("CC('")[1].split("'")[0]
        d = f'{out}/{seed}'
        os.makedirs(d, exist_ok=True)
        with open(f'{d}/{mod}.py', 'w') as f:
            f.write(src)
        p = subprocess.run([pycc, 'compile', f'{d}/{mod}.py', '-o', d], capture_output=True, text=True, timeout=600)
        if p.returncode != 0:
            print(f'seed {seed}: compile failed\n{p.stderr[:800]}')
            bad += 1
            continue
        so = next(x for x in os.listdir(d) if x.endswith('.so'))
        spec = importlib.util.spec_from_file_location(mod, f'{d}/{so}')
        compiled = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(compiled)
        ref = {}
        plain = src.replace('@cc.export', '# export').replace('from numba.pycc import CC', '')
        exec(compile(plain.replace(f"cc = CC('{mod}')", ''), f'{mod}_ref', 'exec'), ref)
        rr = random.Random(seed)
        misses = 0
        for i in range(6):
            for _ in range(40):
                args = inputs(kind, rr)
                x, y = call(getattr(compiled, f'f{i}'), args), call(ref[f'f{i}'], args)
                if y[0] == 'ok' and isinstance(y[1], int) and not -(2**63) <= y[1] < 2**63:
                    continue  # pycc's ints wrap at 64 bits (documented)
                if y[0] == 'ok' and type(y[1]).__module__ == 'numpy':
                    y = ('ok', y[1].item())
                if not (x[0] == y[0] and (same(x[1], y[1]) if x[0] == 'ok' else x[1] == y[1])):
                    if misses < 3:
                        print(f'seed {seed} f{i}: pycc {x} reference {y}')
                    misses += 1
        bad += misses > 0
    print(f'{kind}: {bad} bad seeds of {last - first}')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
