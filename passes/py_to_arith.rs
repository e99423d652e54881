//! `convert-py-to-arith`: lowers every `py` op to arith/math, and the
//! py-level types (`ui32`: unsigned) to signless builtin integers, in
//! function signatures too. Signedness is read off the py types before they
//! are erased, and decides sitofp/uitofp and extsi/extui.
//!
//! This pass only lowers; it does not optimize (that is `py-egg`'s job).

use crate::abi::runtime::RAISE_FN;
use crate::base::types::Scalar;
use crate::dialects::{self, ConstBits};
use crate::passes::ir::{self, Op};
use melior::ir::attribute::AttributeLike;
use melior::ir::attribute::TypeAttribute;
use melior::ir::operation::{OperationBuilder, OperationLike};
use melior::ir::r#type::{FunctionType, IntegerType};
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
                let operands = ir::operands(op)
                    .into_iter()
                    .map(|v| dialects::type_scalar(type_of(v)))
                    .collect::<Option<Vec<_>>>()?;
                // Ops without results (py.raise) lower by their attributes alone.
                let result = if ir::num_results(op) == 0 {
                    Scalar::Bool
                } else {
                    dialects::type_scalar(type_of(ir::result(op, 0)))?
                };
                Some((op, operands, result))
            })
            .collect();
        for &op in &all {
            match ir::name(op).as_str() {
                "func.func" => retype_function(context, op),
                // Calls between kernels carry the callee's (retyped) results.
                "func.call" => (0..ir::num_results(op)).for_each(|i| unsafe {
                    let r = ir::result(op, i);
                    mlir_sys::mlirValueSetType(r, signless(context, type_of(r)).to_raw());
                }),
                _ => {}
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
    let op = OperationBuilder::new(name, location)
        .add_operands(&operands)
        .add_results(&[result])
        .build()
        .expect("well-formed arith op");
    ir::result(ir::insert_before(anchor, op), 0)
}

/// `arith.cmpi` before `anchor`.
fn cmpi<'c>(
    context: &'c Context,
    anchor: Op,
    p: melior::dialect::arith::CmpiPredicate,
    a: MlirValue,
    b: MlirValue,
    loc: Location<'c>,
) -> MlirValue {
    ir::result(ir::insert_before(anchor, melior::dialect::arith::cmpi(context, p, ir::value(a), ir::value(b), loc)), 0)
}

/// `arith.cmpf` before `anchor`.
fn cmpf<'c>(
    context: &'c Context,
    anchor: Op,
    p: melior::dialect::arith::CmpfPredicate,
    a: MlirValue,
    b: MlirValue,
    loc: Location<'c>,
) -> MlirValue {
    ir::result(ir::insert_before(anchor, melior::dialect::arith::cmpf(context, p, ir::value(a), ir::value(b), loc)), 0)
}

fn constant<'c>(context: &'c Context, anchor: Op, ty: Type<'c>, value: ConstBits, location: Location<'c>) -> MlirValue {
    let op = OperationBuilder::new("arith.constant", location)
        .add_attributes(&[(Identifier::new(context, "value"), dialects::value_attr(context, ty, value))])
        .add_results(&[ty])
        .build()
        .expect("well-formed arith.constant");
    ir::result(ir::insert_before(anchor, op), 0)
}

/// Whether `v` is the float constant `c`.
fn is_float_const(v: MlirValue, c: f64) -> bool {
    matches!(ir::defining_op(v).and_then(ir::constant_value), Some(ConstBits::Float(f)) if f == c)
}

/// `x * -1.0` and `x / -1.0` as the hardware computes them: `-x`, but a nan
/// comes back as it went in. LLVM folds either into a negation, which
/// flips a nan's sign; CPython's and numpy's multiply keep it, and
/// `math.copysign` shows the difference.
fn nan_keeping_negation<'c>(
    context: &'c Context,
    op: Op,
    x: MlirValue,
    ty: Type<'c>,
    location: Location<'c>,
) -> MlirValue {
    let negated = build(op, "arith.negf", &[x], ty, location);
    let nan = cmpf(context, op, melior::dialect::arith::CmpfPredicate::Uno, x, x, location);
    build(op, "arith.select", &[nan, x, negated], ty, location)
}

