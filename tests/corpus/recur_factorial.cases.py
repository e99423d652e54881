# The file declares its export only under `-c` (the reference runs with
# ONLINE_JUDGE): SETUP declares it as that branch does.
CASES = {
    "recur": [(0,), (5,), (20,), (25,)],
}


def SETUP(ns):
    from numba.pycc import CC
    cc = CC('my_module')
    cc.export('recur', 'i8(i8)')(ns['recur'])
