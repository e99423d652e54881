//! A generator of random, well-typed pycc programs, for differential fuzzing
//! against CPython (tests/fuzz_programs.rs) and for the `compile` fuzz target.
//!
//! A program is built from a *choice sequence* (a `Vec<u32>` that proptest
//! draws and shrinks): every decision takes the next number, and a used-up
//! sequence gives 0, which is always the simplest choice (a leaf, no more
//! statements). Shrinking the numbers therefore shrinks the program.
//!
//! Each program is rendered twice from one typed tree:
//! - `plain`: the Python source that pycc compiles;
//! - `reference`: the same source for CPython, with pycc's types made
//!   explicit: an int result is wrapped to its width (`W(x, 'i4')`, numba's
//!   documented wraparound), implicit conversions are written out, and the
//!   README's documented deviations (`MIN // -1`, `int(x)` past int64, a
//!   negative float to a fractional power) raise as pycc raises them. The
//!   types come from the model below, which uses pycc's own promotion
//!   (`Scalar::arith` and `Scalar::unify`); everything else is CPython's arithmetic.

use crate::base::types::Scalar;
use std::fmt::Write;

/// Operator families: a run can stress one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Arithmetic,
    Comparisons,
    Bitwise,
    Math,
    Conversions,
    ControlFlow,
    All,
}

impl Family {
    pub const EACH: [Family; 6] = [
        Family::Arithmetic,
        Family::Comparisons,
        Family::Bitwise,
        Family::Math,
        Family::Conversions,
        Family::ControlFlow,
    ];

    fn allows(self, f: Family) -> bool {
        self == Family::All || self == f
    }
}

/// The choice sequence.
pub struct Choices<'a> {
    data: &'a [u32],
    pos: usize,
}

impl<'a> Choices<'a> {
    pub fn new(data: &'a [u32]) -> Self {
        Choices { data, pos: 0 }
    }

    /// A number in 0..n; 0 once the sequence is used up.
    fn pick(&mut self, n: usize) -> usize {
        let v = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        (v as usize) % n.max(1)
    }

    pub fn exhausted(&self) -> bool {
        self.pos >= self.data.len()
    }
}

const I64: Scalar = Scalar::I64;
const F64: Scalar = Scalar::F64;
const F32: Scalar = Scalar::Float { bits: 32 };
const BOOL: Scalar = Scalar::Bool;

#[derive(Debug, Clone)]
enum E {
    Var(String, Scalar),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// `l op r`, computed at `at` (the operands are converted to it), typed `ty`.
    Bin {
        op: &'static str,
        l: Box<E>,
        r: Box<E>,
        at: Scalar,
        ty: Scalar,
    },
    Cmp {
        op: &'static str,
        l: Box<E>,
        r: Box<E>,
        at: Scalar,
    },
    Not(Box<E>),
    Logic {
        op: &'static str,
        l: Box<E>,
        r: Box<E>,
    },
    Neg(Box<E>, Scalar),
    IfExp {
        c: Box<E>,
        a: Box<E>,
        b: Box<E>,
        ty: Scalar,
    },
    /// A builtin or math function: name in the plain source, the helper that
    /// stands for it in the reference (or the same name), arguments converted to `at`.
    Call {
        plain: &'static str,
        reference: &'static str,
        args: Vec<E>,
        at: Scalar,
        ty: Scalar,
    },
    /// A call to a generated helper (not exported; pycc specializes it for
    /// the argument types, which are exactly its parameters').
    Helper {
        name: String,
        args: Vec<E>,
        ty: Scalar,
    },
    /// `z.real`, `z.imag` or `abs(z)` of a complex expression: a float64.
    CProj(&'static str, Box<CE>),
    /// `z == w` or `z != w`, w complex or float.
    CCmp {
        op: &'static str,
        l: Box<CE>,
        r: Box<CX>,
    },
}

/// A complex128 expression. pycc repeats CPython's complex arithmetic
/// (README), so the reference twin renders it unchanged; only its float
/// operands carry pycc's conversions.
#[derive(Debug, Clone)]
enum CE {
    /// A `c16` parameter.
    Var(String),
    /// `complex(re, im)` of float literals.
    Lit(f64, f64),
    Bin {
        op: &'static str,
        l: Box<CX>,
        r: Box<CX>,
    },
    Neg(Box<CE>),
    Conj(Box<CE>),
}

/// An operand of complex arithmetic: complex, or a float64 promoted by CPython's rules.
#[derive(Debug, Clone)]
enum CX {
    C(CE),
    F(E),
}

impl E {
    fn ty(&self) -> Scalar {
        match self {
            E::Var(_, t) => *t,
            E::Int(_) => I64,
            E::Float(_) | E::CProj(..) => F64,
            E::Bool(_) | E::Cmp { .. } | E::Not(_) | E::Logic { .. } | E::CCmp { .. } => BOOL,
            E::Bin { ty, .. } | E::Neg(_, ty) | E::IfExp { ty, .. } | E::Call { ty, .. } | E::Helper { ty, .. } => *ty,
        }
    }
}

#[derive(Debug, Clone)]
enum S {
    Assign(String, E),
    AugAssign(String, &'static str, E, Scalar),
    If(E, Vec<S>, Vec<S>),
    For(String, i64, Vec<S>),
    /// `counter = 0; while counter < n: counter += 1; body`
    While(String, i64, Vec<S>),
    Break,
    Continue,
    Return(E),
}

#[derive(Debug, Clone)]
pub struct Function {
    name: String,
    params: Vec<(String, Scalar)>,
    /// `c16` parameters, after the scalar ones.
    cparams: Vec<String>,
    ret: Scalar,
    body: Vec<S>,
}

/// A generated module: its functions, and argument tuples for each.
#[derive(Debug, Clone)]
pub struct Program {
    /// Helpers the functions call; not exported.
    pub helpers: Vec<Function>,
    pub functions: Vec<Function>,
    pub cases: Vec<Vec<Vec<String>>>,
}

struct Scope {
    vars: Vec<(String, Scalar)>,
    next: usize,
    loop_depth: usize,
}

struct Gen<'c, 'd> {
    c: &'c mut Choices<'d>,
    family: Family,
    /// The narrow int type of the function under construction.
    narrow: Scalar,
    /// Its float type: `f8`, or `f4` (then its first parameter is an `f4`).
    real: Scalar,
    /// Its `c16` parameters (none, or one).
    cparams: Vec<String>,
    /// The helpers defined so far: name, parameter types, return type.
    helpers: Vec<(String, Vec<Scalar>, Scalar)>,
}

const INT_TYPES: [Scalar; 8] = [
    Scalar::Int { bits: 64, signed: true },
    Scalar::Int { bits: 32, signed: true },
    Scalar::Int { bits: 16, signed: true },
    Scalar::Int { bits: 8, signed: true },
    Scalar::Int { bits: 64, signed: false },
    Scalar::Int { bits: 32, signed: false },
    Scalar::Int { bits: 16, signed: false },
    Scalar::Int { bits: 8, signed: false },
];

/// Float functions of one argument that never change the type.
const MATH_1: [&str; 14] =
    ["sqrt", "exp", "log", "sin", "cos", "tan", "atan", "tanh", "fabs", "log1p", "expm1", "asin", "acos", "log10"];
const MATH_2: [&str; 4] = ["atan2", "copysign", "fmod", "pow"];

impl Gen<'_, '_> {
    fn leaf(&mut self, ty: Scalar, scope: &Scope) -> E {
        let vars: Vec<_> = scope.vars.iter().filter(|(_, t)| *t == ty).collect();
        // Float literals are f8: an f4 leaf is a variable (an f4 function's
        // first parameter is one).
        let consts = matches!(ty, Scalar::Int { bits: 64, signed: true } | Scalar::Float { bits: 64 } | Scalar::Bool);
        let n = vars.len() + consts as usize;
        let k = self.c.pick(n);
        if k < vars.len() {
            return E::Var(vars[k].0.clone(), ty);
        }
        match ty {
            Scalar::Bool => E::Bool(self.c.pick(2) == 1),
            Scalar::Float { .. } => {
                const F: [f64; 12] = [0.0, 1.0, -1.0, 0.5, 2.0, -0.0, 3.25, 1e308, 5e-324, f64::INFINITY, -2.5, 1e-9];
                E::Float(F[self.c.pick(F.len())])
            }
            _ => {
                const I: [i64; 14] = [0, 1, -1, 2, 3, 7, -5, 100, i64::MAX, i64::MIN, 1 << 40, 8, 16, -8];
                E::Int(I[self.c.pick(I.len())])
            }
        }
    }

