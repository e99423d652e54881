# print() of strs the body computes (f-strings, str variables, methods,
# concatenations) beside numbers, in tuples and with sep/end: CPython's
# print writes the str objects themselves.
from pycc import CC

cc = CC('print_strs')


@cc.export('report', 'i8(i8, f8)')
def report(count, rate):
    print(f"Jump counts from the sensor: {count}")
    label = 'rate'
    print(label, rate, sep=': ')
    print(label.upper() + '!', f'{rate:.3f}', end='|\n')
    print((label, count))
    name = 'é' * (count % 3) + "ok"
    print(name, len(name))
    return count * 2


@cc.export('greet', 'void(unicode_type, i8)')
def greet(who, n):
    for i in range(n):
        print('hello', who, i)
    print(who[::-1] if n > 1 else who)


CASES = {
    'report': [(3, 0.25), (0, -1.5), (5, float('nan'))],
    'greet': [('world', 2), ('Ünïcode ✓', 1), ('', 0)],
}
