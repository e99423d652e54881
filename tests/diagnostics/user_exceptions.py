from pycc import CC

cc = CC('user_exceptions')


class WithInit(Exception):
    def __init__(self, code):
        self.code = code


class TwoBases(ValueError, KeyError):
    pass


class NotAnError(object):
    pass


class OSError(Exception):
    pass


class Twice(Exception):
    pass


Twice = ValueError


@cc.export('with_init', 'i8(i8)')
def with_init(n):
    if n < 0:
        raise WithInit(n)
    return n


@cc.export('two_bases', 'i8(i8)')
def two_bases(n):
    try:
        return 10 // n
    except TwoBases:
        return 0


@cc.export('not_an_error', 'i8(i8)')
def not_an_error(n):
    raise NotAnError()


@cc.export('shadows', 'i8(i8)')
def shadows(n):
    raise OSError("x")


@cc.export('twice', 'i8(i8)')
def twice(n):
    raise Twice("x")
