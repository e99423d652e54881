"""numba.tests.support.has_blas: numba's usecase exports `vector_dot` (np.dot) only with BLAS."""
has_blas = True
