# Lists of tuples holding arrays: returning one from a helper, arrays of another
# dtype in one position, and sort() (which would compare the arrays) stay out.
import numpy as np
from pycc import CC
cc = CC('m')

def total(st):
    return st

@cc.export('f', 'i8(f8[:])')
def f(a):
    st = [(a, 1)]
    total(st)
    return len(st)

@cc.export('g', 'i8(f8[:], i8[:])')
def g(a, b):
    st = [(a, 1)]
    st.append((b, 2))
    return len(st)

@cc.export('h', 'i8(f8[:])')
def h(a):
    st = [(a, 2), (a, 1)]
    st.sort()
    return len(st)
