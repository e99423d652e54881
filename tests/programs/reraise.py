# Re-raising the exception an except clause caught: a bare `raise`,
# `raise e` after `except E as e:`, `raise X from None`; the clause that
# re-raises may also end normally, return, break or continue, and an inner
# try in it may catch the re-raise before the clause re-raises again.
from pycc import CC

cc = CC('reraise')


def check(n):
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        raise ZeroDivisionError("zero")
    return n


@cc.export('bare', 'i8(i8)')
def bare(n):
    try:
        r = check(n)
    except ValueError:
        raise
    return r * 2


@cc.export('bound', 'i8(i8)')
def bound(n):
    try:
        r = 10 // n + check(n)
    except (ValueError, ZeroDivisionError) as e:
        if n < -5:
            return -1
        raise e
    return r


@cc.export('bound_unused', 'i8(i8)')
def bound_unused(n):
    try:
        r = check(n)
    except ValueError as err:
        r = -7
    return r


@cc.export('conditional', 'i8(i8)')
def conditional(n):
    s = 0
    for i in range(n, n + 4):
        try:
            s += check(i)
        except ZeroDivisionError:
            if n > -2:
                continue
            raise
        except ValueError:
            if i < -3:
                break
            s += 100
    return s


@cc.export('twice', 'i8(i8)')
def twice(n):
    try:
        check(n)
    except ValueError:
        try:
            raise
        except ValueError:
            pass
        if n < -1:
            raise
        return 5
    return 1


@cc.export('from_none', 'i8(i8)')
def from_none(n):
    try:
        x = 10 // n
    except ZeroDivisionError:
        raise ValueError("no zero here") from None
    return x


@cc.export('outer_catches', 'i8(i8)')
def outer_catches(n):
    try:
        try:
            check(n)
        except ValueError as e:
            raise e
    except ValueError:
        return -100
    except ZeroDivisionError:
        return -200
    return n


N = (-9, -4, -3, -2, -1, 0, 1, 2, 5)

CASES = {
    'bare': [(n,) for n in N],
    'bound': [(n,) for n in N],
    'bound_unused': [(n,) for n in N],
    'conditional': [(n,) for n in N],
    'twice': [(n,) for n in N],
    'from_none': [(n,) for n in N],
    'outer_catches': [(n,) for n in N],
}
