"""Compiles every real-world numba.pycc module of tests/corpus/ with pycc and
compares the compiled exports against the same functions run by plain CPython.

    python run.py [--pycc PATH] [FILE ...]

Run it with a CPython that has numpy. Prints one line per file:
    compiled   NAME: N checks equal
    diagnostic NAME: <first error line of pycc's stderr>
    missing    NAME: pycc exited 0 but the module lacks exports X, Y
    mismatch   NAME: <first differing check>
    deviation  NAME: every differing check is of an export the cases file
               lists in `DEVIATIONS` (export -> the README deviation it shows)
    crash      NAME: <why>   (exit code not 0/1, a panic, or an internal error)
    noref      NAME: <why the plain-CPython reference has no exports>
and a closing `SUMMARY total=.. compiled=.. diagnostic=.. missing=.. mismatch=.. deviation=.. crash=.. noref=..`.

Each file's inputs are in the sibling `NAME.cases.py` (the corpus files stay
verbatim): `CASES` = export -> list of argument tuples, or of zero-argument
callables that build fresh arguments (buffers the function may write, which
are compared afterwards too). An optional `SETUP(ns)` registers the exports
of a file whose `CC` is made inside a function (ns: the file's globals).

The reference run executes the file as `__main__` with argv[-1] ==
'ONLINE_JUDGE' and an empty stdin (the way competitive-programming files
declare their exports), with stand-ins for `numba` and `numba.pycc` that
record each export and leave functions unchanged; whatever the file does after
declaring its exports (exit(), reading input) may raise and is ignored.
Values compare as in tests/differential.py: floats by repr, ints wrapped to a
declared return width, arrays by dtype, shape, order and bytes, exceptions by
type; text a function prints (fd 1) is compared too.
"""
import ctypes
import importlib.util
import json
import numbers
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import types

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 300


# ---------------------------------------------------------------- numba stand-in


class NumbaType:
    """Any numba type or signature object: subscriptable (`f8[:]`), callable
    (`f8(i8)`), and usable as a numpy dtype where it names a scalar type."""

    NUMPY = {"i1": "int8", "i2": "int16", "i4": "int32", "i8": "int64", "u1": "uint8", "u2": "uint16",
             "u4": "uint32", "u8": "uint64", "f4": "float32", "f8": "float64", "c8": "complex64",
             "c16": "complex128", "b1": "bool", "boolean": "bool", "bool_": "bool", "intp": "int64",
             "uintp": "uint64", "double": "float64", "float_": "float32"}

    def __init__(self, name):
        self.name = name
        np_name = self.NUMPY.get(name, name)
        try:
            import numpy
            self.dtype = numpy.dtype(np_name)
        except Exception:  # not a scalar type name
            pass

    def __getitem__(self, _):
        return NumbaType(self.name + "[]")

    def __call__(self, *args, **kw):
        # `types.Tuple([f8, f8])` and `types.UniTuple(f8, 2)` are types:
        # named as their string forms, so a signature returning one (and
        # `wrap`) sees its items.
        if self.name in ("Tuple", "UniTuple") and args:
            items = args[0] if self.name == "Tuple" and isinstance(args[0], (list, tuple)) else args
            spelled = ", ".join(x.name if isinstance(x, NumbaType) else str(x) for x in items)
            return NumbaType(f"Tuple(({spelled}))" if self.name == "Tuple" else f"UniTuple({spelled})")
        # `nb.int32(x)` of a number converts, as numpy's scalar type does.
        if len(args) == 1 and not kw and isinstance(args[0], numbers.Number) and hasattr(self, "dtype"):
            return self.dtype.type(args[0])
        sig = NumbaType(self.name + "()")
        sig.returns = self.name
        return sig

    def __repr__(self):
        return f"numba.{self.name}"


def identity_decorator(*args, **kw):
    """njit / jit / vectorize: `@njit`, `@njit(...)`, `njit(sig)(f)` all leave f unchanged."""
    if len(args) == 1 and not kw and callable(args[0]) and not isinstance(args[0], NumbaType):
        return args[0]
    return lambda f: f