fn lower(context: &Context, op: Op, from: &[Scalar], to: Scalar) -> Result<(), String> {
    let location = unsafe { Location::from_raw(mlir_sys::mlirOperationGetLocation(op)) };
    let ty = signless(context, dialects::scalar_type(context, to));
    let args = ir::operands(op);
    let float = to.is_float();
    let name = ir::name(op);
    let new = match name.as_str() {
        dialects::CONSTANT => {
            constant(context, op, ty, ir::constant_value(op).ok_or("py.constant without a value")?, location)
        }
        dialects::ADD => build(op, if float { "arith.addf" } else { "arith.addi" }, &args, ty, location),
        dialects::SUB => build(op, if float { "arith.subf" } else { "arith.subi" }, &args, ty, location),
        dialects::MUL if float && args.iter().any(|&a| is_float_const(a, -1.0)) => {
            let x = if is_float_const(args[1], -1.0) { args[0] } else { args[1] };
            nan_keeping_negation(context, op, x, ty, location)
        }
        dialects::MUL => build(op, if float { "arith.mulf" } else { "arith.muli" }, &args, ty, location),
        dialects::NEG if float => build(op, "arith.negf", &args, ty, location),
        dialects::NEG => {
            let zero = constant(context, op, ty, ConstBits::Int(0), location);
            build(op, "arith.subi", &[zero, args[0]], ty, location)
        }
        // f64 `**` is CPython's float_pow: glibc's pow, called out of line
        // (runtime.c) so that LLVM cannot rewrite it: pow(x, 2.0) -> x*x and
        // pow(x, -1.0) -> 1/x are exact in IEEE terms but glibc's pow is not
        // correctly rounded at ties, and CPython returns glibc's bits.
        dialects::POW if ty == Type::float64(context) => libm_call(context, op, OPAQUE_POW, &args, ty, location),
        // f32 `**` is numpy's float32 power, powf: opaque for the same reason.
        dialects::POW if float => libm_call(context, op, OPAQUE_POWF, &args, ty, location),
        // x ** n, n in {2, 3, 4, -1, -2}: pow's bits, computed exactly and
        // rounded once, pow only near a midpoint (src/wrap/pow_small.h,
        // inlined from the runtime bitcode).
        dialects::POW_SMALL if ty == Type::float64(context) => {
            libm_call(context, op, "pycc_pow_small", &args, ty, location)
        }
        dialects::POW_SMALL => libm_call(context, op, "pycc_powf_small", &args, ty, location),
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
                let zero = constant(context, op, operand_ty, ConstBits::zero(s), location);
                compare(context, op, "ne", args[0], zero, s, location)?
            }
        },
        dialects::DIV if is_float_const(args[1], -1.0) => nan_keeping_negation(context, op, args[0], ty, location),
        dialects::DIV => build(op, "arith.divf", &args, ty, location),
        dialects::AND => build(op, "arith.andi", &args, ty, location),
        dialects::SELECT => build(op, "arith.select", &args, ty, location),
        dialects::LIBM => libm(context, op, &args, ty, location)?,
        dialects::ROUND_EVEN => build(op, "math.roundeven", &args, ty, location),
        dialects::ABS if float => build(op, "math.absf", &args, ty, location),
        dialects::ABS => int_abs(context, op, args[0], from[0], ty, location),
        dialects::OR => build(op, "arith.ori", &args, ty, location),
        dialects::XOR => build(op, "arith.xori", &args, ty, location),
        dialects::INVERT => {
            let ones = constant(context, op, ty, ConstBits::Int(-1), location);
            build(op, "arith.xori", &[args[0], ones], ty, location)
        }
        dialects::LSHIFT | dialects::RSHIFT => {
            shift(context, op, name == dialects::LSHIFT, args[0], args[1], to, ty, location)
        }
        dialects::FLOORDIV | dialects::MOD if float => {
            let (floordiv, rem) = float_div_mod(context, op, args[0], args[1], ty, location);
            if name == dialects::FLOORDIV {
                floordiv
            } else {
                rem
            }
        }
        dialects::FLOORDIV | dialects::MOD => {
            int_div_mod(context, op, name == dialects::FLOORDIV, args[0], args[1], to, ty, location)
        }
        dialects::RAISE => return lower_raise(context, op),
        dialects::OVERFLOWS => {
            let kind = ir::string_attr(op, "op").ok_or("py.overflows needs an `op` string")?;
            overflows(context, op, &kind, &args, from[0], location)?
        }
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

