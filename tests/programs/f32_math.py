# differential-python: numpy
# float32 math as numba computes it: math.* and numpy's ufuncs on f4 numbers
# are float32, from libm's float functions (expf, ...), not float64 rounded.
# CPython computes math.exp(x) in float64, so each export's reference
# (REFERENCE) runs the same source with `math` and `np` standing for numba's
# float32 math: libm's float function through ctypes, CPython's domain
# errors (ValueError) kept, a float32 overflow inf. Every case of the float32
# exports is an input where the float32 function differs from float64
# rounded, so a float64 computation fails it.
import ctypes
import ctypes.util
import math
import types

import numpy as np
from pycc import CC

cc = CC('f32_math')


@cc.export('m_exp', 'f4(f4)')
def m_exp(x):
    return math.exp(x)


@cc.export('m_unary', 'Tuple((f4, f4, f4, f4, f4, f4, f4))(f4)')
def m_unary(x):
    return (math.log(x), math.log2(x), math.log10(x), math.log1p(x), math.sqrt(x), math.atan(x), math.asinh(x))


@cc.export('m_trig', 'Tuple((f4, f4, f4, f4, f4, f4, f4))(f4)')
def m_trig(x):
    return (math.sin(x), math.cos(x), math.tan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.erf(x))


@cc.export('m_more', 'Tuple((f4, f4, f4, f4, f4, f4))(f4)')
def m_more(x):
    return (math.expm1(x), math.exp2(x), math.erfc(x), math.radians(x), math.degrees(x), math.fabs(x))


@cc.export('m_unit', 'Tuple((f4, f4, f4))(f4)')
def m_unit(x):
    return (math.asin(x), math.acos(x), math.atanh(x))


@cc.export('m_gamma', 'Tuple((f4, f4))(f4)')
def m_gamma(x):
    return (math.gamma(x), math.lgamma(x))


@cc.export('m_acosh', 'f4(f4)')
def m_acosh(x):
    return math.acosh(x)


@cc.export('m_two', 'Tuple((f4, f4, f4, f4))(f4, f4)')
def m_two(x, y):
    return (math.atan2(x, y), math.pow(x, y), math.hypot(x, y), math.copysign(x, y))


@cc.export('m_fmod', 'Tuple((f4, f4))(f4, f4)')
def m_fmod(x, y):
    return (math.fmod(x, y), math.cbrt(x))


# The float32 value widened, not a float64 computation.
@cc.export('m_widened', 'f8(f4)')
def m_widened(x):
    y = math.exp(x)
    return y


# math.floor/ceil/trunc of f4 are ints, isnan/isinf bools (numba's types).
@cc.export('m_int', 'Tuple((i8, i8, i8, b1))(f4)')
def m_int(x):
    return (math.floor(x), math.ceil(x), math.trunc(x), math.isnan(x))


# An int or float64 among the arguments makes it float64 (numba's typing).
@cc.export('m_mixed', 'Tuple((f8, f8, f8))(f4, f8, i8)')
def m_mixed(x, y, n):
    return (math.atan2(x, y), math.pow(x, n), math.exp(n))


@cc.export('np_unary', 'Tuple((f4, f4, f4, f4, f4, f4, f4, f4))(f4)')
def np_unary(x):
    return (np.exp(x), np.log(x), np.sin(x), np.cos(x), np.tan(x), np.arctan(x), np.tanh(x), np.sqrt(x))


@cc.export('np_more', 'Tuple((f4, f4, f4, f4, f4, f4, f4, f4))(f4)')
def np_more(x):
    return (np.exp2(x), np.expm1(x), np.log2(x), np.log10(x), np.log1p(x), np.sinh(x), np.cosh(x), np.arcsinh(x))


@cc.export('np_nan', 'Tuple((f4, f4, f4))(f4)')
def np_nan(x):
    return (np.log(x), np.arcsin(x), np.arccosh(x))


@cc.export('np_two', 'Tuple((f4, f4, f4, f4, f4))(f4, f4)')
def np_two(x, y):
    return (np.arctan2(x, y), np.power(x, y), np.hypot(x, y), np.fmod(x, y), np.nextafter(x, y))


@cc.export('np_exact', 'Tuple((f4, f4, f4, f4, f4, f4, f4))(f4)')
def np_exact(x):
    return (np.floor(x), np.ceil(x), np.trunc(x), np.rint(x), np.abs(x), np.square(x), np.negative(x))


