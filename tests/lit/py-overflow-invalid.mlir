// RUN: pycc-opt %s --split-input-file --convert-py-to-arith --verify-diagnostics
// py.overflows that convert-py-to-arith cannot lower: a diagnostic at the op.

func.func @wrong_arity(%a: i32) -> i1 {
  // expected-error@+1 {{takes 2 operand(s), got 1}}
  %o = "py.overflows"(%a) {op = "add"} : (i32) -> i1
  return %o : i1
}

// -----

func.func @unknown_kind(%a: i32) -> i1 {
  // expected-error@+1 {{py.overflows: unknown op `div`}}
  %o = "py.overflows"(%a) {op = "div"} : (i32) -> i1
  return %o : i1
}

// -----

func.func @float_operand(%a: f64) -> i1 {
  // expected-error@+1 {{'py.overflows' op operand #0 must be variadic of integer, but got 'f64'}}
  %o = "py.overflows"(%a) {op = "neg"} : (f64) -> i1
  return %o : i1
}

// -----

// Operands share one type, as for the op being checked.
func.func @mixed(%a: i32, %b: i64) -> i1 {
  // expected-error@+1 {{'py.overflows' op requires all operands to have the same type}}
  %o = "py.overflows"(%a, %b) {op = "add"} : (i32, i64) -> i1
  return %o : i1
}
