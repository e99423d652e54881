// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg))' | FileCheck %s
// Float rules with true division and x * 2.0 (float.rules).

// div-2 ... div-minus-2: a division by a power of two whose reciprocal is
// exact becomes a multiply, at f64 and at f32 (x / 0.5 goes on through
// x * 2.0 to x + x).
// CHECK-LABEL: func.func @div_pow2
// CHECK-NOT: py.div
// CHECK-DAG: {value = 5.000000e-01 : f64}
// CHECK-DAG: {value = 2.500000e-01 : f64}
// CHECK-DAG: {value = 1.250000e-01 : f32}
// CHECK-DAG: {value = 6.250000e-02 : f32}
// CHECK-DAG: {value = 9.765625E-4 : f64}
// CHECK-DAG: "py.add"(%arg0, %arg0) : (f64, f64)
// CHECK-DAG: {value = 4.000000e+00 : f32}
// CHECK-DAG: {value = -5.000000e-01 : f64}
// CHECK-NOT: py.div
// CHECK: return
func.func @div_pow2(%x: f64, %y: f32) -> (f64, f64, f32, f32, f64, f64, f32, f64) {
  %c2 = "py.constant"() {value = 2.0 : f64} : () -> f64
  %c4 = "py.constant"() {value = 4.0 : f64} : () -> f64
  %c8 = "py.constant"() {value = 8.0 : f32} : () -> f32
  %c16 = "py.constant"() {value = 16.0 : f32} : () -> f32
  %c1024 = "py.constant"() {value = 1024.0 : f64} : () -> f64
  %ch = "py.constant"() {value = 0.5 : f64} : () -> f64
  %cq = "py.constant"() {value = 0.25 : f32} : () -> f32
  %cm2 = "py.constant"() {value = -2.0 : f64} : () -> f64
  %0 = "py.div"(%x, %c2) : (f64, f64) -> f64
  %1 = "py.div"(%x, %c4) : (f64, f64) -> f64
  %2 = "py.div"(%y, %c8) : (f32, f32) -> f32
  %3 = "py.div"(%y, %c16) : (f32, f32) -> f32
  %4 = "py.div"(%x, %c1024) : (f64, f64) -> f64
  %5 = "py.div"(%x, %ch) : (f64, f64) -> f64
  %6 = "py.div"(%y, %cq) : (f32, f32) -> f32
  %7 = "py.div"(%x, %cm2) : (f64, f64) -> f64
  return %0, %1, %2, %3, %4, %5, %6, %7 : f64, f64, f32, f32, f64, f64, f32, f64
}

// div-one, div-minus-one (a multiply by -1.0, not py.neg: a nan keeps its sign).
// CHECK-LABEL: func.func @div_one
// CHECK-NOT: py.neg
// CHECK: %[[N:.+]] = "py.mul"(%arg0, %{{.+}})
// CHECK-NOT: py.div
// CHECK: return %arg0, %[[N]]
func.func @div_one(%x: f64) -> (f64, f64) {
  %c1 = "py.constant"() {value = 1.0 : f64} : () -> f64
  %cm1 = "py.constant"() {value = -1.0 : f64} : () -> f64
  %0 = "py.div"(%x, %c1) : (f64, f64) -> f64
  %1 = "py.div"(%x, %cm1) : (f64, f64) -> f64
  return %0, %1 : f64, f64
}

// x / 3.0, x / 10.0 and 2.0 / x stay divisions: 1/3 and 1/10 are inexact,
// and only a constant divisor qualifies.
// CHECK-LABEL: func.func @div_kept
// CHECK-COUNT-3: "py.div"
// CHECK-NOT: py.mul
func.func @div_kept(%x: f64) -> (f64, f64, f64) {
  %c3 = "py.constant"() {value = 3.0 : f64} : () -> f64
  %c10 = "py.constant"() {value = 10.0 : f64} : () -> f64
  %c2 = "py.constant"() {value = 2.0 : f64} : () -> f64
  %0 = "py.div"(%x, %c3) : (f64, f64) -> f64
  %1 = "py.div"(%x, %c10) : (f64, f64) -> f64
  %2 = "py.div"(%c2, %x) : (f64, f64) -> f64
  return %0, %1, %2 : f64, f64, f64
}

// A constant division folds (IEEE, as at run time).
// CHECK-LABEL: func.func @div_fold
// CHECK-NEXT: "py.constant"() {value = 0.33333333333333331 : f64}
func.func @div_fold() -> f64 {
  %c1 = "py.constant"() {value = 1.0 : f64} : () -> f64
  %c3 = "py.constant"() {value = 3.0 : f64} : () -> f64
  %0 = "py.div"(%c1, %c3) : (f64, f64) -> f64
  return %0 : f64
}

// mul-two, mul-two-left: x * 2.0 is x + x, on either side, at f64 and f32.
// CHECK-LABEL: func.func @mul_two
// CHECK-NOT: py.mul
// CHECK-DAG: "py.add"(%arg0, %arg0) : (f64, f64)
// CHECK-DAG: "py.add"(%arg1, %arg1) : (f32, f32)
func.func @mul_two(%x: f64, %y: f32) -> (f64, f32) {
  %c = "py.constant"() {value = 2.0 : f64} : () -> f64
  %d = "py.constant"() {value = 2.0 : f32} : () -> f32
  %0 = "py.mul"(%x, %c) : (f64, f64) -> f64
  %1 = "py.mul"(%d, %y) : (f32, f32) -> f32
  return %0, %1 : f64, f32
}

// x * -2.0 and x * 3.0 stay multiplies.
// CHECK-LABEL: func.func @mul_kept
// CHECK-COUNT-2: "py.mul"
// CHECK-NOT: py.add
func.func @mul_kept(%x: f64) -> (f64, f64) {
  %c = "py.constant"() {value = -2.0 : f64} : () -> f64
  %d = "py.constant"() {value = 3.0 : f64} : () -> f64
  %0 = "py.mul"(%x, %c) : (f64, f64) -> f64
  %1 = "py.mul"(%x, %d) : (f64, f64) -> f64
  return %0, %1 : f64, f64
}
