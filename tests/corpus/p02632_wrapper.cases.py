MOD = 10**9 + 7

# ABC171 F: strings after K insertions into a string of length N (each call builds tables of 3 * 10**6).
CASES = {
    "main": [(5, 3, MOD), (0, 1, MOD)],
}
