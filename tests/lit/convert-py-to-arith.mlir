// RUN: pycc-opt %s --convert-py-to-arith | FileCheck %s
// Each py op lowers to arith/math; signedness comes from the py types.

// CHECK-LABEL: func.func @float_ops
// CHECK-SAME: (%[[A:.+]]: f64, %[[B:.+]]: f64) -> f64
// CHECK-NEXT: %[[C:.+]] = arith.constant 2.5{{.*}} : f64
// CHECK-NEXT: %[[S:.+]] = arith.addf %[[A]], %[[B]] : f64
// CHECK-NEXT: %[[D:.+]] = arith.subf %[[S]], %[[C]] : f64
// CHECK-NEXT: %[[M:.+]] = arith.mulf %[[D]], %[[A]] : f64
// CHECK-NEXT: %[[N:.+]] = arith.negf %[[M]] : f64
// f64 `**` is glibc's pow behind a name LLVM does not rewrite.
// CHECK-NEXT: %[[P:.+]] = call @pycc_pow(%[[N]], %[[B]]) : (f64, f64) -> f64
// CHECK-NEXT: return %[[P]]
func.func @float_ops(%a: f64, %b: f64) -> f64 {
  %c = "py.constant"() {value = 2.5 : f64} : () -> f64
  %0 = "py.add"(%a, %b) : (f64, f64) -> f64
  %1 = "py.sub"(%0, %c) : (f64, f64) -> f64
  %2 = "py.mul"(%1, %a) : (f64, f64) -> f64
  %3 = "py.neg"(%2) : (f64) -> f64
  %4 = "py.pow"(%3, %b) : (f64, f64) -> f64
  return %4 : f64
}

// Unsigned py types become signless, in the signature too.
// CHECK-LABEL: func.func @casts
// CHECK-SAME: (%[[U:.+]]: i8, %[[S:.+]]: i8, %[[B:.+]]: i1) -> (i32, i32, f64, f64, i64, f32)
// CHECK-DAG: arith.extui %[[U]] : i8 to i32
// CHECK-DAG: arith.extsi %[[S]] : i8 to i32
// CHECK-DAG: arith.uitofp %[[U]] : i8 to f64
// CHECK-DAG: arith.sitofp %[[S]] : i8 to f64
// CHECK-DAG: arith.extui %[[B]] : i1 to i64
// CHECK-DAG: arith.truncf %{{.+}} : f64 to f32
func.func @casts(%u: ui8, %s: i8, %b: i1) -> (i32, i32, f64, f64, i64, f32) {
  %0 = "py.cast"(%u) : (ui8) -> i32
  %1 = "py.cast"(%s) : (i8) -> i32
  %2 = "py.cast"(%u) : (ui8) -> f64
  %3 = "py.cast"(%s) : (i8) -> f64
  %4 = "py.cast"(%b) : (i1) -> i64
  %5 = "py.cast"(%3) : (f64) -> f32
  return %0, %1, %2, %3, %4, %5 : i32, i32, f64, f64, i64, f32
}

// Integer ** constant: square-and-multiply, wrapping like the multiplies.
// The exponent constants stay (dead) for canonicalize to remove.
// CHECK-LABEL: func.func @int_pow
// CHECK-NEXT: arith.constant 5 : i64
// CHECK-NEXT: arith.constant 0 : i64
// CHECK-NEXT: %[[X2:.+]] = arith.muli %arg0, %arg0 : i64
// CHECK-NEXT: %[[X4:.+]] = arith.muli %[[X2]], %[[X2]] : i64
// CHECK-NEXT: %[[X5:.+]] = arith.muli %arg0, %[[X4]] : i64
// CHECK-NEXT: %[[ONE:.+]] = arith.constant 1 : i64
// CHECK-NEXT: %[[Z:.+]] = arith.constant 0 : i64
// CHECK-NEXT: %[[NEG:.+]] = arith.subi %[[Z]], %[[X5]] : i64
// CHECK-NEXT: return %[[NEG]], %[[ONE]]
func.func @int_pow(%x: i64) -> (i64, i64) {
  %five = "py.constant"() {value = 5 : i64} : () -> i64
  %zero = "py.constant"() {value = 0 : i64} : () -> i64
  %0 = "py.pow"(%x, %five) : (i64, i64) -> i64
  %1 = "py.pow"(%x, %zero) : (i64, i64) -> i64
  %2 = "py.neg"(%0) : (i64) -> i64
  return %2, %1 : i64, i64
}

// Comparisons: signedness from the py type; floats as IEEE, `ne` unordered.
// CHECK-LABEL: func.func @compare
// CHECK-DAG: arith.cmpi slt, %arg0, %arg0 : i32
// CHECK-DAG: arith.cmpi ult, %arg1, %arg1 : i32
// CHECK-DAG: arith.cmpf une, %arg2, %arg2 : f64
// CHECK-DAG: arith.cmpf oge, %arg2, %arg2 : f64
func.func @compare(%i: i32, %u: ui32, %f: f64) -> (i1, i1, i1, i1) {
  %0 = "py.cmp"(%i, %i) {predicate = "lt"} : (i32, i32) -> i1
  %1 = "py.cmp"(%u, %u) {predicate = "lt"} : (ui32, ui32) -> i1
  %2 = "py.cmp"(%f, %f) {predicate = "ne"} : (f64, f64) -> i1
  %3 = "py.cmp"(%f, %f) {predicate = "ge"} : (f64, f64) -> i1
  return %0, %1, %2, %3 : i1, i1, i1, i1
}

// Truthiness is `!= 0` (nan is true: une), and `not` flips a bool.
// CHECK-LABEL: func.func @truth
// CHECK: %[[Z:.+]] = arith.constant 0.0{{.*}} : f64
// CHECK: %[[T:.+]] = arith.cmpf une, %arg0, %[[Z]] : f64
// CHECK: %[[ONE:.+]] = arith.constant true
// CHECK: arith.xori %[[T]], %[[ONE]] : i1
func.func @truth(%x: f64) -> i1 {
  %0 = "py.truth"(%x) : (f64) -> i1
  %1 = "py.not"(%0) : (i1) -> i1
  return %1 : i1
}

// x * -1.0 and x / -1.0 are -x except that a nan keeps its sign (LLVM would
// fold the multiply into a negation, which flips it).
// CHECK-LABEL: func.func @minus_one
// CHECK-NOT: arith.mulf
// CHECK-NOT: arith.divf
// CHECK: %[[N:.+]] = arith.negf %[[X:[^ ]+]] : f64
// CHECK-NEXT: %[[U:.+]] = arith.cmpf uno, %[[X]], %[[X]] : f64
// CHECK-NEXT: arith.select %[[U]], %[[X]], %[[N]] : f64
// CHECK: arith.negf
// CHECK-NEXT: arith.cmpf uno
// CHECK-NEXT: arith.select
// CHECK: arith.mulf
func.func @minus_one(%x: f64, %y: f64) -> (f64, f64, f64) {
  %m = "py.constant"() {value = -1.0 : f64} : () -> f64
  %two = "py.constant"() {value = -2.0 : f64} : () -> f64
  %0 = "py.mul"(%m, %x) : (f64, f64) -> f64
  %1 = "py.div"(%y, %m) : (f64, f64) -> f64
  %2 = "py.mul"(%x, %two) : (f64, f64) -> f64
  return %0, %1, %2 : f64, f64, f64
}
