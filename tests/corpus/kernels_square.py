# corpus: public GitHub file, code-index id 8280500862 (the index gives no repository); license not stated in the file
import os
import numpy as np
from numba.pycc import CC

cc = CC('kernels')

output_dir = '{}/dist'.format(os.path.abspath('..'))
cc.output_dir = output_dir


@cc.export('square', 'f8(f8)')
def square(x):
    return x ** 2


@cc.export('squarearr', 'f8[:](f8[:])')
def square_array(arr):
    return np.square(arr)


cc.compile()