class Recorder:
    """Every CC the file makes, in order; each with its exports."""
    ccs = []


class CC:
    output_dir = "."

    def __init__(self, name, source_module=None):
        self.name = name
        self.exports = {}
        self.verbose = False
        self._output_dir = self.output_dir  # numba's private attribute, which files read
        Recorder.ccs.append(self)

    def export(self, name, sig):
        def deco(fn):
            self.exports[name] = (fn, sig)
            return fn
        return deco

    def compile(self):
        pass

    def distutils_extension(self, **kw):
        return None


class AnyAttrModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return NumbaType(name)


class TypedList(list):
    """numba.typed.List: a Python list under CPython."""

    @classmethod
    def empty_list(cls, item_type=None):
        return cls()


class TypedDict(dict):
    """numba.typed.Dict: a Python dict under CPython."""

    @classmethod
    def empty(cls, key_type=None, value_type=None, n_keys=0):
        return cls()


def cross2d(a, b):
    """numba.np.extensions.cross2d, as numba/np/arraymath.py computes it."""
    import numpy
    a_, b_ = numpy.asarray(a), numpy.asarray(b)
    if a_.shape[-1] != 2 or b_.shape[-1] != 2:
        raise ValueError("Incompatible dimensions for 2D cross product\n(dimension must be 2 for both inputs)")
    return numpy.asarray(numpy.multiply(a_[..., 0], b_[..., 1]) - numpy.multiply(a_[..., 1], b_[..., 0]))


def install_numba_shim():
    numba = AnyAttrModule("numba")
    for name in ("njit", "jit", "vectorize", "guvectorize", "generated_jit", "stencil", "cfunc"):
        setattr(numba, name, identity_decorator)
    numba.prange = range
    numba.literal_unroll = lambda x: x
    # `from numba import *` binds the type names (numba's __all__ has them).
    for name in list(NumbaType.NUMPY) + ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
                                         "float32", "float64", "complex64", "complex128", "void"]:
        setattr(numba, name, NumbaType(name))
    pycc = types.ModuleType("numba.pycc")
    pycc.CC = CC
    platform = types.ModuleType("numba.pycc.platform")
    pycc.platform = platform
    compiler = types.ModuleType("numba.pycc.compiler")
    pycc.compiler = compiler
    numba.pycc = pycc
    mods = {"numba": numba, "numba.pycc": pycc, "numba.pycc.platform": platform, "numba.pycc.compiler": compiler,
            "pycc": pycc}
    for sub in ("types", "core", "core.types", "typed", "np", "extending"):
        mods["numba." + sub] = AnyAttrModule("numba." + sub)
    mods["numba.typed"].List = TypedList
    mods["numba.typed"].Dict = TypedDict
    extensions = types.ModuleType("numba.np.extensions")
    extensions.cross2d = cross2d
    mods["numba.np"].extensions = extensions
    mods["numba.np.extensions"] = extensions
    numba.types = mods["numba.types"]
    # `from numba.core import types` reads the attribute before sys.modules.
    mods["numba.core"].types = mods["numba.core.types"]
    numba.core = mods["numba.core"]
    numba.typed = mods["numba.typed"]
    numba.np = mods["numba.np"]
    sys.modules.update(mods)
    install_numpy1_aliases()


# numpy 1.x's float aliases, removed in numpy 2. numba.pycc code was written
# against numpy 1.x, where numba compiles them as these constants; pycc does
# the same (README, a deliberate difference from numpy 2), so the reference
# runs with them restored.
# `bool8` (numpy.bool_) too.
NUMPY1_ALIASES = {"Inf": float("inf"), "Infinity": float("inf"), "infty": float("inf"), "PINF": float("inf"),
                  "NINF": float("-inf"), "NaN": float("nan"), "NAN": float("nan"), "PZERO": 0.0, "NZERO": -0.0}


