"""Runs one kernel of tests/numpy_benchmarks/ two ways and compares: compiled
by pycc (the module in sys.argv[2]) and as plain Python with numpy.

The kernel's `#setup:` line makes the inputs (run afresh for each side, since
some kernels write into their arguments) and its `#run:` line is the call.
Both the returned value and every array the setup bound afterwards (the
arguments a kernel writes into) must match: arrays by dtype, shape and every
byte, numbers by repr. A kernel named in argv[3:] as `name=rtol` is compared
with numpy.allclose(rtol=rtol) instead, where numpy's reduction order makes
the last bits differ (the Rust test says which and why). Prints `ok NAME` or
the first mismatch and exits non-zero.
"""
import importlib.util
import sys
import types

import numpy as np

kernel, build_dir = sys.argv[1], sys.argv[2]
rtol = None
for arg in sys.argv[3:]:
    rtol = float(arg.split("=")[1])


class CC:
    def __init__(self, name, source_module=None):
        self.name = name

    def export(self, name, sig):
        return lambda fn: fn


shim = types.ModuleType("pycc")
shim.CC = CC
sys.modules["pycc"] = shim

text = open(kernel).read()
setup = next(l for l in text.splitlines() if l.startswith("#setup:"))[len("#setup:"):].strip()
run = next(l for l in text.splitlines() if l.startswith("#run:"))[len("#run:"):].strip()
name = run.split("(")[0].strip()

spec = importlib.util.spec_from_file_location("kernel_source", kernel)
source = importlib.util.module_from_spec(spec)
spec.loader.exec_module(source)
sys.path.insert(0, build_dir)
compiled = importlib.import_module(source.cc.name)


def go(fn):
    ns = {}
    exec(setup, ns)
    ns[name] = fn
    result = eval(run, ns)
    arrays = {k: v for k, v in ns.items() if isinstance(v, np.ndarray)}
    return result, arrays


def same(a, b, where):
    if isinstance(a, tuple) or isinstance(b, tuple):
        if not (isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b)):
            return f"{where}: {a!r} vs {b!r}"
        for i, (x, y) in enumerate(zip(a, b)):
            why = same(x, y, f"{where}[{i}]")
            if why:
                return why
        return None
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        a, b = np.asarray(a), np.asarray(b)
        if a.dtype != b.dtype or a.shape != b.shape:
            return f"{where}: {a.dtype}{a.shape} vs {b.dtype}{b.shape}"
        if rtol is not None and a.dtype.kind in "fc":
            ok = np.allclose(a, b, rtol=rtol, atol=0.0, equal_nan=True)
        else:
            ok = np.ascontiguousarray(a).tobytes() == np.ascontiguousarray(b).tobytes()
        return None if ok else f"{where}: values differ (max abs diff {np.max(np.abs(a - b))})"
    if rtol is not None and isinstance(a, float) and isinstance(b, (float, np.floating)):
        return None if np.isclose(a, b, rtol=rtol, atol=0.0) else f"{where}: {a!r} vs {b!r}"
    # numpy returns numpy scalars where pycc returns Python numbers (as numba).
    b = b.item() if isinstance(b, np.generic) else b
    return None if type(a) is type(b) and repr(a) == repr(b) else f"{where}: {a!r} vs {b!r}"


got, got_arrays = go(getattr(compiled, name))
want, want_arrays = go(getattr(source, name))
why = same(got, want, "result")
for k in want_arrays:
    why = why or same(got_arrays.get(k), want_arrays[k], f"argument {k}")
if why:
    print(f"MISMATCH {name}: {why}")
    sys.exit(1)
print(f"ok {name}")
