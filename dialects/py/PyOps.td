// The ops of the `py` dialect. Generic syntax only (no assembly formats), e.g.
//   %c = "py.constant"() {value = 2.0 : f64} : () -> f64
//   %r = "py.pow"(%x, %c) : (f64, f64) -> f64
//
// Traits: an op that computes a value from its operands and nothing else is
// `Pure` (no memory effect, and defined for every input, so LICM may hoist
// it out of a guard). Integer `//` and `%` are undefined for a zero divisor
// once lowered (arith.divsi/divui), and the frontend only guards it with a
// branch, so they have no memory effect but are speculatable only when the
// divisor is a known non-zero constant. `py.raise` writes the interpreter's
// exception state and keeps that effect. No op is `Commutative`: that trait
// lets canonicalize swap operands, and which nan a float op returns depends
// on operand order.

#ifndef PY_OPS_TD
#define PY_OPS_TD

include "PyDialect.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

// The numeric types py ops take: ints of any width and signedness (i1 is
// bool), f32 and f64.
def Py_Number : AnyTypeOf<[AnyInteger, F32, F64], "integer, f32 or f64">;
def Py_Float : AnyTypeOf<[F32, F64], "f32 or f64">;

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

// A literal or a folded module-level constant.
//   %c = "py.constant"() {value = 2 : i32} : () -> i32
// ConstantLike with a folder, so that canonicalize dedupes equal constants
// and upstream matchers (m_Constant) see through it. The verifier requires
// an integer or float attribute of the result's own type: upstream folders
// that receive the value assume that.
def Py_ConstantOp : Py_Op<"constant", [Pure, ConstantLike]> {
  let arguments = (ins AnyAttr:$value);
  let results = (outs Py_Number:$result);
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Arithmetic: operands and result share one type (the frontend inserts
// py.cast to unify them first). Ints wrap at their width, floats are IEEE;
// every one is total.
//===----------------------------------------------------------------------===//

class Py_BinaryOp<string mnemonic, list<Trait> traits = []> :
    Py_Op<mnemonic, !listconcat(traits, [SameOperandsAndResultType])> {
  let arguments = (ins Py_Number:$lhs, Py_Number:$rhs);
  let results = (outs Py_Number:$result);
}

//   %r = "py.add"(%a, %b) : (f64, f64) -> f64
def Py_AddOp : Py_BinaryOp<"add", [Pure]>;
def Py_SubOp : Py_BinaryOp<"sub", [Pure]>;
def Py_MulOp : Py_BinaryOp<"mul", [Pure]>;

// x ** y. Floats: C pow, which equals CPython's float_pow for finite
// results. Integers: the exponent must be a non-negative py.constant
// (the lowering checks, at compile time), expanded by square-and-multiply
// with wraparound.
def Py_PowOp : Py_Op<"pow", [Pure, SameOperandsAndResultType]> {
  let arguments = (ins Py_Number:$base, Py_Number:$exponent);
  let results = (outs Py_Number:$result);
}

// x ** n for floats and a constant n in {2, 3, 4, -1, -2}: the same
// bits as py.pow (glibc's pow/powf), computed exactly and rounded once,
// calling pow only near a rounding midpoint (src/wrap/pow_small.h). Only
// py-egg creates it (float.rules, pow-small-*).
def Py_PowSmallOp : Py_Op<"pow_small", [Pure, SameOperandsAndResultType]> {
  let arguments = (ins Py_Number:$base, Py_Number:$exponent);
  let results = (outs Py_Number:$result);
}

// Unary minus: -x (wraps for ints; flips the sign bit for floats).
def Py_NegOp : Py_Op<"neg", [Pure, SameOperandsAndResultType]> {
  let arguments = (ins Py_Number:$operand);
  let results = (outs Py_Number:$result);
}

// Numeric conversion as numba's implicit promotion does it: int to float
// (signedness from the source type), int width changes (wrap or extend),
// float width changes. A float to int conversion out of range gives
// poison once lowered, not undefined behaviour, so it is still Pure.
//   %f = "py.cast"(%i) : (i32) -> f64
def Py_CastOp : Py_Op<"cast", [Pure]> {
  let arguments = (ins Py_Number:$operand);
  let results = (outs Py_Number:$result);
}

// Python comparison of two values of one type, as a bool. The predicate
// is one of "eq", "ne", "lt", "le", "gt", "ge"; signedness comes from the
// operand type, and floats compare as IEEE (nan != nan is true, every
// ordered comparison with nan false), as CPython does.
//   %b = "py.cmp"(%x, %y) {predicate = "lt"} : (f64, f64) -> i1
def Py_CmpOp : Py_Op<"cmp", [Pure, SameTypeOperands]> {
  let arguments = (ins Py_Number:$lhs, Py_Number:$rhs, StrAttr:$predicate);
  let results = (outs I1:$result);
}

// Python truthiness: x != 0 for ints, x != 0.0 for floats (nan is true).
//   %b = "py.truth"(%x) : (f64) -> i1
def Py_TruthOp : Py_Op<"truth", [Pure]> {
  let arguments = (ins Py_Number:$operand);
  let results = (outs I1:$result);
}

// `not` of a bool.
//   %n = "py.not"(%b) : (i1) -> i1
def Py_NotOp : Py_Op<"not", [Pure, SameOperandsAndResultType]> {
  let arguments = (ins I1:$operand);
  let results = (outs I1:$result);
}

// x / y on floats (ints are cast first, as Python 3 makes `/` a float).
// IEEE division, total (x / 0.0 is ±inf or nan), so Pure: the frontend
// raises ZeroDivisionError before y == 0, but hoisting the division above
// that check computes a value nobody uses and cannot trap.
//   %q = "py.div"(%x, %y) : (f64, f64) -> f64
def Py_DivOp : Py_Op<"div", [Pure, SameOperandsAndResultType]> {
  let arguments = (ins Py_Float:$lhs, Py_Float:$rhs);
  let results = (outs Py_Float:$result);
}

// x // y and x % y with Python's signs: the quotient rounds toward -inf
// and the remainder takes the divisor's sign (floats as CPython's
// _float_div_mod and float_rem, -0.0, inf and nan included). Ints wrap:
// MIN // -1 is MIN (the lowering handles it; the frontend raises
// OverflowError before it). The frontend raises ZeroDivisionError before
// y == 0; an integer zero divisor is undefined behaviour once lowered
// (arith.divsi/divui), so these are not speculatable unless the divisor is
// a non-zero constant or the type a float (getSpeculatability).
//   %q = "py.floordiv"(%x, %y) : (i64, i64) -> i64
class Py_DivModOp<string mnemonic> : Py_BinaryOp<mnemonic,
    [NoMemoryEffect, DeclareOpInterfaceMethods<ConditionallySpeculatable>]>;
def Py_FloorDivOp : Py_DivModOp<"floordiv">;
def Py_ModOp : Py_DivModOp<"mod">;

// `--overflow=raise`: whether the exact (unbounded, Python) result of `op`
// on these operands does not fit their type. `op` is "add", "sub", "mul",
// "lshift" (two operands; lshift's count is non-negative) or "neg", "abs",
// "invert" (one). A predicate beside the wrapping op, not a flag on it, so
// that the value ops keep their Z/2^n meaning for py-egg; the frontend
// branches on it to a py.raise of OverflowError.
//   %o = "py.overflows"(%a, %b) {op = "add"} : (i32, i32) -> i1
def Py_OverflowsOp : Py_Op<"overflows", [Pure, SameTypeOperands]> {
  let arguments = (ins Variadic<AnyInteger>:$operands, StrAttr:$op);
  let results = (outs I1:$result);
}

// Sets the Python exception `exception` (a builtin exception's name) with
// `message`. The function then returns with its error flag set. It reads
// and writes the thread's exception state: never removed, merged or moved
// across other effects.
//   "py.raise"() {exception = "ZeroDivisionError", message = "division by zero"} : () -> ()
def Py_RaiseOp : Py_Op<"raise", [MemoryEffects<[MemRead, MemWrite]>]> {
  let arguments = (ins StrAttr:$exception, StrAttr:$message);
}

// Bitwise ops on ints (and `& | ^` on bools). Shifts at the operands'
// width: a count at or past the width gives 0 (or, for >> of a negative
// signed value, -1), which is Python's unbounded result wrapped to the
// width; the lowering clamps the count, so they are total. The frontend
// raises ValueError for a negative count first.
//   %r = "py.lshift"(%x, %n) : (i64, i64) -> i64
class Py_BitwiseOp<string mnemonic> :
    Py_Op<mnemonic, [Pure, SameOperandsAndResultType]> {
  let arguments = (ins AnyInteger:$lhs, AnyInteger:$rhs);
  let results = (outs AnyInteger:$result);
}
def Py_AndOp : Py_BitwiseOp<"and">;
def Py_OrOp : Py_BitwiseOp<"or">;
def Py_XorOp : Py_BitwiseOp<"xor">;
def Py_LShiftOp : Py_BitwiseOp<"lshift">;
def Py_RShiftOp : Py_BitwiseOp<"rshift">;

// ~x on an int: -x - 1.
def Py_InvertOp : Py_Op<"invert", [Pure, SameOperandsAndResultType]> {
  let arguments = (ins AnyInteger:$operand);
  let results = (outs AnyInteger:$result);
}

// abs(x): ints wrap (abs(MIN) is MIN), floats clear the sign bit.
def Py_AbsOp : Py_Op<"abs", [Pure, SameOperandsAndResultType]> {
  let arguments = (ins Py_Number:$operand);
  let results = (outs Py_Number:$result);
}

// cond ? a : b, for min() and max().
//   %m = "py.select"(%c, %a, %b) : (i1, f64, f64) -> f64
def Py_SelectOp : Py_Op<"select",
    [Pure, AllTypesMatch<["true_value", "false_value", "result"]>]> {
  let arguments = (ins I1:$condition, Py_Number:$true_value, Py_Number:$false_value);
  let results = (outs Py_Number:$result);
}

// round(x) for floats: to the nearest integer, halves to even (the same
// as CPython's round-then-fix-halves), still a float.
def Py_RoundEvenOp : Py_Op<"round_even", [Pure, SameOperandsAndResultType]> {
  let arguments = (ins Py_Float:$operand);
  let results = (outs Py_Float:$result);
}

// A C math library function on doubles, as CPython's math module calls
// it (the frontend adds CPython's error checks around it, on the result),
// or one of pycc's runtime helpers, which return their errno outcome as a
// value. Pure: nothing pycc emits reads errno, and each function is
// defined for every double. On f32 operands it is libm's float function
// (`expf`), as numba calls for float32 math; operands and result share
// one type.
//   %s = "py.libm"(%x) {function = "sin"} : (f64) -> f64
def Py_LibmOp : Py_Op<"libm", [Pure]> {
  let arguments = (ins Variadic<Py_Float>:$args, StrAttr:$function);
  let results = (outs Py_Float:$result);
}

#endif // PY_OPS_TD
