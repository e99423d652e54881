"""Language-feature fuzzer: helpers, tuples, lists, while, ints."""
import random, sys
R = random.Random(0)
def iexp(v, d=0):
    if d > 2 or R.random() < 0.35:
        return R.choice(v + ['1', '2', '3', '-4', '10'])
    op = R.choice(['+', '-', '*', '//', '%', '&', '^', '|'])
    e = f'({iexp(v, d+1)} {op} {iexp(v, d+1)})'
    if op in ('//', '%'):
        e = f'({iexp(v, d+1)} {op} ({R.choice(["3", "7", "-5"])}))'
    return e
def fexp(v, fv, d=0):
    if d > 2 or R.random() < 0.35:
        return R.choice(fv + ['0.5', '2.0', '-1.25'] + [f'float({x})' for x in v[:2]])
    op = R.choice(['+', '-', '*', '/'])
    if op == '/':
        return f'({fexp(v, fv, d+1)} / (1.0 + abs({fexp(v, fv, d+1)})))'
    return f'({fexp(v, fv, d+1)} {op} {fexp(v, fv, d+1)})'
HELPERS = [
 ('def h_pair(a, b):\n    return a + b, a * b\n', 'h_pair'),
 ('def h_clip(x, lo, hi):\n    if x < lo:\n        return lo\n    if x > hi:\n        return hi\n    return x\n', 'h_clip'),
 ('def h_gcd(a, b):\n    a = abs(a)\n    b = abs(b)\n    while b:\n        a, b = b, a % b\n    return a\n', 'h_gcd'),
 ('def h_fact(n):\n    if n <= 1:\n        return 1\n    return n * h_fact(n - 1)\n', 'h_fact'),
 ('def h_fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n', 'h_fib'),
 ('def h_stats(a, b):\n    lo, hi = min(a, b), max(a, b)\n    return lo, hi, h_pair(lo, hi)[0]\n', 'h_stats'),
 ('def h_walk(n, acc, step):\n    if n <= 0:\n        return acc\n    return h_walk(n - step, acc + n * step, step)\n', 'h_walk'),
]


def extra(v):
    """Lists of floats built then sorted, reversed, popped, searched; reversed and negative-step
    ranges; dict setdefault/items; a tuple-returning helper calling another; recursion with
    several parameters (drawn in some functions only, so a module's code generation partitions differ)."""
    L = ['    fl = []']
    L.append(f'    for i in range({R.choice(["n % 9", "abs(k) % 7", "(n + k) % 6"])}):')
    L.append(f'        fl.append({R.choice(["x * i - k", "float(i) / (1.0 + abs(x))", "x - i * 0.5", "float(k % (i + 2))"])})')
    L.append(f'    fl.{R.choice(["sort()", "reverse()", "sort(reverse=True)"])}')
    L.append('    fs = 0.0')
    L.append(f'    if len(fl) > {R.choice(["1", "2", "3"])}:')
    L.append(f'        fs += fl.pop({R.choice(["1", "0", "-2", ""])})')
    L.append(f'        fl.insert({R.choice(["0", "1", "-1", "len(fl)"])}, {R.choice(["2.5", "x", "-0.0"])})')
    L.append(f'    if {R.choice(["2.5", "x", "0.0"])} in fl:')
    L.append(f'        fs += fl.index({R.choice(["2.5", "x", "0.0"])}) if {R.choice(["2.5", "x", "0.0"])} in fl else 0')
    L.append(f'    fs += fl.count({R.choice(["x", "0.0", "-0.0"])})')
    L.append('    if fl:')
    L.append(f'        fs += min(fl) * {R.choice(["0.5", "2.0"])} + max(fl) - sum(fl)')
    L.append(f'    sl = {R.choice(["fl[1:]", "fl[::-1]", "fl[:2]", "sorted(fl)", "fl[::2]"])}')
    # builtins and math.prod over stepped slices of a list (no list variable in between)
    L.append(f'    fs += {R.choice(["max(fl[::2])", "min(fl[1::2])", "sum(fl[::-2])", "max(fl[::-3])", "math.prod(fl[::2])", "math.prod(fl, start=x)"])} if len(fl) > 1 else 0.0')
    L.append('    fs += sl[-1] if sl else 0.5')
    # a slice or a list method inside a conditional arm of a larger expression
    L.append(f'    fs = fs * 0.5 + ({R.choice(["sum(fl[1:k % 4])", "fl.pop()", "max(fl[1:])", "fl.count(x) * 1.0"])} if {R.choice(["fl", "len(fl) > 2", "k % 2 == 0 and fl"])} else {R.choice(["fl.index(2.5) if 2.5 in fl else -1.0", "0.5", "float(len(fl[1:]))"])})')
    L.append(f'    for i in {R.choice(["reversed(range(n % 5))", "range(k % 7, -3, -2)", "range(10, n % 4, -3)", "reversed(range(1, abs(k) % 6, 2))"])}:')
    L.append(f'        fs -= {R.choice(["i", "i * x", "fl[i % len(fl)] if fl else 1.0"])}')
    L.append('    dd = {}')
    L.append(f'    for i in range(abs({R.choice(["n", "k"])}) % 7):')
    L.append(f'        dd.setdefault(i % {R.choice(["2", "3"])}, {R.choice(["0", "k", "-1"])})')
    L.append(f'        dd[i % 3] = dd.get(i % 3, 1) + {iexp(["i", "k"])}')
    L.append('    for kk, vv in dd.items():')
    L.append(f'        fs += kk * vv {R.choice(["% 13", "// 3", "- 1"])}')
    L.append(f'    lo, hi, sm = h_stats({iexp(v)}, {iexp(v)})')
    L.append(f'    fs += lo - hi + sm % 17')
    if R.random() < 0.5:
        L.append(f'    fs += h_walk(abs({R.choice(["n", "k"])}) % 25, {R.choice(["0", "k % 3"])}, 1 + abs({R.choice(["n", "k"])}) % 3)')
    L.append(f'    x = x + fs * {R.choice(["0.25", "1.0", "-0.5"])}')
    return L
