//! End to end: real modules compiled by `pycc compile`, imported by CPython.

mod common;
use common::*;

#[test]
fn seed_example_gives_numbas_values() {
    let dir = scratch("seed");
    compile(&dir, "my_module.py", &seed_source(), &[]);
    let out = python(
        &dir,
        "import my_module, sys\n\
         print(sorted(n for n in dir(my_module) if not n.startswith('_')))\n\
         print(repr((my_module.multi(3, 4), my_module.multf(2.5, 4.0), my_module.square(1.414))))\n\
         print(my_module.multf.__doc__, my_module.multi.__doc__, my_module.square.__doc__, sep='|')\n\
         print(my_module.multf.__module__, 'numpy' in sys.modules)",
    );
    assert_eq!(
        out,
        "['multf', 'multi', 'square']\n\
         (12, 10.0, 1.9993959999999997)\n\
         multf(a: float, b: float) -> float|multi(a: int, b: int) -> int|square(a: float) -> float\n\
         my_module False\n"
    );
}

#[test]
fn arguments_are_converted_strictly() {
    let dir = scratch("args");
    compile(&dir, "my_module.py", &seed_source(), &[]);
    let out = python_with_err(
        &dir,
        r#"
import my_module as m
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 7
print(m.multf(2, 3), m.multf(F(), 2.0), m.multi(I(), 2), m.multi(True, 5), m.multf(a=1.0, b=3.0), m.multi(2, b=3))
print(err(lambda: m.multf("x", 1.0)))
print(err(lambda: m.multf(1.0)))
print(err(lambda: m.multf()))
print(err(lambda: m.multf(1.0, 2.0, 3.0)))
print(err(lambda: m.multi(1.5, 2)))
print(err(lambda: m.multi("3", 2)))
print(err(lambda: m.multi(2**31, 1)))
print(err(lambda: m.multi(-2**31 - 1, 1)))
print(err(lambda: m.multf(1.0, c=2.0)))
print(err(lambda: m.multf(1.0, a=2.0)))
print(err(lambda: m.multf(10**400, 1.0)))
print(m.multi(2**31 - 1, 2), m.multi(-2**31, -1))
"#,
    );
    let expected = "\
6.0 3.0 14 5 3.0 6
TypeError: multf() argument 'a' must be float, not str
TypeError: multf() missing 1 required positional argument: 'b'
TypeError: multf() missing 2 required positional arguments: 'a' and 'b'
TypeError: multf() takes 2 positional arguments but 3 were given
TypeError: multi() argument 'a' must be int, not float
TypeError: multi() argument 'a' must be int, not str
OverflowError: multi() argument 'a' = 2147483648 is out of range for int32
OverflowError: multi() argument 'a' = -2147483649 is out of range for int32
TypeError: multf() got an unexpected keyword argument 'c'
TypeError: multf() got multiple values for argument 'a'
OverflowError: multf() argument 'a': int too large to convert to float
-2 -2147483648
";
    assert_eq!(out, expected);
}

#[test]
fn every_scalar_type_round_trips() {
    let dir = scratch("scalars");
    let src = r#"
from pycc import CC
cc = CC('scalars')
_k = 3
@cc.export('i1', 'i1(i1)')
@cc.export('i2', 'i2(i2)')
@cc.export('i8', 'int64(int64)')
@cc.export('u1', 'u1(u1)')
@cc.export('u4', 'uint32(uint32)')
@cc.export('u8', 'u8(u8)')
@cc.export('f4', 'float32(float32)')
def twice(x):
    return x + x
@cc.export('flag', 'b1(b1)')
def flag(b):
    return b
@cc.export('nothing', 'void(f8)')
def nothing(x):
    y = x * 2.0
@cc.export('inferred', '(i4, f8)')
def inferred(a, b):
    c = a * _k
    c += 1
    return c * b - -a
@cc.export('poly', 'i8(i8)')
def poly(x):
    return x ** 3 + x ** 0 - x ** 1
"#;
    compile(&dir, "scalars.py", src, &[]);
    let out = python(
        &dir,
        "import scalars as s\n\
         print(s.i1(100), s.i2(20000), s.i8(2**62), s.u1(200), s.u4(2**31), s.u8(2**63), s.f4(0.1))\n\
         print(s.flag(True), s.flag(0), s.nothing(1.0), s.inferred(2, 0.5), s.poly(-3), s.poly(2**40))\n\
         for f, v in [(s.u1, -1), (s.u1, 256), (s.i1, 128), (s.u8, 2**64)]:\n\
         \x20   try:\n\
         \x20       f(v)\n\
         \x20   except OverflowError:\n\
         \x20       print('overflow', end=' ')\n\
         print(s.flag.__doc__, s.nothing.__doc__, s.inferred.__doc__)",
    );
    // Wraparound at the declared width, as numba; f4 rounds through float32.
    let wrapped_poly = ((1i128 << 120) + 1 - (1i128 << 40)) as i64; // x**3 + 1 - x at 64 bits
    assert_eq!(
        out,
        format!(
            "-56 -25536 -9223372036854775808 144 0 0 0.20000000298023224\n\
             True False None 5.5 -23 {wrapped_poly}\n\
             overflow overflow overflow overflow flag(b: bool) -> bool nothing(x: float) -> None inferred(a: int, b: float) -> float\n"
        )
    );
}

