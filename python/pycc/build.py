"""`CC.distutils_extension()`: a setuptools Extension that build_ext compiles
with pycc instead of a C compiler.

build_ext is patched once, on the class (not by swapping the class in its
module as numba does), so it works whichever build_ext setuptools, pip or
`python -m build` instantiates, and whatever was imported first."""

import os

from setuptools import Extension
from setuptools.command.build_ext import build_ext as _build_ext


class PyccExtension(Extension):
    """An extension module compiled from Python source by pycc."""

    def __init__(self, name, cc, **kwargs):
        kwargs.setdefault("sources", [])
        depends = list(kwargs.pop("depends", []))
        if cc._source_path:
            depends.append(cc._source_path)
        super().__init__(name, depends=depends, **kwargs)
        self._cc = cc


def _patch(cls):
    if getattr(cls, "_pycc_patched", False):
        return
    original = cls.build_extension

    def build_extension(self, ext):
        if not isinstance(ext, PyccExtension):
            return original(self, ext)
        # The path build_ext would link to: build/lib*/pkg/sub/name.so, or the
        # package's source directory with --inplace.
        path = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(path) or os.curdir, exist_ok=True)
        ext._cc._compile_to(os.path.dirname(path) or os.curdir, os.path.basename(path))

    cls.build_extension = build_extension
    cls._pycc_patched = True


def make_extension(cc, **kwargs):
    _patch(_build_ext)
    # The extension lives in the package of the module that defined the CC
    # (numba's rule), so `pkg.sub.source_module` builds `pkg.sub.<name>`.
    package = cc._source_module.rpartition(".")[0]
    name = f"{package}.{cc.name}" if package else cc.name
    return PyccExtension(name, cc, **kwargs)
