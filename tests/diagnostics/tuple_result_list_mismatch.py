from pycc import CC

cc = CC('tuple_result_list_mismatch')


# The declared list's items must be the returned list's: numba would not
# convert a list of floats to a list of ints either.
@cc.export('halves', 'Tuple((i8, List(i8)))(i8)')
def halves(n):
    return n, [0.5 * i for i in range(n)]
