"""pycc: an ahead-of-time compiler for numeric Python, a drop-in numba.pycc.

    from pycc import CC          # instead of: from numba.pycc import CC
    cc = CC('my_module')

    @cc.export('square', 'f8(f8)')
    def square(a):
        return a ** 2

    if __name__ == '__main__':
        cc.compile()

Importing pycc loads only this pure-Python package; the compiler itself
(`pycc._native`, MLIR and LLVM inside) loads on the first compile.
"""

from .cc import CC, export, exportmany

__all__ = ["CC", "CompileError", "export", "exportmany"]
__version__ = "0.1.0"


def __getattr__(name):
    # CompileError lives in the native module; loading it only on demand
    # keeps `import pycc` cheap.
    if name == "CompileError":
        from ._native import CompileError

        return CompileError
    raise AttributeError(f"module 'pycc' has no attribute {name!r}")