/// `py.libm`: exact IEEE operations need no call; everything else is
/// glibc's, the same function CPython's math module calls.
fn libm<'c>(
    context: &'c Context,
    op: Op,
    args: &[MlirValue],
    ty: Type<'c>,
    location: Location<'c>,
) -> Result<MlirValue, String> {
    let function = ir::string_attr(op, "function").ok_or("py.libm needs a `function`")?;
    Ok(match function.as_str() {
        "sqrt" => build(op, "math.sqrt", args, ty, location),
        "fabs" => build(op, "math.absf", args, ty, location),
        "floor" => build(op, "math.floor", args, ty, location),
        "ceil" => build(op, "math.ceil", args, ty, location),
        "trunc" => build(op, "math.trunc", args, ty, location),
        "copysign" => build(op, "math.copysign", args, ty, location),
        // fmod is exact, and LLVM's frem is fmod without errno. A call
        // named `fmod` is not safe: LLVM 22's SimplifyLibCalls turns
        // fmod(x, y) with x never inf and y never 0 into `frem nnan`,
        // although a nan y still gives nan, and then folds away the
        // nan checks that follow (issue 16 item 6).
        "fmod" | "fmodf" => build(op, "arith.remf", args, ty, location),
        "pow" => libm_call(context, op, OPAQUE_POW, args, ty, location),
        "powf" => libm_call(context, op, OPAQUE_POWF, args, ty, location),
        symbol => libm_call(context, op, symbol, args, ty, location),
    })
}

/// `abs` of an int: `x < 0 ? 0 - x : x` (wrapping at MIN, as numba); an
/// unsigned int is its own.
fn int_abs<'c>(
    context: &'c Context,
    op: Op,
    x: MlirValue,
    from: Scalar,
    ty: Type<'c>,
    location: Location<'c>,
) -> MlirValue {
    use melior::dialect::arith::CmpiPredicate as I;
    if !matches!(from, Scalar::Int { signed: true, .. }) {
        return x;
    }
    let zero = constant(context, op, ty, ConstBits::Int(0), location);
    let negated = build(op, "arith.subi", &[zero, x], ty, location);
    let negative = cmpi(context, op, I::Slt, x, zero, location);
    build(op, "arith.select", &[negative, negated, x], ty, location)
}

/// `py.raise`: a call of the runtime's `pycc_raise(class name, message)`.
fn lower_raise(context: &Context, op: Op) -> Result<(), String> {
    let location = unsafe { Location::from_raw(mlir_sys::mlirOperationGetLocation(op)) };
    let exc = ir::string_attr(op, "exception").ok_or("py.raise needs `exception`")?;
    let msg = ir::string_attr(op, "message").ok_or("py.raise needs `message`")?;
    let (e, m) = (ir::string_global(context, op, &exc), ir::string_global(context, op, &msg));
    let call = melior::dialect::func::call(
        context,
        melior::ir::attribute::FlatSymbolRefAttribute::new(context, RAISE_FN),
        &[ir::value(e), ir::value(m)],
        &[],
        location,
    );
    ir::insert_before(op, call);
    declare_raise(context, op);
    ir::erase(op);
    Ok(())
}

/// Declares `pycc_raise(ptr, ptr)` in the module once.
fn declare_raise(context: &Context, anchor: Op) {
    let f = crate::abi::runtime::lookup(RAISE_FN).expect("in the runtime table");
    let params: Vec<Type> = f.params.iter().map(|t| t.mlir(context)).collect();
    declare(context, anchor, RAISE_FN, &params, &[]);
}

/// Declares the external function `symbol` in the module, once.
fn declare<'c>(context: &'c Context, anchor: Op, symbol: &str, inputs: &[Type<'c>], results: &[Type<'c>]) {
    let module = ir::module_of(anchor);
    if ir::lookup_symbol(module, symbol) {
        return;
    }
    let decl = melior::dialect::func::func(
        context,
        melior::ir::attribute::StringAttribute::new(context, symbol),
        TypeAttribute::new(FunctionType::new(context, inputs, results).into()),
        melior::ir::Region::new(),
        &[(
            Identifier::new(context, "sym_visibility"),
            melior::ir::attribute::StringAttribute::new(context, "private").into(),
        )],
        Location::unknown(context),
    );
    ir::append_to_module(module, decl);
}

