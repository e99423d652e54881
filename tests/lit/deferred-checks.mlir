// Deferred float error checks (src/analysis/deferral.rs, src/lower/deferral.rs):
// a pure `for ... in range` loop first runs with each power's and math
// function's check folded into one flag word (the bits of `r - r`, 0 for
// a finite result), or standing for it an accumulator's look after each
// chunk, with no branch out of its body; after it, a set flag
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
// After each chunk of the deferred run: the flag, or an inf or nan in the
// accumulator `s` (the bits of `s - s`), restarts. `s += x ** 2 + ...`
// keeps `s` inf or nan once a power was (analysis/deferral.rs `Sticky`),
// so the three powers need no flag bits of their own.
// CHECK: llvm.load %[[FLAG]]
// CHECK: %[[D:.*]] = "py.sub"(%[[S:.*]], %[[S]])
// CHECK-NEXT: arith.bitcast %[[D]]
// CHECK: cf.cond_br %{{.*}}, ^bb1, ^
// The chunk's loop body: three powers, no flag update, no raise.
// CHECK-NOT: py.raise
// CHECK: "py.pow"
// CHECK-NOT: llvm.store %{{.*}}, %[[FLAG]]
// CHECK-NOT: py.raise
// CHECK: "py.pow"
// CHECK-NOT: llvm.store %{{.*}}, %[[FLAG]]
// CHECK-NOT: py.raise
// CHECK: "py.pow"
// CHECK-NOT: llvm.store %{{.*}}, %[[FLAG]]
// CHECK-NOT: py.raise
// CHECK: "py.add"
// The checked run: each power's CPython errors, in order.
// CHECK: "py.pow"
// CHECK: "py.raise"() {exception = "ZeroDivisionError"
// CHECK: "py.raise"() {exception = "ValueError"
// CHECK: "py.raise"() {exception = "OverflowError"

// A raise that stays a branch (the IndexError of a[i]) first looks at
// the flag and at the accumulator `s`, which stands for the sqrt's
// check (never stored into the flag): a deferred sqrt error from an
// earlier iteration wins.
// CHECK-LABEL: func.func @kernel.against_index(
// CHECK: %[[F2:.*]] = llvm.alloca
// CHECK: llvm.store %{{.*}}, %[[F2]]
// CHECK-NOT: llvm.store %{{.*}}, %[[F2]]
// CHECK: arith.cmpi uge
// CHECK: llvm.load %[[F2]]
// CHECK: "py.sub"(%[[S2:.*]], %[[S2]])
// CHECK: cf.cond_br %{{.*}}, ^bb1, ^
// CHECK: call @pycc_index_error
