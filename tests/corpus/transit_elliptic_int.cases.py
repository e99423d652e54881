# Moduli across (0, 1), the characteristic n of ellPi negative and in (0, 1); k = 1 gives log(0)
CASES = {
    "ellK": [(0.0,), (0.3,), (0.9,), (0.999,), (1.0,)],
    "ellE": [(0.0,), (0.5,), (0.95,), (1.0,)],
    "ellPi": [(-999.0, 0.1), (-2.5, 0.5), (0.3, 0.7), (0.0, 0.0), (0.9, 0.99)],
}
