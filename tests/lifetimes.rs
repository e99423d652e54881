//! Array lifetimes (analysis/lifetimes.rs): an array the body allocates is
//! given back where it dies, so loops that allocate run in flat memory;
//! values are those of plain Python + numpy, arrays still used (views,
//! earlier iterations' arrays, returned arrays) stay alive, and nothing is
//! left after normal returns, `break`, or exceptions inside loops.

mod common;
use common::*;

const LOOPS: &str = r#"
import numpy as np
from pycc import CC
cc = CC('loops')

@cc.export('rebind', 'f8(i8, i8)')
def rebind(n, k):
    a = np.zeros(k)
    for i in range(n):
        a = a + 1.0
    return a[0] + a[k - 1]

@cc.export('temps', 'f8(i8, i8)')
def temps(n, k):
    s = 0.0
    a = np.ones(k)
    for i in range(n):
        b = a * 2.0
        c = b + a
        s += c[i % k]
    return s

@cc.export('views', 'f8(i8, i8)')
def views(n, k):
    s = 0.0
    for i in range(n):
        t = np.zeros(k)
        v = t[1:]
        v[0] = i
        s += t[1]
    return s

@cc.export('kept', 'f8(i8, i8)')
def kept(n, k):
    keep = np.zeros(k)
    old = keep[:]
    for i in range(n):
        t = np.ones(k) * i
        if i == 3:
            old = t[1:]
        t[0] = -1.0
    return old[0] + old[k - 2]

@cc.export('swap', 'f8(i8, i8)')
def swap(n, k):
    a = np.ones(k)
    b = np.zeros(k)
    for i in range(n):
        c = a + b
        b = a
        a = c
    return a[0] + b[k - 1]

@cc.export('breaks', 'f8(i8, i8, i8)')
def breaks(n, k, stop):
    a = np.zeros(k)
    for i in range(n):
        a = a + 2.0
        if i == stop:
            break
    return a[0]

@cc.export('raises', 'f8(i8, i8, i8)')
def raises(n, k, at):
    a = np.zeros(k)
    s = 0.0
    for i in range(n):
        a = a + 1.0
        s += a[k - 1 + (i == at)]
    return s

@cc.export('last', 'f8[:](i8, i8)')
def last(n, k):
    a = np.zeros(k)
    for i in range(n):
        a = a * 0.5 + i
    return a

@cc.export('reshaped', 'f8(i8, i8)')
def reshaped(n, k):
    a = np.ones(k)
    keep = np.zeros((1, k))
    s = 0.0
    for i in range(n):
        b = a * (i + 1.0)
        t = np.reshape(b, (1, k))
        if i == 0:
            keep = t
        s += keep[0, k - 1]
    return s

@cc.export('masked', 'f8(i8, i8)')
def masked(n, k):
    z = np.zeros(k, np.complex128)
    c = np.linspace(-1.5, 0.5, k) + 0.5j
    for i in range(n):
        m = np.abs(z) < 2.0
        z[m] = z[m] ** 2 + c[m]
    return z[k // 3].real + z[k - 1].imag

@cc.export('while_view', 'f8(i8, i8)')
def while_view(n, k):
    u = np.ones(k)
    w = u[1:]
    i = 0
    while i < n:
        u = u + w[0]
        w = u[1:]
        i += 1
    return w[0]
"#;

#[test]
fn allocating_loops_run_in_flat_memory_with_python_values() {
    let dir = scratch("lifetimes-loops");
    compile(&dir, "loops.py", LOOPS, &[]);
    std::fs::write(dir.join("loops_src.py"), LOOPS).unwrap();
    let out = python_in(
        &numpy_python(),
        &dir,
        r#"
import gc, sys, tracemalloc, numpy as np, loops
src = open('loops_src.py').read().replace('from pycc import CC', '').replace("cc = CC('loops')", '')
src = '\n'.join(l for l in src.splitlines() if not l.startswith('@cc.export'))
py = {}
exec(src, py)
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
cases = [('rebind', (50, 7)), ('temps', (40, 5)), ('views', (30, 4)), ('kept', (9, 6)), ('swap', (30, 3)),
         ('breaks', (100, 4, 6)), ('breaks', (5, 4, 60)), ('raises', (10, 3, 4)), ('raises', (6, 3, 40)),
         ('while_view', (12, 5)), ('reshaped', (6, 3)), ('masked', (30, 37))]
for name, args in cases:
    got, want = err(getattr(loops, name), *args), err(py[name], *args)
    assert str(got) == str(want), (name, args, got, want)
got, want = loops.last(7, 4), py['last'](7, 4)
assert got.tolist() == want.tolist() and got.flags.owndata and sys.getrefcount(got) == 2, got
print('values agree')
# Peak memory over 10,000 iterations, each allocating an 80 kB array or two:
# bounded by a few arrays (before: every iteration's, 800 MB and more).
k = 10_000
for name, args in [('rebind', (10_000, k)), ('temps', (10_000, k)), ('views', (10_000, k)),
                   ('swap', (10_000, k)), ('while_view', (10_000, k)), ('last', (10_000, k))]:
    f = getattr(loops, name)
    gc.collect()
    tracemalloc.start()
    r = f(*args)
    peak = tracemalloc.get_traced_memory()[1]
    del r
    tracemalloc.stop()
    assert peak < 8 * 8 * k, (name, peak)
# A masked store's loop (its mask step reads the mask's row) still lets
# each iteration's mask and absolute values go.
gc.collect()
tracemalloc.start()
loops.masked(10_000, k)
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
assert peak < 16 * 8 * k, ('masked', peak)
print('flat')
# Nothing is left after normal returns, break, and exceptions in loops.
def work():
    for _ in range(200):
        loops.rebind(20, 100); loops.breaks(50, 100, 3); err(loops.raises, 50, 100, 7)
        loops.kept(9, 100); loops.last(5, 100)
work()
gc.collect()
tracemalloc.start()
start = tracemalloc.get_traced_memory()[0]
work()
gc.collect()
grown = tracemalloc.get_traced_memory()[0] - start
print('leak' if grown > 16 * 1024 else 'no leak')
"#,
    );
    assert_eq!(out, "values agree\nflat\nno leak\n");
}
