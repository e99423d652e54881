//! Soundness of every rule of every rule set (tests only): each rule's
//! pattern variables get random values, both sides are evaluated by a small
//! reference interpreter of the py ops, and the results must agree.
//!
//! - Exact sets (`float`, `int`): bit for bit. Floats at f32 and f64 (all
//!   nans equal to each other, never to a number; ±0.0 distinguished), with
//!   ±0.0, ±inf, nan, subnormals, ±1, ±2, MAX, MIN_POSITIVE, huge and tiny
//!   values weighted up; ints at every width, signed and unsigned, wrapping,
//!   with 0, ±1, MIN and MAX weighted up. 8-bit ints are also checked
//!   exhaustively for rules of up to two variables.
//! - Inexact sets (`fastmath`): only on "nice" inputs (multiples of 1/8 in
//!   [-1024, 1024]), where both sides must be finite and within a relative
//!   2^-40 (f64) or 2^-16 (f32) of each other; signs of zero are not compared.
//!
//! A condition `if ?c = k` instantiates ?c with k (or skips a width where k
//! does not exist, since the rule can never fire there). An op or leaf the
//! interpreter does not know makes the check fail; so does a rule whose
//! left-hand side is never defined on the generated inputs.

use super::lang::{Constant, Py};
use super::rules::{bool_literal, literal, parse_defs, Domain, RuleDef, RuleSet, RULE_SETS};
use crate::base::int::wrap;
use crate::base::types::Scalar;
use egg::{ENodeOrVar, PatternAst, Var};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

extern "C" {
    // glibc's, the functions `math.powf` lowers to in compiled code (and
    // CPython's float_pow calls `pow`).
    fn pow(x: f64, y: f64) -> f64;
    fn powf(x: f32, y: f32) -> f32;
    // src/wrap/pow_small.h, which py.pow_small lowers to (build.rs links it).
    fn pycc_test_pow_small(x: f64, n: i32) -> f64;
    fn pycc_test_powf_small(x: f32, n: i32) -> f32;
}

#[derive(Debug, Clone, Copy)]
enum Val {
    F32(f32),
    F64(f64),
    Int { v: i128, bits: u32, signed: bool },
}

enum Item {
    Val(Val),
    Tag(Scalar),
}

#[derive(Debug)]
enum Eval {
    /// Not a program the compiler accepts (int pow exponent outside
    /// 0..=64, a float-to-int cast of nan): the rule need not hold.
    Undefined,
    /// The interpreter cannot evaluate the rule: the check fails.
    Unsupported(String),
}

fn val(ty: Scalar, bits: u64) -> Val {
    match ty {
        Scalar::Float { bits: 32 } => Val::F32(f32::from_bits(bits as u32)),
        Scalar::Float { .. } => Val::F64(f64::from_bits(bits)),
        Scalar::Int { bits: w, signed } => Val::Int { v: wrap(bits as i128, w, signed), bits: w, signed },
        Scalar::Bool => Val::Int { v: (bits & 1) as i128, bits: 1, signed: false },
    }
}

fn constant(k: Constant) -> Val {
    match k.ty {
        Scalar::Float { bits: 32 } => Val::F32(f64::from_bits(k.bits) as f32),
        Scalar::Float { .. } => Val::F64(f64::from_bits(k.bits)),
        _ => val(k.ty, k.as_i128() as u64),
    }
}

/// The constant `v` at `ty`, as the rules' conditions and literals mean it;
/// None if `ty` has no such value (the rule cannot fire there).
fn number(ty: Scalar, v: f64) -> Option<Val> {
    if ty.is_float() {
        let k = Constant::float(ty, v);
        return (k.as_f64().to_bits() == v.to_bits()).then(|| constant(k));
    }
    let k = Constant::int(ty, v as i128);
    (k.as_i128() as f64 == v).then(|| constant(k))
}

fn unsupported<T>(what: impl std::fmt::Display) -> Result<T, Eval> {
    Err(Eval::Unsupported(what.to_string()))
}

