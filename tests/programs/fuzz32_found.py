# Found by fuzz32 (and fuzz31's found-not-fixed), against CPython.
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


BIG = [2**63, 2**63 + 1, 2**64 - 1]
CASES = {
    'powmod_u8_base': [(a, b, m) for a in [0, 5] + BIG for b in [0, 1, 3, -1] for m in [1, 7, -7, 2**63 - 1, -2**63, 0]],
    'powmod_u8_exp': [(a, b, m) for a in [0, 2, -3] for b in [0, 5] + BIG for m in [1, 7, -7, 2**63 - 1, 0]],
    'powmod_u8_mod': [(a, b, m) for a in [0, 2, -3, 2**62] for b in [0, 5, -1] for m in [1, 7, 0] + BIG],
    'powmod_all_u8': [(a, b, m) for a in [0, 3] + BIG for b in [0, 2] + BIG for m in [5] + BIG],
    'range_u8_start': [(b, a) for b in [0, 3, 2**63 - 1] + BIG for a in [-5, 0, 7, 2**63 - 1]],
    'range_u8_stop': [(a, b) for a in [-5, 0, 7] for b in [0, 3, 10] + BIG],
    'range_u8_step': [(a, b, c) for a in [-5, 0, 7] for b in [-3, 20] for c in [1, 4] + BIG],
    # A start past int64 counting down raises pycc's OverflowError (README).
    'range_u8_down': [(b, a, st) for b in [0, 9] + BIG for a in [-3, 5] for st in [1, -2] if st > 0 or b < 2**63],
}
