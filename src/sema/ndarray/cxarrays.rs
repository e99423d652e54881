//! Arithmetic and ufuncs of complex arrays (`E * np.conj(w)`,
//! `X + Y[:, None] * 1j`, `a - x - 1j * y`, `abs(z)`, `np.abs(z)`,
//! `z == w`): each operation is one call of numpy's own ufunc on the whole
//! operands (`NpFunc::Op`), so the values are numpy's complex loops' bits
//! (its multiply, its Smith division, its hypot for `absolute`) and the
//! result dtype numpy's (NEP 50: `f4 array * 1j` is complex64). A
//! number operand is passed as a Python complex, float or int.

use crate::base::types::Layout;
use crate::sema::arrayops::promote;
use crate::sema::*;

/// How numpy's promotion sees an operand: the dtype (a complex dtype by
/// its part type) and whether it is a Python number (weak).
#[derive(Debug, Clone, Copy)]
struct CKind {
    part: Scalar,
    complex: bool,
    weak: bool,
}

/// numpy 2's result dtype of a binary ufunc on `a` and `b` (NEP 50).
fn cx_promote(a: CKind, b: CKind) -> (Scalar, bool) {
    let complex = a.complex || b.complex;
    let part = match (a.weak, b.weak) {
        (false, false) => promote(a.part, b.part),
        (false, true) | (true, false) => {
            let (s, w) = if a.weak { (b, a) } else { (a, b) };
            match (s.complex, w.complex) {
                (true, _) => s.part,
                // a real array with a Python complex: its float width, else float64.
                (false, true) if s.part.is_float() => s.part,
                (false, true) => Scalar::F64,
                (false, false) => crate::sema::arrayops::result_dtype(
                    crate::sema::arrayops::Kind::Array(s.part),
                    crate::sema::arrayops::Kind::Python(w.part),
                ),
            }
        }
        (true, true) => Scalar::F64,
    };
    // A complex result has a float part (complex64 for float32, else complex128).
    let part = if complex && !part.is_float() { Scalar::F64 } else { part };
    (part, complex)
}

/// An operand of a complex-array operation.
pub(in crate::sema) enum COpd {
    Array(ArrayRef),
    Real(TExpr),
    Complex(TExpr, TExpr),
}

impl COpd {
    fn kind(&self) -> CKind {
        match self {
            COpd::Array(r) => CKind { part: r.ty.dtype, complex: r.ty.complex, weak: false },
            COpd::Real(e) => CKind { part: e.ty, complex: false, weak: true },
            COpd::Complex(re, _) => CKind { part: re.ty, complex: true, weak: true },
        }
    }

    /// numpy 2's result dtype of `np.where(m, self, other)`: its promotion
    /// of the two choices (the part type, and whether complex).
    pub(in crate::sema) fn promoted(&self, other: &COpd) -> (Scalar, bool) {
        cx_promote(self.kind(), other.kind())
    }

    pub(in crate::sema) fn arg(self) -> NpArg {
        match self {
            COpd::Array(r) => NpArg::Array(r),
            COpd::Real(e) => NpArg::Scalar(e),
            COpd::Complex(re, im) => NpArg::Complex(re, im),
        }
    }
}

/// `OPS` indexes (src/tir/array.rs).
pub(in crate::sema) const ADD: usize = 0;
pub(in crate::sema) const SUB: usize = 1;
pub(in crate::sema) const MUL: usize = 2;
pub(in crate::sema) const DIV: usize = 3;
const POW: usize = 4;
pub(in crate::sema) const NEG: usize = 5;
pub(in crate::sema) const CONJ: usize = 6;
pub(in crate::sema) const ABS: usize = 7;
const EQ: usize = 8;
/// `!=`, after numpy.power.
const NE: usize = 34;
/// Where numpy's complex-valued one-operand ufuncs start in `OPS`.
const CX_UFUNC0: usize = 9;
/// Where the bool-valued tests of complex arrays (`np.isnan`, `np.isinf`,
/// `np.isfinite`) start in `OPS`, after the complex-valued ones.
const CX_TEST0: usize = 30;
/// Where they end (numpy.power of complex numbers follows).
const CX_TEST_END: usize = 33;
/// `<`, `<=`, `>`, `>=` of complex arrays (bool results), after `!=`.
const CX_ORDER0: usize = 35;
/// numpy's maximum, minimum, fmax and fmin of complex arrays, after them.
const CX_EXTREME0: usize = 39;

