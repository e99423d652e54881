"""Measuring helpers shared by bench/seed.py and bench/run.py."""
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
import timeit


def wall(cmd, runs=7, env=None):
    """Median wall time of a whole process."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def per_call(fns, args, number=500_000, rounds=15):
    """Best time of one call for each of `fns`, in ns, measured in interleaved
    rounds so that a noisy moment hurts every peer alike (timeit's loop
    overhead is included for all of them)."""
    stmt = "f(" + ", ".join(f"a{i}" for i in range(len(args))) + ")"
    timers = [timeit.Timer(stmt, globals={"f": f, **{f"a{i}": a for i, a in enumerate(args)}}) for f in fns]
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for k, t in enumerate(timers):
            best[k] = min(best[k], t.timeit(number) / number * 1e9)
    return best


CALLGRIND_SNIPPET = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location({name!r}, {path!r})
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
def loop(f, args, n):
    for _ in range(n):
        f(*args)
{setup}
loop(getattr(m, {fn!r}), {args}, {n})
"""


def has_valgrind():
    return subprocess.run(["which", "valgrind"], capture_output=True).returncode == 0


def instructions(name, path, fn, args, n, python=None, setup=""):
    """Instructions executed by a whole Python process calling fn n times
    (callgrind). `args` is a tuple of literals, or the source text of an
    expression that `setup` (source run before the loop) makes evaluable."""
    args = args if isinstance(args, str) else repr(args)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(CALLGRIND_SNIPPET.format(name=name, path=path, fn=fn, args=args, n=n, setup=setup))
    # A fixed hash seed: otherwise the startup work (numpy's import above all)
    # varies by more than the calls being counted.
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python or sys.executable, f.name],
                         capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    os.unlink(f.name)
    for line in out.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split()[-1])
    raise RuntimeError(out.stderr)


def per_call_instructions(name, path, fn, args, n=1_000_000, python=None, setup=""):
    """Instructions per call: the difference between n calls and none. A
    process's startup (numpy's import above all) varies by tens of millions
    of instructions from run to run even with a fixed hash seed, so n is
    large enough to make that a few instructions per call."""
    return (instructions(name, path, fn, args, n, python, setup) - instructions(name, path, fn, args, 0, python, setup)) / n


IMPORT_SNIPPET = """
import sys, time, importlib.util
t = time.perf_counter()
spec = importlib.util.spec_from_file_location({name!r}, {path!r})
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
print(time.perf_counter() - t, 'numpy' in sys.modules)
"""


def cold_import(name, path, python=None, runs=11):
    """Median time to import the module in a fresh process, and whether
    importing it loaded numpy."""
    times, numpy = [], False
    for _ in range(runs):
        out = subprocess.run([python or sys.executable, "-c", IMPORT_SNIPPET.format(name=name, path=path)],
                             capture_output=True, text=True, check=True)
        t, np = out.stdout.split()
        times.append(float(t))
        numpy |= np == "True"
    return statistics.median(times), numpy


def interleaved(fns, args, rounds=5):
    """Median time of one call of each of `fns` over interleaved rounds, in s."""
    times = [[] for _ in fns]
    for _ in range(rounds):
        for k, f in enumerate(fns):
            t = time.perf_counter()
            f(*args)
            times[k].append(time.perf_counter() - t)
    return [statistics.median(t) for t in times]
