# A statement that fails on a name whose own assignment failed shows no
# error of its own (a follow-on of the first); independent errors in
# other statements still show.
from pycc import CC
import numpy as np
cc = CC('follow_on_errors')


@cc.export('f', 'f8(f8[:])')
def f(a):
    t = a.bogus(3)
    u = t * 2
    v = np.sum(t) + u
    w = [t[i] for i in range(3)]
    z = np.weirdfunc(a)
    return v + w[0] + z
