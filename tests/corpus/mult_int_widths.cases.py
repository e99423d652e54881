# One function exported at five widths: products that overflow a narrow
# result wrap (run.py wraps CPython's int to the declared width, as numba).
CASES = {
    "multf": [(2.0, 3.5), (-0.1, 1e308), (1e200, 1e200)],
    "multi1": [(2, 3), (100, 3), (-128, -1), (127, 127)],
    "multi2": [(200, 200), (-32768, 1), (181, -181)],
    "multi4": [(65536, 65536), (-7, 123456789)],
    "multi8": [(2**62, 2), (-3037000500, 3037000500), (12345, -6789)],
    "square": [(3.0,), (-1.5,), (1e200,)],
}