/// CPython's `_float_div_mod` (Objects/floatobject.c), op for op, as selects:
/// fmod, the sign fix-up toward the divisor, zero remainders signed like the
/// divisor, the quotient snapped to an integer, zero quotients signed like
/// vx / wx. Returns (floordiv, mod).
fn float_div_mod<'c>(
    context: &'c Context,
    at: Op,
    vx: MlirValue,
    wx: MlirValue,
    ty: Type<'c>,
    loc: Location<'c>,
) -> (MlirValue, MlirValue) {
    use melior::dialect::arith::CmpfPredicate as F;
    let f = |c: f64| constant(context, at, ty, ConstBits::Float(c), loc);
    let cmp = |p: F, a: MlirValue, b: MlirValue| cmpf(context, at, p, a, b, loc);
    let i1 = IntegerType::new(context, 1).into();
    let (zero, one, half) = (f(0.0), f(1.0), f(0.5));
    let mod0 = build(at, "arith.remf", &[vx, wx], ty, loc);
    let diff = build(at, "arith.subf", &[vx, mod0], ty, loc);
    let div0 = build(at, "arith.divf", &[diff, wx], ty, loc);
    // if (mod): nan counts as true, as in C.
    let mod_nonzero = cmp(F::Une, mod0, zero);
    let signs_differ = build(at, "arith.xori", &[cmp(F::Olt, wx, zero), cmp(F::Olt, mod0, zero)], i1, loc);
    let fix = build(at, "arith.andi", &[mod_nonzero, signs_differ], i1, loc);
    let mod_fixed = build(at, "arith.addf", &[mod0, wx], ty, loc);
    let div_fixed = build(at, "arith.subf", &[div0, one], ty, loc);
    let mod1 = build(at, "arith.select", &[fix, mod_fixed, mod0], ty, loc);
    let div1 = build(at, "arith.select", &[fix, div_fixed, div0], ty, loc);
    let signed_zero = build(at, "math.copysign", &[zero, wx], ty, loc);
    let rem = build(at, "arith.select", &[mod_nonzero, mod1, signed_zero], ty, loc);
    // Snap the quotient: floor, plus one if floor lost more than a half.
    let floor = build(at, "math.floor", &[div1], ty, loc);
    let lost = build(at, "arith.subf", &[div1, floor], ty, loc);
    let up = build(at, "arith.addf", &[floor, one], ty, loc);
    let snapped = build(at, "arith.select", &[cmp(F::Ogt, lost, half), up, floor], ty, loc);
    let quotient = build(at, "arith.divf", &[vx, wx], ty, loc);
    let zero_q = build(at, "math.copysign", &[zero, quotient], ty, loc);
    let floordiv = build(at, "arith.select", &[cmp(F::Une, div1, zero), snapped, zero_q], ty, loc);
    (floordiv, rem)
}

/// Integer `//` or `%` rounding toward -inf. Signed: truncating division
/// with the usual fix-up, and a divisor of -1 handled apart, since the
/// hardware traps on MIN / -1 (MIN // -1 wraps to MIN, MIN % -1 is 0).
#[allow(clippy::too_many_arguments)]
fn int_div_mod<'c>(
    context: &'c Context,
    at: Op,
    floordiv: bool,
    a: MlirValue,
    b: MlirValue,
    ty_py: Scalar,
    ty: Type<'c>,
    loc: Location<'c>,
) -> MlirValue {
    if let Scalar::Int { signed: false, .. } | Scalar::Bool = ty_py {
        return build(at, if floordiv { "arith.divui" } else { "arith.remui" }, &[a, b], ty, loc);
    }
    use melior::dialect::arith::CmpiPredicate as I;
    let i1: Type = IntegerType::new(context, 1).into();
    let c = |v: i64| constant(context, at, ty, ConstBits::Int(v), loc);
    let cmp = |p: I, x: MlirValue, y: MlirValue| cmpi(context, at, p, x, y, loc);
    let (zero, one, minus_one) = (c(0), c(1), c(-1));
    let is_minus_one = cmp(I::Eq, b, minus_one);
    let safe_b = build(at, "arith.select", &[is_minus_one, one, b], ty, loc);
    let q = build(at, "arith.divsi", &[a, safe_b], ty, loc);
    let r = build(at, "arith.remsi", &[a, safe_b], ty, loc);
    // Round toward -inf: when the remainder is non-zero and its sign differs from b's.
    let r_nonzero = cmp(I::Ne, r, zero);
    let signs = build(at, "arith.xori", &[r, b], ty, loc);
    let differ = cmp(I::Slt, signs, zero);
    let fix = build(at, "arith.andi", &[r_nonzero, differ], i1, loc);
    if floordiv {
        let q1 = build(at, "arith.subi", &[q, one], ty, loc);
        let fixed = build(at, "arith.select", &[fix, q1, q], ty, loc);
        let negated = build(at, "arith.subi", &[zero, a], ty, loc);
        build(at, "arith.select", &[is_minus_one, negated, fixed], ty, loc)
    } else {
        let r1 = build(at, "arith.addi", &[r, b], ty, loc);
        build(at, "arith.select", &[fix, r1, r], ty, loc)
    }
}