def extra2(v):
    """while with continue/else, nested tuple unpacking of a helper's result, round(x, n), bool arithmetic,
    int divmod, chained comparisons; ints into `total`, floats into `x` (both reach the result)."""
    L = ['    w2 = 0', '    acc2 = 0']
    L.append(f'    while w2 < abs({R.choice(["n", "k"])}) % 9:')
    L.append('        w2 += 1')
    L.append(f'        if w2 % {R.choice(["2", "3"])} == 0:')
    L.append('            continue')
    L.append(f'        if acc2 > {iexp(["k", "w2"])}:')
    L.append('            break')
    L.append(f'        acc2 += {iexp(["w2", "k"])}')
    L.append('    else:')
    L.append('        acc2 -= 7')
    L.append(f'    (s1, p1), z1 = h_pair({iexp(v)}, {iexp(v)}), {fexp(v, ["x"])}')
    L.append(f'    total += acc2 + s1 - p1 % 23 + (n > k) + (x < 0.5) * 2 - (k == n) * (n < 0)')
    L.append(f'    total += divmod({iexp(v)}, {R.choice(["(k or 1)", "-3", "(n % 4 - 2 or 5)"])})[{R.choice(["0", "1"])}]')
    L.append(f'    total += round({fexp(v, ["x", "z1"])})' if R.random() < 0.5 else f'    total += 1 if {iexp(v)} < {iexp(v)} <= {iexp(v)} else 0')
    L.append(f'    x = x + round({fexp(v, ["x", "z1"])}, {R.choice(["0", "1", "2", "-1", "(k % 3)"])}) + (z1 > x) * 0.5')
    return L


