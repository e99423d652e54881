// RUN: pycc-opt %s | pycc-opt | FileCheck %s
// The py dialect parses, verifies and prints back unchanged.

// CHECK-LABEL: func.func @ops
// CHECK-SAME: (%[[A:.+]]: f64, %[[B:.+]]: f64, %[[I:.+]]: i32, %[[U:.+]]: ui8)
func.func @ops(%a: f64, %b: f64, %i: i32, %u: ui8) -> f64 {
  // CHECK: %[[C:.+]] = "py.constant"() {value = 2.000000e+00 : f64} : () -> f64
  %c = "py.constant"() {value = 2.0 : f64} : () -> f64
  // CHECK: "py.add"(%[[A]], %[[B]]) : (f64, f64) -> f64
  %0 = "py.add"(%a, %b) : (f64, f64) -> f64
  // CHECK: "py.sub"
  %1 = "py.sub"(%0, %b) : (f64, f64) -> f64
  // CHECK: "py.mul"
  %2 = "py.mul"(%1, %c) : (f64, f64) -> f64
  // CHECK: "py.pow"
  %3 = "py.pow"(%2, %c) : (f64, f64) -> f64
  // CHECK: "py.neg"
  %4 = "py.neg"(%3) : (f64) -> f64
  // CHECK: "py.cast"(%[[U]]) : (ui8) -> i32
  %5 = "py.cast"(%u) : (ui8) -> i32
  // CHECK: "py.mul"(%[[I]], %{{.+}}) : (i32, i32) -> i32
  %6 = "py.mul"(%i, %5) : (i32, i32) -> i32
  // CHECK: "py.cast"(%{{.+}}) : (i32) -> f64
  %7 = "py.cast"(%6) : (i32) -> f64
  %8 = "py.add"(%4, %7) : (f64, f64) -> f64
  return %8 : f64
}