#[test]
fn output_dir_and_file_from_the_script_and_the_command_line() {
    let dir = scratch("outdir");
    let src = seed_source().replace(
        "cc = CC('my_module')",
        "cc = CC('my_module')\ncc.output_dir = 'build'\ncc.output_file = 'renamed.so'",
    );
    compile(&dir, "my_module.py", &src, &[]);
    assert!(dir.join("build/renamed.so").exists());
    let other = dir.join("elsewhere");
    compile(&dir, "my_module.py", &src, &["-o", other.to_str().unwrap()]);
    assert!(other.join("renamed.so").exists());
}

/// A literal Windows name (`cc.output_file = 'my_module.pyd'`, as a
/// Windows user's file has it) is written with this platform's suffix, so
/// the module imports here (numba would write the .pyd, which cannot).
#[test]
fn windows_output_file_gets_this_platforms_suffix() {
    let dir = scratch("pydname");
    let src = seed_source().replace("cc = CC('my_module')", "cc = CC('my_module')\ncc.output_file = 'my_module.pyd'");
    compile(&dir, "my_module.py", &src, &[]);
    assert!(dir.join(format!("my_module{}", ext_suffix())).exists());
    assert!(!dir.join("my_module.pyd").exists());
}

#[test]
fn default_object_is_generic_x86_64() {
    let dir = scratch("generic");
    compile(&dir, "my_module.py", &seed_source(), &["--emit", "obj,asm,llvm-ir,llvm-dialect,py"]);
    for ext in ["o", "s", "ll", "llvm.mlir", "py.mlir"] {
        assert!(dir.join(format!("my_module.{ext}")).exists(), "--emit wrote no .{ext}");
    }
    let dis = std::process::Command::new("objdump").arg("-d").arg(dir.join("my_module.o")).output().unwrap();
    let text = String::from_utf8_lossy(&dis.stdout);
    assert!(text.contains("mulsd"), "the kernel is in the object");
    assert!(!text.contains("ymm") && !text.contains("zmm"), "AVX in a generic build");
    // square's `a ** 2` stays glibc's pow, as in CPython (x * x differs at
    // ties); the call goes through pycc_pow so that O3 cannot turn it into a multiply.
    let ir = std::fs::read_to_string(dir.join("my_module.ll")).unwrap();
    assert!(ir.contains("call double @pycc_pow"), "square no longer calls pow:\n{ir}");
    // Only PyInit is exported.
    let nm = std::process::Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(dir.join(format!("my_module{}", ext_suffix())))
        .output()
        .unwrap();
    let exported: Vec<String> = String::from_utf8_lossy(&nm.stdout)
        .lines()
        .filter(|l| l.contains(" T "))
        .map(|l| l.split_whitespace().last().unwrap().to_string())
        .collect();
    assert_eq!(exported, vec!["PyInit_my_module"]);
}

#[test]
fn host_cpu_builds_and_agrees() {
    let dir = scratch("host");
    compile(&dir, "my_module.py", &seed_source(), &["--target-cpu", "host"]);
    let out = python(&dir, "import my_module as m; print(m.square(1.414), m.multi(3, 4))");
    assert_eq!(out, "1.9993959999999997 12\n");
}