    fn expr(&mut self, ty: Scalar, depth: usize, scope: &Scope) -> E {
        if depth == 0 || self.c.exhausted() || self.c.pick(4) == 0 {
            return self.leaf(ty, scope);
        }
        let d = depth - 1;
        let callable: Vec<_> = self.helpers.iter().filter(|(_, _, r)| *r == ty).cloned().collect();
        if !callable.is_empty() && self.c.pick(5) == 0 {
            let (name, params, ty) = callable[self.c.pick(callable.len())].clone();
            let args = params.iter().map(|&t| self.expr(t, d, scope)).collect();
            return E::Helper { name, args, ty };
        }
        match ty {
            Scalar::Bool => self.bool_expr(d, scope),
            Scalar::Float { .. } => self.float_expr(ty, d, scope),
            _ => self.int_expr(ty, d, scope),
        }
    }

    fn bin(&self, op: &'static str, l: E, r: E) -> E {
        let at = Scalar::arith(l.ty(), r.ty());
        let ty = if op == "/" && !at.is_float() { F64 } else { at };
        let at = if op == "/" { ty } else { at };
        E::Bin { op, l: Box::new(l), r: Box::new(r), at, ty }
    }

    fn int_expr(&mut self, ty: Scalar, d: usize, scope: &Scope) -> E {
        let e = self.int_expr_unfolded(ty, d, scope);
        // An expression of literals is folded by CPython's compiler (pycc
        // does the same: syntax::parse::fold_constant) and typed by its
        // value, so `-(-9223372036854775808)` is a uint64 2**63, not an
        // int64 negation that overflows: under --overflow=raise the twin's
        // model of it would raise where pycc and CPython do not.
        match literal_value(&e) {
            Some(v) if i64::try_from(v).is_err() => E::Int(1),
            _ => e,
        }
    }

