// Fused reductions (src/sema/ndarray/arrayops/fused.rs): np.sum (and np.mean) of an elementwise float
// expression, whole or over the last axis, is one loop that sums the
// elements as it computes them: no temporary array (no pycc_np_new for it)
// and no numpy call (no pycc_np_value); the runtime only walks numpy's
// pairwise-summation recursion (pycc_pw_begin/leaf/result).
// (The Python input is Inputs/fused_sum.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/fused_sum.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/fused_sum.py.mlir

// np.sum(a * b): nothing allocated, nothing asked of numpy.
// CHECK-LABEL: func.func @kernel.sum_sq
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: call @pycc_pw_begin
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: call @pycc_pw_result
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: call @pycc_pw_leaf
// CHECK-NOT: pycc_np_{{new|renew|value}}
// np.sum(x * x, axis=-1): one pairwise sum per row when x is C-contiguous
// (else numpy's own sum of the computed array, as numpy's temporary would
// keep x's order).
// CHECK-LABEL: func.func @kernel.row_sums
// CHECK: call @pycc_pw_begin
