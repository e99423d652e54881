//! Builtins typed as statements or over whole arrays: `print(...)`, and
//! `max(a)`, `min(a)`, `sum(a)` of a 1-d array.

use super::claim::{mine, Claim};
use super::{cast, Typer, Val};
use crate::base::consts::ConstValue;
use crate::base::diagnostics::Diagnostic;
use crate::base::types::Scalar;
use crate::syntax::parse::range;
use crate::tir::array::{NpArg, NpFunc};
use crate::tir::{BinOp, CmpOp, PrintItem, TExpr, TExprKind, TStmt};
use rustpython_parser::ast::{self, Constant, Expr};
use std::ops::Range;

const PRINT_NOTE: &str = "pycc prints numbers, bools, complex numbers, strs, arrays, None and tuples of them, with `sep=` and `end=` string literals (or None) and `flush=` True or False";

impl Typer<'_> {
    /// `min((a, b))`, `max((a, b, c))` of a tuple display: CPython's min of
    /// the tuple's items, as `min(a, b)` (one item: the item itself).
    pub(super) fn minmax_of_tuple(&self, name: &str, c: &ast::ExprCall) -> Option<Expr> {
        let ("min" | "max", [Expr::Tuple(t)], true) = (name, c.args.as_slice(), c.keywords.is_empty()) else {
            return None;
        };
        if !self.is_builtin(name) || t.elts.is_empty() || t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            return None;
        }
        if let [x] = t.elts.as_slice() {
            return Some(x.clone());
        }
        Some(Expr::Call(ast::ExprCall { args: t.elts.clone(), ..c.clone() }))
    }

    /// Whether `name` is the builtin here (not a local, tuple or function of the file).
    pub(super) fn is_builtin(&self, name: &str) -> bool {
        !self.types.contains_key(name)
            && !self.arity.contains_key(name)
            && !self.globals.functions.contains_key(name)
            && self.shadowed_builtin(name).is_none()
    }

    /// The type of the module-level constant that a builtin's name is bound
    /// to (`abs = 3`), unless a local of the same name hides it.
    pub(super) fn shadowed_builtin(&self, name: &str) -> Option<&'static str> {
        if self.types.contains_key(name) || self.arity.contains_key(name) {
            return None;
        }
        let g = self.globals;
        match g.constants.get(name) {
            Some(ConstValue::Int(_)) => Some("int"),
            Some(ConstValue::Float(_)) => Some("float"),
            Some(ConstValue::Bool(_)) => Some("bool"),
            None if g.complex_constants.contains_key(name) => Some("complex"),
            None if g.strings.contains_key(name) => Some("str"),
            None => None,
        }
    }

    /// `print(a, b, ..., sep=..., end=..., flush=...)` as a statement.
    pub(super) fn print_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let mut items = Vec::new();
        let mut ok = true;
        for a in &c.args {
            match self.print_item(a) {
                Some(item) => items.push(item),
                None => ok = false,
            }
        }
        let (mut sep, mut end, mut flush) = (None, None, false);
        for k in &c.keywords {
            let name = k.arg.as_ref().map(|a| a.as_str());
            let text = match &k.value {
                Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) if !s.contains('\0') => {
                    Some(Some(s.clone()))
                }
                Expr::Constant(ast::ExprConstant { value: Constant::None, .. }) => Some(None),
                _ => None,
            };
            match (name, text, &k.value) {
                (Some("sep"), Some(t), _) => sep = t,
                (Some("end"), Some(t), _) => end = t,
                (Some("flush"), _, Expr::Constant(ast::ExprConstant { value: Constant::Bool(b), .. })) => flush = *b,
                _ => {
                    self.errors.push(
                        Diagnostic::error("this argument of print() is not supported")
                            .at(range(k), "not supported")
                            .note(PRINT_NOTE),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(TStmt::Print { items, sep, end, flush, span })
    }

    fn print_item(&mut self, e: &Expr) -> Option<PrintItem> {
        if let Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) = e {
            if !s.contains('\0') {
                return Some(PrintItem::Str(s.clone()));
            }
        }
        if let Expr::Constant(ast::ExprConstant { value: Constant::None, .. }) = e {
            return Some(PrintItem::Str("None".into()));
        }
        if let Expr::Tuple(t) = e {
            let items: Vec<Option<PrintItem>> = t.elts.iter().map(|x| self.print_item(x)).collect();
            return items.into_iter().collect::<Option<Vec<_>>>().map(PrintItem::Tuple);
        }
        if let Expr::Starred(_) = e {
            self.errors.push(
                Diagnostic::error("`*` arguments to print() are not supported").at(range(e), "here").note(PRINT_NOTE),
            );
            return None;
        }
        // A str the body computes (an f-string, a str variable): CPython's
        // print writes the object itself.
        if self.is_str_expr(e) {
            return self.str_value(e).map(PrintItem::Object);
        }
        let v = self.value_top(e)?;
        self.print_val(v, range(e))
    }

    fn print_val(&mut self, v: Val, span: Range<usize>) -> Option<PrintItem> {
        match v {
            Val::Scalar(x) => Some(PrintItem::Value(x)),
            Val::Complex(re, im) => Some(PrintItem::Complex(re, im)),
            Val::Tuple(xs) => xs
                .into_iter()
                .map(|x| self.print_val(x, span.clone()))
                .collect::<Option<Vec<_>>>()
                .map(PrintItem::Tuple),
            Val::List(_) => {
                self.errors.push(
                    Diagnostic::error("printing a list is not supported yet").at(span, "a list").note(PRINT_NOTE),
                );
                None
            }
            Val::Dict(_) => {
                self.errors.push(
                    Diagnostic::error("printing a dict is not supported yet").at(span, "a dict").note(PRINT_NOTE),
                );
                None
            }
            // numpy's own str of it (`np.array_str`), as CPython's print
            // writes str(a); numba formats arrays the same way.
            Val::Array(r) => {
                let var = self.fresh("array_str", Scalar::I64);
                let args = vec![NpArg::Array(r)];
                self.pre.push(TStmt::NpValue { var, imag: None, func: NpFunc::ArrayStr, args, span: span.clone() });
                Some(PrintItem::Object(TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span }))
            }
        }
    }
}

