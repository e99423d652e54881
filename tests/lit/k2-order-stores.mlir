// An elementwise result of 2-d operands that are not C-ordered takes numpy's
// order 'K' at run time (src/sema/ndarray/arrayops.rs new_array_k2): Fortran order
// when the operands say so, else C order. The loop that fills it is written
// twice, the C-order copy storing through the buffer's own (static) unit
// stride, so after O3 it is vectorized: grayscott's float32 Laplacian of
// views stores four floats at a time. Through the chosen strides (run-time
// values) the store stayed scalar.
// (The Python input is Inputs/k2_stores.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/k2_stores.py -o %t --emit llvm-ir
// RUN: FileCheck %s --input-file=%t/k2_stores_lit.ll

// CHECK-LABEL: define {{.*}}@wrap.stencil(
// CHECK: store <4 x float>
