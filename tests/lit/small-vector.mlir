// `fvec = np.array([x * i, y * i])` read only by `force[i - 1] -= fvec`
// and `force[i] += fvec` makes no array (src/sema/ndarray/smallvec.rs):
// the items are two scalars, the broadcast check compares the row's
// extent with 2, and each row element takes its item by the loop's index,
// with no overlap test or copy (the items are in no memory). An item read
// (`v[0]`) keeps numpy's array.
// (The Python input is Inputs/small_vector_lit.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/small_vector_lit.py -o %t --emit tir
// RUN: FileCheck %s --input-file=%t/small_vector_lit.tir

// CHECK-LABEL: func @kernel.push(
// CHECK: for %i in range(1:int64, %force.shape.0, 1:int64):
// CHECK-NEXT: %fvec.0, %fvec.1 = mul:float64(%x, cast:float64(%i)), mul:float64(%y, cast:float64(%i))
// CHECK-NOT: np.empty
// CHECK: %[[N:\$array[0-9]+]].shape.0 = 2:int64
// CHECK: fail @pycc_broadcast_error(513:int64
// CHECK-NOT: np.empty
// CHECK: store $array{{[0-9]+}}[%[[I:\$slice[0-9]+]]] = np.sub:float64(load:float64 $array{{[0-9]+}}[%[[I]]], ifexp:float64(cmp.eq:boolean(%[[I]], 0:int64), %fvec.0, %fvec.1))
// CHECK-NOT: np.empty
// CHECK: store $array{{[0-9]+}}[%[[J:\$slice[0-9]+]]] = np.add:float64(load:float64 $array{{[0-9]+}}[%[[J]]], ifexp:float64(cmp.eq:boolean(%[[J]], 0:int64), %fvec.0, %fvec.1))
// CHECK-NOT: np.empty
// CHECK-LABEL: func @kernel.kept(
// CHECK: = np.empty(shape(2:int64))
