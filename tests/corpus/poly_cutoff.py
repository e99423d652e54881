# corpus: public GitHub file, code-index id 20356745201 (the index gives no repository; a polynomial cutoff function of an interatomic potential) (an `@njit(sig)` kernel; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license not stated in the file
from numba import njit
from numba.pycc import CC
cc = CC('poly_cutoff')


@cc.export('polymial_cutoff', "UniTuple(f8, 2)(f8, f8)")
@njit("UniTuple(f8, 2)(f8, f8)")
def polymial_cutoff(r, rc):
    rr = r/rc
    f  = (1 - rr*rr)**4
    df = -8*rr*(1 - rr*rr)**3/rc

    return f, df
