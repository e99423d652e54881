// Fused complex128 expressions (src/sema/ndarray/arrayops/cxfused.rs) and tuple operands: abs of a complex
// expression inside a fused reduction, a complex pairwise sum, and an
// in-place update are loops over the parts, with numpy's multiply and
// absolute as runtime calls per element (pycc_cx_*), no numpy call and no
// temporary array (pycc_np_value / pycc_np_new only on the paths numpy
// keeps: more than 1,024 items for abs, overlapping operands in place).
// (The Python input is Inputs/complex_fused.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/complex_fused.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/complex_fused_lit.py.mlir

// np.argmin(abs(e - symbols) ** 2): the loop calls numpy's absolute formula.
// CHECK-LABEL: func.func @kernel.decide
// CHECK: call @pycc_cx_abs
// np.sum(x * np.conj(w)): numpy's complex pairwise sum of the products.
// CHECK-LABEL: func.func @kernel.filt
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: call @pycc_pw_begin
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: call @pycc_cx_mul_re
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: call @pycc_pw_cleaf
// w += c * x: one loop where x does not overlap w, numpy's iadd where it does.
// CHECK-LABEL: func.func @kernel.update
// CHECK: call @pycc_np_value
// CHECK: call @pycc_cx_mul_im
// A tuple of numbers inside an elementwise expression (src/sema/ndarray/arrayops.rs,
// Tree::Tuple): its items are selected by the loop index, no array is made,
// and np.bitwise_and is its operator's node: one loop, no numpy at all.
// CHECK-LABEL: func.func @kernel.mask_eq
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: arith.select
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: return
