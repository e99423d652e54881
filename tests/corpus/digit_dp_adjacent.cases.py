# ABC242 C: N-digit numbers of 1..9 whose adjacent digits differ by at most 1 (printed).
CASES = {
    "solve": [(4,), (1,), (40,)],
}
