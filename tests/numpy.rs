//! Arrays the body allocates: numpy is imported only when a call first
//! allocates, results own their memory, and nothing leaks on any path.
//! (Values against numpy itself: tests/programs/numpy_alloc.py.)

mod common;
use common::*;

const ALLOC: &str = r#"
import numpy as np
from pycc import CC
cc = CC('alloc')

@cc.export('zeros', 'f8[:](i8)')
def zeros(n):
    return np.zeros(n)

@cc.export('same', 'f8[:](f8[:])')
def same(a):
    return a

@cc.export('total', 'f8(f8[:])')
def total(a):
    s = 0.0
    for x in a:
        s += x
    return s

def grow(n):
    out = np.empty(n)
    for i in range(n):
        out[i] = i
    return out

@cc.export('churn', 'f8(i8, i8)')
def churn(rounds, n):
    t = 0.0
    for r in range(rounds):
        g = grow(n)
        t += g[n - 1]
    return t

@cc.export('fails_late', 'f8[:](i8, i8)')
def fails_late(n, i):
    a = np.ones(n)
    b = np.zeros(n)
    a[i] = 2.0
    return b

@cc.export('arith', 'f8[:](f8[:], f8[:])')
def arith(a, b):
    a[1:] += a[:-1]
    return np.sqrt(np.abs(a * 2.0 + b)) - np.exp(b)

@cc.export('scalar', 'f8(f8)')
def scalar(x):
    return x * 2.0

@cc.export('draw', 'f8()')
def draw():
    return np.random.random()
"#;

#[test]
fn numpy_is_imported_by_the_first_allocation_only() {
    let dir = scratch("np-lazy");
    compile(&dir, "alloc.py", ALLOC, &[]);
    let out = python_in(
        &numpy_python(),
        &dir,
        "import sys, array, alloc\n\
         print('numpy' in sys.modules, alloc.scalar(1.5), alloc.total(array.array('d', [1.0, 2.5])), 'numpy' in sys.modules)\n\
         r = alloc.zeros(3)\n\
         print('numpy' in sys.modules, type(r).__name__, r.dtype, r.flags.owndata, r.flags.writeable)",
    );
    assert_eq!(out, "False 3.0 3.5 False\nTrue ndarray float64 True True\n");
}

#[test]
fn without_numpy_only_allocation_fails_and_cleanly() {
    // The plain python3 of the tests has no numpy (test.sh installs it only
    // into a venv): arrays passed in still work, allocating raises.
    let dir = scratch("np-missing");
    compile(&dir, "alloc.py", ALLOC, &[]);
    let out = python_with_err(
        &dir,
        "import array, importlib.util, alloc\n\
         print(importlib.util.find_spec('numpy') is None, alloc.total(array.array('d', [1.0, 2.0])))\n\
         a = array.array('d', [4.0])\n\
         print(alloc.same(a) is a)\n\
         print(err(lambda: alloc.zeros(2)))\n\
         print(alloc.scalar(2.0))\n\
         print(err(alloc.draw))",
    );
    // np.random is numpy's global RandomState: without numpy it raises too.
    assert_eq!(
        out,
        "True 3.0\nTrue\nModuleNotFoundError: No module named 'numpy'\n4.0\nModuleNotFoundError: No module named 'numpy'\n"
    );
}

