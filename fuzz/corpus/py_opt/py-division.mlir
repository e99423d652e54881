// RUN: pycc-opt %s --convert-py-to-arith | FileCheck %s
// Python's // and % on ints: truncating division with the sign fix-up, and
// a divisor of -1 kept away from the hardware (MIN / -1 traps on x86).

// CHECK-LABEL: func.func @int_floordiv
// CHECK: %[[M1:.+]] = arith.cmpi eq, %arg1, %{{.+}} : i64
// CHECK: %[[SAFE:.+]] = arith.select %[[M1]], %{{.+}}, %arg1 : i64
// CHECK: arith.divsi %arg0, %[[SAFE]] : i64
// CHECK: arith.remsi %arg0, %[[SAFE]] : i64
// CHECK-NOT: arith.divsi %arg0, %arg1
func.func @int_floordiv(%a: i64, %b: i64) -> i64 {
  %0 = "py.floordiv"(%a, %b) : (i64, i64) -> i64
  return %0 : i64
}

// Unsigned ints need no fix-up.
// CHECK-LABEL: func.func @uint_mod
// CHECK-NEXT: %[[R:.+]] = arith.remui %arg0, %arg1 : i32
// CHECK-NEXT: return %[[R]]
func.func @uint_mod(%a: ui32, %b: ui32) -> ui32 {
  %0 = "py.mod"(%a, %b) : (ui32, ui32) -> ui32
  return %0 : ui32
}

// Float %: CPython's float_rem, fmod then the sign fix-up and a signed zero.
// CHECK-LABEL: func.func @float_mod
// CHECK: %[[F:.+]] = arith.remf %arg0, %arg1 : f64
// CHECK: math.copysign
// CHECK: arith.select
func.func @float_mod(%a: f64, %b: f64) -> f64 {
  %0 = "py.mod"(%a, %b) : (f64, f64) -> f64
  return %0 : f64
}

// Float //: _float_div_mod's snapped quotient.
// CHECK-LABEL: func.func @float_floordiv
// CHECK: arith.remf
// CHECK: math.floor
// CHECK: arith.cmpf ogt
func.func @float_floordiv(%a: f64, %b: f64) -> f64 {
  %0 = "py.floordiv"(%a, %b) : (f64, f64) -> f64
  return %0 : f64
}

// py.raise becomes a call to the runtime with two constant strings.
// CHECK-LABEL: func.func @raise
// CHECK: %[[E:.+]] = llvm.mlir.addressof
// CHECK: %[[M:.+]] = llvm.mlir.addressof
// CHECK: call @pycc_raise(%[[E]], %[[M]]) : (!llvm.ptr, !llvm.ptr) -> ()
// CHECK: llvm.mlir.global internal constant @{{.+}}("ZeroDivisionError\00")
// CHECK: llvm.mlir.global internal constant @{{.+}}("division by zero\00")
// CHECK: func.func private @pycc_raise(!llvm.ptr, !llvm.ptr)
func.func @raise() -> i1 {
  "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"} : () -> ()
  %t = arith.constant true
  return %t : i1
}
