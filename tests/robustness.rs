//! Issue 19: long and deeply nested programs compile (or get a diagnostic),
//! never abort; compiled code fails as CPython does. Modules compiled by
//! `pycc compile`, imported by CPython.

mod common;
use common::*;

/// A chain of `n` dependent assignments, `a{i} = a{i-1} * 1.0000001 + k.5`.
fn chain(n: usize) -> String {
    let mut s =
        String::from("from pycc import CC\ncc = CC('chain')\n@cc.export('f', 'f8(f8)')\ndef f(x):\n    a0 = x\n");
    for i in 1..n {
        s += &format!("    a{i} = a{} * 1.0000001 + {}.5\n", i - 1, i % 7);
    }
    s += &format!("    return a{}\n", n - 1);
    s
}

#[test]
fn a_10000_link_chain_types_in_one_pass() {
    let dir = scratch("chain");
    let src = chain(10_000);
    compile(&dir, "chain.py", &src, &[]);
    // The same source run by CPython gives the same float, bit for bit.
    let code = format!(
        "import chain\nsrc = open('chain.py').read().replace('@cc.export', '#')\nns = {{}}\n\
         exec(compile(src.replace('from pycc import CC', '').replace(\"cc = CC('chain')\", ''), 'c', 'exec'), ns)\n\
         for x in (0.0, 1.5, -3.25):\n    assert chain.f(x).hex() == ns['f'](x).hex(), x\nprint(chain.f(1.5) > 0)"
    );
    assert_eq!(python(&dir, &code), "True\n");
}

#[test]
fn loops_widen_until_the_types_settle() {
    // `t` is first an int (from `s = 0`); `s` becomes a float later in the
    // loop, so the round that typed `t` is stale and runs again. `u` is read
    // before the loop assigns it on a later iteration.
    let src = r#"from pycc import CC
cc = CC('widen')
@cc.export('g', 'f8(i8)')
def g(n):
    s = 0
    t = 0
    u = 0
    for i in range(n):
        w = u + t
        t = s + 1
        s = t * 0.5
        u = w + i
    return t + u
"#;
    let dir = scratch("widen");
    compile(&dir, "widen.py", src, &[]);
    let out = python(&dir, "import widen\nprint(repr(widen.g(0)), repr(widen.g(5)))");
    let ns = python(
        &dir,
        &format!(
            "exec({:?})\nprint(repr(float(g(0))), repr(float(g(5))))",
            src.replace("@cc.export('g', 'f8(i8)')\n", "").replace("from pycc import CC\ncc = CC('widen')\n", "")
        ),
    );
    assert_eq!(out, ns);
}
