"""`from pycc import CC`: numba.pycc's API, compiled in-process."""

import importlib
import os
import re
import sys
import textwrap
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

from conftest import ROOT, run, write

EXT = EXTENSION_SUFFIXES[0]

SEED = """
    from pycc import CC

    cc = CC('{name}')

    @cc.export('multf', 'f8(f8, f8)')
    @cc.export('multi', 'i4(i4, i4)')
    def mult(a, b):
        return a * b

    @cc.export('square', 'f8(f8)')
    def square(a):
        return a ** 2
"""


def load(path, name):
    """Imports `name` from the directory of `path`, fresh."""
    sys.path.insert(0, str(path))
    try:
        sys.modules.pop(name, None)
        importlib.invalidate_caches()
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(path))


def source_module(tmp_path, name, text):
    """Writes and imports a module that defines a CC, as a user's script would."""
    write(tmp_path / f"{name}.py", text)
    return load(tmp_path, name)


def test_import_is_cheap_and_lazy(py):
    out = run([py, "-X", "importtime", "-c", "import sys, pycc; print('pycc._native' in sys.modules)"])
    assert out.stdout.strip() == "False", "import pycc must not load the compiler"
    total = [int(m.group(1)) for m in re.finditer(r"import time:\s+\d+ \|\s+(\d+) \| pycc$", out.stderr, re.M)]
    assert total and total[0] < 50_000, f"import pycc took {total} us"


def test_compile_defaults_beside_the_module(tmp_path):
    src = source_module(tmp_path, "seed_src", SEED.format(name="seedmod"))
    cc = src.cc
    assert cc.name == "seedmod"
    assert cc.output_dir == str(tmp_path)
    assert cc.output_file == "seedmod" + EXT
    assert cc.target_cpu == "" and cc.verbose is False and cc.use_nrt is True
    path = cc.compile()
    assert path == str(tmp_path / ("seedmod" + EXT))
    mod = load(tmp_path, "seedmod")
    assert mod.multf(2.5, 4.0) == 10.0
    assert mod.multi(2**31 - 1, 2) == -2  # i4 wraps, as in numba
    assert mod.square(1.5) == 2.25
    # The decorators return the function unchanged: the module runs as Python.
    assert src.mult(3, 4) == 12 and src.square(3) == 9


def test_output_dir_and_file_overrides(tmp_path, monkeypatch):
    src = source_module(tmp_path, "over_src", SEED.format(name="overmod"))
    cc = src.cc
    cc.output_dir = tmp_path / "out" / "deeper"
    cc.output_file = "overmod.so"
    assert cc.compile() == str(tmp_path / "out" / "deeper" / "overmod.so")
    assert load(tmp_path / "out" / "deeper", "overmod").square(3.0) == 9.0
    # A relative output_dir is relative to the working directory, as in numba.
    monkeypatch.chdir(tmp_path)
    cc.output_dir = "rel"
    cc.output_file = "overmod" + EXT
    cc.compile()
    assert (tmp_path / "rel" / ("overmod" + EXT)).exists()


def test_target_cpu_host(tmp_path):
    cc = source_module(tmp_path, "host_src", SEED.format(name="hostmod")).cc
    cc.target_cpu = "host"
    cc.compile()
    assert load(tmp_path, "hostmod").multf(1.5, 2.0) == 3.0


def test_source_module_argument(tmp_path):
    write(tmp_path / "lib_src.py", SEED.format(name="libmod"))
    write(tmp_path / "maker.py", """
        import lib_src
        from pycc import CC
        other = CC('libmod', source_module=lib_src)
        by_name = CC('libmod', source_module='lib_src')
    """)
    maker = load(tmp_path, "maker")
    for cc in (maker.other, maker.by_name):
        assert cc.output_dir == str(tmp_path) and cc._source_module == "lib_src"


