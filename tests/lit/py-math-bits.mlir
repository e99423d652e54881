// RUN: pycc-opt %s --convert-py-to-arith | FileCheck %s
// Shifts never reach LLVM's undefined counts; libm calls are glibc's own.

// CHECK-LABEL: func.func @shl
// CHECK: %[[W:.+]] = arith.constant 64 : i64
// CHECK: %[[FAR:.+]] = arith.cmpi uge, %arg1, %[[W]] : i64
// CHECK: %[[N:.+]] = arith.select %[[FAR]], %{{.+}}, %arg1 : i64
// CHECK: %[[S:.+]] = arith.shli %arg0, %[[N]] : i64
// CHECK: arith.select %[[FAR]], %{{.+}}, %[[S]] : i64
func.func @shl(%x: i64, %n: i64) -> i64 {
  %0 = "py.lshift"(%x, %n) : (i64, i64) -> i64
  return %0 : i64
}

// Signed >> past the width fills with the sign: x >> 63.
// CHECK-LABEL: func.func @shr
// CHECK: arith.shrsi %arg0, %[[N:.+]] : i32
// CHECK: %[[SIGN:.+]] = arith.shrsi %arg0, %{{.+}} : i32
// CHECK: arith.select %{{.+}}, %[[SIGN]], %{{.+}} : i32
func.func @shr(%x: i32, %n: i32) -> i32 {
  %0 = "py.rshift"(%x, %n) : (i32, i32) -> i32
  return %0 : i32
}

// fmod is frem, never a call named `fmod`: LLVM 22 rewrites such a call into
// `frem nnan` once it knows y is nonzero, and a nan y then breaks the checks
// after it (issue 16 item 6).
// CHECK-LABEL: func.func @fmod
// CHECK: arith.remf %arg0, %arg1 : f64
// CHECK-NOT: call @fmod
func.func @fmod(%x: f64, %y: f64) -> f64 {
  %0 = "py.libm"(%x, %y) {function = "fmod"} : (f64, f64) -> f64
  return %0 : f64
}

// float32 math is libm's float function (numba's `expf`, ...), declared on
// f32; `powf` behind its opaque name, `fmodf` frem, sqrt exact on f32.
// CHECK-LABEL: func.func @libm_f32
// CHECK: call @expf(%arg0) : (f32) -> f32
// CHECK: math.sqrt %arg0 : f32
// CHECK: call @pycc_powf(%arg0, %arg0) : (f32, f32) -> f32
// CHECK: arith.remf %arg0, %arg0 : f32
func.func @libm_f32(%x: f32) -> (f32, f32, f32, f32) {
  %0 = "py.libm"(%x) {function = "expf"} : (f32) -> f32
  %1 = "py.libm"(%x) {function = "sqrt"} : (f32) -> f32
  %2 = "py.libm"(%x, %x) {function = "powf"} : (f32, f32) -> f32
  %3 = "py.libm"(%x, %x) {function = "fmodf"} : (f32, f32) -> f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

// CHECK-LABEL: func.func @libm
// CHECK: math.sqrt %arg0 : f64
// CHECK: call @sin(%arg0) : (f64) -> f64
// CHECK: call @atan2(%arg0, %arg0) : (f64, f64) -> f64
// CHECK: func.func private @sin(f64) -> f64
// CHECK: func.func private @atan2(f64, f64) -> f64
func.func @libm(%x: f64) -> (f64, f64, f64) {
  %0 = "py.libm"(%x) {function = "sqrt"} : (f64) -> f64
  %1 = "py.libm"(%x) {function = "sin"} : (f64) -> f64
  %2 = "py.libm"(%x, %x) {function = "atan2"} : (f64, f64) -> f64
  return %0, %1, %2 : f64, f64, f64
}
