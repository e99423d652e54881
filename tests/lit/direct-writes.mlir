// Direct writes (src/sema/ndarray/arrayops/direct.rs): an elementwise value stored into a
// view or array is computed straight into it. damp's only operand is its
// target itself, so nothing is allocated; axpy's operands may overlap
// `out` (checked at run time), so it keeps numpy's temporary for that
// branch (tests/programs/direct_writes.py runs both branches).
// (The Python input is Inputs/direct_writes.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/direct_writes.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/direct_writes_lit.py.mlir

// CHECK-LABEL: func.func @kernel.damp
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: return
// CHECK-LABEL: func.func @kernel.axpy
// CHECK: call @pycc_np_{{new|renew}}
// CHECK: return