/// `x << n` / `x >> n` with no poison: LLVM's shifts are undefined at or
/// past the width, Python's are not. The count is clamped for the shift
/// itself and the out-of-range result selected: 0 for `<<` and unsigned
/// `>>`, the sign (0 or -1) for signed `>>`. Counts are non-negative here.
#[allow(clippy::too_many_arguments)]
fn shift<'c>(
    context: &'c Context,
    at: Op,
    left: bool,
    x: MlirValue,
    n: MlirValue,
    ty_py: Scalar,
    ty: Type<'c>,
    loc: Location<'c>,
) -> MlirValue {
    use melior::dialect::arith::CmpiPredicate as I;
    let bits = match ty_py {
        Scalar::Int { bits, .. } => bits,
        _ => 1,
    };
    let signed = matches!(ty_py, Scalar::Int { signed: true, .. });
    let c = |v: i64| constant(context, at, ty, ConstBits::Int(v), loc);
    let width = c(bits as i64);
    let cmp = |p: I, a: MlirValue, b: MlirValue| cmpi(context, at, p, a, b, loc);
    let too_far = cmp(I::Uge, n, width);
    let max = c(bits as i64 - 1);
    let clamped = build(at, "arith.select", &[too_far, max, n], ty, loc);
    let shifted = build(
        at,
        if left {
            "arith.shli"
        } else if signed {
            "arith.shrsi"
        } else {
            "arith.shrui"
        },
        &[x, clamped],
        ty,
        loc,
    );
    let fill = if left || !signed { c(0) } else { build(at, "arith.shrsi", &[x, max], ty, loc) };
    build(at, "arith.select", &[too_far, fill, shifted], ty, loc)
}

/// Python's comparison semantics: signedness from the py type (bools
/// compare as 0/1), floats as IEEE with `!=` true for nan.
fn compare<'c>(
    context: &'c Context,
    anchor: Op,
    pred: &str,
    a: MlirValue,
    b: MlirValue,
    operands: Scalar,
    location: Location<'c>,
) -> Result<MlirValue, String> {
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
fn int_pow<'c>(
    context: &'c Context,
    anchor: Op,
    x: MlirValue,
    n: u32,
    ty: Type<'c>,
    location: Location<'c>,
) -> MlirValue {
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

fn cast<'c>(
    anchor: Op,
    v: MlirValue,
    from: Scalar,
    to: Scalar,
    ty: Type<'c>,
    location: Location<'c>,
) -> Result<MlirValue, String> {
    // bool and unsigned values extend with zeros; signed ones with the sign.
    let unsigned = |s: Scalar| matches!(s, Scalar::Bool | Scalar::Int { signed: false, .. });
    let bits = |s: Scalar| match s {
        Scalar::Bool => 1,
        Scalar::Int { bits, .. } | Scalar::Float { bits } => bits,
    };
    Ok(match (from.is_float(), to.is_float()) {
        (false, true) => {
            build(anchor, if unsigned(from) { "arith.uitofp" } else { "arith.sitofp" }, &[v], ty, location)
        }
        (true, true) if bits(to) > bits(from) => build(anchor, "arith.extf", &[v], ty, location),
        (true, true) if bits(to) < bits(from) => build(anchor, "arith.truncf", &[v], ty, location),
        (true, true) => v,
        (false, false) if bits(to) > bits(from) => {
            build(anchor, if unsigned(from) { "arith.extui" } else { "arith.extsi" }, &[v], ty, location)
        }
        (false, false) if bits(to) < bits(from) => build(anchor, "arith.trunci", &[v], ty, location),
        (false, false) => v,
        // The frontend checks nan, inf and range first (CPython's int(float)).
        (true, false) if matches!(to, Scalar::Int { signed: true, .. }) => {
            build(anchor, "arith.fptosi", &[v], ty, location)
        }
        (true, false) => return Err(format!("py.cast from {from} to {to} is not supported")),
    })
}