    fn int_expr_unfolded(&mut self, ty: Scalar, d: usize, scope: &Scope) -> E {
        let wide = ty == I64;
        let fam = self.family;
        let mut options: Vec<u8> = vec![0, 1]; // arithmetic, conditional
                                               // numba's integer typing makes arithmetic and bitwise operations
                                               // on narrow ints 64-bit (Scalar::arith): a narrow int comes only
                                               // from a leaf, `abs`, `min`/`max` or a conditional; narrow
                                               // operands meet in wide expressions (option 5).
        if wide && fam.allows(Family::Bitwise) {
            options.push(2);
        }
        if wide && fam.allows(Family::Conversions) {
            options.push(3);
        }
        if wide && fam.allows(Family::Math) {
            options.push(4);
        }
        if wide {
            options.push(5); // mixed widths
        }
        match options[self.c.pick(options.len())] {
            0 if fam.allows(Family::Arithmetic) || fam.allows(Family::ControlFlow) => {
                const OPS: [&str; 9] = ["+", "-", "*", "//", "%", "neg", "abs", "min", "max"];
                let op = if wide { OPS[self.c.pick(OPS.len())] } else { OPS[6 + self.c.pick(3)] };
                let l = self.expr(ty, d, scope);
                match op {
                    "neg" => E::Neg(Box::new(l), ty),
                    "abs" => E::Call { plain: "abs", reference: "abs", args: vec![l], at: ty, ty },
                    "min" | "max" => {
                        let r = self.expr(ty, d, scope);
                        E::Call { plain: op, reference: op, args: vec![l, r], at: ty, ty }
                    }
                    _ => {
                        let r = self.expr(ty, d, scope);
                        self.bin(op, l, r)
                    }
                }
            }
            2 => {
                const OPS: [&str; 6] = ["&", "|", "^", "<<", ">>", "~"];
                let op = OPS[self.c.pick(OPS.len())];
                let l = self.expr(ty, d, scope);
                match op {
                    "~" => E::Call { plain: "~", reference: "~", args: vec![l], at: ty, ty },
                    "<<" | ">>" if wide => {
                        const K: [i64; 8] = [0, 1, 3, 31, 63, 64, 70, -1];
                        let k = K[self.c.pick(K.len())];
                        self.bin(op, l, E::Int(k))
                    }
                    "<<" | ">>" => self.bin("&", l.clone(), l),
                    _ => {
                        let r = self.expr(ty, d, scope);
                        self.bin(op, l, r)
                    }
                }
            }
            3 => {
                let f = self.expr(F64, d, scope);
                match self.c.pick(2) {
                    0 => E::Call { plain: "int", reference: "TOINT", args: vec![f], at: F64, ty: I64 },
                    _ => E::Call { plain: "round", reference: "ROUND", args: vec![f], at: F64, ty: I64 },
                }
            }
            4 => {
                const F: [&str; 3] = ["math.floor", "math.ceil", "math.trunc"];
                let name = F[self.c.pick(F.len())];
                let f = self.expr(F64, d, scope);
                let reference = match name {
                    "math.floor" => "FLOOR",
                    "math.ceil" => "CEIL",
                    _ => "TRUNC",
                };
                E::Call { plain: name, reference, args: vec![f], at: F64, ty: I64 }
            }
            5 => {
                // i64 from a narrow operand and a wide one: pycc's promotion.
                const OPS: [&str; 3] = ["+", "-", "*"];
                let op = OPS[self.c.pick(OPS.len())];
                let l = self.expr(self.narrow, d, scope);
                let r = if self.c.pick(2) == 0 { self.expr(self.narrow, d, scope) } else { self.expr(I64, d, scope) };
                let e = self.bin(op, l, r);
                if e.ty() == I64 {
                    e
                } else {
                    self.leaf(I64, scope)
                }
            }
            _ => {
                let c = self.expr(BOOL, d, scope);
                let a = self.expr(ty, d, scope);
                let b = self.expr(ty, d, scope);
                E::IfExp { c: Box::new(c), a: Box::new(a), b: Box::new(b), ty }
            }
        }
    }

    fn float_expr(&mut self, ty: Scalar, d: usize, scope: &Scope) -> E {
        let fam = self.family;
        let mut options: Vec<u8> = vec![0, 1];
        // math functions, conversions and complex projections give f8 only.
        if ty == F64 && fam.allows(Family::Math) {
            options.extend([2, 3]);
        }
        if ty == F64 && fam.allows(Family::Conversions) {
            options.push(4);
        }
        if ty == F64 && !self.cparams.is_empty() && fam.allows(Family::Arithmetic) {
            options.push(5);
        }
        match options[self.c.pick(options.len())] {
            0 => {
                const OPS: [&str; 10] = ["+", "-", "*", "/", "//", "%", "**", "neg", "abs", "minmax"];
                let op = OPS[self.c.pick(OPS.len())];
                // An f8 binary operation sometimes takes an f4 operand (promoted
                // to f8 by an f8 right operand). Only binary ones: `-x`, `abs`,
                // `min`/`max` of an f4 are f4, and an f4 where the generator
                // asked for f8 (a helper's f8 parameter, an f8 local) is typed
                // f4 by pycc, which the twin would compute in f8.
                let binary = !matches!(op, "neg" | "abs" | "minmax");
                let lt = if binary && ty == F64 && self.real == F32 && self.c.pick(3) == 0 { F32 } else { ty };
                let l = self.expr(lt, d, scope);
                match op {
                    "neg" => E::Neg(Box::new(l), lt),
                    "abs" => E::Call { plain: "abs", reference: "abs", args: vec![l], at: lt, ty: lt },
                    "minmax" => {
                        let r = self.expr(lt, d, scope);
                        let f = if self.c.pick(2) == 0 { "min" } else { "max" };
                        E::Call { plain: f, reference: f, args: vec![l, r], at: lt, ty: lt }
                    }
                    _ => {
                        // Sometimes an int operand: an int and an f8 give f8;
                        // f4 stays f4 only with ints of 16 bits or fewer.
                        // f4 with a narrow int stays f4, so an f4 left operand of an
                        // f8 operation takes an f8 right one.
                        let narrow_ok =
                            lt == ty && (ty == F64 || matches!(self.narrow, Scalar::Int { bits: ..=16, .. }));
                        let r = if narrow_ok && self.c.pick(3) == 0 {
                            self.expr(self.narrow, d, scope)
                        } else {
                            self.expr(ty, d, scope)
                        };
                        self.bin(op, l, r)
                    }
                }
            }
            2 => {
                let f = MATH_1[self.c.pick(MATH_1.len())];
                let a = self.expr(F64, d, scope);
                E::Call { plain: math_name(f), reference: math_name(f), args: vec![a], at: F64, ty: F64 }
            }
            3 => {
                let f = MATH_2[self.c.pick(MATH_2.len())];
                let a = self.expr(F64, d, scope);
                let mut b = self.expr(F64, d, scope);
                if f == "copysign" {
                    // The sign of a nan is unspecified by IEEE, and LLVM may
                    // commute an operation whose operands are both nans
                    // (it does with `--target-cpu host`): copysign would show
                    // which one propagated. A nan sign source becomes 1.0.
                    let same = E::Cmp { op: "==", l: Box::new(b.clone()), r: Box::new(b.clone()), at: F64 };
                    b = E::IfExp { c: Box::new(same), a: Box::new(b), b: Box::new(E::Float(1.0)), ty: F64 };
                }
                E::Call { plain: math_name(f), reference: math_name(f), args: vec![a, b], at: F64, ty: F64 }
            }
            4 => {
                let t = if self.c.pick(2) == 0 { self.narrow } else { I64 };
                let i = self.expr(t, d, scope);
                if self.c.pick(2) == 0 {
                    E::Call { plain: "float", reference: "float", args: vec![i], at: F64, ty: F64 }
                } else {
                    // int / int is float division of the converted operands.
                    let j = self.expr(t, d, scope);
                    self.bin("/", i, j)
                }
            }
            5 => {
                const P: [&str; 3] = ["real", "imag", "abs"];
                let p = P[self.c.pick(P.len())];
                E::CProj(p, Box::new(self.cexpr(d)))
            }
            _ => {
                let c = self.expr(BOOL, d, scope);
                let a = self.expr(ty, d, scope);
                let b = self.expr(ty, d, scope);
                E::IfExp { c: Box::new(c), a: Box::new(a), b: Box::new(b), ty }
            }
        }
    }

