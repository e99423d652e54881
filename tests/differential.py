"""Runs one pycc test program two ways and compares: compiled by pycc (the
module in sys.argv[2]) and as plain Python in this same CPython.

The program declares its exports with `from pycc import CC` and a `CASES`
dict: export name -> list of argument tuples, or of {'args': tuple, 'kwargs': dict}
for a call with keywords, whose exception must match in type and message (and optionally `DEVIATIONS`:
(export, args) -> the exception pycc documents raising there; `RAISE_DEVIATIONS`
likewise, only with --overflow=raise; and `REFERENCE`: export -> the plain-Python
function whose result pycc must give where CPython's run of the same source
cannot say, such as float32 math, which numba computes with libm's `expf`).
Values must match bit for bit
(floats by repr, so nan matches nan and -0.0 differs from 0.0); ints are
compared modulo 2**width, pycc's documented wraparound (with `--overflow=raise`
in argv[3:], OverflowError where the exact int does not fit); exceptions by type;
what a call prints to sys.stdout, exactly.
A returned numpy array matches when dtype, shape, memory order and every
byte do. With `--fastmath` in argv[3:] (a `# differential: --fastmath` line),
a float (or complex part, tuple element, float64 array element) matches
within a relative 1e-9 (or both subnormal), zeros' signs ignored, nan only with nan; ints,
bools, exceptions and buffers written by the function stay exact. Prints one line per mismatch and a closing `N passed, M failed` line.
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
# fastmath changes float results within a tolerance, nothing else.
FASTMATH = any(a.startswith("--fastmath") and a != "--fastmath=off" for a in sys.argv[3:])
FASTMATH_RTOL = 1e-9

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
# Without numba installed, `import numba` / `from numba import prange` see a
# stand-in whose prange is range (a serial loop is what pycc compiles).
try:
    import numba  # noqa: F401
except ImportError:
    numba_shim = types.ModuleType("numba")
    numba_shim.prange = range
    # numba.literal_unroll(t) is t to CPython.
    numba_shim.literal_unroll = lambda t: t
    numba_shim.pycc = shim
    sys.modules["numba"] = numba_shim

    # numba's decorators leave the function to CPython: `@njit`,
    # `@njit(cache=True)`, `@nb.jit(nopython=True, fastmath=True)`, `jit(sig)(f)`.
    def _decorator(*args, **kwargs):
        if len(args) == 1 and not kwargs and callable(args[0]) and not isinstance(args[0], str):
            return args[0]
        return lambda f: f

    numba_shim.njit = numba_shim.jit = _decorator

    # numba.typed.Dict is a dict to CPython (what pycc compiles it as);
    # numba.types' names are placeholders for Dict.empty's arguments.
    class _TypedDict(dict):
        @staticmethod
        def empty(*args, **kwargs):
            return _TypedDict()

    # numba.typed.List likewise is a list.
    class _TypedList(list):
        @staticmethod
        def empty_list(*args, **kwargs):
            return _TypedList()

    # numba's scalar types called on a value convert it (numba's
    # `cast_python_value`): numpy's constructor of that name, bool() for
    # booleans. Only these are callable: `numba.int64(x)`, `nb.f8(x)`.
    NUMBA_SCALARS = {"b1": "bool_", "boolean": "bool_", "i1": "int8", "i2": "int16", "i4": "int32",
                     "i8": "int64", "intp": "int64", "u1": "uint8", "u2": "uint16", "u4": "uint32",
                     "u8": "uint64", "uintp": "uint64", "f4": "float32", "f8": "float64", "float_": "float32"}
    NUMBA_SCALARS.update({n: n for n in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
                                          "uint64", "float32", "float64")})

    def _numba_scalar(name):
        if name not in NUMBA_SCALARS:
            raise AttributeError(name)

        def convert(value):
            import numpy
            return bool(value) if NUMBA_SCALARS[name] == "bool_" else getattr(numpy, NUMBA_SCALARS[name])(value)
        return convert

    numba_shim.__getattr__ = _numba_scalar
    typed_shim = types.ModuleType("numba.typed")
    typed_shim.Dict = _TypedDict
    typed_shim.List = _TypedList
    types_shim = types.ModuleType("numba.types")
    # A type object built from numba.types (`types.Array(f8, 1, "C")`,
    # `UniTuple(i8, 2)`) may be called to make a signature or subscripted;
    # CPython never looks at it.
    class _TypeObject:
        def __init__(self, name):
            self.name = name

        def __call__(self, *args):
            return _TypeObject(self.name + "()")

        def __getitem__(self, _):
            return _TypeObject(self.name + "[]")

    # numba.types' scalar types convert as numba's own (`nb_t.int64(x)`)
    # and make array types (`types.float64[:]`).
    class _ScalarType(_TypeObject):
        def __call__(self, value):
            return _numba_scalar(self.name)(value)

    # numba.types' scalar types convert as numba's own (`nb_t.int64(x)`).
    types_shim.__getattr__ = lambda name: (
        (lambda *args: _TypeObject(name)) if name in ("UniTuple", "Tuple", "Array", "ListType")
        else _ScalarType(name) if name in NUMBA_SCALARS else name)
    numba_shim.typed, numba_shim.types = typed_shim, types_shim
    sys.modules["numba.typed"], sys.modules["numba.types"] = typed_shim, types_shim
    # `from numba.core import types`: the same names.
    core_shim = types.ModuleType("numba.core")
    core_shim.types = types_shim
    numba_shim.core = core_shim
    sys.modules["numba.core"], sys.modules["numba.core.types"] = core_shim, types_shim

    # numba.np.extensions.cross2d, as numba/np/arraymath.py computes it.
    def _cross2d(a, b):
        import numpy
        a_, b_ = numpy.asarray(a), numpy.asarray(b)
        if a_.shape[-1] != 2 or b_.shape[-1] != 2:
            raise ValueError("Incompatible dimensions for 2D cross product\n(dimension must be 2 for both inputs)")
        return numpy.asarray(numpy.multiply(a_[..., 0], b_[..., 1]) - numpy.multiply(a_[..., 1], b_[..., 0]))

    np_shim = types.ModuleType("numba.np")
    np_shim.extensions = types.ModuleType("numba.np.extensions")
    np_shim.extensions.cross2d = _cross2d
    numba_shim.np = np_shim
    sys.modules["numba.np"], sys.modules["numba.np.extensions"] = np_shim, np_shim.extensions

spec = importlib.util.spec_from_file_location("program_source", program)
source = importlib.util.module_from_spec(spec)
spec.loader.exec_module(source)

sys.path.insert(0, build_dir)
compiled = importlib.import_module(source.cc.name)

WIDTH = {"i1": 8, "i2": 16, "i4": 32, "i8": 64, "u1": 8, "u2": 16, "u4": 32, "u8": 64,
         "int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64}


FLOAT = {"f8", "float64", "double", "f4", "float32"}

# numba's other aliases (numba/core/types/__init__.py): `float_` is float32.
ALIAS = {"float_": "f4", "byte": "u1", "uchar": "u1", "char": "i1", "short": "i2", "ushort": "u2",
         "intc": "i4", "uintc": "u4", "int_": "i8", "intp": "i8", "long_": "i8", "longlong": "i8",
         "uint": "u8", "uintp": "u8", "ulong": "u8", "ulonglong": "u8"}


def split_top(text):
    """`text` split at the commas outside brackets, up to the bracket that
    closes the list (`f8[:, :], 4), ...` gives ['f8[:, :]', '4'])."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in "([":
            depth += 1
        elif c in ")]":
            if depth == 0:
                parts.append(text[start:i])
                break
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [x.strip() for x in parts if x.strip()]


def tuple_return(sig):
    """The element types of a declared tuple return, or None."""
    if not isinstance(sig, str):  # a tuple of argument types names no return type
        return None
    for kind in ("UniTuple(", "Tuple("):
        if sig.startswith(kind):
            rest = sig[len(kind):]
            if rest.startswith("("):  # numba's own form, Tuple((i8, f8))
                rest = rest[1:]
            inner = split_top(rest)
            return [inner[0]] * int(inner[1]) if kind == "UniTuple(" else inner
    return None


def wrap(value, sig):
    """The plain-Python result as the declared return type gives it: ints
    wrapped to their width, numbers converted to a declared float; a
    declared tuple element by element."""
    elems = tuple_return(sig)
    if elems is not None and isinstance(value, tuple) and len(value) == len(elems):
        return tuple(wrap(v, t + "()") for v, t in zip(value, elems))
    ret = sig.split("(")[0].strip() if isinstance(sig, str) else ""
    ret = ALIAS.get(ret, ret)
    if ret in ("c8", "complex64") and isinstance(value, (int, float, complex)):
        f32 = lambda x: struct.unpack("f", struct.pack("f", x))[0]
        value = complex(f32(complex(value).real), f32(complex(value).imag))
    if ret in FLOAT and isinstance(value, (int, float)):
        value = float(value)
        if ret in ("f4", "float32"):
            value = struct.unpack("f", struct.pack("f", value))[0]
    if ret in WIDTH and isinstance(value, float):
        # numba converts a float returned as a declared int toward zero, as
        # int() does; pycc raises int()'s ValueError/OverflowError for nan
        # and inf, and OverflowError past int64 (README, Deviations).
        value = int(value)
        if not -2**63 <= value < 2**63:
            raise OverflowError("int too large to convert to int64")
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
    ret = sig.split("(")[0].strip() if isinstance(sig, str) else ""
    ret = ALIAS.get(ret, ret)
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
    if isinstance(v, dict):  # a DictType result: numba's typed dict of numbers
        return {python_scalar(k): python_scalar(x) for k, x in v.items()}
    # A typed List (also inside a list): numba boxes its numbers as Python's.
    if type(v).__name__ == "_TypedList" or (isinstance(v, list) and any(type(x).__name__ == "_TypedList" for x in v)):
        return [python_scalar(x) for x in v]
    if type(v).__module__ == "numpy" and hasattr(v, "item") and getattr(v, "ndim", None) == 0:
        return v.item()
    return v


def outcome(fn, args, sig=None, kwargs=None):
    """The call's result, with what it printed to sys.stdout."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        r = result(fn, args, sig, kwargs)
    return r + (("stdout", out.getvalue()),) if out.getvalue() else r


def nan_canonical(v):
    """A float or complex array with every NaN made numpy's positive NaN."""
    if v.dtype.kind not in "fc" or not v.size:
        return v
    v = v.copy(order="K")
    parts = (v.real, v.imag) if v.dtype.kind == "c" else (v,)
    for p in parts:
        p[p != p] = float("nan")
    return v


def result(fn, args, sig, kwargs=None):
    try:
        v = python_scalar(fn(*args, **(kwargs or {})))
    except Exception as e:  # the exception type is the result
        # A keyword case also compares the message (argument errors worded as CPython's).
        return ("raises", type(e).__name__) + ((str(e),) if kwargs is not None else ())
    if sig is not None and RAISE and not fits(v, sig):
        return ("raises", "OverflowError")
    if sig is not None:
        try:
            v = wrap(v, sig)
        except (ValueError, OverflowError) as e:  # a float result's conversion to a declared int
            return ("raises", type(e).__name__)
    if type(v).__name__ == "ndarray":
        # Bit for bit, with dtype, shape and memory order; but a NaN's sign
        # (which numpy's own SIMD and scalar loops do not agree on, and
        # which a number's repr does not show either) is not compared.
        return ("array", str(v.dtype), v.shape, nan_canonical(v).tobytes(), v.flags.c_contiguous, v.flags.f_contiguous)
    if isinstance(v, tuple) and any(type(x).__name__ == "ndarray" for x in v):
        # A tuple holding arrays: each element as a result of its own.
        return ("tuple of", tuple(result(lambda x=x: x, (), None) for x in v))
    if isinstance(v, complex):
        # Both parts by repr: -0.0 differs from 0.0 and nan matches nan.
        return ("value", "complex", repr(v.real), repr(v.imag))
    return ("value", type(v).__name__, repr(v))


# Documented deviations (README): (export, args) -> the exception pycc raises
# where CPython, with unbounded ints, has a value.
deviations = dict(getattr(source, "DEVIATIONS", {}))
if RAISE:
    deviations.update(getattr(source, "RAISE_DEVIATIONS", {}))

def immutable(a):
    """Numbers, strings, None and tuples of them: safe to share between the
    CPython call and pycc's."""
    if isinstance(a, tuple):
        return all(immutable(x) for x in a)
    return isinstance(a, (int, float, bool, complex, str, type(None)))


def fresh(a):
    """A copy of an argument for one side of a case. Contiguous aligned
    buffers are copied with their layout and flags; strided or unaligned
    views stay shared (a copy would lose the strides the case tests)."""
    if isinstance(a, tuple):
        return tuple(fresh(x) for x in a)
    if isinstance(a, list):
        return [fresh(x) for x in a]
    if isinstance(a, set):
        return set(a)
    if type(a).__name__ == "ndarray":
        if not (a.flags.aligned and (a.flags.c_contiguous or a.flags.f_contiguous)):
            return a
        b = a.copy(order="K")
        b.flags.writeable = a.flags.writeable
        return b
    if isinstance(a, memoryview):
        if not a.contiguous or a.readonly or 0 in a.shape or a.format not in "bBhHiIlLqQfd?":
            return a
        return memoryview(bytearray(a.tobytes())).cast("B").cast(a.format, a.shape)
    return a


def buffers_after(args):
    """The contents of every buffer argument after a call (arrays that the
    function stores into must end up the same both ways)."""
    out = []
    for a in args:
        if isinstance(a, tuple):
            # A tuple argument's arrays (Tuple((f8[:], i8))) may be written too.
            out.extend(buffers_after(a))
            continue
        if isinstance(a, list):
            # A list argument (numba's reflected list): its items after the call.
            out.append(("list", repr(a), [type(x).__name__ for x in a]))
            continue
        if isinstance(a, set):
            # A set argument (numba's reflected set) after the call, numpy
            # scalars as the Python numbers numba reflects them as.
            items = [x.item() if type(x).__module__ == "numpy" else x for x in a]
            out.append(("set", sorted(repr(x) for x in items)))
            continue
        try:
            m = memoryview(a)
            # The format lets fastmath's tolerance read float64 buffers.
            out.append((m.format, m.tobytes()) if FASTMATH else m.tobytes())
        except TypeError:
            out.append(None)
    return out


def close_float(a, b):
    if a != a or b != b:
        return a != a and b != b
    # Subnormal results may differ more (x * 0.5 after reassociation).
    return a == b or abs(a - b) <= FASTMATH_RTOL * max(abs(a), abs(b)) or abs(a - b) < 2.0**-1022


def close_buffer(w, g):
    """Buffers written by the function: float64 ones within the tolerance."""
    if w == g:
        return True
    if not (isinstance(w, tuple) and isinstance(g, tuple) and w[0] == g[0] == "d" and len(w[1]) == len(g[1])):
        return False
    a, b = (struct.unpack(f"{len(x[1]) // 8}d", x[1]) for x in (w, g))
    return all(close_float(x, y) for x, y in zip(a, b))


def close(want, got):
    """fastmath's tolerance (module docstring) on two outcomes; a case's
    buffers come after its value."""
    if want == got:
        return True
    n = {"raises": 2, "array": 6, "tuple of": 2}.get(want[0], 4 if want[1] == "complex" else 3)
    if len(want) != len(got) or not all(close_buffer(w, g) for w, g in zip(want[n:], got[n:])):
        return False
    want, got = want[:n], got[:n]
    if want == got:
        return True
    if len(want) != len(got) or want[0] != got[0] or want[0] != "value" and want[0] != "array":
        return False
    if want[0] == "array":
        if want[1:3] != got[1:3] or want[4:] != got[4:] or want[1] != "float64":
            return False
        a, b = (struct.unpack(f"{len(w[3]) // 8}d", w[3]) for w in (want, got))
        return all(close_float(x, y) for x, y in zip(a, b))
    if want[1] != got[1]:
        return False
    if want[1] == "float":
        return close_float(float(want[2]), float(got[2]))
    if want[1] == "complex":
        return all(close_float(float(x), float(y)) for x, y in zip(want[2:4], got[2:4]))
    if want[1] == "tuple":
        w, g = eval(want[2]), eval(got[2])  # reprs of tuples of numbers
        return len(w) == len(g) and all(
            close_float(x, y) if isinstance(x, float) and isinstance(y, float) else x == y for x, y in zip(w, g)
        )
    return False


passed = failed = 0
reference = getattr(source, "REFERENCE", {})
for name, cases in source.CASES.items():
    fn, sig = exports[name]
    fn = reference.get(name, fn)
    for args in cases:
        if isinstance(args, dict):
            # {'args': (...), 'kwargs': {...}}: a call with keyword arguments.
            args, kwargs = args.get("args", ()), args["kwargs"]
            want = outcome(fn, args, sig, kwargs)
            got = outcome(getattr(compiled, name), args, None, kwargs)
            args = (args, kwargs)
        elif callable(args):
            # A case that builds its arguments (buffers the function may
            # write): fresh objects for each side, compared afterwards too.
            py_args, pycc_args = args(), args()
            want = outcome(fn, py_args, sig) + tuple(buffers_after(py_args))
            got = outcome(getattr(compiled, name), pycc_args) + tuple(buffers_after(pycc_args))
            args = py_args
        elif all(immutable(a) for a in args):
            key = (name, args)
            want = ("raises", deviations[key]) if key in deviations else outcome(fn, args, sig)
            got = outcome(getattr(compiled, name), args)
        else:
            # Arrays or lists: each side gets its own copy, so a function that
            # writes its argument is compared on what it wrote, and CPython's
            # writes never reach pycc's input.
            py_args, pycc_args = fresh(args), fresh(args)
            want = outcome(fn, py_args, sig) + tuple(buffers_after(py_args))
            got = outcome(getattr(compiled, name), pycc_args) + tuple(buffers_after(pycc_args))
        if want == got or FASTMATH and close(want, got):
            passed += 1
        else:
            failed += 1
            print(f"MISMATCH {name}{args!r}: python {want} pycc {got}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
