# differential-python: numpy
# numpy 2 (NEP 50): a numpy int scalar (`np.int8(x)`, a name bound to one)
# with a Python int literal its dtype cannot hold raises OverflowError
# (`Python integer 1000 out of bounds for int8`) after computing the
# scalar, in every operator but `/` (float64); only where it runs.
import numpy as np
from pycc import CC

cc = CC('numpy_scalar_python_int')


@cc.export('mul', 'i8(i8)')
def mul(x):
    return np.int8(x) * 1000


@cc.export('rmul', 'i8(i8)')
def rmul(x):
    return 1000 * np.int8(x)


@cc.export('usub', 'i8(i8)')
def usub(x):
    return np.uint8(x) - 300


@cc.export('uneg', 'f8(i8)')
def uneg(x):
    return np.uint64(x) + -1


@cc.export('named', 'i8(i8)')
def named(x):
    k = np.int16(x)
    return k & 70000


@cc.export('fits', 'i8(i8)')
def fits(x):
    return np.int8(x) + 127 - np.int8(x)


@cc.export('div', 'f8(i8)')
def div(x):
    return np.int8(x) / 1000


@cc.export('cond', 'i8(i8)')
def cond(x):
    if x > 5:
        return np.int32(x) * 2**40
    return x


@cc.export('arm', 'i8(i8)')
def arm(x):
    return np.int8(x) * 1000 if x > 5 else x


@cc.export('caught', 'i8(i8)')
def caught(x):
    try:
        return np.int8(x) % 1000
    except OverflowError:
        return -1


CASES = {
    'mul': [(5,), (300,)],
    'rmul': [(5,), (300,)],
    'usub': [(5,)],
    'uneg': [(5,)],
    'named': [(5,)],
    'fits': [(0,)],
    'div': [(5,)],
    'cond': [(1,), (7,)],
    'arm': [(1,), (7,)],
    'caught': [(3,)],
}
