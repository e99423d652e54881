// Loop-invariant calls move out of `for` loops (src/sema/loopinvariant.rs):
// slowparts' `fprime(preDz[k])` does not depend on `i`, so it is computed
// once per `k`, before the `i` loop, under the test that the `i` loop runs
// at all (its view, bounds check and call with it); `fprime(preWz[i])` stays.
// In `written` the loop stores into the array the call reads: it stays.
// (The Python input is Inputs/loop_invariant.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/loop_invariant.py -o %t --emit tir
// RUN: FileCheck %s --input-file=%t/loop_invariant_lit.tir

// CHECK-LABEL: func @kernel.slowparts(
// CHECK: for %k in range(0:int64, mul:int64(2:int64, %d), 1:int64):
// CHECK-NEXT: if cmp.lt:boolean(0:int64, %d):
// CHECK: fail @pycc_index_error(%k, 0:int64, %preDz.shape.0)
// CHECK: = call @helper.slowparts.fprime.{{[A-Za-z0-9]+}}(%$array{{[0-9]+}}.data
// CHECK-NOT: call @helper
// CHECK: for %i in range(0:int64, %d, 1:int64):
// CHECK-NOT: preDz
// CHECK: = call @helper.slowparts.fprime.{{[A-Za-z0-9]+}}(%$array{{[0-9]+}}.data
// CHECK-LABEL: func @kernel.written(
// CHECK: for %i in range(0:int64, %n, 1:int64):
// CHECK-NEXT: {{.*}} = call @helper.written.f.
