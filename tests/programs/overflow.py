# Integer overflow at every width, against CPython's exact ints. Compiled
# twice by tests/differential.rs: as usual (ints compared modulo their
# width), and with the option line below, where a result must equal
# CPython's wherever CPython's exact result fits the declared type, and be
# OverflowError wherever it does not. Each function does one operation (or
# a loop whose partial results grow monotonically), so the exact final
# result decides. Edge values: MIN, MAX, 0, +-1 and their neighbours.
# differential: --overflow=raise
from pycc import CC

cc = CC('overflow')


def edges(t):
    bits = 8 * int(t[1])
    if t[0] == 'u':
        hi = 2**bits - 1
        return [0, 1, 2, 3, 2**(bits // 2), 2**(bits - 1), hi - 1, hi]
    lo, hi = -2**(bits - 1), 2**(bits - 1) - 1
    return [lo, lo + 1, -2**(bits // 2 - 1), -2, -1, 0, 1, 2, 3, 2**(bits // 2 - 1), hi - 1, hi]


def bits(t):
    return 8 * int(t[1])

@cc.export('add_i1', 'i1(i1, i1)')
def add_i1(a, b):
    return a + b

@cc.export('sub_i1', 'i1(i1, i1)')
def sub_i1(a, b):
    return a - b

@cc.export('mul_i1', 'i1(i1, i1)')
def mul_i1(a, b):
    return a * b

@cc.export('iadd_i1', 'i1(i1, i1)')
def iadd_i1(a, b):
    x = a
    x += b
    return x

@cc.export('imul_i1', 'i1(i1, i1)')
def imul_i1(a, b):
    x = a
    x *= b
    return x

@cc.export('floordiv_i1', 'i1(i1, i1)')
def floordiv_i1(a, b):
    return a // b

@cc.export('mod_i1', 'i1(i1, i1)')
def mod_i1(a, b):
    return a % b

@cc.export('neg_i1', 'i1(i1)')
def neg_i1(a):
    return -a

@cc.export('abs_i1', 'i1(i1)')
def abs_i1(a):
    return abs(a)

@cc.export('inv_i1', 'i1(i1)')
def inv_i1(a):
    return ~a

@cc.export('sq_i1', 'i1(i1)')
def sq_i1(a):
    return a ** 2

@cc.export('cube_i1', 'i1(i1)')
def cube_i1(a):
    return a ** 3

@cc.export('shl_i1', 'i1(i1, i1)')
def shl_i1(a, n):
    return a << n

@cc.export('shl1_i1', 'i1(i1)')
def shl1_i1(a):
    return a << 1

@cc.export('from_i8_i1', 'i1(i8)')
def from_i8_i1(a):
    return a

@cc.export('from_u8_i1', 'i1(u8)')
def from_u8_i1(a):
    return a

@cc.export('to_int_i1', 'i1(f8)')
def to_int_i1(x):
    return int(x)

@cc.export('tri_i1', 'i1(i1)')
def tri_i1(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i
    return s

@cc.export('count_i1', 'i1(i1, i1)')
def count_i1(a, k):
    i = a
    for _ in range(k):
        i += 1
    return i

@cc.export('add_i2', 'i2(i2, i2)')
def add_i2(a, b):
    return a + b

@cc.export('sub_i2', 'i2(i2, i2)')
def sub_i2(a, b):
    return a - b

@cc.export('mul_i2', 'i2(i2, i2)')
def mul_i2(a, b):
    return a * b

@cc.export('iadd_i2', 'i2(i2, i2)')
def iadd_i2(a, b):
    x = a
    x += b
    return x

@cc.export('imul_i2', 'i2(i2, i2)')
def imul_i2(a, b):
    x = a
    x *= b
    return x

@cc.export('floordiv_i2', 'i2(i2, i2)')
def floordiv_i2(a, b):
    return a // b

@cc.export('mod_i2', 'i2(i2, i2)')
def mod_i2(a, b):
    return a % b

@cc.export('neg_i2', 'i2(i2)')
def neg_i2(a):
    return -a

@cc.export('abs_i2', 'i2(i2)')
def abs_i2(a):
    return abs(a)

@cc.export('inv_i2', 'i2(i2)')
def inv_i2(a):
    return ~a

@cc.export('sq_i2', 'i2(i2)')
def sq_i2(a):
    return a ** 2

@cc.export('cube_i2', 'i2(i2)')
def cube_i2(a):
    return a ** 3

@cc.export('shl_i2', 'i2(i2, i2)')
def shl_i2(a, n):
    return a << n

@cc.export('shl1_i2', 'i2(i2)')
def shl1_i2(a):
    return a << 1

@cc.export('from_i8_i2', 'i2(i8)')
def from_i8_i2(a):
    return a

@cc.export('from_u8_i2', 'i2(u8)')
def from_u8_i2(a):
    return a

@cc.export('to_int_i2', 'i2(f8)')
def to_int_i2(x):
    return int(x)

@cc.export('tri_i2', 'i2(i2)')
def tri_i2(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i
    return s

@cc.export('count_i2', 'i2(i2, i2)')
def count_i2(a, k):
    i = a
    for _ in range(k):
        i += 1
    return i

@cc.export('add_i4', 'i4(i4, i4)')
def add_i4(a, b):
    return a + b

@cc.export('sub_i4', 'i4(i4, i4)')
def sub_i4(a, b):
    return a - b

@cc.export('mul_i4', 'i4(i4, i4)')
def mul_i4(a, b):
    return a * b

@cc.export('iadd_i4', 'i4(i4, i4)')
def iadd_i4(a, b):
    x = a
    x += b
    return x

@cc.export('imul_i4', 'i4(i4, i4)')
def imul_i4(a, b):
    x = a
    x *= b
    return x

@cc.export('floordiv_i4', 'i4(i4, i4)')
def floordiv_i4(a, b):
    return a // b

@cc.export('mod_i4', 'i4(i4, i4)')
def mod_i4(a, b):
    return a % b

@cc.export('neg_i4', 'i4(i4)')
def neg_i4(a):
    return -a

@cc.export('abs_i4', 'i4(i4)')
def abs_i4(a):
    return abs(a)

@cc.export('inv_i4', 'i4(i4)')
def inv_i4(a):
    return ~a

@cc.export('sq_i4', 'i4(i4)')
def sq_i4(a):
    return a ** 2

@cc.export('cube_i4', 'i4(i4)')
def cube_i4(a):
    return a ** 3

@cc.export('shl_i4', 'i4(i4, i4)')
def shl_i4(a, n):
    return a << n

@cc.export('shl1_i4', 'i4(i4)')
def shl1_i4(a):
    return a << 1

@cc.export('from_i8_i4', 'i4(i8)')
def from_i8_i4(a):
    return a

@cc.export('from_u8_i4', 'i4(u8)')
def from_u8_i4(a):
    return a

@cc.export('to_int_i4', 'i4(f8)')
def to_int_i4(x):
    return int(x)

@cc.export('tri_i4', 'i4(i4)')
def tri_i4(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i
    return s

@cc.export('count_i4', 'i4(i4, i4)')
def count_i4(a, k):
    i = a
    for _ in range(k):
        i += 1
    return i

@cc.export('add_i8', 'i8(i8, i8)')
def add_i8(a, b):
    return a + b

@cc.export('sub_i8', 'i8(i8, i8)')
def sub_i8(a, b):
    return a - b

@cc.export('mul_i8', 'i8(i8, i8)')
def mul_i8(a, b):
    return a * b

@cc.export('iadd_i8', 'i8(i8, i8)')
def iadd_i8(a, b):
    x = a
    x += b
    return x

@cc.export('imul_i8', 'i8(i8, i8)')
def imul_i8(a, b):
    x = a
    x *= b
    return x

@cc.export('floordiv_i8', 'i8(i8, i8)')
def floordiv_i8(a, b):
    return a // b

@cc.export('mod_i8', 'i8(i8, i8)')
def mod_i8(a, b):
    return a % b

@cc.export('neg_i8', 'i8(i8)')
def neg_i8(a):
    return -a

@cc.export('abs_i8', 'i8(i8)')
def abs_i8(a):
    return abs(a)

@cc.export('inv_i8', 'i8(i8)')
def inv_i8(a):
    return ~a

@cc.export('sq_i8', 'i8(i8)')
def sq_i8(a):
    return a ** 2

@cc.export('cube_i8', 'i8(i8)')
def cube_i8(a):
    return a ** 3

@cc.export('shl_i8', 'i8(i8, i8)')
def shl_i8(a, n):
    return a << n

@cc.export('shl1_i8', 'i8(i8)')
def shl1_i8(a):
    return a << 1

@cc.export('from_i8_i8', 'i8(i8)')
def from_i8_i8(a):
    return a

@cc.export('from_u8_i8', 'i8(u8)')
def from_u8_i8(a):
    return a

@cc.export('to_int_i8', 'i8(f8)')
def to_int_i8(x):
    return int(x)

@cc.export('tri_i8', 'i8(i8)')
def tri_i8(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i
    return s

@cc.export('count_i8', 'i8(i8, i8)')
def count_i8(a, k):
    i = a
    for _ in range(k):
        i += 1
    return i

@cc.export('add_u1', 'u1(u1, u1)')
def add_u1(a, b):
    return a + b

@cc.export('sub_u1', 'u1(u1, u1)')
def sub_u1(a, b):
    return a - b

@cc.export('mul_u1', 'u1(u1, u1)')
def mul_u1(a, b):
    return a * b

@cc.export('iadd_u1', 'u1(u1, u1)')
def iadd_u1(a, b):
    x = a
    x += b
    return x

@cc.export('imul_u1', 'u1(u1, u1)')
def imul_u1(a, b):
    x = a
    x *= b
    return x

@cc.export('floordiv_u1', 'u1(u1, u1)')
def floordiv_u1(a, b):
    return a // b

@cc.export('mod_u1', 'u1(u1, u1)')
def mod_u1(a, b):
    return a % b

@cc.export('neg_u1', 'u1(u1)')
def neg_u1(a):
    return -a

@cc.export('abs_u1', 'u1(u1)')
def abs_u1(a):
    return abs(a)

@cc.export('inv_u1', 'u1(u1)')
def inv_u1(a):
    return ~a

@cc.export('sq_u1', 'u1(u1)')
def sq_u1(a):
    return a ** 2

@cc.export('cube_u1', 'u1(u1)')
def cube_u1(a):
    return a ** 3

@cc.export('shl_u1', 'u1(u1, u1)')
def shl_u1(a, n):
    return a << n

@cc.export('shl1_u1', 'u1(u1)')
def shl1_u1(a):
    return a << 1

@cc.export('from_i8_u1', 'u1(i8)')
def from_i8_u1(a):
    return a

@cc.export('from_u8_u1', 'u1(u8)')
def from_u8_u1(a):
    return a

@cc.export('to_int_u1', 'u1(f8)')
def to_int_u1(x):
    return int(x)

@cc.export('tri_u1', 'u1(u1)')
def tri_u1(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i
    return s

@cc.export('count_u1', 'u1(u1, u1)')
def count_u1(a, k):
    i = a
    for _ in range(k):
        i += 1
    return i

@cc.export('add_u2', 'u2(u2, u2)')
def add_u2(a, b):
    return a + b

@cc.export('sub_u2', 'u2(u2, u2)')
def sub_u2(a, b):
    return a - b

@cc.export('mul_u2', 'u2(u2, u2)')
def mul_u2(a, b):
    return a * b

@cc.export('iadd_u2', 'u2(u2, u2)')
def iadd_u2(a, b):
    x = a
    x += b
    return x

@cc.export('imul_u2', 'u2(u2, u2)')
def imul_u2(a, b):
    x = a
    x *= b
    return x

@cc.export('floordiv_u2', 'u2(u2, u2)')
def floordiv_u2(a, b):
    return a // b

@cc.export('mod_u2', 'u2(u2, u2)')
def mod_u2(a, b):
    return a % b

@cc.export('neg_u2', 'u2(u2)')
def neg_u2(a):
    return -a

@cc.export('abs_u2', 'u2(u2)')
def abs_u2(a):
    return abs(a)

@cc.export('inv_u2', 'u2(u2)')
def inv_u2(a):
    return ~a

@cc.export('sq_u2', 'u2(u2)')
def sq_u2(a):
    return a ** 2

@cc.export('cube_u2', 'u2(u2)')
def cube_u2(a):
    return a ** 3

@cc.export('shl_u2', 'u2(u2, u2)')
def shl_u2(a, n):
    return a << n

@cc.export('shl1_u2', 'u2(u2)')
def shl1_u2(a):
    return a << 1

@cc.export('from_i8_u2', 'u2(i8)')
def from_i8_u2(a):
    return a

@cc.export('from_u8_u2', 'u2(u8)')
def from_u8_u2(a):
    return a

@cc.export('to_int_u2', 'u2(f8)')
def to_int_u2(x):
    return int(x)

@cc.export('tri_u2', 'u2(u2)')
def tri_u2(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i
    return s

@cc.export('count_u2', 'u2(u2, u2)')
def count_u2(a, k):
    i = a
    for _ in range(k):
        i += 1
    return i

@cc.export('add_u4', 'u4(u4, u4)')
def add_u4(a, b):
    return a + b

@cc.export('sub_u4', 'u4(u4, u4)')
def sub_u4(a, b):
    return a - b

@cc.export('mul_u4', 'u4(u4, u4)')
def mul_u4(a, b):
    return a * b

@cc.export('iadd_u4', 'u4(u4, u4)')
def iadd_u4(a, b):
    x = a
    x += b
    return x

@cc.export('imul_u4', 'u4(u4, u4)')
def imul_u4(a, b):
    x = a
    x *= b
    return x

@cc.export('floordiv_u4', 'u4(u4, u4)')
def floordiv_u4(a, b):
    return a // b

@cc.export('mod_u4', 'u4(u4, u4)')
def mod_u4(a, b):
    return a % b

@cc.export('neg_u4', 'u4(u4)')
def neg_u4(a):
    return -a

@cc.export('abs_u4', 'u4(u4)')
def abs_u4(a):
    return abs(a)

@cc.export('inv_u4', 'u4(u4)')
def inv_u4(a):
    return ~a

@cc.export('sq_u4', 'u4(u4)')
def sq_u4(a):
    return a ** 2

@cc.export('cube_u4', 'u4(u4)')
def cube_u4(a):
    return a ** 3

@cc.export('shl_u4', 'u4(u4, u4)')
def shl_u4(a, n):
    return a << n

@cc.export('shl1_u4', 'u4(u4)')
def shl1_u4(a):
    return a << 1

@cc.export('from_i8_u4', 'u4(i8)')
def from_i8_u4(a):
    return a

@cc.export('from_u8_u4', 'u4(u8)')
def from_u8_u4(a):
    return a

@cc.export('to_int_u4', 'u4(f8)')
def to_int_u4(x):
    return int(x)

@cc.export('tri_u4', 'u4(u4)')
def tri_u4(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i
    return s

@cc.export('count_u4', 'u4(u4, u4)')
def count_u4(a, k):
    i = a
    for _ in range(k):
        i += 1
    return i

@cc.export('add_u8', 'u8(u8, u8)')
def add_u8(a, b):
    return a + b

@cc.export('sub_u8', 'u8(u8, u8)')
def sub_u8(a, b):
    return a - b

@cc.export('mul_u8', 'u8(u8, u8)')
def mul_u8(a, b):
    return a * b

@cc.export('iadd_u8', 'u8(u8, u8)')
def iadd_u8(a, b):
    x = a
    x += b
    return x

@cc.export('imul_u8', 'u8(u8, u8)')
def imul_u8(a, b):
    x = a
    x *= b
    return x

@cc.export('floordiv_u8', 'u8(u8, u8)')
def floordiv_u8(a, b):
    return a // b

@cc.export('mod_u8', 'u8(u8, u8)')
def mod_u8(a, b):
    return a % b

@cc.export('neg_u8', 'u8(u8)')
def neg_u8(a):
    return -a

@cc.export('abs_u8', 'u8(u8)')
def abs_u8(a):
    return abs(a)

@cc.export('inv_u8', 'u8(u8)')
def inv_u8(a):
    return ~a

@cc.export('sq_u8', 'u8(u8)')
def sq_u8(a):
    return a ** 2

@cc.export('cube_u8', 'u8(u8)')
def cube_u8(a):
    return a ** 3

@cc.export('shl_u8', 'u8(u8, u8)')
def shl_u8(a, n):
    return a << n

@cc.export('shl1_u8', 'u8(u8)')
def shl1_u8(a):
    return a << 1

@cc.export('from_i8_u8', 'u8(i8)')
def from_i8_u8(a):
    return a

@cc.export('from_u8_u8', 'u8(u8)')
def from_u8_u8(a):
    return a

@cc.export('to_int_u8', 'u8(f8)')
def to_int_u8(x):
    return int(x)

@cc.export('tri_u8', 'u8(u8)')
def tri_u8(n):
    s = 0
    i = 0
    while i < n:
        i += 1
        s += i
    return s

@cc.export('count_u8', 'u8(u8, u8)')
def count_u8(a, k):
    i = a
    for _ in range(k):
        i += 1
    return i

# Constants that do not fit the return type: a run-time conversion, checked.
@cc.export('const_i1', 'i1(i1)')
def const_i1(a):
    if a > 0:
        return 300
    return a


@cc.export('const_u2', 'u2(i8)')
def const_u2(a):
    if a > 0:
        return -1
    return a * 70000


# Arguments narrowed into a helper's tuple return.
@cc.export('pair_i2', 'UniTuple(i2, 2)(i8, i8)')
def pair_i2(a, b):
    return a + b, a - b



CASES = {}
for _name, _t, _kind in [
    ('add_i1', 'i1', 'pairs'),
    ('sub_i1', 'i1', 'pairs'),
    ('mul_i1', 'i1', 'pairs'),
    ('iadd_i1', 'i1', 'pairs'),
    ('imul_i1', 'i1', 'pairs'),
    ('floordiv_i1', 'i1', 'pairs'),
    ('mod_i1', 'i1', 'pairs'),
    ('neg_i1', 'i1', 'singles'),
    ('abs_i1', 'i1', 'singles'),
    ('inv_i1', 'i1', 'singles'),
    ('sq_i1', 'i1', 'singles'),
    ('cube_i1', 'i1', 'singles'),
    ('shl_i1', 'i1', 'shifts'),
    ('shl1_i1', 'i1', 'singles'),
    ('from_i8_i1', 'i1', 'i8'),
    ('from_u8_i1', 'i1', 'u8'),
    ('to_int_i1', 'i1', 'floats'),
    ('tri_i1', 'i1', 'loops'),
    ('count_i1', 'i1', 'counts'),
    ('add_i2', 'i2', 'pairs'),
    ('sub_i2', 'i2', 'pairs'),
    ('mul_i2', 'i2', 'pairs'),
    ('iadd_i2', 'i2', 'pairs'),
    ('imul_i2', 'i2', 'pairs'),
    ('floordiv_i2', 'i2', 'pairs'),
    ('mod_i2', 'i2', 'pairs'),
    ('neg_i2', 'i2', 'singles'),
    ('abs_i2', 'i2', 'singles'),
    ('inv_i2', 'i2', 'singles'),
    ('sq_i2', 'i2', 'singles'),
    ('cube_i2', 'i2', 'singles'),
    ('shl_i2', 'i2', 'shifts'),
    ('shl1_i2', 'i2', 'singles'),
    ('from_i8_i2', 'i2', 'i8'),
    ('from_u8_i2', 'i2', 'u8'),
    ('to_int_i2', 'i2', 'floats'),
    ('tri_i2', 'i2', 'loops'),
    ('count_i2', 'i2', 'counts'),
    ('add_i4', 'i4', 'pairs'),
    ('sub_i4', 'i4', 'pairs'),
    ('mul_i4', 'i4', 'pairs'),
    ('iadd_i4', 'i4', 'pairs'),
    ('imul_i4', 'i4', 'pairs'),
    ('floordiv_i4', 'i4', 'pairs'),
    ('mod_i4', 'i4', 'pairs'),
    ('neg_i4', 'i4', 'singles'),
    ('abs_i4', 'i4', 'singles'),
    ('inv_i4', 'i4', 'singles'),
    ('sq_i4', 'i4', 'singles'),
    ('cube_i4', 'i4', 'singles'),
    ('shl_i4', 'i4', 'shifts'),
    ('shl1_i4', 'i4', 'singles'),
    ('from_i8_i4', 'i4', 'i8'),
    ('from_u8_i4', 'i4', 'u8'),
    ('to_int_i4', 'i4', 'floats'),
    ('tri_i4', 'i4', 'loops'),
    ('count_i4', 'i4', 'counts'),
    ('add_i8', 'i8', 'pairs'),
    ('sub_i8', 'i8', 'pairs'),
    ('mul_i8', 'i8', 'pairs'),
    ('iadd_i8', 'i8', 'pairs'),
    ('imul_i8', 'i8', 'pairs'),
    ('floordiv_i8', 'i8', 'pairs'),
    ('mod_i8', 'i8', 'pairs'),
    ('neg_i8', 'i8', 'singles'),
    ('abs_i8', 'i8', 'singles'),
    ('inv_i8', 'i8', 'singles'),
    ('sq_i8', 'i8', 'singles'),
    ('cube_i8', 'i8', 'singles'),
    ('shl_i8', 'i8', 'shifts'),
    ('shl1_i8', 'i8', 'singles'),
    ('from_i8_i8', 'i8', 'i8'),
    ('from_u8_i8', 'i8', 'u8'),
    ('to_int_i8', 'i8', 'floats'),
    ('tri_i8', 'i8', 'loops'),
    ('count_i8', 'i8', 'counts'),
    ('add_u1', 'u1', 'pairs'),
    ('sub_u1', 'u1', 'pairs'),
    ('mul_u1', 'u1', 'pairs'),
    ('iadd_u1', 'u1', 'pairs'),
    ('imul_u1', 'u1', 'pairs'),
    ('floordiv_u1', 'u1', 'pairs'),
    ('mod_u1', 'u1', 'pairs'),
    ('neg_u1', 'u1', 'singles'),
    ('abs_u1', 'u1', 'singles'),
    ('inv_u1', 'u1', 'singles'),
    ('sq_u1', 'u1', 'singles'),
    ('cube_u1', 'u1', 'singles'),
    ('shl_u1', 'u1', 'shifts'),
    ('shl1_u1', 'u1', 'singles'),
    ('from_i8_u1', 'u1', 'i8'),
    ('from_u8_u1', 'u1', 'u8'),
    ('to_int_u1', 'u1', 'floats'),
    ('tri_u1', 'u1', 'loops'),
    ('count_u1', 'u1', 'counts'),
    ('add_u2', 'u2', 'pairs'),
    ('sub_u2', 'u2', 'pairs'),
    ('mul_u2', 'u2', 'pairs'),
    ('iadd_u2', 'u2', 'pairs'),
    ('imul_u2', 'u2', 'pairs'),
    ('floordiv_u2', 'u2', 'pairs'),
    ('mod_u2', 'u2', 'pairs'),
    ('neg_u2', 'u2', 'singles'),
    ('abs_u2', 'u2', 'singles'),
    ('inv_u2', 'u2', 'singles'),
    ('sq_u2', 'u2', 'singles'),
    ('cube_u2', 'u2', 'singles'),
    ('shl_u2', 'u2', 'shifts'),
    ('shl1_u2', 'u2', 'singles'),
    ('from_i8_u2', 'u2', 'i8'),
    ('from_u8_u2', 'u2', 'u8'),
    ('to_int_u2', 'u2', 'floats'),
    ('tri_u2', 'u2', 'loops'),
    ('count_u2', 'u2', 'counts'),
    ('add_u4', 'u4', 'pairs'),
    ('sub_u4', 'u4', 'pairs'),
    ('mul_u4', 'u4', 'pairs'),
    ('iadd_u4', 'u4', 'pairs'),
    ('imul_u4', 'u4', 'pairs'),
    ('floordiv_u4', 'u4', 'pairs'),
    ('mod_u4', 'u4', 'pairs'),
    ('neg_u4', 'u4', 'singles'),
    ('abs_u4', 'u4', 'singles'),
    ('inv_u4', 'u4', 'singles'),
    ('sq_u4', 'u4', 'singles'),
    ('cube_u4', 'u4', 'singles'),
    ('shl_u4', 'u4', 'shifts'),
    ('shl1_u4', 'u4', 'singles'),
    ('from_i8_u4', 'u4', 'i8'),
    ('from_u8_u4', 'u4', 'u8'),
    ('to_int_u4', 'u4', 'floats'),
    ('tri_u4', 'u4', 'loops'),
    ('count_u4', 'u4', 'counts'),
    ('add_u8', 'u8', 'pairs'),
    ('sub_u8', 'u8', 'pairs'),
    ('mul_u8', 'u8', 'pairs'),
    ('iadd_u8', 'u8', 'pairs'),
    ('imul_u8', 'u8', 'pairs'),
    ('floordiv_u8', 'u8', 'pairs'),
    ('mod_u8', 'u8', 'pairs'),
    ('neg_u8', 'u8', 'singles'),
    ('abs_u8', 'u8', 'singles'),
    ('inv_u8', 'u8', 'singles'),
    ('sq_u8', 'u8', 'singles'),
    ('cube_u8', 'u8', 'singles'),
    ('shl_u8', 'u8', 'shifts'),
    ('shl1_u8', 'u8', 'singles'),
    ('from_i8_u8', 'u8', 'i8'),
    ('from_u8_u8', 'u8', 'u8'),
    ('to_int_u8', 'u8', 'floats'),
    ('tri_u8', 'u8', 'loops'),
    ('count_u8', 'u8', 'counts'),
    ('const_i1', 'i1', 'singles'),
    ('const_u2', 'i2', 'singles'),
    ('pair_i2', 'i2', 'pairs'),
]:
    E = edges(_t)
    if _kind == 'pairs':
        CASES[_name] = [(a, b) for a in E for b in E]
    elif _kind == 'singles':
        CASES[_name] = [(a,) for a in E]
    elif _kind == 'shifts':
        CASES[_name] = [(a, n) for a in E for n in (0, 1, 2, bits(_t) - 2, bits(_t) - 1, bits(_t), bits(_t) + 3)]
    elif _kind == 'i8':
        CASES[_name] = [(a,) for a in sorted(set(x for x in edges('i8') + E if -2**63 <= x < 2**63))]
    elif _kind == 'u8':
        CASES[_name] = [(a,) for a in sorted(set(x for x in edges('u8') + E if 0 <= x < 2**64))]
    elif _kind == 'floats':
        CASES[_name] = [(float(x),) for x in E] + [(x,) for x in (0.5, -0.5, -1.5, 255.9, 256.0, -129.0, 65535.5, 2.0**31, -2.0**31 - 1, 4294967296.0, 9.2e18, -9.2e18)]
    elif _kind == 'loops':
        CASES[_name] = [(n,) for n in (0, 1, 15, 16, 23, 255, 361, 362, 65535, 92681, 92682) if n in range(E[0], E[-1] + 1)]
    else:
        CASES[_name] = [(a, k) for a in E for k in (0, 1, 3) if k <= E[-1]]

# Documented in wrap mode too (README deviations): MIN // -1 does not fit.
# (narrower MIN // -1 is int64 arithmetic, numba's typing: it wraps at the declared return)
DEVIATIONS = {('floordiv_i8', (-2**63, -1)): 'OverflowError'}
# int(x) of a float past int64's range raises (README).
DEVIATIONS.update({(f'to_int_{t}', (x,)): 'OverflowError' for t in ('i8', 'u8') for x in (2.0**63, 2.0**64 - 1)})
# Only with --overflow=raise: `i = a; i += 1` types `i` as int64 (numba's
# unification of uint64 with the int64 literal), and a uint64 argument past
# int64's range does not fit that variable, though the final value would.
RAISE_DEVIATIONS = {('count_u8', (a, k)): 'OverflowError' for a in (2**63, 2**64 - 2, 2**64 - 1) for k in (0, 1, 3)}
