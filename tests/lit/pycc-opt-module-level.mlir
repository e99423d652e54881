// RUN: pycc-opt %s --split-input-file --verify-diagnostics --convert-py-to-arith --canonicalize | FileCheck %s
// A module body is a graph region: `%0 = arith.negf %0` is valid IR there,
// and MLIR's canonicalizer never finishes on the cycle (found by the py_opt
// fuzzer). pycc-opt takes code in functions only and says so.

// expected-error@+1 {{'py.neg' uses values at module level; pycc-opt takes code inside functions only}}
%0 = "py.neg"(%0) : (f64) -> f64

// -----

// Nested modules are graph regions too.
module {
  // expected-error@+1 {{'arith.addf' uses values at module level}}
  %1 = arith.addf %1, %1 : f64
}

// -----

// Operations without operands at module level are fine, as are use cycles
// nowhere: the chunk is processed.
// CHECK-LABEL: func.func @neg
// CHECK-NEXT: return %arg0
func.func @neg(%x: f64) -> f64 {
  %0 = "py.neg"(%x) : (f64) -> f64
  %1 = "py.neg"(%0) : (f64) -> f64
  return %1 : f64
}
