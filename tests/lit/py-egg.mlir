// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg))' | FileCheck %s
// One function per rule; the IEEE-unsafe rewrites must NOT happen.

// x ** 2 is not x * x (float): glibc's pow rounds exact ties differently,
// so that rewrite is fastmath only (py-egg-fastmath.mlir); it becomes
// py.pow_small, which keeps pow's bits (py-egg-pow-small.mlir).
// CHECK-LABEL: func.func @pow_two
// CHECK: "py.pow_small"
// CHECK-NOT: "py.mul"
func.func @pow_two(%x: f64) -> f64 {
  %c = "py.constant"() {value = 2.0 : f64} : () -> f64
  %0 = "py.pow"(%x, %c) : (f64, f64) -> f64
  return %0 : f64
}

// x ** 3 is not x*x*x, which rounds twice and differs from pow.
// CHECK-LABEL: func.func @pow_three
// CHECK: "py.pow_small"
// CHECK-NOT: "py.mul"
func.func @pow_three(%x: f64) -> f64 {
  %c = "py.constant"() {value = 3.0 : f64} : () -> f64
  %0 = "py.pow"(%x, %c) : (f64, f64) -> f64
  return %0 : f64
}

// x * 1.0 -> x.
// CHECK-LABEL: func.func @mul_one
// CHECK-NEXT: return %arg0
func.func @mul_one(%x: f64) -> f64 {
  %c = "py.constant"() {value = 1.0 : f64} : () -> f64
  %0 = "py.mul"(%c, %x) : (f64, f64) -> f64
  return %0 : f64
}

// x + 0.0 is NOT x: -0.0 + 0.0 == +0.0.
// CHECK-LABEL: func.func @add_zero_kept
// CHECK: "py.add"
func.func @add_zero_kept(%x: f64) -> f64 {
  %c = "py.constant"() {value = 0.0 : f64} : () -> f64
  %0 = "py.add"(%x, %c) : (f64, f64) -> f64
  return %0 : f64
}

// x - 0.0 -> x, but x - (-0.0) is kept.
// CHECK-LABEL: func.func @sub_zero
// CHECK: %[[N:.+]] = "py.constant"() {value = -0.000000e+00 : f64}
// CHECK: %[[S:.+]] = "py.sub"(%arg0, %[[N]])
// CHECK: return %arg0, %[[S]]
func.func @sub_zero(%x: f64) -> (f64, f64) {
  %z = "py.constant"() {value = 0.0 : f64} : () -> f64
  %nz = "py.constant"() {value = -0.0 : f64} : () -> f64
  %0 = "py.sub"(%x, %z) : (f64, f64) -> f64
  %1 = "py.sub"(%x, %nz) : (f64, f64) -> f64
  return %0, %1 : f64, f64
}

// No reassociation of floats: (a + b) + c keeps its shape.
// CHECK-LABEL: func.func @no_reassociation
// CHECK: %[[AB:.+]] = "py.add"(%arg0, %arg1)
// CHECK: "py.add"(%[[AB]], %arg2)
func.func @no_reassociation(%a: f64, %b: f64, %c: f64) -> f64 {
  %0 = "py.add"(%a, %b) : (f64, f64) -> f64
  %1 = "py.add"(%0, %c) : (f64, f64) -> f64
  return %1 : f64
}

// Integers wrap, so x * 0 -> 0 and x + 0 -> x hold at every width.
// CHECK-LABEL: func.func @int_identities
// CHECK-NEXT: %[[Z:.+]] = "py.constant"() {value = 0 : i32}
// CHECK-NEXT: return %arg0, %[[Z]]
func.func @int_identities(%x: i32) -> (i32, i32) {
  %z = "py.constant"() {value = 0 : i32} : () -> i32
  %0 = "py.add"(%x, %z) : (i32, i32) -> i32
  %1 = "py.mul"(%x, %z) : (i32, i32) -> i32
  return %0, %1 : i32, i32
}

// Constants fold with wraparound at the type's width.
// CHECK-LABEL: func.func @fold_wraps
// CHECK-NEXT: "py.constant"() {value = -128 : i8}
func.func @fold_wraps() -> i8 {
  %a = "py.constant"() {value = 127 : i8} : () -> i8
  %b = "py.constant"() {value = 1 : i8} : () -> i8
  %0 = "py.add"(%a, %b) : (i8, i8) -> i8
  return %0 : i8
}

