"""Random numba.pycc-style modules, compiled by pycc and compared with the
same source run by CPython (and numpy): an independent differential fuzzer,
apart from `tests/fuzz_programs.rs`'s generator. Floats compare bit for bit;
exceptions by type.

    python fuzz/programs/run.py PYCC KIND FIRST_SEED LAST_SEED [OUT_DIR]

KIND is scalars (f8/i8 arithmetic, math, branches, loops), arrays (1-d
numpy expressions, reductions, masks), matrices (2-d, transposes, axis
reductions, @), ndarrays (i4/i8/u1/f4/f8/b1 arrays of 1 to 3 dimensions:
promotion, shifts, masks, in-place operators, views) language (helpers,
tuples, lists, while, recursion) or mixed (all of these combined in one
function, as an outside author reading the README would: see mixed.py; its
exceptions compare by type and message, its array arguments after the call)
or npapi (random nested calls of the numpy functions the README lists,
declared or inferred result types: see npapi.py) or loops (range loops
whose float checks raise at some iteration, run deferred: see loops.py)
or collections (dicts, sets, lists, tuples, strs and None in numba.pycc
modules with container signatures: see collections_kind.py, which is not
named collections.py so as not to shadow the stdlib's module; exceptions by
type, list and set arguments after the call)
or typed (numba's scalar type spellings and type objects in signatures,
int widths, f4, numpy scalar constructors, 0-d and 3-d/4-d arrays: see
typed.py; the reference imports a stand-in `numba` whose scalar types are
numpy's constructors)
or exprtree (random typed expression trees over mixed scalar kinds with every
operator, casts, math and numpy scalar calls, edge constants, loops, tuples,
lists and sliced/masked arrays, written apart from the other kinds: see
exprtree.py; its reference twin records ints leaving int64, and such a case
is skipped; exceptions by type)
or kernels (whole numba-style functions of statements: while loops, nested
loops over 2-d arrays into np.zeros/np.empty results, mixed accumulators,
if/elif chains, early returns, lists, helpers, math calls, ZeroDivisionError
and IndexError paths: see kernels.py; its twin records ints leaving int64
as exprtree's does; exceptions by type).
Needs numpy for arrays and matrices. Prints each mismatch and the number of
bad seeds. Known, documented differences the generators avoid: ints wrap at
64 bits (CPython's grow), a negative float to a fractional power raises
ValueError (CPython makes a complex). Each seed is checked in a child
process: one that takes over PYCC_FUZZ_SEED_TIMEOUT seconds (default
SLOW * 6 + 120) is a bad seed, reported as a timeout.
"""
import importlib.util
import math
import os
import random
import signal
import struct
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

F = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -3.75, 1e-300, 1e300, 7.0, 123.456, -1e-5, math.inf, math.nan, 3.0]
I = [0, 1, -1, 2, 7, -13, 100, 12345, -99, 5]
SLOW = float(os.environ.get('PYCC_FUZZ_SLOW', '20'))  # seconds


def same(a, b):
    if type(a).__name__ == 'ndarray' and type(b).__name__ == 'ndarray':
        return a.dtype == b.dtype and a.shape == b.shape and same_items(a, b)
    if isinstance(a, float) and isinstance(b, float):
        return struct.pack('d', a) == struct.pack('d', b) or (math.isnan(a) and math.isnan(b))
    # a numpy scalar the reference put into a list compares as its value (numba's lists hold plain numbers)
    a, b = [x.item() if type(x).__module__ == 'numpy' and getattr(x, 'shape', None) == () else x for x in (a, b)]
    if isinstance(a, float) and isinstance(b, float):
        return struct.pack('d', a) == struct.pack('d', b) or (math.isnan(a) and math.isnan(b))
    if isinstance(a, complex) and isinstance(b, complex):
        return same(a.real, b.real) and same(a.imag, b.imag)
    if isinstance(a, (tuple, list)) and type(a) is type(b):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def same_items(a, b):
    """Bit for bit, except that any nan equals any nan (as `same`)."""
    import numpy as np

    if a.dtype.kind == 'c':
        return same_items(a.real.copy(), b.real.copy()) and same_items(a.imag.copy(), b.imag.copy())
    if a.dtype.kind != 'f':
        return bool(np.array_equal(a, b))
    na, nb = np.isnan(a), np.isnan(b)
    return bool(np.array_equal(na, nb)) and a[~na].tobytes() == b[~nb].tobytes()


