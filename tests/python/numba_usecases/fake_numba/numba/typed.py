"""numba.typed: only named by the usecase's bodies, which pycc compiles from source."""
Dict = None