// Equal subterms are built once (CSE); unused pure ops vanish (DCE).
// CHECK-LABEL: func.func @cse_dce
// CHECK-NEXT: %[[M:.+]] = "py.mul"(%arg0, %arg1)
// CHECK-NEXT: %[[S:.+]] = "py.add"(%[[M]], %[[M]])
// CHECK-NEXT: return %[[S]]
func.func @cse_dce(%a: f64, %b: f64) -> f64 {
  %0 = "py.mul"(%a, %b) : (f64, f64) -> f64
  %1 = "py.mul"(%a, %b) : (f64, f64) -> f64
  %dead = "py.sub"(%a, %b) : (f64, f64) -> f64
  %2 = "py.add"(%0, %1) : (f64, f64) -> f64
  return %2 : f64
}

// A float rule never fires on ints and an int rule never on floats:
// x * 0.0 is NOT 0.0 for floats (inf * 0 is nan, -1 * 0 is -0.0).
// CHECK-LABEL: func.func @float_mul_zero_kept
// CHECK: "py.mul"
func.func @float_mul_zero_kept(%x: f64) -> f64 {
  %z = "py.constant"() {value = 0.0 : f64} : () -> f64
  %0 = "py.mul"(%x, %z) : (f64, f64) -> f64
  return %0 : f64
}

// x - x -> 0 and x ^ x -> 0 (ints); x & x, x | x, x | 0, x ^ 0, x & -1 -> x.
// CHECK-LABEL: func.func @int_self
// CHECK-NEXT: %[[Z:.+]] = "py.constant"() {value = 0 : i16}
// CHECK-NEXT: return %[[Z]], %[[Z]], %arg0, %arg0, %arg0, %arg0, %arg0
func.func @int_self(%x: i16) -> (i16, i16, i16, i16, i16, i16, i16) {
  %z = "py.constant"() {value = 0 : i16} : () -> i16
  %m = "py.constant"() {value = -1 : i16} : () -> i16
  %0 = "py.sub"(%x, %x) : (i16, i16) -> i16
  %1 = "py.xor"(%x, %x) : (i16, i16) -> i16
  %2 = "py.and"(%x, %x) : (i16, i16) -> i16
  %3 = "py.or"(%x, %x) : (i16, i16) -> i16
  %4 = "py.or"(%x, %z) : (i16, i16) -> i16
  %5 = "py.xor"(%x, %z) : (i16, i16) -> i16
  %6 = "py.and"(%x, %m) : (i16, i16) -> i16
  return %0, %1, %2, %3, %4, %5, %6 : i16, i16, i16, i16, i16, i16, i16
}

// x & 0 -> 0; ~~x -> x; ~x + 1 -> -x.
// CHECK-LABEL: func.func @int_bits
// CHECK-NEXT: %[[Z:.+]] = "py.constant"() {value = 0 : i32}
// CHECK-NEXT: %[[N:.+]] = "py.neg"(%arg0)
// CHECK-NEXT: return %[[Z]], %arg0, %[[N]]
func.func @int_bits(%x: i32) -> (i32, i32, i32) {
  %z = "py.constant"() {value = 0 : i32} : () -> i32
  %one = "py.constant"() {value = 1 : i32} : () -> i32
  %0 = "py.and"(%x, %z) : (i32, i32) -> i32
  %i = "py.invert"(%x) : (i32) -> i32
  %1 = "py.invert"(%i) : (i32) -> i32
  %2 = "py.add"(%i, %one) : (i32, i32) -> i32
  return %0, %1, %2 : i32, i32, i32
}

// x * 8 -> x << 3 at the operand's type (also 8 * x); x * 2 -> x + x.
// CHECK-LABEL: func.func @mul_pow2
// CHECK-DAG: %[[C3:.+]] = "py.constant"() {value = 3 : i64}
// CHECK-DAG: %[[S:.+]] = "py.lshift"(%arg0, %[[C3]]) : (i64, i64) -> i64
// CHECK-DAG: %[[D:.+]] = "py.add"(%arg1, %arg1) : (ui8, ui8) -> ui8
// CHECK: return %[[S]], %[[S]], %[[D]]
func.func @mul_pow2(%x: i64, %y: ui8) -> (i64, i64, ui8) {
  %c = "py.constant"() {value = 8 : i64} : () -> i64
  %two = "py.constant"() {value = 2 : ui8} : () -> ui8
  %0 = "py.mul"(%x, %c) : (i64, i64) -> i64
  %1 = "py.mul"(%c, %x) : (i64, i64) -> i64
  %2 = "py.mul"(%y, %two) : (ui8, ui8) -> ui8
  return %0, %1, %2 : i64, i64, ui8
}

