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


@cc.export('flat_slice', '(f8[:, :],)')
def flat_slice(a):
    return a.flat[1:3]


@cc.export('flat_float', '(f8[:, :], f8)')
def flat_float(a, x):
    return a.flat[x]


@cc.export('flat_store_computed', '(f8[:, :],)')
def flat_store_computed(a):
    (a * 2.0).flat[0] = 1.0


@cc.export('flat_complex', '(c16[:],)')
def flat_complex(z):
    return z.flat[0]


@cc.export('dot_out_view', '(f8[:, :], f8[:, :, :])')
def dot_out_view(a, o):
    np.dot(a, a, out=o[0])


@cc.export('put_mode', '(f8[:], i8)')
def put_mode(a, k):
    np.put(a, k, 1.0, mode='sideways')


@cc.export('put_computed', '(f8[:], i8)')
def put_computed(a, k):
    np.put(a * 2.0, k, 1.0)


@cc.export('ravel_mixed', '(i8[:], i8)')
def ravel_mixed(v, i):
    return np.ravel_multi_index((v, i), (3, 4))


@cc.export('nditer_loop', '(f8[:, :],)')
def nditer_loop(a):
    s = 0.0
    for x in np.nditer(a):
        s += x.item()
    return s