def install_numpy1_aliases():
    import numpy
    for name, value in dict(NUMPY1_ALIASES, bool8=numpy.bool_).items():
        if name not in numpy.__dict__:
            numpy.__dict__[name] = value


# ------------------------------------------------------------------ comparing

WIDTH = {"i1": 8, "i2": 16, "i4": 32, "i8": 64, "u1": 8, "u2": 16, "u4": 32, "u8": 64, "int8": 8, "int16": 16,
         "int32": 32, "int64": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "intp": 64}
FLOAT = {"f8", "float64", "double", "f4", "float32"}


def tuple_return(sig):
    for kind in ("UniTuple(", "Tuple(("):
        if sig.startswith(kind):
            inner = sig[len(kind):sig.index(")")]
            # commas inside `[:, :]` do not separate elements
            parts, depth, start = [], 0, 0
            for i, ch in enumerate(inner + ","):
                depth += {"[": 1, "]": -1}.get(ch, 0)
                if ch == "," and depth == 0:
                    parts.append(inner[start:i])
                    start = i + 1
            inner = [x.strip() for x in parts if x.strip()]
            return [inner[0]] * int(inner[1]) if kind == "UniTuple(" else inner
    return None


def wrap(value, sig):
    """The plain-Python result as a declared scalar return type gives it."""
    if isinstance(sig, NumbaType) and hasattr(sig, "returns"):
        sig = sig.returns + "()"
    if not isinstance(sig, str):
        return value
    elems = tuple_return(sig)
    if elems is not None and isinstance(value, tuple) and len(value) == len(elems):
        return tuple(wrap(v, t + "()") for v, t in zip(value, elems))
    ret = sig.split("(")[0].strip()
    # numpy's scalars too (a uint64 sum of x[i] * y[i] returned as f8).
    if ret in FLOAT and isinstance(value, numbers.Real) and not isinstance(value, bool):
        value = float(value)
        if ret in ("f4", "float32"):
            value = struct.unpack("f", struct.pack("f", value))[0]
    # A real number returned where `c16` is declared is numba's complex.
    if ret in ("c16", "complex128") and isinstance(value, numbers.Real):
        value = complex(value)
    # A float returned where an int is declared: numba's cast toward zero,
    # int()'s errors (pycc's documented conversion, README Deviations).
    if ret in WIDTH and isinstance(value, numbers.Real) and not isinstance(value, (bool, numbers.Integral)):
        value = int(value)
        if not -2**63 <= value < 2**63:
            raise OverflowError("int too large to convert to int64")
    if ret in WIDTH and isinstance(value, int) and not isinstance(value, bool):
        bits = WIDTH[ret]
        value &= (1 << bits) - 1
        if not ret.startswith("u") and value >= 1 << (bits - 1):
            value -= 1 << bits
    return value


def plain(v):
    """A comparable form: numpy scalars as Python numbers, arrays by bytes,
    floats by repr."""
    if isinstance(v, tuple):
        return ("tuple",) + tuple(plain(x) for x in v)
    # A list's items as well: CPython's list of numpy scalars is numba's
    # (and pycc's) list of Python numbers.
    if isinstance(v, list):
        return ("list",) + tuple(plain(x) for x in v)
    # A dict's items in order, numpy scalars as numbers likewise (numba's
    # typed dict of a DictType result; pycc's new Python dict).
    if isinstance(v, dict):
        return ("dict",) + tuple((plain(k), plain(x)) for k, x in v.items())
    if type(v).__module__ == "numpy" and getattr(v, "ndim", None) == 0 and hasattr(v, "item"):
        v = v.item()
    if type(v).__name__ == "ndarray":
        return ("array", str(v.dtype), v.shape, v.tobytes(), v.flags.c_contiguous, v.flags.f_contiguous)
    if isinstance(v, complex):
        return ("complex", repr(v.real), repr(v.imag))
    return (type(v).__name__, repr(v))


LIBC = ctypes.CDLL(None)