def test_bad_names_and_duplicates(tmp_path):
    from pycc import CC

    with pytest.raises(ValueError, match="simple module name"):
        CC("pkg.mod")
    cc = source_module(tmp_path, "dup_src", SEED.format(name="dupmod")).cc
    with pytest.raises(KeyError, match="duplicated export symbol multf"):
        cc.export("multf", "f8(f8)")
    with pytest.raises(ValueError, match="overflow"):
        cc.overflow = "saturate"


def test_unsupported_construct_raises_full_diagnostic(tmp_path):
    import pycc

    cc = source_module(tmp_path, "bad_src", """
        from pycc import CC
        cc = CC('badmod')

        @cc.export('f', 'f8(f8)')
        def f(x):
            with x:
                return x
    """).cc
    with pytest.raises(pycc.CompileError) as err:
        cc.compile()
    msg = str(err.value)
    assert "bad_src.py:6:5" in msg and "^" in msg and "with" in msg, msg
    assert not (tmp_path / ("badmod" + EXT)).exists()
    # The process survived; the same interpreter goes on compiling.
    good = source_module(tmp_path, "good_src", SEED.format(name="goodmod")).cc
    good.compile()


def test_unknown_signature_type_points_into_the_string(tmp_path):
    import pycc

    cc = source_module(tmp_path, "sig_src", """
        from pycc import CC
        cc = CC('sigmod')

        @cc.export('f', 'f8(f9)')
        def f(x):
            return x
    """).cc
    with pytest.raises(pycc.CompileError) as err:
        cc.compile()
    msg = str(err.value)
    assert "unknown type `f9`" in msg and "sig_src.py:4:21" in msg, msg


def test_export_registered_only_at_run_time_is_an_error(tmp_path):
    import pycc

    extra = "\ndef cube(x):\n    return x ** 3\ngetattr(cc, 'export')('cube', 'f8(f8)')(cube)\n"
    src = source_module(tmp_path, "dyn_src", textwrap.dedent(SEED.format(name="dynmod")) + extra)
    with pytest.raises(pycc.CompileError, match="'cube' registered at run time"):
        src.cc.compile()
    # A lambda cannot be read from the source: an error where it is exported.
    src = source_module(tmp_path, "dyn_src2", textwrap.dedent(SEED.format(name="dynmod2")) + "\ncc.export('cube', 'f8(f8)')(lambda x: x ** 3)\n")
    with pytest.raises(pycc.CompileError, match="(?s)exports only functions defined with `def`.*lambda"):
        src.cc.compile()


def test_call_form_export(tmp_path):
    """`cc.export(name, sig)(func)`, as competitive-programming files write it."""
    extra = "\ndef cube(x):\n    return x ** 3\ncube_export = cc.export('cube', 'f8(f8)')(cube)\n"
    src = source_module(tmp_path, "call_src", textwrap.dedent(SEED.format(name="callmod")) + extra)
    assert src.cube_export is src.cube
    m = load(tmp_path, os.path.basename(src.cc.compile()).split(".")[0])
    assert m.cube(2.0) == 8.0 and m.square(3.0) == 9.0


def test_missing_linker_is_a_clear_error(tmp_path, monkeypatch):
    import pycc

    cc = source_module(tmp_path, "ld_src", SEED.format(name="ldmod")).cc
    monkeypatch.setenv("CC", "/nonexistent/cc")
    with pytest.raises(pycc.CompileError, match="(?s)cannot run the linker `/nonexistent/cc`.*install a C toolchain"):
        cc.compile()


def test_overflow_raise_raises_overflowerror(tmp_path):
    # multi is i4(i4, i4): 65536 * 65536 is 2**32 (int64 arithmetic, numba's typing), past int32 at the return.
    cc = source_module(tmp_path, "ovf_src", SEED.format(name="ovfmod")).cc
    assert cc.overflow == "wrap"
    cc.overflow = "raise"
    m = load(tmp_path, os.path.basename(cc.compile()).split(".")[0])
    with pytest.raises(OverflowError, match="integer overflow converting i8 to i4"):
        m.multi(65536, 65536)
    assert m.multi(46340, 46340) == 46340 * 46340
    assert m.multi(-65536, 32768) == -2**31
    assert m.multf(1e200, 1e200) == float("inf")  # floats are untouched


