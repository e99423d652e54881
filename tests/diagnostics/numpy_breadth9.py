import numpy as np
from pycc import CC
cc = CC('m')


@cc.export('squeeze_all', '(f8[:, :],)')
def squeeze_all(a):
    return np.squeeze(a)


@cc.export('squeeze_method', '(f8[:, :, :],)')
def squeeze_method(a):
    return a.squeeze().sum()


@cc.export('squeeze_none', '(f8[:, :],)')
def squeeze_none(a):
    return np.squeeze(a, axis=None)


@cc.export('broadcast_nothing', '()')
def broadcast_nothing():
    return np.broadcast_shapes((), ())


@cc.export('broadcast_keyword', '(f8[:],)')
def broadcast_keyword(a):
    return np.broadcast_shapes(a.shape, shape=(1,))