fn ext_suffix() -> String {
    let out = std::process::Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn tuple_arguments_and_returns() {
    let dir = scratch("tuples");
    let source = "\
from pycc import CC
cc = CC('tup')

@cc.export('swap', 'UniTuple(f8, 2)(UniTuple(f8, 2))')
def swap(t):
    a, b = t
    return b, a

@cc.export('first', 'i4(Tuple(i4, f8))')
def first(t):
    return t[0]

@cc.export('dm', '(i8, i8)')
def dm(a, b):
    return divmod(a, b)
";
    compile(&dir, "tup.py", source, &[]);
    let out = python_with_err(
        &dir,
        r#"
import tup, sys
print(tup.swap((1.0, 2)), tup.first((-5, 0.5)), tup.first(t=(3, 1)), tup.dm(-7, 2), type(tup.dm(1, 1)).__name__)
print(tup.swap.__doc__, tup.first.__doc__, tup.dm.__doc__, sep='|')
print(err(lambda: tup.swap([1.0, 2.0])))
print(err(lambda: tup.swap((1.0,))))
print(err(lambda: tup.swap((1.0, 2.0, 3.0))))
print(err(lambda: tup.swap((1.0, "x"))))
print(err(lambda: tup.first((2**31, 1.0))))
print(err(lambda: tup.first((1.5, 1.0))))
print(err(lambda: tup.dm(1, 0)))
t = (1.0, 2.0)
before = sys.getrefcount(t[0]), sys.getrefcount(t)
for _ in range(1000):
    tup.swap(t)
    err(lambda: tup.first((1, "x")))
print(before == (sys.getrefcount(t[0]), sys.getrefcount(t)))
"#,
    );
    let expected = "\
(2.0, 1.0) -5 3 (-4, 1) tuple
swap(t: tuple[float, float]) -> tuple[float, float]|first(t: tuple[int, float]) -> int|dm(a: int, b: int) -> tuple[int, int]
TypeError: swap() argument 't' must be tuple, not list
TypeError: swap() argument 't' must be a tuple of length 2, not 1
TypeError: swap() argument 't' must be a tuple of length 2, not 3
TypeError: swap() argument 't' must be float, not str
OverflowError: first() argument 't' = 2147483648 is out of range for int32
TypeError: first() argument 't' must be int, not float
ZeroDivisionError: integer division or modulo by zero
True
";
    assert_eq!(out, expected);
}

/// numba's reflected list arguments: converted strictly (errors name the
/// argument), and written back whole, items boxed from the list's type,
/// exactly when the call changed the list (numba's dirty flag: any store,
/// append, pop, extend or sort of 2+ items, even of equal values), also
/// when it raises; an unchanged list keeps its objects.
#[test]
fn reflected_list_arguments_as_numba() {
    let dir = scratch("reflected");
    let source = "\
from pycc import CC
cc = CC('rl')

@cc.export('same', 'void(List(f8))')
def same(xs):
    xs[0] = xs[0]

@cc.export('read', 'f8(List(f8))')
def read(xs):
    return xs[0]

@cc.export('ext', 'void(List(f8), i8)')
def ext(xs, n):
    xs.extend([1.0 * i for i in range(n)])

@cc.export('srt', 'void(List(i8))')
def srt(xs):
    xs.sort()

@cc.export('boom', 'i8(List(i8))')
def boom(xs):
    xs.append(7)
    return xs[10]

@cc.export('total', 'i8(ListType(int64))')
def total(xs):
    return sum(xs)

@cc.export('ratio', 'f8(List(float64, reflected=True))')
def ratio(xs):
    return xs[0]
";
    compile(&dir, "rl.py", source, &[]);
    let out = python_with_err(
        &dir,
        r#"
import rl
a = [1, 2.5]; rl.same(a); print(a)
a = [1, 2.5]; print(rl.read(a), a)
a = [1, 2.5]; rl.ext(a, 0); print(a)
a = [1, 2.5]; rl.ext(a, 2); print(a)
a = [True]; rl.srt(a); print(a)
a = [True, 0]; rl.srt(a); print(a)
a = [3]; print(err(lambda: rl.boom(a)), a)
print(err(lambda: rl.total((1, 2))))
print(err(lambda: rl.total([1, 'x'])))
print(err(lambda: rl.total([1, 2.5])))
print(err(lambda: rl.total([2**70])))
print(err(lambda: rl.ratio([1.0, 10**400])))
print(err(lambda: rl.total(xs=None)))
print(rl.total.__doc__)
"#,
    );
    let expected = "\
[1.0, 2.5]
1.0 [1, 2.5]
[1.0, 2.5]
[1.0, 2.5, 0.0, 1.0]
[True]
[0, 1]
IndexError: list index out of range [3, 7]
TypeError: total() argument 'xs' must be list, not tuple
TypeError: total() argument 'xs' must be a list of int, not a list holding str (item 1)
TypeError: total() argument 'xs' must be a list of int, not a list holding float (item 1)
OverflowError: total() argument 'xs' item 0 = 1180591620717411303424 is out of range for int64
OverflowError: ratio() argument 'xs' item 1: int too large to convert to float
TypeError: total() argument 'xs' must be list, not NoneType
total(xs: list) -> int
";
    assert_eq!(out, expected);
}

/// numba's reflected set arguments: the caller's set itself (changes seen
/// at once), its items checked first as a list's (errors name the argument).
#[test]
fn reflected_set_arguments() {
    let dir = scratch("reflected_set");
    let source = "\
from pycc import CC
cc = CC('rs')

@cc.export('grow', 'i8(Set(int64), i8)')
def grow(s, n):
    for i in range(n):
        s.add(i)
    return len(s)

@cc.export('total', 'f8(set(float64))')
def total(s):
    return sum(s)
";
    compile(&dir, "rs.py", source, &[]);
    let out = python_with_err(
        &dir,
        r#"
import rs
a = {7}; print(rs.grow(a, 3), sorted(a))
a = {True}; print(rs.grow(a, 2), sorted(a))
print(rs.total({0.5, 2}))
print(err(lambda: rs.grow([1], 1)))
print(err(lambda: rs.grow(frozenset(), 1)))
print(err(lambda: rs.grow({1.5}, 1)))
print(err(lambda: rs.grow({2**64}, 1)))
print(err(lambda: rs.total({'x'})))
print(rs.grow.__doc__)
"#,
    );
    let expected = "\
4 [0, 1, 2, 7]
2 [0, True]
2.5
TypeError: grow() argument 's' must be set, not list
TypeError: grow() argument 's' must be set, not frozenset
TypeError: grow() argument 's' must be a set of int, not a set holding float (item 0)
OverflowError: grow() argument 's' item 0 = 18446744073709551616 is out of range for int64
TypeError: total() argument 's' must be a set of float, not a set holding str (item 0)
grow(s: set, n: int) -> int
";
    assert_eq!(out, expected);
}

/// `--overflow` and `cc.overflow`: the literal in the script turns raising on,
/// the command line overrides it either way, and a bad value is clap's error.
#[test]
fn overflow_mode_from_the_script_and_the_command_line() {
    let src = "from pycc import CC\ncc = CC('ovf')\ncc.overflow = 'raise'\n\n@cc.export('add', 'i4(i4, i4)')\ndef add(a, b):\n    return a + b\n";
    let call = "import ovf\ntry:\n    print(ovf.add(2**31 - 1, 1))\nexcept OverflowError as e:\n    print('OverflowError:', e)\nprint(ovf.add(2**31 - 2, 1))\n";
    let dir = scratch("overflow-script");
    compile(&dir, "ovf.py", src, &[]);
    assert_eq!(python(&dir, call), "OverflowError: integer overflow converting i8 to i4\n2147483647\n");
    let dir = scratch("overflow-wrap");
    compile(&dir, "ovf.py", src, &["--overflow=wrap"]);
    assert_eq!(python(&dir, call), "-2147483648\n2147483647\n");
    let dir = scratch("overflow-cli");
    compile(&dir, "ovf.py", &src.replace("cc.overflow = 'raise'\n", ""), &["--overflow", "raise"]);
    assert_eq!(python(&dir, call), "OverflowError: integer overflow converting i8 to i4\n2147483647\n");

    let bad = pycc(&["compile", dir.join("ovf.py").to_str().unwrap(), "--overflow=saturate"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("invalid value 'saturate' for '--overflow") && err.contains("[possible values: wrap, raise]"),
        "{err}"
    );
}

/// Raise mode only adds checks: the wrap-mode object is what it was (the
/// same LLVM IR as no option at all), and raise mode checks the narrowing
/// of the sum (numba's typing adds two i4s as int64, which cannot overflow).
#[test]
fn overflow_checks_only_in_raise_mode() {
    let src =
        "from pycc import CC\ncc = CC('ovfir')\n\n@cc.export('add', 'i4(i4, i4)')\ndef add(a, b):\n    return a + b\n";
    let ir = |extra: &[&str]| {
        let dir = scratch("overflow-ir");
        let mut args = vec!["--emit", "llvm-ir"];
        args.extend_from_slice(extra);
        compile(&dir, "ovfir.py", src, &args);
        // Lines naming the scratch directory (module id, debug file) differ by run.
        let text = std::fs::read_to_string(dir.join("ovfir.ll")).unwrap();
        text.lines().filter(|l| !l.contains(dir.to_str().unwrap())).collect::<Vec<_>>().join("\n")
    };
    let (default, wrap, raise) = (ir(&[]), ir(&["--overflow=wrap"]), ir(&["--overflow=raise"]));
    assert_eq!(default, wrap);
    assert!(!wrap.contains("with.overflow") && !wrap.contains("integer overflow"), "{wrap}");
    assert!(raise.contains("integer overflow converting i8 to i4"), "{raise}");
}

/// `--boundscheck` and `cc.boundscheck`: on by default (IndexError); off,
/// the IndexError path is gone from the IR (not merely unreached) and an
/// index is trusted; the command line overrides the script either way.
#[test]
fn boundscheck_from_the_script_and_the_command_line() {
    let src =
        "from pycc import CC\ncc = CC('bc')\n\n@cc.export('get', 'f8(f8[::1], i8)')\ndef get(a, i):\n    return a[i]\n";
    // A 3-element view of 4 doubles: index 3 is out of the view's bounds but
    // inside the allocation, so the unchecked read is well-defined memory.
    let call = "import bc, array\nv = memoryview(array.array('d', [1.0, 2.0, 3.0, 4.0]))[:3]\ntry:\n    print(bc.get(v, 3))\nexcept IndexError as e:\n    print('IndexError:', e)\nprint(bc.get(v, -1))\n";
    let raised = "IndexError: index 3 is out of bounds for axis 0 with size 3\n3.0\n";
    let trusted = "4.0\n3.0\n";
    let run = |name: &str, source: &str, extra: &[&str]| {
        let dir = scratch(name);
        let mut args = vec!["--emit", "llvm-ir"];
        args.extend_from_slice(extra);
        compile(&dir, "bc.py", source, &args);
        (python(&dir, call), std::fs::read_to_string(dir.join("bc.ll")).unwrap())
    };
    let (out, ir) = run("bc-default", src, &[]);
    assert_eq!(out, raised);
    assert!(ir.contains("call void @pycc_index_error"), "{ir}");
    let (out, ir) = run("bc-off", src, &["--boundscheck=off"]);
    assert_eq!(out, trusted);
    assert!(!ir.contains("call void @pycc_index_error"), "{ir}");
    let off_in_script = src.replace("cc = CC('bc')\n", "cc = CC('bc')\ncc.boundscheck = False\n");
    let (out, _) = run("bc-script", &off_in_script, &[]);
    assert_eq!(out, trusted);
    let (out, _) = run("bc-on", &off_in_script, &["--boundscheck", "on"]);
    assert_eq!(out, raised);

    let dir = scratch("bc-bad");
    std::fs::write(dir.join("bc.py"), src).unwrap();
    let bad = pycc(&["compile", dir.join("bc.py").to_str().unwrap(), "--boundscheck=maybe"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("[possible values: on, off]"), "{err}");
}

#[test]
fn array_arguments_errors_and_buffer_release() {
    let dir = scratch("arrays");
    let source = "\
from pycc import CC
cc = CC('arr')

@cc.export('get', 'f8(f8[:], i8)')
def get(a, i):
    return a[i]

@cc.export('scale', 'void(f8[::1], f8, i8)')
def scale(a, k, n):
    for i in range(n):
        a[i] *= k

@cc.export('corner', 'f8(f8[:, ::1], f8[::1, :])')
def corner(c, f):
    return c[-1, -1] + f[0, 0] + c.size + f.ndim

@cc.export('store', 'void(i1[:], i8)')
def store(a, v):
    a[0] = v
";
    compile(&dir, "arr.py", source, &[]);
    let out = python_with_err(
        &dir,
        r#"
import arr, array
a = array.array('d', [1.0, 2.0, 3.0])
print(arr.get(a, -1), arr.get(memoryview(a)[::-1], 0), arr.get(memoryview(a)[::2], 1))
print(err(lambda: arr.get([1.0], 0)))
print(err(lambda: arr.get(array.array('f', [1.0]), 0)))
print(err(lambda: arr.get(array.array('q', [1]), 0)))
print(err(lambda: arr.get(memoryview(bytes(16)).cast('d', shape=[1, 2]), 0)))
print(err(lambda: arr.get(a, 3)))
print(err(lambda: arr.get(a, -4)))
print(err(lambda: arr.scale(memoryview(a)[::2], 2.0, 1)))
print(err(lambda: arr.scale(memoryview(a).toreadonly(), 2.0, 1)))
# An exporter's own refusal stays its error, read-only or writable request.
gone = memoryview(a)
gone.release()
print(err(lambda: arr.get(gone, 0)), err(lambda: arr.scale(gone, 2.0, 1)))
print(err(lambda: arr.scale(a, 2.0, 4)), list(a))
g = memoryview(bytearray(8 * 6)).cast('d', shape=[2, 3])
g[1, 2] = 5.0
print(arr.corner(g, g[0:1]), err(lambda: arr.corner(g, g)))
b = array.array('b', [0])
arr.store(b, 300)
print(list(b))
# Every path released its buffer: the array can be resized again, and the
# exporter's reference count is where it started.
import sys
before = sys.getrefcount(a)
for _ in range(100):
    arr.get(a, 0); err(lambda: arr.get(a, 9)); err(lambda: arr.scale(a, 1.0, 9))
    err(lambda: arr.corner(g, g))
a.append(4.0)
print(sys.getrefcount(a) == before, len(a))
print(arr.get.__doc__)
"#,
    );
    let expected = "\
3.0 3.0 3.0
TypeError: get() argument 'a' must be a float64 1-d array (buffer format 'd'), not list
TypeError: get() argument 'a' must be a float64 1-d array (buffer format 'd'), not a 1-d buffer of format 'f' (itemsize 4)
TypeError: get() argument 'a' must be a float64 1-d array (buffer format 'd'), not a 1-d buffer of format 'q' (itemsize 8)
TypeError: get() argument 'a' must be a float64 1-d array (buffer format 'd'), not a 2-d buffer of format 'd' (itemsize 8)
IndexError: index 3 is out of bounds for axis 0 with size 3
IndexError: index -4 is out of bounds for axis 0 with size 3
TypeError: scale() argument 'a' must be a C-contiguous float64 1-d array (buffer format 'd'), not a non-contiguous 1-d buffer of format 'd' (itemsize 8)
ValueError: scale() argument 'a' is a read-only buffer, but scale() stores into it
ValueError: operation forbidden on released memoryview object ValueError: operation forbidden on released memoryview object
IndexError: index 3 is out of bounds for axis 0 with size 3 [2.0, 4.0, 6.0]
13.0 TypeError: corner() argument 'f' must be a Fortran-contiguous float64 2-d array (buffer format 'd'), not a non-contiguous 2-d buffer of format 'd' (itemsize 8)
[44]
True 4
get(a: Buffer[float64[:]], i: int) -> float
";
    assert_eq!(out, expected);
}

/// The messages of the new raising paths, which the differential test
/// compares only by type: round(x, n) overflow, gamma/lgamma domain and
/// range errors, and a message bound to a module-level name.
#[test]
fn numeric_error_messages() {
    let dir = scratch("numeric_messages");
    let source = "\
import math
from pycc import CC
cc = CC('nummsg')
MESSAGE = \"bad input\"

@cc.export('rnd', 'f8(f8, i8)')
def rnd(x, n):
    return round(x, n)

@cc.export('gam', 'f8(f8)')
def gam(x):
    return math.gamma(x)

@cc.export('lgam', 'f8(f8)')
def lgam(x):
    return math.lgamma(x)

@cc.export('check', 'i8(i8)')
def check(n):
    if n < 0:
        raise ValueError(MESSAGE)
    return n
";
    compile(&dir, "nummsg.py", source, &[]);
    let code = r#"
import math, nummsg
def err(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for f in (nummsg.rnd, round):
    print(err(f, 1.7976931348623157e308, -308), err(f, 2.675, 2), err(f, -0.4, 0))
for f in (nummsg.gam, math.gamma):
    print(err(f, 0.0), err(f, -2.0), err(f, 172.0), err(f, -math.inf))
for f in (nummsg.lgam, math.lgamma):
    print(err(f, 0.0), err(f, -3.0), err(f, 1e308), err(f, -math.inf))
print(err(nummsg.check, -1))
"#;
    let out = python(&dir, code);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 7, "{out}");
    assert_eq!(lines[0], lines[1], "round");
    assert_eq!(lines[0], "OverflowError: rounded value too large to represent 2.67 -0.0");
    assert_eq!(lines[2], lines[3], "gamma");
    assert_eq!(lines[2], "ValueError: math domain error ValueError: math domain error OverflowError: math range error ValueError: math domain error");
    assert_eq!(lines[4], lines[5], "lgamma");
    assert_eq!(lines[6], "ValueError: bad input");
}

/// Complex arguments follow PyComplex_AsCComplex (complex, __complex__,
/// then anything float-like), wrong types get pycc's TypeError wording, and
/// __doc__ names `complex`.
#[test]
fn complex_arguments_and_doc() {
    let dir = scratch("complex_args");
    let source = "from pycc import CC\ncc = CC('cm')\n@cc.export('f', 'c16(c16, c8)')\ndef f(a, b):\n    return a + b\n@cc.export('g', 'Tuple(c8, f8)(Tuple(f8, c16))')\ndef g(t):\n    x, z = t\n    return z, x\n";
    compile(&dir, "cm.py", source, &[]);
    let out = python_with_err(
        &dir,
        r#"
import cm
class C:
    def __complex__(self): return 1 + 2j
class Bad:
    def __complex__(self): return 1.5
class F:
    def __float__(self): return 0.5
class I:
    def __index__(self): return 3
print(cm.f(1j, 2), cm.f(C(), F()), cm.f(I(), True), cm.f(-0.0, -0.0))
print(err(lambda: cm.f("x", 1)))
print(err(lambda: cm.f(1, None)))
print(err(lambda: cm.f(Bad(), 1)))
print(err(lambda: cm.f(10**400, 1)))
print(cm.f.__doc__)
print(cm.g((0.5, C())), cm.g((1, 1e300j)))
print(err(lambda: cm.g((1.0,))))
print(err(lambda: cm.g((1.0, "x"))))
print(err(lambda: cm.g([1.0, 1j])))
print(cm.g.__doc__)
"#,
    );
    let expected = "\
(2+1j) (1.5+2j) (4+0j) (-0+0j)
TypeError: f() argument 'a' must be complex, not str
TypeError: f() argument 'b' must be complex, not NoneType
TypeError: __complex__ returned non-complex (type float)
OverflowError: f() argument 'a': int too large to convert to float
f(a: complex, b: complex) -> complex
((1+2j), 0.5) (infj, 1.0)
TypeError: g() argument 't' must be a tuple of length 2, not 1
TypeError: g() argument 't' must be complex, not str
TypeError: g() argument 't' must be tuple, not list
g(t: tuple[float, complex]) -> tuple[complex, float]
";
    assert_eq!(out, expected);
}

/// An exported call leaves errno as it found it: libm's exp sets ERANGE on
/// underflow (a normal return) and overflow (OverflowError), and CPython's
/// complex abs reads an errno it did not clear when a part is nan, so a
/// stale ERANGE made the next `abs(z)` in Python an OverflowError.
#[test]
fn exported_calls_leave_errno_as_they_found_it() {
    let src = "import math\nfrom pycc import CC\ncc = CC('errnomod')\n\n@cc.export('ex', 'f8(f8)')\ndef ex(x):\n    return math.exp(x)\n";
    let dir = scratch("errno");
    compile(&dir, "errnomod.py", src, &["--emit", "llvm-ir"]);
    let ir = std::fs::read_to_string(dir.join("errnomod.ll")).unwrap();
    assert!(ir.contains("@__errno_location()"), "{ir}");
    // A kernel of plain arithmetic runs no C library code: its wrapper
    // skips the save (analysis::effects `touches_errno`).
    let plain = "from pycc import CC\ncc = CC('plainmod')\n\n@cc.export('add', 'f8(f8, i8)')\ndef add(x, n):\n    return x * n + 1.5 if n > 0 else x / 2.0\n";
    compile(&dir, "plainmod.py", plain, &["--emit", "llvm-ir"]);
    let ir = std::fs::read_to_string(dir.join("plainmod.ll")).unwrap();
    assert!(!ir.contains("errno_location"), "{ir}");
    let out = python(
        &dir,
        "import errnomod\n\
         z = complex(float('nan'), 1.0)\n\
         u = errnomod.ex(-1000.0)\n\
         a = abs(z)\n\
         try:\n    errnomod.ex(1000.0)\nexcept OverflowError:\n    pass\n\
         b = abs(z)\n\
         print(u, a, b)\n",
    );
    assert_eq!(out.trim(), "0.0 nan nan");
}

/// An int to a negative int power: numba's `int_power_impl` result (an int,
/// where CPython returns a float): 0 unless the base is 1 or -1; 0 raises
/// ZeroDivisionError, as in CPython. README "What works" documents it.
#[test]
fn int_power_negative_exponent_is_numbas() {
    let src =
        "from pycc import CC\ncc = CC('negpow')\n\n@cc.export('p', 'i8(i8, i8)')\ndef p(a, b):\n    return a ** b\n";
    for extra in [&[][..], &["--overflow=raise"][..]] {
        let dir = scratch("negpow");
        compile(&dir, "negpow.py", src, extra);
        let out = python(
            &dir,
            "import negpow\n\
             print([negpow.p(a, b) for a, b in [(2, -1), (-3, -2), (1, -5), (-1, -5), (-1, -4), (10**9, -(2**63)), (-1, -(2**63))]])\n\
             try:\n    negpow.p(0, -1)\nexcept ZeroDivisionError as e:\n    print(e)\n",
        );
        assert_eq!(out.trim(), "[0, 0, 1, -1, 1, 0, 1]\n0.0 cannot be raised to a negative power", "{extra:?}");
    }
}

/// `--fastmath` / `cc.fastmath`: py-egg's fastmath rules (`x + 0.0 -> x`
/// keeps -0.0), LLVM's flags (a float sum vectorizes: vector adds in the
/// IR), x ** 2 as a multiply (pow_small without fastmath); a flag set without nsz
/// leaves `x + 0.0` alone; the command line overrides the script.
#[test]
fn fastmath_from_the_script_and_the_command_line() {
    let src = "from pycc import CC\ncc = CC('fm')\n\n@cc.export('plus_zero', 'f8(f8)')\ndef plus_zero(x):\n    return x + 0.0\n\n@cc.export('total', 'f8(f8[::1])')\ndef total(a):\n    s = 0.0\n    for i in range(a.shape[0]):\n        s += a[i]\n    return s\n\n@cc.export('sq', 'f8(f8)')\ndef sq(x):\n    return x ** 2\n";
    let call = "import fm, array\nprint(fm.plus_zero(-0.0), fm.total(array.array('d', [1.0, 2.0, 3.0])), fm.sq(3.0))\n";
    let run = |name: &str, source: &str, extra: &[&str]| {
        let dir = scratch(name);
        let mut args = vec!["--emit", "llvm-ir"];
        args.extend_from_slice(extra);
        compile(&dir, "fm.py", source, &args);
        (python(&dir, call), std::fs::read_to_string(dir.join("fm.ll")).unwrap())
    };
    // The accumulator's add keeps reassoc (it vectorizes) without nsz
    // (codegen.rs `accumulates`).
    let vector_add = |ir: &str| ir.contains("fadd reassoc arcp contract afn <");
    let (out, ir) = run("fm-default", src, &[]);
    assert_eq!(out, "0.0 6.0 9.0\n");
    assert!(!vector_add(&ir) && ir.contains("pycc_pow(double"), "{ir}");
    let (out, ir) = run("fm-on", src, &["--fastmath"]);
    assert_eq!(out, "-0.0 6.0 9.0\n");
    assert!(vector_add(&ir) && !ir.contains("pycc_pow(double"), "{ir}");
    let (out, _) = run("fm-reassoc", src, &["--fastmath=reassoc,contract"]);
    assert_eq!(out, "0.0 6.0 9.0\n");
    let in_script = src.replace("cc = CC('fm')\n", "cc = CC('fm')\ncc.fastmath = {'reassoc', 'nsz', 'afn'}\n");
    let (out, _) = run("fm-script", &in_script, &[]);
    assert_eq!(out, "-0.0 6.0 9.0\n");
    let (out, _) = run("fm-off", &in_script, &["--fastmath=off"]);
    assert_eq!(out, "0.0 6.0 9.0\n");
}

/// numpy 1.x's float aliases (`np.Inf`, `np.NINF`, `np.NaN`, ...), removed
/// in numpy 2, compile as numba compiled them with numpy 1.x: constants
/// (README, a deliberate difference from numpy 2's AttributeError); the
/// module needs no numpy.
#[test]
fn numpy1_float_aliases_are_constants() {
    let src = "import numpy as np\nfrom pycc import CC\ncc = CC('npalias')\n\n\
               @cc.export('f', '(f8,)')\ndef f(x):\n    \
               return (np.Inf, np.Infinity, np.infty, np.PINF, np.NINF, np.NaN, np.NAN, np.PZERO, np.NZERO, min(x, np.Inf))\n";
    let dir = scratch("npalias");
    compile(&dir, "npalias.py", src, &[]);
    let out = python(&dir, "import npalias, sys\nprint(npalias.f(2.0), 'numpy' in sys.modules)\n");
    assert_eq!(out.trim(), "(inf, inf, inf, inf, -inf, nan, nan, 0.0, -0.0, 2.0) False");
}

/// Lists made in the body are freed when the exported call returns, on
/// every path (a raised IndexError included): 400 calls that each build a
/// list of 100k items (800 kB) would grow the peak RSS by 320 MB if any
/// were kept.
#[test]
fn lists_are_freed_on_every_path() {
    let dir = scratch("list-leak");
    let source = r#"
from pycc import CC
cc = CC('listleak')

@cc.export('build', 'i8(i8, i8)')
def build(n, i):
    xs = []
    for k in range(n):
        xs.append(k)
    ys = [(k, k) for k in xs]
    a, b = ys[i]
    return a + b + len(xs)
"#;
    let out = compile(&dir, "listleak.py", source, &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = python(
        &dir,
        r#"
import resource, listleak
def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def calls(k):
    for _ in range(k):
        listleak.build(100000, 5)
        try:
            listleak.build(100000, 200000)
        except IndexError as e:
            last = str(e)
    return last
print(calls(5), listleak.build(10, -1))
start = peak()
calls(200)
grown_kb = peak() - start
print('leak' if grown_kb > 100 * 1024 else 'no leak')
"#,
    );
    assert_eq!(out, "list index out of range 28\nno leak\n");
}

/// The file's own exception classes are the compiled module's: the caller
/// catches `mod.MyError` (and its builtin base), the hierarchy, `__module__`
/// and docstrings are the classes', and `raise E` has CPython's empty args.
#[test]
fn user_exception_classes_are_the_modules_own() {
    let dir = scratch("userexc");
    let source = r#"
from pycc import CC
cc = CC('userexc')

class MyError(Exception):
    pass

class BadInput(ValueError):
    """Bad input."""

class Worse(BadInput):
    ...

@cc.export('f', 'i8(i8)')
def f(n):
    if n == 0:
        raise MyError
    if n < -5:
        raise Worse(f"n = {n}")
    if n < 0:
        raise BadInput("negative")
    return n
"#;
    let out = compile(&dir, "userexc.py", source, &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = python(
        &dir,
        r#"
import userexc as m
for n in (0, -1, -9):
    try:
        m.f(n)
    except m.MyError as e:
        print('MyError', e.args)
    except m.BadInput as e:
        print(type(e).__qualname__, e.args, isinstance(e, ValueError))
print(m.Worse.__mro__[1:3] == (m.BadInput, ValueError), m.MyError.__module__, m.BadInput.__doc__, m.Worse.__doc__)
"#,
    );
    assert_eq!(out, "MyError ()\nBadInput ('negative',) True\nWorse ('n = -9',) True\nTrue userexc Bad input. None\n");
}

/// Rebuilds are byte-identical: nothing in the pipeline may depend on hash
/// order (a `HashMap` of nonlocal cells once ordered parameter cells by the
/// process's random seed). Four builds each of programs that exercise the
/// name-keyed passes (nonlocal cells, closures, dicts, exceptions).
#[test]
fn rebuilds_are_byte_identical() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    for name in ["nonlocal_params", "closure_append", "dicts", "user_exceptions"] {
        let path = root.join(format!("{name}.py"));
        if !path.exists() {
            panic!("{} is gone: pick another program for this test", path.display());
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let mut first: Option<String> = None;
        for round in 0..4 {
            let dir = scratch(&format!("rebuild_{name}_{round}"));
            compile(&dir, &format!("{name}.py"), &source, &["--emit", "llvm-ir,tir"]);
            // The module's name is the program's `CC(...)` name.
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "tir" || e == "ll"))
                .collect();
            files.sort();
            assert_eq!(files.len(), 2, "{name}: --emit wrote {files:?}");
            let text: String = files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
            match &first {
                None => first = Some(text),
                Some(f) => assert!(*f == text, "{name}: build {round} differs from build 0"),
            }
        }
    }
}
