"""numba.types, reduced to objects that print as numba's type names."""


class _Type:
    def __init__(self, name):
        self._name = name

    def __str__(self):
        return self._name

    __repr__ = __str__

    def __call__(self, *args):
        return _Type(f"{self._name}({', '.join(map(str, args))})")


float32 = _Type("float32")
float64 = _Type("float64")
int32 = _Type("int32")
int64 = i8 = _Type("int64")
unicode_type = _Type("unicode_type")