impl Typer<'_> {
    /// `max(a)`, `min(a)` or `sum(a)` of an array, as CPython runs them over
    /// the array's numpy scalars: max/min keep the first element that no
    /// later one beats with `>` (`<`), so a nan stays only where it comes
    /// first, and raise ValueError when empty; sum adds left to right from
    /// the int 0 in the dtype (numpy scalar arithmetic: ints wrap, a bool
    /// array counts as int64), 0 when empty. NotMine when `arg` is no array.
    pub(super) fn array_builtin(&mut self, name: &str, arg: &Expr, span: Range<usize>) -> Claim<TExpr> {
        let a = mine!(self.array_operand(arg));
        if a.ty.ndim != 1 || a.ty.complex {
            let what = if a.ty.complex { "a complex array" } else { "an array of more than one axis" };
            self.errors.push(
                Diagnostic::error(format!("{name}() of {what} is not supported"))
                    .at(range(arg), "here")
                    .note("pycc compiles max(a), min(a) and sum(a) of a 1-d array of numbers"),
            );
            return Claim::Failed;
        }
        let var = |ty, v| TExpr { ty, kind: TExprKind::Var(v), span: span.clone() };
        let int = |ty, i| TExpr { ty, kind: TExprKind::Const(ConstValue::Int(i)), span: span.clone() };
        let dtype = a.ty.dtype;
        let n = var(Scalar::I64, a.shape[0]);
        let i = self.fresh("i", Scalar::I64);
        let load = TExpr { ty: dtype, kind: TExprKind::Load(a.clone(), vec![var(Scalar::I64, i)]), span: span.clone() };
        let binary = |kind| TExpr { ty: Scalar::Bool, kind, span: span.clone() };
        if name == "sum" {
            let ty = if dtype == Scalar::Bool { Scalar::I64 } else { dtype };
            let acc = self.fresh("sum", ty);
            self.pre.push(TStmt::Assign { var: acc, value: cast(int(Scalar::I64, 0), ty) });
            let value = TExprKind::NpBinary(BinOp::Add, Box::new(var(ty, acc)), Box::new(cast(load, ty)));
            let body = vec![TStmt::Assign { var: acc, value: TExpr { ty, kind: value, span: span.clone() } }];
            let (start, step) = (int(Scalar::I64, 0), int(Scalar::I64, 1));
            self.pre.push(TStmt::For { var: i, start, stop: n, step, body, orelse: Vec::new() });
            return Claim::Done(var(ty, acc));
        }
        let empty = binary(TExprKind::Compare(CmpOp::Eq, Box::new(n.clone()), Box::new(int(Scalar::I64, 0))));
        let raise = TStmt::Raise {
            exception: "ValueError".into(),
            message: format!("{name}() arg is an empty sequence"),
            span: span.clone(),
        };
        self.pre.push(TStmt::If { cond: empty, then: vec![raise], orelse: Vec::new() });
        let best = self.fresh(name, dtype);
        let first = TExpr { ty: dtype, kind: TExprKind::Load(a, vec![int(Scalar::I64, 0)]), span: span.clone() };
        self.pre.push(TStmt::Assign { var: best, value: first });
        let x = self.fresh("item", dtype);
        let op = if name == "max" { CmpOp::Gt } else { CmpOp::Lt };
        let beats = binary(TExprKind::Compare(op, Box::new(var(dtype, x)), Box::new(var(dtype, best))));
        let body = vec![
            TStmt::Assign { var: x, value: load },
            TStmt::If {
                cond: beats,
                then: vec![TStmt::Assign { var: best, value: var(dtype, x) }],
                orelse: Vec::new(),
            },
        ];
        let (start, step) = (int(Scalar::I64, 1), int(Scalar::I64, 1));
        self.pre.push(TStmt::For { var: i, start, stop: n, step, body, orelse: Vec::new() });
        Claim::Done(var(dtype, best))
    }
}
