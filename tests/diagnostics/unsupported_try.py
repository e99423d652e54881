from numba.pycc import CC
cc = CC('m')

@cc.export('safe', 'f8(f8)')
def safe(x):
    try:
        return x * 2.0
    except ValueError:
        return 0.0
