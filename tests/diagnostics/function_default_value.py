from pycc import CC
cc = CC('m')


def twice(x):
    return 2 * x


@cc.export('passes_default', 'i8(i8)')
def passes_default(n, f=twice):
    g = f
    return f(n)
