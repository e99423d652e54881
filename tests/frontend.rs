//! The declaration front end end to end: every way a file declares a `CC` or
//! an export, and signatures in every syntax numba accepts, compiled by
//! `pycc compile` and imported by CPython.

mod common;
use common::*;

/// Compiles `source` as `<name>.py` and runs `code` against the module.
fn build_and_run(name: &str, source: &str, code: &str) -> String {
    let dir = scratch(name);
    compile(&dir, &format!("{name}.py"), source, &[]);
    python(&dir, code)
}

#[test]
fn call_form_exports_at_module_level_and_assigned() {
    let src = "from pycc import CC\n\
               cc = CC('callform')\n\
               def add(a, b):\n    return a + b\n\
               cc.export('add', 'f8(f8, f8)')(add)\n\
               twice = cc.export('twice', 'i8(i8)')(later)\n\
               def later(x):\n    return 2 * x\n";
    let out = build_and_run(
        "callform",
        src,
        "import callform\nprint(sorted(n for n in dir(callform) if not n.startswith('_')), callform.add(1.5, 2), callform.twice(21))",
    );
    assert_eq!(out, "['add', 'twice'] 3.5 42\n");
}

#[test]
fn every_way_to_make_a_cc() {
    let cases = [
        ("way1", "from numba import pycc\ncc = pycc.CC('way1')\n"),
        ("way2", "import numba.pycc as p\ncc = p.CC('way2')\n"),
        ("way3", "import numba\ncc = numba.pycc.CC('way3')\n"),
        ("way4", "import numba as nb\ncc = nb.pycc.CC('way4')\n"),
        (
            "way5",
            "try:\n    from numba.pycc import CC\nexcept ImportError:\n    from pycc import CC\ncc = CC('way5')\n",
        ),
    ];
    for (name, head) in cases {
        let src = format!("{head}@cc.export('f', 'i8(i8)')\ndef f(x):\n    return x + 1\n");
        assert_eq!(build_and_run(name, &src, &format!("import {name}\nprint({name}.f(41))")), "42\n", "{name}");
    }
    // Inside a function, and under `if __name__ == '__main__':`, with the call form there too.
    let src = "from pycc import CC\n\
               def g(x):\n    return x * 3\n\
               def main():\n    cc = CC('way6')\n\
               \x20   @cc.export('f', 'f8(f8)')\n    def f(x):\n        return x / 2\n\
               \x20   cc.export('g', 'i8(i8)')(g)\n    cc.compile()\n\
               if __name__ == '__main__':\n    main()\n";
    assert_eq!(build_and_run("way6", src, "import way6\nprint(way6.f(3.0), way6.g(4))"), "1.5 12\n");
    let src = "if __name__ == '__main__':\n    from pycc import CC\n    cc = CC('way7')\n\
               \x20   cc.export('h', 'i8(i8)')(h)\n    cc.compile()\n\
               def h(x):\n    return -x\n";
    assert_eq!(build_and_run("way7", src, "import way7\nprint(way7.h(5))"), "-5\n");
}
