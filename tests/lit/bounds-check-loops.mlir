// Bounds checks in ordinary loops: an index that its `for ... in range(...)`
// ties to the same extent has no check (no pycc_index_error call) in the py
// dialect pycc lowers to (src/analysis/bounds.rs), and none comes back by O3; an index
// not tied to that bound keeps its check at both levels.
// (The Python input is Inputs/bounds_loops.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/bounds_loops.py -o %t --emit py,llvm-ir
// RUN: FileCheck %s --check-prefix=PY --input-file=%t/bounds_loops.py.mlir
// RUN: FileCheck %s --check-prefix=LL --input-file=%t/bounds_loops.ll
// And with --boundscheck=off no index has a check, tied or not.
// RUN: pycc compile %S/Inputs/bounds_loops.py -o %t --emit llvm-ir --boundscheck=off
// RUN: FileCheck %s --check-prefix=OFF --input-file=%t/bounds_loops.ll

// for i in range(a.shape[0]): a[i] - no wrap of negatives, no check.
// PY-LABEL: func.func @kernel.sum_shape
// PY-NOT: arith.cmpi uge
// PY-NOT: pycc_index_error
// PY: llvm.load
// PY-NOT: pycc_index_error
// for i in range(len(a)), strided: the same.
// PY-LABEL: func.func @kernel.sum_len
// PY-NOT: pycc_index_error
// Both axes of a 2-d loop nest.
// PY-LABEL: func.func @kernel.sum_2d
// PY-NOT: pycc_index_error
// range(1, a.shape[0] - 1) with a[i - 1], a[i], a[i + 1].
// PY-LABEL: func.func @kernel.smooth
// PY-NOT: pycc_index_error
// n = a.shape[0], assigned once, is the extent.
// PY-LABEL: func.func @kernel.aliased
// PY-NOT: pycc_index_error
// n, m = a.shape, then range(min(n, m)) for a[i, i].
// PY-LABEL: func.func @kernel.diagonal
// PY-NOT: pycc_index_error
// Must keep: a[i + 1] under range(a.shape[0]).
// PY-LABEL: func.func @kernel.shifted
// PY: call @pycc_index_error
// Must keep: b[i] under range(a.shape[0]).
// PY-LABEL: func.func @kernel.other
// PY: call @pycc_index_error
// Must keep: the loop variable on the other axis.
// PY-LABEL: func.func @kernel.swapped
// PY: call @pycc_index_error
// Must keep: n may be another value.
// PY-LABEL: func.func @kernel.realiased
// PY: call @pycc_index_error
// Must keep: the body reassigns i.
// PY-LABEL: func.func @kernel.rebound
// PY: call @pycc_index_error
// Elementwise array arithmetic (src/sema/ndarray/arrayops.rs): `a += r` (r
// broadcast) and `a * 2.0 + b` loop over the extents they index by.
// PY-LABEL: func.func @kernel.iadd_rows
// PY-NOT: pycc_index_error
// PY-LABEL: func.func @kernel.scaled_sum
// PY-NOT: pycc_index_error
// PY-LABEL: func.func private

// After O3 (the kernels are inlined into their wrappers).
// LL-LABEL: define {{.*}}@wrap.sum_shape(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.sum_len(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.sum_2d(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.smooth(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.aliased(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.diagonal(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.shifted(
// LL: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.other(
// LL: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.swapped(
// LL: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.realiased(
// LL: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.rebound(
// LL: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.iadd_rows(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.scaled_sum(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@PyInit_bounds_loops(

// OFF-NOT: call void @pycc_index_error
