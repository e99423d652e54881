def SETUP(ns):
    # The file declares its export only when run with `-c` (not 'ONLINE_JUDGE'): the same declaration.
    from numba.pycc import CC
    cc = CC('my_module')
    cc.export('main', 'i8(i8)')(ns['main'])


CASES = {
    "main": [(5,), (0,), (-3,)],
}
