// `i % c` for a loop variable that its range keeps >= 0 (constant start
// >= 0, constant step > 0, i not assigned in the body) and a positive
// constant c lowers to one unsigned remainder with no floor fix-up
// (src/lower/mod.rs, bounds::non_negative_loop_var); anywhere i may be
// negative the signed remainder and its fix-up stay.
// (The Python input is Inputs/loop_mod.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/loop_mod.py -o %t --emit py
// RUN: FileCheck %s --check-prefix=PY --input-file=%t/loop_mod.py.mlir
// RUN: pycc-opt %t/loop_mod.py.mlir --pass-pipeline='builtin.module(func.func(py-egg),convert-py-to-arith,canonicalize{top-down=false},cse)' | FileCheck %s --check-prefix=LOW

// PY-LABEL: func.func @kernel.mod10
// PY: %[[U:.+]] = "py.cast"(%{{.+}}) : (i64) -> ui64
// PY: %[[C:.+]] = "py.constant"() {value = 10 : ui64}
// PY: %[[M:.+]] = "py.mod"(%[[U]], %[[C]]) : (ui64, ui64) -> ui64
// PY: "py.cast"(%[[M]]) : (ui64) -> i64
// LOW-LABEL: func.func @kernel.mod10
// LOW-NOT: arith.remsi
// LOW: arith.remui
// LOW-NOT: arith.select
// LOW: cf.br

// A power of two: py-egg makes the unsigned remainder a mask.
// LOW-LABEL: func.func @kernel.mod8
// LOW-NOT: arith.rem
// LOW: arith.andi %{{.+}}, %c7_i64
// LOW-NOT: arith.rem
// LOW: cf.br

// range(-5, n): i may be negative; the floored remainder keeps its fix-up.
// PY-LABEL: func.func @kernel.negative_start
// PY-NOT: ui64
// PY: "py.mod"(%{{.+}}, %{{.+}}) : (i64, i64) -> i64
// LOW-LABEL: func.func @kernel.negative_start
// LOW: arith.remsi
// LOW: arith.select

// i assigned in the body: no fact.
// PY-LABEL: func.func @kernel.assigned
// PY-NOT: ui64
// PY: "py.mod"(%{{.+}}, %{{.+}}) : (i64, i64) -> i64

// A negative step: no fact (the values stay positive here, but the rule
// needs a positive step).
// PY-LABEL: func.func @kernel.negative_step
// PY-NOT: ui64
// PY: "py.mod"(%{{.+}}, %{{.+}}) : (i64, i64) -> i64
