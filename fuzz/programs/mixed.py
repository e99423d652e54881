"""Mixed-feature fuzzer, written from the README's "What works" table and
numba.pycc's documentation (not from pycc's source), as an outside author
would: each export combines helpers calling each other (recursion, default
arguments, tuple returns unpacked, `@njit` helpers, a helper raising
ValueError caught by the caller), loops with break/continue/else, nested
conditionals, int/float/bool conversions, `math`, int64 edges, lists, tuples,
dicts, sets, strs and arrays of several dtypes in one function, exceptions
from the runtime (IndexError, ZeroDivisionError, KeyError), signatures in
numba's spellings (`f8(f8[:],i8,f8)`, `Tuple((i8, f8))(i8, f8)`,
`void(f8[:], i8, f8)` mutating in place, `i8[:](i8)` returning arrays) and
argument values at the edges (empty arrays, 0, negative, nan, inf, -0.0,
int64's ends).

Documented deviations it avoids: `int()`/`round()`/`math.floor` of floats
past int64 (guarded by `abs(x) < 1e15`), a Python int out of a narrow dtype
stored into an array, int `**` a negative int. Ints that pass int64 wrap in
pycc (numba's fixed width): every intermediate that can is bound to a local,
so run.py's `wide_ints` sees it and skips the call.
"""
import random

R = random.Random(0)
SIGS = {}  # export name -> argument kinds, for `inputs`

HELPERS = '''
def h_split(v, lo=0.0, hi=1.0):
    if v != v:
        return lo, hi, 0
    if v < lo:
        return v, lo, -1
    if v > hi:
        return lo, v, 1
    return lo, hi, 0


def h_rec(m, total=0):
    if m <= 0:
        return total
    return h_rec(m - 2, total + m)


@njit
def h_check(v):
    if v < 0:
        raise ValueError("negative value")
    return v * 2


@njit(cache=True)
def h_poly(t, c0, c1=1.0, c2=0.5):
    return c0 + t * (c1 + t * c2)


def h_collatz(m):
    steps = 0
    while m != 1 and steps < 40:
        if m % 2 == 0:
            m //= 2
        else:
            m = 3 * m + 1
        steps += 1
    else:
        steps += 100
    return steps


def h_minmax(xs):
    lo = xs[0]
    hi = xs[0]
    for v in xs[1:]:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi


def h_sumsq(arr, start=0):
    s = 0.0
    for i in range(start, len(arr)):
        s += arr[i] * arr[i]
    return s


def h_even(m):
    if m == 0:
        return True
    return h_odd(m - 1)


def h_odd(m):
    if m == 0:
        return False
    return h_even(m - 1)


@njit
def h_scale(arr, f):
    out = np.empty_like(arr)
    for i in range(arr.shape[0]):
        out[i] = arr[i] * f
    return out


def h_first_neg(arr):
    for i in range(len(arr)):
        if arr[i] < 0:
            return i
    raise ValueError("no negative item")
'''