/// The `OPS` index of comparison `op` of complex arrays.
fn cx_compare(op: ast::CmpOp) -> Option<usize> {
    match op {
        ast::CmpOp::Eq => Some(EQ),
        ast::CmpOp::NotEq => Some(NE),
        ast::CmpOp::Lt => Some(CX_ORDER0),
        ast::CmpOp::LtE => Some(CX_ORDER0 + 1),
        ast::CmpOp::Gt => Some(CX_ORDER0 + 2),
        ast::CmpOp::GtE => Some(CX_ORDER0 + 3),
        _ => None,
    }
}

/// The `OPS` index of numpy's complex-valued one-operand ufunc `name`
/// (`np.exp`, `np.sqrt`, ...: `ufunc.<name>` from `OPS[CX_UFUNC0]` on), for
/// complex arrays and complex numbers alike.
pub(in crate::sema) fn cx_ufunc(name: &str) -> Option<usize> {
    let ops = &crate::tir::array::OPS[CX_UFUNC0..CX_TEST0];
    ops.iter().position(|op| op.strip_prefix("ufunc.") == Some(name)).map(|k| CX_UFUNC0 + k)
}

/// The `OPS` index of the bool-valued test `name` of complex arrays.
fn cx_test(name: &str) -> Option<usize> {
    let ops = &crate::tir::array::OPS[CX_TEST0..CX_TEST_END];
    ops.iter().position(|op| op.strip_prefix("ufunc.") == Some(name)).map(|k| CX_TEST0 + k)
}