def test_overflow_runtime_attribute_overrides_the_source(tmp_path):
    # The literal in the source says raise; the attribute set after it wins.
    text = SEED.format(name="ovfwrap").replace("cc = CC('ovfwrap')", "cc = CC('ovfwrap')\n    cc.overflow = 'raise'")
    cc = source_module(tmp_path, "ovfw_src", text).cc
    assert cc.overflow == "raise"
    cc.overflow = "wrap"
    m = load(tmp_path, os.path.basename(cc.compile()).split(".")[0])
    assert m.multi(65536, 65536) == 0


GET = """
    from pycc import CC

    cc = CC('{name}')
    cc.boundscheck = {literal}

    @cc.export('get', 'f8(f8[::1], i8)')
    def get(a, i):
        return a[i]
"""


def test_boundscheck_default_raises_and_false_trusts_the_index(tmp_path):
    from array import array

    # A view of the first 3 of 4 doubles: index 3 is out of the view's
    # bounds but inside the allocation, so an unchecked read is harmless.
    view = memoryview(array("d", [1.0, 2.0, 3.0, 4.0]))[:3]
    cc = source_module(tmp_path, "bc_src", GET.format(name="bcmod", literal="True")).cc
    assert cc.boundscheck is True
    m = load(tmp_path, os.path.basename(cc.compile()).split(".")[0])
    with pytest.raises(IndexError, match="index 3 is out of bounds for axis 0 with size 3"):
        m.get(view, 3)
    assert m.get(view, -1) == 3.0
    # The literal in the source says False; here the attribute stays False.
    cc = source_module(tmp_path, "nobc_src", GET.format(name="nobcmod", literal="False")).cc
    assert cc.boundscheck is False
    m = load(tmp_path, os.path.basename(cc.compile()).split(".")[0])
    assert m.get(view, 3) == 4.0
    assert m.get(view, -1) == 3.0  # negative indices still count from the end


def test_boundscheck_runtime_attribute_overrides_the_source(tmp_path):
    view = memoryview(__import__("array").array("d", [1.0, 2.0, 3.0, 4.0]))[:3]
    cc = source_module(tmp_path, "bcw_src", GET.format(name="bcwmod", literal="False")).cc
    cc.boundscheck = True
    m = load(tmp_path, os.path.basename(cc.compile()).split(".")[0])
    with pytest.raises(IndexError, match="index 3 is out of bounds"):
        m.get(view, 3)


def test_numba_script_with_only_the_import_line_changed(tmp_path, py):
    text = (ROOT / "examples" / "my_module.py").read_text()
    assert "from numba.pycc import CC" in text
    write(tmp_path / "script.py", text.replace("from numba.pycc import CC", "from pycc import CC"))
    run([py, "script.py"], cwd=tmp_path)
    out = run([py, "-c", "import my_module as m; print(m.multf(3.0, 4.0), m.multi(3, 4), m.square(2.0))"], cwd=tmp_path)
    assert out.stdout.split() == ["12.0", "12", "4.0"]


def test_numba_type_objects_and_legacy_exports(tmp_path, py):
    # numba's own names, read statically by `python -m pycc compile`.
    write(tmp_path / "legacy.py", """
        from numba.pycc import CC, export, exportmany
        from numba import float64, int32
        import numba as nb

        @exportmany(['multf f8(f8, f8)', 'multi i4(i4, i4)'])
        def mult(a, b):
            return a * b

        cc = CC('typed')

        @cc.export('add', float64(float64, float64))
        @cc.export('addi', nb.types.int32(int32, int32))
        @cc.export('addt', (float64, float64))
        def add(a, b):
            return a + b
    """)
    run([py, "-m", "pycc", "compile", "legacy.py"], cwd=tmp_path)
    out = run([py, "-c", "import legacy, typed; print(legacy.multf(2.0, 3.5), legacy.multi(3, 4), typed.add(1.5, 2.0), typed.addi(2**31 - 1, 1), typed.addt(1.0, 2.0))"], cwd=tmp_path)
    assert out.stdout.split() == ["7.0", "12", "3.5", "-2147483648", "3.0"]


