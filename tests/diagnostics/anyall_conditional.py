from pycc import CC

cc = CC('anyall_conditional')


@cc.export('after_and', 'i8(i8[:], i8)')
def after_and(a, n):
    return 1 + (n > 0 and any(x > n for x in a))


@cc.export('in_while', 'i8(i8[:])')
def in_while(a):
    k = 0
    while all(x > k for x in a):
        k += 1
    return k
