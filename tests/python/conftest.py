"""pytest suite for the Python package (issue 7): run by `.ci/test.sh` with a
venv's python into which `pip install .` put pycc."""

import os
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(args, cwd=None, env=None, check=True):
    """Runs a command; on failure the assertion shows its whole output."""
    full_env = dict(os.environ, **(env or {}))
    p = subprocess.run([str(a) for a in args], cwd=cwd, env=full_env, capture_output=True, text=True)
    if check and p.returncode != 0:
        raise AssertionError(f"{args} failed with {p.returncode}\n--- stdout\n{p.stdout}\n--- stderr\n{p.stderr}")
    return p


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip())
    return path


@pytest.fixture(scope="session")
def clean_venv(tmp_path_factory):
    """A fresh venv without pycc, where built wheels must install and import."""
    where = tmp_path_factory.mktemp("clean-venv")
    venv.create(where, with_pip=True)
    python = where / "bin" / "python"
    assert run([python, "-c", "import importlib.util as u; print(u.find_spec('pycc'))"]).stdout.strip() == "None"
    return python


@pytest.fixture
def py():
    return sys.executable
