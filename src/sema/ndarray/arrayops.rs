//! numpy's elementwise arithmetic on whole arrays: augmented slice
//! assignment (`a[1:3] += x`, `a[:] -= b`), operators that make a new
//! array (`a + b`, `2.0 * a`, `-a`, `a < b`) and ufuncs of arrays
//! (`np.sqrt(a)`, `np.exp(a)`).
//!
//! Semantics are numpy's, not Python's: the result dtype follows numpy 2's
//! promotion (NEP 50: a number is a Python scalar, whose kind counts but
//! not its width, so `f4 array * 2.0` stays float32 and `i8 array * 1.5`
//! is float64), an in-place result must cast to the target with numpy's
//! `same_kind` rule (else the compile-time error numpy raises at run time),
//! and each element is computed as numpy's loops do (`TExprKind::NpBinary`:
//! no ZeroDivisionError, int `//` by zero is 0). Operands broadcast as in
//! numpy, with its ValueError wording; an operand that overlaps the target
//! of an in-place operation is read from a copy (as numpy does).

use crate::base::types::Layout;
use crate::sema::arrays::{and, bin, cmp, int64, load, or, select};
use crate::sema::*;
pub(in crate::sema) mod elementwise;
mod direct;
mod exact;
mod fused;
mod masked;
mod cxfused;
mod unary;
mod unpacked;

/// Whole-array arithmetic on complex arrays is not built yet (elements
/// and slice assignment of complex arrays are).
fn complex_array_ops(span: Range<usize>) -> Diagnostic {
    Diagnostic::error("array operators, in-place operators and ufuncs of complex arrays are not supported yet")
        .at(span, "a complex array")
        .note("loop over the elements: `for i in range(len(a)): a[i] = a[i] * w`")
}

/// How numpy's promotion sees an operand: an array's dtype is strong, a
/// number is a Python scalar (weak: only its kind counts).
#[derive(Debug, Clone, Copy)]
pub(in crate::sema) enum Kind {
    Array(Scalar),
    Python(Scalar),
}

/// A numpy scalar operand of numpy's own call (a power, an in-place
/// operator on a possibly read-only view), where the runtime would pass it
/// as a Python number and numpy would promote it otherwise.
fn strong_scalar(span: &Range<usize>) -> Diagnostic {
    Diagnostic::error("this numpy scalar (an array's element or reduction) of another dtype is not supported here yet")
        .at(span.clone(), "numpy promotes the scalar's dtype here")
        .note("convert it: `float(a[0])` is a Python float (weak), `np.float32(a[0])` matches the array")
}

/// numpy's dtype kinds in the order `same_kind` casting allows: b, u, i, f.
fn kind_rank(s: Scalar) -> u8 {
    match s {
        Scalar::Bool => 0,
        Scalar::Int { signed: false, .. } => 1,
        Scalar::Int { signed: true, .. } => 2,
        Scalar::Float { .. } => 3,
    }
}

/// `np.result_type` of two dtypes (numpy's promotion table).
pub(in crate::sema) fn promote(a: Scalar, b: Scalar) -> Scalar {
    use Scalar::*;
    match (a, b) {
        (x, y) if x == y => x,
        (Bool, x) | (x, Bool) => x,
        (Float { bits: x }, Float { bits: y }) => Float { bits: x.max(y) },
        // float32 holds int8/16 and uint8/16 exactly; wider ints need float64.
        (Float { bits }, Int { bits: ib, .. }) | (Int { bits: ib, .. }, Float { bits }) => {
            if bits == 32 && ib <= 16 {
                Float { bits: 32 }
            } else {
                Scalar::F64
            }
        }
        (Int { bits: x, signed: sx }, Int { bits: y, signed: sy }) if sx == sy => Int { bits: x.max(y), signed: sx },
        (Int { bits: x, signed: sx }, Int { bits: y, .. }) => {
            let (s, u) = if sx { (x, y) } else { (y, x) };
            if s > u {
                Int { bits: s, signed: true }
            } else if u < 64 {
                Int { bits: 2 * u, signed: true }
            } else {
                Scalar::F64
            }
        }
    }
}

/// The dtype numpy 2 computes `l op r` in (NEP 50).
pub(in crate::sema) fn result_dtype(l: Kind, r: Kind) -> Scalar {
    let weak = |array: Scalar, python: Scalar| match python {
        Scalar::Bool => array,
        Scalar::Int { .. } if array == Scalar::Bool => Scalar::I64,
        Scalar::Int { .. } => array,
        _ if array.is_float() => array,
        _ => Scalar::F64,
    };
    match (l, r) {
        (Kind::Array(a), Kind::Array(b)) => promote(a, b),
        (Kind::Array(a), Kind::Python(p)) | (Kind::Python(p), Kind::Array(a)) => weak(a, p),
        (Kind::Python(a), Kind::Python(b)) => promote(a, b),
    }
}

/// numpy's `same_kind` casting: within a kind, or to a later one of b, u, i, f.
pub(in crate::sema) fn same_kind(from: Scalar, to: Scalar) -> bool {
    kind_rank(from) <= kind_rank(to)
}

/// numpy's short dtype name, as its messages print it: `float64`, `int32`, `bool`.
fn np_name(s: Scalar) -> String {
    match s {
        Scalar::Bool => "bool".into(),
        other => other.long_name(),
    }
}

/// `to` as numpy converts an elementwise result (see `TExprKind::WrapCast`).
fn wrap_cast(e: TExpr, to: Scalar) -> TExpr {
    if e.ty == to {
        return e;
    }
    let span = e.span.clone();
    TExpr { ty: to, kind: TExprKind::WrapCast(Box::new(e)), span }
}

/// numpy's `negative`: ints wrap (`0 - x`, no overflow check), floats flip the sign.
fn np_neg(x: TExpr) -> TExpr {
    let (ty, span) = (x.ty, x.span.clone());
    if ty.is_float() {
        return TExpr { ty, kind: TExprKind::Neg(Box::new(x)), span };
    }
    let zero = TExpr { ty, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
    TExpr { ty, kind: TExprKind::NpBinary(BinOp::Sub, Box::new(zero), Box::new(x)), span }
}

/// The ufunc numpy's message names for an operator.
fn ufunc_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "subtract",
        BinOp::Mul => "multiply",
        BinOp::Div => "divide",
        BinOp::FloorDiv => "floor_divide",
        BinOp::Mod => "remainder",
        BinOp::Pow => "power",
        BinOp::BitAnd => "bitwise_and",
        BinOp::BitOr => "bitwise_or",
        BinOp::BitXor => "bitwise_xor",
        BinOp::LShift => "left_shift",
        BinOp::RShift => "right_shift",
    }
}

/// One elementwise operation, typed: what to compute, in which dtype.
#[derive(Debug, Clone, Copy)]
pub(in crate::sema) struct Elem {
    pub(in crate::sema) op: ElemOp,
    /// The dtype numpy computes in (and the result's, but for comparisons).
    pub ty: Scalar,
}

#[derive(Debug, Clone, Copy)]
pub(in crate::sema) enum ElemOp {
    Bin(BinOp),
    /// numpy's fast paths for a float array to a Python scalar power
    /// (`fast_scalar_power`): `** 2` is np.square, `** -1` np.reciprocal,
    /// `** 0.5` np.sqrt.
    Square,
    Reciprocal,
    Sqrt,
    Compare(CmpOp),
    Ufunc(elementwise::Ufn),
}

impl Elem {
    /// The element `l op r`; `l` and `r` are loads or numbers of any type.
    pub(in crate::sema) fn apply(self, l: TExpr, r: TExpr, span: &Range<usize>) -> TExpr {
        let ty = self.ty;
        let (l, r) = (cast(l, ty), cast(r, ty));
        let e = |kind| TExpr { ty, kind, span: span.clone() };
        match self.op {
            ElemOp::Bin(op) => e(TExprKind::NpBinary(op, Box::new(l), Box::new(r))),
            // A shared operand (`let ... in x`, a fused complex abs) is
            // computed once: the square of its body.
            ElemOp::Square => match l.kind {
                TExprKind::Let(binds, x) => {
                    e(TExprKind::Let(binds, Box::new(e(TExprKind::Binary(BinOp::Mul, x.clone(), x)))))
                }
                _ => e(TExprKind::Binary(BinOp::Mul, Box::new(l.clone()), Box::new(l))),
            },
            ElemOp::Reciprocal => {
                let one = TExpr { ty, kind: TExprKind::Const(ConstValue::Float(1.0)), span: span.clone() };
                e(TExprKind::NpBinary(BinOp::Div, Box::new(one), Box::new(l)))
            }
            ElemOp::Sqrt => {
                cast(math::typed_call(&crate::sema::numpy::NP_SQRT, vec![cast(l, Scalar::F64)], span.clone()), ty)
            }
            ElemOp::Compare(op) => {
                TExpr { ty: Scalar::Bool, kind: TExprKind::Compare(op, Box::new(l), Box::new(r)), span: span.clone() }
            }
            ElemOp::Ufunc(u) => u.apply(l, r, ty, span),
        }
    }