def call_capturing(fn, args):
    """(result or exception type, text printed on fd 1)."""
    sys.stdout.flush()
    LIBC.fflush(None)
    saved = os.dup(1)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), 1)
        try:
            try:
                result = ("value", fn(*args))
            except Exception as e:  # the exception type is the outcome
                result = ("raises", type(e).__name__)
            sys.stdout.flush()
            LIBC.fflush(None)
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        tmp.seek(0)
        printed = tmp.read().decode(errors="replace")
    return result, printed


def outcome(fn, args, sig=None):
    (kind, v), printed = call_capturing(fn, args)
    if kind == "value":
        try:
            v = plain(wrap(v, sig) if sig is not None else v)
        except (ValueError, OverflowError) as e:  # a float's conversion to a declared int
            kind, v = "raises", type(e).__name__
    return (kind, v, printed)


def declares_return(sig):
    """Whether a signature names its return type (`f8(f8)`, not `(f8,)`)."""
    if isinstance(sig, str):
        return not sig.strip().startswith("(") and "(" in sig
    return not isinstance(sig, tuple)


def unified_float(want, got, sig):
    """numba's one type per variable (pycc's too, README): a result that is
    an int on one path and a float on another is a float, so without a
    declared return type CPython's int 1 is the compiled 1.0."""
    if declares_return(sig) or want[0] != "value" or got[0] != "value" or want[2:] != got[2:]:
        return False
    return unified_value(want[1], got[1])


def unified_value(w, g):
    """`unified_float` of one plain value; a tuple's elements each (numba's
    tuple of the variables' types)."""
    if w == g:
        return True
    if w[0] == "tuple" and g[0] == "tuple":
        return len(w) == len(g) and all(unified_value(a, b) for a, b in zip(w[1:], g[1:]))
    if len(w) != 2 or len(g) != 2:
        return False
    (wt, wv), (gt, gv) = w, g
    return wt == "int" and gt == "float" and repr(float(int(wv))) == gv


def buffers_after(args):
    out = []
    for a in args:
        try:
            out.append(memoryview(a).tobytes())
        except TypeError:
            out.append(None)
    return out


def compare(program, build_dir):
    """Child mode: prints one JSON line {status, detail}."""
    install_numba_shim()
    name = os.path.basename(program)[:-3]
    sys.argv = [program, "ONLINE_JUDGE"]
    spec = importlib.util.spec_from_file_location("__main__", program)
    source = importlib.util.module_from_spec(spec)
    note = ""
    try:
        spec.loader.exec_module(source)
    except BaseException as e:  # exit(), input() on empty stdin, a failed import of the built module
        note = f"{type(e).__name__}: {e}"
    cases_path = os.path.join(os.path.dirname(program), name + ".cases.py")
    cspec = importlib.util.spec_from_file_location(name + "_cases", cases_path)
    cases = importlib.util.module_from_spec(cspec)
    cspec.loader.exec_module(cases)
    if hasattr(cases, "SETUP"):
        try:
            cases.SETUP(vars(source))
        except BaseException as e:
            note = f"SETUP: {type(e).__name__}: {e}"
    ccs = [cc for cc in Recorder.ccs if cc.exports]
    if not ccs:
        return {"status": "noref", "detail": f"the plain-CPython run declares no export ({note})"}
    sys.path.insert(0, build_dir)
    passed, failures, missing, deviations = 0, [], [], []
    for cc in ccs:
        try:
            compiled = importlib.import_module(cc.name)
        except Exception as e:
            return {"status": "mismatch", "detail": f"import {cc.name}: {type(e).__name__}: {e}"}
        missing += [n for n in cc.exports if not hasattr(compiled, n)]
        for export, arg_list in cases.CASES.items():
            if export not in cc.exports or not hasattr(compiled, export):
                continue
            fn, sig = cc.exports[export]
            for args in arg_list:
                if callable(args):
                    py_args, cc_args = args(), args()
                else:
                    py_args, cc_args = args, args
                want = outcome(fn, py_args, sig) + tuple(buffers_after(py_args))
                got = outcome(getattr(compiled, export), cc_args) + tuple(buffers_after(cc_args))
                if want == got or unified_float(want, got, sig):
                    passed += 1
                elif export in getattr(cases, "DEVIATIONS", {}):
                    deviations.append(f"{export}: {cases.DEVIATIONS[export]}")
                else:
                    failures.append(f"{export}{short(py_args)}: python {short(want)} pycc {short(got)}")
    if missing:
        return {"status": "missing", "detail": "pycc exited 0 but the module lacks exports " + ", ".join(missing)}
    unknown = [e for e in cases.CASES if not any(e in cc.exports for cc in ccs)]
    if unknown:
        return {"status": "noref", "detail": "cases name exports the file does not declare: " + ", ".join(unknown)}
    if failures:
        # PYCC_CORPUS_ALL=1 lists every differing check, not just the first.
        shown = failures if os.environ.get("PYCC_CORPUS_ALL") else failures[:1]
        return {"status": "mismatch", "detail": f"{len(failures)} of {passed + len(failures)} checks differ; "
                + "\n".join(shown)}
    if deviations:
        return {"status": "deviation", "detail": f"{passed} checks equal, {len(deviations)} differ by a documented "
                f"deviation; {deviations[0]}"}
    if passed == 0:
        return {"status": "noref", "detail": "no case ran"}
    return {"status": "compiled", "detail": f"{passed} checks equal"}


