// Loop nests over run-time strides that unitstride leaves, versioned as a
// whole on unit strides (src/tir/transforms/unitnest.rs). isum's int sum
// carries `s` and smooth reads its neighbours: unitstride copies neither,
// so the guard tests the strides once, before the loop, and the first copy
// reads them with the constant item size, which LLVM vectorizes. fsum's
// float sum is versioned only under fastmath (without it, the sum stays
// in order and would not vectorize: no copy); the guard of its 2-d nest
// runs before the outer loop and tests the last axis only. colsum's inner
// loop walks a column: no copy. tests/programs/unit_nest_versions.py runs
// both copies against CPython.
// (The Python input is Inputs/unit_nest.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t/plain %t/fast
// RUN: pycc compile %S/Inputs/unit_nest.py -o %t/plain --emit tir,llvm-ir
// RUN: pycc compile %S/Inputs/unit_nest.py -o %t/fast --fastmath --emit tir,llvm-ir
// RUN: FileCheck %s --input-file=%t/plain/unit_nest_lit.tir
// RUN: FileCheck %s --check-prefix=FM --input-file=%t/fast/unit_nest_lit.tir
// RUN: FileCheck %s --check-prefix=LL --input-file=%t/plain/unit_nest_lit.ll
// RUN: FileCheck %s --check-prefix=FMLL --input-file=%t/fast/unit_nest_lit.ll

// CHECK-LABEL: func @kernel.isum(
// CHECK: %s = 0:int64
// CHECK-NEXT: if cmp.eq:boolean(%a.strides.0, 8:int64):
// CHECK-NEXT: for %i in range(0:int64, %a.shape.0, 1:int64):
// CHECK-NEXT: %s = add:int64(%s, load:int64 a[%i])
// CHECK-NEXT: else:
// CHECK-NEXT: for %i in range(0:int64, %a.shape.0, 1:int64):
// CHECK-NEXT: %s = add:int64(%s, load:int64 a[%i])
// CHECK-NEXT: return %s
// CHECK-LABEL: func @kernel.fsum(
// CHECK: %s = 0.0:float64
// CHECK-NEXT: for %i in range(0:int64, %m.shape.0, 1:int64):
// CHECK-NEXT: for %j in range(0:int64, %m.shape.1, 1:int64):
// CHECK-NEXT: %s = add:float64(%s, load:float64 m[%i, %j])
// CHECK-NEXT: return %s
// CHECK-LABEL: func @kernel.smooth(
// CHECK-NEXT: locals
// CHECK-NEXT: if and:boolean(cmp.eq:boolean(%a.strides.0, 8:int64), cmp.eq:boolean(%out.strides.0, 8:int64)):
// CHECK-NEXT: for %i in range(1:int64,
// CHECK: else:
// CHECK-NEXT: for %i in range(1:int64,
// CHECK-LABEL: func @kernel.colsum(
// CHECK: %s = 0:int64
// CHECK-NEXT: for %j in range(0:int64, %m.shape.1, 1:int64):
// CHECK-NEXT: for %i in range(0:int64, %m.shape.0, 1:int64):

// FM-LABEL: func @kernel.fsum(
// FM: %s = 0.0:float64
// FM-NEXT: if cmp.eq:boolean(%m.strides.1, 8:int64):
// FM-NEXT: for %i in range(0:int64, %m.shape.0, 1:int64):
// FM-NEXT: for %j in range(0:int64, %m.shape.1, 1:int64):
// FM-NEXT: %s = add:float64(%s, load:float64 m[%i, %j])
// FM-NEXT: else:
// FM-NEXT: for %i in range(0:int64, %m.shape.0, 1:int64):
// FM-NEXT: for %j in range(0:int64, %m.shape.1, 1:int64):
// FM-NEXT: %s = add:float64(%s, load:float64 m[%i, %j])
// FM-NEXT: return %s
// FM-LABEL: func @kernel.colsum(
// FM: %s = 0:int64
// FM-NEXT: for %j in range(0:int64, %m.shape.1, 1:int64):

// The copies vectorize (the kernels are inlined into their wrappers):
// isum adds two int64 at a time, smooth two doubles; fsum's sum only
// under fastmath; colsum never.
// LL-LABEL: define internal {{.*}} @wrap.isum(
// LL: add <2 x i64>
// LL-LABEL: define internal {{.*}} @wrap.fsum(
// LL-NOT: x double>
// LL-LABEL: define internal {{.*}} @wrap.smooth(
// LL: fadd <2 x double>
// LL: store <2 x double>
// LL-LABEL: define internal {{.*}} @wrap.colsum(
// LL-NOT: x i64>
// LL: define {{.*}} @PyInit_unit_nest_lit(
// FMLL-LABEL: define internal {{.*}} @wrap.fsum(
// FMLL: fadd reassoc {{.*}}<2 x double>
// FMLL-LABEL: define internal {{.*}} @wrap.smooth(