def split_top(s):
    """'f8[:], i8, Tuple((f8, i8))' -> its top-level comma-separated parts."""
    parts, depth, cur = [], 0, ''
    for ch in s:
        depth += ch in '(['
        depth -= ch in ')]'
        if ch == ',' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
    return [x for x in parts + [cur.strip()] if x]


def signature(src, name):
    """The (return type, argument types) of export `name`'s signature string
    (or of its `# sig name: ...` comment, where the export spells it with numba's type objects)."""
    if f'# sig {name}: ' in src:
        sig = src.split(f'# sig {name}: ')[1].split('\n')[0]
    else:
        sig = src.split(f"@cc.export('{name}', '")[1].split("'")[0]
    depth = 0
    for i in range(len(sig) - 1, -1, -1):  # the argument list is the last parenthesized group
        depth += (sig[i] == ')') - (sig[i] == '(')
        if depth == 0:
            return sig[:i], split_top(sig[i + 1:-1])
    raise ValueError(sig)


def coerce(ret, v):
    """The reference's value as the declared return type converts it (numba casts a returned int to f8)."""
    if ret.startswith('UniTuple(') and isinstance(v, tuple):
        return tuple(coerce(split_top(ret[9:-1])[0], x) for x in v)
    if ret.startswith('Tuple((') and isinstance(v, tuple):
        ts = split_top(ret[7:-2])
        return tuple(coerce(t, x) for t, x in zip(ts, v)) if len(ts) == len(v) else v
    if type(v).__module__ == 'numpy' and not hasattr(v, 'shape') or type(v).__module__ == 'numpy' and v.shape == ():
        v = v.item()
    ret = {'float64': 'f8', 'double': 'f8', 'int64': 'i8', 'boolean': 'b1', 'float32': 'f4'}.get(ret, ret)
    if ret == 'f4' and isinstance(v, (int, float)):
        import numpy as np

        return float(np.float32(v))  # numba's f4 return rounds CPython's float64 value
    if ret.startswith('Tuple(('):
        return v
    if ret == 'f8' and isinstance(v, (int, bool)):
        return float(v)
    if ret == 'i8' and isinstance(v, bool):
        return int(v)
    return v


def typed_inputs(kind, args, rr):
    """Inputs drawn from a signature's argument types: the arrays of one call share their leading length."""
    import numpy as np

    g = np.random.default_rng(rr.randrange(2**32))
    n = int(g.choice([1, 2, 5, 17, 100] if kind == 'arrays' else [1, 2, 3, 7, 20]))
    m = int(g.choice([1, 2, 3, 4]))
    out = []
    for t in args:
        dt, nd = t.split('[')[0], t.count(':')
        if nd == 0:
            out.append(float(g.choice([0.0, 1.5, -2.0])) if dt == 'f8' else int(g.choice([0, 1, 3, -2, 7])))
            continue
        shape = [(n,), (n, n), (n, m, 3)][nd - 1] if kind not in ('ndarrays', 'npapi') else [(n,), (n, m), (n, m, 2)][nd - 1]
        if dt in ('i8', 'i4'):
            out.append(g.integers(-6, 7, shape).astype(np.int64 if dt == 'i8' else np.int32))
            continue
        if dt == 'u1':
            out.append(g.choice(np.array([0, 1, 2, 3, 7, 100, 200, 255], np.uint8), shape))
            continue
        if dt == 'b1':
            out.append(g.random(shape) < 0.5)
            continue
        a = (g.standard_normal(shape) * rr.choice([1.0, 3.0])).astype(np.float32 if dt == 'f4' else np.float64)
        if rr.random() < 0.1:
            a.flat[0] = np.nan
        out.append(a)
    return tuple(out)


