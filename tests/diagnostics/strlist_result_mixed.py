# An export returning a list of strs (a CPython list, as `a.tolist()`) on one
# path and a str on another: a diagnostic; calling such an export from the
# file is one too.
from pycc import CC

cc = CC("m")


@cc.export("words", "(unicode_type,)")
def words(s):
    return s.split()


@cc.export("count_words", "(unicode_type,)")
def count_words(s):
    return len(words(s))


@cc.export("mixed", "(unicode_type,)")
def mixed(s):
    if len(s) > 3:
        return s
    return s.split()