    /// A complex128 expression over the `c16` parameters, complex literals
    /// and float64 operands (whose own subexpressions see no complex).
    fn cexpr(&mut self, d: usize) -> CE {
        if d == 0 || self.c.exhausted() || self.c.pick(3) == 0 {
            return self.cleaf();
        }
        const OPS: [&str; 7] = ["+", "-", "*", "/", "**", "neg", "conj"];
        match OPS[self.c.pick(OPS.len())] {
            "neg" => CE::Neg(Box::new(self.cexpr(d - 1))),
            "conj" => CE::Conj(Box::new(self.cexpr(d - 1))),
            op => {
                let l = CX::C(self.cexpr(d - 1));
                let r = if self.c.pick(3) == 0 { CX::F(self.cfloat()) } else { CX::C(self.cexpr(d - 1)) };
                // The float operand on either side.
                let (l, r) = if self.c.pick(2) == 0 { (l, r) } else { (r, l) };
                CE::Bin { op, l: Box::new(l), r: Box::new(r) }
            }
        }
    }

    fn cleaf(&mut self) -> CE {
        if !self.cparams.is_empty() && self.c.pick(3) != 0 {
            return CE::Var(self.cparams[0].clone());
        }
        CE::Lit(complex_part(self.c.pick(COMPLEX_PARTS.len())), complex_part(self.c.pick(COMPLEX_PARTS.len())))
    }

    /// A float operand of complex arithmetic: a literal (small exponents
    /// take `**`'s integer path) or the `.real`/`.imag` of a parameter.
    fn cfloat(&mut self) -> E {
        match self.c.pick(3) {
            0 => E::Float([2.0, -1.0, 0.5, 3.0, 0.0, -0.0, 1e300, 100.0][self.c.pick(8)]),
            _ => E::CProj(if self.c.pick(2) == 0 { "real" } else { "imag" }, Box::new(self.cleaf())),
        }
    }

    fn bool_expr(&mut self, d: usize, scope: &Scope) -> E {
        let complex = !self.cparams.is_empty() && self.family.allows(Family::Comparisons);
        match self.c.pick(if complex { 5 } else { 4 }) {
            0 => {
                const OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
                let op = OPS[self.c.pick(OPS.len())];
                let types = [self.narrow, I64, self.real, F64];
                let n = if self.real == F64 { 3 } else { 4 };
                let lt = types[self.c.pick(n)];
                let rt = if self.family.allows(Family::Comparisons) { types[self.c.pick(n)] } else { lt };
                let l = self.expr(lt, d, scope);
                let r = self.expr(rt, d, scope);
                let at = Scalar::unify(l.ty(), r.ty());
                E::Cmp { op, l: Box::new(l), r: Box::new(r), at }
            }
            1 => E::Not(Box::new(self.expr(BOOL, d, scope))),
            2 => {
                let op = if self.c.pick(2) == 0 { "and" } else { "or" };
                let l = self.expr(BOOL, d, scope);
                let r = self.expr(BOOL, d, scope);
                E::Logic { op, l: Box::new(l), r: Box::new(r) }
            }
            _ if self.family.allows(Family::Math) => {
                const F: [&str; 3] = ["isnan", "isinf", "isfinite"];
                let f = F[self.c.pick(F.len())];
                let a = self.expr(F64, d, scope);
                E::Call { plain: math_name(f), reference: math_name(f), args: vec![a], at: F64, ty: BOOL }
            }
            4 => {
                let op = if self.c.pick(2) == 0 { "==" } else { "!=" };
                let l = self.cexpr(d);
                let r = if self.c.pick(3) == 0 { CX::F(self.cfloat()) } else { CX::C(self.cexpr(d)) };
                E::CCmp { op, l: Box::new(l), r: Box::new(r) }
            }
            _ => self.leaf(BOOL, scope),
        }
    }

    fn block(&mut self, depth: usize, scope: &mut Scope, ret: Scalar, max: usize) -> Vec<S> {
        let mut out = Vec::new();
        while out.len() < max && !self.c.exhausted() && self.c.pick(4) != 0 {
            out.push(self.stmt(depth, scope, ret));
        }
        out
    }