impl Typer<'_> {
    /// The one-operand ufunc call `c` is (`np.conj`, `np.abs`, `abs`), by `OPS` index.
    fn cx_unary(&self, c: &ast::ExprCall) -> Option<usize> {
        if c.args.len() != 1 || !c.keywords.is_empty() {
            return None;
        }
        match c.func.as_ref() {
            Expr::Attribute(f) if self.numpy_module_of(&f.value) => match f.attr.as_str() {
                "conj" | "conjugate" => Some(CONJ),
                "abs" | "absolute" => Some(ABS),
                "negative" => Some(NEG),
                u => cx_ufunc(u).or_else(|| cx_test(u)),
            },
            Expr::Name(n) if n.id.as_str() == "abs" && self.builtin_abs() => Some(ABS),
            _ => None,
        }
    }

    /// The `OPS` index of `np.maximum(x, y)` (minimum, fmax, fmin): numpy's
    /// lexicographic order of complex numbers, a nan part propagated (fmax:
    /// the other operand).
    fn cx_extreme(&self, c: &ast::ExprCall) -> Option<usize> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if c.args.len() != 2 || !c.keywords.is_empty() || !self.numpy_module_of(&f.value) {
            return None;
        }
        let k = ["maximum", "minimum", "fmax", "fmin"].iter().position(|n| *n == f.attr.as_str())?;
        Some(CX_EXTREME0 + k)
    }

    /// Whether `abs` is the builtin here (not shadowed).
    pub(in crate::sema) fn builtin_abs(&self) -> bool {
        !self.types.contains_key("abs")
            && !self.arrays.contains_key("abs")
            && !self.complex.contains("abs")
            && !self.globals.functions.contains_key("abs")
    }

    /// Whether `e` (an array expression) has complex elements, from its form alone.
    pub(in crate::sema) fn cx_complex(&self, e: &Expr) -> bool {
        let side = |x: &Expr| if self.is_array_like(x) { self.cx_complex(x) } else { self.is_complex(x) };
        match e {
            Expr::BinOp(b) => {
                use ast::Operator::*;
                matches!(b.op, Add | Sub | Mult | Div | Pow) && (side(&b.left) || side(&b.right))
            }
            Expr::UnaryOp(u) => u.op == ast::UnaryOp::USub && self.cx_complex(&u.operand),
            Expr::Call(c) if self.cx_extreme(c).is_some() => c.args.iter().any(side),
            Expr::Call(c) if self.cx_axis_reduction(c) => true,
            Expr::Call(c) => matches!(self.cx_unary(c), Some(k) if k != ABS && k < CX_TEST0) && side(&c.args[0]),
            Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => self.complex_array_expr(e),
            _ => false,
        }
    }

    /// Whether array expression `e` is computed here: a complex result,
    /// `abs` of a complex array, or `==` of complex operands.
    pub(in crate::sema) fn cx_involved(&self, e: &Expr) -> bool {
        let side = |x: &Expr| if self.is_array_like(x) { self.cx_complex(x) } else { self.is_complex(x) };
        match e {
            Expr::Call(c) if matches!(self.cx_unary(c), Some(k) if k == ABS || k >= CX_TEST0) => side(&c.args[0]),
            Expr::Compare(c) => {
                c.ops.len() == 1 && cx_compare(c.ops[0]).is_some() && (side(&c.left) || side(&c.comparators[0]))
            }
            // numpy's reduction itself (`reduction`), an operand here.
            Expr::Call(c) if self.cx_axis_reduction(c) => false,
            Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Call(_) => self.cx_complex(e),
            _ => false,
        }
    }

    /// Whether `c` reduces a complex array along an axis to a complex array
    /// (`z.sum(axis=1)`, `np.mean(z, 0)`, `np.cumsum(z)`).
    pub(in crate::sema) fn cx_axis_reduction(&self, c: &ast::ExprCall) -> bool {
        let Some((f, a, _)) = self.reduction_call(c) else { return false };
        use NpFunc::*;
        matches!(f, Sum | Prod | Mean | Min | Max | Cumsum | Cumprod)
            && self.reduction_ndim(c).is_some_and(|n| n > 0)
            && self.complex_array_expr(a)
    }

    /// An operand: an array (computed here when complex), a complex number
    /// or a real number (bound to temporaries).
    pub(in crate::sema) fn cx_operand(&mut self, e: &Expr) -> Option<COpd> {
        if self.is_array_like(e) {
            let r = if self.cx_involved(e) { self.cx_expr(e)? } else { self.array_operand(e).done()? };
            return Some(COpd::Array(r));
        }
        if self.is_complex(e) {
            let (re, im) = self.cexpr(e)?;
            return Some(COpd::Complex(self.index_temps_value(re), self.index_temps_value(im)));
        }
        let x = self.expr(e)?;
        Some(COpd::Real(self.index_temps_value(x)))
    }

    /// Computes complex array expression `e` (`cx_involved`) into a new array.
    pub(in crate::sema) fn cx_expr(&mut self, e: &Expr) -> Option<ArrayRef> {
        let span = range(e);
        if let Some(fused) = self.cx_fused_array(e)? {
            return Some(fused);
        }
        let (k, ops) = match e {
            Expr::BinOp(b) => {
                use ast::Operator::*;
                let k = match b.op {
                    Add => ADD,
                    Sub => SUB,
                    Mult => MUL,
                    Div => DIV,
                    Pow => POW,
                    _ => {
                        self.errors.push(
                            Diagnostic::error(
                                "this operator on complex arrays is not supported (numpy has no complex loop for it)",
                            )
                            .at(span, "complex"),
                        );
                        return None;
                    }
                };
                let l = self.cx_operand(&b.left);
                let r = self.cx_operand(&b.right);
                (k, vec![l?, r?])
            }
            Expr::Compare(c) => {
                let l = self.cx_operand(&c.left);
                let r = self.cx_operand(&c.comparators[0]);
                (cx_compare(c.ops[0]).expect("cx_involved checked"), vec![l?, r?])
            }
            Expr::UnaryOp(u) => (NEG, vec![self.cx_operand(&u.operand)?]),
            Expr::Call(c) if self.cx_extreme(c).is_some() => {
                let l = self.cx_operand(&c.args[0]);
                let r = self.cx_operand(&c.args[1]);
                (self.cx_extreme(c).expect("checked"), vec![l?, r?])
            }
            Expr::Call(c) => (self.cx_unary(c).expect("cx_involved checked"), vec![self.cx_operand(&c.args[0])?]),
            _ => unreachable!("cx_involved checked"),
        };
        Some(self.cx_apply(k, ops, span))
    }

    /// numpy's ufunc `OPS[k]` of `ops` into a new array.
    pub(in crate::sema) fn cx_apply(&mut self, k: usize, ops: Vec<COpd>, span: Range<usize>) -> ArrayRef {
        let kinds: Vec<CKind> = ops.iter().map(COpd::kind).collect();
        let (part, complex) = match kinds.as_slice() {
            [a, b] => cx_promote(*a, *b),
            [a] => (a.part, a.complex),
            _ => unreachable!("one or two operands"),
        };
        let ndim = ops
            .iter()
            .map(|o| match o {
                COpd::Array(r) => r.ty.ndim,
                _ => 0,
            })
            .max()
            .unwrap_or(0);
        let (dtype, complex) = match k {
            ABS => (part, false),
            EQ | NE => (Scalar::Bool, false),
            k if k >= CX_EXTREME0 => (part, complex),
            k if k >= CX_TEST0 => (Scalar::Bool, false),
            _ => (part, complex),
        };
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex };
        let out = self.array_temp(ty, Default::default());
        let args = ops.into_iter().map(COpd::arg).collect();
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Op(k), args, span });
        out
    }

    /// Whether call `c` is numpy's absolute (`abs`, `np.abs`, `np.absolute`).
    pub(in crate::sema) fn is_abs_call(&self, c: &ast::ExprCall) -> bool {
        self.cx_unary(c) == Some(ABS)
    }

    /// `z[...] op= v` on a complex array or view (`+= -= *= /=`): numpy's
    /// in-place operator on a numpy view of the target (its casting, its
    /// broadcasting error, its reading of an overlapping operand).
    pub(in crate::sema) fn cx_augassign(
        &mut self,
        dst: ArrayRef,
        op: ast::Operator,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let func = match op {
            ast::Operator::Add => NpFunc::Iadd,
            ast::Operator::Sub => NpFunc::Isub,
            ast::Operator::Mult => NpFunc::Imul,
            ast::Operator::Div => NpFunc::Itruediv,
            _ => {
                self.errors.push(
                    Diagnostic::error("this augmented assignment to a complex array is not supported yet")
                        .at(span, "not supported")
                        .note("pycc compiles += -= *= /= on complex arrays"),
                );
                return None;
            }
        };
        if let Some(fused) = self.cx_fused_augassign(&dst, op, value, &span)? {
            return Some(fused);
        }
        let v = self.cx_operand(value)?;
        self.mark_written(&dst.name);
        let var = self.fresh("inplace", Scalar::Bool);
        Some(TStmt::NpValue { var, imag: None, func, args: vec![NpArg::Array(dst), v.arg()], span })
    }
}

