# differential-python: numpy
# A variable index into a tuple of unsigned ints (four uint64 words of a
# packed state, a uint32 pair): the pick between the items compiled to an
# `arith.select` on unsigned values, which MLIR rejects (an internal
# compiler error); it is py's select now. Negative and out-of-range
# indices too.
import numpy as np
from pycc import CC

cc = CC('tuple_unsigned_index')


@cc.export('unpack', 'i8[:](UniTuple(u8, 4), i8)')
def unpack(state, n):
    return np.array([int((state[i // 10] >> np.uint64(6 * (i % 10))) & np.uint64(63)) for i in range(n)], np.int64)


@cc.export('word', 'u8(UniTuple(u8, 4), i8)')
def word(state, i):
    return state[i]


@cc.export('half', 'u4(UniTuple(u4, 2), i8)')
def half(pair, i):
    x = pair[i]
    return x // np.uint32(2)


@cc.export('small', 'i8(UniTuple(u1, 3), i8)')
def small(t, i):
    return int(t[i]) + int(t[-1 - i])


S = (np.uint64(0xFFFFFFFFFFFFFFFF), np.uint64(1 << 63 | 5), np.uint64(12345), np.uint64(0))
CASES = {
    'unpack': [(S, 25), (S, 0)],
    'word': [(S, 0), (S, 1), (S, 3), (S, -1), (S, -4), (S, 4), (S, -5)],
    'half': [((np.uint32(4000000000), np.uint32(7)), 0), ((np.uint32(4000000000), np.uint32(7)), -1),
             ((np.uint32(1), np.uint32(2)), 2)],
    'small': [((np.uint8(250), np.uint8(3), np.uint8(9)), 0), ((np.uint8(250), np.uint8(3), np.uint8(9)), 1)],
}