# name: (spellings, argument kinds, prologue, return lines)
TEMPLATES = {
    'f8': (['float64(float64[:], int64, float64)', 'f8(f8[:],i8,f8)', 'double(double[::1], i8, f8)'],
           ['af8', 'i8', 'f8'], ['ia = np.arange(len(a), dtype=np.int64) * (n % 5) - 3'],
           ['return acc + cnt * 0.5']),
    'i8': (['int64(int64[:], int64)', 'i8(i8[:],i8)'], ['ai8', 'i8'],
           ['x = (n % 200) * 0.25 - 7.0', 'a = ia * 0.5'],
           ['return cnt + (int(acc) if abs(acc) < 1e15 else -1)']),
    'tup': (['Tuple((i8, f8))(i8, f8)', 'Tuple((int64, float64))(int64, float64)'], ['i8', 'f8'],
            ['a = np.linspace(-1.5, 2.0, n % 6)', 'ia = np.arange(n % 7, dtype=np.int64) - 2'],
            ['return cnt, acc']),
    'void': (['void(f8[:], i8, f8)', 'void(float64[:],int64,float64)'], ['af8', 'i8', 'f8'],
             ['ia = np.arange(len(a), dtype=np.int64) - n % 3'],
             ['for i in range(len(a)):', '    a[i] = a[i] * 0.5 + acc - cnt']),
    'ai8': (['i8[:](i8)', 'int64[:](int64)'], ['i8'],
            ['x = float(n % 97) - 3.5', 'a = np.arange(n % 8) * 1.5 - 2.0',
             'ia = np.arange(n % 5, dtype=np.int64) * 3 - 4'],
            ['out = np.zeros(3 + n % 4, dtype=np.int64)', 'out[0] = cnt', 'out[1] = len(a)',
             'out[2] = int(acc) if abs(acc) < 1e15 else -7', 'return out']),
    'af8': (['f8[:](f8[:], f8)', 'float64[::1](float64[:], float64)'], ['af8', 'f8'],
            ['n = len(a) * 3 - 4', 'ia = np.arange(len(a), dtype=np.int64) * 2 - 5'],
            ['return a * acc + cnt']),
    'lst': (['i8(List(int64), i8)', 'int64(List(int64, reflected=True), int64)'], ['li8', 'i8'],
            ['x = float(len(xs)) - 2.5', 'ys = xs + [n % 3]', 'ia = np.array(ys)', 'a = ia * 0.25'],
            ['xs.append(cnt % 100)', 'if len(xs) > 1:', '    xs[0] = xs[-1] * 2 - xs.pop(1)',
             'return cnt + sum(xs)']),
    'b1': (['b1(i8, f8)', 'boolean(int64, float64)'], ['i8', 'f8'],
           ['a = np.full(n % 5, x)', 'ia = np.arange(n % 4, dtype=np.int64)'],
           ['return acc > cnt or x != x']),
}
PARAMS = {'af8': 'a', 'ai8': 'ia', 'i8': 'n', 'f8': 'x', 'li8': 'xs'}


def c(*xs):
    return R.choice(xs)


def s_list(j):
    L = f'L{j}'
    return [f'{L} = [v{j} * 0.5 for v{j} in a if v{j} {c("==", ">", "!=")} v{j}]' if R.random() < 0.5 else f'{L} = [0.5 * i for i in range(n % 6)]',
            f'{L}.append({c("x", "1.5", "float(n % 4)")})',
            f'{L}.insert({c("0", "1", "-1", "len(" + L + ")", "n % 5")}, float(n % 7))',
            f'if len({L}) > {c("1", "2", "3")}:',
            f'    acc += {L}.pop({c("", "0", "-2", "1")})',
            f'{L}.{c("sort()", "reverse()", "sort(reverse=True)")}',
            f'if {c("1.5", "0.0", "float(n % 4)")} in {L}:',
            f'    cnt += {L}.index({c("1.5", "0.0", "float(n % 4)")}) if {c("1.5", "0.0")} in {L} else 100',
            f'cnt += {L}.count({c("float(n % 4)", "0.0", "1.5")}) + len({L}[{c("1:", "::2", "::-1", ":-1", "n % 3:")}])',
            f'acc += sum({L}[{c("1:", "::2", "::-1", ":3")}])',
            f'if {L}:',
            f'    lo{j}, hi{j} = h_minmax({L})',
            f'    acc += hi{j} - lo{j}',
            f'if len({L}) > 1:',
            f'    acc += {L}[{c("-1", "0")}] * 2.0 {c("-", "+", "<")} {L}.pop({c("", "0")})',
            f'M{j} = [i * i for i in range(n % 7) if i % {c("2", "3")} != 0]',
            f'cnt += sum(M{j}) + len(M{j}) + (max(M{j}) if M{j} else -1)']


def s_dict(j):
    d = f'd{j}'
    return [f'{d} = {{}}',
            f'for i in range(n % 9):',
            f'    {d}[i % {c("3", "4")}] = {d}.get(i % {c("3", "4")}, {c("0.0", "x", "-1.5")}) + i * {c("0.5", "x")}',
            f'    {d}.setdefault(i % 5, -1.0)',
            f'if {c("2", "n % 4")} in {d}:',
            f'    del {d}[{c("2", "n % 4")}]' if R.random() < 0.5 else f'    acc += {d}.pop(2, 0.25)',
            f'acc += {d}.pop({c("1", "7")}, 0.5)',
            f'for kk, vv in {d}.items():',
            f'    cnt += kk',
            f'    acc += vv * 0.5',
            f'acc += sum({d}.values())',
            f'cnt += sum({d}.keys()) + len({d})',
            f'for kk in {d}:',
            f'    cnt += kk * 2',
            f'try:',
            f'    acc += {d}[n % {c("6", "3", "10")}]',
            f'except KeyError:',
            f'    cnt -= 1']


