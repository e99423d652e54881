//! The e-graph language for the pure `py` ops, and the analysis that gives
//! every e-class its type, where known its constant value (folded with the
//! same wraparound and IEEE rounding the lowered code has at run time), and
//! whether a signed int is known non-negative (for `mod-non-negative` in
//! rules.rs).

use crate::base::int::wrap;
use crate::base::types::Scalar;
use egg::{define_language, Analysis, DidMerge, EGraph, Id, Symbol};
use std::fmt;
use std::str::FromStr;

define_language! {
    pub enum Py {
        "add" = Add([Id; 2]),
        "sub" = Sub([Id; 2]),
        "mul" = Mul([Id; 2]),
        "pow" = Pow([Id; 2]),
        // Float x ** n for a constant n in {2, 3, 4, -1, -2}: pow's bits.
        "pow_small" = PowSmall([Id; 2]),
        "neg" = Neg(Id),
        // Bitwise ops (ints; `and`/`or`/`xor` also on bools, where no rule fires).
        "and" = And([Id; 2]),
        "or" = Or([Id; 2]),
        "xor" = Xor([Id; 2]),
        "lshift" = Shl([Id; 2]),
        "rshift" = Shr([Id; 2]),
        // Python's floor division and modulo (ints and floats); their
        // ZeroDivisionError/OverflowError checks are separate ops before them.
        "floordiv" = FloorDiv([Id; 2]),
        "mod" = Mod([Id; 2]),
        "invert" = Invert(Id),
        // IEEE true division (floats only; the frontend casts ints and
        // raises on a zero divisor before it).
        "div" = Div([Id; 2]),
        // py.cmp, one node per predicate: a bool from two values of one
        // type (signedness from the type; floats as IEEE, `ne` true for nan).
        "eq" = Eq([Id; 2]),
        "ne" = Ne([Id; 2]),
        "lt" = Lt([Id; 2]),
        "le" = Le([Id; 2]),
        "gt" = Gt([Id; 2]),
        "ge" = Ge([Id; 2]),
        // py.not of a bool, and py.select(cond, if_true, if_false).
        "not" = Not(Id),
        "select" = Select([Id; 3]),
        // (cast <type> x): the first child is a type tag such as `f8`.
        "cast" = Cast([Id; 2]),
        Const(Constant),
        // Leaves: values the e-graph does not see into, spelled `v<N>:<type>`,
        // and type tags, spelled as a type (`f8`).
        Symbol(Symbol),
    }
}

/// A typed constant: `2:i4`, `2.0:f8`. Ints are stored wrapped to their
/// width and sign-extended; floats as f64 bits (an f4 value is exact in f64).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Constant {
    pub ty: Scalar,
    pub bits: u64,
}

impl Constant {
    pub fn float(ty: Scalar, v: f64) -> Self {
        let v = if ty == (Scalar::Float { bits: 32 }) { v as f32 as f64 } else { v };
        Constant { ty, bits: v.to_bits() }
    }

    pub fn int(ty: Scalar, v: i128) -> Self {
        let v = match ty {
            Scalar::Int { bits, signed } => wrap(v, bits, signed),
            _ => (v != 0) as i128,
        };
        Constant { ty, bits: v as i64 as u64 }
    }

    pub fn as_f64(self) -> f64 {
        if self.ty.is_float() {
            f64::from_bits(self.bits)
        } else {
            self.as_i128() as f64
        }
    }

    pub fn as_i128(self) -> i128 {
        match self.ty {
            Scalar::Int { signed: false, bits: 64 } => self.bits as i128,
            _ if self.ty.is_float() => f64::from_bits(self.bits) as i128,
            _ => self.bits as i64 as i128,
        }
    }
}

impl fmt::Display for Constant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ty.is_float() {
            write!(f, "{:?}:{}", f64::from_bits(self.bits), self.ty.short_name())
        } else {
            write!(f, "{}:{}", self.as_i128(), self.ty.short_name())
        }
    }
}

impl Constant {
    pub fn bool(b: bool) -> Self {
        Constant { ty: Scalar::Bool, bits: b as u64 }
    }
}

