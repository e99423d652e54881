"""Runs one pycc test program two ways and compares: compiled by pycc (the
module in sys.argv[2]) and as plain Python in this same CPython.

The program declares its exports with `from pycc import CC` and a `CASES`
dict: export name -> list of argument tuples (and optionally `DEVIATIONS`:
(export, args) -> the exception pycc documents raising there; `RAISE_DEVIATIONS`
likewise, only with --overflow=raise). Values must match bit for bit
(floats by repr, so nan matches nan and -0.0 differs from 0.0); ints are
compared modulo 2**width, pycc's documented wraparound (with `--overflow=raise`
in argv[3:], OverflowError where the exact int does not fit); exceptions by type;
what a call prints to sys.stdout, exactly.
A returned numpy array matches when dtype, shape, memory order and every
byte do. Prints one line per mismatch and a closing `N passed, M failed` line.
"""
import contextlib
import importlib.util
import io
import struct
import sys
import types

program, build_dir = sys.argv[1], sys.argv[2]
# The extra `pycc compile` options of this run (from a `# differential:` line).
# With --overflow=raise a fixed-width int result must be CPython's exact value
# where that fits the declared type, and OverflowError where it does not.
RAISE = "--overflow=raise" in sys.argv[3:]

# A stand-in for `pycc.CC` while the program runs as plain Python: export
# records each (name, signature) and returns the function unchanged.
exports = {}


class CC:
    def __init__(self, name, source_module=None):
        self.name = name

    def export(self, name, sig):
        def deco(fn):
            exports[name] = (fn, sig)
            return fn
        return deco


shim = types.ModuleType("pycc")
shim.CC = CC
sys.modules["pycc"] = sys.modules["numba.pycc"] = shim

spec = importlib.util.spec_from_file_location("program_source", program)
source = importlib.util.module_from_spec(spec)
spec.loader.exec_module(source)

sys.path.insert(0, build_dir)
compiled = importlib.import_module(source.cc.name)

WIDTH = {"i1": 8, "i2": 16, "i4": 32, "i8": 64, "u1": 8, "u2": 16, "u4": 32, "u8": 64,
         "int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64}


FLOAT = {"f8", "float64", "double", "f4", "float32"}


def tuple_return(sig):
    """The element types of a declared tuple return, or None."""
    for kind in ("UniTuple(", "Tuple("):
        if sig.startswith(kind):
            inner = [x.strip() for x in sig[len(kind):sig.index(")")].split(",") if x.strip()]
            return [inner[0]] * int(inner[1]) if kind == "UniTuple(" else inner
    return None


def wrap(value, sig):
    """The plain-Python result as the declared return type gives it: ints
    wrapped to their width, numbers converted to a declared float; a
    declared tuple element by element."""
    elems = tuple_return(sig)
    if elems is not None and isinstance(value, tuple) and len(value) == len(elems):
        return tuple(wrap(v, t + "()") for v, t in zip(value, elems))
    ret = sig.split("(")[0].strip()
    if ret in ("c8", "complex64") and isinstance(value, (int, float, complex)):
        f32 = lambda x: struct.unpack("f", struct.pack("f", x))[0]
        value = complex(f32(complex(value).real), f32(complex(value).imag))
    if ret in FLOAT and isinstance(value, (int, float)):
        value = float(value)
        if ret in ("f4", "float32"):
            value = struct.unpack("f", struct.pack("f", value))[0]
    if ret in WIDTH and isinstance(value, int) and not isinstance(value, bool):
        bits = WIDTH[ret]
        value &= (1 << bits) - 1
        if not ret.startswith("u") and value >= 1 << (bits - 1):
            value -= 1 << bits
    return value


def fits(value, sig):
    """Whether an int result (or each int of a tuple) fits its declared type."""
    elems = tuple_return(sig)
    if elems is not None and isinstance(value, tuple) and len(value) == len(elems):
        return all(fits(v, t + "()") for v, t in zip(value, elems))
    ret = sig.split("(")[0].strip()
    if ret not in WIDTH or not isinstance(value, int) or isinstance(value, bool):
        return True
    bits = WIDTH[ret]
    lo, hi = (0, 2**bits - 1) if ret.startswith("u") else (-2**(bits - 1), 2**(bits - 1) - 1)
    return lo <= value <= hi


def python_scalar(v):
    """A numpy scalar (np.float64, np.int32, ...) as the Python number pycc
    returns for it, as numba does; tuples element by element."""
    if isinstance(v, tuple):
        return tuple(python_scalar(x) for x in v)
    if type(v).__module__ == "numpy" and hasattr(v, "item") and getattr(v, "ndim", None) == 0:
        return v.item()
    return v


def outcome(fn, args, sig=None):
    """The call's result, with what it printed to sys.stdout."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        r = result(fn, args, sig)
    return r + (("stdout", out.getvalue()),) if out.getvalue() else r


def result(fn, args, sig):
    try:
        v = python_scalar(fn(*args))
    except Exception as e:  # the exception type is the result
        return ("raises", type(e).__name__)
    if sig is not None and RAISE and not fits(v, sig):
        return ("raises", "OverflowError")
    if sig is not None:
        v = wrap(v, sig)
    if type(v).__name__ == "ndarray":
        # Bit for bit, with dtype, shape and memory order.
        return ("array", str(v.dtype), v.shape, v.tobytes(), v.flags.c_contiguous, v.flags.f_contiguous)
    if isinstance(v, complex):
        # Both parts by repr: -0.0 differs from 0.0 and nan matches nan.
        return ("value", "complex", repr(v.real), repr(v.imag))
    return ("value", type(v).__name__, repr(v))


# Documented deviations (README): (export, args) -> the exception pycc raises
# where CPython, with unbounded ints, has a value.
deviations = dict(getattr(source, "DEVIATIONS", {}))
if RAISE:
    deviations.update(getattr(source, "RAISE_DEVIATIONS", {}))

def buffers_after(args):
    """The contents of every buffer argument after a call (arrays that the
    function stores into must end up the same both ways)."""
    out = []
    for a in args:
        try:
            out.append(memoryview(a).tobytes())
        except TypeError:
            out.append(None)
    return out


passed = failed = 0
for name, cases in source.CASES.items():
    fn, sig = exports[name]
    for args in cases:
        if callable(args):
            # A case that builds its arguments (buffers the function may
            # write): fresh objects for each side, compared afterwards too.
            py_args, pycc_args = args(), args()
            want = outcome(fn, py_args, sig) + tuple(buffers_after(py_args))
            got = outcome(getattr(compiled, name), pycc_args) + tuple(buffers_after(pycc_args))
            args = py_args
        else:
            key = (name, args) if all(isinstance(a, (int, float, bool, tuple, complex)) for a in args) else None
            want = ("raises", deviations[key]) if key in deviations else outcome(fn, args, sig)
            got = outcome(getattr(compiled, name), args)
        if want == got:
            passed += 1
        else:
            failed += 1
            print(f"MISMATCH {name}{args!r}: python {want} pycc {got}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
