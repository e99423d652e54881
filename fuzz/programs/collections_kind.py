"""Containers fuzzer, written as an outside author would write numba.pycc
modules from the README's "What works" rows on lists, dicts, sets, tuples,
strs and None (not from pycc's source): each export combines blocks of
dicts with int and float keys and values (`d.get(k, default)`, `in`,
`d[k] += x`, `items()`/`keys()`/`values()`, `pop`, `del`, comprehensions),
sets (local and `Set(int64)` arguments, `add`/`discard`/`in`/`len`,
operators, `sorted`), lists (`append`/`pop`/`insert`/`index`/`count`/
`remove`/`sort`/`reverse`, slices, comprehensions with conditions,
`sum`/`min`/`max`/`sorted`/`any`/`all`), tuples (unpacking, mixed int/float
items, `min`/`max` of tuples, tuple results), strs (`str()`, f-strings,
`==`, `in`, methods), None (helpers returning a value or None, `is None`,
optional results), `enumerate`/`zip`/`reversed`, `while` with
`break`/`continue`, nested helpers and default arguments. Signatures use
numba's container spellings (`List(int64)`, `List(float64, reflected=True)`,
`Set(int64)`, `Tuple((i8, f8))`, `unicode_type`, `DictType(i8, f8)`,
inferred `(i8, f8)`), and the reflected list and set arguments are compared
after the call.

Documented deviations it avoids: ints past int64 (every intermediate that
can pass it is bound to a local, so run.py's `wide_ints` skips the call),
a nan searched for in a list, set or dict holding that very object (float
list arguments hold no nan), `int()`/`round()` of floats past int64.
"""
import random
import re

R = random.Random(0)
SIGS = {}  # export name -> argument kinds, for `inputs`

HELPERS = '''
def h_find(xs, t):
    for i, v in enumerate(xs):
        if v == t:
            return i
    return None


def h_stats(fs, scale=1.0):
    if len(fs) == 0:
        return 0.0, 0.0, 0
    return min(fs) * scale, max(fs) * scale, len(fs)


def h_count(xs, lo=0, hi=10):
    c = 0
    for v in xs:
        if lo <= v < hi:
            c += 1
    return c


def h_hist(xs, m=4):
    d = {}
    for v in xs:
        d[v % m] = d.get(v % m, 0) + 1
    return d


def h_uniq(xs):
    seen = set()
    out = []
    for v in xs:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


def h_label(k):
    if k < 0:
        return "neg"
    if k == 0:
        return "zero"
    return "pos"


def h_divmod(a, b=3):
    if b == 0:
        return 0, a
    return a // b, a % b


def h_first_big(fs, limit=1.0):
    for v in fs:
        if v > limit:
            return v
    return None


def h_total(d):
    t = 0.0
    for k, v in d.items():
        t += k * v
    return t


def h_push(xs, v, times=1):
    for _ in range(times):
        xs.append(v)
    return len(xs)
'''