impl FromStr for Constant {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (v, t) = s.rsplit_once(':').ok_or("no type")?;
        let ty: Scalar = t.parse()?;
        if v.starts_with('v') {
            return Err("a leaf, not a constant".into());
        }
        if ty.is_float() {
            Ok(Constant::float(ty, v.parse::<f64>().map_err(|e| e.to_string())?))
        } else {
            Ok(Constant::int(ty, v.parse::<i128>().map_err(|e| e.to_string())?))
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Data {
    pub ty: Option<Scalar>,
    pub constant: Option<Constant>,
    /// The value, read as its type's integer, is `>= 0` on every input.
    pub non_negative: bool,
}

#[derive(Default)]
pub struct TypeAnalysis;

pub type PyGraph = EGraph<Py, TypeAnalysis>;

impl Analysis<Py> for TypeAnalysis {
    type Data = Data;

    fn make(egraph: &mut PyGraph, enode: &Py, _id: Id) -> Data {
        let ty_of = |id: &Id| egraph[*id].data.ty;
        let c = |id: &Id| egraph[*id].data.constant;
        let ty = match enode {
            Py::Add([a, _])
            | Py::Sub([a, _])
            | Py::Mul([a, _])
            | Py::Pow([a, _])
            | Py::PowSmall([a, _])
            | Py::Neg(a) => ty_of(a),
            Py::And([a, _]) | Py::Or([a, _]) | Py::Xor([a, _]) | Py::Shl([a, _]) | Py::Invert(a) => ty_of(a),
            Py::Shr([a, _]) | Py::FloorDiv([a, _]) | Py::Mod([a, _]) | Py::Div([a, _]) => ty_of(a),
            Py::Eq(_) | Py::Ne(_) | Py::Lt(_) | Py::Le(_) | Py::Gt(_) | Py::Ge(_) | Py::Not(_) => Some(Scalar::Bool),
            Py::Select([_, a, _]) => ty_of(a),
            Py::Cast([t, _]) => egraph[*t].nodes.iter().find_map(|n| match n {
                Py::Symbol(s) => s.as_str().parse().ok(),
                _ => None,
            }),
            Py::Const(k) => Some(k.ty),
            Py::Symbol(s) => s.as_str().rsplit_once(':').and_then(|(_, t)| t.parse().ok()),
        };
        let constant = ty.and_then(|ty| fold(enode, ty, &c));
        let nn = |id: &Id| egraph[*id].data.non_negative;
        let non_negative = constant.is_some_and(|k| !k.ty.is_float() && k.as_i128() >= 0)
            || ty.is_some_and(|ty| sign_fact(enode, ty, &nn, &c, &ty_of));
        Data { ty, constant, non_negative }
    }

    fn merge(&mut self, a: &mut Data, b: Data) -> DidMerge {
        let before = a.clone();
        a.ty = a.ty.or(b.ty);
        a.constant = a.constant.or(b.constant);
        // One value: a proof of either e-class holds for both.
        a.non_negative |= b.non_negative;
        DidMerge(*a != before, *a != b)
    }

    fn modify(egraph: &mut PyGraph, id: Id) {
        if let Some(k) = egraph[id].data.constant {
            let c = egraph.add(Py::Const(k));
            egraph.union(id, c);
        }
    }
}

/// Whether `enode` of type `ty` is `>= 0` whatever its inputs, given which
/// children are known `>= 0` (`nn`), constant (`c`) and their types. Checked
/// against the reference interpreter in soundness.rs.
pub fn sign_fact(
    enode: &Py,
    ty: Scalar,
    nn: &impl Fn(&Id) -> bool,
    c: &impl Fn(&Id) -> Option<Constant>,
    ty_of: &impl Fn(&Id) -> Option<Scalar>,
) -> bool {
    let positive = |id: &Id| c(id).is_some_and(|k| !k.ty.is_float() && k.as_i128() > 0);
    match (enode, ty) {
        (_, Scalar::Int { signed: false, .. } | Scalar::Bool) => true,
        (_, Scalar::Float { .. }) => false,
        // Two's complement: the sign bit of a & b is clear if either one's is.
        (Py::And([a, b]), _) => nn(a) || nn(b),
        (Py::Or([a, b]) | Py::Xor([a, b]), _) => nn(a) && nn(b),
        // Python's remainder takes the divisor's sign: in [0, b) for b > 0.
        (Py::Mod([_, b]), _) => positive(b),
        (Py::FloorDiv([a, b]), _) => nn(a) && positive(b),
        (Py::Shr([a, _]), _) => nn(a),
        (Py::Select([_, a, b]), _) => nn(a) && nn(b),
        // Widening keeps the value: zero-extending an unsigned int or a bool,
        // sign-extending a non-negative signed one.
        (Py::Cast([_, x]), Scalar::Int { bits, .. }) => match ty_of(x) {
            Some(Scalar::Bool) => true,
            Some(Scalar::Int { bits: from, signed: false }) => from < bits,
            Some(Scalar::Int { bits: from, signed: true }) => from <= bits && nn(x),
            _ => false,
        },
        _ => false,
    }
}

/// Constant folding with run-time semantics. pow on floats is left alone:
/// folding it would use the compiler's libm, not the target's.
fn fold(enode: &Py, ty: Scalar, c: &impl Fn(&Id) -> Option<Constant>) -> Option<Constant> {
    let bin = |a: &Id, b: &Id| Some((c(a)?, c(b)?));
    match (enode, ty) {
        (Py::Const(k), _) => Some(*k),
        (Py::Add([a, b]), Scalar::Float { bits }) => {
            bin(a, b).map(|(x, y)| ffold(bits, x, y, |p, q| p + q, |p, q| p + q))
        }
        (Py::Sub([a, b]), Scalar::Float { bits }) => {
            bin(a, b).map(|(x, y)| ffold(bits, x, y, |p, q| p - q, |p, q| p - q))
        }
        (Py::Mul([a, b]), Scalar::Float { bits }) => {
            bin(a, b).map(|(x, y)| ffold(bits, x, y, |p, q| p * q, |p, q| p * q))
        }
        (Py::Neg(a), Scalar::Float { .. }) => c(a).map(|x| Constant { ty, bits: x.bits ^ (1 << 63) }),
        (Py::Add([a, b]), Scalar::Int { .. }) => bin(a, b).map(|(x, y)| Constant::int(ty, x.as_i128() + y.as_i128())),
        (Py::Sub([a, b]), Scalar::Int { .. }) => bin(a, b).map(|(x, y)| Constant::int(ty, x.as_i128() - y.as_i128())),
        (Py::Mul([a, b]), Scalar::Int { .. }) => {
            bin(a, b).map(|(x, y)| Constant::int(ty, x.as_i128().wrapping_mul(y.as_i128())))
        }
        (Py::Neg(a), Scalar::Int { .. }) => c(a).map(|x| Constant::int(ty, -x.as_i128())),
        (Py::Div([a, b]), Scalar::Float { bits }) => {
            bin(a, b).map(|(x, y)| ffold(bits, x, y, |p, q| p / q, |p, q| p / q))
        }
        (Py::Eq([a, b]) | Py::Ne([a, b]) | Py::Lt([a, b]) | Py::Le([a, b]) | Py::Gt([a, b]) | Py::Ge([a, b]), _) => {
            let (x, y) = bin(a, b)?;
            Some(Constant::bool(compare(enode, x, y)))
        }
        (Py::Not(a), _) => c(a).map(|x| Constant::bool(x.bits == 0)),
        (Py::Select([k, a, b]), _) => c(if c(k)?.bits != 0 { a } else { b }),
        (Py::And([a, b]), Scalar::Bool) => bin(a, b).map(|(x, y)| Constant::bool(x.bits & y.bits != 0)),
        (Py::Or([a, b]), Scalar::Bool) => bin(a, b).map(|(x, y)| Constant::bool(x.bits | y.bits != 0)),
        (Py::Xor([a, b]), Scalar::Bool) => bin(a, b).map(|(x, y)| Constant::bool(x.bits ^ y.bits != 0)),
        (Py::And([a, b]), Scalar::Int { .. }) => bin(a, b).map(|(x, y)| Constant::int(ty, x.as_i128() & y.as_i128())),
        (Py::Or([a, b]), Scalar::Int { .. }) => bin(a, b).map(|(x, y)| Constant::int(ty, x.as_i128() | y.as_i128())),
        (Py::Xor([a, b]), Scalar::Int { .. }) => bin(a, b).map(|(x, y)| Constant::int(ty, x.as_i128() ^ y.as_i128())),
        (Py::Invert(a), Scalar::Int { .. }) => c(a).map(|x| Constant::int(ty, !x.as_i128())),
        // A count at or past the width gives 0; a negative one raises first.
        (Py::Shl([a, b]), Scalar::Int { bits, .. }) => {
            let (x, n) = bin(a, b)?;
            let n = n.as_i128();
            (n >= 0).then(|| Constant::int(ty, if n >= bits as i128 { 0 } else { x.as_i128() << n }))
        }
        // A count at or past the width leaves only the sign.
        (Py::Shr([a, b]), Scalar::Int { bits, .. }) => {
            let (x, n) = bin(a, b)?;
            let (x, n) = (x.as_i128(), n.as_i128());
            (n >= 0).then(|| {
                Constant::int(
                    ty,
                    if n >= bits as i128 {
                        if x < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        x >> n
                    },
                )
            })
        }
        // Folded only where no check raises: a zero divisor, MIN // -1.
        (Py::FloorDiv([a, b]), Scalar::Int { .. }) => {
            let (x, y) = bin(a, b)?;
            python_divmod(x.as_i128(), y.as_i128())
                .filter(|(q, _)| Constant::int(ty, *q).as_i128() == *q)
                .map(|(q, _)| Constant::int(ty, q))
        }
        (Py::Mod([a, b]), Scalar::Int { .. }) => {
            let (x, y) = bin(a, b)?;
            python_divmod(x.as_i128(), y.as_i128()).map(|(_, r)| Constant::int(ty, r))
        }
        (Py::Pow([a, b]), Scalar::Int { .. }) => {
            let (x, n) = bin(a, b)?;
            let mut acc = Constant::int(ty, 1);
            for _ in 0..n.as_i128().clamp(0, 64) {
                acc = Constant::int(ty, acc.as_i128().wrapping_mul(x.as_i128()));
            }
            Some(acc)
        }
        (Py::Cast([_, x]), _) => {
            let x = c(x)?;
            Some(match (x.ty, ty) {
                (Scalar::Float { .. }, Scalar::Float { .. }) => Constant::float(ty, x.as_f64()),
                // sitofp/uitofp round to nearest, as `as` does.
                (_, Scalar::Float { bits: 32 }) => Constant::float(ty, x.as_i128() as f32 as f64),
                (_, Scalar::Float { .. }) => Constant::float(ty, x.as_i128() as f64),
                (Scalar::Float { .. }, _) => return None, // not emitted by the frontend
                (_, _) => Constant::int(ty, x.as_i128()),
            })
        }
        _ => None,
    }
}

/// A comparison of two constants of one type: ints by value (unsigned ones
/// are stored so that as_i128 is their value), floats as IEEE (an f32 is
/// exact in f64, so comparing the f64s is comparing the f32s), where every
/// ordered comparison with nan is false and `ne` is true.
fn compare(op: &Py, x: Constant, y: Constant) -> bool {
    let ord = if x.ty.is_float() { x.as_f64().partial_cmp(&y.as_f64()) } else { Some(x.as_i128().cmp(&y.as_i128())) };
    use std::cmp::Ordering::*;
    match op {
        Py::Eq(_) => ord == Some(Equal),
        Py::Ne(_) => ord != Some(Equal),
        Py::Lt(_) => ord == Some(Less),
        Py::Le(_) => matches!(ord, Some(Less | Equal)),
        Py::Gt(_) => ord == Some(Greater),
        Py::Ge(_) => matches!(ord, Some(Greater | Equal)),
        _ => unreachable!("compare is called on comparisons"),
    }
}

fn ffold(bits: u32, x: Constant, y: Constant, f64op: fn(f64, f64) -> f64, f32op: fn(f32, f32) -> f32) -> Constant {
    let ty = Scalar::Float { bits };
    if bits == 32 {
        Constant::float(ty, f32op(x.as_f64() as f32, y.as_f64() as f32) as f64)
    } else {
        Constant::float(ty, f64op(x.as_f64(), y.as_f64()))
    }
}

/// Python's `divmod` on ints: the quotient rounds toward -inf and the
/// remainder takes the divisor's sign; None for a zero divisor.
pub fn python_divmod(x: i128, y: i128) -> Option<(i128, i128)> {
    if y == 0 {
        return None;
    }
    let (q, r) = (x / y, x % y);
    Some(if r != 0 && ((r < 0) != (y < 0)) { (q - 1, r + y) } else { (q, r) })
}
