from pycc import CC
cc = CC('m')

def pair(x):
    return x, x

@cc.export('f', '(i8,)')
def f(a):
    p = (a, 1)
    if a > 0:
        # One use sees both lengths (a tuple rebound where no use sees
        # the old one is split into webs instead).
        p = (a, 1, 2)
    print(p)
    return pair(a) + divmod(a, 2)
