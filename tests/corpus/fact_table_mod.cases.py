MOD = 10**9 + 7

# ABC172 E (NEQ): N, M and the modulus the file passes.
CASES = {
    "fact_table": [(2, MOD), (6, MOD), (5, 7)],
    "main": [(2, 2, MOD), (2, 3, MOD), (141421, 356237, MOD)],
}
