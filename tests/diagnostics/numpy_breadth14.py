import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:, :], i8)')
def f(m, k):
    a = m.ravel(order='X')
    b = m.reshape(6, order='K')
    c = np.reshape(m, (6,), order=k)
    d = m.flatten(order='Q')
