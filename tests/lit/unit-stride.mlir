// Loops over run-time strides, versioned on unit stride
// (src/tir/transforms/unitstride.rs): damp's `f4[:, :]` argument has a
// last-axis stride known only at run time, so its innermost loop runs as
// two copies: under `strides.1 == 4` one that addresses the axis with the
// constant item size, which LLVM vectorizes, and today's strided loop
// otherwise. damp_c's `::1` axis is unit already (no guard); total's float
// sum carries `s` from one iteration to the next, so it stays one loop in
// order (no reassociation). tests/programs/unit_stride_versions.py runs
// both copies against numpy.
// (The Python input is Inputs/unit_stride.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/unit_stride.py -o %t --emit tir,llvm-ir
// RUN: FileCheck %s --input-file=%t/unit_stride_lit.tir
// RUN: FileCheck %s --check-prefix=LL --input-file=%t/unit_stride_lit.ll

// CHECK-LABEL: func @kernel.damp(
// CHECK: for %[[R:\$slice[0-9]+]] in range(0:int64, %u.shape.0, 1:int64):
// CHECK-NEXT: if cmp.eq:boolean(%u.strides.1, 4:int64):
// CHECK-NEXT: for %[[C:\$slice[0-9]+]] in range(0:int64, %u.shape.1, 1:int64):
// CHECK-NEXT: store u[%[[R]], %[[C]]] = np.mul:float32(load:float32 u[%[[R]], %[[C]]],
// CHECK-NEXT: else:
// CHECK-NEXT: for %[[C]] in range(0:int64, %u.shape.1, 1:int64):
// CHECK-NEXT: store u[%[[R]], %[[C]]] = np.mul:float32(load:float32 u[%[[R]], %[[C]]],
// CHECK-LABEL: func @kernel.damp_c(
// CHECK-NOT: strides.1, 4:int64
// CHECK: for %{{.*}} in range(0:int64, %u.shape.1, 1:int64):
// CHECK-NEXT: store u
// CHECK-LABEL: func @kernel.total(
// CHECK: %s = 0.0:float64
// CHECK-NEXT: for %i in range(0:int64, %a.shape.0, 1:int64):
// CHECK-NEXT: %s = add:float64(%s, load:float64 a[%i])
// CHECK-NEXT: return %s

// The unit copy is vectorized: damp's kernel (inlined into its wrapper)
// multiplies four floats at a time; total's sum stays scalar.
// LL-LABEL: define internal {{.*}} @wrap.damp(
// LL: fmul <4 x float>
// LL: store <4 x float>
// LL-LABEL: define internal {{.*}} @wrap.total(
// LL-NOT: <2 x double>
// LL: define {{.*}} @PyInit_unit_stride_lit(
