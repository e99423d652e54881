// RUN: pycc-opt %s | FileCheck %s
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg),convert-py-to-arith,canonicalize)' | FileCheck %s --check-prefix=LOWER
// py ops live in a CFG of cf branches with block arguments (the SSA form
// pycc's lowering produces for loops); py-egg works block by block.

// CHECK-LABEL: func.func @count
// CHECK: cf.cond_br
// LOWER-LABEL: func.func @count
// LOWER: ^bb1(%[[I:.+]]: i64, %[[S:.+]]: f64):
// LOWER: arith.cmpi slt, %[[I]], %arg0 : i64
// LOWER: call @pycc_pow
// LOWER-NOT: py.
func.func @count(%n: i64) -> f64 {
  %zero = "py.constant"() {value = 0 : i64} : () -> i64
  %fz = "py.constant"() {value = 0.0 : f64} : () -> f64
  cf.br ^head(%zero, %fz : i64, f64)
^head(%i: i64, %s: f64):
  %more = "py.cmp"(%i, %n) {predicate = "lt"} : (i64, i64) -> i1
  cf.cond_br %more, ^body, ^exit
^body:
  %f = "py.cast"(%i) : (i64) -> f64
  %two = "py.constant"() {value = 2.0 : f64} : () -> f64
  %sq = "py.pow"(%f, %two) : (f64, f64) -> f64
  %s1 = "py.add"(%s, %sq) : (f64, f64) -> f64
  %one = "py.constant"() {value = 1 : i64} : () -> i64
  %i1 = "py.add"(%i, %one) : (i64, i64) -> i64
  cf.br ^head(%i1, %s1 : i64, f64)
^exit:
  return %s : f64
}