# name: (spellings, argument kinds, prologue, return lines)
TEMPLATES = {
    'i8': (['i8(List(int64), i8)', 'int64(List(int64, reflected=True), int64)'], ['li8', 'i8'],
           ['fs = [v * 0.5 for v in xs]', 's = set(xs)', 'x = float(n % 7) - 2.5'],
           ['return cnt + len(xs)']),
    'f8': (['f8(List(float64), f8)', 'float64(List(float64, reflected=True), float64)'], ['lf8', 'f8'],
           ['xs = [int(v) for v in fs if abs(v) < 1e6]', 'n = len(fs) * 3 - 2', 's = set(xs)'],
           ['return acc + cnt * 0.5']),
    'set': (['i8(Set(int64), i8)', 'int64(Set(int64, reflected=True), int64)'], ['si8', 'i8'],
            ['xs = sorted(s)', 'fs = [v * 0.25 for v in xs]', 'x = n % 11 * 0.5'],
            ['s.add(cnt % 50)', 'return cnt + len(s)']),
    'tup': (['Tuple((i8, f8))(i8, f8)', 'Tuple((int64, float64))(int64, float64)'], ['i8', 'f8'],
            ['xs = [i * i % 7 for i in range(n % 9)]', 'fs = [x * i for i in range(n % 5)]', 's = set()'],
            ['return cnt, acc']),
    'lst': (['List(int64)(i8, f8)', 'List(int64)(int64, float64)'], ['i8', 'f8'],
            ['xs = [(i * 5) % 9 - 3 for i in range(n % 8)]', 'fs = [0.5 * v for v in xs if v != 2]',
             's = {1, 2, n % 5}'],
            ['xs.append(cnt)', 'return xs']),
    'lstf': (['List(float64)(List(float64), i8)'], ['lf8', 'i8'],
             ['xs = [i - 2 for i in range(len(fs) + n % 3)]', 's = set(xs)', 'x = float(n % 9) * 0.75'],
             ['fs.append(acc)', 'return fs[::-1]']),
    'setr': (['Set(int64)(i8)', 'Set(int64)(int64)'], ['i8'],
             ['xs = [i * 3 % 7 for i in range(n % 10)]', 'fs = [float(v) for v in xs]', 's = set(xs)',
              'x = n % 13 * 0.5'],
             ['s.add(cnt % 1000)', 'return s']),
    'str': (['unicode_type(i8, f8)', 'unicode_type(int64, float64)'], ['i8', 'f8'],
            ['xs = [i % 4 for i in range(n % 7)]', 'fs = [x + i for i in range(n % 4)]', 's = set(xs)'],
            ['return h_label(cnt) + "," + str(cnt) + "," + str(len(xs))']),
    'opt': (['(i8, f8)', '(int64, float64)'], ['i8', 'f8'],
            ['xs = [i * 2 - 5 for i in range(n % 6)]', 'fs = [x * 0.5 + i for i in range(n % 4)]', 's = set(xs)'],
            ['if cnt % 3 == 0:', '    return None', 'return acc + cnt']),
    'b1': (['b1(List(int64), f8)', 'boolean(List(int64), float64)'], ['li8', 'f8'],
           ['n = len(xs) * 2 + 1', 'fs = [v + x for v in xs if v > 0]', 's = set(xs)'],
           ['return cnt % 2 == 0 or acc > 1.0']),
    'opt2': (['f8(i8, optional(f8))', 'float64(int64, Optional(float64))'], ['i8', 'of8'],
             ['xs = [i % 5 - 1 for i in range(n % 8)]', 'fs = [0.5 * i for i in range(n % 3)]', 's = set(xs)',
              'if x is None:', '    x = -1.0', '    cnt += 3'],
             ['return acc * 2.0 + cnt']),
    'dflt': (['i8(i8)', 'int64(int64)'], ['i8'],
             ['xs = [i * m for i in range(n % 6)]', 'fs = [float(v) * 0.5 for v in xs]', 's = set(xs)', 'x = 0.5 * m'],
             ['return cnt * m + len(s)']),
    'tup3': (['Tuple((i8, f8, b1))(List(int64), f8)', 'UniTuple(f8, 3)(List(int64), f8)'], ['li8', 'f8'],
             ['n = len(xs) + 3', 'fs = [v * x for v in xs]', 's = set(xs)'],
             ['return cnt, acc, cnt > 3']),
    'dict': (['DictType(int64, float64)(List(int64), f8)'], ['li8', 'f8'],
             ['n = sum(xs) % 17', 'fs = [v * 0.5 for v in xs]', 's = set(xs)'],
             ['out = {}', 'for i in range(len(xs)):', '    out[xs[i] % 5] = out.get(xs[i] % 5, 0.0) + acc * 0.5 + i',
              'out[cnt % 7] = acc', 'return out']),
}
PARAMS = {'li8': 'xs', 'lf8': 'fs', 'si8': 's', 'i8': 'n', 'f8': 'x', 'of8': 'x=None'}


def c(*xs):
    return R.choice(xs)


def s_list(j):
    L = f'L{j}'
    lines = [f'{L} = [v * {c("2", "3", "-1")} for v in xs if v {c(">", "<", "!=")} {c("0", "1", "n % 4")}]',
             f'{L}.append({c("n % 7", "cnt % 5", "3")})',
             f'{L}.insert({c("0", "1", "-1", "len(" + L + ")", "n % 5")}, {c("4", "n % 3", "-2")})',
             f'if len({L}) > {c("1", "2", "3")}:',
             f'    cnt += {L}.pop({c("", "0", "-2", "1")})',
             f'{L}.{c("sort()", "reverse()", "sort(reverse=True)")}',
             f'if {c("4", "0", "n % 3")} in {L}:',
             f'    cnt += {L}.index({c("4", "0", "n % 3")}) if {c("4", "0")} in {L} else 100',
             f'cnt += {L}.count({c("4", "0", "-2")}) + len({L}[{c("1:", "::2", "::-1", ":-1", "n % 3:")}])',
             f'cnt += sum({L}[{c("1:", "::2", "::-1", ":3")}])',
             f'if {L}:',
             f'    cnt += max({L}) - min({L})',
             f'if -2 in {L}:',
             f'    {L}.remove(-2)',
             f'cnt += len(sorted({L}{c("", ", reverse=True")})) + (1 if any(v > 3 for v in {L}) else 0)',
             f'cnt += 2 if all(v != 1 for v in {L}) else -2',
             f'M{j} = [i * i for i in range(n % 7) if i % {c("2", "3")} != 0]',
             f'cnt += sum(M{j}) + len(M{j}) + (max(M{j}) if M{j} else -1)']
    if R.random() < 0.5:
        lines += [f'F{j} = sorted(fs)',
                  f'if F{j}:',
                  f'    acc += F{j}[0] + F{j}[-1] * {c("0.5", "2.0")}',
                  f'acc += sum(F{j}) + sum([v for v in fs if v {c(">", "<=")} {c("0.0", "x", "1.5")}])']
    return lines


