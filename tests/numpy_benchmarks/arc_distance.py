# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/arc_distance.py (see README.md);
# was: #pythran export arc_distance(float64 [], float64[], float64[], float64[])
from pycc import CC
cc = CC('npb_arc_distance')
#setup: N = 10000 ; import numpy as np ; np.random.seed(0); t0, p0, t1, p1 = np.random.randn(N), np.random.randn(N), np.random.randn(N), np.random.randn(N)
#run: arc_distance(t0, p0, t1, p1)


import numpy as np
@cc.export('arc_distance', 'f8[:](f8[:], f8[:], f8[:], f8[:])')
def arc_distance(theta_1, phi_1,
                       theta_2, phi_2):
    """
    Calculates the pairwise arc distance between all points in vector a and b.
    """
    temp = np.sin((theta_2-theta_1)/2)**2+np.cos(theta_1)*np.cos(theta_2)*np.sin((phi_2-phi_1)/2)**2
    distance_matrix = 2 * (np.arctan2(np.sqrt(temp),np.sqrt(1-temp)))
    return distance_matrix