#[test]
fn results_own_their_memory_and_nothing_leaks() {
    let dir = scratch("np-refs");
    compile(&dir, "alloc.py", ALLOC, &[]);
    let out = python_in(
        &numpy_python(),
        &dir,
        r#"
import sys, gc, tracemalloc, numpy as np, alloc
a = np.arange(4.0)
before = sys.getrefcount(a)
r = alloc.same(a)
print(r is a, sys.getrefcount(a) - before)
del r
print(sys.getrefcount(a) - before, sys.getrefcount(alloc.zeros(5)))
def err(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(err(lambda: alloc.fails_late(3, 7)))
print(err(lambda: alloc.zeros(-1)))
def work():
    for _ in range(2000):
        alloc.zeros(100); alloc.same(a); alloc.churn(5, 50)
        err(lambda: alloc.fails_late(100, 100)); err(lambda: alloc.zeros(-1))
        alloc.arith(x, y); err(lambda: alloc.arith(x, z))
x, y, z = np.arange(4.0), np.ones(4), np.ones(3)
work()
tracemalloc.start()
gc.collect()
start = tracemalloc.get_traced_memory()[0]
work()
gc.collect()
grown = tracemalloc.get_traced_memory()[0] - start
print('leak' if grown > 64 * 1024 else 'no leak', sys.getrefcount(a) - before)
"#,
    );
    assert_eq!(
        out,
        "True 1\n0 1\nIndexError: index 7 is out of bounds for axis 0 with size 3\nValueError: negative dimensions are not allowed\nno leak 0\n"
    );
}

/// Complex array arguments: numpy exports complex128 as 'Zd' and complex64
/// as 'Zf' (optionally '<'-prefixed); a real array, the other complex
/// width, a byte-swapped one, a wrong ndim or a strided array for `::1`
/// raise TypeError with expected and got; a read-only one that the body
/// stores into raises ValueError; buffers are released on every path.
#[test]
fn complex_array_arguments_are_checked() {
    let dir = scratch("np-complex-args");
    let source = r#"
from pycc import CC
cc = CC('carg')

@cc.export('first', 'c16(c16[:])')
def first(a):
    return a[0]

@cc.export('put', 'void(c8[::1], c8)')
def put(a, z):
    a[0] = z

@cc.export('back', 'c16[:, :](c16[:, :])')
def back(a):
    return a[::-1]
"#;
    compile(&dir, "carg.py", source, &[]);
    let out = python_in(
        &numpy_python(),
        &dir,
        r#"
import sys, numpy as np, carg
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
a = np.array([1 + 2j, 3 - 4j])
print(memoryview(a).format, carg.first(a), carg.first(a.astype('<c16')), carg.first(a[::-1]))
print(err(lambda: carg.first(a.real.copy())))
print(err(lambda: carg.first(a.astype(np.complex64))))
print(err(lambda: carg.first(a.astype('>c16'))))
print(err(lambda: carg.first(np.zeros((2, 2), complex))))
print(err(lambda: carg.first([1j])))
print(err(lambda: carg.first(a[:0])))
f = np.zeros(4, np.complex64)
carg.put(f, 1.5 - 2.5j)
print(f[0], err(lambda: carg.put(f[::2], 1j)))
f.flags.writeable = False
print(err(lambda: carg.put(f, 1j)))
m = np.arange(6).reshape(2, 3) * (1 + 1j)
r = carg.back(m)
print(r.dtype, r.shape, r.tolist() == m[::-1].tolist(), np.shares_memory(r, m))
before = sys.getrefcount(a)
for _ in range(100):
    carg.first(a); err(lambda: carg.first(a[:0])); err(lambda: carg.first(a.real))
print(sys.getrefcount(a) - before)
print(carg.first.__doc__)
"#,
    );
    let expected = "\
Zd (1+2j) (1+2j) (3-4j)
TypeError: first() argument 'a' must be a complex128 1-d array (buffer format 'Zd'), not a 1-d buffer of format 'd' (itemsize 8)
TypeError: first() argument 'a' must be a complex128 1-d array (buffer format 'Zd'), not a 1-d buffer of format 'Zf' (itemsize 8)
TypeError: first() argument 'a' must be a complex128 1-d array (buffer format 'Zd'), not a 1-d buffer of format '>Zd' (itemsize 16)
TypeError: first() argument 'a' must be a complex128 1-d array (buffer format 'Zd'), not a 2-d buffer of format 'Zd' (itemsize 16)
TypeError: first() argument 'a' must be a complex128 1-d array (buffer format 'Zd'), not list
IndexError: index 0 is out of bounds for axis 0 with size 0
(1.5-2.5j) TypeError: put() argument 'a' must be a C-contiguous complex64 1-d array (buffer format 'Zf'), not a non-contiguous 1-d buffer of format 'Zf' (itemsize 8)
ValueError: put() argument 'a' is a read-only buffer, but put() stores into it
complex128 (2, 3) True True
0
first(a: Buffer[complex128[:]]) -> complex
";
    assert_eq!(out, expected);
}

/// Tuples holding arrays: each array element of a tuple argument is checked
/// as an array argument, named `t[j]` in the TypeError/ValueError; a tuple
/// result is a real tuple of numpy arrays (an argument returned is that
/// object itself), unpacking an array raises CPython's ValueError, and
/// nothing leaks or is freed twice over many calls on every path.
#[test]
fn tuples_of_arrays_are_checked_and_owned() {
    let dir = scratch("np-tuple-arrays");
    let source = r#"
import numpy as np
from pycc import CC
cc = CC('tarr')

@cc.export('pair', 'Tuple((f8[:], i8))(f8[:], i8)')
def pair(a, k):
    return a, k + 1

def made(n):
    return np.arange(n) * 0.5, np.ones((n, 2))

@cc.export('fresh', 'UniTuple(f8[:, :], 2)(i8)')
def fresh(n):
    x, y = made(n)
    return y, y[::-1] + x[0]

@cc.export('put', 'f8(Tuple(f8[::1], i8[:, :]))')
def put(t):
    a, b = t
    a[0] = b[0, 0]
    return a[0]

@cc.export('unpack', 'f8(f8[:])')
def unpack(a):
    x, y, z = a
    return x + y + z
"#;
    compile(&dir, "tarr.py", source, &[]);
    let out = python_in(
        &numpy_python(),
        &dir,
        r#"
import sys, gc, tracemalloc, numpy as np, tarr
def err(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return 'no error'
a = np.arange(3.0)
b = np.arange(4).reshape(2, 2)
r = tarr.pair(a, 1)
print(type(r).__name__, r[0] is a, r[1])
y, z = tarr.fresh(2)
print(type(y).__name__, y.flags.owndata, z.tolist())
print(tarr.put((a, b)), a[0])
print(err(lambda: tarr.put([a, b])))
print(err(lambda: tarr.put((a,))))
print(err(lambda: tarr.put((a[::2], b))))
print(err(lambda: tarr.put((a, b.astype(np.int32)))))
print(err(lambda: tarr.put((a, 1.0))))
ro = a.copy(); ro.flags.writeable = False
print(err(lambda: tarr.put((ro, b))))
print(err(lambda: tarr.unpack(np.ones(4))), err(lambda: tarr.unpack(np.ones(2))), tarr.unpack(np.ones(3)))
print(tarr.put.__doc__)
before = sys.getrefcount(a), sys.getrefcount(b)
def work():
    for _ in range(2000):
        tarr.pair(a, 1); tarr.fresh(50); tarr.put((a, b))
        err(lambda: tarr.put((a, 1.0))); err(lambda: tarr.put((ro, b))); err(lambda: tarr.unpack(a[:2]))
work()
tracemalloc.start()
gc.collect()
start = tracemalloc.get_traced_memory()[0]
work()
gc.collect()
grown = tracemalloc.get_traced_memory()[0] - start
print('leak' if grown > 64 * 1024 else 'no leak', (sys.getrefcount(a), sys.getrefcount(b)) == before)
"#,
    );
    assert_eq!(
        out,
        "tuple True 2
ndarray True [[1.0, 1.0], [1.0, 1.0]]
0.0 0.0
TypeError: put() argument 't' must be tuple, not list
TypeError: put() argument 't' must be a tuple of length 2, not 1
TypeError: put() argument 't[0]' must be a C-contiguous float64 1-d array (buffer format 'd'), not a non-contiguous 1-d buffer of format 'd' (itemsize 8)
TypeError: put() argument 't[1]' must be an int64 2-d array (buffer format 'q'), not a 2-d buffer of format 'i' (itemsize 4)
TypeError: put() argument 't[1]' must be an int64 2-d array (buffer format 'q'), not float
ValueError: put() argument 't[0]' is a read-only buffer, but put() stores into it
ValueError: too many values to unpack (expected 3) ValueError: not enough values to unpack (expected 3, got 2) 3.0
put(t: tuple[Buffer[float64[::1]], Buffer[int64[:, :]]]) -> float
no leak True
"
    );
}

/// np.random in compiled code is numpy's global RandomState and `random`
/// is Python's module: a seed set on either side of the call holds on the
/// other, draws interleave with Python's, and np.random.set_bit_generator
/// is followed (the runtime draws np.random.random() from the current bit
/// generator directly).
#[test]
fn random_state_is_shared_with_python() {
    let dir = scratch("np-random-shared");
    let source = r#"
import random
import numpy as np
from pycc import CC
cc = CC('rshared')

@cc.export('draw', 'f8()')
def draw():
    return np.random.random()

@cc.export('normal', 'f8()')
def normal():
    return np.random.normal()

@cc.export('seed', 'void(i8)')
def seed(n):
    np.random.seed(n)

@cc.export('pydraw', 'f8()')
def pydraw():
    return random.random()
"#;
    compile(&dir, "rshared.py", source, &[]);
    let out = python_in(
        &numpy_python(),
        &dir,
        r#"
import random, numpy as np, rshared
np.random.seed(7)
want = [np.random.random() for _ in range(4)] + [np.random.normal(), np.random.normal()]
np.random.seed(7)
got = [rshared.draw(), np.random.random(), rshared.draw(), np.random.random(), np.random.normal(), rshared.normal()]
print(got == want)
rshared.seed(11)
a = np.random.random()
np.random.seed(11)
print(a == np.random.random())
np.random.set_bit_generator(np.random.PCG64(5))
b = [rshared.draw(), rshared.draw()]
np.random.set_bit_generator(np.random.PCG64(5))
print(b == [np.random.random(), np.random.random()])
np.random.set_bit_generator(np.random.MT19937(0))
random.seed(3)
x = [rshared.pydraw(), random.random()]
random.seed(3)
print(x == [random.random(), random.random()])
"#,
    );
    assert_eq!(out, "True\nTrue\nTrue\nTrue\n");
}

/// A list of arrays as an export's argument: each item checked (an ndarray
/// of the dtype, ndim and layout; writable when the body writes into the
/// items), TypeError naming the argument and the item otherwise.
#[test]
fn list_of_arrays_arguments() {
    let dir = scratch("list_arrays");
    let source = "\
from pycc import CC
cc = CC('la')

@cc.export('total', 'f8(List(float64[::1]))')
def total(L):
    return sum([a.sum() for a in L])

@cc.export('bump', 'void(List(i8[:, :]))')
def bump(L):
    for m in L:
        m[0, 0] += 1
";
    compile(&dir, "la.py", source, &[]);
    let out = python_in(
        &numpy_python(),
        &dir,
        r#"
import la, numpy as np
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
print(la.total([np.ones(2), np.arange(3.0)]))
print(err(lambda: la.total((np.ones(2),))))
print(err(lambda: la.total([np.ones(2), 3.0])))
print(err(lambda: la.total([np.arange(3)])))
print(err(lambda: la.total([np.arange(4.0)[::2]])))
r = np.zeros((2, 2), dtype=np.int64); r.flags.writeable = False
print(err(lambda: la.bump([r])))
m = np.zeros((2, 2), dtype=np.int64); la.bump([m, m.T]); print(m[0, 0])
"#,
    );
    let expected = "\
5.0
TypeError: total() argument 'L' must be list, not tuple
TypeError: total() argument 'L' must be a list of 1-d float64 arrays, not a list holding float (item 1)
TypeError: total() argument 'L' must be a list of 1-d float64 arrays, not a list holding an array of another dtype or ndim (item 0)
TypeError: total() argument 'L' must be a list of 1-d float64 arrays (C-contiguous), not a list holding a non-contiguous array (item 0)
ValueError: bump() argument 'L' item 0 is a read-only array, but bump() stores into it
2
";
    assert_eq!(out, expected);
}
