// RUN: pycc-opt %s --split-input-file --verify-diagnostics --py-egg | FileCheck %s
// RUN: not pycc-opt %s --split-input-file --py-egg 2>&1 >/dev/null | FileCheck %s --check-prefix=PLAIN
// RUN: not pycc-opt %S/Inputs/verify-mismatch.mlir --split-input-file --verify-diagnostics 2>&1 | FileCheck %s --check-prefix=MISMATCH
// --split-input-file runs each chunk on its own; --verify-diagnostics turns
// the errors that the expected-* comments announce into a pass.

func.func @mixed(%a: f64, %i: i32) -> f64 {
  // expected-error@+1 {{'py.mul' op requires the same type for all operands and results}}
  %0 = "py.mul"(%a, %i) : (f64, i32) -> f64
  return %0 : f64
}

// -----

// The chunk after a failing one is still processed, at its own line numbers.
// CHECK-NOT: @mixed
// CHECK-LABEL: func.func @square
// CHECK-NEXT: "py.mul"(%arg0, %arg0)
func.func @square(%x: i64) -> i64 {
  %c = "py.constant"() {value = 2 : i64} : () -> i64
  %0 = "py.pow"(%x, %c) : (i64, i64) -> i64
  return %0 : i64
}

// -----

func.func @bad_return(%x: i64) -> i64 {
  %0 = "py.cast"(%x) : (i64) -> f64
  // expected-error@below {{type of return operand 0 ('f64') doesn't match function result type ('i64')}}
  return %0 : f64
}

// -----

// Outputs of the chunks that succeed are separated as the input was.
// CHECK: // -----
// CHECK-LABEL: func.func @last
func.func @last(%x: i64) -> i64 {
  return %x : i64
}

// -----

// A regex expectation (the -re suffix): literal text with regex blocks
// in double braces, as in mlir-opt.
func.func @regex(%i: i32) -> i32 {
  // expected-error-re@+1 {{'py.{{(div|add)}}' op operand #0 must be f32 or f64, but got 'i{{[0-9]+}}'}}
  %0 = "py.div"(%i, %i) : (i32, i32) -> i32
  return %0 : i32
}

// Without --verify-diagnostics the same errors fail the run, with their lines.
// PLAIN: pycc-opt-split-verify.mlir:9:8: error: 'py.mul' op requires the same type for all operands and results
// PLAIN: pycc-opt-split-verify.mlir:30:3: error: type of return operand 0

// MISMATCH: verify-mismatch.mlir:6: unexpected error: 'py.mul' op requires the same type for all operands and results
// MISMATCH: verify-mismatch.mlir:13: unexpected error: 'py.div' op operand #0 must be f32 or f64, but got 'i64'
// MISMATCH: verify-mismatch.mlir:4: expected error "never emitted" on line 5 was not produced
// MISMATCH: verify-mismatch.mlir:12: expected error "must be f32 or f64, but got 'i{{.*}}0-9]+{{.*}}'x" on line 13 was not produced
