"""numba's own `TestCC` and `TestDistutilsSupport` (numba/tests/test_pycc.py) against pycc: its usecase
module `numba_usecases/compile_with_pycc.py` is numba's, verbatim but for the
import line of `CC`, and each test makes numba's assertions. numba itself is
not needed: `numba_usecases/fake_numba` provides the type objects the usecase
imports (pycc reads the signatures from the source).

Every test of TestCC passes; a test that needs what pycc does not compile
yet would be `xfail(strict=True)`, naming the missing feature."""

import hashlib
import shutil
import importlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np  # numba's usecases use numpy; .ci/test.sh installs it
import pytest

USECASES = Path(__file__).resolve().parent / "numba_usecases"


@pytest.fixture
def usecase(tmp_path, monkeypatch):
    """numba's `compile_with_pycc`, imported fresh (as TestCC.setUp reloads it)."""
    monkeypatch.syspath_prepend(str(USECASES / "fake_numba"))
    monkeypatch.syspath_prepend(str(USECASES))
    for name in [m for m in sys.modules if m == "numba" or m.startswith("numba.")] + ["compile_with_pycc"]:
        monkeypatch.delitem(sys.modules, name, raising=False)
    return importlib.import_module("compile_with_pycc")


def compiled(cc, out_dir):
    """TestCC.check_cc_compiled: compile into out_dir and import the module."""
    cc.output_dir = str(out_dir)
    path = cc.compile()
    assert os.path.dirname(path) == str(out_dir)
    spec = importlib.util.spec_from_file_location(cc.name, path)
    lib = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lib)
    return lib


def test_cc_properties(usecase):
    cc = usecase.cc
    assert cc.name == "pycc_test_simple"
    assert os.path.isdir(cc.output_dir)
    f = cc.output_file
    assert not os.path.exists(f)
    assert os.path.basename(f).startswith("pycc_test_simple.")
    assert f.endswith(".so")
    import sysconfig

    assert sysconfig.get_config_var("EXT_SUFFIX") in f


def test_compile(usecase, tmp_path):
    lib = compiled(usecase.cc, tmp_path)
    assert lib.multi(123, 321) == 123 * 321
    res = lib.multf(987, 321)
    assert res == 987.0 * 321.0 and type(res) is float
    res = lib.square(5)
    assert res == 25 and type(res) is int
    assert lib.get_none() is None
    with pytest.raises(ZeroDivisionError):
        lib.div(1, 0)


@pytest.mark.parametrize("cpu", ["host", "x86-64-v2"])
def test_compile_for_cpu(usecase, tmp_path, cpu):
    """numba names the host CPU through llvmlite; a named CPU stands in for it."""
    cc = usecase.cc
    cc.target_cpu = cpu
    lib = compiled(cc, tmp_path)
    assert lib.multi(123, 321) == 123 * 321
    assert lib.multi.__module__ == "pycc_test_simple"


def test_compile_helperlib(usecase, tmp_path):
    lib = compiled(usecase.cc_helperlib, tmp_path)
    assert lib.power(2, 7) == 128
    for val in (-1, -1 + 0j, np.complex128(-1)):
        assert lib.sqrt(val) == 1j
    for val in (4, 4.0, np.float64(4)):
        assert lib.np_sqrt(val) == 2.0
    assert lib.spacing(1.0) == 2**-52
    assert lib.random(-1) != lib.random(-1)
    assert lib.random(42) == np.random.RandomState(42).random_sample()
    assert lib.size(np.float64([0] * 3)) == 3


def test_compile_nrt(usecase, tmp_path):
    lib = compiled(usecase.cc_nrt, tmp_path)
    assert lib.zero_scalar(1) == 0.0
    assert list(lib.zeros(3)) == [0, 0, 0]
    assert lib.vector_dot(4) == 30.0
    val = np.float64([2.0, 5.0, 1.0, 3.0, 4.0])
    assert (lib.np_argsort(val) == np.argsort(val)).all()