// Not a power of two: x * 6 stays a multiply. At i8, 128 is -128: no
// shift. -1 does not exist at unsigned widths: x & 255 at ui16 is kept.
// CHECK-LABEL: func.func @int_kept
// CHECK: "py.mul"{{.*}} : (i32, i32) -> i32
// CHECK: "py.mul"{{.*}} : (i8, i8) -> i8
// CHECK: "py.and"(%arg2
// CHECK-NOT: "py.lshift"
// CHECK: return
func.func @int_kept(%x: i32, %b: i8, %u: ui16) -> (i32, i8, ui16) {
  %six = "py.constant"() {value = 6 : i32} : () -> i32
  %min = "py.constant"() {value = -128 : i8} : () -> i8
  %ff = "py.constant"() {value = 255 : ui16} : () -> ui16
  %0 = "py.mul"(%x, %six) : (i32, i32) -> i32
  %1 = "py.mul"(%b, %min) : (i8, i8) -> i8
  %2 = "py.and"(%u, %ff) : (ui16, ui16) -> ui16
  return %0, %1, %2 : i32, i8, ui16
}

// Python-level rules: x // 8 is x >> 3 and x % 8 is x & 7 (floor semantics,
// positive power-of-two divisor), at signed and unsigned widths.
// CHECK-LABEL: func.func @floordiv_eight
// CHECK: %[[K:.+]] = "py.constant"() {value = 3 : i64} : () -> i64
// CHECK-NEXT: %[[R:.+]] = "py.rshift"(%arg0, %[[K]])
// CHECK-NOT: py.floordiv
func.func @floordiv_eight(%x: i64) -> i64 {
  %c = "py.constant"() {value = 8 : i64} : () -> i64
  %0 = "py.floordiv"(%x, %c) : (i64, i64) -> i64
  return %0 : i64
}

// CHECK-LABEL: func.func @mod_sixteen_unsigned
// CHECK: %[[K:.+]] = "py.constant"() {value = 15 : ui32} : () -> ui32
// CHECK-NEXT: "py.and"(%arg0, %[[K]])
// CHECK-NOT: py.mod
func.func @mod_sixteen_unsigned(%x: ui32) -> ui32 {
  %c = "py.constant"() {value = 16 : ui32} : () -> ui32
  %0 = "py.mod"(%x, %c) : (ui32, ui32) -> ui32
  return %0 : ui32
}

// Not a power of two, a negative divisor, or a float: the division stays.
// CHECK-LABEL: func.func @floordiv_kept
// CHECK: "py.floordiv"
// CHECK: "py.floordiv"
// CHECK: "py.mod"
// CHECK-NOT: py.rshift
func.func @floordiv_kept(%x: i64, %f: f64) -> (i64, i64, f64) {
  %c6 = "py.constant"() {value = 6 : i64} : () -> i64
  %cm8 = "py.constant"() {value = -8 : i64} : () -> i64
  %c8f = "py.constant"() {value = 8.0 : f64} : () -> f64
  %0 = "py.floordiv"(%x, %c6) : (i64, i64) -> i64
  %1 = "py.floordiv"(%x, %cm8) : (i64, i64) -> i64
  %2 = "py.mod"(%f, %c8f) : (f64, f64) -> f64
  return %0, %1, %2 : i64, i64, f64
}

// A py.constant of another block is a known constant in this one: the
// floor division by 8 in ^bb1 becomes a shift though 8 is defined in the
// entry block (the shift count is emitted beside it).
// CHECK-LABEL: func.func @outer_constant
// CHECK: ^bb1:
// CHECK-NEXT: %[[K:.+]] = "py.constant"() {value = 3 : i64}
// CHECK-NEXT: %[[S:.+]] = "py.rshift"(%arg0, %[[K]])
// CHECK-NEXT: return %[[S]]
func.func @outer_constant(%x: i64, %c: i1) -> i64 {
  %k = "py.constant"() {value = 8 : i64} : () -> i64
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = "py.floordiv"(%x, %k) : (i64, i64) -> i64
  return %0 : i64
^bb2:
  return %x : i64
}
