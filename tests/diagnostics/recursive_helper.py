from pycc import CC
cc = CC('m')

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def show(x):
    return None

@cc.export('f', 'i8(i8)')
def f(n):
    return fact(n) + show(n)
