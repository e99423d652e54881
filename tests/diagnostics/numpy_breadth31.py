import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('where_complex_real_arrays', '(c16[:], f8[:])')
def where_complex_real_arrays(z, a):
    return np.where(a > 0, z, a)


@cc.export('where_complex_number', '(c16[:],)')
def where_complex_number(z):
    return np.where(z.real > 0, z, 1j)


@cc.export('where_complex_numpy_scalar', '(c8[:],)')
def where_complex_numpy_scalar(z):
    return np.where(z.real > 0, z, np.float64(0.5))
