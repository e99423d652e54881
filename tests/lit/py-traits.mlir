// RUN: pycc-opt %s --canonicalize | FileCheck %s --check-prefix=CANON
// RUN: pycc-opt %s --cse | FileCheck %s --check-prefix=CSE
// RUN: pycc-opt %s --loop-invariant-code-motion | FileCheck %s --check-prefix=LICM
// The py ops' traits (dialects/py/PyOps.td) let upstream passes clean py IR
// before it is lowered: pure ops are dead when unused, identical ones are
// one value, py.constant is ConstantLike; py.raise keeps its effects; an
// integer `//` or `%` may be hoisted only with a non-zero constant divisor.

// canonicalize removes unused pure ops (an integer `//` too: it has no
// memory effect, and removing it cannot add a division by zero), and
// dedupes and hoists equal constants. It folds nothing py-level: `x + 0.0`
// (wrong for -0.0), `x * 1.0` and `x / 2.0` are py-egg's to rewrite.
// CANON-LABEL: func.func @dead
// CANON-DAG:     %[[ONE:.*]] = "py.constant"() {value = 1.000000e+00 : f64}
// CANON-DAG:     %[[ZERO:.*]] = "py.constant"() {value = 0.000000e+00 : f64}
// CANON-DAG:     %[[TWO:.*]] = "py.constant"() {value = 2.000000e+00 : f64}
// CANON-NOT:     "py.constant"
// CANON-NOT:     "py.pow"
// CANON-NOT:     "py.floordiv"
// CANON:         %[[A:.*]] = "py.add"(%arg0, %[[ZERO]])
// CANON-NEXT:    %[[B:.*]] = "py.mul"(%[[A]], %[[ONE]])
// CANON-NEXT:    %[[D:.*]] = "py.div"(%[[B]], %[[TWO]])
// CANON-NEXT:    %[[E:.*]] = "py.sub"(%[[D]], %[[TWO]])
// CANON-NEXT:    return %[[E]]
func.func @dead(%x: f64, %i: i32, %j: i32) -> f64 {
  %c2 = "py.constant"() {value = 2.0 : f64} : () -> f64
  %unused = "py.pow"(%x, %c2) : (f64, f64) -> f64
  %q = "py.floordiv"(%i, %j) : (i32, i32) -> i32
  %zero = "py.constant"() {value = 0.0 : f64} : () -> f64
  %one = "py.constant"() {value = 1.0 : f64} : () -> f64
  %a = "py.add"(%x, %zero) : (f64, f64) -> f64
  %b = "py.mul"(%a, %one) : (f64, f64) -> f64
  %c2b = "py.constant"() {value = 2.0 : f64} : () -> f64
  %d = "py.div"(%b, %c2b) : (f64, f64) -> f64
  %e = "py.sub"(%d, %c2) : (f64, f64) -> f64
  return %e : f64
}

// A py.constant bool is a constant to upstream folders: the branch goes.
// CANON-LABEL: func.func @branch
// CANON-NEXT:    return %arg0 : f64
func.func @branch(%x: f64) -> f64 {
  %t = "py.constant"() {value = true} : () -> i1
  cf.cond_br %t, ^a, ^b
^a:
  return %x : f64
^b:
  %n = "py.neg"(%x) : (f64) -> f64
  return %n : f64
}

// cse merges identical pure ops, and only identical ones: another
// predicate, another type or another operand order is another value.
// CSE-LABEL: func.func @merge
// CSE-NEXT:    %[[S:.*]] = "py.add"(%arg0, %arg1) : (f64, f64) -> f64
// CSE-NEXT:    %[[P:.*]] = "py.mul"(%[[S]], %[[S]]) : (f64, f64) -> f64
// CSE-NEXT:    %[[LT:.*]] = "py.cmp"(%arg0, %arg1) {predicate = "lt"}
// CSE-NEXT:    %[[GT:.*]] = "py.cmp"(%arg0, %arg1) {predicate = "gt"}
// CSE-NEXT:    %[[SW:.*]] = "py.add"(%arg1, %arg0) : (f64, f64) -> f64
// CSE-NEXT:    %[[I:.*]] = "py.mul"(%arg2, %arg2) : (i64, i64) -> i64
// CSE-NEXT:    %[[U:.*]] = "py.mul"(%arg3, %arg3) : (ui64, ui64) -> ui64
// CSE-NEXT:    return %[[P]], %[[P]], %[[LT]], %[[LT]], %[[GT]], %[[SW]], %[[I]], %[[I]], %[[U]]
func.func @merge(%a: f64, %b: f64, %i: i64, %u: ui64) -> (f64, f64, i1, i1, i1, f64, i64, i64, ui64) {
  %s1 = "py.add"(%a, %b) : (f64, f64) -> f64
  %s2 = "py.add"(%a, %b) : (f64, f64) -> f64
  %p1 = "py.mul"(%s1, %s2) : (f64, f64) -> f64
  %p2 = "py.mul"(%s2, %s1) : (f64, f64) -> f64
  %lt1 = "py.cmp"(%a, %b) {predicate = "lt"} : (f64, f64) -> i1
  %lt2 = "py.cmp"(%a, %b) {predicate = "lt"} : (f64, f64) -> i1
  %gt = "py.cmp"(%a, %b) {predicate = "gt"} : (f64, f64) -> i1
  %sw = "py.add"(%b, %a) : (f64, f64) -> f64
  %i1 = "py.mul"(%i, %i) : (i64, i64) -> i64
  %i2 = "py.mul"(%i, %i) : (i64, i64) -> i64
  %u1 = "py.mul"(%u, %u) : (ui64, ui64) -> ui64
  return %p1, %p2, %lt1, %lt2, %gt, %sw, %i1, %i2, %u1 : f64, f64, i1, i1, i1, f64, i64, i64, ui64
}

