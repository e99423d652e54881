# differential-python: numpy
# float() of a float32 value is a float64 (CPython's float of a numpy
# float32), so arithmetic after it is float64: found by fuzz/programs
# (`float(np.mean(fa)) + float(np.std(fa))` summed in float32).
import numpy as np
from pycc import CC

cc = CC('f32_float_builtin_prog')


@cc.export('reductions', 'f8(f4[:])')
def reductions(fa):
    return float(np.mean(fa)) + float(np.std(fa)) / 3.0


@cc.export('elements', 'f8(f4[:])')
def elements(fa):
    y = float(fa[-1] * np.float32(3.0))
    return float(fa[0]) * float(fa[-1]) + y / 7.0


@cc.export('stays_f4', 'f8(f4[:])')
def stays_f4(fa):
    # Without float() the arithmetic is float32 (numpy's float32 scalars too).
    return fa[0] + fa[-1] / np.float32(3.0)


def F(n):
    return np.random.default_rng(n).standard_normal(n).astype(np.float32)


CASES = {
    'reductions': [(lambda n=n: (F(n),)) for n in (1, 2, 5, 17)],
    'elements': [(lambda n=n: (F(n),)) for n in (1, 3, 9)],
    'stays_f4': [(lambda n=n: (F(n),)) for n in (1, 3, 9)],
}
