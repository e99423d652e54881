// Complex128 division and expressions into a new array (src/sema/ndarray/arrayops/cxfused.rs):
// `a / m` is numpy's Smith division with a reciprocal computed inline
// (|re| >= |im| picks the ratio; numpy's divide loop is scalar code), and
// `-(z - w) + np.conj(x)` is one loop into a new C-ordered array: no numpy
// call (pycc_np_value) and no temporary, only the result's allocation.
// (The Python input is Inputs/complex_div.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/complex_div.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/complex_div_lit.py.mlir

// CHECK-LABEL: func.func @kernel.normalize
// CHECK-NOT: pycc_np_value
// CHECK: call @pycc_np_renew
// CHECK-NOT: pycc_np_value
// CHECK: "py.cmp"{{.*}}predicate = "ge"
// CHECK: "py.div"
// CHECK-NOT: pycc_np_value
// CHECK: llvm.store
// CHECK-LABEL: func.func @kernel.chain
// CHECK-NOT: pycc_np_value
// CHECK: call @pycc_np_renew
// CHECK-NOT: pycc_np_value
// CHECK: llvm.store
// CHECK-NOT: pycc_np_value
// CHECK: func.func private
