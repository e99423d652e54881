# numba's pycc_distutils_usecase (numba/tests/pycc_distutils_usecase at numba commit
# 5340f052d01403b12480fa19e596200ee0d0e131, BSD-2-Clause), verbatim but for the
# import line of CC.
import numpy as np

from pycc import CC


cc = CC('pycc_compiled_module')

_const = 42


# This ones references a global variable at compile time
@cc.export('get_const', 'i8()')
def get_const():
    return _const


# This one needs NRT and an environment
@cc.export('ones', 'f8[:](i4)')
def ones(n):
    return np.ones(n)
