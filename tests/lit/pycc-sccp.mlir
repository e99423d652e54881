// pycc-sccp (passes/Sccp.cpp) is MLIR's sccp with the lattice of an op that
// folds to an existing value depending on that value. MLIR 22's sccp folds
// `(r + k) - r` to `k` while the loop counter `k` is still optimistically 0,
// and keeps the constant 0 after `k` becomes unknown, so the store index
// below became 0 (tests/programs/sccp_fold_to_value.py). Constants still
// propagate: the condition known through a block argument folds away.
// The MLIR run pins the upstream miscompile: once it stops matching, MLIR's
// own sccp is fixed and pycc-sccp can go.
// RUN: pycc-opt %s --pass-pipeline='builtin.module(pycc-sccp)' | FileCheck %s
// RUN: pycc-opt %s --pass-pipeline='builtin.module(sccp)' | FileCheck %s --check-prefix=MLIR

// CHECK-LABEL: func.func @loop_offset
// CHECK: %[[I:.+]] = arith.addi %arg0, %[[K:.+]] : i64
// CHECK: %[[D:.+]] = arith.subi %[[I]], %arg0 : i64
// CHECK: llvm.getelementptr %arg2[%[[D]]]
// MLIR-LABEL: func.func @loop_offset
// MLIR-NOT: arith.subi
// MLIR: llvm.getelementptr %arg2[%c0_i64]
func.func @loop_offset(%r: i64, %n: i64, %p: !llvm.ptr) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^bb1(%c0 : i64)
^bb1(%k: i64):
  %cond = arith.cmpi ult, %k, %n : i64
  cf.cond_br %cond, ^bb2, ^bb3
^bb2:
  %i = arith.addi %r, %k : i64
  %d = arith.subi %i, %r : i64
  %g = llvm.getelementptr %p[%d] : (!llvm.ptr, i64) -> !llvm.ptr, i64
  llvm.store %i, %g : i64, !llvm.ptr
  %k2 = arith.addi %k, %c1 : i64
  cf.br ^bb1(%k2 : i64)
^bb3:
  return
}

// CHECK-LABEL: func.func @known_branch
// CHECK: %[[T:.+]] = arith.constant 7 : i64
// CHECK: cf.cond_br %true
// CHECK: return %[[T]]
func.func @known_branch(%x: i64) -> i64 {
  %c3 = arith.constant 3 : i64
  cf.br ^bb1(%c3 : i64)
^bb1(%a: i64):
  %c4 = arith.constant 4 : i64
  %s = arith.addi %a, %c4 : i64
  %c7 = arith.constant 7 : i64
  %eq = arith.cmpi eq, %s, %c7 : i64
  cf.cond_br %eq, ^bb2, ^bb3
^bb2:
  return %s : i64
^bb3:
  return %x : i64
}
