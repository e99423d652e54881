# The file's own exception classes (numba code defines them at module
# level): raised with constant and computed messages, caught inside the
# compiled function by their own class, a base of the file or a builtin
# base, and raised out of the export (the compiled module's own class of
# the same name: tests/e2e.rs catches it as `mod.MyError`).
from pycc import CC

cc = CC('user_exceptions')


class MyError(Exception):
    pass


class BadInput(ValueError):
    """Bad input, a ValueError too."""


class WorseInput(BadInput):
    ...


class Limit(ArithmeticError):
    """Limit reached."""
    pass


MESSAGE = "from a constant"


def check(n):
    if n < -10:
        raise WorseInput(f"far below: {n}")
    if n < 0:
        raise BadInput("negative")
    if n == 0:
        raise MyError
    if n > 100:
        raise Limit("too big", n)
    if n == 7:
        raise MyError(MESSAGE)
    return n


@cc.export('raises', 'i8(i8)')
def raises(n):
    return check(n) * 2


@cc.export('by_own_class', 'i8(i8)')
def by_own_class(n):
    try:
        return check(n)
    except MyError:
        return -1
    except WorseInput:
        return -3
    except BadInput:
        return -2


@cc.export('by_builtin_base', 'i8(i8)')
def by_builtin_base(n):
    try:
        r = check(n)
    except ValueError:
        r = -10
    except ArithmeticError:
        r = -20
    return r


@cc.export('by_exception', 'i8(i8)')
def by_exception(n):
    s = 0
    for i in range(n - 2, n + 2):
        try:
            s += check(i)
        except (Limit, MyError):
            s += 1000
        except Exception:
            s += 100
    return s


@cc.export('reraised', 'i8(i8)')
def reraised(n):
    try:
        return check(n)
    except BadInput as e:
        if n < -20:
            return 0
        raise e
    except MyError:
        raise


@cc.export('computed', 'i8(i8)')
def computed(n):
    if n % 3 == 0:
        raise WorseInput("n = " + str(n), n)
    return n


N = [-30, -12, -1, 0, 1, 7, 50, 101]

CASES = {
    name: [{'args': (n,), 'kwargs': {}} for n in N]
    for name in ['raises', 'by_own_class', 'by_builtin_base', 'by_exception', 'reraised', 'computed']
}