impl Typer<'_> {
    /// `np.array([z, w, 1j])` of a display of numbers, some complex (nested
    /// displays flattened by the caller): a new 1-d complex array, each item
    /// stored as it is typed, in order. numpy's array coercion gives
    /// complex64 only when every item's type fits it (complex64, float32,
    /// bool, int8/int16; a Python int or float is int64/float64 there),
    /// else complex128.
    pub(in crate::sema) fn complex_display_array(&mut self, items: &[Expr], span: &Range<usize>) -> Option<ArrayRef> {
        let vals = self.in_order(items, |t, e| t.value(e))?;
        let mut part = None;
        for v in &vals {
            let ty = match v {
                Val::Scalar(x) => x.ty,
                Val::Complex(re, _) => re.ty,
                _ => {
                    self.errors.push(
                        Diagnostic::error("`numpy.array` of complex numbers and other values is not supported")
                            .at(span.clone(), "not a number"),
                    );
                    return None;
                }
            };
            part = Some(part.map_or(ty, |p| promote(p, ty)));
        }
        let f32 = Scalar::Float { bits: 32 };
        let part = if part == Some(f32) { f32 } else { Scalar::F64 };
        let ty = ArrayTy { dtype: part, ndim: 1, layout: Layout::C, complex: true };
        let r = self.array_temp(ty, Default::default());
        let n =
            TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(items.len() as i128)), span: span.clone() };
        let args = vec![NpArg::Shape(vec![n])];
        self.pre.push(TStmt::Alloc { array: r.clone(), func: NpFunc::Empty, args, span: span.clone() });
        for (j, v) in vals.into_iter().enumerate() {
            let parts = match v {
                Val::Complex(re, im) => (re, im),
                Val::Scalar(x) => self.real_to_complex(x),
                _ => unreachable!("checked above"),
            };
            let at = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(j as i128)), span: span.clone() };
            self.pre.push(crate::sema::arrays::complex_store(&r, vec![at], parts));
        }
        Some(r)
    }
}
