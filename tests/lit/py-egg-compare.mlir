// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg))' | FileCheck %s
// Comparison rules (int.rules, float.rules): positive and negative tests.

// int eq-self, ne-self, lt-self, le-self, gt-self, ge-self: a value against
// itself, signed and unsigned.
// CHECK-LABEL: func.func @int_self
// CHECK-DAG: %[[T:.+]] = "py.constant"() {value = true}
// CHECK-DAG: %[[F:.+]] = "py.constant"() {value = false}
// CHECK-NOT: py.cmp
// CHECK: return %[[T]], %[[F]], %[[F]], %[[T]], %[[F]], %[[T]]
func.func @int_self(%x: i32, %u: ui8) -> (i1, i1, i1, i1, i1, i1) {
  %0 = "py.cmp"(%x, %x) {predicate = "eq"} : (i32, i32) -> i1
  %1 = "py.cmp"(%x, %x) {predicate = "ne"} : (i32, i32) -> i1
  %2 = "py.cmp"(%u, %u) {predicate = "lt"} : (ui8, ui8) -> i1
  %3 = "py.cmp"(%u, %u) {predicate = "le"} : (ui8, ui8) -> i1
  %4 = "py.cmp"(%x, %x) {predicate = "gt"} : (i32, i32) -> i1
  %5 = "py.cmp"(%x, %x) {predicate = "ge"} : (i32, i32) -> i1
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// Floats: x < x and x > x are false (nan too), but x == x, x <= x and
// x >= x are NOT true (nan), and x != x (isnan) stays.
// CHECK-LABEL: func.func @float_self
// CHECK-DAG: %[[EQ:.+]] = "py.cmp"(%arg0, %arg0) {predicate = "eq"}
// CHECK-DAG: %[[NE:.+]] = "py.cmp"(%arg0, %arg0) {predicate = "ne"}
// CHECK-DAG: %[[F:.+]] = "py.constant"() {value = false}
// CHECK-DAG: %[[LE:.+]] = "py.cmp"(%arg0, %arg0) {predicate = "{{le|ge}}"}
// CHECK-NOT: value = true
// CHECK: return %[[EQ]], %[[NE]], %[[F]], %[[LE]], %[[F]], %[[LE]]
func.func @float_self(%x: f64) -> (i1, i1, i1, i1, i1, i1) {
  %0 = "py.cmp"(%x, %x) {predicate = "eq"} : (f64, f64) -> i1
  %1 = "py.cmp"(%x, %x) {predicate = "ne"} : (f64, f64) -> i1
  %2 = "py.cmp"(%x, %x) {predicate = "lt"} : (f64, f64) -> i1
  %3 = "py.cmp"(%x, %x) {predicate = "le"} : (f64, f64) -> i1
  %4 = "py.cmp"(%x, %x) {predicate = "gt"} : (f64, f64) -> i1
  %5 = "py.cmp"(%x, %x) {predicate = "ge"} : (f64, f64) -> i1
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// f32 too: x < x is false, x == x stays.
// CHECK-LABEL: func.func @f32_self
// CHECK: %[[EQ:.+]] = "py.cmp"(%arg0, %arg0) {predicate = "eq"}
// CHECK: %[[F:.+]] = "py.constant"() {value = false}
// CHECK: return %[[EQ]], %[[F]]
func.func @f32_self(%x: f32) -> (i1, i1) {
  %0 = "py.cmp"(%x, %x) {predicate = "eq"} : (f32, f32) -> i1
  %1 = "py.cmp"(%x, %x) {predicate = "lt"} : (f32, f32) -> i1
  return %0, %1 : i1, i1
}

// int not-lt, not-le, not-gt, not-ge, not-eq, not-ne (with the swaps, the
// result may name either mirror form): the `not` is gone.
// CHECK-LABEL: func.func @int_not
// CHECK-NOT: py.not
// CHECK-DAG: "py.cmp"({{%arg0, %arg1\) \{predicate = "ge"|%arg1, %arg0\) \{predicate = "le"}}
// CHECK-DAG: "py.cmp"({{%arg0, %arg1\) \{predicate = "gt"|%arg1, %arg0\) \{predicate = "lt"}}
// CHECK-DAG: "py.cmp"({{%arg[01], %arg[01]}}) {predicate = "ne"}
// CHECK-DAG: "py.cmp"({{%arg[01], %arg[01]}}) {predicate = "eq"}
// CHECK-NOT: py.not
// CHECK: return
func.func @int_not(%x: ui32, %y: ui32) -> (i1, i1, i1, i1, i1, i1) {
  %0 = "py.cmp"(%x, %y) {predicate = "lt"} : (ui32, ui32) -> i1
  %1 = "py.not"(%0) : (i1) -> i1
  %2 = "py.cmp"(%x, %y) {predicate = "le"} : (ui32, ui32) -> i1
  %3 = "py.not"(%2) : (i1) -> i1
  %4 = "py.cmp"(%y, %x) {predicate = "gt"} : (ui32, ui32) -> i1
  %5 = "py.not"(%4) : (i1) -> i1
  %6 = "py.cmp"(%y, %x) {predicate = "ge"} : (ui32, ui32) -> i1
  %7 = "py.not"(%6) : (i1) -> i1
  %8 = "py.cmp"(%x, %y) {predicate = "eq"} : (ui32, ui32) -> i1
  %9 = "py.not"(%8) : (i1) -> i1
  %10 = "py.cmp"(%x, %y) {predicate = "ne"} : (ui32, ui32) -> i1
  %11 = "py.not"(%10) : (i1) -> i1
  return %1, %3, %5, %7, %9, %11 : i1, i1, i1, i1, i1, i1
}

// Floats: not (x < y) is NOT x >= y (both false for nan): the `not` stays.
// not (x == y) is x != y exactly.
// CHECK-LABEL: func.func @float_not
// CHECK: %[[LT:.+]] = "py.cmp"({{%arg0, %arg1\) \{predicate = "lt"|%arg1, %arg0\) \{predicate = "gt"}}
// CHECK: %[[N:.+]] = "py.not"(%[[LT]])
// CHECK: %[[NE:.+]] = "py.cmp"({{%arg[01], %arg[01]}}) {predicate = "ne"}
// CHECK-NOT: py.not
// CHECK: return %[[N]], %[[NE]]
func.func @float_not(%x: f64, %y: f64) -> (i1, i1) {
  %0 = "py.cmp"(%x, %y) {predicate = "lt"} : (f64, f64) -> i1
  %1 = "py.not"(%0) : (i1) -> i1
  %2 = "py.cmp"(%x, %y) {predicate = "eq"} : (f64, f64) -> i1
  %3 = "py.not"(%2) : (i1) -> i1
  return %1, %3 : i1, i1
}

// float not-ne.
// CHECK-LABEL: func.func @float_not_ne
// CHECK-NOT: py.not
// CHECK: "py.cmp"({{%arg[01], %arg[01]}}) {predicate = "eq"}
func.func @float_not_ne(%x: f32, %y: f32) -> i1 {
  %0 = "py.cmp"(%x, %y) {predicate = "ne"} : (f32, f32) -> i1
  %1 = "py.not"(%0) : (i1) -> i1
  return %1 : i1
}

// Constant comparisons fold: unsigned 255 > 1 (not -1 > 1), signed -1 < 1,
// nan != nan is true and nan == nan false, 0.0 == -0.0.
// CHECK-LABEL: func.func @fold
// CHECK-DAG: %[[T:.+]] = "py.constant"() {value = true}
// CHECK-DAG: %[[F:.+]] = "py.constant"() {value = false}
// CHECK-NOT: py.cmp
// CHECK: return %[[T]], %[[T]], %[[T]], %[[F]], %[[T]]
func.func @fold() -> (i1, i1, i1, i1, i1) {
  %u255 = "py.constant"() {value = 255 : ui8} : () -> ui8
  %u1 = "py.constant"() {value = 1 : ui8} : () -> ui8
  %m1 = "py.constant"() {value = -1 : i8} : () -> i8
  %p1 = "py.constant"() {value = 1 : i8} : () -> i8
  %nan = "py.constant"() {value = 0x7FF8000000000000 : f64} : () -> f64
  %z = "py.constant"() {value = 0.0 : f64} : () -> f64
  %nz = "py.constant"() {value = -0.0 : f64} : () -> f64
  %0 = "py.cmp"(%u255, %u1) {predicate = "gt"} : (ui8, ui8) -> i1
  %1 = "py.cmp"(%m1, %p1) {predicate = "lt"} : (i8, i8) -> i1
  %2 = "py.cmp"(%nan, %nan) {predicate = "ne"} : (f64, f64) -> i1
  %3 = "py.cmp"(%nan, %nan) {predicate = "eq"} : (f64, f64) -> i1
  %4 = "py.cmp"(%z, %nz) {predicate = "eq"} : (f64, f64) -> i1
  return %0, %1, %2, %3, %4 : i1, i1, i1, i1, i1
}

// eq-add, ne-add, eq-sub, ne-sub: x + 3 == 10 is x == 7, and it wraps
// consistently: x + 200 != 100 at ui8 is x != 156; x - 1 == 127 at i8 is
// x == -128.
// CHECK-LABEL: func.func @add_const
// CHECK-DAG: {value = 7 : i64}
// CHECK-DAG: "py.cmp"({{.*}}%arg0{{.*}}) {predicate = "eq"} : (i64, i64)
// CHECK-DAG: {value = 156 : ui8}
// CHECK-DAG: "py.cmp"({{.*}}%arg1{{.*}}) {predicate = "ne"} : (ui8, ui8)
// CHECK-DAG: {value = -128 : i8}
// CHECK-DAG: "py.cmp"({{.*}}%arg2{{.*}}) {predicate = "eq"} : (i8, i8)
// CHECK-DAG: {value = 5 : i8}
// CHECK-DAG: "py.cmp"({{.*}}%arg2{{.*}}) {predicate = "ne"} : (i8, i8)
// CHECK-NOT: py.add
// CHECK-NOT: py.sub
// CHECK: return
func.func @add_const(%x: i64, %u: ui8, %s: i8) -> (i1, i1, i1, i1) {
  %c3 = "py.constant"() {value = 3 : i64} : () -> i64
  %c10 = "py.constant"() {value = 10 : i64} : () -> i64
  %0 = "py.add"(%x, %c3) : (i64, i64) -> i64
  %1 = "py.cmp"(%0, %c10) {predicate = "eq"} : (i64, i64) -> i1
  %c200 = "py.constant"() {value = 200 : ui8} : () -> ui8
  %c100 = "py.constant"() {value = 100 : ui8} : () -> ui8
  %2 = "py.add"(%u, %c200) : (ui8, ui8) -> ui8
  %3 = "py.cmp"(%2, %c100) {predicate = "ne"} : (ui8, ui8) -> i1
  %c1 = "py.constant"() {value = 1 : i8} : () -> i8
  %c127 = "py.constant"() {value = 127 : i8} : () -> i8
  %4 = "py.sub"(%s, %c1) : (i8, i8) -> i8
  %5 = "py.cmp"(%4, %c127) {predicate = "eq"} : (i8, i8) -> i1
  %c4 = "py.constant"() {value = 4 : i8} : () -> i8
  %6 = "py.sub"(%s, %c1) : (i8, i8) -> i8
  %7 = "py.cmp"(%6, %c4) {predicate = "ne"} : (i8, i8) -> i1
  return %1, %3, %5, %7 : i1, i1, i1, i1
}

// x + 1 < 10 is NOT x < 9: x + 1 wraps at MAX. The add stays.
// CHECK-LABEL: func.func @add_lt_kept
// CHECK: "py.add"
// CHECK: "py.cmp"({{.*}}) {predicate = "{{lt|gt}}"}
func.func @add_lt_kept(%x: i32) -> i1 {
  %c1 = "py.constant"() {value = 1 : i32} : () -> i32
  %c10 = "py.constant"() {value = 10 : i32} : () -> i32
  %0 = "py.add"(%x, %c1) : (i32, i32) -> i32
  %1 = "py.cmp"(%0, %c10) {predicate = "lt"} : (i32, i32) -> i1
  return %1 : i1
}

// Floats: x + 1.0 == 3.0 is NOT x == 2.0 (rounding): no eq-add for floats.
// CHECK-LABEL: func.func @float_add_eq_kept
// CHECK: "py.add"
// CHECK: "py.cmp"
func.func @float_add_eq_kept(%x: f64) -> i1 {
  %c1 = "py.constant"() {value = 1.0 : f64} : () -> f64
  %c3 = "py.constant"() {value = 3.0 : f64} : () -> f64
  %0 = "py.add"(%x, %c1) : (f64, f64) -> f64
  %1 = "py.cmp"(%0, %c3) {predicate = "eq"} : (f64, f64) -> i1
  return %1 : i1
}

// eq-sub-zero, ne-sub-zero, eq-xor-zero, ne-xor-zero, eq-neg, eq-invert:
// each is x == y or x != y.
// CHECK-LABEL: func.func @to_eq
// CHECK-NOT: py.sub
// CHECK-NOT: py.xor
// CHECK-NOT: py.neg
// CHECK-NOT: py.invert
// CHECK: %[[E:.+]] = "py.cmp"({{%arg[01], %arg[01]}}) {predicate = "eq"}
// CHECK: %[[N:.+]] = "py.cmp"({{%arg[01], %arg[01]}}) {predicate = "ne"}
// CHECK: return %[[E]], %[[N]], %[[E]], %[[N]], %[[E]], %[[E]]
func.func @to_eq(%x: i16, %y: i16) -> (i1, i1, i1, i1, i1, i1) {
  %z = "py.constant"() {value = 0 : i16} : () -> i16
  %0 = "py.sub"(%x, %y) : (i16, i16) -> i16
  %1 = "py.cmp"(%0, %z) {predicate = "eq"} : (i16, i16) -> i1
  %2 = "py.cmp"(%0, %z) {predicate = "ne"} : (i16, i16) -> i1
  %3 = "py.xor"(%x, %y) : (i16, i16) -> i16
  %4 = "py.cmp"(%3, %z) {predicate = "eq"} : (i16, i16) -> i1
  %5 = "py.cmp"(%3, %z) {predicate = "ne"} : (i16, i16) -> i1
  %nx = "py.neg"(%x) : (i16) -> i16
  %ny = "py.neg"(%y) : (i16) -> i16
  %6 = "py.cmp"(%nx, %ny) {predicate = "eq"} : (i16, i16) -> i1
  %ix = "py.invert"(%x) : (i16) -> i16
  %iy = "py.invert"(%y) : (i16) -> i16
  %7 = "py.cmp"(%ix, %iy) {predicate = "eq"} : (i16, i16) -> i1
  return %1, %2, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1
}

// float eq-neg: -x == -y is x == y.
// CHECK-LABEL: func.func @float_eq_neg
// CHECK-NOT: py.neg
// CHECK: "py.cmp"({{%arg[01], %arg[01]}}) {predicate = "eq"}
func.func @float_eq_neg(%x: f64, %y: f64) -> i1 {
  %nx = "py.neg"(%x) : (f64) -> f64
  %ny = "py.neg"(%y) : (f64) -> f64
  %0 = "py.cmp"(%nx, %ny) {predicate = "eq"} : (f64, f64) -> i1
  return %0 : i1
}

// Swaps (gt-swap, ge-swap, lt-swap, le-swap, eq-comm, ne-comm): x > y and
// y < x are one value, compared once.
// CHECK-LABEL: func.func @swaps
// CHECK-COUNT-3: py.cmp
// CHECK-NOT: py.cmp
// CHECK: return %[[A:.+]], %[[A]], %[[B:.+]], %[[B]], %[[C:.+]], %[[C]]
func.func @swaps(%x: f64, %y: f64) -> (i1, i1, i1, i1, i1, i1) {
  %0 = "py.cmp"(%x, %y) {predicate = "gt"} : (f64, f64) -> i1
  %1 = "py.cmp"(%y, %x) {predicate = "lt"} : (f64, f64) -> i1
  %2 = "py.cmp"(%x, %y) {predicate = "ge"} : (f64, f64) -> i1
  %3 = "py.cmp"(%y, %x) {predicate = "le"} : (f64, f64) -> i1
  %4 = "py.cmp"(%x, %y) {predicate = "ne"} : (f64, f64) -> i1
  %5 = "py.cmp"(%y, %x) {predicate = "ne"} : (f64, f64) -> i1
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

// Int rules never fire on bools: a bool compared with itself is left to
// the bool set, which has no comparison rules.
// CHECK-LABEL: func.func @bool_cmp_kept
// CHECK: "py.cmp"(%arg0, %arg0) {predicate = "eq"}
func.func @bool_cmp_kept(%b: i1) -> i1 {
  %0 = "py.cmp"(%b, %b) {predicate = "eq"} : (i1, i1) -> i1
  return %0 : i1
}
