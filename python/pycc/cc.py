"""numba.pycc's `CC` API. Exports are recorded here at run time, as numba
does, but the compiler reads them from the defining module's source: the
body of an exported function is compiled from its text, never traced."""

import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES

# The first extension suffix is sysconfig's EXT_SUFFIX, without importing sysconfig.
_EXT_SUFFIX = EXTENSION_SUFFIXES[0]
_OVERFLOW_MODES = ("wrap", "raise")


def _signature_text(sig):
    """The signature as numba writes it: a string stays as it is; numba type
    objects (`i8(i8)`, a tuple of argument types) print as their names."""
    if isinstance(sig, str):
        return sig
    if isinstance(sig, tuple):
        return "(" + ", ".join(str(t) for t in sig) + ")"
    return str(sig)


class CC:
    """An ahead-of-time compiler for the functions of one extension module.

    The same constructor, attributes and methods as `numba.pycc.CC`."""

    def __init__(self, extension_name, source_module=None):
        if not isinstance(extension_name, str) or "." in extension_name:
            raise ValueError("basename should be a simple module name, not qualified name")
        if not extension_name.isidentifier():
            raise ValueError(f"extension name {extension_name!r} is not a Python identifier")
        self._basename = extension_name
        if source_module is None:
            namespace = sys._getframe(1).f_globals
            module_name = namespace["__name__"]
        elif hasattr(source_module, "__name__"):
            namespace = source_module.__dict__
            module_name = source_module.__name__
        else:
            namespace = sys.modules[source_module].__dict__
            module_name = source_module
        self._source_module = module_name
        self._source_path = namespace.get("__file__") or ""
        # numba's defaults: beside the defining module, named name + EXT_SUFFIX.
        self._output_dir = os.path.dirname(self._source_path)
        self._output_file = extension_name + _EXT_SUFFIX
        self._target_cpu = ""
        self._verbose = False
        self._use_nrt = True
        self._boundscheck = True
        self._fastmath = False
        self._overflow = "wrap"
        self._exported_functions = {}

    def __repr__(self):
        return f"<pycc.CC {self._basename!r} from {self._source_module!r}, exports {sorted(self._exported_functions)}>"

    @property
    def name(self):
        """The name of the extension module."""
        return self._basename

    @property
    def output_dir(self):
        """The directory the module is written to (default: the defining module's)."""
        return self._output_dir

    @output_dir.setter
    def output_dir(self, value):
        self._output_dir = os.fspath(value)

    @property
    def output_file(self):
        """The module's file name (default: name + EXT_SUFFIX)."""
        return self._output_file

    @output_file.setter
    def output_file(self, value):
        self._output_file = os.fspath(value)

    @property
    def target_cpu(self):
        """'' for generic x86-64 (portable), 'host', or an LLVM CPU name."""
        return self._target_cpu

    @target_cpu.setter
    def target_cpu(self, value):
        self._target_cpu = str(value or "")

    @property
    def verbose(self):
        return self._verbose

    @verbose.setter
    def verbose(self, value):
        self._verbose = bool(value)

    @property
    def use_nrt(self):
        """Accepted for numba compatibility; pycc modules need no runtime library."""
        return self._use_nrt

    @use_nrt.setter
    def use_nrt(self, value):
        self._use_nrt = bool(value)

    @property
    def boundscheck(self):
        """Array bounds checks: True (the default) raises IndexError for an index
        out of bounds; False trusts every index (out of bounds is undefined
        behaviour, as in numba) and saves the compare."""
        return self._boundscheck

    @boundscheck.setter
    def boundscheck(self, value):
        self._boundscheck = bool(value)

    @property
    def fastmath(self):
        """numba's fastmath: False (the default), True (every flag), or a set of
        LLVM flag names ({'reassoc', 'contract', 'nsz', 'arcp', 'afn', 'nnan',
        'ninf'}). Float results may change; integer results and raised
        exceptions do not (pycc's README, "fastmath")."""
        return self._fastmath

    @fastmath.setter
    def fastmath(self, value):
        self._fastmath = _fastmath_value(value)

    @property
    def overflow(self):
        """'wrap' (numba's fixed-width integers) or 'raise' (OverflowError where
        the exact result of an integer operation does not fit its declared width)."""
        return self._overflow

    @overflow.setter
    def overflow(self, value):
        if value not in _OVERFLOW_MODES:
            raise ValueError(f"overflow must be one of {_OVERFLOW_MODES}, not {value!r}")
        self._overflow = value

    def export(self, exported_name, sig):
        """Mark a function for export under `exported_name` with signature `sig`;
        returns the function unchanged, so the module still runs as Python."""
        if exported_name in self._exported_functions:
            raise KeyError(f"duplicated export symbol {exported_name}")
        text = _signature_text(sig)

        def decorator(func):
            self._exported_functions[exported_name] = (text, func)
            return func

        return decorator

    def compile(self):
        """Compile the extension module into output_dir/output_file; returns its path."""
        return self._compile_to(self._output_dir or os.curdir, self._output_file)

    def _compile_to(self, output_dir, output_file):
        if not self._source_path or not os.path.exists(self._source_path):
            raise RuntimeError(
                f"pycc reads the source of {self._source_module!r} to compile it, but the module has no source file"
                " (define the CC in a .py file, not interactively)"
            )
        from ._native import compile as native_compile

        written = native_compile(
            self._source_path,
            module=self._basename,
            output_dir=output_dir,
            output_file=output_file,
            target_cpu=self._target_cpu or None,
            # The run-time attribute is the truth: it overrides a literal in the source.
            overflow=self._overflow,
            boundscheck=self._boundscheck,
            fastmath=_fastmath_arg(self._fastmath),
            python=sys.executable,
            exports=sorted(self._exported_functions),
            verbose=self._verbose,
        )
        return os.fspath(written[0])

    def distutils_extension(self, fastmath=None, **kwargs):
        """A setuptools Extension whose build_ext step compiles this module with
        pycc; its name is qualified by the defining module's package.
        `fastmath=` sets `self.fastmath` first (True, False or a flag set)."""
        from .build import make_extension

        if fastmath is not None:
            self.fastmath = fastmath
        return make_extension(self, **kwargs)


_FASTMATH_FLAGS = frozenset({"fast", "reassoc", "nnan", "ninf", "nsz", "arcp", "contract", "afn"})


def _fastmath_value(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise TypeError(f"fastmath must be True, False or a set of flag names, not {value!r}")
    flags = set(value)
    unknown = flags - _FASTMATH_FLAGS
    if unknown:
        raise ValueError(f"unknown fastmath flags {sorted(unknown)} (known: {sorted(_FASTMATH_FLAGS)})")
    return flags


def _fastmath_arg(value):
    """The native compile()'s spelling: "true", "off", or the flag names
    joined by commas (the run-time attribute overrides a literal in the source)."""
    if value is True:
        return "true"
    if value is False:
        return "off"
    return ",".join(sorted(value)) if value else "off"


def _legacy_prototype(prototype):
    name, _, sig = prototype.strip().partition(" ")
    if not name.isidentifier() or not sig.strip():
        raise ValueError(f"expected 'name signature', such as 'mult f8(f8, f8)', got {prototype!r}")
    return name, sig.strip()


def export(prototype):
    """numba.pycc's legacy `@export('name sig')`, read by `pycc compile` (the
    module is named after the file); returns the function unchanged."""
    _legacy_prototype(prototype)
    return lambda func: func


def exportmany(prototypes):
    """numba.pycc's legacy `@exportmany(['name sig', ...])`."""
    for p in prototypes:
        _legacy_prototype(p)
    return lambda func: func
