//! `convert-py-to-arith`: lowers every `py` op to arith/math, and the
//! py-level types (`ui32`: unsigned) to signless builtin integers, in
//! function signatures too. Signedness is read off the py types before they
//! are erased, and decides sitofp/uitofp and extsi/extui.
//!
//! This pass only lowers; it does not optimize (that is `py-egg`'s job).

use crate::dialects::{self, ConstBits};
use crate::passes::ir::{self, Op};
use crate::types::Scalar;
use melior::ir::attribute::TypeAttribute;
use melior::ir::operation::{OperationBuilder, OperationLike};
use melior::ir::r#type::{FunctionType, IntegerType};
use melior::ir::attribute::AttributeLike;
use melior::ir::{Identifier, Location, OperationRef, Type, TypeLike};
use melior::pass::ExternalPass;
use melior::{Context, ContextRef};
use mlir_sys::MlirValue;

#[derive(Clone, Default)]
pub struct PyToArith;

fn signless<'c>(context: &'c Context, t: Type<'c>) -> Type<'c> {
    match IntegerType::try_from(t) {
        Ok(i) if !i.is_signless() => IntegerType::new(context, i.width()).into(),
        _ => t,
    }
}

fn type_of<'c>(v: MlirValue) -> Type<'c> {
    unsafe { Type::from_raw(mlir_sys::mlirValueGetType(v)) }
}

impl<'c> melior::pass::RunExternalPass<'c> for PyToArith {
    fn initialize(&mut self, _context: ContextRef<'c>) {}

    fn run(&mut self, operation: OperationRef<'c, '_>, pass: ExternalPass<'_>) {
        // to_ref borrows the ContextRef itself: keep it alive for the whole run.
        let context_ref = operation.context();
        let context = unsafe { context_ref.to_ref() };
        let all = ir::walk(operation);
        // Record py-level scalars before any type is rewritten.
        let py_ops: Vec<(Op, Vec<Scalar>, Scalar)> = all
            .iter()
            .filter(|&&op| ir::name(op).starts_with("py."))
            .filter_map(|&op| {
                let operands = ir::operands(op).into_iter().map(|v| dialects::type_scalar(type_of(v))).collect::<Option<Vec<_>>>()?;
                Some((op, operands, dialects::type_scalar(type_of(ir::result(op, 0)))?))
            })
            .collect();
        for &op in &all {
            if ir::name(op) == "func.func" {
                retype_function(context, op);
            }
        }
        for (op, from, to) in py_ops {
            if let Err(message) = lower(context, op, &from, to) {
                unsafe {
                    let loc = mlir_sys::mlirOperationGetLocation(op);
                    let msg = std::ffi::CString::new(message).unwrap();
                    mlir_sys::mlirEmitError(loc, msg.as_ptr());
                }
                pass.signal_failure();
                return;
            }
        }
    }
}

/// Unsigned block arguments and results become signless.
fn retype_function(context: &Context, func: Op) {
    unsafe {
        let region = mlir_sys::mlirOperationGetRegion(func, 0);
        let mut block = mlir_sys::mlirRegionGetFirstBlock(region);
        while !block.ptr.is_null() {
            for i in 0..mlir_sys::mlirBlockGetNumArguments(block) {
                let arg = mlir_sys::mlirBlockGetArgument(block, i);
                mlir_sys::mlirValueSetType(arg, signless(context, type_of(arg)).to_raw());
            }
            block = mlir_sys::mlirBlockGetNextInRegion(block);
        }
        let name = mlir_sys::mlirStringRefCreateFromCString(c"function_type".as_ptr());
        let attr = mlir_sys::mlirOperationGetAttributeByName(func, name);
        let Ok(ft) = FunctionType::try_from(Type::from_raw(mlir_sys::mlirTypeAttrGetValue(attr))) else { return };
        let inputs: Vec<_> = (0..ft.input_count()).map(|i| signless(context, ft.input(i).unwrap())).collect();
        let results: Vec<_> = (0..ft.result_count()).map(|i| signless(context, ft.result(i).unwrap())).collect();
        let new = TypeAttribute::new(FunctionType::new(context, &inputs, &results).into());
        mlir_sys::mlirOperationSetAttributeByName(func, name, new.to_raw());
    }
}

fn build<'c>(anchor: Op, name: &str, operands: &[MlirValue], result: Type<'c>, location: Location<'c>) -> MlirValue {
    let operands: Vec<_> = operands.iter().map(|&v| ir::value(v)).collect();
    let op = OperationBuilder::new(name, location).add_operands(&operands).add_results(&[result]).build().expect("well-formed arith op");
    ir::result(ir::insert_before(anchor, op), 0)
}

