from pycc import CC
cc = CC('m')
cc.fastmath = {'reassoc', 'fastest'}

@cc.export('f', 'f8(f8)')
def f(x):
    return x + 1.0
