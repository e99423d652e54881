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

#[test]
fn numba_signature_syntax_in_strings_and_type_objects() {
    let src = r#"import numba
import numpy as np
import numba as nb
from numba import float64, int64, types
from numba.pycc import CC
cc = CC('sigs')
SIG = 'f8(f8[:])'

@cc.export('total', SIG)
@cc.export('total_c', 'f8(Array(f8, 1, "C", readonly=True))')
@cc.export('total_obj', float64(float64[::1]))
@cc.export('total_nb', nb.float64(nb.float64[:]))
@cc.export('total_types', types.float64(types.Array(types.float64, 1, 'A')))
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s

@cc.export('corner', numba.types.float64(numba.types.Array(numba.types.float64, 2, 'C')))
@cc.export('corner_bare', 'f8[:, :],')
def corner(m):
    return m[0, 0] + m[1, 1]

@cc.export('pair', 'Tuple((i8, f8))(i8, f8)')
@cc.export('pair_ext', 'Tuple(i8, f8)(i8, f8)')
@cc.export('pair_obj', types.Tuple((int64, float64))(int64, float64))
def pair(i, x):
    return (i + 1, x * 2.0)

@cc.export('infer', '(f8, i8)')
@cc.export('infer_bare', 'f8, i8')
@cc.export('infer_obj', (float64, int64))
def infer(x, n):
    return x * n

@cc.export('dtypes', 'i8(i8)')
def dtypes(n):
    a = np.zeros(n, dtype=numba.i8)
    b = np.ones(n, dtype=nb.float32)
    c = np.ones(n, dtype=np.float32)
    d = np.ones(n, dtype=types.int16)
    e = np.ones(n, dtype=float64)
    return a.shape[0] + b.shape[0] + c.shape[0] + d.shape[0] + e.shape[0]

@cc.export('sizes', 'void(intp, uintp, boolean)')
def sizes(i, u, b):
    pass
"#;
    let dir = scratch("sigs");
    compile(&dir, "sigs.py", src, &[]);
    let out = python_in(
        &numpy_python(),
        &dir,
        "import numpy as np, sigs\n\
         a = np.arange(5.0); a.flags.writeable = False\n\
         print([getattr(sigs, n)(a) for n in ('total', 'total_c', 'total_obj', 'total_nb', 'total_types')])\n\
         m = np.arange(9.0).reshape(3, 3)\n\
         print(sigs.corner(m), sigs.corner_bare(m), sigs.pair(1, 1.5), sigs.pair_ext(2, 2.5), sigs.pair_obj(3, 0.5))\n\
         print(sigs.infer(1.5, 3), sigs.infer_bare(2.0, 2), sigs.infer_obj(0.5, 4), sigs.sizes(1, 2, True), sigs.dtypes(2))",
    );
    assert_eq!(out, "[10.0, 10.0, 10.0, 10.0, 10.0]\n4.0 4.0 (2, 3.0) (3, 5.0) (4, 1.0)\n4.5 4.0 2.0 None 10\n");
}

#[test]
fn non_ascii_module_names_follow_pep_489() {
    let src = "from pycc import CC\ncc = CC('módulo')\n@cc.export('f', 'i8(i8)')\ndef f(x):\n    return x * 2\n";
    let out = build_and_run("módulo", src, "import módulo\nprint(módulo.f(21), módulo.__name__, módulo.f.__module__)");
    assert_eq!(out, "42 módulo módulo\n");
}

#[test]
fn target_cpu_and_output_file_are_checked_before_codegen() {
    let dir = scratch("cpu");
    let path = dir.join("m.py");
    std::fs::write(&path, seed_source()).unwrap();
    let out = pycc(&["compile", path.to_str().unwrap(), "--target-cpu", "bogus9000"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error: unknown target CPU `bogus9000`\n"), "{stderr}");
    assert!(!stderr.contains("LLVM ERROR") && !stderr.contains("warning"), "{stderr}");
    let out = pycc(&["compile", path.to_str().unwrap(), "--target-cpu", "znver"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("close matches: znver1, znver2"));
    // Only a literal in the source is refused a directory; numba's API may give one.
    let src = seed_source().replace("cc = CC('my_module')", "cc = CC('my_module')\ncc.output_file = 'sub/x.so'");
    std::fs::write(&path, src).unwrap();
    assert_eq!(pycc(&["compile", path.to_str().unwrap()]).status.code(), Some(1));
    assert!(!dir.join("sub").exists());
}

#[test]
fn pep_263_source_encodings() {
    let dir = scratch("latin1");
    let src = "# -*- coding: latin-1 -*-\nfrom pycc import CC\ncc = CC('latin')\n# d\u{e9}j\u{e0} vu\n\
               @cc.export('f', 'f8(f8)')\ndef f(x):\n    if x < 0:\n        raise ValueError('n\u{e9}gatif')\n    return x\n";
    let bytes: Vec<u8> = src.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
    std::fs::write(dir.join("latin.py"), &bytes).unwrap();
    let out = pycc(&["compile", dir.join("latin.py").to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let code = "import latin\ntry:\n    latin.f(-1.0)\nexcept ValueError as e:\n    print(latin.f(2.0), e)";
    assert_eq!(python(&dir, code), "2.0 n\u{e9}gatif\n");
    // Undeclared, the same bytes are an error that names the line.
    std::fs::write(dir.join("latin.py"), &bytes[26..]).unwrap();
    let out = pycc(&["compile", dir.join("latin.py").to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code() == Some(1) && stderr.contains("line 3: non-UTF-8 byte 0xe9"), "{stderr}");
}

#[test]
fn indentation_mixing_tabs_and_spaces_as_cpython_accepts() {
    // Two spaces, then three tabs: CPython's two column counts both grow.
    let src = "from pycc import CC\ncc = CC('tabmix')\n@cc.export('f', 'f8(f8)')\ndef f(x):\n  if x > 0:\n\t\t\ty = x * 2\n\t\t\treturn y\n  return -x\n";
    assert_eq!(build_and_run("tabmix", src, "import tabmix\nprint(tabmix.f(2.0), tabmix.f(-3.0))"), "4.0 3.0\n");
}