def body(i):
    v = ['n', 'k']; fv = ['x']
    L = []
    r = R.random()
    L.append(f'    lst = []')
    L.append(f'    for i in range(n % 11):')
    L.append(f'        lst.append({iexp(["i", "k"])})')
    L.append(f'    total = 0')
    L.append(f'    for e in lst:')
    L.append(f'        if e {R.choice(["<", ">", "!=", "=="])} {iexp(["k"])}:')
    L.append(f'            total += e')
    L.append(f'        else:')
    L.append(f'            total -= {R.choice(["1", "e // 2", "k"])}')
    L.append(f'    p, q = h_pair({iexp(v)}, {iexp(v)})')
    L.append(f'    g = h_gcd(p, q + 1)')
    L.append(f'    c = h_clip({fexp(v, fv)}, -1.0, 1.0)')
    L.append(f'    f = h_fib(abs(k) % 30) + h_fact(abs(n) % 15)')
    L.append(f'    t = (p, {fexp(v, fv)}, {iexp(v)})')
    L.append(f'    a, b, cc = t')
    L.append(f'    m = max(lst) if len(lst) > 0 else 0')
    L.append('    s2 = sum(lst) + len(lst)')
    L.append(f'    srt = lst[::-1]' if R.random() < 0.5 else '    srt = lst')
    L.append(f'    med = srt[len(srt) // 2] if len(srt) > 0 else -1')
    L.append('    for j, e in enumerate(lst):')
    L.append(f'        if j % 2 == 0 and e > {iexp(["k"])} or not e:')
    L.append('            total += j * e')
    L.append('    for e, e2 in zip(lst, srt[1:]):')
    L.append(f'        total += {R.choice(["e * e2", "e // (e2 or 1)", "max(e, e2) % 7"])}')
    L.append(f'    pw = {R.choice(["n", "k", "-3", "(k % 5)"])} ** (abs({R.choice(["n", "k"])}) % {R.choice(["3", "5"])})')
    L.append(f'    q = ({iexp(["n", "k"])}) // {R.choice(["-3", "(k % 7 - 3 or 1)", "-7"])} + ({iexp(["n"])}) % {R.choice(["-4", "5", "(n % 3 - 2 or -1)"])}')
    L.append(f'    mm = {R.choice(["max", "min"])}(n, x) + {R.choice(["max", "min"])}(k, 0.5) + abs(x - n)')
    # sets, typed-dict style dicts, try/except, for-else and a list's truth
    L.append('    st = set()')
    L.append('    d = {}')
    L.append(f'    for i in range(abs(n) % 9):')
    L.append(f'        st.add({iexp(["i", "k"])} % 5)')
    L.append(f'        d[i % 4] = d.get(i % 4, 0) + {iexp(["i", "k"])}')
    L.append(f'    total += len(st) + (7 if {R.choice(["3", "k % 5", "0"])} in st else 0) + (d[1] if 1 in d else -1)')
    L.append('    for key in d:')
    L.append(f'        total += key * d[key] % 11')
    L.append(f'    total += (lst[-1] if lst else -2) + (1 if not st else 0)')
    L.append('    try:')
    L.append(f'        total += {iexp(["n", "k"])} // ({R.choice(["k", "n % 3", "k - n"])})')
    L.append('    except ZeroDivisionError:')
    L.append('        total -= 3')
    L.append('    try:')
    L.append(f'        total += lst[{R.choice(["k % 13", "n", "-1", "k"])}]')
    L.append('    except IndexError:')
    L.append('        total += 5')
    L.append(f'    for i in range(abs(k) % 6):')
    L.append(f'        if i * i > {iexp(["n"])}:')
    L.append('            break')
    L.append('    else:')
    L.append('        total += 100')
    L.append(f'    w = 0')
    L.append(f'    while w < 5 and ({iexp(["w", "n"])} != 3 or w % 2 == 0) and not (q < w < pw):')
    L.append(f'        w += 1')
    if R.random() < 0.5:
        L += extra(v)
    if R.random() < 0.5:
        L += extra2(v)
    L.append(f'    return {R.choice(["total + g + f + m + s2 + med + w + a + cc + pw % 97 + q", "(total, c + b + mm, g + q)", "float(total) * c + b + mm + x"])}')
    return L
def program(nf):
    out = ['import math', 'from numba.pycc import CC', "cc = CC('fz_language')", '']
    for h, _ in HELPERS: out.append(h)
    for i in range(nf):
        b = body(i)
        ret = b[-1]
        sig = 'i8(i8, i8, f8)' if 'g + f' in ret else ('Tuple((i8, f8, i8))(i8, i8, f8)' if ret.strip().startswith('return (') else 'f8(i8, i8, f8)')
        out += [f"@cc.export('f{i}', '{sig}')", f'def f{i}(n, k, x):'] + b + ['']
    return '\n'.join(out) + '\n'
