# A list of complex arrays as an argument is not compiled yet (lists of
# real arrays are: tests/programs/list_array_arguments.py); nor is numba's
# printed array type with a number of dimensions that is not `Nd`.
from pycc import CC
cc = CC('m')


@cc.export('count', 'types.float64(types.List(c16[:], reflected=True))')
def count(zs):
    return 0.0


@cc.export('dims', 'f8(reflected list(array(float64, 1, C)))')
def dims(xs):
    return 0.0
