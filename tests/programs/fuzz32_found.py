# Found by fuzz32 (and fuzz31's found-not-fixed), against CPython.
import math

from pycc import CC

cc = CC('fuzz32_found')


# pow(a, b, m) with a uint64 argument: its bits, never negative (it was
# cast to int64, so 2**63 became -2**63); a uint64 modulus past int64
# gives a uint64 result.
@cc.export('powmod_u8_base', 'i8(u8, i8, i8)')
def powmod_u8_base(a, b, m):
    return pow(a, b, m)


@cc.export('powmod_u8_exp', 'i8(i8, u8, i8)')
def powmod_u8_exp(a, b, m):
    return pow(a, b, m)


@cc.export('powmod_u8_mod', 'u8(i8, i8, u8)')
def powmod_u8_mod(a, b, m):
    return pow(a, b, m)


@cc.export('powmod_all_u8', 'u8(u8, u8, u8)')
def powmod_all_u8(a, b, m):
    return pow(a, b, m)


# range() with a uint64 bound past int64 beside an int64 one: CPython's
# range(2**63, 5) is empty (it counted up from -2**63).
@cc.export('range_u8_start', 'i8(u8, i8)')
def range_u8_start(b, a):
    s = 0
    for i in range(b, a):
        s += i
        if s > 100:
            break
    return s


@cc.export('range_u8_stop', 'i8(i8, u8)')
def range_u8_stop(a, b):
    s = 0
    for i in range(a, b):
        s += i
        if i >= a + 5:
            break
    return s


@cc.export('range_u8_step', 'i8(i8, i8, u8)')
def range_u8_step(a, b, c):
    s = 0
    for i in range(a, b, c):
        s = s * 3 + i
    return s


@cc.export('range_u8_down', 'i8(u8, i8, i8)')
def range_u8_down(b, a, st):
    s = 0
    for i in range(b, a, st):
        s = s * 3 + i
        if s > 1000:
            break
    return s


# str() of a uint64 twice in one function: each runtime str call passed the
# uint64 as it was, so the function's one declaration clashed (an internal
# compiler error: the module did not verify).
@cc.export('u8_strs', 'unicode_type(u8, i8)')
def u8_strs(a, b):
    return str(a) + f'{a}|{b}' + str(b) + f'{a:x}'


# min/max of a uint64 and signed ints compare by value (int64 put 2**63
# below -1); the one chosen comes back as int64 bits.
@cc.export('u8_min_max', 'i8(u8, i8, i8)')
def u8_min_max(a, b, c):
    return max(a, b) - min(a, b) + 3 * max(b, a, c) - 5 * min(c, a, b)


@cc.export('u8_max_ret', 'u8(u8, i8)')
def u8_max_ret(a, b):
    return max(b, a)


# math.gcd/lcm of a uint64: its value is a magnitude (2**64 - 1 was -1).
@cc.export('u8_gcd', 'u8(u8, i8)')
def u8_gcd(a, b):
    return math.gcd(a, b)


@cc.export('u8_gcd3', 'i8(i8, u8, u8)')
def u8_gcd3(a, b, c):
    return math.gcd(a, b, c) + math.lcm(b, 3)


# A uint64 list index past int64 is out of range (2**64 - 1 read the last).
@cc.export('u8_list_index', 'i8(u8)')
def u8_list_index(i):
    xs = [10, 20, 30]
    xs[i % 4 if i < 8 else i] = 5
    return xs[i] + xs[0]


BIG = [2**63, 2**63 + 1, 2**64 - 1]
CASES = {
    'powmod_u8_base': [(a, b, m) for a in [0, 5] + BIG for b in [0, 1, 3, -1] for m in [1, 7, -7, 2**63 - 1, -2**63, 0]],
    'powmod_u8_exp': [(a, b, m) for a in [0, 2, -3] for b in [0, 5] + BIG for m in [1, 7, -7, 2**63 - 1, 0]],
    'powmod_u8_mod': [(a, b, m) for a in [0, 2, -3, 2**62] for b in [0, 5, -1] for m in [1, 7, 0] + BIG],
    'powmod_all_u8': [(a, b, m) for a in [0, 3] + BIG for b in [0, 2] + BIG for m in [5] + BIG],
    'range_u8_start': [(b, a) for b in [0, 3, 2**63 - 1] + BIG for a in [-5, 0, 7, 2**63 - 1]],
    'range_u8_stop': [(a, b) for a in [-5, 0, 7] for b in [0, 3, 10] + BIG],
    'range_u8_step': [(a, b, c) for a in [-5, 0, 7] for b in [-3, 20] for c in [1, 4] + BIG],
    'range_u8_down': [(b, a, st) for b in [0, 9] + BIG for a in [-3, 5] for st in [1, -2]],
    'u8_strs': [(a, b) for a in [0, 5] + BIG for b in [-1, 2**63 - 1]],
    'u8_min_max': [(a, b, c) for a in [0, 5, 2**63 - 1] + BIG for b in [-1, 0, 7, 2**63 - 1] for c in [-2**63, 3]],
    'u8_max_ret': [(a, b) for a in [0, 5] + BIG for b in [-1, 6]],
    'u8_gcd': [(a, b) for a in [0, 12] + BIG for b in [0, 6, -4, -2**63]],
    'u8_gcd3': [(a, b, c) for a in [0, -9] for b in [0, 3] + BIG for c in [0, 2**64 - 1]],
    'u8_list_index': [(i,) for i in [0, 2, 3, 5] + BIG],
}

# A start past int64 counting down: pycc's OverflowError (README), the loop
# variable being int64.
DEVIATIONS = {('range_u8_down', (b, a, -2)): 'OverflowError' for b in BIG for a in [-3, 5]}