fn arith(op: &Py, a: Val, b: Val) -> Result<Val, Eval> {
    Ok(match (op, a, b) {
        (Py::Add(_), Val::F32(x), Val::F32(y)) => Val::F32(x + y),
        (Py::Sub(_), Val::F32(x), Val::F32(y)) => Val::F32(x - y),
        (Py::Mul(_), Val::F32(x), Val::F32(y)) => Val::F32(x * y),
        (Py::Pow(_), Val::F32(x), Val::F32(y)) => Val::F32(unsafe { powf(x, y) }),
        (Py::Div(_), Val::F32(x), Val::F32(y)) => Val::F32(x / y),
        (Py::Div(_), Val::F64(x), Val::F64(y)) => Val::F64(x / y),
        (Py::Add(_), Val::F64(x), Val::F64(y)) => Val::F64(x + y),
        (Py::Sub(_), Val::F64(x), Val::F64(y)) => Val::F64(x - y),
        (Py::Mul(_), Val::F64(x), Val::F64(y)) => Val::F64(x * y),
        (Py::Pow(_), Val::F64(x), Val::F64(y)) => Val::F64(unsafe { pow(x, y) }),
        // Defined for the constant exponents the rules create it with only.
        (Py::PowSmall(_), Val::F32(x), Val::F32(y)) if [2.0, 3.0, 4.0, -1.0, -2.0].contains(&y) => {
            Val::F32(unsafe { pycc_test_powf_small(x, y as i32) })
        }
        (Py::PowSmall(_), Val::F64(x), Val::F64(y)) if [2.0, 3.0, 4.0, -1.0, -2.0].contains(&y) => {
            Val::F64(unsafe { pycc_test_pow_small(x, y as i32) })
        }
        (Py::PowSmall(_), _, _) => return unsupported("pow_small outside floats and n in {2, 3, 4, -1, -2}"),
        (_, Val::Int { v: x, bits, signed }, Val::Int { v: y, bits: b2, signed: s2 }) if (bits, signed) == (b2, s2) => {
            let r = match op {
                Py::Add(_) => x + y,
                Py::Sub(_) => x - y,
                Py::Mul(_) => x.wrapping_mul(y),
                // The lowering expands constant exponents 0..=64 only.
                Py::Pow(_) if (0..=64).contains(&y) => {
                    (0..y).fold(1i128, |acc, _| wrap(acc.wrapping_mul(x), bits, signed))
                }
                Py::Pow(_) => return Err(Eval::Undefined),
                Py::And(_) => x & y,
                Py::Or(_) => x | y,
                Py::Xor(_) => x ^ y,
                // py.lshift: a negative count raises first; one at or past the width gives 0.
                Py::Shl(_) if y < 0 => return Err(Eval::Undefined),
                Py::Shl(_) if y >= bits as i128 => 0,
                Py::Shl(_) => x << y,
                // py.rshift: arithmetic for signed, logical for unsigned (the
                // value is non-negative); past the width only the sign is left.
                Py::Shr(_) if y < 0 => return Err(Eval::Undefined),
                Py::Shr(_) if y >= bits as i128 => {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                }
                Py::Shr(_) => x >> y,
                // Python's // and %; a zero divisor and MIN // -1 raise first.
                Py::FloorDiv(_) | Py::Mod(_) if y == 0 => return Err(Eval::Undefined),
                Py::FloorDiv(_) if signed && y == -1 && x == wrap(1i128 << (bits - 1), bits, signed) => {
                    return Err(Eval::Undefined)
                }
                Py::FloorDiv(_) => super::lang::python_divmod(x, y).expect("non-zero divisor").0,
                Py::Mod(_) => super::lang::python_divmod(x, y).expect("non-zero divisor").1,
                other => return unsupported(format!("`{other}` on ints")),
            };
            Val::Int { v: wrap(r, bits, signed), bits, signed }
        }
        (op, a, b) => return unsupported(format!("`{op}` on {a:?} and {b:?}")),
    })
}

const FALSE: Val = Val::Int { v: 0, bits: 1, signed: false };
const TRUE: Val = Val::Int { v: 1, bits: 1, signed: false };

fn boolean(b: bool) -> Val {
    if b {
        TRUE
    } else {
        FALSE
    }
}