def wide_ints(f, args):
    """Whether the reference, run again, binds an int past int64 to a local
    at some line: pycc's ints wrap there (documented), so a later branch or
    exception can differ even when the result fits."""
    wide = []

    def line(frame, event, arg):
        if event in ('line', 'return') and any(type(v) is int and not -(2**63) <= v < 2**63 for v in frame.f_locals.values()):
            wide.append(frame.f_code.co_name)
        return line

    sys.settrace(lambda frame, event, arg: line)
    try:
        call(f, args)
    finally:
        sys.settrace(None)
    return bool(wide)


def call(f, args, kept=None):
    """('ok', result) or ('exc', type name); with a list `kept`, the
    exception's message is part of it and the array arguments as the call
    left them are appended to `kept` (in-place mutation is compared)."""
    copies = [x.copy() if hasattr(x, 'copy') else x for x in args]
    try:
        return ('ok', f(*copies))
    except Exception as e:  # the exception's type is compared
        return ('exc', type(e).__name__ if kept is None else f'{type(e).__name__}: {e}')
    finally:
        if kept is not None:
            kept.extend(x for x in copies if hasattr(x, 'copy'))


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


def numba_shim():
    """numba's scalar type objects as the reference sees them (numba is not installed): numba's
    cast_python_value of a number is numpy's constructor of that name (`boolean` is `bool`)."""
    import types

    import numpy as np

    names = {n: getattr(np, n) for n in ('int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
                                          'float32', 'float64', 'intp', 'uintp', 'complex128', 'intc', 'double')}
    names.update(boolean=bool, i1=np.int8, i2=np.int16, i4=np.int32, i8=np.int64, u1=np.uint8, u2=np.uint16,
                 u4=np.uint32, u8=np.uint64, f4=np.float32, f8=np.float64)
    mod = types.ModuleType('numba')
    mod.types = types.SimpleNamespace(**names)
    mod.__dict__.update(names)
    return mod


def main():
    pycc, kind, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    out = sys.argv[5] if len(sys.argv) > 5 else f'/tmp/pycc-fuzz-{kind}'
    if os.environ.get('PYCC_FUZZ_ONE_SEED'):  # the child of `main` below: one seed, in this process
        sys.exit(check_seed(pycc, kind, first, out))
    # Each seed runs in a child process, so a compiled or reference call that
    # never returns (a loop past its bound) is a timeout, reported as one.
    limit = float(os.environ.get('PYCC_FUZZ_SEED_TIMEOUT', str(SLOW * 6 + 120)))
    bad = 0
    for seed in range(first, last):
        env = dict(os.environ, PYCC_FUZZ_ONE_SEED='1')
        # Its own process group, so a timeout also ends the pycc it started.
        p = subprocess.Popen([sys.executable, os.path.abspath(__file__), pycc, kind, str(seed), str(seed + 1), out],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                             start_new_session=True)
        try:
            stdout, stderr = p.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            stdout, _ = p.communicate()
            print(f'{stdout}seed {seed}: timeout (over {limit:g} s: a call that does not return)', flush=True)
            bad += 1
            continue
        print(stdout, end='', flush=True)
        if p.returncode not in (0, 1):
            print(f'seed {seed}: the checking process died (exit {p.returncode})\n{stderr[-800:]}', flush=True)
        bad += p.returncode != 0
    print(f'{kind}: {bad} bad seeds of {last - first}')
    sys.exit(1 if bad else 0)


