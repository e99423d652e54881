//! Strs the body makes (sema/containers/strings.rs) are kept by the exported call's
//! arena and freed when it returns, on every path: 10^5 calls that build,
//! return and raise (and lists of strs: tests/programs/str_lists.py) leave CPython's allocated block count and the
//! arguments' reference counts as they were.

mod common;
use common::*;

#[test]
fn strs_are_freed_and_refcounts_kept() {
    let dir = scratch("str-leak");
    let source = r#"
from pycc import CC
cc = CC('strleak')

@cc.export('build', 'unicode_type(unicode_type, i8)')
def build(s, n):
    t = ''
    for ch in s:
        t = t + ch.upper() + str(n)
    return t[1:] + f'{n}:{s}'

@cc.export('same', 'unicode_type(unicode_type)')
def same(s):
    return s

@cc.export('lit', 'unicode_type()')
def lit():
    return 'é literal'

@cc.export('fails', 'i8(unicode_type, i8)')
def fails(s, i):
    t = s + 'x'
    return ord(t[i]) + int(t)

@cc.export('words', 'unicode_type(unicode_type, i8)')
def words(s, i):
    ws = s.split('l')
    out = []
    for w in ws:
        out.append(w + '-')
    xs = ['a', s]
    out.insert(0, xs[1])
    return ','.join(out) + ws[i]
"#;
    let out = compile(&dir, "strleak.py", source, &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = python(
        &dir,
        r#"
import sys, strleak
s = ''.join(['h', 'é', 'l', 'l', '𝄞'])
def calls(k):
    for _ in range(k):
        strleak.build(s, 7)
        strleak.same(s)
        strleak.lit()
        try:
            strleak.fails(s, 99)
        except IndexError:
            pass
        try:
            strleak.fails(s, 0)
        except ValueError:
            pass
        strleak.words(s, 0)
        try:
            strleak.words(s, 9)
        except IndexError:
            pass
calls(100)
blocks, refs = sys.getallocatedblocks(), sys.getrefcount(s)
calls(100000)
grown = sys.getallocatedblocks() - blocks
print(strleak.build(s, 7), strleak.same(s) is s, strleak.lit(), strleak.words(s, 1))
print('leak' if grown > 100 else 'no leak', sys.getrefcount(s) - refs)
"#,
    );
    assert_eq!(out, "7É7L7L7𝄞77:héll𝄞 True é literal héll𝄞,hé-,-,𝄞-\nno leak 0\n");
}
