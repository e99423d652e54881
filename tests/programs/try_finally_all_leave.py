# A `try` with a `finally` clause that every path leaves (by `return`,
# `raise`, `break` or `continue`): the function's end after it is not
# reached, so no "can reach its end and return None" diagnostic (fuzz13).
from pycc import CC

cc = CC('try_finally_all_leave')


@cc.export('body_returns', 'i8(i8)')
def body_returns(n):
    try:
        return 100 // n
    finally:
        n = 3


@cc.export('handler_returns', 'i8(i8)')
def handler_returns(n):
    try:
        return 100 // n
    except ZeroDivisionError:
        return -1
    finally:
        print('finally', n)


@cc.export('if_arms', 'f8(f8)')
def if_arms(x):
    try:
        if x > 1.0:
            return x * 2.0
        else:
            raise ValueError('small')
    except ValueError:
        return -x
    finally:
        x = 0.0


@cc.export('else_returns', 'i8(i8)')
def else_returns(n):
    try:
        k = 10 // n
    except ZeroDivisionError:
        return 0
    else:
        return k + 1
    finally:
        n += 1


@cc.export('loop_leaves', 'i8(i8)')
def loop_leaves(n):
    s = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i > 7:
                break
            s += 100 // (i - 5)
            continue
        finally:
            s += 1
    return s


@cc.export('void_all', 'f8(f8)')
def void_all(x):
    try:
        return math_free(x)
    finally:
        x = 1.0


def math_free(x):
    try:
        if x != x:
            raise ValueError('nan')
        return x + 1.0
    finally:
        x = 2.0


N = [-3, -1, 0, 1, 2, 5, 9, 12]
CASES = {
    'body_returns': [(n,) for n in N],
    'handler_returns': [(n,) for n in N],
    'if_arms': [(x,) for x in (0.0, 0.5, 2.0, -0.25, float('inf'), float('nan'))],
    'else_returns': [(n,) for n in N],
    'loop_leaves': [(n,) for n in N],
    'void_all': [(x,) for x in (0.0, 2.5, float('nan'))],
}