# Arrays of float32: numpy computes them (its own float32 loops), float32.
@cc.export('np_array', 'f4[:](f4[:])')
def np_array(a):
    return np.exp(a) + np.sin(a) * np.log1p(a)


# --- the reference: numba's float32 math ---------------------------------

_libm = ctypes.CDLL(ctypes.util.find_library("m"))
_F4 = np.float32


def _f32_fn(symbol, nargs):
    f = getattr(_libm, symbol)
    f.restype = ctypes.c_float
    f.argtypes = [ctypes.c_float] * nargs
    return f


class _math32:
    """math.<name>: float32 through libm's `symbol` when every argument is
    float32 (CPython's ValueError kept, OverflowError made inf), else math's."""

    def __init__(self, name, symbol, nargs):
        self.f, self.std = _f32_fn(symbol, nargs), getattr(math, name)

    def __call__(self, *args):
        if not all(isinstance(a, _F4) for a in args):
            return self.std(*args)
        try:
            self.std(*(float(a) for a in args))
        except OverflowError:
            pass
        return _F4(self.f(*(float(a) for a in args)))


class _np32:
    """numpy.<name> on float32 numbers as numba computes it: libm's `symbol`."""

    def __init__(self, symbol, nargs):
        self.f = _f32_fn(symbol, nargs)

    def __call__(self, *args):
        return _F4(self.f(*(float(a) for a in args)))


