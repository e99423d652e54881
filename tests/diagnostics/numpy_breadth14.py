import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:, :], i8, c16[:, :])')
def f(m, k, z):
    a = m.ravel(order='X')
    b = m.reshape(6, order='K')
    c = np.reshape(m, (6,), order=k)
    d = m.flatten(order='Q')
    e = np.fft.fft2(m, s=4)
    g = np.fft.fftn(m, axes=k)
    h = np.fft.rfftn(z)