def s_set(j):
    s = f's{j}'
    return [f'{s} = set()',
            f'for v{j} in ia:',
            f'    {s}.add(v{j} % {c("3", "5", "7")})',
            f'{s}.discard(n % 3)',
            f'{s}.add({c("n % 4", "11", "-2")})',
            f'if {c("2", "0", "n % 5")} in {s}:',
            f'    cnt += 7',
            f'cnt += len({s}) + sum(sorted({s}))',
            f'for v{j} in sorted({s}, reverse=True):',
            f'    cnt = cnt * 3 + v{j}',
            f'    if cnt > 1000:',
            f'        break']


def s_helpers(j):
    lines = [f'p{j}, q{j}, r{j} = h_split({c("x", "acc", "x * 0.5")}{c("", ", -1.0", ", hi=2.5", ", -2.0, 3.0")})',
             f'acc += p{j} - q{j}',
             f'cnt += r{j} + h_rec(n % {c("20", "31", "7")}{c("", ", 3")})',
             f'try:',
             f'    cnt += h_check(n % 11 - {c("5", "2", "0")})',
             f'except ValueError:',
             f'    cnt -= 3',
             f'acc += h_poly({c("x", "0.5", "acc * 0.1")}, {c("1.0", "-2.0", "x")}{c("", ", 0.25", ", c2=-1.0")})',
             f'cnt += h_collatz(n % {c("27", "10", "100")})',
             f'if h_even(n % {c("9", "14")}):',
             f'    cnt += 1',
             f'acc += h_sumsq(a{c("", ", 1", ", len(a) - 1")})']
    if R.random() < 0.5:
        lines += [f'sc{j} = h_scale(a, {c("x", "2.0", "-0.5")})',
                  f'acc += np.sum(sc{j}) if len(sc{j}) > 0 else 0.0']
    if R.random() < 0.4:
        lines += ['try:', f'    cnt += h_first_neg(a)', 'except ValueError:', '    cnt += 1000']
    return lines


def s_loops(j):
    i = f'i{j}'
    return [f'{i} = 0',
            f'while {i} < n % 13:',
            f'    {i} += 1',
            f'    if {i} % {c("3", "4")} == 0:',
            f'        continue',
            f'    if acc {c(">", "<")} {c("100.0", "-50.0")}:',
            f'        break',
            f'    acc += {i} * {c("0.5", "x", "-1.25")}',
            f'else:',
            f'    cnt += 1',
            f'for q{j} in range(len(a)):',
            f'    if a[q{j}] > {c("x", "0.0", "0.5")}:',
            f'        if a[q{j}] > {c("2.0", "x * 2.0")}:',
            f'            cnt += 2',
            f'        elif a[q{j}] != a[q{j}]:',
            f'            cnt += 5',
            f'        else:',
            f'            acc -= a[q{j}]',
            f'            {c("break", "continue")}',
            f'    acc += a[q{j}] * 0.25',
            f'else:',
            f'    cnt += 10',
            f'for u{j}, w{j} in enumerate(ia):',
            f'    if w{j} {c("<", ">=")} 0:',
            f'        cnt += u{j} * w{j}',
            f'    elif u{j} > 3:',
            f'        break']


def s_conv(j):
    return [f'b{j} = bool(n % 3) and x > 0.0',
            f'cnt += int(b{j}) + int(not b{j}) * 2 + (1 if b{j} else -1)',
            f'if abs(x) < 1e15:',
            f'    cnt += int(x) + round(x) + math.floor(x) - math.ceil(x)',
            f'    acc += round(x, {c("2", "0", "-1", "3")})',
            f'acc += float(n % 100) + abs(x) * 0.25',
            f'acc += max(x, 0.5, float(cnt % 7)) - min({c("-x", "x", "acc")}, 1.0, {c("acc", "2.0")})',
            f'cnt += max(n % 9, 3, cnt % 11) - min(n % 5, -2, 4)',
            f'q{j}, r{j} = divmod(n, {c("7", "-7", "3")})',
            f'cnt += q{j} % 1000 * 3 + r{j}',
            f'fq{j}, fr{j} = divmod(x, {c("2.5", "-0.75", "3.0")})',
            f'acc += fr{j}',
            f'cnt += pow(n % 1000, {c("3", "5", "2")}, {c("97", "-13", "1000003")})',
            f'acc += pow({c("x", "1.5", "-0.5")}, 2) + float(bool(x)) + int(True) * 0.5',
            f'cnt += abs(n % 50 - 25) + int(-2.75) + round(2.5) + round(-0.5 + (n % 2))']