/// `py.cmp` as lowered: arith.cmpi signed or unsigned by the type (values
/// here are already the type's values, so comparing them is either), bools
/// as 0/1, floats as cmpf with ordered predicates and `une` for `ne`.
fn compare(op: &Py, a: Val, b: Val) -> Result<Val, Eval> {
    use std::cmp::Ordering::*;
    let ord = match (a, b) {
        (Val::F32(x), Val::F32(y)) => x.partial_cmp(&y),
        (Val::F64(x), Val::F64(y)) => x.partial_cmp(&y),
        (Val::Int { v: x, bits, signed }, Val::Int { v: y, bits: b2, signed: s2 }) if (bits, signed) == (b2, s2) => {
            Some(x.cmp(&y))
        }
        _ => return unsupported(format!("`{op}` on {a:?} and {b:?}")),
    };
    Ok(boolean(match op {
        Py::Eq(_) => ord == Some(Equal),
        Py::Ne(_) => ord != Some(Equal), // une: true for nan
        Py::Lt(_) => ord == Some(Less),
        Py::Le(_) => matches!(ord, Some(Less | Equal)),
        Py::Gt(_) => ord == Some(Greater),
        Py::Ge(_) => matches!(ord, Some(Greater | Equal)),
        other => return unsupported(format!("`{other}` is no comparison")),
    }))
}

fn as_bool(x: Val) -> Result<bool, Eval> {
    match x {
        Val::Int { v, bits: 1, signed: false } => Ok(v != 0),
        other => unsupported(format!("{other:?} used as a bool")),
    }
}

/// `py.cast` as `convert-py-to-arith` lowers it.
fn cast(to: Scalar, x: Val) -> Result<Val, Eval> {
    Ok(match (x, to) {
        (Val::F32(f), Scalar::Float { bits: 32 }) => Val::F32(f),
        (Val::F32(f), Scalar::Float { .. }) => Val::F64(f as f64),
        (Val::F64(f), Scalar::Float { bits: 32 }) => Val::F32(f as f32),
        (Val::F64(f), Scalar::Float { .. }) => Val::F64(f),
        (Val::Int { v, .. }, Scalar::Float { bits: 32 }) => Val::F32(v as f32),
        (Val::Int { v, .. }, Scalar::Float { .. }) => Val::F64(v as f64),
        (Val::Int { v, .. }, Scalar::Int { bits, signed }) => Val::Int { v: wrap(v, bits, signed), bits, signed },
        // fptosi after the frontend's nan/inf/range checks.
        (Val::F32(_) | Val::F64(_), Scalar::Int { bits, signed: true }) => {
            let f = match x {
                Val::F32(f) => f as f64,
                Val::F64(f) => f,
                Val::Int { .. } => unreachable!(),
            };
            let t = f.trunc();
            let lim = 2f64.powi(bits as i32 - 1);
            if !(t >= -lim && t < lim) {
                return Err(Eval::Undefined);
            }
            Val::Int { v: t as i128, bits, signed: true }
        }
        (x, to) => return unsupported(format!("cast of {x:?} to {to}")),
    })
}

