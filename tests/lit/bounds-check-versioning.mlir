// Loop versioning (src/analysis/bounds.rs `hoistable`): the checks of an innermost
// loop that its range does not prove but that can be tested once (an index
// `i + c` against another array's extent, a loop-invariant index, a constant
// index) are tested before the loop; the loop runs without them when every
// test passes, and the checked copy runs otherwise, so an IndexError still
// comes from the access that fails. (The input is the differential program
// tests/programs/bounds_hoist.py, which checks the values and errors.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/../programs/bounds_hoist.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/bounds_hoist.py.mlir

// b[i] over range(a.shape[0]): `stop <= b.shape[0] - 0`, tested once; then
// the check-free loop (a load with no check before it), then the checked one.
// CHECK-LABEL: func.func @kernel.other(
// CHECK: arith.cmpi sle
// CHECK: cf.cond_br
// CHECK-NOT: pycc_index_error
// CHECK: llvm.load
// CHECK: call @pycc_index_error
// CHECK: llvm.load
// CHECK-LABEL: func.func @kernel.shift_copy(
// CHECK: arith.cmpi sle
// CHECK-NOT: pycc_index_error
// CHECK: llvm.store
// CHECK: call @pycc_index_error
// a[k] with k invariant: `k u< a.shape[0]`, tested once.
// CHECK-LABEL: func.func @kernel.invariant(
// CHECK: arith.cmpi ult
// CHECK: cf.cond_br
// CHECK-NOT: pycc_index_error
// CHECK: llvm.store
// CHECK: call @pycc_index_error
// Constant columns: `0 u< a.shape[1]`, `2 u< a.shape[1]`; the -1 keeps its
// wrap (a negative constant counts from the end) but not its check.
// CHECK-LABEL: func.func @kernel.columns(
// CHECK: arith.cmpi ult
// CHECK: arith.cmpi ult
// CHECK: cf.cond_br
// CHECK-NOT: pycc_index_error
// CHECK: llvm.load
// CHECK: call @pycc_index_error
// The n-body pair loop: j in range(i + 1, n) is never negative (no wrap
// anywhere: no `arith.select` of an index), and its fast copy has no check.
// CHECK-LABEL: func.func @kernel.pairs(
// CHECK: arith.cmpi sle
// CHECK: cf.cond_br
// CHECK-NOT: pycc_index_error
// CHECK: llvm.store
// CHECK-NOT: pycc_index_error
// CHECK: llvm.store
// CHECK: call @pycc_index_error
// Must keep: range(lo, 3) with lo unknown bounds nothing: no test before the
// loop (no `sle`), one checked loop.
// CHECK-LABEL: func.func @kernel.from_start(
// CHECK-NOT: arith.cmpi sle
// CHECK: call @pycc_index_error
// CHECK: llvm.load
// CHECK-NOT: llvm.load
// CHECK: func.func private
