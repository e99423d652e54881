# A binary min-heap kept in a reflected list: pushes and pops (the list is compared afterwards).
CASES = {
    "heappush": [lambda: ([1, 3, 2, 7, 4], 0), lambda: ([], 5), lambda: ([2, 5], 9)],
    "heappop": [lambda: ([1, 3, 2, 7, 4],), lambda: ([8],), lambda: ([],)],
}