/// Evaluates one side of a rule; `ty` is the rewritten value's type, which
/// a number leaf takes.
fn eval(ast: &PatternAst<Py>, env: &[(Var, Val)], ty: Scalar) -> Result<Val, Eval> {
    let mut items: Vec<Item> = Vec::new();
    for node in ast.as_ref() {
        let v = |id: &egg::Id| match items[usize::from(*id)] {
            Item::Val(v) => Ok(v),
            Item::Tag(t) => unsupported(format!("type `{t}` used as a value")),
        };
        let item = match node {
            ENodeOrVar::Var(var) => match env.iter().find(|(w, _)| w == var) {
                Some(&(_, x)) => Item::Val(x),
                None => return unsupported(format!("unbound {var}")),
            },
            // Exhaustive on purpose: a new op in the language does not
            // compile here until the interpreter knows it.
            ENodeOrVar::ENode(n) => match n {
                Py::Add([a, b]) | Py::Sub([a, b]) | Py::Mul([a, b]) | Py::Pow([a, b]) | Py::PowSmall([a, b]) => {
                    Item::Val(arith(n, v(a)?, v(b)?)?)
                }
                Py::And([a, b]) | Py::Or([a, b]) | Py::Xor([a, b]) | Py::Shl([a, b]) => {
                    Item::Val(arith(n, v(a)?, v(b)?)?)
                }
                Py::Shr([a, b]) | Py::FloorDiv([a, b]) | Py::Mod([a, b]) | Py::Div([a, b]) => {
                    Item::Val(arith(n, v(a)?, v(b)?)?)
                }
                Py::Eq([a, b]) | Py::Ne([a, b]) | Py::Lt([a, b]) | Py::Le([a, b]) | Py::Gt([a, b]) | Py::Ge([a, b]) => {
                    Item::Val(compare(n, v(a)?, v(b)?)?)
                }
                Py::Not(a) => Item::Val(boolean(!as_bool(v(a)?)?)),
                Py::Select([c, a, b]) => Item::Val(if as_bool(v(c)?)? { v(a)? } else { v(b)? }),
                Py::Invert(a) => Item::Val(match v(a)? {
                    Val::Int { v, bits, signed } => Val::Int { v: wrap(!v, bits, signed), bits, signed },
                    f => return unsupported(format!("`invert` on {f:?}")),
                }),
                Py::Neg(a) => Item::Val(match v(a)? {
                    Val::F32(x) => Val::F32(-x),
                    Val::F64(x) => Val::F64(-x),
                    Val::Int { v, bits, signed } => Val::Int { v: wrap(-v, bits, signed), bits, signed },
                }),
                Py::Cast([t, x]) => match items[usize::from(*t)] {
                    Item::Tag(to) => Item::Val(cast(to, v(x)?)?),
                    Item::Val(_) => return unsupported("cast to a value, not a type"),
                },
                Py::Const(k) => Item::Val(constant(*k)),
                Py::Symbol(s) => match (literal(n), s.as_str().parse::<Scalar>()) {
                    _ if bool_literal(n).is_some() => Item::Val(boolean(bool_literal(n).unwrap_or_default())),
                    (Some(k), _) => Item::Val(number(ty, k).ok_or(Eval::Undefined)?),
                    (None, Ok(t)) => Item::Tag(t),
                    (None, Err(_)) => return unsupported(format!("leaf `{s}`")),
                },
            },
        };
        items.push(item);
    }
    match items.pop() {
        Some(Item::Val(v)) => Ok(v),
        _ => unsupported("a side that is not a value"),
    }
}

fn type_of(x: Val) -> Scalar {
    match x {
        Val::F32(_) => Scalar::Float { bits: 32 },
        Val::F64(_) => Scalar::F64,
        Val::Int { bits: 1, .. } => Scalar::Bool,
        Val::Int { bits, signed, .. } => Scalar::Int { bits, signed },
    }
}

