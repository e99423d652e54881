# Sieve of least prime factors, integer square roots, modular powers, extended gcd and CRT.
CASES = {
    "get_sieve_of_eratosthenes": [(30,), (1,)],
    "isqrt": [(0,), (1,), (15,), (16,), (10 ** 12 + 7,)],
    "pow_mod": [(3, 10, 1000000007), (2, 0, 13), (5, 123456789, 998244353)],
    "extgcd": [(240, 46), (-12, 18), (7, -3), (0, 5)],
    "CRT": [(2, 3, 3, 5), (1, 4, 3, 6), (0, 6, 3, 9), (5, 7, 5, 7)],
}
