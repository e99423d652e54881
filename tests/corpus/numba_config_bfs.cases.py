# ABC160 D's samples: pairs at each distance on a line with one extra edge.
CASES = {
    "solve": [(5, 2, 4), (3, 1, 3), (7, 3, 7)],
}