/// Bit-identical, with every nan equal to every nan.
fn same_bits(a: Val, b: Val) -> bool {
    match (a, b) {
        (Val::F32(x), Val::F32(y)) => (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits(),
        (Val::F64(x), Val::F64(y)) => (x.is_nan() && y.is_nan()) || x.to_bits() == y.to_bits(),
        (Val::Int { v, bits, signed }, Val::Int { v: w, bits: b2, signed: s2 }) => (v, bits, signed) == (w, b2, s2),
        _ => false,
    }
}

/// Finite and within a relative tolerance (fastmath on nice inputs).
fn close(a: Val, b: Val) -> bool {
    let (x, y, tol) = match (a, b) {
        (Val::F32(x), Val::F32(y)) => (x as f64, y as f64, 2f64.powi(-16)),
        (Val::F64(x), Val::F64(y)) => (x, y, 2f64.powi(-40)),
        _ => return same_bits(a, b),
    };
    x.is_finite() && y.is_finite() && (x - y).abs() <= tol * x.abs().max(y.abs())
}

const FLOATS: [Scalar; 2] = [Scalar::Float { bits: 32 }, Scalar::Float { bits: 64 }];

fn int_types() -> Vec<Scalar> {
    [8, 16, 32, 64].into_iter().flat_map(|bits| [true, false].map(|signed| Scalar::Int { bits, signed })).collect()
}

/// Edge values of `ty`, as raw bits for `val`.
fn edges(ty: Scalar) -> Vec<u64> {
    match ty {
        Scalar::Float { bits: 32 } => {
            let v = [
                0.0,
                1.0,
                2.0,
                f32::INFINITY,
                f32::NAN,
                f32::from_bits(1),
                f32::from_bits(0x007f_ffff),
                f32::MAX,
                f32::MIN_POSITIVE,
                1e30,
                1e-30,
                0.5,
                3.0,
            ];
            v.iter().flat_map(|x| [x.to_bits(), (-x).to_bits()]).map(u64::from).collect()
        }
        Scalar::Float { .. } => {
            let v = [
                0.0,
                1.0,
                2.0,
                f64::INFINITY,
                f64::NAN,
                f64::from_bits(1),
                f64::from_bits(0x000f_ffff_ffff_ffff),
                f64::MAX,
                f64::MIN_POSITIVE,
                1e300,
                1e-300,
                1e154,
                0.5,
                3.0,
            ];
            v.iter().flat_map(|x| [x.to_bits(), (-x).to_bits()]).collect()
        }
        Scalar::Int { bits, signed } => {
            let (min, max) =
                if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
            [0, 1, -1, 2, -2, min, max, min + 1, max - 1].iter().map(|&v| v as u64).collect()
        }
        Scalar::Bool => vec![0, 1],
    }
}

/// Raw bits of one generated value: an edge, any bit pattern, or (floats)
/// a moderate number.
fn any_bits(ty: Scalar) -> BoxedStrategy<u64> {
    let edge = proptest::sample::select(edges(ty));
    let moderate = (any::<i32>(), 0..40i32).prop_map(move |(m, e)| {
        let f = m as f64 / 2f64.powi(e);
        if ty == FLOATS[0] {
            (f as f32).to_bits() as u64
        } else {
            f.to_bits()
        }
    });
    prop_oneof![3 => edge, 2 => any::<u64>(), 2 => moderate].boxed()
}

/// Multiples of 1/8 in [-1024, 1024]: where fastmath rules must agree.
fn nice_bits(ty: Scalar) -> BoxedStrategy<u64> {
    (-8192..=8192i32)
        .prop_map(move |k| {
            let f = k as f64 / 8.0;
            if ty == FLOATS[0] {
                (f as f32).to_bits() as u64
            } else {
                f.to_bits()
            }
        })
        .boxed()
}

/// Checks one instance; Ok(false) when the left-hand side is undefined.
fn check_instance(def: &RuleDef, exact: bool, ty: Scalar, env: &[(Var, Val)]) -> Result<bool, String> {
    let lhs = match eval(&def.lhs.ast, env, ty) {
        Ok(v) => v,
        Err(Eval::Undefined) => return Ok(false),
        Err(Eval::Unsupported(m)) => return Err(format!("{}: left-hand side not evaluable: {m}", def.name)),
    };
    // A number on the right-hand side has the rewritten value's type.
    let rhs = match eval(&def.rhs.ast, env, type_of(lhs)) {
        Ok(v) => v,
        Err(Eval::Undefined) => {
            return Err(format!("{}: at {ty} with {env:?}: left is {lhs:?}, right is undefined", def.name))
        }
        Err(Eval::Unsupported(m)) => return Err(format!("{}: right-hand side not evaluable: {m}", def.name)),
    };
    let ok = if exact { same_bits(lhs, rhs) } else { close(lhs, rhs) };
    if ok {
        Ok(true)
    } else {
        Err(format!("{}: at {ty} with {env:?}: left {lhs:?} != right {rhs:?}", def.name))
    }
}

/// The type of every pattern variable when the rule's domain variables have
/// type `ty`: the values a `select` chooses between have `value_ty`, all
/// other variables `ty`.
fn var_types(def: &RuleDef, ty: Scalar, value_ty: Scalar) -> Vec<(Var, Scalar)> {
    let ast = def.lhs.ast.as_ref();
    let chosen: Vec<Var> = ast
        .iter()
        .flat_map(|n| match n {
            ENodeOrVar::ENode(Py::Select([_, a, b])) => vec![*a, *b],
            _ => vec![],
        })
        .filter_map(|id| match ast[usize::from(id)] {
            ENodeOrVar::Var(v) => Some(v),
            ENodeOrVar::ENode(_) => None,
        })
        .collect();
    def.lhs.vars().into_iter().map(|v| (v, if chosen.contains(&v) { value_ty } else { ty })).collect()
}

fn type_of_var(types: &[(Var, Scalar)], var: Var) -> Scalar {
    types.iter().find(|(v, _)| *v == var).map(|&(_, t)| t).expect("every variable has a type")
}

/// The environment for raw values `raw` of the free variables, the
/// condition's variable fixed; None if the condition's constant does not
/// exist at its variable's type.
fn environment(def: &RuleDef, types: &[(Var, Scalar)], raw: &[u64]) -> Option<Vec<(Var, Val)>> {
    let mut env = Vec::new();
    for (i, var) in free_vars(def).into_iter().enumerate() {
        env.push((var, val(type_of_var(types, var), raw[i])));
    }
    if let Some((var, k)) = def.cond {
        env.push((var, number(type_of_var(types, var), k)?));
    }
    Some(env)
}

fn free_vars(def: &RuleDef) -> Vec<Var> {
    def.lhs.vars().into_iter().filter(|v| def.cond.is_none_or(|(c, _)| c != *v)).collect()
}

/// How many values a type has, if few enough to try them all (i8, u8, bool).
fn small(ty: Scalar) -> Option<u64> {
    match ty {
        Scalar::Bool => Some(2),
        Scalar::Int { bits: 8, .. } => Some(256),
        _ => None,
    }
}

/// Checks every rule of `set`; the error names the rule and the inputs.
pub(super) fn check_set(set: &RuleSet, cases: u32) -> Result<(), String> {
    let defs = parse_defs(set)?;
    let types = match set.domain {
        Domain::Float => FLOATS.to_vec(),
        Domain::Int => int_types(),
        Domain::Bool => vec![Scalar::Bool],
    };
    // What a `select` chooses between can be any type.
    let mut value_types = vec![Scalar::Bool];
    value_types.extend(int_types());
    value_types.extend(FLOATS);
    for def in &defs {
        let free = free_vars(def);
        let has_values = var_types(def, Scalar::Bool, Scalar::F64).iter().any(|&(_, t)| t == Scalar::F64);
        let mut defined = 0usize;
        for &ty in &types {
            let own = [ty];
            for &value_ty in if has_values { &value_types[..] } else { &own[..] } {
                let vt = var_types(def, ty, value_ty);
                if environment(def, &vt, &vec![0; free.len()]).is_none() {
                    continue; // the condition's constant does not exist at this width
                }
                let strategies: Vec<BoxedStrategy<u64>> = free
                    .iter()
                    .map(|&v| if set.exact { any_bits(type_of_var(&vt, v)) } else { nice_bits(type_of_var(&vt, v)) })
                    .collect();
                let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
                let count = std::cell::Cell::new(0usize);
                let result = runner.run(&strategies, |raw| {
                    let env = environment(def, &vt, &raw).expect("checked above");
                    count.set(
                        count.get() + check_instance(def, set.exact, ty, &env).map_err(TestCaseError::fail)? as usize,
                    );
                    Ok(())
                });
                result.map_err(|e| format!("{e}"))?;
                let mut count = count.get();
                // Exhaustively where every variable has few values (up to
                // two 8-bit ints, or bools).
                let sizes: Option<Vec<u64>> = free.iter().map(|&v| small(type_of_var(&vt, v))).collect();
                if let Some(sizes) = sizes.filter(|s| set.exact && s.iter().product::<u64>() <= 1 << 17) {
                    for mut k in 0..sizes.iter().product::<u64>() {
                        let raw: Vec<u64> = sizes
                            .iter()
                            .map(|&m| {
                                let digit = k % m;
                                k /= m;
                                digit
                            })
                            .collect();
                        count += check_instance(def, true, ty, &environment(def, &vt, &raw).expect("checked above"))?
                            as usize;
                    }
                }
                defined += count;
            }
        }
        if defined == 0 {
            return Err(format!("{}: the left-hand side is never defined on the generated inputs", def.name));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(text: &'static str, domain: Domain, exact: bool) -> RuleSet {
        RuleSet { name: "test", text, domain, exact, default: false }
    }

    #[test]
    fn every_rule_is_sound() {
        for set in RULE_SETS {
            if let Err(e) = check_set(set, 512) {
                panic!("rule set `{}` ({}): {e}", set.name, if set.exact { "bit-exact" } else { "fastmath tolerance" });
            }
        }
    }

    #[test]
    fn an_unsound_float_rule_is_caught() {
        // -0.0 + 0.0 is +0.0.
        let e = check_set(&set("add-zero: (add ?x ?c) => ?x if ?c = 0.0\n", Domain::Float, true), 512).unwrap_err();
        assert!(e.contains("test/add-zero"), "{e}");
    }

    #[test]
    fn the_fastmath_rules_are_not_exact() {
        let fast = RULE_SETS.iter().find(|s| s.name == "fastmath").unwrap();
        let as_exact = RuleSet { exact: true, ..*fast };
        assert!(check_set(&as_exact, 512).is_err());
    }

    #[test]
    fn an_unsound_fastmath_rule_is_caught() {
        let e = check_set(&set("bad: (mul ?x ?c) => 1.0 if ?c = 0.0\n", Domain::Float, false), 256).unwrap_err();
        assert!(e.contains("test/bad"), "{e}");
    }

    #[test]
    fn an_unsound_int_rule_is_caught() {
        // x * 2 == x << 1 but not x + 2.
        let e = check_set(&set("bad: (mul ?x ?c) => (add ?x ?c) if ?c = 2\n", Domain::Int, true), 256).unwrap_err();
        assert!(e.contains("test/bad"), "{e}");
    }

    #[test]
    fn the_tempting_float_comparison_rules_are_caught() {
        // nan == nan is false; not (nan < 1.0) is true, nan >= 1.0 false.
        for (name, text) in [
            ("eq-self", "eq-self: (eq ?x ?x) => true\n"),
            ("le-self", "le-self: (le ?x ?x) => true\n"),
            ("not-lt", "not-lt: (not (lt ?x ?y)) => (ge ?x ?y)\n"),
        ] {
            let e = check_set(&set(text, Domain::Float, true), 512).unwrap_err();
            assert!(e.contains(&format!("test/{name}")), "{e}");
        }
    }

    #[test]
    fn an_inexact_reciprocal_is_caught() {
        // 1/3 rounds, so x * (1/3) is not always x / 3.
        let e = check_set(
            &set("div-3: (div ?x ?c) => (mul ?x 0.3333333333333333) if ?c = 3.0\n", Domain::Float, true),
            512,
        )
        .unwrap_err();
        assert!(e.contains("test/div-3"), "{e}");
    }

    #[test]
    fn a_wrapping_order_rule_is_caught() {
        // x + 1 < y is not x < y - 1 when x + 1 wraps to MIN.
        let e = check_set(&set("lt-add: (lt (add ?x ?c) ?d) => (lt ?x (sub ?d ?c))\n", Domain::Int, true), 512)
            .unwrap_err();
        assert!(e.contains("test/lt-add"), "{e}");
    }

    #[test]
    fn wrong_bool_and_select_rules_are_caught() {
        for (name, text) in [
            ("select-not", "select-not: (select (not ?c) ?x ?y) => (select ?c ?x ?y)\n"),
            ("de-morgan", "de-morgan: (and (not ?a) (not ?b)) => (not (and ?a ?b))\n"),
        ] {
            let e = check_set(&set(text, Domain::Bool, true), 256).unwrap_err();
            assert!(e.contains(&format!("test/{name}")), "{e}");
        }
    }

    fn non_negative(v: Val) -> bool {
        matches!(v, Val::Int { v, .. } if v >= 0)
    }

    /// Values of `ty` to try: every one at 8 bits, else edges and randoms.
    fn samples(ty: Scalar, seed: u64) -> Vec<Val> {
        match ty {
            Scalar::Int { bits: 8, .. } | Scalar::Bool => {
                (0..if ty == Scalar::Bool { 2 } else { 256 }).map(|b| val(ty, b)).collect()
            }
            _ => {
                let mut x = seed | 1;
                let mut out: Vec<Val> = edges(ty).into_iter().map(|b| val(ty, b)).collect();
                for _ in 0..200 {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    out.push(val(ty, x >> (x % 61)));
                }
                out
            }
        }
    }

    #[test]
    fn the_sign_facts_hold() {
        // Each fact sign_fact claims, given the true signs and values of the
        // children, must hold for the result the interpreter computes.
        use egg::Id;
        let (a, b, k) = (Id::from(0usize), Id::from(1usize), Id::from(2usize));
        let mut types = int_types();
        types.push(Scalar::Bool);
        let mut checked = 0usize;
        for &ty in &int_types() {
            let xs = samples(ty, 0x9e37_79b9);
            let ys = samples(ty, 0x7f4a_7c15);
            for (i, &x) in xs.iter().enumerate() {
                for &y in ys.iter().skip(i % 7).step_by(if matches!(ty, Scalar::Int { bits: 8, .. }) { 1 } else { 13 })
                {
                    let vals = [x, y];
                    let nn = |id: &Id| non_negative(vals[usize::from(*id)]);
                    let c = |id: &Id| match vals[usize::from(*id)] {
                        Val::Int { v, .. } => Some(Constant::int(ty, v)),
                        _ => None,
                    };
                    let ty_of = |_: &Id| Some(ty);
                    for node in [
                        Py::And([a, b]),
                        Py::Or([a, b]),
                        Py::Xor([a, b]),
                        Py::Mod([a, b]),
                        Py::FloorDiv([a, b]),
                        Py::Shr([a, b]),
                    ] {
                        if super::super::lang::sign_fact(&node, ty, &nn, &c, &ty_of) {
                            if let Ok(r) = arith(&node, x, y) {
                                assert!(non_negative(r), "{node} at {ty}: {x:?}, {y:?} gives {r:?}");
                                checked += 1;
                            }
                        }
                    }
                    for cond in [true, false] {
                        let vals3 = [boolean(cond), x, y];
                        let nn3 = |id: &Id| non_negative(vals3[usize::from(*id)]);
                        if super::super::lang::sign_fact(&Py::Select([a, b, k]), ty, &nn3, &c, &ty_of) {
                            let r = if cond { x } else { y };
                            assert!(non_negative(r), "select({cond}, {x:?}, {y:?}) at {ty}");
                            checked += 1;
                        }
                    }
                }
            }
            // Casts from every type to this one.
            for &from in &types {
                for x in samples(from, 0x1234_5678) {
                    let nn = |_: &Id| non_negative(x);
                    let ty_of = |_: &Id| Some(from);
                    let none = |_: &Id| None;
                    if super::super::lang::sign_fact(&Py::Cast([a, b]), ty, &nn, &none, &ty_of) {
                        if let Ok(r) = cast(ty, x) {
                            assert!(non_negative(r), "cast {from} -> {ty} of {x:?} gives {r:?}");
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

    #[test]
    fn the_non_negative_modulo_is_the_unsigned_one() {
        // mod-non-negative (rules.rs): for x >= 0 and c > 0, Python's x % c
        // is the unsigned remainder, cast back.
        use egg::Id;
        let m = Py::Mod([Id::from(0usize), Id::from(1usize)]);
        for &ty in &int_types() {
            let Scalar::Int { bits, signed: true } = ty else { continue };
            let unsigned = Scalar::Int { bits, signed: false };
            for &x in samples(ty, 0xdead_beef).iter().filter(|v| non_negative(**v)) {
                for &c in samples(ty, 0x0bad_cafe).iter().filter(|v| matches!(v, Val::Int { v, .. } if *v > 0)) {
                    let want = arith(&m, x, c).unwrap();
                    let got =
                        cast(ty, arith(&m, cast(unsigned, x).unwrap(), cast(unsigned, c).unwrap()).unwrap()).unwrap();
                    assert!(same_bits(want, got), "{x:?} % {c:?} at {ty}: {want:?} vs {got:?}");
                }
            }
        }
    }

    #[test]
    fn an_unknown_leaf_fails_the_check() {
        let e = check_set(&set("odd: (add ?x ?y) => (add ?x foo)\n", Domain::Int, true), 16).unwrap_err();
        assert!(e.contains("not evaluable"), "{e}");
    }

    #[test]
    fn a_never_defined_rule_fails_the_check() {
        // An int pow with exponent 100 is rejected by the compiler.
        let e = check_set(&set("never: (pow ?x ?c) => ?x if ?c = 100\n", Domain::Int, true), 16).unwrap_err();
        assert!(e.contains("never defined"), "{e}");
    }

    #[test]
    fn pow_is_glibc_pow() {
        // Rust's f64::powf is llvm.pow, i.e. the same libm `pow`.
        for (x, y) in [(1.1f64, 3.0), (-0.0, -1.0), (f64::NAN, 0.0), (1.0, f64::NAN), (-8.0, 1.0 / 3.0), (10.0, 308.5)]
        {
            let (a, b) = (unsafe { pow(x, y) }, x.powf(y));
            assert!(same_bits(Val::F64(a), Val::F64(b)), "pow({x}, {y}): {a} vs {b}");
        }
        assert_eq!(unsafe { pow(f64::NAN, 0.0) }, 1.0); // CPython: nan ** 0 == 1.0
    }
}
