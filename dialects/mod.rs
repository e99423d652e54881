//! The `py` dialect: its handle (the ODS definition is `py/PyOps.td`,
//! compiled by build.rs), how pycc's scalar types map onto builtin MLIR
//! types, and thin builders; `llvm` has the few upstream LLVM-dialect ops
//! pycc builds by hand.

pub mod llvm;

use crate::base::types::Scalar;
use melior::dialect::{DialectHandle, DialectRegistry};
use melior::ir::attribute::{FloatAttribute, IntegerAttribute};
use melior::ir::operation::OperationBuilder;
use melior::ir::r#type::IntegerType;
use melior::ir::{Attribute, Identifier, Location, Operation, Type, Value};
use melior::Context;

extern "C" {
    // Defined by MLIR_DEFINE_CAPI_DIALECT_REGISTRATION in py/PyDialect.cpp.
    fn mlirGetDialectHandle__py__() -> mlir_sys::MlirDialectHandle;
}

/// The pure ops of the dialect, which the e-graph pass may rebuild freely.
pub const CONSTANT: &str = "py.constant";
pub const ADD: &str = "py.add";
pub const SUB: &str = "py.sub";
pub const MUL: &str = "py.mul";
pub const POW: &str = "py.pow";
/// `x ** n`, n a constant in {2, 3, 4, -1, -2}, floats: py.pow's bits, fast.
pub const POW_SMALL: &str = "py.pow_small";
pub const NEG: &str = "py.neg";
pub const CAST: &str = "py.cast";
/// Comparisons and truthiness: pure, bool results (`py.truth` is not in the
/// e-graph; it stays a leaf).
pub const CMP: &str = "py.cmp";
pub const TRUTH: &str = "py.truth";
pub const NOT: &str = "py.not";
/// Division: total except for a zero divisor, which the frontend guards.
pub const DIV: &str = "py.div";
pub const FLOORDIV: &str = "py.floordiv";
pub const MOD: &str = "py.mod";
/// Bitwise ops on ints (and `& | ^` on bools). Shifts are total: a count
/// at or past the width gives 0 (or the sign for `>>`), as the unbounded
/// result wrapped to the width; the frontend raises on a negative count.
pub const AND: &str = "py.and";
pub const OR: &str = "py.or";
pub const XOR: &str = "py.xor";
pub const LSHIFT: &str = "py.lshift";
pub const RSHIFT: &str = "py.rshift";
pub const INVERT: &str = "py.invert";
/// abs(x): ints wrap (abs(MIN) == MIN), floats clear the sign bit.
pub const ABS: &str = "py.abs";
/// select(cond, a, b), for min/max.
pub const SELECT: &str = "py.select";
/// A C math library function on float64s, by name (`function`).
pub const LIBM: &str = "py.libm";
/// Round half to even, as round(x) on floats.
pub const ROUND_EVEN: &str = "py.round_even";
/// `--overflow=raise`: whether the exact result of `op` does not fit the type.
pub const OVERFLOWS: &str = "py.overflows";
/// Sets a Python exception; the frontend returns the error flag after it.
pub const RAISE: &str = "py.raise";
pub const PURE_OPS: [&str; 20] = [
    CONSTANT, ADD, SUB, MUL, POW, POW_SMALL, NEG, CAST, AND, OR, XOR, LSHIFT, RSHIFT, INVERT, FLOORDIV, MOD, DIV, CMP,
    NOT, SELECT,
];

/// The `py` dialect's handle.
pub fn handle() -> DialectHandle {
    // SAFETY: the C shim returns a static handle for the dialect class.
    unsafe { DialectHandle::from_raw(mlirGetDialectHandle__py__()) }
}

/// Adds `py` to a registry, so that a context made from it loads the
/// dialect on first use (parsing included).
pub fn register(registry: &DialectRegistry) {
    handle().insert_dialect(registry);
}

/// py-level type of a scalar: signless ints are signed, `ui` ints unsigned, i1 is bool.
pub fn scalar_type(context: &Context, s: Scalar) -> Type<'_> {
    match s {
        Scalar::Bool => IntegerType::new(context, 1).into(),
        Scalar::Int { bits, signed: true } => IntegerType::new(context, bits).into(),
        Scalar::Int { bits, signed: false } => IntegerType::unsigned(context, bits).into(),
        Scalar::Float { bits: 32 } => Type::float32(context),
        Scalar::Float { .. } => Type::float64(context),
    }
}

/// The scalar a py-level MLIR type stands for.
pub fn type_scalar(t: Type) -> Option<Scalar> {
    use melior::ir::TypeLike;
    if t.is_f64() {
        return Some(Scalar::F64);
    }
    if t.is_f32() {
        return Some(Scalar::Float { bits: 32 });
    }
    let i = IntegerType::try_from(t).ok()?;
    Some(match i.width() {
        1 => Scalar::Bool,
        bits => Scalar::Int { bits, signed: !i.is_unsigned() },
    })
}

/// The `value` attribute of a constant of type `ty` (py.constant, arith.constant).
pub fn value_attr<'c>(context: &'c Context, ty: Type<'c>, value: ConstBits) -> Attribute<'c> {
    match value {
        ConstBits::Float(f) => FloatAttribute::new(context, ty, f).into(),
        ConstBits::Int(i) => IntegerAttribute::new(ty, i).into(),
    }
}

/// `py.cmp` with `predicate` ("eq", "lt", ...): a bool.
pub fn cmp<'c>(
    context: &'c Context,
    predicate: &str,
    operands: &[Value<'c, '_>],
    location: Location<'c>,
) -> Operation<'c> {
    use melior::ir::attribute::StringAttribute;
    OperationBuilder::new(CMP, location)
        .add_attributes(&[(Identifier::new(context, "predicate"), StringAttribute::new(context, predicate).into())])
        .add_operands(operands)
        .add_results(&[IntegerType::new(context, 1).into()])
        .build()
        .expect("py.cmp is well formed")
}

/// `py.constant` of a float, or of an int given by its bit pattern.
pub fn constant<'c>(context: &'c Context, ty: Type<'c>, value: ConstBits, location: Location<'c>) -> Operation<'c> {
    OperationBuilder::new(CONSTANT, location)
        .add_attributes(&[(Identifier::new(context, "value"), value_attr(context, ty, value))])
        .add_results(&[ty])
        .build()
        .expect("py.constant is well formed")
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConstBits {
    Float(f64),
    /// Two's-complement bits, sign-extended to 64.
    Int(i64),
}

impl ConstBits {
    /// Zero of the scalar's kind (+0.0 for floats).
    pub fn zero(s: Scalar) -> Self {
        if s.is_float() {
            ConstBits::Float(0.0)
        } else {
            ConstBits::Int(0)
        }
    }
}

/// Any py op with operands and one result of type `result`.
pub fn op<'c>(name: &str, operands: &[Value<'c, '_>], result: Type<'c>, location: Location<'c>) -> Operation<'c> {
    OperationBuilder::new(name, location)
        .add_operands(operands)
        .add_results(&[result])
        .build()
        .expect("py op is well formed")
}