_MATH1 = ["exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
          "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "exp2", "lgamma"]
math32 = types.SimpleNamespace(**{n: _math32(n, n + "f", 1) for n in _MATH1})
math32.gamma = _math32("gamma", "tgammaf", 1)
math32.sqrt = _math32("sqrt", "sqrtf", 1)
math32.fabs = _math32("fabs", "fabsf", 1)
math32.cbrt = _math32("cbrt", "cbrtf", 1)
for _n in ("atan2", "pow", "hypot", "copysign", "fmod"):
    setattr(math32, _n, _math32(_n, _n + "f", 2))
math32.radians = lambda x: x * _F4(math.pi / 180) if isinstance(x, _F4) else math.radians(x)
math32.degrees = lambda x: x * _F4(180 / math.pi) if isinstance(x, _F4) else math.degrees(x)
for _n in ("floor", "ceil", "isnan"):
    setattr(math32, _n, getattr(math, _n))
math32.trunc = lambda x: math.trunc(float(x))  # numpy.float32 has no __trunc__

_NP = {"exp": "expf", "log": "logf", "sin": "sinf", "cos": "cosf", "tan": "tanf", "arctan": "atanf",
       "tanh": "tanhf", "exp2": "exp2f", "expm1": "expm1f", "log2": "log2f", "log10": "log10f",
       "log1p": "log1pf", "sinh": "sinhf", "cosh": "coshf", "arcsinh": "asinhf", "arcsin": "asinf",
       "arccosh": "acoshf"}
np32 = types.SimpleNamespace(**{n: _np32(s, 1) for n, s in _NP.items()})
for _n, _s in (("arctan2", "atan2f"), ("power", "powf"), ("hypot", "hypotf"), ("fmod", "fmodf"),
               ("nextafter", "nextafterf")):
    setattr(np32, _n, _np32(_s, 2))
for _n in ("sqrt", "floor", "ceil", "trunc", "rint", "abs", "square", "negative"):
    setattr(np32, _n, getattr(np, _n))


class _numba:
    """fn run with numba's float32 math, its f4 arguments float32 numbers."""

    def __init__(self, fn, kinds):
        self.body = types.FunctionType(fn.__code__, dict(fn.__globals__, math=math32, np=np32))
        self.kinds = kinds if isinstance(kinds, tuple) else (kinds,)

    def __call__(self, *args):
        return self.body(*(_F4(a) if k == "f4" else a for a, k in zip(args, self.kinds)))


REFERENCE = {name: _numba(globals()[name], kinds) for name, kinds in {
    "m_exp": "f4", "m_unary": "f4", "m_trig": "f4", "m_more": "f4", "m_unit": "f4", "m_gamma": "f4",
    "m_acosh": "f4", "m_two": ("f4", "f4"), "m_fmod": ("f4", "f4"), "m_widened": "f4", "m_int": "f4", "m_mixed": ("f4", "f8", "i8"),
    "np_unary": "f4", "np_more": "f4", "np_nan": "f4", "np_two": ("f4", "f4"), "np_exact": "f4",
}.items()}

INF, NAN = float("inf"), float("nan")
A = np.array([0.5, 1.7113593816757202, 3.015042543411255, -0.5, 9.552188873291016, 80.0, -200.0], dtype=np.float32)

CASES = {
    # expf(x) != (float)exp(x) here; 100.0 overflows float32 (inf, numba's value).
    'm_exp': [(3.015042543411255,), (-7.9427056312561035,), (-8.49815845489502,), (100.0,), (-200.0,), (INF,), (-INF,),
              (NAN,), (0.0,), (-0.0,)],
    'm_unary': [(46.48692321777344,), (0.8856756091117859,), (2.0318312644958496,), (14.766460418701172,),
                (9.638422966003418,), (-9.617512702941895,), (3.2657861709594727,), (0.0,), (-1.0,), (-0.5,),
                (INF,), (NAN,), (1e-30,)],
    'm_trig': [(9.552188873291016,), (8.587185859680176,), (0.5174407362937927,), (-2.5067849159240723,),
               (-1.8936939239501953,), (-0.5700671672821045,), (1.8193227052688599,), (100.0,), (INF,), (NAN,), (-0.0,)],
    'm_more': [(1.751537799835205,), (14.078723907470703,), (2.8631560802459717,), (-190.16676330566406,),
               (-7.825483322143555,), (3.54567551612854,), (200.0,), (-INF,), (NAN,)],
    'm_unit': [(0.5854834914207458,), (-0.8475301861763,), (0.6902269721031189,), (1.0,), (-1.0,), (1.5,), (NAN,)],
    'm_gamma': [(0.5084896683692932,), (6.022005558013916,), (9.420869827270508,), (4.255234241485596,), (0.0,),
                (-1.0,), (40.0,), (-2.5,), (NAN,)],
    'm_acosh': [(3.00239896774292,), (7.380970478057861,), (0.5,), (INF,)],
    'm_two': [(-3.757627010345459, 3.310640573501587), (0.048937827348709106, 0.4915353059768677),
              (1.7113593816757202, 3.216714382171631), (3.424712896347046, 4.967333793640137), (10.0, 50.0),
              (0.0, -1.0), (-2.0, 0.5), (0.0, 0.0), (INF, 2.0), (NAN, 1.0), (3.0, 4.0)],
    'm_fmod': [(7.5, 2.0), (-7.5, 2.0), (5.0, 0.0), (INF, 1.0), (3.0, INF), (NAN, 1.0), (2.0, NAN), (-0.0, 1.0),
               (14.078723907470703, 0.3)],
    'm_widened': [(3.015042543411255,), (1.5,), (-0.125,)],
    'm_int': [(2.5,), (-2.5,), (NAN,), (INF,), (1e10,)],
    'm_mixed': [(-3.757627010345459, 3.310640573501587, 3), (0.048937827348709106, 0.5, -2), (1.5, 1e300, 700)],
    'np_unary': [(3.015042543411255,), (46.48692321777344,), (9.552188873291016,), (8.587185859680176,),
                 (0.5174407362937927,), (-9.617512702941895,), (-0.5700671672821045,), (-1.0,), (0.0,), (100.0,),
                 (INF,), (NAN,)],
    'np_more': [(14.078723907470703,), (1.751537799835205,), (78.20175170898438,), (14.766460418701172,),
                (9.638422966003418,), (-9.15292739868164,), (-8.183626174926758,), (-0.6940096020698547,), (-2.0,),
                (INF,)],
    'np_nan': [(-1.0,), (2.0,), (0.5,), (0.0,)],
    'np_two': [(-3.757627010345459, 3.310640573501587), (1.7113593816757202, 3.216714382171631), (10.0, 50.0),
               (0.0, -1.0), (-2.0, 0.5), (5.5, 0.0), (-7.25, 2.0), (3.0, 4.0)],
    'np_exact': [(2.5,), (-3.5,), (-0.0,), (16777215.0,), (NAN,), (1e20,)],
    'np_array': [(A,), (np.zeros(0, np.float32),)],
}