fn constant<'c>(context: &'c Context, anchor: Op, ty: Type<'c>, value: ConstBits, location: Location<'c>) -> MlirValue {
    let op = OperationBuilder::new("arith.constant", location)
        .add_attributes(&[(Identifier::new(context, "value"), dialects::value_attr(context, ty, value))])
        .add_results(&[ty])
        .build()
        .expect("well-formed arith.constant");
    ir::result(ir::insert_before(anchor, op), 0)
}

fn lower(context: &Context, op: Op, from: &[Scalar], to: Scalar) -> Result<(), String> {
    let location = unsafe { Location::from_raw(mlir_sys::mlirOperationGetLocation(op)) };
    let ty = signless(context, dialects::scalar_type(context, to));
    let args = ir::operands(op);
    let float = to.is_float();
    let name = ir::name(op);
    let new = match name.as_str() {
        dialects::CONSTANT => constant(context, op, ty, ir::constant_value(op).ok_or("py.constant without a value")?, location),
        dialects::ADD => build(op, if float { "arith.addf" } else { "arith.addi" }, &args, ty, location),
        dialects::SUB => build(op, if float { "arith.subf" } else { "arith.subi" }, &args, ty, location),
        dialects::MUL => build(op, if float { "arith.mulf" } else { "arith.muli" }, &args, ty, location),
        dialects::NEG if float => build(op, "arith.negf", &args, ty, location),
        dialects::NEG => {
            let zero = constant(context, op, ty, ConstBits::Int(0), location);
            build(op, "arith.subi", &[zero, args[0]], ty, location)
        }
        dialects::POW if float => build(op, "math.powf", &args, ty, location),
        dialects::POW => {
            let n = ir::defining_op(args[1]).and_then(ir::constant_value);
            let Some(ConstBits::Int(n)) = n else { return Err("py.pow on integers needs a constant exponent".into()) };
            if !(0..=64).contains(&n) {
                return Err(format!("py.pow on integers needs an exponent in 0..=64, got {n}"));
            }
            int_pow(context, op, args[0], n as u32, ty, location)
        }
        dialects::CAST => cast(op, args[0], from[0], to, ty, location)?,
        dialects::CMP => {
            let pred = ir::string_attr(op, "predicate").ok_or("py.cmp needs a `predicate` string")?;
            compare(context, op, &pred, args[0], args[1], from[0], location)?
        }
        dialects::TRUTH => match from[0] {
            Scalar::Bool => args[0],
            s => {
                let operand_ty = signless(context, dialects::scalar_type(context, s));
                let bits = if s.is_float() { ConstBits::Float(0.0) } else { ConstBits::Int(0) };
                let zero = constant(context, op, operand_ty, bits, location);
                compare(context, op, "ne", args[0], zero, s, location)?
            }
        },
        dialects::NOT => {
            let one = constant(context, op, ty, ConstBits::Int(1), location);
            build(op, "arith.xori", &[args[0], one], ty, location)
        }
        other => return Err(format!("convert-py-to-arith: unknown op `{other}`")),
    };
    ir::replace_all_uses(ir::result(op, 0), new);
    ir::erase(op);
    Ok(())
}