def s_math(j):
    return [f'try:',
            f'    acc += math.sqrt({c("x", "acc", "x - 1.0")}) + math.log({c("abs(x) + 1.0", "x", "x + 2.0")})',
            f'except ValueError:',
            f'    cnt += 1',
            f'acc += math.atan2(x, {c("1.5", "-0.0", "acc")}) + math.hypot(x, {c("3.0", "acc")})',
            f'try:',
            f'    acc += math.exp({c("x", "x * 0.01", "-x")}) * {c("0.5", "1e-300")}',
            f'except OverflowError:',
            f'    cnt += 2',
            f'acc += math.copysign({c("1.0", "2.5")}, x) + math.fabs(x) * 0.125',
            f'if math.isfinite(x):',
            f'    acc += math.sin(x) + math.cos(x) * math.tanh(x)',
            f'elif math.isnan(x):',
            f'    cnt += 3',
            f'else:',
            f'    cnt -= 3',
            f'acc += math.{c("pi", "e", "tau")} * {c("0.5", "2.0")} + math.fmod({c("x", "7.5")}, {c("2.0", "-3.0")})' if R.random() < 0.8
            else f'acc += math.gcd(n % 60, 42) + math.factorial(n % 12)']


def s_ints(j):
    w = f'w{j}'
    return [f'{w} = n * {c("3", "-7", "1000003", "2")} + {c("7", "-1", "0")}',
            f'cnt += {w} // {c("5", "-3", "7")} + {w} % {c("11", "-4", "7")}',
            f'v{j} = (n {c("<<", ">>")} {c("3", "1", "17")}) ^ (n >> {c("2", "63", "5")})',
            f'cnt += v{j} & {c("0xFFFF", "255", "-8")}',
            f'e{j} = n & -n',
            f'cnt += e{j} | {c("1", "16")}',
            f'cnt += (n % 64) * (n % 64 - 32) - (~n & 15)',
            f'if n == {c("9223372036854775807", "-9223372036854775808", "0")}:',
            f'    cnt -= 1',
            f'z{j} = cnt - n',
            f'cnt = z{j} // 2']


def s_except(j):
    return [f'try:',
            f'    cnt += ia[n % 7 - 3]',
            f'except IndexError:',
            f'    cnt -= 2',
            f'try:',
            f'    acc += x / (n % {c("4", "3", "2")})',
            f'except ZeroDivisionError:',
            f'    acc -= 1.0',
            f'try:',
            f'    lst{j} = [1, 2, 3]',
            f'    cnt += lst{j}[n % {c("5", "4", "6")}]',
            f'    cnt += {c("n % 4", "10")} // (n % 3)',
            f'except (IndexError, ZeroDivisionError):',
            f'    cnt += 17',
            f'else:',
            f'    cnt -= 17',
            f'if n % {c("17", "13", "29")} == 5:',
            f'    raise ValueError("bad n")']


def s_arrays(j):
    lines = [f'w{j} = a * {c("x", "2.0", "-0.5")} + (n % 5)',
             f'acc += np.sum(w{j}){c("", " * 0.5")}',
             f'm{j} = w{j}[w{j} > {c("0.0", "1.0")}]',
             f'cnt += len(m{j}) + int(np.sum(ia{c("", " > 0", "[::2]")}))',
             f'acc += np.max(a) if len(a) > 0 else -1.0',
             f'g{j} = np.zeros(len(a) + 2, dtype=np.{c("int32", "int64", "float32")})',
             f'for i in range(len(g{j})):',
             f'    g{j}[i] = i * (n % 100)',
             f'acc += float(g{j}.sum()) + g{j}[-1]',
             f'k{j} = np.array([x, float(n % 3), acc])',
             f'acc += float(np.dot(k{j}, k{j})) if math.isfinite(acc) else 0.0',
             f'cnt += int(np.argmax(ia)) if len(ia) > 0 else 0',
             f'h{j} = a.astype(np.float32)',
             f'acc += float(h{j}.sum())']
    if R.random() < 0.5:
        lines += [f'lst{j} = [float(v{j}) for v{j} in ia]', f'arr{j} = np.array(lst{j}) * x',
                  f'acc += arr{j}.mean() if len(lst{j}) > 0 else 0.0']
    if R.random() < 0.5:
        lines += [f'a[{c("0", "-1", "n % 3")}] {c("+=", "=", "*=")} {c("x", "1.5", "acc")}']
    return lines