def test_legacy_exports_from_numba_share_a_cc_of_the_files_name(tmp_path, py):
    # numba's first API (`from numba import export, exportmany`), next to a
    # CC named as the file: one module holds both (a module per name).
    write(tmp_path / "shared.py", """
        from numba import export, exportmany
        from numba.pycc import CC

        cc = CC('shared')

        @cc.export('square', 'i8(i8)')
        def square(u):
            return u * u

        def mult(a, b):
            return a * b

        exportmany(['multf f4(f4,f4)', 'multi i4(i4,i4)'])(mult)
        export('mult f8(f8, f8)')(mult)
    """)
    run([py, "-m", "pycc", "compile", "shared.py"], cwd=tmp_path)
    out = run([py, "-c", "import shared as m; print(m.square(5), m.mult(2.5, 3.0), m.multi(3, 4), m.multf(1.5, 2.0))"],
              cwd=tmp_path)
    assert out.stdout.split() == ["25", "7.5", "12", "3.0"]


def test_console_scripts(tmp_path, py):
    bindir = os.path.dirname(py)
    write(tmp_path / "seedcli.py", SEED.format(name="climod"))
    run([os.path.join(bindir, "pycc"), "compile", "seedcli.py", "-o", "built"], cwd=tmp_path)
    assert (tmp_path / "built" / ("climod" + EXT)).exists()
    bad = run([os.path.join(bindir, "pycc"), "compile", "missing.py"], cwd=tmp_path, check=False)
    assert bad.returncode == 1 and "cannot read missing.py" in bad.stderr
    ir = "func.func @f(%a: f64) -> f64 {\n  %0 = arith.addf %a, %a : f64\n  return %0 : f64\n}\n"
    write(tmp_path / "in.mlir", ir)
    out = run([os.path.join(bindir, "pycc-opt"), "in.mlir", "--canonicalize"], cwd=tmp_path)
    assert "arith.addf" in out.stdout
    assert run([py, "-m", "pycc", "--help"]).stdout.startswith("Ahead-of-time compiler")


FASTMATH = """
    from pycc import CC

    cc = CC('{name}')
    cc.fastmath = {literal}

    @cc.export('plus_zero', 'f8(f8)')
    def plus_zero(x):
        return x + 0.0
"""


def test_fastmath_literal_attribute_and_flag_sets(tmp_path):
    import math

    # Exact: -0.0 + 0.0 is +0.0. fastmath (nsz, py-egg's `x + 0.0 -> x`): -0.0.
    cc = source_module(tmp_path, "fm_src", FASTMATH.format(name="fmmod", literal="True")).cc
    assert cc.fastmath is True
    m = load(tmp_path, os.path.basename(cc.compile()).split(".")[0])
    assert math.copysign(1.0, m.plus_zero(-0.0)) == -1.0
    # The run-time attribute overrides the literal, as for boundscheck.
    cc = source_module(tmp_path, "fmoff_src", FASTMATH.format(name="fmoff", literal="True")).cc
    cc.fastmath = False
    m = load(tmp_path, os.path.basename(cc.compile()).split(".")[0])
    assert math.copysign(1.0, m.plus_zero(-0.0)) == 1.0
    cc.fastmath = {"reassoc", "contract"}
    assert cc.fastmath == {"reassoc", "contract"}
    with pytest.raises(ValueError, match="unknown fastmath flags"):
        cc.fastmath = {"reassoc", "fastest"}
    with pytest.raises(TypeError):
        cc.fastmath = "fast"
    ext = cc.distutils_extension(fastmath={"nsz"})
    assert cc.fastmath == {"nsz"} and ext.name.endswith("fmoff")
