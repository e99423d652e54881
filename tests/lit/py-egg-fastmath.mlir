// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg{rules=float,int,fastmath,fastmath-finite}))' | FileCheck %s --check-prefix=FAST
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg))' | FileCheck %s --check-prefix=EXACT
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg{rules=float,int}))' | FileCheck %s --check-prefix=EXACT
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg{rules=float,int,fastmath}))' | FileCheck %s --check-prefix=FINITE
// `--fastmath` selects `fastmath` only: the rules that assume no inf/nan
// (`fastmath-finite`: x * 0.0, x - x) stay off, since `x - x == 0.0` is the
// frontend's finiteness test before an OverflowError.
// FINITE-LABEL: func.func @mul_zero
// FINITE: "py.mul"
// FINITE-LABEL: func.func @sub_self
// FINITE: "py.sub"(%arg0, %arg0)
// The opt-in `fastmath` rules change results for some inputs: each fires
// with rules=...,fastmath and never by default or with rules=float,int.

// x + 0.0 -> x (wrong for -0.0).
// FAST-LABEL: func.func @add_zero
// FAST-NEXT: return %arg0
// EXACT-LABEL: func.func @add_zero
// EXACT: "py.add"
func.func @add_zero(%x: f64) -> f64 {
  %c = "py.constant"() {value = 0.0 : f64} : () -> f64
  %0 = "py.add"(%c, %x) : (f64, f64) -> f64
  return %0 : f64
}

// x * 0.0 -> 0.0 (wrong for inf, nan, negative x).
// FAST-LABEL: func.func @mul_zero
// FAST-NEXT: %[[Z:.+]] = "py.constant"() {value = 0.000000e+00 : f64}
// FAST-NEXT: return %[[Z]]
// EXACT-LABEL: func.func @mul_zero
// EXACT: "py.mul"
func.func @mul_zero(%x: f64) -> f64 {
  %c = "py.constant"() {value = 0.0 : f64} : () -> f64
  %0 = "py.mul"(%x, %c) : (f64, f64) -> f64
  return %0 : f64
}

// x - x -> 0.0 (wrong for inf, nan); the constant has x's type.
// FAST-LABEL: func.func @sub_self
// FAST-NEXT: %[[Z:.+]] = "py.constant"() {value = 0.000000e+00 : f32}
// FAST-NEXT: return %[[Z]]
// EXACT-LABEL: func.func @sub_self
// EXACT: "py.sub"(%arg0, %arg0)
func.func @sub_self(%x: f32) -> f32 {
  %0 = "py.sub"(%x, %x) : (f32, f32) -> f32
  return %0 : f32
}

// x ** 2 -> x * x (differs from glibc's pow on exact ties).
// FAST-LABEL: func.func @pow_two
// FAST-NEXT: %[[R:.+]] = "py.mul"(%arg0, %arg0) : (f64, f64) -> f64
// FAST-NEXT: return %[[R]]
// EXACT-LABEL: func.func @pow_two
// EXACT: "py.pow_small"
func.func @pow_two(%x: f64) -> f64 {
  %c = "py.constant"() {value = 2.0 : f64} : () -> f64
  %0 = "py.pow"(%x, %c) : (f64, f64) -> f64
  return %0 : f64
}

// x ** 3 -> x * x * x (two roundings).
// FAST-LABEL: func.func @pow_three
// FAST-NOT: "py.pow"
// FAST: %[[SQ:.+]] = "py.mul"(%arg0, %arg0)
// FAST: "py.mul"
// FAST-NOT: "py.pow"
// FAST: return
// EXACT-LABEL: func.func @pow_three
// EXACT: "py.pow_small"
func.func @pow_three(%x: f64) -> f64 {
  %c = "py.constant"() {value = 3.0 : f64} : () -> f64
  %0 = "py.pow"(%x, %c) : (f64, f64) -> f64
  return %0 : f64
}

// x ** 4 -> (x * x) * (x * x). With reassociation, x * (x * (x * x)) has
// the same tree cost (extraction counts a shared square twice), so either
// form may come out (two or three multiplies).
// FAST-LABEL: func.func @pow_four
// FAST-NOT: "py.pow"
// FAST: "py.mul"
// FAST: "py.mul"
// FAST-NOT: "py.pow"
// FAST: return
// EXACT-LABEL: func.func @pow_four
// EXACT: "py.pow_small"
func.func @pow_four(%x: f64) -> f64 {
  %c = "py.constant"() {value = 4.0 : f64} : () -> f64
  %0 = "py.pow"(%x, %c) : (f64, f64) -> f64
  return %0 : f64
}

