import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('where_complex_numpy_scalar', '(c8[:],)')
def where_complex_numpy_scalar(z):
    return np.where(z.real > 0, z, np.float64(0.5))


@cc.export('matmul_out_int', '(f8[:, :], i8[:, :])')
def matmul_out_int(a, o):
    np.matmul(a, a, out=o)


@cc.export('matmul_out_number', '(f8[:], f8[:])')
def matmul_out_number(a, o):
    np.matmul(a, 2.0, out=o)


@cc.export('sinc_f4', '(f4,)')
def sinc_f4(x):
    return np.sinc(x)