    fn stmt(&mut self, depth: usize, scope: &mut Scope, ret: Scalar) -> S {
        let control = self.family.allows(Family::ControlFlow) || self.family == Family::All;
        let kinds = if depth == 0 || !control { 2 } else { 7 };
        let assignable: Vec<(String, Scalar)> =
            scope.vars.iter().filter(|(n, _)| n.starts_with('v')).cloned().collect();
        match self.c.pick(kinds) {
            0 | 1 if !assignable.is_empty() => {
                let (name, ty) = assignable[self.c.pick(assignable.len())].clone();
                let e = self.expr(ty, 3, scope);
                // `v += e` of a narrow int would widen v (numba's typing).
                if (ty == I64 || ty.is_float()) && self.c.pick(2) == 1 {
                    let ops: &[&'static str] =
                        if ty.is_float() { &["+=", "-=", "*=", "/="] } else { &["+=", "-=", "*="] };
                    let op = ops[self.c.pick(ops.len())];
                    S::AugAssign(name, op, e, ty)
                } else {
                    S::Assign(name, e)
                }
            }
            2 => {
                let c = self.expr(BOOL, 2, scope);
                let a = self.block(depth - 1, scope, ret, 3);
                let b = self.block(depth - 1, scope, ret, 2);
                S::If(c, a, b)
            }
            3 => {
                let name = format!("i{}", scope.next);
                scope.next += 1;
                let n = self.c.pick(5) as i64;
                scope.vars.push((name.clone(), I64));
                scope.loop_depth += 1;
                let body = self.block(depth - 1, scope, ret, 3);
                scope.loop_depth -= 1;
                // The loop variable is not visible after the loop in pycc.
                scope.vars.retain(|(v, _)| v != &name);
                S::For(name, n, body)
            }
            4 => {
                let name = format!("w{}", scope.next);
                scope.next += 1;
                let n = self.c.pick(4) as i64;
                scope.loop_depth += 1;
                let body = self.block(depth - 1, scope, ret, 3);
                scope.loop_depth -= 1;
                S::While(name, n, body)
            }
            5 if scope.loop_depth > 0 => {
                let c = self.expr(BOOL, 1, scope);
                S::If(c, vec![if self.c.pick(2) == 0 { S::Break } else { S::Continue }], vec![])
            }
            _ => {
                let c = self.expr(BOOL, 2, scope);
                let e = self.expr(ret, 2, scope);
                S::If(c, vec![S::Return(e)], vec![])
            }
        }
    }

    fn function(&mut self, name: String) -> Function {
        self.narrow = INT_TYPES[self.c.pick(INT_TYPES.len())];
        // One function in four works in f4, one in four takes a c16 too.
        self.real = if self.c.pick(4) == 0 { F32 } else { F64 };
        if self.c.pick(4) == 0 {
            self.cparams = vec!["z0".into()];
        }
        if self.real == F32 {
            // f4 first: every f4 leaf has a variable to read.
            self.function_of(name, &[F32, self.narrow, F64, BOOL, I64], &[F32, self.narrow, I64, F64, BOOL])
        } else {
            self.function_of(name, &[self.narrow, self.narrow, F64, BOOL, I64], &[self.narrow, I64, F64, BOOL])
        }
    }

    /// A helper: int64 and float parameters, whose types every caller can
    /// produce exactly, so pycc's specialization has the types generated.
    fn helper(&mut self, name: String) -> Function {
        self.narrow = I64;
        self.function_of(name, &[I64, F64, I64], &[I64, F64, BOOL])
    }

    fn function_of(&mut self, name: String, param_types: &[Scalar], rets: &[Scalar]) -> Function {
        // An f4 function's first two parameters are its f4 and its narrow
        // int: leaves of those types read them (they have no literals).
        let nparams = (1 + self.c.pick(param_types.len())).max(if self.real == F32 { 2 } else { 1 });
        let params: Vec<(String, Scalar)> = (0..nparams).map(|i| (format!("p{i}"), param_types[i])).collect();
        let ret = rets[self.c.pick(rets.len())];
        let mut scope = Scope { vars: params.clone(), next: 0, loop_depth: 0 };
        let mut body = Vec::new();
        // Locals of each type, set first, so that every later read is defined.
        let mut locals = vec![self.narrow, I64, F64, BOOL];
        if self.real == F32 {
            locals.push(F32);
        }
        for (i, ty) in locals.into_iter().enumerate() {
            let e = self.expr(ty, 2, &scope);
            body.push(S::Assign(format!("v{i}"), e));
            scope.vars.push((format!("v{i}"), ty));
        }
        body.extend(self.block(2, &mut scope, ret, 6));
        let e = self.expr(ret, 3, &scope);
        body.push(S::Return(e));
        Function { name, params, cparams: self.cparams.clone(), ret, body }
    }
}

/// The value CPython's compiler folds an int expression of literals to
/// (what pycc's `fold_constant` computes), or None when it is not one or
/// is left to run (a shift by a negative count, a division by zero).
/// Written apart from pycc's `fold_int` on purpose: the oracle's model
/// must not share the code it checks.
fn literal_value(e: &E) -> Option<i128> {
    let floor_div = |a: i128, b: i128| {
        let q = a.checked_div(b)?;
        Some(if a % b != 0 && (a < 0) != (b < 0) { q - 1 } else { q })
    };
    match e {
        E::Int(i) => Some(*i as i128),
        E::Neg(x, _) => literal_value(x)?.checked_neg(),
        E::Call { plain: "~", args, .. } => Some(!literal_value(&args[0])?),
        E::Bin { op, l, r, .. } => {
            let (a, b) = (literal_value(l)?, literal_value(r)?);
            match *op {
                "+" => a.checked_add(b),
                "-" => a.checked_sub(b),
                "*" => a.checked_mul(b),
                "//" => floor_div(a, b),
                "%" => a.checked_sub(floor_div(a, b)?.checked_mul(b)?),
                "&" => Some(a & b),
                "|" => Some(a | b),
                "^" => Some(a ^ b),
                "<<" if (0..128).contains(&b) => a.checked_shl(b as u32).filter(|v| v >> b == a),
                ">>" if b >= 0 => Some(a >> b.min(127)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn math_name(f: &'static str) -> &'static str {
    match f {
        "sqrt" => "math.sqrt",
        "exp" => "math.exp",
        "log" => "math.log",
        "sin" => "math.sin",
        "cos" => "math.cos",
        "tan" => "math.tan",
        "atan" => "math.atan",
        "tanh" => "math.tanh",
        "fabs" => "math.fabs",
        "log1p" => "math.log1p",
        "expm1" => "math.expm1",
        "asin" => "math.asin",
        "acos" => "math.acos",
        "log10" => "math.log10",
        "atan2" => "math.atan2",
        "copysign" => "math.copysign",
        "fmod" => "math.fmod",
        "pow" => "math.pow",
        "isnan" => "math.isnan",
        "isinf" => "math.isinf",
        _ => "math.isfinite",
    }
}

/// Argument values for a parameter type, edge values weighted up.
fn arg(ty: Scalar, c: &mut Choices) -> String {
    match ty {
        Scalar::Bool => if c.pick(2) == 0 { "False" } else { "True" }.into(),
        // float32's own edges: its MAX, the smallest normal and subnormal, the
        // first int it cannot hold; a double past them rounds (or overflows
        // to inf) on the way in, as the wrapper converts.
        Scalar::Float { bits: 32 } if c.pick(2) == 0 => {
            const F: [&str; 8] = [
                "3.4028234663852886e+38",
                "-3.4028234663852886e+38",
                "1.1754943508222875e-38",
                "1.401298464324817e-45",
                "16777217.0",
                "3.4028235677973366e+38",
                "0.1",
                "-1e-46",
            ];
            F[c.pick(F.len())].into()
        }
        Scalar::Float { .. } => {
            const F: [&str; 20] = [
                "0.0",
                "-0.0",
                "1.0",
                "-1.0",
                "2.5",
                "-7.25",
                "float('inf')",
                "float('-inf')",
                "float('nan')",
                "5e-324",
                "-2.2250738585072014e-308",
                "1.7976931348623157e+308",
                "-1e300",
                "1e-300",
                "0.1",
                "3.0",
                "100.5",
                "-0.5",
                "1e16",
                "123456.789",
            ];
            F[c.pick(F.len())].into()
        }
        Scalar::Int { bits, signed } => {
            let (min, max): (i128, i128) =
                if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
            let v = match c.pick(10) {
                0 => 0,
                1 => 1,
                2 => {
                    if signed {
                        -1
                    } else {
                        2
                    }
                }
                3 => min,
                4 => max,
                5 => max - 1,
                6 => {
                    if signed {
                        min + 1
                    } else {
                        3
                    }
                }
                7 => 7,
                8 => (c.pick(1000) as i128) - if signed { 500 } else { 0 },
                _ => (c.pick(1 << 30) as i128) % (max - min + 1) + min,
            };
            // Keep every draw inside the declared range (out-of-range
            // arguments are the wrappers' OverflowError, tested elsewhere).
            (min + (v - min).rem_euclid(max - min + 1)).to_string()
        }
    }
}

/// The components of complex literals and arguments: zeros of both signs,
/// ±inf, nan, the extremes, and ordinary values.
const COMPLEX_PARTS: [f64; 14] =
    [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, -2.5, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 1e308, 5e-324, 1e-300, 3.0];

fn complex_part(k: usize) -> f64 {
    COMPLEX_PARTS[k]
}

/// A `c16` argument: `complex(re, im)` with each part drawn from the edges.
fn complex_arg(c: &mut Choices) -> String {
    let part = |v: f64| {
        if v.is_nan() {
            "float('nan')".to_string()
        } else if v.is_infinite() {
            format!("float('{}inf')", if v < 0.0 { "-" } else { "" })
        } else {
            format!("{v:?}")
        }
    };
    let (re, im) = (complex_part(c.pick(COMPLEX_PARTS.len())), complex_part(c.pick(COMPLEX_PARTS.len())));
    format!("complex({}, {})", part(re), part(im))
}

/// Builds a program of `nfuncs` functions (fewer if the choices run out),
/// each with `ncases` argument tuples.
pub fn program(choices: &[u32], family: Family, nfuncs: usize, ncases: usize) -> Program {
    let mut c = Choices::new(choices);
    let mut helpers = Vec::new();
    let mut signatures = Vec::new();
    for i in 0..c.pick(3) {
        let h = Gen { c: &mut c, family, narrow: I64, real: F64, cparams: vec![], helpers: signatures.clone() }
            .helper(format!("h{i}"));
        signatures.push((h.name.clone(), h.params.iter().map(|(_, t)| *t).collect(), h.ret));
        helpers.push(h);
    }
    let mut functions = Vec::new();
    let mut cases = Vec::new();
    for i in 0..nfuncs {
        if i > 0 && c.exhausted() {
            break;
        }
        let f = Gen { c: &mut c, family, narrow: I64, real: F64, cparams: vec![], helpers: signatures.clone() }
            .function(format!("f{i}"));
        let mut fc = Vec::new();
        for _ in 0..ncases {
            let mut args: Vec<String> = f.params.iter().map(|(_, t)| arg(*t, &mut c)).collect();
            for _ in &f.cparams {
                args.push(complex_arg(&mut c));
            }
            fc.push(args);
        }
        cases.push(fc);
        functions.push(f);
    }
    Program { helpers, functions, cases }
}

// ---- rendering ----

fn float_lit(f: f64) -> String {
    if f.is_nan() {
        "math.nan".into()
    } else if f.is_infinite() {
        if f > 0.0 {
            "math.inf".into()
        } else {
            "(-math.inf)".into()
        }
    } else {
        let s = format!("{f:?}");
        if f.is_sign_negative() {
            format!("({s})")
        } else {
            s
        }
    }
}

fn ty_name(t: Scalar) -> String {
    format!("'{}'", t.short_name())
}

/// The expression, in the plain source (`reference == false`) or with pycc's
/// conversions and wraparound written out.
fn render(e: &E, reference: bool) -> String {
    let conv = |x: &E, to: Scalar| -> String {
        let s = render(x, reference);
        if reference && x.ty() != to {
            format!("C({s}, {}, {})", ty_name(x.ty()), ty_name(to))
        } else {
            s
        }
    };
    let wrap = |s: String, ty: Scalar| -> String {
        if reference && matches!(ty, Scalar::Int { .. }) {
            format!("W({s}, {})", ty_name(ty))
        } else {
            s
        }
    };
    match e {
        E::Var(n, _) => n.clone(),
        E::Int(i) => {
            if *i < 0 {
                format!("({i})")
            } else {
                i.to_string()
            }
        }
        E::Float(f) => float_lit(*f),
        E::Bool(b) => if *b { "True" } else { "False" }.into(),
        E::Bin { op, l, r, at, ty } => {
            let (a, b) = if *op == "/" && !l.ty().is_float() && !r.ty().is_float() {
                // int / int: CPython's exactly rounded quotient, which pycc
                // computes too (not the quotient of the operands as floats).
                (render(l, reference), render(r, reference))
            } else {
                (conv(l, *at), conv(r, *at))
            };
            if !reference {
                return format!("({a} {op} {b})");
            }
            if *at == F32 {
                // pycc computes f4 in float32: each op rounded (F4), `//` and
                // `%` as CPython's algorithm op by op in float32, `**` with powf.
                return match *op {
                    "//" => format!("F4FLOORDIV({a}, {b})"),
                    "%" => format!("F4MOD({a}, {b})"),
                    "**" => format!("F4POW({a}, {b})"),
                    _ => format!("F4({a} {op} {b})"),
                };
            }
            match (*op, at.is_float()) {
                ("//", false) => format!("IFLOORDIV({a}, {b}, {})", ty_name(*ty)),
                ("**", true) => format!("FPOW({a}, {b})"),
                ("<<" | ">>", false) => wrap(format!("SHIFT({a}, {op:?}, {b})"), *ty),
                _ => wrap(format!("({a} {op} {b})"), *ty),
            }
        }
        // Ints compare by value, as CPython's (tests/programs/unsigned_compare.py):
        // a uint64 past int64 is not converted to the unified int64 first.
        E::Cmp { op, l, r, at } if !at.is_float() => {
            format!("({} {op} {})", render(l, reference), render(r, reference))
        }
        // An int against a float compares by value too (CPython's
        // float_richcompare; pycc: tests/programs/int_float_compare.py).
        E::Cmp { op, l, r, at } => {
            let side = |x: &E| if x.ty().is_float() { conv(x, *at) } else { render(x, reference) };
            format!("({} {op} {})", side(l), side(r))
        }
        E::Not(x) => format!("(not {})", render(x, reference)),
        E::Logic { op, l, r } => format!("({} {op} {})", render(l, reference), render(r, reference)),
        E::Neg(x, ty) => wrap(format!("(-{})", render(x, reference)), *ty),
        E::IfExp { c, a, b, ty } => format!("({} if {} else {})", conv(a, *ty), render(c, reference), conv(b, *ty)),
        E::Call { plain, reference: name, args, at, ty } => {
            let args: Vec<String> = args.iter().map(|a| conv(a, *at)).collect();
            if *plain == "~" {
                return wrap(format!("(~{})", args[0]), *ty);
            }
            let name = if reference { name } else { plain };
            wrap(format!("{name}({})", args.join(", ")), *ty)
        }
        E::Helper { name, args, .. } => {
            format!("{name}({})", args.iter().map(|a| render(a, reference)).collect::<Vec<_>>().join(", "))
        }
        E::CProj(p, z) => match *p {
            // CPython 3.11's complex abs reads errno that its nan branch never
            // cleared; the twin's CABS is that function with errno clean.
            "abs" if reference => format!("CABS({})", render_c(z, reference)),
            "abs" => format!("abs({})", render_c(z, reference)),
            _ => format!("{}.{p}", render_c(z, reference)),
        },
        E::CCmp { op, l, r } => format!("({} {op} {})", render_c(l, reference), render_cx(r, reference)),
    }
}

fn render_c(z: &CE, reference: bool) -> String {
    match z {
        CE::Var(n) => n.clone(),
        CE::Lit(re, im) => format!("complex({}, {})", float_lit(*re), float_lit(*im)),
        CE::Bin { op, l, r } => format!("({} {op} {})", render_cx(l, reference), render_cx(r, reference)),
        CE::Neg(x) => format!("(-{})", render_c(x, reference)),
        CE::Conj(x) => format!("{}.conjugate()", render_c(x, reference)),
    }
}

fn render_cx(x: &CX, reference: bool) -> String {
    match x {
        CX::C(z) => render_c(z, reference),
        CX::F(e) => render(e, reference),
    }
}

fn render_block(out: &mut String, body: &[S], indent: usize, reference: bool, ret: Scalar) {
    let pad = " ".repeat(indent);
    if body.is_empty() {
        let _ = writeln!(out, "{pad}pass");
    }
    for s in body {
        match s {
            S::Assign(n, e) => {
                let _ = writeln!(out, "{pad}{n} = {}", render(e, reference));
            }
            S::AugAssign(n, op, e, ty) => {
                if reference {
                    let bin = E::Bin {
                        op: &op[..1],
                        l: Box::new(E::Var(n.clone(), *ty)),
                        r: Box::new(e.clone()),
                        at: *ty,
                        ty: *ty,
                    };
                    let _ = writeln!(out, "{pad}{n} = {}", render(&bin, true));
                } else {
                    let _ = writeln!(out, "{pad}{n} {op} {}", render(e, false));
                }
            }
            S::If(c, a, b) => {
                let _ = writeln!(out, "{pad}if {}:", render(c, reference));
                render_block(out, a, indent + 4, reference, ret);
                if !b.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    render_block(out, b, indent + 4, reference, ret);
                }
            }
            S::For(v, n, body) => {
                let _ = writeln!(out, "{pad}for {v} in range({n}):");
                render_block(out, body, indent + 4, reference, ret);
            }
            S::While(v, n, body) => {
                let _ = writeln!(out, "{pad}{v} = 0");
                let _ = writeln!(out, "{pad}while {v} < {n}:");
                let _ = writeln!(out, "{pad}    {v} += 1");
                render_block(out, body, indent + 4, reference, ret);
            }
            S::Break => {
                let _ = writeln!(out, "{pad}break");
            }
            S::Continue => {
                let _ = writeln!(out, "{pad}continue");
            }
            S::Return(e) => {
                let r = render(e, reference);
                let r = if reference && e.ty() != ret {
                    format!("C({r}, {}, {})", ty_name(e.ty()), ty_name(ret))
                } else {
                    r
                };
                let _ = writeln!(out, "{pad}return {r}");
            }
        }
    }
}

/// The reference twin's helpers: int results wrap (the default), or, under
/// `--overflow=raise`, are checked (the same names bound to other helpers).
const WRAP_IMPORT: &str = "from fuzz_support import W, C, IFLOORDIV, FPOW, SHIFT, TOINT, ROUND, FLOOR, CEIL, TRUNC, F4, F4FLOORDIV, F4MOD, F4POW, CABS";

/// The reference twin for `--overflow=raise`, from the default one: every int
/// result and narrowing conversion that does not fit raises OverflowError.
/// Only the import's first two names change, so that twins saved before the
/// import grew (tests/fuzz_regressions) convert too.
pub fn raising_twin(reference: &str) -> String {
    reference.replacen("from fuzz_support import W, C, ", "from fuzz_support import CHECKED as W, CHECKED_C as C, ", 1)
}

impl Program {
    /// The module source: pycc's input (`reference == false`), or CPython's
    /// reference twin (same names, same CASES, explicit conversions).
    pub fn source(&self, module: &str, reference: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Generated by pycc::fuzzing::generate ({}).",
            if reference { "CPython reference twin" } else { "compiled by pycc" }
        );
        let _ = writeln!(out, "import math");
        if reference {
            let _ = writeln!(out, "{WRAP_IMPORT}");
        }
        let _ = writeln!(out, "from pycc import CC\n\ncc = CC('{module}')\n");
        for h in &self.helpers {
            let _ = writeln!(
                out,
                "\ndef {}({}):",
                h.name,
                h.params.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ")
            );
            render_block(&mut out, &h.body, 4, reference, h.ret);
        }
        for f in &self.functions {
            let types = f.params.iter().map(|(_, t)| t.short_name()).chain(f.cparams.iter().map(|_| "c16".to_string()));
            let sig = format!("{}({})", f.ret.short_name(), types.collect::<Vec<_>>().join(", "));
            let _ = writeln!(out, "\n@cc.export('{}', '{sig}')", f.name);
            let names = f.params.iter().map(|(n, _)| n.as_str()).chain(f.cparams.iter().map(String::as_str));
            let _ = writeln!(out, "def {}({}):", f.name, names.collect::<Vec<_>>().join(", "));
            if reference {
                // The wrapper rounds an f4 argument to float32 on the way in.
                for (n, _) in f.params.iter().filter(|(_, t)| *t == F32) {
                    let _ = writeln!(out, "    {n} = F4({n})");
                }
            }
            render_block(&mut out, &f.body, 4, reference, f.ret);
        }
        let _ = writeln!(out, "\n\nCASES = {{");
        for (f, cases) in self.functions.iter().zip(&self.cases) {
            let tuples: Vec<String> = cases
                .iter()
                .map(|a| if a.len() == 1 { format!("({},)", a[0]) } else { format!("({})", a.join(", ")) })
                .collect();
            let _ = writeln!(out, "    '{}': [{}],", f.name, tuples.join(", "));
        }
        let _ = writeln!(out, "}}");
        out
    }

    pub fn case_count(&self) -> usize {
        self.cases.iter().map(Vec::len).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Calls the check on every expression of the statements, outermost first.
    /// The twin computes an expression of literals at int64 width, as the
    /// generator typed it; CPython and pycc fold it first, so its value
    /// must fit (see `int_expr`).
    #[test]
    fn literal_expressions_fold_into_int64() {
        let mut folded = 0;
        for k in 0..300u32 {
            let choices: Vec<u32> =
                (0..4000u32).map(|i| (i ^ k.wrapping_mul(7919)).wrapping_mul(2654435761) >> (k % 9)).collect();
            let p = program(&choices, Family::All, 10, 1);
            for f in p.helpers.iter().chain(&p.functions) {
                each_expr(&f.body, &mut |e| {
                    if let Some(v) = literal_value(e).filter(|_| !matches!(e, E::Int(_))) {
                        folded += 1;
                        assert!(i64::try_from(v).is_ok(), "{}: {e:?} folds to {v}", f.name);
                    }
                });
            }
        }
        assert!(folded > 0, "no expression of literals was generated");
    }

    fn each_expr(body: &[S], check: &mut dyn FnMut(&E)) {
        fn walk(e: &E, check: &mut dyn FnMut(&E)) {
            check(e);
            match e {
                E::Bin { l, r, .. } | E::Cmp { l, r, .. } | E::Logic { l, r, .. } => {
                    walk(l, check);
                    walk(r, check);
                }
                E::Not(x) | E::Neg(x, _) => walk(x, check),
                E::IfExp { c, a, b, .. } => {
                    walk(c, check);
                    walk(a, check);
                    walk(b, check);
                }
                E::Call { args, .. } | E::Helper { args, .. } => args.iter().for_each(|a| walk(a, check)),
                _ => {}
            }
        }
        for s in body {
            match s {
                S::Assign(_, e) | S::AugAssign(_, _, e, _) | S::Return(e) => walk(e, check),
                S::If(c, a, b) => {
                    walk(c, check);
                    each_expr(a, check);
                    each_expr(b, check);
                }
                S::For(_, _, b) | S::While(_, _, b) => each_expr(b, check),
                S::Break | S::Continue => {}
            }
        }
    }

    /// pycc types a value by what it is, so an expression in a slot of another
    /// type would make the twin compute at the wrong type: a helper argument
    /// must have the parameter's type exactly (pycc specializes the helper for
    /// it), and a local keeps the type it was declared with.
    #[test]
    fn expressions_have_the_types_their_slots_ask_for() {
        for k in 0..300u32 {
            let choices: Vec<u32> =
                (0..4000u32).map(|i| (i ^ k.wrapping_mul(7919)).wrapping_mul(2654435761) >> (k % 9)).collect();
            let p = program(&choices, Family::All, 10, 1);
            let params: std::collections::HashMap<&str, Vec<Scalar>> =
                p.helpers.iter().map(|h| (h.name.as_str(), h.params.iter().map(|(_, t)| *t).collect())).collect();
            for f in p.helpers.iter().chain(&p.functions) {
                each_expr(&f.body, &mut |e| {
                    if let E::Helper { name, args, .. } = e {
                        let got: Vec<Scalar> = args.iter().map(E::ty).collect();
                        assert_eq!(got, params[name.as_str()], "{}: {e:?}", f.name);
                    }
                });
                let declared = [("v1", I64), ("v2", F64), ("v3", BOOL), ("v4", F32)];
                let mut check = |s: &S| {
                    if let S::Assign(n, e) = s {
                        if let Some((_, t)) = declared.iter().find(|(d, _)| d == n) {
                            assert_eq!(e.ty(), *t, "{}: {n} = {e:?}", f.name);
                        }
                    }
                };
                fn each_stmt(body: &[S], check: &mut dyn FnMut(&S)) {
                    for s in body {
                        check(s);
                        match s {
                            S::If(_, a, b) => {
                                each_stmt(a, check);
                                each_stmt(b, check);
                            }
                            S::For(_, _, b) | S::While(_, _, b) => each_stmt(b, check),
                            _ => {}
                        }
                    }
                }
                each_stmt(&f.body, &mut check);
            }
        }
    }
}
