import numpy as np
from pycc import CC

cc = CC('unit_stride_lit')


@cc.export('damp', 'void(f4[:, :])')
def damp(u):
    u *= u * np.float32(-0.5) + np.float32(1.0)


@cc.export('damp_c', 'void(f4[:, ::1])')
def damp_c(u):
    u *= u * np.float32(-0.5) + np.float32(1.0)


@cc.export('total', 'f8(f8[:])')
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s
