# Methods 1-3 as AquaCrop calls them; method 4 leaves `gdd` unset, which
# CPython reports as UnboundLocalError.
CASES = {
    "growing_degree_day": [(1, 30.0, 8.0, 25.0, 12.0), (1, 30.0, 8.0, 35.0, 2.0), (2, 30.0, 8.0, 35.0, 2.0),
                           (3, 30.0, 8.0, 35.0, 2.0), (3, 30.0, 8.0, 5.0, -3.0), (4, 30.0, 8.0, 25.0, 12.0)],
}
