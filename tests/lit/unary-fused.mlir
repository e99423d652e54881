// Unary `-`, `+` and `~` of an array expression are nodes of the fused
// elementwise tree (src/sema/ndarray/arrayops/unary.rs), as `np.negative`
// is: `np.exp(-s)` negates inside the loop that computes `s` (one loop, one
// array fewer: numpy-benchmarks' log_likelihood), `-(a * 2.0) + 1.0` and
// `~(a < b)` are one loop each, unsigned negation is numpy's wrapping
// `0 - x`, and `~` of a bool is `x ^ True`. Each loop over a strided
// operand is versioned on unit strides (tir's unitstride): the same body twice.
// (The Python input is Inputs/unary_fused.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/unary_fused.py -o %t --emit tir
// RUN: FileCheck %s --input-file=%t/unary_lit.tir

// CHECK-LABEL: func @kernel.loglik(
// CHECK: $[[S:array[0-9]+]]: float64[::1] = np.empty(shape(%data.shape.0))
// CHECK-NEXT: if cmp.eq:boolean(%data.strides.0, 8:int64):
// CHECK-NEXT: for %[[I:\$slice[0-9]+]] in range(0:int64, %data.shape.0, 1:int64):
// CHECK-NEXT: store $[[S]][%[[I]]] = neg:float64(np.div:float64(mul:float64(
// CHECK-NEXT: else:
// CHECK-NEXT: for %[[I]] in range(0:int64, %data.shape.0, 1:int64):
// CHECK-NEXT: store $[[S]][%[[I]]] = neg:float64(np.div:float64(mul:float64(
// CHECK-NEXT: = np.exp(array $[[S]])
// CHECK-NOT: neg:float64

// CHECK-LABEL: func @kernel.affine(
// CHECK: np.empty
// CHECK-NEXT: if cmp.eq:boolean(%a.strides.0, 8:int64):
// CHECK-NEXT: for
// CHECK-NEXT: store $[[A:array[0-9]+]][%[[J:\$slice[0-9]+]]] = np.add:float64(neg:float64(np.mul:float64(load:float64 a[%[[J]]], 2.0:float64)), 1.0:float64)
// CHECK-NOT: np.empty
// CHECK: return

// CHECK-LABEL: func @kernel.notless(
// CHECK: np.empty
// CHECK: for
// CHECK-NEXT: store {{.*}} = np.bitxor:boolean(cmp.lt:boolean(load:float64 a[{{.*}}], load:float64 b[{{.*}}]), true:boolean)
// CHECK-NOT: np.empty
// CHECK: return

// CHECK-LABEL: func @kernel.uneg(
// CHECK: np.empty
// CHECK-NEXT: if cmp.eq:boolean(%u.strides.0, 2:int64):
// CHECK-NEXT: for
// CHECK-NEXT: store {{.*}} = np.sub:uint16(0:uint16, np.mul:uint16(load:uint16 u[{{.*}}], 3:uint16))
// CHECK-NOT: np.empty
// CHECK: return
