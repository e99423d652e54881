// np.power(x, k) of a float array and a literal 2, -1 or 0.5 (src/sema/fastpower.rs)
// is numpy's scalar-exponent fast path (x * x, 1.0 / x, sqrt(x)) fused into
// the expression's loop: no numpy call for it (no pycc_np_new of the power
// ufunc, code 341; tanh is 333) and no temporary. Other exponents stay
// numpy's call. (The Python input is Inputs/np_power_fast.py.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/np_power_fast.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/np_power_fast_lit.py.mlir

// 1 - np.power(np.tanh(x), 2): numpy's tanh, then one loop.
// CHECK-LABEL: func.func @kernel.fprime
// CHECK-NOT: pycc_np_new(%c341_i64
// CHECK: call @pycc_np_new(%c333_i64
// CHECK-NOT: pycc_np_new(%c341_i64
// np.power(a, 0.5) + np.power(a, -1): sqrt and a division per element.
// CHECK-LABEL: func.func @kernel.roots
// CHECK-NOT: call @pycc_np_new(
// CHECK: "py.libm"({{.*}}) {function = "sqrt"}
// CHECK: "py.div"
// CHECK-NOT: call @pycc_np_new(
// np.power(a, 3): numpy's power.
// CHECK-LABEL: func.func @kernel.cube
// CHECK: call @pycc_np_new(%c341_i64
