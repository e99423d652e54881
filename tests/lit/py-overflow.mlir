// RUN: pycc-opt %s --split-input-file --convert-py-to-arith | FileCheck %s
// RUN: pycc-opt %s --split-input-file --py-egg --convert-py-to-arith | FileCheck %s --check-prefix=EGG
// `--overflow=raise`: py.overflows, the predicate the frontend branches on
// before an op whose exact result may not fit. + - * become LLVM's
// with.overflow intrinsics (signedness from the py type); the value op
// beside it still wraps.

// CHECK-LABEL: func.func @checked_add
// CHECK: %[[P:.+]] = "llvm.intr.sadd.with.overflow"(%arg0, %arg1) : (i32, i32) -> !llvm.struct<(i32, i1)>
// CHECK: %[[O:.+]] = llvm.extractvalue %[[P]][1] : !llvm.struct<(i32, i1)>
// CHECK: cf.cond_br %[[O]], ^bb1, ^bb2
// CHECK: ^bb2:
// CHECK-NEXT: %[[S:.+]] = arith.addi %arg0, %arg1 : i32
// EGG-LABEL: func.func @checked_add
// EGG: "llvm.intr.sadd.with.overflow"(%arg0, %arg1)
func.func @checked_add(%a: i32, %b: i32) -> (i32, i1) {
  %o = "py.overflows"(%a, %b) {op = "add"} : (i32, i32) -> i1
  cf.cond_br %o, ^raise, ^ok
^raise:
  "py.raise"() {exception = "OverflowError", message = "integer overflow in i4 addition"} : () -> ()
  %z = "py.constant"() {value = 0 : i32} : () -> i32
  %t = arith.constant true
  return %z, %t : i32, i1
^ok:
  %s = "py.add"(%a, %b) : (i32, i32) -> i32
  %f = arith.constant false
  return %s, %f : i32, i1
}

// -----

// Unsigned: the unsigned intrinsic, on the signless type.
// CHECK-LABEL: func.func @unsigned_mul
// CHECK: "llvm.intr.umul.with.overflow"(%arg0, %arg1) : (i64, i64) -> !llvm.struct<(i64, i1)>
// CHECK: "llvm.intr.usub.with.overflow"(%arg0, %arg1) : (i64, i64) -> !llvm.struct<(i64, i1)>
func.func @unsigned_mul(%a: ui64, %b: ui64) -> (i1, i1) {
  %o = "py.overflows"(%a, %b) {op = "mul"} : (ui64, ui64) -> i1
  %p = "py.overflows"(%a, %b) {op = "sub"} : (ui64, ui64) -> i1
  return %o, %p : i1, i1
}

// -----

// -x and abs(x) overflow only at MIN; an unsigned -x unless x is 0; ~x of
// an unsigned value always (it is negative).
// CHECK-LABEL: func.func @unary
// CHECK-DAG: %[[MIN:.+]] = arith.constant -128 : i8
// CHECK-DAG: %[[ZERO:.+]] = arith.constant 0 : i8
// CHECK-DAG: %[[TRUE:.+]] = arith.constant true
// CHECK-DAG: %[[NEG:.+]] = arith.cmpi eq, %arg0, %[[MIN]] : i8
// CHECK-DAG: %[[UNEG:.+]] = arith.cmpi ne, %arg1, %[[ZERO]] : i8
// CHECK: return %[[NEG]], %[[UNEG]], %[[TRUE]]
func.func @unary(%a: i8, %u: ui8) -> (i1, i1, i1) {
  %n = "py.overflows"(%a) {op = "neg"} : (i8) -> i1
  %m = "py.overflows"(%u) {op = "neg"} : (ui8) -> i1
  %i = "py.overflows"(%u) {op = "invert"} : (ui8) -> i1
  return %n, %m, %i : i1, i1, i1
}

// -----

// x << n loses bits unless shifting back gives x (arithmetic shift for a
// signed x); a count at or past the width keeps only 0.
// CHECK-LABEL: func.func @lshift
// CHECK: %[[FAR:.+]] = arith.cmpi uge, %arg1, %{{.+}} : i16
// CHECK: %[[SH:.+]] = arith.shli %arg0, %[[N:.+]] : i16
// CHECK: %[[BACK:.+]] = arith.shrsi %[[SH]], %[[N]] : i16
// CHECK: %[[LOST:.+]] = arith.cmpi ne, %[[BACK]], %arg0 : i16
// CHECK: %[[NZ:.+]] = arith.cmpi ne, %arg0, %{{.+}} : i16
// CHECK: arith.select %[[FAR]], %[[NZ]], %[[LOST]] : i1
func.func @lshift(%x: i16, %n: i16) -> i1 {
  %o = "py.overflows"(%x, %n) {op = "lshift"} : (i16, i16) -> i1
  return %o : i1
}