def s_dict(j):
    d = f'd{j}'
    return [f'{d} = {{}}',
            f'for v in xs:',
            f'    {d}[v % {c("3", "4", "5")}] = {d}.get(v % {c("3", "4", "5")}, {c("0.0", "x", "-1.5")}) + {c("0.5", "x", "1.0")}',
            f'for i in range(n % 6):',
            f'    if i in {d}:',
            f'        {d}[i] += {c("x", "0.25", "float(i)")}',
            f'    else:',
            f'        {d}[i] = {c("1.0", "-0.5", "x")}',
            f'if {c("2", "n % 4")} in {d}:',
            f'    del {d}[{c("2", "n % 4")}]' if R.random() < 0.5 else f'    acc += {d}.pop(2, 0.25)',
            f'acc += {d}.pop({c("1", "7")}, 0.5)',
            f'for kk, vv in {d}.items():',
            f'    cnt += kk',
            f'    acc += vv * 0.5',
            f'acc += sum({d}.values()) + h_total({d})',
            f'cnt += sum({d}.keys()) + len({d})',
            f'for kk in {d}:',
            f'    cnt += kk * 2',
            f'e{j} = {{k: v * 2.0 for k, v in {d}.items() if k {c(">", "!=")} 1}}',
            f'acc += e{j}.get({c("0", "3", "n % 5")}, {c("0.0", "-1.0")})',
            f'try:',
            f'    acc += {d}[n % {c("6", "3", "10")}]',
            f'except KeyError:',
            f'    cnt -= 1']


def s_fdict(j):
    d = f'g{j}'
    return [f'{d} = {{}}',
            f'for v in fs:',
            f'    if abs(v) < 1e6:',
            f'        {d}[round(v, {c("0", "1")})] = {d}.get(round(v, {c("0", "1")}), 0) + 1',
            f'{d}[{c("0.5", "-1.0", "2.25")}] = {c("7", "n % 9", "-3")}',
            f'if {c("0.5", "1.0", "0.0")} in {d}:',
            f'    cnt += {d}[{c("0.5", "1.0", "0.0")}] if {c("0.5", "1.0", "0.0")} in {d} else 0',
            f'for kk, vv in {d}.items():',
            f'    acc += kk * vv',
            f'cnt += len({d}) + max({d}.values())',
            f'h{j} = h_hist(xs{c("", ", 3", ", m=5")})',
            f'for kk in sorted(h{j}):',
            f'    cnt = cnt * 2 + h{j}[kk]',
            f'    if cnt > 10000:',
            f'        break']


def s_set(j):
    t = f't{j}'
    return [f'{t} = set()',
            f'for v in xs:',
            f'    {t}.add(v % {c("3", "5", "7")})',
            f'{t}.discard(n % 3)',
            f'{t}.add({c("n % 4", "11", "-2")})',
            f'if {c("2", "0", "n % 5")} in {t}:',
            f'    cnt += 7',
            f'u{j} = {{v * 2 for v in xs if v {c(">", "<")} {c("1", "3")}}}',
            f'cnt += len({t} {c("|", "&", "-", "^")} u{j}) + len(s {c("|", "&", "-")} {t})',
            f'cnt += len({t}) + sum(sorted({t}))',
            f'if {t}:',
            f'    cnt += min({t}) * 3 - max({t})',
            f'for v in sorted({t}, reverse=True):',
            f'    cnt = cnt * 3 + v',
            f'    if cnt > 1000:',
            f'        break',
            f'if {c("1", "n % 6")} not in s:',
            f'    s.add({c("1", "n % 6")})',
            f'cnt += len(s) + (1 if {t}.issubset(s) else 0)']