def test_hashing(usecase, tmp_path):
    lib = compiled(usecase.cc_nrt, tmp_path)
    assert lib.hash_literal_str_A() == hash("A")
    assert lib.hash_str("A") == hash("A")
    # check_cc_compiled_in_subprocess: another process salts str hashes
    # differently, and the compiled module follows it.
    code = (
        "import importlib.util, sys\n"
        "spec = importlib.util.spec_from_file_location('pycc_test_nrt', sys.argv[1])\n"
        "lib = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(lib)\n"
        "assert lib.hash_literal_str_A() == hash('A')\n"
        "assert lib.hash_str('xyz') == hash('xyz')\n"
    )
    subprocess.run([sys.executable, "-c", code, lib.__file__], check=True)


def test_str_arguments(usecase, tmp_path):
    """numba's issue #6386 usecase (a str-keyed dict made in the body), and
    a non-str argument's TypeError, which names the parameter."""
    lib = compiled(usecase.cc_nrt, tmp_path)
    assert lib.internal_str_dict("key") == 1
    with pytest.raises(TypeError, match="argument 'x' must be str, not int"):
        lib.hash_str(1)


def test_c_extension_usecase(usecase, tmp_path):
    lib = compiled(usecase.cc_nrt, tmp_path)
    arr = np.arange(128, dtype=np.intp)
    assert (lib.dict_usecase(arr) == arr * arr).all()


def test_dynamic_exc(usecase, tmp_path):
    """numba words the error its own way; pycc raises numpy's ValueError, as
    the same assignment in CPython does (pycc follows numpy's semantics)."""
    lib = compiled(usecase.cc_dynexc, tmp_path)
    b = np.ones((2, 2))
    for f in (lib.do_setitem1, lib.do_setitem2):
        a = np.zeros((2, 2))
        f(a, b)
        assert (a == b).all()
    for f, a, b in ((lib.do_setitem1, np.zeros((2, 2)), np.ones((2, 3))), (lib.do_setitem2, np.zeros((4, 6)), np.ones((4, 5)))):
        with pytest.raises(ValueError) as raised:
            f(a, b)
        with pytest.raises(ValueError) as expected:
            a[:, :] = b
        assert str(raised.value) == str(expected.value)


@pytest.mark.parametrize("cc", ["cc", "cc_dynexc"])
def test_reproducible_build(usecase, tmp_path, cc):
    """Two fresh processes compiling the same CC write the same bytes."""
    script = (
        "import sys\n"
        f"sys.path[:0] = [{str(USECASES / 'fake_numba')!r}, {str(USECASES)!r}]\n"
        "import compile_with_pycc\n"
        f"cc = compile_with_pycc.{cc}\n"
        "cc.output_dir = sys.argv[1]\n"
        "cc.compile()\n"
    )
    digests = []
    for k in range(2):
        out = tmp_path / f"build{k}"
        out.mkdir()
        subprocess.run([sys.executable, "-c", script, str(out)], check=True)
        digests.append(hashlib.md5((out / getattr(usecase, cc).output_file).read_bytes()).hexdigest())
    assert digests[0] == digests[1]


@pytest.mark.parametrize(
    "setup_py, package",
    [
        ("setup_distutils.py", ""),
        ("setup_distutils_nested.py", "nested."),
        ("setup_setuptools.py", ""),
        ("setup_setuptools_nested.py", "nested."),
    ],
)
def test_distutils_support(tmp_path, setup_py, package):
    """TestDistutilsSupport: `python setup.py build_ext --inplace` on numba's
    usecase project, then the built module imported in a fresh process."""
    work = tmp_path / "work"
    shutil.copytree(USECASES / "pycc_distutils_usecase", work)
    run = lambda args: subprocess.run([sys.executable, *args], cwd=work, capture_output=True, text=True)
    built = run([setup_py, "build_ext", "--inplace"])
    assert built.returncode == 0, built.stdout + built.stderr
    code = (
        f"import {package}pycc_compiled_module as lib\n"
        "assert lib.get_const() == 42\n"
        "assert list(lib.ones(3)) == [1.0, 1.0, 1.0]\n"
    )
    checked = run(["-c", code])
    assert checked.returncode == 0, checked.stdout + checked.stderr