// Reassociation: (x + 1.0) + 2.0 -> x + 3.0 (folded), which rounds once less.
// FAST-LABEL: func.func @reassociate
// FAST-NEXT: %[[C:.+]] = "py.constant"() {value = 3.000000e+00 : f64}
// FAST-NEXT: %[[S:.+]] = "py.add"
// FAST-SAME: %[[C]]
// FAST-NEXT: return %[[S]]
// EXACT-LABEL: func.func @reassociate
// EXACT: %[[A:.+]] = "py.add"(%arg0,
// EXACT: "py.add"(%[[A]],
func.func @reassociate(%x: f64) -> f64 {
  %one = "py.constant"() {value = 1.0 : f64} : () -> f64
  %two = "py.constant"() {value = 2.0 : f64} : () -> f64
  %0 = "py.add"(%x, %one) : (f64, f64) -> f64
  %1 = "py.add"(%0, %two) : (f64, f64) -> f64
  return %1 : f64
}

// Extraction (passes/egg/extract.rs): Horner's rule at x = i * h keeps its
// one multiply per step under the fastmath rules. Reassociating `(...) * x`
// into `((...) * h) * i` ties with it locally (h comes from outside the
// block), and the input's own node wins the tie; the DAG cost counts the
// shared `x` once. The tree cost with an arbitrary tie-break made 8
// multiplies of these 5.
// FAST-LABEL: func.func @horner
// FAST-COUNT-5: "py.mul"
// FAST-NOT: "py.mul"
// FAST: return
func.func @horner(%i: i64, %h: f64) -> f64 {
  %xi = "py.cast"(%i) : (i64) -> f64
  %x = "py.mul"(%xi, %h) : (f64, f64) -> f64
  %c0 = "py.constant"() {value = 5.000000e-01 : f64} : () -> f64
  %c1 = "py.constant"() {value = 1.250000e+00 : f64} : () -> f64
  %c2 = "py.constant"() {value = 2.000000e+00 : f64} : () -> f64
  %c3 = "py.constant"() {value = 7.500000e-01 : f64} : () -> f64
  %c4 = "py.constant"() {value = 1.500000e+00 : f64} : () -> f64
  %0 = "py.mul"(%c0, %x) : (f64, f64) -> f64
  %1 = "py.sub"(%0, %c1) : (f64, f64) -> f64
  %2 = "py.mul"(%1, %x) : (f64, f64) -> f64
  %3 = "py.add"(%2, %c2) : (f64, f64) -> f64
  %4 = "py.mul"(%3, %x) : (f64, f64) -> f64
  %5 = "py.sub"(%4, %c3) : (f64, f64) -> f64
  %6 = "py.mul"(%5, %x) : (f64, f64) -> f64
  %7 = "py.add"(%6, %c4) : (f64, f64) -> f64
  return %7 : f64
}

// x ** 2 + 3 * x ** 3 + x ** 4 under fastmath: the square is computed once
// and shared (x * x, x * x2, 3 * x3, x2 * x2), no pow left.
// FAST-LABEL: func.func @powers
// FAST-NOT: "py.pow"
// FAST-COUNT-4: "py.mul"
// FAST-NOT: "py.mul"
// FAST: return
func.func @powers(%x: f64) -> f64 {
  %two = "py.constant"() {value = 2.000000e+00 : f64} : () -> f64
  %three = "py.constant"() {value = 3.000000e+00 : f64} : () -> f64
  %four = "py.constant"() {value = 4.000000e+00 : f64} : () -> f64
  %0 = "py.pow"(%x, %two) : (f64, f64) -> f64
  %1 = "py.pow"(%x, %three) : (f64, f64) -> f64
  %2 = "py.mul"(%three, %1) : (f64, f64) -> f64
  %3 = "py.add"(%0, %2) : (f64, f64) -> f64
  %4 = "py.pow"(%x, %four) : (f64, f64) -> f64
  %5 = "py.add"(%3, %4) : (f64, f64) -> f64
  return %5 : f64
}
