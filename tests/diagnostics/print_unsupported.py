import sys
from pycc import CC
cc = CC('m')


@cc.export('f', 'void(f8[:], i8)')
def f(a, n):
    print([n, n])
    print(n, file=sys.stderr)
    print(n, sep=n)
    print(*a)
