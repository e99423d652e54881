// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg))' | FileCheck %s
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg,convert-py-to-arith))' | FileCheck %s --check-prefix=LOWER
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg{rules=float,int,fastmath}))' | FileCheck %s --check-prefix=FAST
// Float x ** n with a constant n in {2, 3, 4, -1, -2} becomes py.pow_small
// (glibc's pow bit for bit, src/wrap/pow_small.h), which lowers to an
// inlined runtime helper; other exponents stay py.pow. With fastmath the
// multiply is cheaper still and wins.

// CHECK-LABEL: func.func @two
// CHECK: %[[C:.+]] = "py.constant"() {value = 2.000000e+00 : f64}
// CHECK: "py.pow_small"(%arg0, %[[C]]) : (f64, f64) -> f64
// LOWER-LABEL: func.func @two
// LOWER: call @pycc_pow_small(%arg0, %{{.+}}) : (f64, f64) -> f64
// FAST-LABEL: func.func @two
// FAST: "py.mul"(%arg0, %arg0)
// FAST-NEXT: return
func.func @two(%x: f64) -> f64 {
  %c = "py.constant"() {value = 2.0 : f64} : () -> f64
  %0 = "py.pow"(%x, %c) : (f64, f64) -> f64
  return %0 : f64
}

// CHECK-LABEL: func.func @three_four_f32
// CHECK: "py.pow_small"(%arg0, %{{.+}}) : (f32, f32) -> f32
// CHECK: "py.pow_small"(%arg0, %{{.+}}) : (f32, f32) -> f32
// LOWER-LABEL: func.func @three_four_f32
// LOWER: call @pycc_powf_small(%arg0, %{{.+}}) : (f32, f32) -> f32
// LOWER: call @pycc_powf_small(%arg0, %{{.+}}) : (f32, f32) -> f32
func.func @three_four_f32(%x: f32) -> f32 {
  %c3 = "py.constant"() {value = 3.0 : f32} : () -> f32
  %c4 = "py.constant"() {value = 4.0 : f32} : () -> f32
  %0 = "py.pow"(%x, %c3) : (f32, f32) -> f32
  %1 = "py.pow"(%x, %c4) : (f32, f32) -> f32
  %2 = "py.add"(%0, %1) : (f32, f32) -> f32
  return %2 : f32
}

// CHECK-LABEL: func.func @negative
// CHECK-DAG: %[[M1:.+]] = "py.constant"() {value = -1.000000e+00 : f64}
// CHECK-DAG: %[[M2:.+]] = "py.constant"() {value = -2.000000e+00 : f64}
// CHECK-DAG: "py.pow_small"(%arg0, %[[M1]])
// CHECK-DAG: "py.pow_small"(%arg0, %[[M2]])
func.func @negative(%x: f64) -> f64 {
  %c1 = "py.constant"() {value = -1.0 : f64} : () -> f64
  %c2 = "py.constant"() {value = -2.0 : f64} : () -> f64
  %0 = "py.pow"(%x, %c1) : (f64, f64) -> f64
  %1 = "py.pow"(%x, %c2) : (f64, f64) -> f64
  %2 = "py.add"(%0, %1) : (f64, f64) -> f64
  return %2 : f64
}

// Other exponents, and a variable one, stay glibc's pow (opaque calls).
// CHECK-LABEL: func.func @others
// CHECK-NOT: pow_small
// CHECK: "py.pow"
// CHECK: "py.pow"
// CHECK: "py.pow"
// CHECK-NOT: pow_small
// LOWER-LABEL: func.func @others
// LOWER-NOT: pycc_pow_small
// LOWER: call @pycc_pow(
// LOWER-NOT: pycc_pow_small
// LOWER: return
func.func @others(%x: f64, %y: f64) -> f64 {
  %c5 = "py.constant"() {value = 5.0 : f64} : () -> f64
  %ch = "py.constant"() {value = 0.5 : f64} : () -> f64
  %0 = "py.pow"(%x, %c5) : (f64, f64) -> f64
  %1 = "py.pow"(%x, %ch) : (f64, f64) -> f64
  %2 = "py.pow"(%x, %y) : (f64, f64) -> f64
  %3 = "py.add"(%0, %1) : (f64, f64) -> f64
  %4 = "py.add"(%3, %2) : (f64, f64) -> f64
  return %4 : f64
}

// f32 powf stays opaque too: LLVM would turn powf(x, 5.0) into multiplies.
// LOWER-LABEL: func.func @others_f32
// LOWER: call @pycc_powf(
func.func @others_f32(%x: f32) -> f32 {
  %c5 = "py.constant"() {value = 5.0 : f32} : () -> f32
  %0 = "py.pow"(%x, %c5) : (f32, f32) -> f32
  return %0 : f32
}

// Integer powers are not floats: no pow_small.
// CHECK-LABEL: func.func @int_pow
// CHECK-NOT: pow_small
func.func @int_pow(%x: i64) -> i64 {
  %c = "py.constant"() {value = 2 : i64} : () -> i64
  %0 = "py.pow"(%x, %c) : (i64, i64) -> i64
  return %0 : i64
}
