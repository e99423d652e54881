CASES = {
    "main": [()],
}
