# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/laplacien.py (see README.md);
# was: #pythran export laplacien(float64[][][3])
from pycc import CC
cc = CC('npb_laplacien')
#setup: import numpy as np ; np.random.seed(0); N = 500 ; X = np.random.randn(N,N,3)
#run: laplacien(X)

import numpy as np
@cc.export('laplacien', 'f8[:, :, :](f8[:, :, :])')
def laplacien(image):
        out_image = np.abs(4*image[1:-1,1:-1] -
                                       image[0:-2,1:-1] - image[2:,1:-1] -
                                       image[1:-1,0:-2] - image[1:-1,2:])
        valmax = np.max(out_image)
        valmax = max(1.,valmax)+1.E-9
        out_image /= valmax
        return out_image
