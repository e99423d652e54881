# while ... else and for ... else: the else clause runs when the loop ends
# without break (also when it never iterates), not after a break, and a
# break inside the else clause leaves the enclosing loop.
from pycc import CC

cc = CC('loop_else')


@cc.export('find_divisor', 'i8(i8)')
def find_divisor(n):
    d = 2
    r = 0
    while d * d <= n:
        if n % d == 0:
            r = d
            break
        d += 1
    else:
        r = -1
    return r


@cc.export('first_multiple', 'i8(i8, i8, i8)')
def first_multiple(lo, hi, k):
    found = -1
    for i in range(lo, hi):
        if k != 0 and i % k == 0:
            found = i
            break
    else:
        found = found - 100
    return found


@cc.export('else_only', 'i8(i8)')
def else_only(n):
    total = 0
    for i in range(n):
        total += i
    else:
        total = total * 2 + 1
    while total > 1000:
        total //= 3
    else:
        total += 7
    return total


@cc.export('else_returns', 'f8(f8, i8)')
def else_returns(x, n):
    for i in range(n):
        x = x * 0.5
        if x < 1.0:
            break
    else:
        return -x
    return x


@cc.export('nested', 'i8(i8)')
def nested(n):
    count = 0
    for i in range(n):
        for j in range(i):
            if j * j == i:
                break
        else:
            count += 1
            if count > 5:
                break
            continue
        count += 100
    else:
        count -= 1000
    return count


@cc.export('while_raise', 'i8(i8)')
def while_raise(n):
    i = 0
    while i < n:
        if i == 7:
            break
        i += 1
    else:
        raise ValueError("no seven")
    return i


@cc.export('else_new_var', 'i8(i8)')
def else_new_var(n):
    k = 0
    while k < n:
        k += 2
    else:
        extra = k * 3
        k = extra + 1
    return k


INT_MIN, INT_MAX = -2**63, 2**63 - 1
N = [0, 1, 2, 3, 4, 7, 8, 9, 10, 25, 49, 97, 100, 1001, -1, -5]
CASES = {
    'find_divisor': [(n,) for n in N + [7919, 7917, INT_MIN]],
    'first_multiple': [(lo, hi, k) for lo in (-5, 0, 3) for hi in (-3, 0, 10) for k in (0, 1, 4, -3, 7, 11)],
    'else_only': [(n,) for n in N],
    'else_returns': [(x, n) for x in (0.0, 1.5, 100.0, -3.0, float('inf'), float('nan')) for n in (0, 1, 3, 10)],
    'nested': [(n,) for n in N],
    'while_raise': [(n,) for n in N],
    'else_new_var': [(n,) for n in N],
}
