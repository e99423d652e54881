// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg{node-limit=64}))' | FileCheck %s
// A block of 40 pure ops is rewritten in slices of 16 (a quarter of the
// node limit): values crossing a slice boundary are leaves of the next
// e-graph, and every `x * 1.0` still folds, across the boundaries too.
// CHECK-LABEL: func.func @chain
// CHECK-NOT: py.mul
// CHECK: return %arg0
func.func @chain(%x: f64) -> f64 {
  %one = "py.constant"() {value = 1.0 : f64} : () -> f64
  %v0 = "py.mul"(%x, %one) : (f64, f64) -> f64
  %v1 = "py.mul"(%v0, %one) : (f64, f64) -> f64
  %v2 = "py.mul"(%v1, %one) : (f64, f64) -> f64
  %v3 = "py.mul"(%v2, %one) : (f64, f64) -> f64
  %v4 = "py.mul"(%v3, %one) : (f64, f64) -> f64
  %v5 = "py.mul"(%v4, %one) : (f64, f64) -> f64
  %v6 = "py.mul"(%v5, %one) : (f64, f64) -> f64
  %v7 = "py.mul"(%v6, %one) : (f64, f64) -> f64
  %v8 = "py.mul"(%v7, %one) : (f64, f64) -> f64
  %v9 = "py.mul"(%v8, %one) : (f64, f64) -> f64
  %v10 = "py.mul"(%v9, %one) : (f64, f64) -> f64
  %v11 = "py.mul"(%v10, %one) : (f64, f64) -> f64
  %v12 = "py.mul"(%v11, %one) : (f64, f64) -> f64
  %v13 = "py.mul"(%v12, %one) : (f64, f64) -> f64
  %v14 = "py.mul"(%v13, %one) : (f64, f64) -> f64
  %v15 = "py.mul"(%v14, %one) : (f64, f64) -> f64
  %v16 = "py.mul"(%v15, %one) : (f64, f64) -> f64
  %v17 = "py.mul"(%v16, %one) : (f64, f64) -> f64
  %v18 = "py.mul"(%v17, %one) : (f64, f64) -> f64
  %v19 = "py.mul"(%v18, %one) : (f64, f64) -> f64
  %v20 = "py.mul"(%v19, %one) : (f64, f64) -> f64
  %v21 = "py.mul"(%v20, %one) : (f64, f64) -> f64
  %v22 = "py.mul"(%v21, %one) : (f64, f64) -> f64
  %v23 = "py.mul"(%v22, %one) : (f64, f64) -> f64
  %v24 = "py.mul"(%v23, %one) : (f64, f64) -> f64
  %v25 = "py.mul"(%v24, %one) : (f64, f64) -> f64
  %v26 = "py.mul"(%v25, %one) : (f64, f64) -> f64
  %v27 = "py.mul"(%v26, %one) : (f64, f64) -> f64
  %v28 = "py.mul"(%v27, %one) : (f64, f64) -> f64
  %v29 = "py.mul"(%v28, %one) : (f64, f64) -> f64
  %v30 = "py.mul"(%v29, %one) : (f64, f64) -> f64
  %v31 = "py.mul"(%v30, %one) : (f64, f64) -> f64
  %v32 = "py.mul"(%v31, %one) : (f64, f64) -> f64
  %v33 = "py.mul"(%v32, %one) : (f64, f64) -> f64
  %v34 = "py.mul"(%v33, %one) : (f64, f64) -> f64
  %v35 = "py.mul"(%v34, %one) : (f64, f64) -> f64
  %v36 = "py.mul"(%v35, %one) : (f64, f64) -> f64
  %v37 = "py.mul"(%v36, %one) : (f64, f64) -> f64
  %v38 = "py.mul"(%v37, %one) : (f64, f64) -> f64
  %v39 = "py.mul"(%v38, %one) : (f64, f64) -> f64
  return %v39 : f64
}
