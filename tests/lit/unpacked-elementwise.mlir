// `dx, dy = cpos[i] - cpos[i - 1]` makes no array (src/sema/ndarray/
// arrayops/unpacked.rs): the broadcast check, then the unpack's length
// check on the broadcast extent, then each item's subtraction into a
// scalar, read through the broadcast strides.
// (The Python input is Inputs/unpacked_lit.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/unpacked_lit.py -o %t --emit tir
// RUN: FileCheck %s --input-file=%t/unpacked_lit.tir

// CHECK-LABEL: func @kernel.springs(
// CHECK: for %i in range(1:int64, %cpos.shape.0, 1:int64):
// CHECK-NOT: np.empty
// CHECK: fail @pycc_broadcast_error(
// CHECK-NOT: np.empty
// CHECK: if cmp.ne:boolean(%[[LEN:\$view[0-9]+]], 2:int64):
// CHECK-NEXT: if cmp.gt:boolean(%[[LEN]], 2:int64):
// CHECK-NEXT: raise ValueError("too many values to unpack (expected 2)")
// CHECK: raise ValueError("not enough values to unpack (expected 2, got 1)")
// CHECK-NEXT: %[[X:\$item[0-9]+]] = np.sub:float64(load:float64 $array{{[0-9]+}}[0:int64], load:float64 $array{{[0-9]+}}[0:int64])
// CHECK-NEXT: %[[Y:\$item[0-9]+]] = np.sub:float64(load:float64 $array{{[0-9]+}}[1:int64], load:float64 $array{{[0-9]+}}[1:int64])
// CHECK-NEXT: %dx, %dy = %[[X]], %[[Y]]
// CHECK-NOT: np.empty
// CHECK: return
