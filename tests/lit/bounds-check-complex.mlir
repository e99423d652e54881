// Bounds checks on complex arrays: `a[i]` of a c16/c8 array is a load (or
// store) of each part at one index, and a loop's range proves both in
// bounds as for a real array, so no pycc_index_error is left in the py
// dialect or after O3; an index the range does not prove keeps its check.
// (The Python input is Inputs/bounds_complex.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/bounds_complex.py -o %t --emit py,llvm-ir
// RUN: FileCheck %s --check-prefix=PY --input-file=%t/bounds_complex.py.mlir
// RUN: FileCheck %s --check-prefix=LL --input-file=%t/bounds_complex.ll

// for i in range(a.shape[0]): s += a[i] - two loads, no check.
// PY-LABEL: func.func @kernel.csum
// PY-NOT: pycc_index_error
// PY: llvm.load
// PY-NOT: pycc_index_error
// PY: llvm.load
// PY-NOT: pycc_index_error
// Both axes, an augmented store of both parts.
// PY-LABEL: func.func @kernel.cscale
// PY-NOT: pycc_index_error
// PY: llvm.store
// PY-NOT: pycc_index_error
// PY: llvm.store
// PY-NOT: pycc_index_error
// Must keep: a[i + 1] under range(a.shape[0]).
// PY-LABEL: func.func @kernel.cshifted
// PY: call @pycc_index_error

// LL-LABEL: define {{.*}}@wrap.csum(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.cscale(
// LL-NOT: call void @pycc_index_error
// LL-LABEL: define {{.*}}@wrap.cshifted(
// LL: call void @pycc_index_error
// LL-LABEL: define {{.*}}@PyInit_bounds_complex(