/// Python's comparison semantics: signedness from the py type (bools
/// compare as 0/1), floats as IEEE with `!=` true for nan.
fn compare<'c>(context: &'c Context, anchor: Op, pred: &str, a: MlirValue, b: MlirValue, operands: Scalar, location: Location<'c>) -> Result<MlirValue, String> {
    use melior::dialect::arith::{cmpf, cmpi, CmpfPredicate as F, CmpiPredicate as I};
    let unsigned = matches!(operands, Scalar::Bool | Scalar::Int { signed: false, .. });
    let (a, b) = (ir::value(a), ir::value(b));
    let op = if operands.is_float() {
        let p = match pred {
            "eq" => F::Oeq,
            "ne" => F::Une,
            "lt" => F::Olt,
            "le" => F::Ole,
            "gt" => F::Ogt,
            "ge" => F::Oge,
            other => return Err(format!("py.cmp: unknown predicate `{other}`")),
        };
        cmpf(context, p, a, b, location)
    } else {
        let p = match (pred, unsigned) {
            ("eq", _) => I::Eq,
            ("ne", _) => I::Ne,
            ("lt", false) => I::Slt,
            ("le", false) => I::Sle,
            ("gt", false) => I::Sgt,
            ("ge", false) => I::Sge,
            ("lt", true) => I::Ult,
            ("le", true) => I::Ule,
            ("gt", true) => I::Ugt,
            ("ge", true) => I::Uge,
            (other, _) => return Err(format!("py.cmp: unknown predicate `{other}`")),
        };
        cmpi(context, p, a, b, location)
    };
    Ok(ir::result(ir::insert_before(anchor, op), 0))
}

/// x ** n by square-and-multiply: wraps exactly as n-1 multiplies would.
fn int_pow<'c>(context: &'c Context, anchor: Op, x: MlirValue, n: u32, ty: Type<'c>, location: Location<'c>) -> MlirValue {
    let mut result: Option<MlirValue> = None;
    let mut base = x;
    let mut n = n;
    while n > 0 {
        if n & 1 == 1 {
            result = Some(match result {
                None => base,
                Some(r) => build(anchor, "arith.muli", &[r, base], ty, location),
            });
        }
        n >>= 1;
        if n > 0 {
            base = build(anchor, "arith.muli", &[base, base], ty, location);
        }
    }
    result.unwrap_or_else(|| constant(context, anchor, ty, ConstBits::Int(1), location))
}

fn cast<'c>(anchor: Op, v: MlirValue, from: Scalar, to: Scalar, ty: Type<'c>, location: Location<'c>) -> Result<MlirValue, String> {
    // bool and unsigned values extend with zeros; signed ones with the sign.
    let unsigned = |s: Scalar| matches!(s, Scalar::Bool | Scalar::Int { signed: false, .. });
    let bits = |s: Scalar| match s {
        Scalar::Bool => 1,
        Scalar::Int { bits, .. } | Scalar::Float { bits } => bits,
    };
    Ok(match (from.is_float(), to.is_float()) {
        (false, true) => build(anchor, if unsigned(from) { "arith.uitofp" } else { "arith.sitofp" }, &[v], ty, location),
        (true, true) if bits(to) > bits(from) => build(anchor, "arith.extf", &[v], ty, location),
        (true, true) if bits(to) < bits(from) => build(anchor, "arith.truncf", &[v], ty, location),
        (true, true) => v,
        (false, false) if bits(to) > bits(from) => build(anchor, if unsigned(from) { "arith.extui" } else { "arith.extsi" }, &[v], ty, location),
        (false, false) if bits(to) < bits(from) => build(anchor, "arith.trunci", &[v], ty, location),
        (false, false) => v,
        (true, false) => return Err(format!("py.cast from {from} to {to} is not supported yet")),
    })
}