def s_tuple(j):
    return [f'p{j} = (n % 10, {c("x", "0.5", "acc")}, len(xs))',
            f'a{j}, b{j}, c{j} = p{j}',
            f'cnt += p{j}[0] + c{j} + len(p{j})',
            f'acc += p{j}[1] * 0.5 + b{j}',
            f'q{j} = ({c("x", "1.5")}, -2.0, float(n % 4))',
            f'acc += max(q{j}) - min(q{j})',
            f'lo{j}, hi{j}, m{j} = h_stats(fs{c("", ", 2.0", ", scale=-1.0")})',
            f'acc += hi{j} - lo{j}',
            f'cnt += m{j}',
            f'dq{j}, dr{j} = h_divmod(n % 1000{c("", ", 7", ", -4", ", b=0")})',
            f'cnt += dq{j} * 3 + dr{j}',
            f'best{j} = (0, -1)',
            f'for i, v in enumerate(xs):',
            f'    best{j} = {c("max", "min")}(best{j}, (v, i))',
            f'cnt += best{j}[0] + best{j}[1]',
            f'pairs{j} = [(v, v % 3) for v in xs]',
            f'for pa, pb in pairs{j}:',
            f'    cnt += pa * pb']


def s_str(j):
    t = f'w{j}'
    return [f'{t} = str(n % 1000) + "_" + h_label({c("n", "cnt", "len(xs) - 2")})',
            f'cnt += len({t}) + {t}.count("{c("o", "e", "1")}") + {t}.find("_")',
            f'if {t}.startswith("{c("1", "-", "0")}"):',
            f'    cnt += 1',
            f'if "{c("pos", "neg", "zero")}" in {t}:',
            f'    cnt += 4',
            f'if h_label(n % 3 - 1) == "{c("pos", "neg", "zero")}":',
            f'    cnt -= 2',
            f'z{j} = f"{{len(xs)}}:{{{c("x", "acc")}:.{c("2", "3")}f}}"',
            f'cnt += len(z{j}) + (5 if "nan" in z{j} else 0)',
            f'k{j} = ""',
            f'for v in xs[:5]:',
            f'    k{j} += str(v % 10)',
            f'cnt += len(k{j}) + (int(k{j}) if k{j}.isdigit() else -1)']


def s_opt(j):
    return [f'r{j} = h_find(xs, {c("n % 5", "2", "0", "-1")})',
            f'if r{j} is None:',
            f'    cnt -= 1',
            f'else:',
            f'    cnt += r{j} * 2',
            f'o{j} = h_first_big(fs{c("", ", 0.5", ", limit=x")})',
            f'if o{j} is not None:',
            f'    acc += o{j}',
            f'm{j} = None',
            f'for v in xs:',
            f'    if m{j} is None or v {c(">", "<")} m{j}:',
            f'        m{j} = v',
            f'if m{j} is not None:',
            f'    cnt += m{j}']


def s_iter(j):
    return [f'for i, v in enumerate(xs{c("", ", 1", ", start=-2")}):',
            f'    if i % {c("2", "3")} == 0:',
            f'        cnt += v * i',
            f'for v, w in zip(xs, fs):',
            f'    acc += v * w',
            f'for v in reversed(xs):',
            f'    cnt = cnt * 2 - v',
            f'    if abs(cnt) > 5000:',
            f'        break',
            f'for i in reversed(range({c("len(xs)", "n % 7")})):',
            f'    cnt += i',
            f'cnt += h_count(xs{c("", ", -3", ", 0, 3", ", hi=4")})',
            f'zz{j} = [a + b for a, b in zip(xs, xs[1:])]',
            f'cnt += sum(zz{j}) + len(zz{j})']


def s_while(j):
    i = f'i{j}'
    return [f'{i} = 0',
            f'st{j} = list(xs)',
            f'while st{j}:',
            f'    top = st{j}.pop()',
            f'    {i} += 1',
            f'    if top % {c("2", "3")} == 0:',
            f'        continue',
            f'    if {i} > {c("4", "10")}:',
            f'        break',
            f'    cnt += top',
            f'else:',
            f'    cnt += 100',
            f'k{j} = n % 13',
            f'while k{j} > 0:',
            f'    k{j} -= 1',
            f'    if k{j} in s:',
            f'        acc += 0.5',
            f'        continue',
            f'    acc -= 0.25']


