"""A stand-in for the few numba names numba's pycc usecase imports (type
objects and `typed`), so that the usecase runs where numba is not installed:
pycc reads the signatures from the source, and at run time `cc.export` only
needs each type object to print as its numba name."""

from . import types, typed  # noqa: F401
from .types import float32, float64, int32, int64, i8  # noqa: F401
