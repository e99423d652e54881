# From serge-sans-paille/numpy-benchmarks, numpy_benchmarks/benchmarks/grouping.py (see README.md);
# was: #pythran export grouping(uint32 [])
from pycc import CC
cc = CC('npb_grouping')
#from: http://stackoverflow.com/questions/4651683/numpy-grouping-using-itertools-groupby-performance
#setup: import numpy as np ; N = 500000 ; np.random.seed(0); values = np.array(np.random.randint(0,3298,size=N),dtype='u4') ; values.sort()
#run: grouping(values)


@cc.export('grouping', 'Tuple(u4[:], i8[:])(u4[:])')
def grouping(values):
    import numpy as np
    diff = np.concatenate(([1], np.diff(values)))
    idx = np.concatenate((np.where(diff)[0], [len(values)]))
    return values[idx[:-1]], np.diff(idx)
