// numpy's complex pairwise sum of a fused 2-d expression (cx_pairwise in
// src/sema/ndarray/arrayops/cxfused.rs): each leaf divides once, for its
// first item's row and column, and steps them from item to item (the
// head of 4, the unrolled loop and the tail alike); no division an item.
// (The Python input is Inputs/complex_sum_walk.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/complex_sum_walk.py -o %t --emit tir
// RUN: FileCheck %s --input-file=%t/complex_sum_walk_lit.tir

// CHECK-LABEL: func @kernel.filt2(
// CHECK: while
// The leaf's item count (a halving, not an index).
// CHECK: floordiv:int64(%{{[^,]*}}, 2:int64)
// Fewer than 4 items: one division, then the walk.
// CHECK: if cmp.lt
// CHECK: floordiv
// CHECK: for
// CHECK-NOT: floordiv
// CHECK: else:
// Up to 64 items: one division, then items 0..3, the unrolled loop and the tail.
// CHECK: floordiv
// CHECK: for
// CHECK-NOT: floordiv
// CHECK: runtime @pycc_pw_cleaf
