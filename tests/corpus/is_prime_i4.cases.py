# Trial division up to n // 2: 0, 1 and negatives count as prime (the loop is empty).
CASES = {
    "is_prime": [(2,), (3,), (4,), (97,), (91,), (7919,), (1,), (0,), (-5,), (2147483647 // 65536,)],
}
