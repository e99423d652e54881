// `np.flatnonzero(a)` / `np.where(a)[0]` of a 1-d real array is two loops
// (src/sema/npcalls/flatnonzero.rs): the count of nonzero items (Python's
// truth of each, so nan counts and -0.0 does not), a new int64 array of that
// length, then the indices stored in order. numpy-benchmarks' grouping has
// no call of numpy's nonzero left; a 2-d array keeps numpy's call, and so
// does a bool array (numpy's branch-free SIMD path is faster on random masks).
// The count loop is an int sum over a run-time stride: versioned on it
// (src/tir/transforms/unitnest.rs), so the unit copy vectorizes.
// (The Python input is Inputs/flatnonzero_inline.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/flatnonzero_inline.py -o %t --emit tir
// RUN: FileCheck %s --input-file=%t/flatnonzero_lit.tir

// CHECK-LABEL: func @kernel.grouping(
// CHECK-NOT: np.flatnonzero
// CHECK: %[[N:\$nnz[0-9]+]] = 0:int64
// CHECK-NEXT: if cmp.eq:boolean(%diff.strides.0, 8:int64):
// CHECK-NEXT: for %[[I:\$nzi[0-9]+]] in range(0:int64, %diff.shape.0, 1:int64):
// CHECK-NEXT: %[[N]] = add:int64(%[[N]], cast:int64(truth:boolean(load:int64 diff[%[[I]]])))
// CHECK-NEXT: else:
// CHECK-NEXT: for %[[I]] in range(0:int64, %diff.shape.0, 1:int64):
// CHECK-NEXT: %[[N]] = add:int64(%[[N]], cast:int64(truth:boolean(load:int64 diff[%[[I]]])))
// CHECK-NEXT: $[[OUT:array[0-9]+]]: int64[::1] = np.empty(shape(%[[N]]))
// CHECK-NEXT: %[[J:\$nzj[0-9]+]] = 0:int64
// CHECK-NEXT: for %[[K:\$nzk[0-9]+]] in range(0:int64, %diff.shape.0, 1:int64):
// CHECK-NEXT: if truth:boolean(load:int64 diff[%[[K]]]):
// CHECK-NEXT: store $[[OUT]][%[[J]]] = %[[K]]
// CHECK-NEXT: %[[J]] = add:int64(%[[J]], 1:int64)
// CHECK: np.concatenate(arrays(np.where(diff), [len(values)]))
// CHECK-NOT: np.flatnonzero
// CHECK-LABEL: func @kernel.matrix(
// CHECK: = np.flatnonzero(array m)
// CHECK-LABEL: func @kernel.mask(
// CHECK: = np.flatnonzero(array b)
