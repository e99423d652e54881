# Shallow and steep lines in all four directions, a single point, a horizontal and a vertical line
CASES = {
    "make_line": [(0, 0, 7, 3), (7, 3, 0, 0), (0, 0, 2, 9), (2, 9, 0, 0), (-3, 4, 5, -2), (4, 4, 4, 4), (0, 5, 6, 5),
                  (1, -4, 1, 3)],
}
