# An int literal past int64/uint64, also one past i128 (a 40-digit hex
# constant): "does not fit", never taken for a str literal.
from pycc import CC

cc = CC('huge_int_literal')


@cc.export('hex40', 'i8(i8)')
def hex40(n):
    return n + 0xffffffffffffffffffffffffffffffffffffffff


@cc.export('dec45', 'i8(i8)')
def dec45(n):
    return n - 1000000000000000000000000000000000000000000000
