# corpus: written for pycc after a public GitHub file, code-index id 70556334909 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); a beam search over permutations packed 6 bits a value into four uint64 words, deduplicated by canonical form
import numpy as np
from numba import njit, types
from numba.typed import Dict
from numba.pycc import CC

cc = CC('beam_uint64_states')

STATE = types.UniTuple(types.uint64, 4)


@cc.export('decode', '(UniTuple(u8, 4), i8)')
@njit(cache=True)
def decode(state, n):
    return np.array([int((state[i // 10] >> np.uint64(6 * (i % 10))) & np.uint64(63))
                     for i in range(n)], np.int64)


@cc.export('transform', '(i8[:], i8, i8, i8)')
@njit(cache=True)
def transform(values, n, sign, shift):
    out = np.zeros(4, np.uint64)
    for j in range(n):
        v = (sign * values[(sign * (j - shift)) % n] + shift) % n
        out[j // 10] |= np.uint64(v) << np.uint64(6 * (j % 10))
    return out[0], out[1], out[2], out[3]


@cc.export('canonical', '(UniTuple(u8, 4), i8)')
@njit(cache=True)
def canonical(state, n):
    values = decode(state, n)
    best = state
    for shift in range(n):
        sign = 1 if shift % 2 == 0 else -1
        trial = transform(values, n, sign, shift)
        if trial < best:
            best = trial
    return best


@cc.export('select_distinct', '(u8[:, :], i8[:], i8, i8)')
@njit(cache=True)
def select_distinct(states, order, n, width):
    seen = Dict.empty(key_type=STATE, value_type=types.int64)
    keep = np.empty(min(width, len(order)), np.int64)
    count = 0
    for index in order:
        state = (states[index, 0], states[index, 1], states[index, 2], states[index, 3])
        key = canonical(state, n)
        if key in seen:
            continue
        seen[key] = index
        keep[count] = index
        count += 1
        if count == width:
            break
    return keep[:count]


@cc.export('meeting', '(u8[:, :], u8[:, :], i8[:], i8)')
@njit(cache=True)
def meeting(states, earlier, p, n):
    opposite = Dict.empty(key_type=STATE, value_type=types.int64)
    for index in range(len(earlier)):
        state = (earlier[index, 0], earlier[index, 1], earlier[index, 2], earlier[index, 3])
        values = decode(state, n)
        for i in range(n):
            values[i] = p[values[i]]
        for shift in range(n):
            sign = 1 if shift % 2 == 0 else -1
            key = transform(values, n, sign, shift)
            opposite[key] = index * n + shift
    for index in range(len(states)):
        state = (states[index, 0], states[index, 1], states[index, 2], states[index, 3])
        if state in opposite:
            value = opposite[state]
            return index, value // n, value % n
    return -1, -1, -1