    /// The dtype of the result.
    pub(in crate::sema) fn result(self) -> Scalar {
        match self.op {
            ElemOp::Compare(_) => Scalar::Bool,
            ElemOp::Ufunc(u) => u.result(self.ty),
            _ => self.ty,
        }
    }
}

/// An operand of an elementwise operation: an array (or view), or a number
/// computed once before the statement; the flag says the number is a numpy
/// scalar (`a[0]`, `np.mean(a)`), whose dtype promotes as an array's does
/// (NEP 50: `f4 array * a[0]` of a float64 `a` is float64).
#[derive(Debug, Clone)]
pub(in crate::sema) enum Operand {
    Array(ArrayRef),
    Number(TExpr, bool),
}

impl Operand {
    fn kind(&self) -> Kind {
        match self {
            Operand::Array(r) => Kind::Array(r.ty.dtype),
            Operand::Number(e, true) => Kind::Array(e.ty),
            Operand::Number(e, false) => Kind::Python(e.ty),
        }
    }

    /// Whether numpy's own call, which receives the number as a Python
    /// number, would promote it otherwise than `kind` says.
    fn strong_differs(&self, other: &Operand) -> bool {
        let Operand::Number(e, true) = self else { return false };
        result_dtype(Kind::Array(e.ty), other.kind()) != result_dtype(Kind::Python(e.ty), other.kind())
    }
}

/// An elementwise expression not yet computed (see `compute`).
#[derive(Debug, Clone)]
pub(in crate::sema) enum Tree {
    Leaf(Operand),
    Node {
        elem: Elem,
        l: Box<Tree>,
        r: Box<Tree>,
        shape: Vec<Var>,
        span: Range<usize>,
    },
    /// `np.roll(a, shift, axis)` read in place (`rolled.rs`).
    Rolled(Box<Roll>),
    /// `abs(z)` of a complex128 expression computed in the loop (`cxfused.rs`).
    Cx(Box<cxfused::CxAbs>),
    /// A tuple of numbers read as numpy's 1-d array of it, without the array.
    Tuple(Box<TupleLeaf>),
}

/// A tuple of numbers as an operand (`mask == a` of `mask = (1, 0, 1)`):
/// item `i` is read where numpy's `np.asarray(mask)[i]` would be. `slot`
/// is a stand-in array of its extent (data 0, stride 0) that the loops
/// index like any leaf; its load is never made, only its index read.
#[derive(Debug, Clone)]
pub(in crate::sema) struct TupleLeaf {
    items: Vec<TExpr>,
    slot: ArrayRef,
}

/// A rolled array leaf: element `i` of `axis` is `a`'s element `i - shift`
/// (mod `extent`); `shift` is already reduced to `0..extent`.
#[derive(Debug, Clone)]
pub(in crate::sema) struct Roll {
    pub(in crate::sema) a: ArrayRef,
    pub(in crate::sema) axis: usize,
    pub(in crate::sema) shift: TExpr,
    pub(in crate::sema) extent: TExpr,
}

impl Tree {
    fn kind(&self) -> Kind {
        match self {
            Tree::Leaf(x) => x.kind(),
            Tree::Node { elem, .. } => Kind::Array(elem.result()),
            Tree::Rolled(r) => Kind::Array(r.a.ty.dtype),
            Tree::Cx(_) => Kind::Array(Scalar::F64),
            Tree::Tuple(t) => Kind::Array(t.slot.ty.dtype),
        }
    }

    /// The extents of the array this stands for (None: a number).
    fn shape(&self) -> Option<&[Var]> {
        match self {
            Tree::Leaf(Operand::Array(a)) => Some(&a.shape),
            Tree::Leaf(Operand::Number(..)) => None,
            Tree::Node { shape, .. } => Some(shape),
            Tree::Rolled(r) => Some(&r.a.shape),
            Tree::Cx(c) => Some(&c.shape),
            Tree::Tuple(t) => Some(&t.slot.shape),
        }
    }

    /// The array leaves, left to right.
    fn arrays(&self, out: &mut Vec<ArrayRef>) {
        match self {
            Tree::Leaf(Operand::Array(a)) => out.push(a.clone()),
            Tree::Rolled(r) => out.push(r.a.clone()),
            Tree::Cx(c) => c.arrays(out),
            Tree::Tuple(t) => out.push(t.slot.clone()),
            Tree::Leaf(Operand::Number(..)) => {}
            Tree::Node { l, r, .. } => {
                l.arrays(out);
                r.arrays(out);
            }
        }
    }

    /// The data variables of the tuple leaves' stand-in arrays (no memory).
    fn tuple_slots(&self, out: &mut Vec<Var>) {
        match self {
            Tree::Tuple(t) => out.push(t.slot.data),
            Tree::Node { l, r, .. } => {
                l.tuple_slots(out);
                r.tuple_slots(out);
            }
            Tree::Leaf(_) | Tree::Rolled(_) | Tree::Cx(_) => {}
        }
    }

    /// Whether a leaf is read rolled: it is not element for element the
    /// array it names, so that array overlapping a target is a clash.
    pub(in crate::sema) fn has_roll(&self) -> bool {
        match self {
            Tree::Rolled(_) => true,
            Tree::Leaf(_) | Tree::Cx(_) | Tree::Tuple(_) => false,
            Tree::Node { l, r, .. } => l.has_roll() || r.has_roll(),
        }
    }

    /// One element: `loads` gives the array leaves' elements in `arrays` order.
    fn value(&self, loads: &mut impl Iterator<Item = TExpr>) -> TExpr {
        match self {
            Tree::Leaf(Operand::Array(_)) => loads.next().expect("one load per array leaf"),
            Tree::Leaf(Operand::Number(n, _)) => n.clone(),
            Tree::Cx(c) => c.value(loads),
            Tree::Tuple(t) => {
                let l = loads.next().expect("one load per array leaf");
                let TExprKind::Load(_, idx) = &l.kind else { unreachable!("array leaves are read by loads") };
                // The tuple's one axis is the loop nest's last.
                let i = idx[idx.len() - 1].clone();
                let (last, rest) = t.items.split_last().expect("a non-empty tuple");
                rest.iter().enumerate().rev().fold(last.clone(), |acc, (k, x)| {
                    select(cmp(CmpOp::Eq, i.clone(), int64(k as i128, &l.span)), x.clone(), acc)
                })
            }
            Tree::Node { elem, l, r, span, .. } => {
                let (l, r) = (l.value(loads), r.value(loads));
                elem.apply(l, r, span)
            }
            Tree::Rolled(r) => {
                let Roll { a, axis, shift, extent } = r.as_ref();
                let mut l = loads.next().expect("one load per array leaf");
                let TExprKind::Load(_, idx) = &mut l.kind else { unreachable!("array leaves are read by loads") };
                // The load's indices cover the loop nest; `a`'s axes are its last ones.
                let k = idx.len() - a.ty.ndim as usize + axis;
                let i = idx[k].clone();
                let back = bin(BinOp::Sub, i.clone(), shift.clone());
                let wrapped = bin(BinOp::Add, back.clone(), extent.clone());
                idx[k] = select(cmp(CmpOp::Lt, i, shift.clone()), wrapped, back);
                l
            }
        }
    }
}

const OPS_NOTE: &str = "pycc compiles + - * / // % & | ^ << >> and the comparisons elementwise on arrays, and ** with a constant exponent (a float array: 2, -1 or 0.5, numpy's fast paths; an int array: 0 to 64)";

