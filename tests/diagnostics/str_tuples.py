from pycc import CC
cc = CC('str_tuples')
MIXED = ('a', 1)
NAMES = ('a', 'b')

@cc.export('f', 'i8(i8)')
def f(i):
    t = ('a', i)
    return len(t)

@cc.export('g', 'i8(i8)')
def g(i):
    return len(MIXED)

@cc.export('h', 'unicode_type(i8)')
def h(i):
    a, b = NAMES
    return a + b

@cc.export('k', 'b1(i8)')
def k(i):
    return NAMES == ('a', 'b')
