// Deferred float error checks (src/analysis/deferral.rs, src/lower/deferral.rs):
// a pure `for ... in range` loop first runs with each power's and math
// function's check folded into one flag word (the bits of `r - r`, 0 for
// a finite result), with no branch out of its body; after it, a set flag
// runs the checked copy of the loop from its start, which raises where
// CPython does. (The input is the differential program
// tests/programs/deferred_checks.py, which checks the values and errors.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/../programs/deferred_checks.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/deferred_checks.py.mlir

// The flag word, zeroed before the loop.
// CHECK-LABEL: func.func @kernel.pow_sum(
// CHECK: %[[FLAG:.*]] = llvm.alloca
// CHECK: llvm.store %{{.*}}, %[[FLAG]]
// After the deferred run: a set flag branches to the restart block.
// CHECK: llvm.load %[[FLAG]]
// CHECK: cf.cond_br %{{.*}}, ^bb1, ^
// The deferred run: three powers, one flag update each, no raise.
// CHECK-NOT: py.raise
// CHECK: "py.pow"
// CHECK: arith.bitcast
// CHECK-NEXT: llvm.load %[[FLAG]]
// CHECK-NEXT: arith.ori
// CHECK-NEXT: llvm.store %{{.*}}, %[[FLAG]]
// CHECK-NOT: py.raise
// CHECK: "py.pow"
// CHECK-NOT: py.raise
// CHECK: "py.pow"
// CHECK-NOT: py.raise
// CHECK: llvm.store %{{.*}}, %[[FLAG]]
// The checked run: each power's CPython errors, in order.
// CHECK: "py.pow"
// CHECK: "py.raise"() {exception = "ZeroDivisionError"
// CHECK: "py.raise"() {exception = "ValueError"
// CHECK: "py.raise"() {exception = "OverflowError"

// A raise that stays a branch (the IndexError of a[i]) first looks at
// the flag: a deferred sqrt error from an earlier iteration wins.
// CHECK-LABEL: func.func @kernel.against_index(
// CHECK: %[[F2:.*]] = llvm.alloca
// CHECK: py.libm
// CHECK: llvm.store %{{.*}}, %[[F2]]
// CHECK: llvm.load %[[F2]]
// CHECK: cf.cond_br %{{.*}}, ^bb1, ^
// CHECK: call @pycc_index_error
