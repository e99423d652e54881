// np.var / x.var over the last axis of a 2-d float64 array (src/sema/ndarray/arrayops/fused.rs
// fused_var): numpy's row sums make the means (one pycc_np_new), then the
// squared deviations are summed row by row as numpy's pairwise sum
// (pycc_pw_*), with no temporary array and no call of numpy's var.
// (The Python input is Inputs/fused_var.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/fused_var.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/fused_var_lit.py.mlir

// CHECK-LABEL: func.func @kernel.row_vars
// CHECK-NOT: pycc_np_value
// CHECK: call @pycc_np_new
// CHECK-NOT: pycc_np_value
// CHECK: call @pycc_pw_begin
// CHECK-NOT: pycc_np_value
// CHECK: call @pycc_pw_leaf
