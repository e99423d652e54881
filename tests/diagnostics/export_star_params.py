# An export's `*args`, `**kwargs` or keyword-only parameter: numba.pycc's
# signatures name positional parameters only (a diagnostic at the
# parameter, not an argument count that leaves them out).
from pycc import CC

cc = CC('export_star_params')


@cc.export('rest', 'f8(f8)')
def rest(*args):
    return args[0]


@cc.export('kw', 'f8(f8)')
def kw(x, **kw):
    return x


@cc.export('kwonly', 'f8(f8, f8)')
def kwonly(x, /, y, *, z=1.0):
    return x + y + z
