// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg))' | FileCheck %s
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg),convert-py-to-arith,canonicalize,cse)' | FileCheck %s --check-prefix=LOW
// int/mod-non-negative (rules.rs): x % c for a positive constant c and an
// x the e-graph's sign analysis knows is >= 0 is the unsigned remainder,
// with no floor fix-up.

// x & 1023 is >= 0 (its sign bit is clear), so % 10 is unsigned.
// CHECK-LABEL: func.func @masked
// CHECK: %[[M:.+]] = "py.and"(%arg0, %{{.+}}) : (i64, i64) -> i64
// CHECK: %[[U:.+]] = "py.cast"(%[[M]]) : (i64) -> ui64
// CHECK: %[[R:.+]] = "py.mod"(%[[U]], %{{.+}}) : (ui64, ui64) -> ui64
// CHECK: %[[S:.+]] = "py.cast"(%[[R]]) : (ui64) -> i64
// CHECK: return %[[S]]
// LOW-LABEL: func.func @masked
// LOW-NOT: arith.remsi
// LOW: arith.remui
// LOW-NOT: arith.select
// LOW: return
func.func @masked(%x: i64) -> i64 {
  %m = "py.constant"() {value = 1023 : i64} : () -> i64
  %c = "py.constant"() {value = 10 : i64} : () -> i64
  %0 = "py.and"(%x, %m) : (i64, i64) -> i64
  %1 = "py.mod"(%0, %c) : (i64, i64) -> i64
  return %1 : i64
}

// A remainder by a positive constant is >= 0, and so is a shift of it, and
// a zero-extended unsigned value; x % 100 itself stays signed (x unknown).
// CHECK-LABEL: func.func @chains
// CHECK: "py.mod"(%arg0, %{{.+}}) : (i32, i32) -> i32
// CHECK-COUNT-2: "py.mod"({{.+}}) : (ui32, ui32) -> ui32
// CHECK-NOT: "py.mod"
// CHECK: return
func.func @chains(%x: i32, %u: ui16) -> (i32, i32) {
  %c100 = "py.constant"() {value = 100 : i32} : () -> i32
  %c7 = "py.constant"() {value = 7 : i32} : () -> i32
  %c1 = "py.constant"() {value = 1 : i32} : () -> i32
  %0 = "py.mod"(%x, %c100) : (i32, i32) -> i32
  %1 = "py.rshift"(%0, %c1) : (i32, i32) -> i32
  %2 = "py.mod"(%1, %c7) : (i32, i32) -> i32
  %w = "py.cast"(%u) : (ui16) -> i32
  %3 = "py.mod"(%w, %c7) : (i32, i32) -> i32
  return %2, %3 : i32, i32
}

// Not known >= 0: an argument, x | 1, a same-width cast of an unsigned
// value (u64 2^63 is negative as i64), a negative divisor. All stay signed.
// CHECK-LABEL: func.func @kept
// CHECK-COUNT-4: "py.mod"({{.+}}) : (i64, i64) -> i64
// CHECK-NOT: "py.mod"
// CHECK: return
func.func @kept(%x: i64, %u: ui64) -> (i64, i64, i64, i64) {
  %c10 = "py.constant"() {value = 10 : i64} : () -> i64
  %cm10 = "py.constant"() {value = -10 : i64} : () -> i64
  %one = "py.constant"() {value = 1 : i64} : () -> i64
  %m = "py.constant"() {value = 1023 : i64} : () -> i64
  %0 = "py.mod"(%x, %c10) : (i64, i64) -> i64
  %o = "py.or"(%x, %one) : (i64, i64) -> i64
  %1 = "py.mod"(%o, %c10) : (i64, i64) -> i64
  %s = "py.cast"(%u) : (ui64) -> i64
  %2 = "py.mod"(%s, %c10) : (i64, i64) -> i64
  %a = "py.and"(%x, %m) : (i64, i64) -> i64
  %3 = "py.mod"(%a, %cm10) : (i64, i64) -> i64
  return %0, %1, %2, %3 : i64, i64, i64, i64
}
