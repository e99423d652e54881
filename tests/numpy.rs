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
         d = [alloc.draw() for _ in range(1000)]\n\
         print(all(0.0 <= x < 1.0 for x in d), len(set(d)) == 1000)",
    );
    // np.random needs no numpy: unseeded, it draws from OS entropy.
    assert_eq!(out, "True 3.0\nTrue\nModuleNotFoundError: No module named 'numpy'\n4.0\nTrue True\n");
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
