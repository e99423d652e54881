// RUN: not pycc-opt %s 2>&1 | FileCheck %s
// Operands of a py binary op share one type: the frontend casts first.

func.func @mixed(%a: f64, %i: i32) -> f64 {
  // CHECK: expected 'f64' but got 'i32'
  %0 = "py.mul"(%a, %i) : (f64, i32) -> f64
  return %0 : f64
}
