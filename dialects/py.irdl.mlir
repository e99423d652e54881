// The `py` dialect: typed numeric Python.
//
// Each op carries Python's semantics for the builtin type of its operands,
// so passes can reason at Python level before anything is lowered:
//   - signless integers (i8..i64) are numba's signed ints: + - * ** wrap at
//     their width (the documented deviation from CPython's unbounded int);
//   - unsigned integers (ui8..ui64) are numba's unsigned ints; the sign lives
//     in the type so that later ops (//, %, comparisons, casts) need no flag;
//   - i1 is Python's bool;
//   - f32 and f64 are IEEE floats with CPython's float semantics.
//
// Defined in IRDL so that pycc loads it at run time from this file: no C++
// dialect library to build and link beside the static MLIR. The trap, noted
// in the README: IRDL ops carry no traits (Pure, SameOperandsAndResultType),
// so `canonicalize`/`cse` leave py ops alone; the `py-egg` pass does that
// clean-up for the pure ops listed here, before `convert-py-to-arith`.
//
// Generic syntax only, e.g.
//   %c = "py.constant"() {value = 2.0 : f64} : () -> f64
//   %r = "py.pow"(%x, %c) : (f64, f64) -> f64
irdl.dialect @py {
  // py.constant: a literal or a folded module-level constant.
  //   %c = "py.constant"() {value = 2 : i32} : () -> i32
  irdl.operation @constant {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %num = irdl.any_of(%int, %f32, %f64)
    %v = irdl.any
    irdl.attributes {"value" = %v}
    irdl.results(result: %num)
  }

  // Binary arithmetic with Python semantics; operands and result share
  // one type (the frontend inserts py.cast to unify them first).
  //   %r = "py.add"(%a, %b) : (f64, f64) -> f64
  irdl.operation @add {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(lhs: %t, rhs: %t)
    irdl.results(result: %t)
  }
  irdl.operation @sub {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(lhs: %t, rhs: %t)
    irdl.results(result: %t)
  }
  irdl.operation @mul {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(lhs: %t, rhs: %t)
    irdl.results(result: %t)
  }
  // x ** y. Floats: C pow, which equals CPython's float_pow for finite
  // results. Integers: the exponent must be a non-negative py.constant
  // (the frontend checks), expanded by square-and-multiply with wraparound.
  irdl.operation @pow {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(base: %t, exponent: %t)
    irdl.results(result: %t)
  }

  // Unary minus: -x (wraps for ints; flips the sign bit for floats).
  irdl.operation @neg {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(operand: %t)
    irdl.results(result: %t)
  }

  // Numeric conversion as numba's implicit promotion does it: int to float
  // (signedness from the source type), int width changes (wrap or extend),
  // float width changes.
  //   %f = "py.cast"(%i) : (i32) -> f64
  irdl.operation @cast {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %from = irdl.any_of(%int, %f32, %f64)
    // Fresh constraint values: IRDL binds one SSA constraint to one type.
    %int_to = irdl.base "!builtin.integer"
    %f32_to = irdl.is f32
    %f64_to = irdl.is f64
    %to = irdl.any_of(%int_to, %f32_to, %f64_to)
    irdl.operands(operand: %from)
    irdl.results(result: %to)
  }

  // Python comparison of two values of one type, as a bool. The predicate
  // is one of "eq", "ne", "lt", "le", "gt", "ge"; signedness comes from the
  // operand type, and floats compare as IEEE (nan != nan is true, every
  // ordered comparison with nan false), as CPython does.
  //   %b = "py.cmp"(%x, %y) {predicate = "lt"} : (f64, f64) -> i1
  irdl.operation @cmp {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    %pred = irdl.any
    irdl.attributes {"predicate" = %pred}
    %i1 = irdl.is i1
    irdl.operands(lhs: %t, rhs: %t)
    irdl.results(result: %i1)
  }

  // Python truthiness: x != 0 for ints, x != 0.0 for floats (nan is true).
  //   %b = "py.truth"(%x) : (f64) -> i1
  irdl.operation @truth {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    %i1 = irdl.is i1
    irdl.operands(operand: %t)
    irdl.results(result: %i1)
  }

  // `not` of a bool.
  //   %n = "py.not"(%b) : (i1) -> i1
  irdl.operation @not {
    %i1 = irdl.is i1
    irdl.operands(operand: %i1)
    irdl.results(result: %i1)
  }

  // x / y on floats (ints are cast first, as Python 3 makes `/` a float).
  // IEEE division; the frontend raises ZeroDivisionError before y == 0.
  //   %q = "py.div"(%x, %y) : (f64, f64) -> f64
  irdl.operation @div {
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%f32, %f64)
    irdl.operands(lhs: %t, rhs: %t)
    irdl.results(result: %t)
  }

  // x // y and x % y with Python's signs: the quotient rounds toward -inf
  // and the remainder takes the divisor's sign (floats as CPython's
  // _float_div_mod and float_rem, -0.0, inf and nan included). Ints wrap:
  // MIN // -1 is MIN (the frontend raises OverflowError before it). The
  // frontend raises ZeroDivisionError before y == 0.
  //   %q = "py.floordiv"(%x, %y) : (i64, i64) -> i64
  irdl.operation @floordiv {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(lhs: %t, rhs: %t)
    irdl.results(result: %t)
  }
  irdl.operation @mod {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(lhs: %t, rhs: %t)
    irdl.results(result: %t)
  }

  // `--overflow=raise`: whether the exact (unbounded, Python) result of `op`
  // on these operands does not fit their type. `op` is "add", "sub", "mul",
  // "lshift" (two operands; lshift's count is non-negative) or "neg", "abs",
  // "invert" (one). A predicate beside the wrapping op, not a flag on it, so
  // that the value ops keep their Z/2^n meaning for py-egg; the frontend
  // branches on it to a py.raise of OverflowError.
  //   %o = "py.overflows"(%a, %b) {op = "add"} : (i32, i32) -> i1
  irdl.operation @overflows {
    %int = irdl.base "!builtin.integer"
    %kind = irdl.any
    irdl.attributes {"op" = %kind}
    %i1 = irdl.is i1
    irdl.operands(operands: variadic %int)
    irdl.results(result: %i1)
  }

  // Sets the Python exception `exception` (a builtin exception's name) with
  // `message`. The function then returns with its error flag set.
  //   "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"} : () -> ()
  irdl.operation @raise {
    %exc = irdl.any
    %msg = irdl.any
    irdl.attributes {"exception" = %exc, "message" = %msg}
  }

  // x & y, on ints or bools.
  irdl.operation @and {
    %int = irdl.base "!builtin.integer"
    irdl.operands(lhs: %int, rhs: %int)
    irdl.results(result: %int)
  }

  // x | y, on ints or bools.
  irdl.operation @or {
    %int = irdl.base "!builtin.integer"
    irdl.operands(lhs: %int, rhs: %int)
    irdl.results(result: %int)
  }

  // x ^ y, on ints or bools.
  irdl.operation @xor {
    %int = irdl.base "!builtin.integer"
    irdl.operands(lhs: %int, rhs: %int)
    irdl.results(result: %int)
  }

  // x << n and x >> n at the operands' width: a count at or past the width
  // gives 0 (or, for >> of a negative signed value, -1), which is Python's
  // unbounded result wrapped to the width. The frontend raises ValueError
  // for a negative count first.
  //   %r = "py.lshift"(%x, %n) : (i64, i64) -> i64
  irdl.operation @lshift {
    %int = irdl.base "!builtin.integer"
    irdl.operands(lhs: %int, rhs: %int)
    irdl.results(result: %int)
  }
  irdl.operation @rshift {
    %int = irdl.base "!builtin.integer"
    irdl.operands(lhs: %int, rhs: %int)
    irdl.results(result: %int)
  }

  // ~x on an int: -x - 1.
  irdl.operation @invert {
    %int = irdl.base "!builtin.integer"
    irdl.operands(operand: %int)
    irdl.results(result: %int)
  }

  // abs(x): ints wrap (abs(MIN) is MIN), floats clear the sign bit.
  irdl.operation @abs {
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(operand: %t)
    irdl.results(result: %t)
  }

  // cond ? a : b, for min() and max().
  //   %m = "py.select"(%c, %a, %b) : (i1, f64, f64) -> f64
  irdl.operation @select {
    %i1 = irdl.is i1
    %int = irdl.base "!builtin.integer"
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%int, %f32, %f64)
    irdl.operands(condition: %i1, true_value: %t, false_value: %t)
    irdl.results(result: %t)
  }

  // round(x) for floats: to the nearest integer, halves to even (the same
  // as CPython's round-then-fix-halves), still a float.
  irdl.operation @round_even {
    %f32 = irdl.is f32
    %f64 = irdl.is f64
    %t = irdl.any_of(%f32, %f64)
    irdl.operands(operand: %t)
    irdl.results(result: %t)
  }

  // A C math library function on doubles, as CPython's math module calls
  // it (the frontend adds CPython's error checks around it). Pure.
  //   %s = "py.libm"(%x) {function = "sin"} : (f64) -> f64
  irdl.operation @libm {
    %f64 = irdl.is f64
    %name = irdl.any
    irdl.attributes {"function" = %name}
    irdl.operands(args: variadic %f64)
    irdl.results(result: %f64)
  }
}
