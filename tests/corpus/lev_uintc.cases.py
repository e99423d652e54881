CASES = {'edit_distance': [('kitten', 'sitting'), ('', 'abc'), ('flaw', 'lawn'), ('same', 'same'), ('ünï', 'uni')]}
