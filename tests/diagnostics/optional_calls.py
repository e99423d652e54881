# An export that can return None (numba's Optional return) cannot be
# called from the file's other functions yet (issue 16).
from pycc import CC

cc = CC('optional_calls')


@cc.export('maybe', '(f8,)')
def maybe(x):
    if x > 0:
        return x
    return None


@cc.export('calls_export', 'f8(f8)')
def calls_export(x):
    maybe(x)
    return x
