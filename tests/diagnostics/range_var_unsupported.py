from pycc import CC

cc = CC('range_var_unsupported')


@cc.export('sliced', 'i8(i8)')
def sliced(n):
    r = range(n)
    s = r[1:]
    return len(s)


@cc.export('float_in', 'i8(i8, f8)')
def float_in(n, x):
    r = range(n)
    return x in r