// py.raise sets the exception: two are two effects, and neither is dead.
// The pure op between them is still merged with its twin.
// CANON-LABEL: func.func @raise
// CANON-NEXT:    "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"}
// CANON-NEXT:    "py.neg"
// CANON-NEXT:    "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"}
// CANON-NEXT:    "py.neg"
// CANON-NEXT:    return
// CSE-LABEL: func.func @raise
// CSE-NEXT:    "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"}
// CSE-NEXT:    %[[N:.*]] = "py.neg"(%arg0)
// CSE-NEXT:    "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"}
// CSE-NEXT:    return %[[N]], %[[N]]
func.func @raise(%x: f64) -> (f64, f64) {
  "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"} : () -> ()
  %n1 = "py.neg"(%x) : (f64) -> f64
  "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"} : () -> ()
  %n2 = "py.neg"(%x) : (f64) -> f64
  return %n1, %n2 : f64, f64
}

// LICM hoists loop-invariant pure ops, and an integer `//` only when its
// divisor is a non-zero constant: with a variable divisor the frontend's
// ZeroDivisionError check guards it inside the loop, and the loop may run
// zero times, so hoisting it could divide by zero where Python does not.
// Float `//` and `/` are total (IEEE), so they move.
// LICM-LABEL: func.func @licm
// LICM-DAG:     %[[SQ:.*]] = "py.mul"(%arg0, %arg0) : (f64, f64) -> f64
// LICM-DAG:     %[[SEVEN:.*]] = "py.constant"() {value = 7 : i32}
// LICM-DAG:     %[[Q7:.*]] = "py.floordiv"(%arg1, %[[SEVEN]])
// LICM-DAG:     %[[FQ:.*]] = "py.floordiv"(%arg0, %arg0) : (f64, f64) -> f64
// LICM-DAG:     %[[TQ:.*]] = "py.div"(%arg0, %arg0) : (f64, f64) -> f64
// LICM:         scf.for
// LICM-NEXT:      "py.add"(%{{.*}}, %[[SQ]])
// LICM-NEXT:      "py.floordiv"(%arg1, %arg2) : (i32, i32) -> i32
// LICM-NEXT:      "py.mod"(%arg1, %arg2) : (i32, i32) -> i32
// LICM-NEXT:      "py.mod"(%arg1, %{{.*}}) : (i32, i32) -> i32
func.func @licm(%x: f64, %i: i32, %j: i32, %n: index) -> (f64, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %fzero = "py.constant"() {value = 0.0 : f64} : () -> f64
  %izero = "py.constant"() {value = 0 : i32} : () -> i32
  %r:2 = scf.for %k = %c0 to %n step %c1 iter_args(%acc = %fzero, %iacc = %izero) -> (f64, i32) {
    %sq = "py.mul"(%x, %x) : (f64, f64) -> f64
    %s = "py.add"(%acc, %sq) : (f64, f64) -> f64
    %q = "py.floordiv"(%i, %j) : (i32, i32) -> i32
    %m = "py.mod"(%i, %j) : (i32, i32) -> i32
    // A zero constant divisor is no better than a variable one.
    %zero = "py.constant"() {value = 0 : i32} : () -> i32
    %mz = "py.mod"(%i, %zero) : (i32, i32) -> i32
    %seven = "py.constant"() {value = 7 : i32} : () -> i32
    %q7 = "py.floordiv"(%i, %seven) : (i32, i32) -> i32
    %fq = "py.floordiv"(%x, %x) : (f64, f64) -> f64
    %tq = "py.div"(%x, %x) : (f64, f64) -> f64
    %t1 = "py.add"(%q, %q7) : (i32, i32) -> i32
    %t2 = "py.add"(%t1, %m) : (i32, i32) -> i32
    %t3 = "py.add"(%t2, %mz) : (i32, i32) -> i32
    %t4 = "py.add"(%iacc, %t3) : (i32, i32) -> i32
    %s2 = "py.add"(%s, %fq) : (f64, f64) -> f64
    %s3 = "py.add"(%s2, %tq) : (f64, f64) -> f64
    scf.yield %s3, %t4 : f64, i32
  }
  return %r#0, %r#1 : f64, i32
}
