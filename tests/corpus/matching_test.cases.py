CASES = {
    "matching_test": [(0,), (5,), (-1,)],
}
