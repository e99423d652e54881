// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg))' | FileCheck %s
// Boolean algebra and select (bool.rules).

// and-true, and-false, or-false, or-true, xor-false (either operand order,
// through and-comm/or-comm/xor-comm).
// CHECK-LABEL: func.func @identities
// CHECK-DAG: %[[T:.+]] = "py.constant"() {value = true}
// CHECK-DAG: %[[F:.+]] = "py.constant"() {value = false}
// CHECK-NOT: py.and
// CHECK-NOT: py.or
// CHECK-NOT: py.xor
// CHECK: return %arg0, %[[F]], %arg0, %[[T]], %arg0, %arg0
func.func @identities(%b: i1) -> (i1, i1, i1, i1, i1, i1) {
  %t = "py.constant"() {value = true} : () -> i1
  %f = "py.constant"() {value = false} : () -> i1
  %0 = "py.and"(%t, %b) : (i1, i1) -> i1
  %1 = "py.and"(%b, %f) : (i1, i1) -> i1
  %2 = "py.or"(%f, %b) : (i1, i1) -> i1
  %3 = "py.or"(%b, %t) : (i1, i1) -> i1
  %4 = "py.xor"(%b, %f) : (i1, i1) -> i1
  %5 = "py.and"(%b, %t) : (i1, i1) -> i1
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// xor-true is not b; not-not.
// CHECK-LABEL: func.func @xor_true
// CHECK-NEXT: %[[N:.+]] = "py.not"(%arg0)
// CHECK-NEXT: return %[[N]], %arg0
func.func @xor_true(%b: i1) -> (i1, i1) {
  %t = "py.constant"() {value = true} : () -> i1
  %0 = "py.xor"(%t, %b) : (i1, i1) -> i1
  %n = "py.not"(%b) : (i1) -> i1
  %nn = "py.not"(%n) : (i1) -> i1
  return %0, %nn : i1, i1
}

// and-self, or-self, xor-self, and-not-self, or-not-self.
// CHECK-LABEL: func.func @self
// CHECK-DAG: %[[T:.+]] = "py.constant"() {value = true}
// CHECK-DAG: %[[F:.+]] = "py.constant"() {value = false}
// CHECK-NOT: py.not
// CHECK: return %arg0, %arg0, %[[F]], %[[F]], %[[T]]
func.func @self(%b: i1) -> (i1, i1, i1, i1, i1) {
  %0 = "py.and"(%b, %b) : (i1, i1) -> i1
  %1 = "py.or"(%b, %b) : (i1, i1) -> i1
  %2 = "py.xor"(%b, %b) : (i1, i1) -> i1
  %n = "py.not"(%b) : (i1) -> i1
  %3 = "py.and"(%n, %b) : (i1, i1) -> i1
  %4 = "py.or"(%b, %n) : (i1, i1) -> i1
  return %0, %1, %2, %3, %4 : i1, i1, i1, i1, i1
}

// absorb-and, absorb-or: a & (a | b) and a | (b & a) are a.
// CHECK-LABEL: func.func @absorption
// CHECK-NEXT: return %arg0, %arg0
func.func @absorption(%a: i1, %b: i1) -> (i1, i1) {
  %o = "py.or"(%a, %b) : (i1, i1) -> i1
  %0 = "py.and"(%a, %o) : (i1, i1) -> i1
  %n = "py.and"(%b, %a) : (i1, i1) -> i1
  %1 = "py.or"(%a, %n) : (i1, i1) -> i1
  return %0, %1 : i1, i1
}

// de-morgan-and, de-morgan-or: three ops become two.
// CHECK-LABEL: func.func @de_morgan
// CHECK-DAG: %[[O:.+]] = "py.or"({{%arg[01], %arg[01]}})
// CHECK-DAG: %[[NO:.+]] = "py.not"(%[[O]])
// CHECK-DAG: %[[A:.+]] = "py.and"({{%arg[01], %arg[01]}})
// CHECK-DAG: %[[NA:.+]] = "py.not"(%[[A]])
// CHECK: return %[[NO]], %[[NA]]
func.func @de_morgan(%a: i1, %b: i1) -> (i1, i1) {
  %na = "py.not"(%a) : (i1) -> i1
  %nb = "py.not"(%b) : (i1) -> i1
  %0 = "py.and"(%na, %nb) : (i1, i1) -> i1
  %1 = "py.or"(%na, %nb) : (i1, i1) -> i1
  return %0, %1 : i1, i1
}

// De Morgan does not fire the other way: not (a | b) stays two ops.
// CHECK-LABEL: func.func @de_morgan_kept
// CHECK: %[[O:.+]] = "py.or"(%arg0, %arg1)
// CHECK-NEXT: %[[N:.+]] = "py.not"(%[[O]])
// CHECK-NEXT: return %[[N]]
func.func @de_morgan_kept(%a: i1, %b: i1) -> i1 {
  %0 = "py.or"(%a, %b) : (i1, i1) -> i1
  %1 = "py.not"(%0) : (i1) -> i1
  return %1 : i1
}

// select-same, select-true, select-false, select-not, on floats and ints.
// CHECK-LABEL: func.func @selects
// CHECK: %[[S:.+]] = "py.select"(%arg0, %arg2, %arg1) : (i1, f64, f64) -> f64
// CHECK-NOT: py.not
// CHECK: return %arg1, %arg1, %arg2, %[[S]], %arg3
func.func @selects(%c: i1, %x: f64, %y: f64, %i: i32) -> (f64, f64, f64, f64, i32) {
  %t = "py.constant"() {value = true} : () -> i1
  %f = "py.constant"() {value = false} : () -> i1
  %0 = "py.select"(%c, %x, %x) : (i1, f64, f64) -> f64
  %1 = "py.select"(%t, %x, %y) : (i1, f64, f64) -> f64
  %2 = "py.select"(%f, %x, %y) : (i1, f64, f64) -> f64
  %n = "py.not"(%c) : (i1) -> i1
  %3 = "py.select"(%n, %x, %y) : (i1, f64, f64) -> f64
  %4 = "py.select"(%c, %i, %i) : (i1, i32, i32) -> i32
  return %0, %1, %2, %3, %4 : f64, f64, f64, f64, i32
}

// A select on an unknown condition between different values stays.
// CHECK-LABEL: func.func @select_kept
// CHECK: "py.select"(%arg0, %arg1, %arg2)
func.func @select_kept(%c: i1, %x: i64, %y: i64) -> i64 {
  %0 = "py.select"(%c, %x, %y) : (i1, i64, i64) -> i64
  return %0 : i64
}

// Bool rules do not fire on ints: x & -1 is x by int.rules, but x | 1 is
// not 1 for an int (or-true is a bool rule).
// CHECK-LABEL: func.func @int_or_one_kept
// CHECK: "py.or"
func.func @int_or_one_kept(%x: i8) -> i8 {
  %c = "py.constant"() {value = 1 : i8} : () -> i8
  %0 = "py.or"(%x, %c) : (i8, i8) -> i8
  return %0 : i8
}
