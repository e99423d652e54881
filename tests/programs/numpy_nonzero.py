# differential-python: numpy
# One-argument np.where(c) / np.nonzero(c) of a 1-d c (a tuple of one index
# array), np.concatenate of arrays and lists of numbers of different real
# dtypes (numpy's result_type), and `import numpy as np` inside a function;
# compared with numpy.
import numpy as np
from pycc import CC

cc = CC('numpy_nonzero_prog')


@cc.export('groups', 'Tuple(u4[:], i8[:])(u4[:])')
def groups(values):
    import numpy as np
    diff = np.concatenate(([1], np.diff(values)))
    idx = np.concatenate((np.where(diff)[0], [len(values)]))
    return values[idx[:-1]], np.diff(idx)


@cc.export('where_tuple', 'i8(f8[:])')
def where_tuple(a):
    import numpy as np
    t = np.where(a > 0.5)
    (k,) = np.nonzero(a)
    return len(t[0]) * 1000 + k.sum()


@cc.export('mixed', 'f8[:](i4[:], f4[:], b1[:])')
def mixed(a, b, c):
    import numpy as np
    return np.concatenate([a, b, c, [2.5, -1.0]])


@cc.export('ints', 'i8[:](u1[:], i2[:])')
def ints(a, b):
    import numpy
    return numpy.concatenate((a, [300], b, numpy.nonzero(a)[0]))


CASES = {
    'groups': [
        (np.array([1, 1, 2, 2, 2, 5, 7, 7], dtype=np.uint32),),
        (np.array([3], dtype=np.uint32),),
        (np.array([], dtype=np.uint32),),
    ],
    'where_tuple': [(np.array([0.0, 0.7, 0.2, 0.9, 0.0]),), (np.zeros(3),)],
    'mixed': [(np.arange(3, dtype=np.int32), np.ones(2, dtype=np.float32), np.array([True, False]))],
    'ints': [(np.array([0, 5, 0, 255], dtype=np.uint8), np.array([-3, 4], dtype=np.int16))],
}