impl Typer<'_> {
    /// Whether `e` is an elementwise expression of arrays (`a + 1.0`,
    /// `-a`, `a < b`, `np.sqrt(a)`); no side effects.
    pub(in crate::sema) fn is_array_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::BinOp(b) => self.is_array_like(&b.left) || self.is_array_like(&b.right),
            Expr::UnaryOp(u) => {
                matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert)
                    && self.is_array_like(&u.operand)
            }
            Expr::Compare(c) => {
                c.ops.len() == 1 && (self.is_array_like(&c.left) || self.is_array_like(&c.comparators[0]))
            }
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(a)
                    if self.numpy_module_of(&a.value) && crate::sema::numpy::is_ufunc(a.attr.as_str()) =>
                {
                    c.args.iter().any(|x| self.is_array_like(x))
                }
                Expr::Name(n) if n.id.as_str() == "abs" && self.builtin_abs() && c.args.len() == 1 => {
                    self.is_array_like(&c.args[0])
                }
                Expr::Attribute(a)
                    if self.numpy_module_of(&a.value) && matches!(a.attr.as_str(), "conj" | "conjugate") =>
                {
                    c.args.len() == 1 && self.is_array_like(&c.args[0])
                }
                _ => self.operator_ufunc(c).is_some_and(|e| self.is_array_expr(&e)),
            },
            _ => false,
        }
    }

    /// A tuple variable of numbers as an array operand (`mask == a` of
    /// `mask = (1, 0, 1)`): numpy's np.asarray of it, a new 1-d array of
    /// bool, int64 or float64 (numpy's dtype for Python numbers).
    pub(in crate::sema) fn tuple_operand(&mut self, e: &Expr) -> Option<ArrayRef> {
        let span = range(e);
        let (xs, dtype) = self.tuple_items(e)?;
        let ty = ArrayTy { dtype, ndim: 1, layout: crate::base::types::Layout::C, complex: false };
        let r = self.array_temp(ty, Default::default());
        let len =
            TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(xs.len() as i128)), span: span.clone() };
        self.pre.push(TStmt::Alloc {
            array: r.clone(),
            func: NpFunc::Empty,
            args: vec![NpArg::Shape(vec![len])],
            span: span.clone(),
        });
        for (k, x) in xs.into_iter().enumerate() {
            let at = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(k as i128)), span: span.clone() };
            self.pre.push(TStmt::Store { array: r.clone(), indices: vec![at], value: cast(x, dtype) });
        }
        Some(r)
    }

    /// Whether `e` names a tuple variable `tuple_leaf` may take (its items
    /// checked there; else the operand is numpy's array of it, as before).
    pub(in crate::sema) fn is_tuple_leaf(&self, e: &Expr) -> bool {
        let Expr::Name(n) = e else { return false };
        let k = self.arity.get(n.id.as_str()).copied().unwrap_or(0);
        (1..=8).contains(&k) && !self.arrays.contains_key(n.id.as_str())
    }

    /// A tuple variable of at most 8 numbers as a leaf of an elementwise
    /// tree: its items selected by the loop's index, no array made.
    fn tuple_leaf(&mut self, e: &Expr) -> Option<Tree> {
        let span = range(e);
        let (xs, dtype) = self.tuple_items(e).filter(|(xs, _)| (1..=8).contains(&xs.len()))?;
        let items = xs.into_iter().map(|x| self.index_temps_value(cast(x, dtype))).collect::<Vec<_>>();
        let ty = ArrayTy { dtype, ndim: 1, layout: Layout::A, complex: false };
        let slot = self.array_temp(ty, Default::default());
        for (v, x) in [(slot.data, 0), (slot.shape[0], items.len() as i128), (slot.strides[0], 0), (slot.owner, 0)] {
            self.pre.push(TStmt::Assign { var: v, value: int64(x, &span) });
        }
        Some(Tree::Tuple(Box::new(TupleLeaf { items, slot })))
    }

    /// The items of tuple variable `e` of numbers and numpy's dtype for
    /// them (bool, int64 or float64).
    fn tuple_items(&mut self, e: &Expr) -> Option<(Vec<TExpr>, Scalar)> {
        let Expr::Name(n) = e else { return None };
        if !self.arity.contains_key(n.id.as_str()) || self.arrays.contains_key(n.id.as_str()) {
            return None;
        }
        let span = range(e);
        let xs = self.tuple_var(n.id.as_str(), span.clone());
        let xs: Vec<TExpr> = xs
            .into_iter()
            .map(|v| match v {
                Val::Scalar(x) if matches!(x.ty, Scalar::Bool | Scalar::Int { signed: true, .. } | Scalar::F64) => {
                    Some(x)
                }
                _ => None,
            })
            .collect::<Option<_>>()?;
        let dtype = if xs.iter().any(|x| x.ty.is_float()) {
            Scalar::F64
        } else if xs.iter().all(|x| x.ty == Scalar::Bool) {
            Scalar::Bool
        } else {
            Scalar::I64
        };
        Some((xs, dtype))
    }

    /// Whether `e` stands for an array: a variable, a view, an elementwise
    /// expression or a numpy constructor.
    pub(in crate::sema) fn is_array_like(&self, e: &Expr) -> bool {
        self.array_name(e).is_some()
            || self.view_ndim(e).is_some()
            || self.is_array_expr(e)
            || matches!(e, Expr::Call(c) if self.numpy_call_makes_array(c))
            || matches!(e, Expr::Call(c) if self.array_call_ndim(c).is_some())
            || matches!(e, Expr::Subscript(s) if self.fancy_ndim(s).is_some() || self.tuple_item_ndim(s).is_some())
            || matches!(e, Expr::Attribute(_) if self.expr_ndim(e).is_some())
    }

    /// An operand: an array when `e` stands for one, else a number (bound
    /// to a temporary, so a loop computes it once).
    fn operand(&mut self, e: &Expr) -> Option<Operand> {
        if let Some(r) = self.tuple_operand(e) {
            return Some(Operand::Array(r));
        }
        if self.is_array_like(e) {
            return match self.value(e)? {
                Val::Array(r) if r.ty.complex => {
                    self.errors.push(complex_array_ops(range(e)));
                    None
                }
                Val::Array(r) => Some(Operand::Array(r)),
                _ => None,
            };
        }
        if self.is_complex(e) {
            self.errors.push(Diagnostic::error("complex arrays are not supported yet").at(range(e), "complex"));
            return None;
        }
        let strong = self.numpy_scalar(e);
        let x = self.expr(e)?;
        Some(Operand::Number(self.index_temps_value(x), strong))
    }

    /// Whether number `e` is a numpy scalar in CPython: an array's element
    /// (`a[i]`, `-a[i]`, a name bound only to elements: sema/numbers/npscalarvars.rs) or a float reduction (`np.mean(a)`, `a.sum()` of a
    /// float array), or a numpy scalar constructor's (`np.int64(k)`). Int reductions and arithmetic on numpy scalars stay
    /// weak (Python numbers), as before; so do reductions of expressions.
    pub(in crate::sema) fn numpy_scalar(&self, e: &Expr) -> bool {
        match e {
            Expr::Subscript(s) => self.expr_ndim(&s.value).is_some(),
            Expr::Name(n) => self.numpy_scalar_name(n.id.as_str()) || self.zero_d_name(n.id.as_str()),
            Expr::Call(c) if self.zero_d_call(c) => true,
            // numpy's positive of a number is numpy's scalar of its dtype.
            Expr::Call(c) if self.number_positive_call(c) => true,
            // `np.int64(k)`, `np.float32(x)`: a numpy scalar of that dtype,
            // which numpy 2 promotes by its dtype (`int32 array +
            // np.int64(k)` is int64), as numba does.
            Expr::Call(c) if self.numpy_scalar_type(c).is_some() && c.keywords.is_empty() => {
                !self.is_array_like(&c.args[0])
            }
            Expr::UnaryOp(u) => {
                matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && self.numpy_scalar(&u.operand)
            }
            Expr::Call(c) if c.keywords.is_empty() => {
                const REDUCTIONS: [&str; 8] = ["sum", "mean", "max", "min", "prod", "std", "var", "median"];
                let Expr::Attribute(f) = c.func.as_ref() else { return false };
                let array = if self.numpy_module_of(&f.value) {
                    match c.args.as_slice() {
                        [a] => a,
                        _ => return false,
                    }
                } else if c.args.is_empty() && f.attr.as_str() != "median" {
                    f.value.as_ref()
                } else {
                    return false;
                };
                let float_array = self
                    .array_name(array)
                    .and_then(|n| self.arrays.get(&n))
                    .is_some_and(|t| t.dtype.is_float() && !t.complex);
                REDUCTIONS.contains(&f.attr.as_str()) && float_array
            }
            _ => false,
        }
    }

    /// Whether `c` is `np.positive(x)` of a number `x`.
    fn number_positive_call(&self, c: &ast::ExprCall) -> bool {
        matches!(c.func.as_ref(), Expr::Attribute(f) if f.attr.as_str() == "positive" && self.numpy_module_of(&f.value))
            && c.keywords.is_empty()
            && matches!(c.args.as_slice(), [x] if !self.is_array_like(x))
    }

    /// Types `l op r` elementwise (numpy's dtype, the operations it has).
    /// `exponent` is the right operand when it is a constant.
    pub(in crate::sema) fn elem_op(
        &mut self,
        op: ast::Operator,
        l: Kind,
        r: Kind,
        exponent: Option<ConstValue>,
        span: Range<usize>,
    ) -> Option<Elem> {
        let Some(bop) = bin_op(op) else {
            self.unsupported(span, "the `@` operator is");
            return None;
        };
        let mut ty = result_dtype(l, r);
        let refuse = |t: &mut Self, why: String| {
            t.errors.push(Diagnostic::error(why).at(span.clone(), "here").note(OPS_NOTE));
            None
        };
        match bop {
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift if ty.is_float() => {
                return refuse(
                    self,
                    format!(
                        "numpy's `{}` is not defined for {} operands (numpy raises TypeError)",
                        ufunc_name(bop),
                        np_name(ty)
                    ),
                );
            }
            BinOp::LShift | BinOp::RShift if ty == Scalar::Bool => {
                return refuse(self, format!("`{}` of two bool arrays is not supported yet", ufunc_name(bop)))
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow if ty == Scalar::Bool => {
                return refuse(self, format!("numpy's `{}` of bool operands is not supported yet", ufunc_name(bop)));
            }
            // true_divide of ints is float64.
            BinOp::Div if !ty.is_float() => ty = Scalar::F64,
            _ => {}
        }
        let elem = |op| Some(Elem { op, ty });
        if bop == BinOp::Pow {
            let Kind::Array(_) = l else {
                return refuse(self, "a number to the power of an array is not supported yet".into());
            };
            return match (ty.is_float(), exponent, r) {
                (true, Some(ConstValue::Int(2)), Kind::Python(_)) => elem(ElemOp::Square),
                (true, Some(ConstValue::Int(-1)), Kind::Python(_)) => elem(ElemOp::Reciprocal),
                (true, Some(ConstValue::Float(0.5)), Kind::Python(_)) => elem(ElemOp::Sqrt),
                (false, Some(ConstValue::Int(n)), Kind::Python(_)) if (0..=64).contains(&n) => {
                    elem(ElemOp::Bin(BinOp::Pow))
                }
                _ => {
                    self.errors.push(
                        Diagnostic::error("this power of an array is not supported yet")
                            .at(span.clone(), "here")
                            .note("compiled: powers with a float result (numpy's fast paths a ** 2, a ** -1, a ** 0.5 for a float array, chosen at run time for a variable exponent as numpy does; np.power otherwise); an int array to a constant 0 to 64; in place (`**=`), the fast paths and int constants only"),
                    );
                    None
                }
            };
        }
        elem(ElemOp::Bin(bop))
    }

    /// `a[...] op= value` with a view target: numpy's in-place ufunc.
    pub(in crate::sema) fn slice_augassign(
        &mut self,
        target: &Expr,
        op: ast::Operator,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        // CPython takes the view first, then the value.
        let dst = self.array_operand(target).done()?;
        if dst.ty.complex {
            return self.cx_augassign(dst, op, value, span);
        }
        self.mark_written(&dst.name);
        if self.may_be_read_only(&dst.name) {
            return self.numpy_inplace(dst, op, value, span);
        }
        if self.fusible(value) || self.is_tuple_leaf(value) {
            return self.augassign_elementwise(dst, op, value, span);
        }
        let exponent = match value {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => literal_value(value),
            Expr::Constant(_) => literal_value(value),
            _ => None,
        };
        let src = self.operand(value)?;
        self.inplace_operand(dst, op, src, exponent, span)
    }

    /// `dst op= value` where `dst` may be numpy's read-only view: numpy's
    /// own in-place operator on it (`+= -= *= /=`), so a read-only one
    /// raises numpy's `output array is read-only` and a writable one gets
    /// numpy's result.
    fn numpy_inplace(&mut self, dst: ArrayRef, op: ast::Operator, value: &Expr, span: Range<usize>) -> Option<TStmt> {
        let func = match op {
            ast::Operator::Add => NpFunc::Iadd,
            ast::Operator::Sub => NpFunc::Isub,
            ast::Operator::Mult => NpFunc::Imul,
            ast::Operator::Div => NpFunc::Itruediv,
            _ => {
                self.no_read_only(&dst.name, "this in-place operation", &span)?;
                unreachable!("no_read_only reports a possibly read-only view")
            }
        };
        let arg = match self.operand(value)? {
            x @ Operand::Number(..) if x.strong_differs(&Operand::Array(dst.clone())) => {
                self.errors.push(strong_scalar(&span));
                return None;
            }
            Operand::Number(x, _) => NpArg::Scalar(x),
            Operand::Array(r) => NpArg::Array(r),
        };
        let var = self.fresh("inplace", Scalar::Bool);
        Some(TStmt::NpValue { var, imag: None, func, args: vec![NpArg::Array(dst), arg], span })
    }

    /// `dst op= src` with the operand computed: numpy's in-place ufunc.
    fn inplace_operand(
        &mut self,
        dst: ArrayRef,
        op: ast::Operator,
        src: Operand,
        exponent: Option<ConstValue>,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let dtype = dst.ty.dtype;
        let elem = self.inplace_elem(op, dtype, src.kind(), exponent, &span)?;
        self.check_python_int(&src, elem, &span);
        match src {
            Operand::Number(x, _) => {
                let shape = dst.shape.clone();
                Some(self.loop_nest(&shape, &span, |idx| {
                    let old = TExpr { ty: dtype, kind: TExprKind::Load(dst.clone(), idx.clone()), span: span.clone() };
                    TStmt::Store { array: dst, indices: idx, value: wrap_cast(elem.apply(old, x, &span), dtype) }
                }))
            }
            Operand::Array(src) => self.inplace_array(dst, elem, src, span),
        }
    }

    /// The elementwise operation of `dst op= x` (`x` of kind `src`), which
    /// must cast back to `dst`'s dtype (numpy's `same_kind`).
    fn inplace_elem(
        &mut self,
        op: ast::Operator,
        dtype: Scalar,
        src: Kind,
        exponent: Option<ConstValue>,
        span: &Range<usize>,
    ) -> Option<Elem> {
        let elem = self.elem_op(op, Kind::Array(dtype), src, exponent, span.clone())?;
        if !same_kind(elem.result(), dtype) {
            self.errors.push(
                Diagnostic::error(format!(
                    "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                    match elem.op {
                        ElemOp::Bin(b) => ufunc_name(b),
                        _ => "power",
                    },
                    np_name(elem.result()),
                    np_name(dtype)
                ))
                .at(span.clone(), "numpy raises UFuncTypeError (a TypeError) here")
                .note("an in-place operation keeps the array's dtype; write the result to a new array (b = a + x) or convert the operand"),
            );
            return None;
        }
        Some(elem)
    }

    /// `dst op= src` of an array operand: broadcast, read from a copy
    /// where it overlaps `dst`.
    fn inplace_array(&mut self, dst: ArrayRef, elem: Elem, src: ArrayRef, span: Range<usize>) -> Option<TStmt> {
        let dtype = dst.ty.dtype;
        let (read, from) = self.broadcast_source(&dst, src, 2, &span)?;
        let shape = dst.shape.clone();
        let update = |t: &mut Self, read: ArrayRef| {
            let dst = dst.clone();
            t.loop_nest(&shape, &span, |idx| {
                let old = TExpr { ty: dtype, kind: TExprKind::Load(dst.clone(), idx.clone()), span: span.clone() };
                let v = TExpr { ty: read.ty.dtype, kind: TExprKind::Load(read, idx.clone()), span: span.clone() };
                TStmt::Store { array: dst, indices: idx, value: wrap_cast(elem.apply(old, v, &span), dtype) }
            })
        };
        let general = update(self, read);
        if from.ty.ndim != dst.ty.ndim {
            return Some(general);
        }
        // Equal extents (the usual case): the operand read with its
        // own strides, unit ones kept, so the loop vectorizes.
        let eq = from
            .shape
            .iter()
            .zip(&dst.shape)
            .map(|(&x, &y)| cmp(CmpOp::Eq, self.i64_var(x, span.clone()), self.i64_var(y, span.clone())));
        let cond = eq.reduce(|p, q| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::And(Box::new(p), Box::new(q)),
            span: span.clone(),
        })?;
        let direct = update(self, ArrayRef { shape: dst.shape.clone(), ..from });
        Some(TStmt::If { cond, then: vec![direct], orelse: vec![general] })
    }

    /// An elementwise expression (`is_array_expr`) as a new C-ordered
    /// array, allocated by numpy and filled by loops.
    pub(in crate::sema) fn array_expr(&mut self, e: &Expr) -> Option<ArrayRef> {
        let span = range(e);
        if self.cx_involved(e) {
            return self.cx_expr(e);
        }
        match e {
            Expr::BinOp(_) | Expr::Compare(_) => match self.node(e, false)? {
                Tree::Leaf(Operand::Array(a)) => Some(a),
                Tree::Leaf(Operand::Number(..)) => unreachable!("an elementwise expression has an array operand"),
                node => self.compute(node, &span),
            },
            // `+a` of an array is numpy's positive: a copy.
            Expr::UnaryOp(u) => match self.unary_tree(u)? {
                Tree::Leaf(Operand::Array(a)) => self.map_array(a.clone(), a.ty.dtype, &span, |x| x),
                Tree::Leaf(Operand::Number(..)) => unreachable!("an elementwise expression has an array operand"),
                node => self.compute(node, &span),
            },
            Expr::Call(c) if self.elem_ufunc(c).is_some() => self.ufunc_array(c),
            Expr::Call(c) if self.fast_power(c).is_some() => {
                match self.node(&self.fast_power(c).expect("checked"), true)? {
                    Tree::Leaf(Operand::Array(a)) => Some(a),
                    Tree::Leaf(Operand::Number(..)) => unreachable!("np.power of an array operand"),
                    node => self.compute(node, &span),
                }
            }
            Expr::Call(c) => match self.operator_ufunc(c) {
                Some(e) => self.array_expr(&e),
                None => self.ufunc_of_array(c, span),
            },
            _ => unreachable!("is_array_expr checked"),
        }
    }

    /// `np.add(x, y)`, `np.less(x, y)`, ... (the ufuncs of Python's
    /// operators, two positional arguments): the operator expression they
    /// compute, typed as that expression when an operand is an array.
    pub(in crate::sema) fn operator_ufunc(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !self.numpy_module_of(&f.value) || !c.keywords.is_empty() {
            return None;
        }
        // numpy's positive is unary `+` (a copy of an array; a TypeError
        // of bools, as `+` of a bool array).
        if f.attr.as_str() == "positive" && c.args.len() == 1 {
            let operand = Box::new(c.args[0].clone());
            return Some(Expr::UnaryOp(ast::ExprUnaryOp { range: c.range, op: ast::UnaryOp::UAdd, operand }));
        }
        if c.args.len() != 2 {
            return None;
        }
        let (l, r, range) = (Box::new(c.args[0].clone()), c.args[1].clone(), c.range);
        Some(match operator_of(f.attr.as_str())? {
            OperatorUfunc::Bin(op) => Expr::BinOp(ast::ExprBinOp { range, left: l, op, right: Box::new(r) }),
            OperatorUfunc::Cmp(op) => {
                Expr::Compare(ast::ExprCompare { range, left: l, ops: vec![op], comparators: vec![r] })
            }
        })
    }

    /// An operand as a tree: an elementwise operator expression stays
    /// uncomputed (fused into its parent's loop), anything else is a leaf.
    fn tree(&mut self, e: &Expr) -> Option<Tree> {
        if self.cx_involved(e) {
            if let Some(t) = self.cx_abs_tree(e)? {
                return Some(t);
            }
            return self.cx_expr(e).map(|a| Tree::Leaf(Operand::Array(a)));
        }
        if let Some(t) = self.tuple_leaf(e) {
            return Some(t);
        }
        match e {
            Expr::BinOp(_) | Expr::Compare(_) if self.is_array_expr(e) => self.node(e, false),
            Expr::UnaryOp(u) if self.is_array_expr(e) => self.unary_tree(u),
            Expr::Call(c) if self.elem_ufunc(c).is_some() && self.is_array_expr(e) => self.ufunc_node(c),
            Expr::Call(c) if self.fast_power(c).is_some() => self.node(&self.fast_power(c).expect("checked"), true),
            // `np.bitwise_and(x, y)`, `np.add(x, y)`: the operator's node.
            Expr::Call(c) if self.operator_ufunc(c).is_some_and(|o| self.is_array_expr(&o)) => {
                match self.operator_ufunc(c).expect("checked") {
                    Expr::UnaryOp(u) => self.unary_tree(&u),
                    o => self.node(&o, false),
                }
            }
            _ => self.operand(e).map(Tree::Leaf),
        }
    }

    /// An operand of a node: `np.roll(...)` read in place, else a tree.
    fn operand_tree(&mut self, e: &Expr) -> Option<Tree> {
        decide!(self.rolled(e));
        self.tree(e)
    }

    /// `l op r` (or a comparison) as a tree node: its operands typed in
    /// Python's order, then numpy's checks for this node (Python ints, the
    /// broadcast), so errors come in numpy's order.
    /// `np_power`: `e` is `np.power(x, k)` as `x ** k` (`fast_power`),
    /// which only a float array `x` computes elementwise.
    fn node(&mut self, e: &Expr, np_power: bool) -> Option<Tree> {
        let span = range(e);
        let (elem, l, r) = match e {
            Expr::BinOp(b) => {
                let exponent = match b.right.as_ref() {
                    r @ (Expr::Constant(_) | Expr::UnaryOp(_)) => literal_value(r),
                    _ => None,
                };
                let l = self.operand_tree(&b.left);
                let r = self.operand_tree(&b.right);
                let (l, r) = (l?, r?);
                // A float power that numpy's fast paths do not take (an array
                // exponent, a number base, another constant) is np.power itself.
                let fast = matches!(exponent, Some(ConstValue::Int(2 | -1)))
                    || matches!(exponent, Some(ConstValue::Float(x)) if x == 0.5);
                let number_exponent = matches!(
                    (&l, &r),
                    (Tree::Leaf(Operand::Array(_)) | Tree::Node { .. } | Tree::Cx(_), Tree::Leaf(Operand::Number(..)))
                );
                let float = result_dtype(l.kind(), r.kind()).is_float();
                let bool_exponent = matches!(&r, Tree::Leaf(Operand::Number(x, _)) if x.ty == Scalar::Bool);
                let k = UFUNCS.iter().position(|(n, _)| *n == "power").expect("listed");
                let int_base = np_power && !matches!(l.kind(), Kind::Array(Scalar::Float { .. }));
                if b.op == ast::Operator::Pow
                    && (int_base || float && !(number_exponent && (fast || exponent.is_none()) && !bool_exponent))
                {
                    let (l, r) = (self.materialize(l, &span)?, self.materialize(r, &span)?);
                    return self.ufunc_call(k, l, r, &span).map(|a| Tree::Leaf(Operand::Array(a)));
                }
                if let (ast::Operator::Pow, true, None) = (b.op, float, &exponent) {
                    let (l, r) = (self.materialize(l, &span)?, self.materialize(r, &span)?);
                    let out = match (&l, &r) {
                        (Operand::Array(a), Operand::Number(x, false)) if a.ty.dtype.is_float() => {
                            self.variable_power(a.clone(), x.clone(), &span)
                        }
                        // numpy's fast paths are for float arrays only.
                        _ => self.ufunc_call(k, l, r, &span),
                    };
                    return out.map(|a| Tree::Leaf(Operand::Array(a)));
                }
                (self.elem_op(b.op, l.kind(), r.kind(), exponent, span.clone())?, l, r)
            }
            Expr::Compare(c) => {
                let l = self.operand_tree(&c.left);
                let r = self.operand_tree(&c.comparators[0]);
                let (l, r) = (l?, r?);
                let Some(op) = cmp_op(c.ops[0]) else {
                    self.unsupported(span, "`is`, `is not`, `in` and `not in` on arrays are");
                    return None;
                };
                // numpy 2 compares a Python int with an int array by value
                // (`uint8 array == -1` is False): in a type that holds both.
                let ty = match (l.kind(), r.kind()) {
                    (Kind::Array(a @ Scalar::Int { .. }), Kind::Python(p @ Scalar::Int { .. }))
                    | (Kind::Python(p @ Scalar::Int { .. }), Kind::Array(a @ Scalar::Int { .. })) => promote(a, p),
                    (l, r) => result_dtype(l, r),
                };
                (Elem { op: ElemOp::Compare(op), ty }, l, r)
            }
            _ => unreachable!("tree checked"),
        };
        if !matches!(elem.op, ElemOp::Compare(_)) {
            for x in [&l, &r] {
                if let Tree::Leaf(n) = x {
                    self.check_python_int(n, elem, &span);
                }
            }
        }
        let shape = match (l.shape(), r.shape()) {
            (Some(a), Some(b)) => {
                let (a, b) = (a.to_vec(), b.to_vec());
                self.broadcast_shapes(&a, &b, &span)
            }
            (Some(a), None) | (None, Some(a)) => a.to_vec(),
            (None, None) => unreachable!("an elementwise expression has an array operand"),
        };
        Some(Tree::Node { elem, l: Box::new(l), r: Box::new(r), shape, span })
    }

    /// A tree's value as an operand: a node computed into a new array.
    fn materialize(&mut self, t: Tree, span: &Range<usize>) -> Option<Operand> {
        match t {
            Tree::Leaf(x) => Some(x),
            node => self.compute(node, span).map(Operand::Array),
        }
    }

    /// A node computed into a new array by one loop nest over its shape:
    /// each element goes through the tree's operations in their dtypes,
    /// which gives numpy's values without numpy's temporaries.
    fn compute(&mut self, t: Tree, span: &Range<usize>) -> Option<ArrayRef> {
        let (dtype, shape) = match &t {
            Tree::Node { elem, shape, .. } => (elem.result(), shape.clone()),
            Tree::Rolled(r) => (r.a.ty.dtype, r.a.shape.clone()),
            Tree::Cx(c) => (Scalar::F64, c.shape.clone()),
            Tree::Tuple(t) => (t.slot.ty.dtype, t.slot.shape.clone()),
            Tree::Leaf(_) => unreachable!("callers pass nodes"),
        };
        let mut leaves = Vec::new();
        t.arrays(&mut leaves);
        // One array operand: the result keeps its memory order (order 'K').
        let like = if leaves.len() == 1 { Some(leaves[0].clone()) } else { None };
        let any_order = leaves.iter().any(|a| a.ty.ndim == 2 && a.ty.layout != Layout::C);
        // A lone operand too: numpy's ufunc orders the result as nditer
        // does, which a broadcast (stride 0) axis does not sway, where
        // empty_like's stride sort would make `np.broadcast_to(v, (n, m)) + 0.0`
        // Fortran ordered.
        let (out, c_order) = if shape.len() == 2 && any_order {
            self.new_array_k2(dtype, &shape, &leaves, span)
        } else {
            (self.new_array(dtype, &shape, like.as_ref(), span), None)
        };
        let fill_into = |s: &mut Self, reads: Vec<ArrayRef>, shape: &[Var], out: &ArrayRef| -> TStmt {
            let at = ArrayRef { shape: shape.to_vec(), ..out.clone() };
            let t = t.clone();
            s.loop_nest(shape, span, |idx| {
                let mut loads = reads.into_iter().map(|a| TExpr {
                    ty: a.ty.dtype,
                    kind: TExprKind::Load(a, idx.clone()),
                    span: span.clone(),
                });
                let v = t.value(&mut loads);
                TStmt::Store { array: at, indices: idx, value: cast(v, dtype) }
            })
        };
        // A result whose order is chosen at run time has run-time strides,
        // and a store through them does not vectorize: the C-ordered case
        // (the usual one) stores through the buffer's own unit stride.
        let fill = |s: &mut Self, reads: Vec<ArrayRef>, shape: &[Var]| -> TStmt {
            let Some((forder, buf)) = &c_order else { return fill_into(s, reads, shape, &out) };
            let then = vec![fill_into(s, reads.clone(), shape, &out)];
            let orelse = vec![fill_into(s, reads, shape, buf)];
            let cond = TExpr { ty: Scalar::Bool, kind: TExprKind::Var(*forder), span: span.clone() };
            TStmt::If { cond, then, orelse }
        };
        // An operand with the result's own extents is read as it is (its
        // unit stride kept, so the loop vectorizes); others broadcast.
        let direct = leaves.iter().all(|a| a.shape == shape);
        let reads = self.reads_at(&leaves, &shape, span);
        let general = fill(self, reads, &shape);
        let first = leaves[0].clone();
        if direct || leaves.iter().any(|a| a.ty.ndim != first.ty.ndim) || first.ty.ndim as usize != shape.len() {
            self.pre.push(general);
            return Some(out);
        }
        // Operands of one ndim usually have equal extents: that case reads
        // them all as they are.
        let eq = leaves[1..]
            .iter()
            .flat_map(|a| a.shape.iter().zip(&first.shape))
            .map(|(&x, &y)| cmp(CmpOp::Eq, self.i64_var(x, span.clone()), self.i64_var(y, span.clone())))
            .collect::<Vec<_>>();
        let Some(cond) = eq.into_iter().reduce(|p, q| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::And(Box::new(p), Box::new(q)),
            span: span.clone(),
        }) else {
            self.pre.push(general);
            return Some(out);
        };
        let reads = leaves.iter().map(|a| ArrayRef { shape: first.shape.clone(), ..a.clone() }).collect();
        let same = fill(self, reads, &first.shape);
        self.pre.push(TStmt::If { cond, then: vec![same], orelse: vec![general] });
        Some(out)
    }

    /// `f(a)` for every element of array `a` into a new C-ordered array of `dtype`.
    fn map_array(
        &mut self,
        a: ArrayRef,
        dtype: Scalar,
        span: &Range<usize>,
        f: impl FnOnce(TExpr) -> TExpr,
    ) -> Option<ArrayRef> {
        let out = self.new_array(dtype, &a.shape, Some(&a), span);
        let at = ArrayRef { shape: a.shape.clone(), ..out.clone() };
        let shape = a.shape.clone();
        let sp = span.clone();
        let stmt = self.loop_nest(&shape, span, move |idx| {
            let v = f(TExpr { ty: a.ty.dtype, kind: TExprKind::Load(a, idx.clone()), span: sp });
            TStmt::Store { array: at, indices: idx, value: cast(v, dtype) }
        });
        self.pre.push(stmt);
        Some(out)
    }

    /// A new array of `dtype` with extents `shape`: C-ordered (np.empty),
    /// or in `like`'s memory order (np.empty_like, numpy's order 'K', which
    /// a ufunc's result has) when `like` is the one array operand and may
    /// not be C-ordered.
    fn new_array(&mut self, dtype: Scalar, shape: &[Var], like: Option<&ArrayRef>, span: &Range<usize>) -> ArrayRef {
        let like = like.filter(|a| a.ty.ndim >= 2 && a.ty.layout != Layout::C);
        let layout = like.map_or(Layout::C, |a| a.ty.layout);
        let out =
            self.array_temp(ArrayTy { dtype, ndim: shape.len() as u32, layout, complex: false }, Default::default());
        let (func, args) = match like {
            Some(a) => (NpFunc::EmptyLike, vec![NpArg::Array(a.clone())]),
            None => (NpFunc::Empty, vec![NpArg::Shape(shape.iter().map(|&v| self.i64_var(v, span.clone())).collect())]),
        };
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span: span.clone() });
        out
    }

    /// A new 2-d array in the memory order numpy gives the result of
    /// several operands (order 'K', `npyiter_find_best_axis_ordering`):
    /// Fortran order when some operand spans both axes (no extent 1; a
    /// broadcast axis has stride 0 and does not vote) and every such
    /// operand has the larger stride on axis 1, else C order, which wins
    /// conflicts. It matters beyond strides: a later reduction of the
    /// array sums in memory order (`np.sum(A.T - v)`).
    /// Also gives the order's variable and the buffer (C-ordered, its
    /// unit stride static) that is the result when the variable is false.
    fn new_array_k2(
        &mut self,
        dtype: Scalar,
        shape: &[Var],
        leaves: &[ArrayRef],
        span: &Range<usize>,
    ) -> (ArrayRef, Option<(Var, ArrayRef)>) {
        let v = |s: &Self, x: Var| s.i64_var(x, span.clone());
        let Some(forder) = self.k2_fortran(leaves, span) else {
            return (self.new_array(dtype, shape, None, span), None);
        };
        let f = self.fresh("forder", Scalar::Bool);
        self.pre.push(TStmt::Assign { var: f, value: forder });
        let fv = || TExpr { ty: Scalar::Bool, kind: TExprKind::Var(f), span: span.clone() };
        // The buffer is a C-ordered (d1, d0) array when Fortran order is
        // chosen; the result is its transpose, a view by descriptor.
        let (d0, d1) = (v(self, shape[0]), v(self, shape[1]));
        let store_shape = vec![select(fv(), d1.clone(), d0.clone()), select(fv(), d0, d1)];
        let c_ty = ArrayTy { dtype, ndim: 2, layout: Layout::C, complex: false };
        let buf = self.array_temp(c_ty, Default::default());
        self.pre.push(TStmt::Alloc {
            array: buf.clone(),
            func: NpFunc::Empty,
            args: vec![NpArg::Shape(store_shape)],
            span: span.clone(),
        });
        let out = self.array_temp(ArrayTy { layout: Layout::A, ..c_ty }, Default::default());
        let (s0, s1) = (v(self, buf.strides[0]), v(self, buf.strides[1]));
        let values = [
            (out.data, v(self, buf.data)),
            (out.owner, v(self, buf.owner)),
            (out.shape[0], v(self, shape[0])),
            (out.shape[1], v(self, shape[1])),
            (out.strides[0], select(fv(), s1.clone(), s0.clone())),
            (out.strides[1], select(fv(), s0, s1)),
        ];
        for (var, value) in values {
            self.pre.push(TStmt::Assign { var, value });
        }
        (out, Some((f, buf)))
    }

    /// Whether numpy's order 'K' result of the 2-d `leaves` is Fortran
    /// ordered (`new_array_k2`'s rule), at run time; None when no leaf is 2-d.
    pub(in crate::sema) fn k2_fortran(&mut self, leaves: &[ArrayRef], span: &Range<usize>) -> Option<TExpr> {
        let v = |s: &Self, x: Var| s.i64_var(x, span.clone());
        let both = |op: fn(Box<TExpr>, Box<TExpr>) -> TExprKind, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::Bool,
            kind: op(Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let abs = |x: TExpr| {
            let neg = TExpr { ty: Scalar::I64, kind: TExprKind::Neg(Box::new(x.clone())), span: span.clone() };
            select(cmp(CmpOp::Lt, x.clone(), int64(0, span)), neg, x)
        };
        let (mut any, mut all) = (None::<TExpr>, None::<TExpr>);
        for a in leaves.iter().filter(|a| a.ty.ndim == 2) {
            let extents = both(
                TExprKind::And,
                cmp(CmpOp::Ne, v(self, a.shape[0]), int64(1, span)),
                cmp(CmpOp::Ne, v(self, a.shape[1]), int64(1, span)),
            );
            // nditer's ordering skips an operand with a zero stride on either axis.
            let strided = both(
                TExprKind::And,
                cmp(CmpOp::Ne, v(self, a.strides[0]), int64(0, span)),
                cmp(CmpOp::Ne, v(self, a.strides[1]), int64(0, span)),
            );
            let spans = both(TExprKind::And, extents, strided);
            let wider = cmp(CmpOp::Gt, abs(v(self, a.strides[1])), abs(v(self, a.strides[0])));
            let not_spans =
                TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(spans.clone())), span: span.clone() };
            let votes_f = both(TExprKind::Or, not_spans, wider);
            any = Some(match any {
                Some(p) => both(TExprKind::Or, p, spans),
                None => spans,
            });
            all = Some(match all {
                Some(p) => both(TExprKind::And, p, votes_f),
                None => votes_f,
            });
        }
        Some(both(TExprKind::And, any?, all?))
    }

    /// numpy 2's OverflowError for a Python int operand that the dtype
    /// computed in cannot hold (`uint8 array + 300`, `+= -1`).
    fn check_python_int(&mut self, x: &Operand, elem: Elem, span: &Range<usize>) {
        let Operand::Number(n, false) = x else { return };
        if !matches!((n.ty, elem.ty), (Scalar::Int { .. }, Scalar::Int { .. })) || n.ty == elem.ty {
            return;
        }
        let back =
            TExpr { ty: n.ty, kind: TExprKind::WrapCast(Box::new(wrap_cast(n.clone(), elem.ty))), span: span.clone() };
        let mut out = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Ne, Box::new(back), Box::new(n.clone())),
            span: span.clone(),
        };
        // Between signed and unsigned of one width the round trip is exact:
        // the sign of the signed side tells.
        let negative = match (n.ty, elem.ty) {
            (Scalar::Int { signed: true, .. }, Scalar::Int { signed: false, .. }) => Some(n.clone()),
            (Scalar::Int { signed: false, .. }, Scalar::Int { signed: true, .. }) => {
                Some(wrap_cast(n.clone(), elem.ty))
            }
            _ => None,
        };
        if let Some(x) = negative {
            let zero = TExpr { ty: x.ty, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
            let below = TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Compare(CmpOp::Lt, Box::new(x), Box::new(zero)),
                span: span.clone(),
            };
            out = TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(out), Box::new(below)), span: span.clone() };
        }
        let unsigned = matches!(n.ty, Scalar::Int { signed: false, .. });
        let args = vec![
            wrap_cast(n.clone(), Scalar::I64),
            int64(unsigned as i128, span),
            int64(elem.ty.format_char() as i128, span),
        ];
        self.pre.push(TStmt::If {
            cond: out,
            then: vec![TStmt::Fail { symbol: crate::abi::runtime::PYTHON_INT_ERROR_FN, args, span: span.clone() }],
            orelse: Vec::new(),
        });
    }

    /// The broadcast shape of `a` and `b` (right-aligned; equal extents or
    /// 1), after numpy's ValueError check.
    fn broadcast_shapes(&mut self, a: &[Var], b: &[Var], span: &Range<usize>) -> Vec<Var> {
        let (na, nb) = (a.len(), b.len());
        let n = na.max(nb);
        let mut bad: Option<TExpr> = None;
        let mut shape = Vec::new();
        for k in 0..n {
            let (ka, kb) = ((k + na).checked_sub(n), (k + nb).checked_sub(n));
            let v = match (ka, kb) {
                (Some(i), None) => a[i],
                (None, Some(j)) => b[j],
                (Some(i), Some(j)) => {
                    let (x, y) = (self.i64_var(a[i], span.clone()), self.i64_var(b[j], span.clone()));
                    let one = |e: &TExpr| cmp(CmpOp::Eq, e.clone(), int64(1, span));
                    let not =
                        |e: TExpr| TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(e)), span: span.clone() };
                    let and = |p: TExpr, q: TExpr| TExpr {
                        ty: Scalar::Bool,
                        kind: TExprKind::And(Box::new(p), Box::new(q)),
                        span: span.clone(),
                    };
                    let differs = and(cmp(CmpOp::Ne, x.clone(), y.clone()), and(not(one(&x)), not(one(&y))));
                    bad = Some(match bad {
                        None => differs,
                        Some(b) => TExpr {
                            ty: Scalar::Bool,
                            kind: TExprKind::Or(Box::new(b), Box::new(differs)),
                            span: span.clone(),
                        },
                    });
                    let ext = self.temp_i64(select(one(&x), y, x));
                    let TExprKind::Var(v) = ext.kind else { unreachable!("temp_i64 of a select is a variable") };
                    v
                }
                (None, None) => unreachable!("k < max(na, nb)"),
            };
            shape.push(v);
        }
        if let Some(bad) = bad {
            let fail = self.broadcast_error_shapes(1, a, b, span);
            self.pre.push(TStmt::If { cond: bad, then: vec![fail], orelse: Vec::new() });
        }
        shape
    }

    /// The failure `pycc_broadcast_error` for shapes `x` and `y`;
    /// `mode` picks numpy's wording (runtime_buffer.c).
    pub(in crate::sema) fn broadcast_fail(&self, mode: i128, x: &ArrayRef, y: &ArrayRef, span: &Range<usize>) -> TStmt {
        self.broadcast_error_shapes(mode, &x.shape, &y.shape, span)
    }

    fn broadcast_error_shapes(&self, mode: i128, x: &[Var], y: &[Var], span: &Range<usize>) -> TStmt {
        let x: Vec<TExpr> = x.iter().map(|&v| self.i64_var(v, span.clone())).collect();
        let y: Vec<TExpr> = y.iter().map(|&v| self.i64_var(v, span.clone())).collect();
        broadcast_fail_exprs(mode, x, y, span)
    }

    /// Each of `leaves` read at extents `shape` (already checked to
    /// broadcast): as it is where its extents are those variables.
    fn reads_at(&mut self, leaves: &[ArrayRef], shape: &[Var], span: &Range<usize>) -> Vec<ArrayRef> {
        leaves
            .iter()
            .map(|a| if a.shape == shape { a.clone() } else { self.broadcast_read(a.clone(), shape, span) })
            .collect()
    }

    /// `a` read as an array of extents `shape` (already checked to
    /// broadcast): an axis of extent 1, or missing on the left, has stride 0.
    fn broadcast_read(&mut self, a: ArrayRef, shape: &[Var], span: &Range<usize>) -> ArrayRef {
        let (n, na) = (shape.len(), a.shape.len());
        let itemsize = i128::from(a.ty.itemsize());
        let mut strides = Vec::new();
        for k in 0..n {
            let Some(i) = (k + na).checked_sub(n) else {
                strides.push(self.counter_const(0, span));
                continue;
            };
            let stride = if Some(i as u32) == a.ty.unit_axis() {
                int64(itemsize, span)
            } else {
                self.i64_var(a.strides[i], span.clone())
            };
            let one = cmp(CmpOp::Eq, self.i64_var(a.shape[i], span.clone()), int64(1, span));
            let s = self.temp_i64(select(one, int64(0, span), stride));
            let TExprKind::Var(v) = s.kind else { unreachable!("temp_i64 of a select is a variable") };
            strides.push(v);
        }
        ArrayRef { shape: shape.to_vec(), strides, ty: ArrayTy { ndim: n as u32, layout: Layout::A, ..a.ty }, ..a }
    }

    /// `np.<ufunc>(a)` of an array for the ufuncs numpy computes: one numpy
    /// call on the whole array (numpy's own SIMD bits). The exact ones
    /// (sqrt, abs, square, negative, floor, ...) are `elementwise::Ufn`
    /// nodes, fused into the elementwise loop.
    fn ufunc_of_array(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        // The builtin `abs` of an array is numpy's absolute.
        let name = match c.func.as_ref() {
            // np.conj is numpy's alias of conjugate (of a real array a copy).
            Expr::Attribute(f) if f.attr.as_str() == "conj" => "conjugate",
            Expr::Attribute(f) => f.attr.as_str(),
            _ => "absolute",
        };
        if let (Some(k), [x, y], true) =
            (UFUNCS.iter().position(|(n, arity)| *n == name && *arity == 2), c.args.as_slice(), c.keywords.is_empty())
        {
            let l = self.operand(x);
            let r = self.operand(y);
            let (l, r) = (l?, r?);
            return self.ufunc_call(k, l, r, &span);
        }
        if c.args.len() != 1 || !c.keywords.is_empty() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() of an array is compiled with one positional argument only"))
                    .at(span, "here")
                    .note("two-argument ufuncs of arrays, out=, where=, dtype= and axis= are not supported yet"),
            );
            return None;
        }
        let Some(Operand::Array(a)) = self.operand(&c.args[0]) else {
            return None;
        };
        let Some(k) = UFUNCS.iter().position(|(n, arity)| *n == name && *arity == 1) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() of an array is not supported yet")).at(span, "here").note("one-argument ufuncs of arrays are compiled; two-argument ones (np.arctan2, np.hypot, ...) are not yet"));
            return None;
        };
        // numpy's loop: for the float functions float64 for 32- and 64-bit
        // ints, float32 for 16-bit ones (8-bit ints and bools: float16).
        let dtype = match crate::sema::ufuncloops::called_ufunc_dtype(name, &[Kind::Array(a.ty.dtype)]) {
            Ok(d) => d,
            Err(_) => {
                self.errors.push(Diagnostic::error(format!("numpy.{name}() of {} arrays is not supported yet", np_name(a.ty.dtype))).at(span, "here").note("ufuncs of float32 and float64 arrays are compiled (and np.abs of int arrays); numpy gives ints float16, float32 or float64 results by width"));
                return None;
            }
        };
        // numpy's result keeps a contiguous input's order (order='K').
        let layout = if a.ty.ndim == 1 { Layout::C } else { a.ty.layout };
        let out = self.array_temp(ArrayTy { dtype, ndim: a.ty.ndim, layout, complex: false }, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Ufunc(k), args: vec![NpArg::Array(a)], span });
        Some(out)
    }

    /// `np.<UFUNCS[k]>(l, r)` with an array operand: one numpy call on the
    /// whole arrays (numpy broadcasts, computes with its own SIMD code and
    /// raises its own errors); float results only.
    fn ufunc_call(&mut self, k: usize, l: Operand, r: Operand, span: &Range<usize>) -> Option<ArrayRef> {
        if l.strong_differs(&r) || r.strong_differs(&l) {
            self.errors.push(strong_scalar(span));
            return None;
        }
        let dtype = match crate::sema::ufuncloops::called_ufunc_dtype(UFUNCS[k].0, &[l.kind(), r.kind()]) {
            Ok(d) => d,
            Err(why) => {
                self.errors.push(Diagnostic::error(why).at(span.clone(), "here"));
                return None;
            }
        };
        let arrays: Vec<&ArrayRef> = [&l, &r]
            .into_iter()
            .filter_map(|x| match x {
                Operand::Array(a) => Some(a),
                _ => None,
            })
            .collect();
        let ndim = arrays.iter().map(|a| a.ty.ndim).max().expect("an array operand");
        // order='K': C when every operand is, else whatever the strides give.
        let layout = if ndim == 1 || arrays.iter().all(|a| a.ty.layout == Layout::C) { Layout::C } else { Layout::A };
        let arg = |x: Operand| match x {
            Operand::Array(a) => NpArg::Array(a),
            Operand::Number(n, _) => NpArg::Scalar(n),
        };
        let out = self.array_temp(ArrayTy { dtype, ndim, layout, complex: false }, Default::default());
        self.pre.push(TStmt::Alloc {
            array: out.clone(),
            func: NpFunc::Ufunc(k),
            args: vec![arg(l), arg(r)],
            span: span.clone(),
        });
        Some(out)
    }

    /// `a ** x` for a float array and a number variable: numpy's
    /// `fast_scalar_power` chooses by the value at run time (a Python int 2
    /// or -1: np.square or np.reciprocal; a float 0.5: np.sqrt), else np.power.
    fn variable_power(&mut self, a: ArrayRef, x: TExpr, span: &Range<usize>) -> Option<ArrayRef> {
        let dtype = a.ty.dtype;
        let k = UFUNCS.iter().position(|(n, _)| *n == "power").expect("listed");
        let name = format!("$power{}", self.temps);
        self.temps += 1;
        let saved = std::mem::take(&mut self.pre);
        // Each way computes into its own array, then binds it to `name`.
        let branch = |t: &mut Self, way: Option<ElemOp>| -> Option<Vec<TStmt>> {
            let out = match way {
                Some(op) => {
                    let elem = Elem { op, ty: dtype };
                    let sp = span.clone();
                    let unused = x.clone();
                    t.map_array(a.clone(), dtype, span, move |v| elem.apply(v, unused, &sp))?
                }
                None => t.ufunc_call(k, Operand::Array(a.clone()), Operand::Number(x.clone(), false), span)?,
            };
            let (vars, values) = t.bind_array(&name, out, span.clone())?.into_iter().unzip();
            let mut stmts = std::mem::take(&mut t.pre);
            stmts.push(TStmt::ParallelAssign { vars, values });
            Some(stmts)
        };
        let ways = if x.ty.is_float() {
            vec![(0.5, Some(ElemOp::Sqrt))]
        } else {
            vec![(2.0, Some(ElemOp::Square)), (-1.0, Some(ElemOp::Reciprocal))]
        };
        let general = branch(self, None);
        let mut chosen = Vec::new();
        for (value, op) in &ways {
            chosen.push((*value, branch(self, *op)));
        }
        self.pre = saved;
        let mut stmts = general?;
        for (value, body) in chosen.into_iter().rev() {
            let c = match x.ty {
                Scalar::Float { .. } => ConstValue::Float(value),
                _ => ConstValue::Int(value as i128),
            };
            let constant = TExpr { ty: x.ty, kind: TExprKind::Const(c), span: span.clone() };
            // An unsigned exponent is never -1.
            if value < 0.0 && matches!(x.ty, Scalar::Int { signed: false, .. }) {
                continue;
            }
            let cond = TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Compare(CmpOp::Eq, Box::new(x.clone()), Box::new(constant)),
                span: span.clone(),
            };
            stmts = vec![TStmt::If { cond, then: body?, orelse: stmts }];
        }
        self.pre.extend(stmts);
        Some(self.array_ref(&name))
    }
}

