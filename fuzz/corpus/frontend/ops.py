from pycc import CC
cc = CC("m")
@cc.export("f", "i8(i8)")
def f(a):
    b = a ** 64 - -a
    b += True
    return +b