def check_seed(pycc, kind, seed, out):
    """Compiles and compares one seed's module; 1 if it is bad, else 0."""
    gen = importlib.import_module('collections_kind' if kind == 'collections' else kind)
    if kind in ('arrays', 'matrices', 'ndarrays', 'mixed', 'npapi', 'typed', 'loops', 'exprtree', 'kernels'):
        import numpy as np

        import warnings

        np.seterr(all='ignore')  # numpy's warnings are not results
        warnings.simplefilter('ignore')
    slow = 0
    gen.R.seed(seed)
    src = gen.program(6)
    mod = src.split("CC('")[1].split("'")[0]
    d = f'{out}/{seed}'
    os.makedirs(d, exist_ok=True)
    with open(f'{d}/{mod}.py', 'w') as f:
        f.write(src)
    # A small generated module compiles in a second or two: anything past
    # SLOW seconds is a bug (a pass that loops), reported as such.
    start = time.monotonic()
    try:
        p = subprocess.run([pycc, 'compile', f'{d}/{mod}.py', '-o', d], capture_output=True, text=True,
                           timeout=SLOW * 6)
    except subprocess.TimeoutExpired:
        print(f'seed {seed}: compile hangs (over {SLOW * 6} s)')
        return 1
    if time.monotonic() - start > SLOW:
        print(f'seed {seed}: slow compile ({time.monotonic() - start:.1f} s)')
        slow = 1
    if p.returncode != 0:
        print(f'seed {seed}: compile failed\n{p.stderr[:800]}')
        return 1
    so = next(x for x in os.listdir(d) if x.endswith('.so'))
    spec = importlib.util.spec_from_file_location(mod, f'{d}/{so}')
    compiled = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compiled)
    ref = {}
    plain = src.replace('@cc.export', '# export').replace('from numba.pycc import CC', '')
    # numba's njit is the function itself to CPython (numba is not installed)
    plain = plain.replace('from numba import njit', 'njit = lambda *a, **k: a[0] if a else (lambda f: f)')
    if kind in ('typed', 'exprtree', 'kernels'):
        sys.modules.setdefault('numba', numba_shim())
    if hasattr(gen, 'reference'):  # a twin that records ints leaving int64 (exprtree)
        plain = gen.reference(plain)
    exec(compile(plain.replace(f"cc = CC('{mod}')", ''), f'{mod}_ref', 'exec'), ref)
    rr = random.Random(seed)
    misses = 0
    for i in range(6):
        ret, sig_args = signature(src, f'f{i}')
        legacy = sig_args in (['f8[:]', 'f8[:]', 'f8'], ['f8[:, :]', 'f8[:, :]', 'f8']) or kind in ('scalars', 'language')
        for _ in range(40):
            if kind in ('mixed', 'collections', 'typed', 'loops', 'exprtree', 'kernels'):
                args = gen.inputs(f'f{i}', rr)
                kx, ky = [], []
                getattr(gen, 'WIDE', []).clear()
                x, y = call(getattr(compiled, f'f{i}'), args, kx), call(ref[f'f{i}'], args, ky)
                if getattr(gen, 'WIDE', None):
                    continue  # an int left int64 on the way in the reference (pycc wraps, documented)
                if kind in ('collections', 'typed', 'exprtree', 'kernels'):  # exceptions compare by type
                    x, y = [(r[0], r[1].split(':')[0]) if r[0] == 'exc' else r for r in (x, y)]
                if not all(same(p, q) for p, q in zip(kx, ky)):  # in-place changes differ
                    x, y = ('args', f'{x} then {kx} (pycc)'), ('args', f'{y} then {ky} (CPython)')
            else:
                args = inputs(kind, rr) if legacy else typed_inputs(kind, sig_args, rr)
                x, y = call(getattr(compiled, f'f{i}'), args), call(ref[f'f{i}'], args)
            if y[0] == 'ok' and isinstance(y[1], int) and not -(2**63) <= y[1] < 2**63:
                continue  # pycc's ints wrap at 64 bits (documented)
            if y == ('exc', 'OverflowError: Python int too large to convert to C long'):
                continue  # an int past int64 met a numpy int64 in the reference (pycc wraps)
            if y[0] == 'ok':
                y = ('ok', coerce(ret, y[1]))
            if not (x[0] == y[0] and (same(x[1], y[1]) if x[0] == 'ok' else x[1] == y[1])):
                if kind in ('scalars', 'language', 'mixed', 'collections', 'typed') and wide_ints(ref[f'f{i}'], args):
                    continue  # an int past int64 on the way (documented wrapping)
                if misses < 3:
                    print(f'seed {seed} f{i}{args}: pycc {x} reference {y}')
                misses += 1
    return int(misses > 0 or slow)


if __name__ == '__main__':
    main()