/// glibc's pow behind a name LLVM does not know (src/wrap/runtime.c).
const OPAQUE_POW: &str = "pycc_pow";
/// glibc's powf, likewise.
const OPAQUE_POWF: &str = "pycc_powf";

/// A call to the external float function `symbol`, declared on first use.
fn libm_call<'c>(
    context: &'c Context,
    op: Op,
    symbol: &str,
    args: &[MlirValue],
    ty: Type<'c>,
    location: Location<'c>,
) -> MlirValue {
    declare(context, op, symbol, &vec![ty; args.len()], &[ty]);
    let operands: Vec<_> = args.iter().map(|&v| ir::value(v)).collect();
    let call = melior::dialect::func::call(
        context,
        melior::ir::attribute::FlatSymbolRefAttribute::new(context, symbol),
        &operands,
        &[ty],
        location,
    );
    ir::result(ir::insert_before(op, call), 0)
}

/// `py.overflows`: whether the exact result does not fit the operands' type.
/// `+ - *` use LLVM's `*.with.overflow` intrinsics (x86: the op and a `jo`/`jc`);
/// the rest are comparisons on the operand.
fn overflows<'c>(
    context: &'c Context,
    at: Op,
    kind: &str,
    args: &[MlirValue],
    operands: Scalar,
    loc: Location<'c>,
) -> Result<MlirValue, String> {
    use melior::dialect::arith::CmpiPredicate as I;
    let Scalar::Int { bits, signed } = operands else {
        return Err(format!("py.overflows on {operands}: integers only"));
    };
    let ty: Type = IntegerType::new(context, bits).into();
    let i1: Type = IntegerType::new(context, 1).into();
    let c = |v: i64| constant(context, at, ty, ConstBits::Int(v), loc);
    let flag = |v: bool| constant(context, at, i1, ConstBits::Int(v as i64), loc);
    let min = i64::MIN >> (64 - bits);
    let arity = if matches!(kind, "add" | "sub" | "mul" | "lshift") { 2 } else { 1 };
    if args.len() != arity {
        return Err(format!("py.overflows {{op = \"{kind}\"}} takes {arity} operand(s), got {}", args.len()));
    }
    Ok(match (kind, signed) {
        ("add" | "sub" | "mul", _) => {
            let name = format!("llvm.intr.{}{kind}.with.overflow", if signed { 's' } else { 'u' });
            let pair = Type::parse(context, &format!("!llvm.struct<(i{bits}, i1)>")).expect("an LLVM struct type");
            let both = build(at, &name, args, pair, loc);
            let extract = OperationBuilder::new("llvm.extractvalue", loc)
                .add_attributes(&[(
                    Identifier::new(context, "position"),
                    melior::ir::attribute::DenseI64ArrayAttribute::new(context, &[1]).into(),
                )])
                .add_operands(&[ir::value(both)])
                .add_results(&[i1])
                .build()
                .expect("well-formed llvm.extractvalue");
            ir::result(ir::insert_before(at, extract), 0)
        }
        // -MIN and abs(MIN) are MAX + 1; every other signed value negates.
        ("neg" | "abs", true) => cmpi(context, at, I::Eq, args[0], c(min), loc),
        // An unsigned -x is negative unless x is 0; abs(x) is x.
        ("neg", false) => cmpi(context, at, I::Ne, args[0], c(0), loc),
        ("abs", false) => flag(false),
        // ~x is -x - 1: in range for signed x, negative for every unsigned x.
        ("invert", _) => flag(!signed),
        // x << n loses bits unless shifting back gives x; a count at or past
        // the width keeps only x == 0.
        ("lshift", _) => {
            let (x, n) = (args[0], args[1]);
            let too_far = cmpi(context, at, I::Uge, n, c(bits as i64), loc);
            let zero = c(0);
            let count = build(at, "arith.select", &[too_far, zero, n], ty, loc);
            let shifted = build(at, "arith.shli", &[x, count], ty, loc);
            let back = build(at, if signed { "arith.shrsi" } else { "arith.shrui" }, &[shifted, count], ty, loc);
            let lost = cmpi(context, at, I::Ne, back, x, loc);
            let nonzero = cmpi(context, at, I::Ne, x, zero, loc);
            build(at, "arith.select", &[too_far, nonzero, lost], i1, loc)
        }
        (other, _) => return Err(format!("py.overflows: unknown op `{other}`")),
    })
}