/// `pycc_broadcast_error(mode, shape x, shape y)` (extents as int64s):
/// the 3-extent form up to 3-d, else the 32-extent one.
pub(in crate::sema) fn broadcast_fail_exprs(mode: i128, x: Vec<TExpr>, y: Vec<TExpr>, span: &Range<usize>) -> TStmt {
    use crate::abi::runtime::{BROADCAST_ERROR_FN, BROADCAST_ERROR_ND_FN};
    let wide = x.len().max(y.len()) > 3;
    let (symbol, width) =
        if wide { (BROADCAST_ERROR_ND_FN, crate::sema::numpy::MAX_NDIM) } else { (BROADCAST_ERROR_FN, 3) };
    let mut args = vec![int64(x.len() as i128 | mode << 8, span), int64(y.len() as i128, span)];
    for mut dims in [x, y] {
        dims.resize_with(width, || int64(0, span));
        args.extend(dims);
    }
    TStmt::Fail { symbol, args, span: span.clone() }
}

/// The Python operator a numpy ufunc of two operands computes.
#[derive(Clone, Copy)]
pub(in crate::sema) enum OperatorUfunc {
    Bin(ast::Operator),
    Cmp(ast::CmpOp),
}

/// `np.add` is `+`, `np.less` is `<`, ... (the ufuncs of Python's operators).
pub(in crate::sema) fn operator_of(name: &str) -> Option<OperatorUfunc> {
    use ast::{CmpOp as C, Operator as O};
    use OperatorUfunc::{Bin, Cmp};
    Some(match name {
        "add" => Bin(O::Add),
        "subtract" => Bin(O::Sub),
        "multiply" => Bin(O::Mult),
        "divide" | "true_divide" => Bin(O::Div),
        "floor_divide" => Bin(O::FloorDiv),
        "remainder" | "mod" => Bin(O::Mod),
        "bitwise_and" => Bin(O::BitAnd),
        "bitwise_or" => Bin(O::BitOr),
        "bitwise_xor" => Bin(O::BitXor),
        "left_shift" => Bin(O::LShift),
        "right_shift" => Bin(O::RShift),
        "less" => Cmp(C::Lt),
        "less_equal" => Cmp(C::LtE),
        "greater" => Cmp(C::Gt),
        "greater_equal" => Cmp(C::GtE),
        "equal" => Cmp(C::Eq),
        "not_equal" => Cmp(C::NotEq),
        _ => return None,
    })
}
