from pycc import CC
cc = CC('m')


# numba's List(int32) is not supported yet: lists of int64, float64, bool.
@cc.export('list_of_i4', 'i8(List(i4))')
def list_of_i4(xs):
    return len(xs)
