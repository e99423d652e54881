from pycc import CC
cc = CC('m')

@cc.export('ratio', 'f8(f8, f8)')
def ratio(a, b):
    return a / b
