// A masked store of an elementwise expression of gathers by the same mask
// (src/sema/ndarray/arrayops/masked.rs) is one loop over the target,
// `if m[i]: t[i] = f(x[i], ...)`, where the mask and the gathered arrays
// have the target's extents and do not overlap it (checked at run time;
// numpy's getitem and setitem otherwise). numpy-benchmarks' mandelbrot:
// `Z[I] = Z[I]**2 + C[I]` squares by numpy's multiply and makes no array.
// A value of another dtype than the target's keeps numpy's calls (its cast).
// (The Python input is Inputs/masked_fused.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/masked_fused.py -o %t --emit tir
// RUN: FileCheck %s --input-file=%t/masked_lit.tir

// CHECK-LABEL: func @kernel.mandel(
// CHECK: if and:boolean({{.*}}cmp.eq:boolean(%I.shape.0, %Z.shape.0)), cmp.eq:boolean(%I.shape.1, %Z.shape.1)), or:boolean(cmp.le:boolean({{.*}}cmp.eq:boolean(%C.shape.0, %Z.shape.0)), cmp.eq:boolean(%C.shape.1, %Z.shape.1)), or:boolean(cmp.le:boolean(
// A row with no set item is skipped: pycc_mask_next tests it 8 mask bytes
// at a time, reading the mask row's address; the row is a `for` loop.
// CHECK: for %[[I:\$slice[0-9]+]] in range(0:int64, %Z.shape.0, 1:int64):
// CHECK-NEXT: seq:
// CHECK-NEXT: %[[R:\$mask[0-9]+]] = runtime @pycc_mask_next:int64(add:int64(%I.data, mul:int64(%[[I]], %I.strides.0)), %I.strides.1, 0:int64, %Z.shape.1)
// CHECK-NEXT: if cmp.lt:boolean(%[[R]], %Z.shape.1):
// CHECK-NEXT: for %[[J:\$slice[0-9]+]] in range(0:int64, %Z.shape.1, 1:int64):
// CHECK-NEXT: if load:boolean I[%[[I]], %[[J]]]:
// CHECK: runtime @pycc_cx_mul_re:float64(
// CHECK: runtime @pycc_cx_mul_im:float64(
// CHECK: load:float64 C[%[[I]], %[[J]]]
// CHECK: store Z[%[[I]], %[[J]]] =
// CHECK-NEXT: store Z.imag[%[[I]], %[[J]]] =
// CHECK-NEXT: else:
// CHECK: np.operator.getitem(array Z, array I)
// CHECK: np.operator.setitem(array Z, array I,

// CHECK-LABEL: func @kernel.fill(
// CHECK: %[[R:\$mask[0-9]+]] = runtime @pycc_mask_next:int64(%I.data, %I.strides.0, 0:int64, %N.shape.0)
// CHECK-NEXT: if cmp.lt:boolean(%[[R]], %N.shape.0):
// CHECK-NEXT: for %[[K:\$slice[0-9]+]] in range(0:int64, %N.shape.0, 1:int64):
// CHECK-NEXT: if load:boolean I[%[[K]]]:
// CHECK-NEXT: store N[%[[K]]] = %n
// CHECK-NEXT: else:
// CHECK-NEXT: seq:
// CHECK-NEXT: np.operator.setitem(array N, array I, %n)

// CHECK-LABEL: func @kernel.cast(
// CHECK-NOT: pycc_mask_next
// CHECK: np.operator.setitem(array k, array m,
