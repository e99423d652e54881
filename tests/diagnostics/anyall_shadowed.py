from pycc import CC

cc = CC('anyall_shadowed')
any = 3


@cc.export('positive', 'b1(f8[:])')
def positive(a):
    return any(x > 0 for x in a)