def s_str(j):
    t = f't{j}'
    return [f'{t} = str(n % 1000) + "_" + str(cnt % 10)',
            f'cnt += len({t}) + {t}.count("1") + {t}.find("_")',
            f'if {t}.startswith("{c("1", "-", "0")}"):',
            f'    cnt += 1',
            f'u{j} = f"{{n % 50}}:{{x:.3f}}"',
            f'cnt += len(u{j}) + (5 if "nan" in u{j} else 0)',
            f'cnt += int({t}.split("_")[0]) if {t}[0].isdigit() else 0',
            f'cnt += int({t}[:{c("1", "2")}]) if {t}[1] != "_" else -1']


def s_tuple(j):
    return [f't{j} = (n % 10, x, n % 3 == 0)',
            f'ta{j}, tb{j}, tc{j} = t{j}',
            f'cnt += t{j}[0] + len(t{j}) + ta{j}',
            f'acc += t{j}[1] * 0.5 + tb{j}',
            f'if tc{j}:',
            f'    cnt += 1',
            f'u{j} = (1.5, -2.0, {c("x", "acc")})',
            f'for v{j} in u{j}:',
            f'    acc += v{j}',
            f'acc += max(u{j}) - min(u{j})']


SNIPPETS = [s_list, s_dict, s_set, s_helpers, s_loops, s_conv, s_math, s_ints, s_except, s_arrays, s_str, s_tuple]


def export(i):
    kind = R.choice(list(TEMPLATES))
    spellings, args, prologue, ret = TEMPLATES[kind]
    name = f'f{i}'
    SIGS[name] = args
    L = [f"@cc.export('{name}', '{R.choice(spellings)}')",
         f"def {name}({', '.join(PARAMS[k] for k in args)}):",
         '    acc = 0.0', '    cnt = 0']
    L += ['    ' + s for s in prologue]
    for j, snip in enumerate(R.sample(SNIPPETS, R.randint(2, 5))):
        L += ['    ' + s for s in snip(j)]
    L += ['    ' + s for s in ret]
    return '\n'.join(L) + '\n'


def program(n):
    SIGS.clear()
    mod = f'mixed_{R.randrange(10**6)}'
    head = f"import math\nimport numpy as np\nfrom numba import njit\nfrom numba.pycc import CC\n\ncc = CC('{mod}')\n"
    return head + HELPERS + '\n\n' + '\n\n'.join(export(i) for i in range(n))


def inputs(name, rr):
    """Arguments for export `name`, weighted to edges."""
    import numpy as np

    out = []
    for k in SIGS[name]:
        if k == 'i8':
            out.append(rr.choice([0, 1, -1, 2, 5, 7, -13, 11, 29, 100, 12345, 2**31, -(2**31) - 1, 2**62,
                                  2**63 - 1, -(2**63)]))
        elif k == 'f8':
            out.append(rr.choice([0.0, -0.0, 1.5, -2.25, 0.1, 3.0, 7.5, -100.25, math_nan, math_inf, -math_inf,
                                  1e300, -1e-310, 5e-324]))
        elif k == 'af8':
            a = np.array([rr.gauss(0.0, 3.0) for _ in range(rr.choice([0, 1, 3, 5, 17]))])
            for _ in range(rr.choice([0, 0, 1, 2])):
                if len(a):
                    a[rr.randrange(len(a))] = rr.choice([math_nan, math_inf, -math_inf, -0.0, 0.0, 1e300])
            out.append(a)
        elif k == 'li8':
            out.append([rr.choice([-3, 0, 1, 2, 7, 40]) for _ in range(rr.choice([0, 1, 2, 6]))])
        else:
            n = rr.choice([0, 1, 3, 5, 17])
            vals = [-6, -1, 0, 1, 2, 5, 6] + ([2**62, -(2**63)] if rr.random() < 0.2 else [])
            out.append(np.array([rr.choice(vals) for _ in range(n)], dtype=np.int64))
    return tuple(out)


math_nan, math_inf = float('nan'), float('inf')
