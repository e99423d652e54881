import numpy as np
from pycc import CC

cc = CC('fused_var_lit')


@cc.export('row_vars', 'f8[:](f8[:, :])')
def row_vars(x):
    return x.var(axis=1, ddof=1)
