// Expectations that do not match: a missing error and an unexpected one.

func.func @mixed(%a: f64, %i: i32) -> f64 {
  // expected-error@+1 {{never emitted}}
  %c = "py.constant"() {value = 1.0 : f64} : () -> f64
  %0 = "py.mul"(%a, %i) : (f64, i32) -> f64
  return %0 : f64
}

// A regex expectation whose literal tail does not match.
func.func @regex(%i: i64) -> i64 {
  // expected-error-re@+1 {{must be f32 or f64, but got 'i{{[0-9]+}}'x}}
  %0 = "py.div"(%i, %i) : (i64, i64) -> i64
  return %0 : i64
}