def s_nested(j):
    return [f'def inner{j}(v, w={c("1", "2", "-3")}):',
            f'    return v * w + len(xs)',
            f'cnt += inner{j}(n % 100) + inner{j}({c("3", "cnt % 7")}, {c("2", "0", "-1")})',
            f'cnt += h_push(xs, n % 9{c("", ", 2", ", times=0")})',
            f'uq{j} = h_uniq(xs)',
            f'cnt += len(uq{j}) + (uq{j}[0] if uq{j} else 0)']


def s_more(j):
    return [f'ys{j} = list(range(n % 6)) + xs[{c("1:", ":2", "::-1")}]',
            f'ys{j}.extend([{c("3, 1", "n % 4", "-1, -1")}])',
            f'zs{j} = ys{j}.copy()',
            f'zs{j}.append({c("0", "5")})',
            f'cnt += len(ys{j}) * 10 + len(zs{j}) + (1 if ys{j} {c("==", "!=", "<", ">=")} zs{j} else 0)',
            f'if ys{j}:',
            f'    del ys{j}[{c("0", "-1", "len(ys" + str(j) + ") // 2")}]',
            f'srt{j} = sorted(ys{j}, key=lambda e: {c("-e", "abs(e - 2)", "(e % 3, -e)", "e * e")}{c("", ", reverse=True")})',
            f'cnt += srt{j}[0] if srt{j} else -5',
            f'if ys{j}:',
            f'    cnt += {c("min", "max")}(ys{j}, key={c("abs", "lambda e: e % 4", "lambda e: -e")})',
            f'cnt += {c("min", "max")}(xs, default={c("-7", "0")}) + sum(xs, {c("10", "-1")})',
            f'cnt += 1 if {c("any", "all")}(xs) else 3',
            f'cnt += 1 if {c("any", "all")}([v > 1.0 for v in fs]) else 2',
            f'rv{j} = list(reversed(ys{j}))',
            f'cnt += rv{j}[0] * 2 if len(rv{j}) > 0 else 0',
            f'cnt += xs.index({c("1", "2", "40")}) if {c("1", "2", "40")} in xs else -1',
            f'tot{j} = 0',
            f'while True:',
            f'    tot{j} += 1',
            f'    if tot{j} * tot{j} > n % 50 or tot{j} > 8:',
            f'        break',
            f'cnt += tot{j}',
            f'grid{j} = [[a * b for b in range(3)] for a in range(n % 4)]',
            f'for row in grid{j}:',
            f'    cnt += sum(row) + len(row)',
            f'pr{j} = [(v % 3, -v) for v in xs]',
            f'pr{j}.sort()',
            f'if pr{j}:',
            f'    cnt += pr{j}[0][1] - pr{j}[-1][0]']


def s_strs(j):
    return [f'sv{j} = str({c("acc", "x", "x * 0.5", "float(len(xs))")})',
            f'cnt += len(sv{j}) + (1 if sv{j} == "{c("0.0", "nan", "inf", "-0.0")}" else 0)',
            f'sl{j} = [str(v) for v in xs[:4]]',
            f'ks{j} = ",".join(sl{j})',
            f'cnt += len(ks{j}) + ks{j}.count(",")',
            f'parts{j} = ks{j}.split(",")',
            f'cnt += len(parts{j}) + (int(parts{j}[0]) if parts{j}[0] else 0)',
            f'ws{j} = {{"a": 1, "bb": 2}}',
            f'ws{j}[h_label(n % 3 - 1)] = len(xs)',
            f'cnt += ws{j}.get("{c("pos", "neg", "zz")}", {c("0", "-4")}) + len(ws{j})',
            f'nm{j} = f"{{n % 100:{c("03d", "x", ">5")}}}|{{x!r}}"',
            f'cnt += len(nm{j}) + nm{j}.find("|") + (2 if nm{j}.endswith("{c("nan", "0", ")")}") else 0)',
            f'cnt += len(nm{j}.upper().strip()) + ord(nm{j}[0])']


