import numpy as np
from pycc import CC
cc = CC('m')

@cc.export('f', 'void(f8[:], i8[:], f8)')
def f(a, b, s):
    c = np.digitize(a)
    d = np.correlate(a, a, 'middle')
    e = np.nanvar(a, 0, 1)
    g = np.isin(a, a, kind='table')
    h = np.append(a, b, axis=0, out=a)
    k = np.heaviside(True, False)
    m = np.partition(a, axis=0, kth=1)
    n = np.insert(a, 1, values=b, axis=None)
    p = np.nanmedian(a, overwrite_input=True)
    q = np.sort(a, kind='fast')
    r = np.average(a, weights=b, keepdims=True)
    t = np.interp(a, a, a, period=2.0)
    v = np.histogram(a, 3, (0.0,))
    x = np.histogram(a, 3, density=s > 0)
    y = np.argsort(a, kind='fastest')
    z = np.invert(a)
    aa = np.gradient(np.ones((2, 2)))
    ab = np.average(a, weights=2.0)
