# Variables that may be None (numba's Optional) hold numbers; what else
# stays a diagnostic (issue 16).
import numpy as np
from pycc import CC

cc = CC('optional_unsupported')


@cc.export('loop_var', 'i8(i8)')
def loop_var(n):
    i = None
    for i in range(n):
        pass
    return 0