def short(x, limit=300):
    text = repr(x)
    return text if len(text) <= limit else text[:limit] + "..."


# ------------------------------------------------------------------ driver


def find_pycc(argv):
    if "--pycc" in argv:
        return argv[argv.index("--pycc") + 1]
    found = shutil.which("pycc")
    if not found:
        sys.exit("run.py: no pycc binary (pass --pycc PATH or put pycc on PATH)")
    return found


def first_error(stderr):
    for line in stderr.splitlines():
        if line.startswith("error"):
            return line.strip()
    lines = [l for l in stderr.splitlines() if l.strip()]
    return lines[0].strip() if lines else "(no message)"


def run_file(pycc, program):
    build = tempfile.mkdtemp(prefix="corpus-")
    try:
        try:
            out = subprocess.run([pycc, "compile", program, "-o", build, "--python", sys.executable], capture_output=True, text=True,
                                 timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return "crash", f"pycc compile took over {TIMEOUT}s"
        err = out.stderr
        if out.returncode not in (0, 1) or "internal compiler error" in err or "panicked" in err:
            return "crash", f"exit code {out.returncode}: {first_error(err)}"
        if out.returncode == 1:
            return "diagnostic", first_error(err)
        try:
            child = subprocess.run([sys.executable, __file__, "--compare", program, build], capture_output=True,
                                   text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL, cwd=build)
        except subprocess.TimeoutExpired:
            return "mismatch", f"the comparison took over {TIMEOUT}s"
        lines = [l for l in child.stdout.splitlines() if l.startswith("{")]
        if child.returncode != 0 or not lines:
            tail = (child.stderr.strip().splitlines() or ["(no output)"])[-1]
            return "mismatch", f"the comparison process failed (exit {child.returncode}): {tail}"
        result = json.loads(lines[-1])
        return result["status"], result["detail"]
    finally:
        shutil.rmtree(build, ignore_errors=True)


def main(argv):
    if argv[:1] == ["--compare"]:
        print(json.dumps(compare(os.path.abspath(argv[1]), os.path.abspath(argv[2]))))
        return 0
    pycc = os.path.abspath(find_pycc(argv))
    files = [a for a in argv if a.endswith(".py")]
    if not files:
        files = sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                       if f.endswith(".py") and not f.endswith(".cases.py") and f != "run.py")
    counts = {k: 0 for k in ("compiled", "diagnostic", "missing", "mismatch", "deviation", "crash", "noref")}
    for program in files:
        status, detail = run_file(pycc, os.path.abspath(program))
        counts[status] += 1
        print(f"{status:<10} {os.path.basename(program)[:-3]}: {detail}", flush=True)
    print("SUMMARY total=%d " % len(files) + " ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
