from pycc import CC

cc = CC('identity_unsupported')


@cc.export('int_is_bool', 'i8(i8)')
def int_is_bool(n):
    # CPython: True when the caller passes True for n.
    if n is True:
        return 1
    return 0


@cc.export('ints', 'b1(i8, i8)')
def ints(a, b):
    return a is b
