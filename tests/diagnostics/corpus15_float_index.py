from pycc import CC
cc = CC('m')

# corpus15 (dual_norm_projection): a signature that types the row index `l` as
# f8; numpy raises IndexError and numba rejects it, so this stays an error, and
# the note says so instead of describing a bool mask
@cc.export('row_weight', 'f8(f8[:,:], f8)')
def row_weight(w, l):
    return w[l, 2]


@cc.export('store', 'void(f8[:], f8)')
def store(out, x):
    out[x] = 1.0


@cc.export('mask', 'f8(f8[:], b1)')
def mask(a, b):
    return a[b]