def s_extra(j):
    return [f'ta{j} = (n % 5, 2, n % 3, 2)',
            f'cnt += ta{j}.index(2) + ta{j}.count(2) + len(ta{j} + (1, n % 4)) + len(ta{j} * 2) + ta{j}[::-1][0]',
            f'cnt += sum(ta{j}) + max(ta{j}) - min(ta{j})',
            f'ss{j} = set(xs)',
            f'if ss{j} {c("<=", "==", ">=", "<", "!=")} s:',
            f'    cnt += 9',
            f'if ss{j}:',
            f'    cnt += ss{j}.pop() % 5',
            f'bl{j} = [0] * (n % 4) + [1, 2] * 2',
            f'bl{j}.append(3)',
            f'if len(bl{j}) > {c("4", "5", "6")}:',
            f'    bl{j}.clear()',
            f'for v in bl{j}:',
            f'    if v == {c("2", "3", "7")}:',
            f'        cnt += 1',
            f'        break',
            f'else:',
            f'    cnt -= 1',
            f'for v, w, u in zip(xs, fs, bl{j}):',
            f'    acc += v * w - u',
            f'mk{j} = {c("min", "max")}(n % 7, cnt % 5, key=lambda e: -e)',
            f'cnt += mk{j}',
            f'dd{j} = {{v: i for i, v in enumerate(xs)}}',
            f'cnt += len(dd{j}) + sum(dd{j}.values()) + (dd{j}[xs[0]] if xs else 0)',
            f'if {c("1", "40", "n % 3")} in dd{j}.keys():',
            f'    cnt += 3',
            f'for k, v in sorted(dd{j}.items()):',
            f'    cnt = cnt * 2 + k - v',
            f'    if abs(cnt) > 10000:',
            f'        break',
            f'mx{j} = max(dd{j}, key=lambda k: dd{j}[k]) if dd{j} else -1',
            f'cnt += mx{j}']


SNIPPETS = [s_list, s_dict, s_fdict, s_set, s_tuple, s_str, s_opt, s_iter, s_while, s_nested, s_more, s_strs, s_extra]


def export(i):
    kind = R.choice(list(TEMPLATES))
    spellings, args, prologue, ret = TEMPLATES[kind]
    name = f'f{i}'
    SIGS[name] = args
    L = [f"@cc.export('{name}', '{R.choice(spellings)}')",
         f"def {name}({', '.join(PARAMS[k] for k in args)}{', m=3' if kind == 'dflt' else ''}):",
         '    acc = 0.0', '    cnt = 0']
    L += ['    ' + s for s in prologue]
    snippets = R.sample(SNIPPETS, R.randint(2, 4))
    if any(s is s_nested for s in snippets):  # nested defs go first (pycc lifts those at the top of a body)
        snippets.remove(s_nested)
        snippets.insert(0, s_nested)
    for j, snip in enumerate(snippets):
        # loop names are the snippet's own: one name bound to ints in one block
        # and floats in another is a float everywhere (a documented deviation)
        L += ['    ' + re.sub(r'\b(v|w|i|kk|vv|top|pa|pb)\b', rf'\g<1>{j}', s) for s in snip(j)]
    L += ['    ' + s for s in ret]
    return '\n'.join(L) + '\n'


def program(n):
    SIGS.clear()
    mod = f'collections_{R.randrange(10**6)}'
    head = f"import math\nfrom numba.pycc import CC\n\ncc = CC('{mod}')\n"
    return head + HELPERS + '\n\n' + '\n\n'.join(export(i) for i in range(n))


def inputs(name, rr):
    """Arguments for export `name`, weighted to edges."""
    out = []
    for k in SIGS[name]:
        if k == 'i8':
            out.append(rr.choice([0, 1, -1, 2, 5, 7, -13, 11, 29, 100, 12345, 2**31, -(2**31) - 1, 2**62,
                                  2**63 - 1, -(2**63)]))
        elif k == 'of8':
            out.append(rr.choice([None, None, 0.0, -2.5, 1e300, math_nan, 4.0]))
        elif k == 'f8':
            out.append(rr.choice([0.0, -0.0, 1.5, -2.25, 0.1, 3.0, 7.5, -100.25, math_nan, math_inf, -math_inf,
                                  1e300, -1e-310, 5e-324]))
        elif k == 'li8':
            out.append([rr.choice([-3, 0, 1, 2, 4, 7, 40, -2, 9]) for _ in range(rr.choice([0, 1, 2, 6, 9]))])
        elif k == 'lf8':
            out.append([rr.choice([0.0, -0.0, 0.5, 1.5, -2.25, 3.0, 1e300, -math_inf, 2.5, 0.1])
                        for _ in range(rr.choice([0, 1, 3, 7]))])
        else:
            out.append({rr.choice([-3, 0, 1, 2, 4, 5, 7, 12, 40]) for _ in range(rr.choice([0, 1, 3, 8]))})
    return tuple(out)


math_nan, math_inf = float('nan'), float('inf')
