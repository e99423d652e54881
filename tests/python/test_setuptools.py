"""`cc.distutils_extension()` in setup.py: in place, as a wheel (pip and
`python -m build`), flat and nested `src/` layouts; the wheel installs and
runs in a clean venv without pycc."""

import shutil
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

from conftest import run, write

EXT = EXTENSION_SUFFIXES[0]

KERNELS = """
    from pycc import CC

    cc = CC('{name}')

    @cc.export('hypot2', 'f8(f8, f8)')
    def hypot2(x, y):
        return x * x + y * y

    @cc.export('fib', 'i8(i8)')
    def fib(n):
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a
"""

CHECK = "print({mod}.hypot2(3.0, 4.0), {mod}.fib(90))"
EXPECTED = ["25.0", "2880067194370816120"]


def flat_project(root):
    write(root / "source_module.py", KERNELS.format(name="flatmod"))
    write(root / "setup.py", """
        from setuptools import setup
        from source_module import cc

        setup(name='flatproj', version='1.0', py_modules=['source_module'],
              ext_modules=[cc.distutils_extension()])
    """)
    return "import flatmod; " + CHECK.format(mod="flatmod")


def nested_project(root):
    write(root / "src" / "pkg" / "__init__.py", "")
    write(root / "src" / "pkg" / "sub" / "__init__.py", "")
    write(root / "src" / "pkg" / "sub" / "source_module.py", KERNELS.format(name="fastmod"))
    write(root / "setup.py", """
        import os, sys
        from setuptools import setup, find_packages

        sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src'))
        from pkg.sub.source_module import cc

        setup(name='nestedproj', version='1.0', package_dir={'': 'src'},
              packages=find_packages('src'), ext_modules=[cc.distutils_extension()])
    """)
    return "from pkg.sub import fastmod; " + CHECK.format(mod="fastmod")


LAYOUTS = {"flat": flat_project, "nested": nested_project}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_build_ext_inplace(tmp_path, py, layout):
    check = LAYOUTS[layout](tmp_path)
    run([py, "setup.py", "build_ext", "--inplace"], cwd=tmp_path)
    where = tmp_path if layout == "flat" else tmp_path / "src"
    assert run([py, "-c", check], cwd=where).stdout.split() == EXPECTED


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("frontend", ["pip", "build"])
def test_wheel_runs_in_a_clean_venv(tmp_path, py, clean_venv, layout, frontend):
    project = tmp_path / "project"
    check = LAYOUTS[layout](project)
    dist = tmp_path / "dist"
    # No build isolation: the build needs the pycc installed here, as any
    # setup.py that imports its build tool does.
    if frontend == "pip":
        run([py, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-w", dist, project])
    else:
        run([py, "-m", "build", "--no-isolation", "--wheel", "--outdir", dist, project])
    wheels = list(dist.glob("*.whl"))
    assert len(wheels) == 1, wheels
    run([clean_venv, "-m", "pip", "install", "--no-index", "--no-deps", "--force-reinstall", wheels[0]])
    # Run from an empty directory, so only the installed wheel can answer.
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    out = run([clean_venv, "-c", "import importlib.util as u; assert u.find_spec('pycc') is None; " + check], cwd=empty)
    assert out.stdout.split() == EXPECTED
    run([clean_venv, "-m", "pip", "uninstall", "-y", "flatproj" if layout == "flat" else "nestedproj"])


def test_build_failure_is_reported(tmp_path, py):
    write(tmp_path / "source_module.py", """
        from pycc import CC
        cc = CC('brokenmod')

        @cc.export('f', 'f8(f8)')
        def f(x):
            return "text"
    """)
    write(tmp_path / "setup.py", """
        from setuptools import setup
        from source_module import cc
        setup(name='broken', version='1.0', ext_modules=[cc.distutils_extension()])
    """)
    out = run([py, "setup.py", "build_ext", "--inplace"], cwd=tmp_path, check=False)
    assert out.returncode != 0
    assert "source_module.py:6:5" in out.stderr + out.stdout
