# `return`, `break` and `continue` leaving a `try` that has a `finally`
# clause: the clause runs on the way out (also from a handler, an `else`
# clause, a loop inside the body and nested `try`s), then the function
# returns or the loop goes on as CPython's.
from pycc import CC

cc = CC('try_finally_leave')


@cc.export('ret_in_body', 'i8(i8)')
def ret_in_body(n):
    try:
        if n > 2:
            return n * 10
        n += 1
    finally:
        print('finally', n)
    return -n


@cc.export('break_continue', 'i8(i8)')
def break_continue(n):
    s = 0
    for i in range(n):
        try:
            if i == 5:
                break
            if i % 2 == 1:
                continue
            s += i
        finally:
            s += 100
    return s


@cc.export('ret_from_handler', 'f8(f8)')
def ret_from_handler(x):
    r = 0.0
    try:
        r = 1.0 / x
    except ZeroDivisionError:
        return -1.0
    else:
        if r > 1.0:
            return r * 2.0
    finally:
        print('cleanup', r)
    return r


@cc.export('ret_in_loop', 'i8(i8)')
def ret_in_loop(n):
    k = 0
    try:
        for i in range(n):
            for j in range(n):
                if i * j == 6:
                    return i * 100 + j
                k += 1
        k = -k
    finally:
        k += 1000
        print('k', k)
    return k


@cc.export('raise_passes', 'i8(i8)')
def raise_passes(n):
    try:
        if n < 0:
            raise ValueError("negative")
        if n == 0:
            return 7
    finally:
        print('fin', n)
    return n


@cc.export('nested', 'i8(i8)')
def nested(n):
    total = 0
    while total < 50:
        try:
            try:
                if n > 3:
                    return total
                total += 10
                if total > 20:
                    break
            finally:
                total += 1
        finally:
            total += 2
    return -total


@cc.export('void_ret', 'void(i8)')
def void_ret(n):
    try:
        if n > 0:
            print('positive')
            return
        print('not positive')
    finally:
        print('done', n)


@cc.export('while_else', 'i8(i8)')
def while_else(n):
    i = 0
    while i < n:
        try:
            i += 1
            if i == 4:
                break
        finally:
            i += 1
    else:
        i = -i
    return i


N = [-2, 0, 1, 2, 3, 4, 5, 8, 20]
CASES = {
    'ret_in_body': [(n,) for n in N],
    'break_continue': [(n,) for n in N],
    'ret_from_handler': [(x,) for x in (0.0, 0.5, 2.0, -0.25, float('inf'), float('nan'))],
    'ret_in_loop': [(n,) for n in N],
    'raise_passes': [(n,) for n in N],
    'nested': [(n,) for n in N],
    'void_ret': [(n,) for n in N],
    'while_else': [(n,) for n in N],
}
