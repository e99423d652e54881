// RUN: not pycc-opt %s 2>&1 | FileCheck %s
// RUN: pycc-opt %s --split-input-file --verify-diagnostics
// The py ops' verifiers (dialects/py/PyOps.td): operands of a binary op
// share one type (the frontend casts first), and each op takes only the
// types its lowering handles.

func.func @mixed(%a: f64, %i: i32) -> f64 {
  // CHECK: 'py.mul' op requires the same type for all operands and results
  // expected-error@+1 {{'py.mul' op requires the same type for all operands and results}}
  %0 = "py.mul"(%a, %i) : (f64, i32) -> f64
  return %0 : f64
}

// -----

func.func @mixed_cmp(%a: i64, %b: ui64) -> i1 {
  // expected-error@+1 {{'py.cmp' op requires all operands to have the same type}}
  %0 = "py.cmp"(%a, %b) {predicate = "lt"} : (i64, ui64) -> i1
  return %0 : i1
}

// -----

func.func @select_arms(%c: i1, %a: f64, %b: f32) -> f64 {
  // expected-error@+1 {{'py.select' op failed to verify that all of {true_value, false_value, result} have same type}}
  %0 = "py.select"(%c, %a, %b) : (i1, f64, f32) -> f64
  return %0 : f64
}

// -----

// True division takes floats only: the frontend casts ints first.
func.func @int_div(%a: i32, %b: i32) -> i32 {
  // expected-error@+1 {{'py.div' op operand #0 must be f32 or f64, but got 'i32'}}
  %0 = "py.div"(%a, %b) : (i32, i32) -> i32
  return %0 : i32
}

// -----

func.func @index_add(%a: index, %b: index) -> index {
  // expected-error@+1 {{'py.add' op operand #0 must be integer, f32 or f64, but got 'index'}}
  %0 = "py.add"(%a, %b) : (index, index) -> index
  return %0 : index
}

// -----

func.func @no_value() -> f64 {
  // expected-error@+1 {{'py.constant' op requires attribute 'value'}}
  %0 = "py.constant"() : () -> f64
  return %0 : f64
}

// -----

func.func @raise_without_message() {
  // expected-error@+1 {{'py.raise' op requires attribute 'message'}}
  "py.raise"() {exception = "ValueError"} : () -> ()
  return
}

// -----

func.func @cmp_result(%a: f64, %b: f64) -> i32 {
  // expected-error@+1 {{'py.cmp' op result #0 must be 1-bit signless integer, but got 'i32'}}
  %0 = "py.cmp"(%a, %b) {predicate = "lt"} : (f64, f64) -> i32
  return %0 : i32
}

// -----

// A constant's value has the result's type: upstream folders rely on it.
func.func @constant_width() -> i32 {
  // expected-error@+1 {{'py.constant' op value of type 'i64' does not match the result type 'i32'}}
  %0 = "py.constant"() {value = 2 : i64} : () -> i32
  return %0 : i32
}

// -----

func.func @constant_sign() -> ui8 {
  // expected-error@+1 {{'py.constant' op value of type 'i8' does not match the result type 'ui8'}}
  %0 = "py.constant"() {value = 2 : i8} : () -> ui8
  return %0 : ui8
}

// -----

func.func @constant_string() -> f64 {
  // expected-error@+1 {{'py.constant' op value must be an integer or float attribute, got "2.0"}}
  %0 = "py.constant"() {value = "2.0"} : () -> f64
  return %0 : f64
}

// -----

func.func @predicate_not_string(%a: f64, %b: f64) -> i1 {
  // expected-error@+1 {{'py.cmp' op attribute 'predicate' failed to satisfy constraint: string attribute}}
  %0 = "py.cmp"(%a, %b) {predicate = 2 : i64} : (f64, f64) -> i1
  return %0 : i1
}
