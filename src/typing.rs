//! Stage 2a: give every expression of an exported function a type, starting
//! from the declared signature, with numba's promotion rules. The result is
//! a small typed tree that the `py` lowering walks without looking back at
//! the Python AST.
//!
//! Supported so far: straight-line bodies (assignments, augmented
//! assignments, `return`, `pass`, docstrings) over + - * ** and unary - +.
//! Everything else gets a diagnostic that says so.

use crate::diagnostics::{Diagnostic, Diagnostics, Result, Source};
use crate::parse::{literal_value, range, ConstValue, Export};
use crate::types::{Return, Scalar};
use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::HashMap;
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct TypedFunction {
    /// The exported name (one specialization per export).
    pub export: String,
    pub params: Vec<Param>,
    /// None: the function returns None.
    pub ret: Option<Scalar>,
    pub body: Vec<TStmt>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: Scalar,
    pub span: Range<usize>,
}

/// Locals are numbered; parameters are locals 0..params.len(). Each
/// assignment binds a fresh local, so straight-line rebinding to another
/// type is fine, as in Python.
pub type Local = usize;

#[derive(Debug, Clone)]
pub enum TStmt {
    Assign { local: Local, value: TExpr },
    Return { value: Option<TExpr>, span: Range<usize> },
}

#[derive(Debug, Clone)]
pub struct TExpr {
    pub ty: Scalar,
    pub kind: TExprKind,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub enum TExprKind {
    Local(Local),
    Const(ConstValue),
    Binary(BinOp, Box<TExpr>, Box<TExpr>),
    Neg(Box<TExpr>),
    /// Numeric conversion to `ty` (implicit promotion or return conversion).
    Cast(Box<TExpr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Pow,
}

pub fn type_export(source: &Source, export: &Export, constants: &HashMap<String, ConstValue>) -> Result<TypedFunction> {
    let f = &export.function;
    let mut cx = Typer { constants, env: HashMap::new(), nlocals: 0, errors: Vec::new() };
    let mut params = Vec::new();
    let args = &f.args;
    if args.vararg.is_some() || args.kwarg.is_some() || !args.kwonlyargs.is_empty() {
        cx.errors.push(Diagnostic::error("`*args`, `**kwargs` and keyword-only parameters are not supported").at(range(f).start..range(f).start + 3 + f.name.len() + 1, "in this function"));
    }
    for (arg, ty) in args.posonlyargs.iter().chain(&args.args).zip(&export.signature.args) {
        if let Some(d) = &arg.default {
            cx.errors.push(Diagnostic::error("default parameter values are not supported yet").at(range(d.as_ref()), "here"));
        }
        let local = cx.bind(arg.def.arg.as_str(), *ty);
        debug_assert_eq!(local, params.len());
        params.push(Param { name: arg.def.arg.to_string(), ty: *ty, span: range(&arg.def) });
    }

    let mut body = Vec::new();
    let mut returned: Option<(Option<Scalar>, Range<usize>)> = None;
    for (i, stmt) in f.body.iter().enumerate() {
        if returned.is_some() {
            break; // unreachable after a return, as in Python
        }
        match stmt {
            Stmt::Expr(e) if i == 0 && matches!(e.value.as_ref(), Expr::Constant(c) if c.value.is_str()) => {}
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                let [Expr::Name(target)] = a.targets.as_slice() else {
                    cx.errors.push(Diagnostic::error("only assignment to a single name is supported yet").at(range(stmt), "here"));
                    continue;
                };
                if let Some(value) = cx.expr(&a.value) {
                    let local = cx.bind(target.id.as_str(), value.ty);
                    body.push(TStmt::Assign { local, value });
                }
            }
            Stmt::AugAssign(a) => {
                let Expr::Name(target) = a.target.as_ref() else {
                    cx.errors.push(Diagnostic::error("only augmented assignment to a name is supported yet").at(range(stmt), "here"));
                    continue;
                };
                let lhs = cx.name(target.id.as_str(), range(a.target.as_ref()));
                let rhs = cx.expr(&a.value);
                if let (Some(l), Some(r)) = (lhs, rhs) {
                    if let Some(value) = cx.binary(a.op, l, r, range(stmt)) {
                        let local = cx.bind(target.id.as_str(), value.ty);
                        body.push(TStmt::Assign { local, value });
                    }
                }
            }
            Stmt::Return(r) => {
                let value = match &r.value {
                    Some(v) => match cx.expr(v) {
                        Some(t) => Some(t),
                        None => continue,
                    },
                    None => None,
                };
                returned = Some((value.as_ref().map(|v| v.ty), range(stmt)));
                body.push(TStmt::Return { value, span: range(stmt) });
            }
            other => cx.errors.push(unsupported_stmt(other, &source.text)),
        }
    }

    let ret = match (export.signature.ret, &returned) {
        (Return::Void, Some((Some(_), span))) => {
            cx.errors.push(Diagnostic::error("the signature declares a void return, but this returns a value").at(span.clone(), "returns a value"));
            None
        }
        (Return::Void, _) | (Return::Infer, None) | (Return::Infer, Some((None, _))) => None,
        (Return::Infer, Some((Some(t), _))) => Some(*t),
        // After another error the body may just be cut short: say nothing more.
        (Return::Declared(_), None) if !cx.errors.is_empty() => None,
        (Return::Declared(d), None) | (Return::Declared(d), Some((None, _))) => {
            cx.errors.push(
                Diagnostic::error(format!("`{}` can return None, but its signature declares {d}", f.name))
                    .at(returned.as_ref().map_or(range(f).start..range(f).start + 3 + f.name.len() + 1, |r| r.1.clone()), "returns None"),
            );
            None
        }
        (Return::Declared(d), Some((Some(t), span))) => {
            if !can_convert(*t, d) {
                cx.errors.push(Diagnostic::error(format!("`{}` returns {t}, but its signature declares {d}", f.name)).at(span.clone(), format!("this is {t}")).note("pycc does not truncate floats or guess truthiness implicitly; convert explicitly"));
            }
            Some(d)
        }
    };
    // Convert the returned value to the declared type.
    if let (Some(rt), Some(TStmt::Return { value: Some(v), .. })) = (ret, body.last_mut()) {
        let e = std::mem::replace(v, TExpr { ty: rt, kind: TExprKind::Const(ConstValue::Int(0)), span: 0..0 });
        *v = cast(e, rt);
    }

    if !cx.errors.is_empty() {
        return Err(Diagnostics::new(source, cx.errors));
    }
    Ok(TypedFunction { export: export.name.clone(), params, ret, body, span: range(f) })
}

/// Implicit conversions pycc allows at a return: widening to float, ints
/// between widths (wrapping, as numba), bool to int. Not float to int.
fn can_convert(from: Scalar, to: Scalar) -> bool {
    match (from, to) {
        (a, b) if a == b => true,
        (_, Scalar::Float { .. }) => true,
        (Scalar::Int { .. } | Scalar::Bool, Scalar::Int { .. }) => true,
        _ => false,
    }
}

/// The first line of a statement: a caret under a whole loop body helps no one.
fn first_line(r: Range<usize>, text: &str) -> Range<usize> {
    let first = text[r.clone()].lines().next().unwrap_or("");
    r.start..r.start + first.trim_end().len()
}

fn unsupported_stmt(stmt: &Stmt, text: &str) -> Diagnostic {
    let what = match stmt {
        Stmt::If(_) => "`if` statements are",
        Stmt::While(_) => "`while` loops are",
        Stmt::For(_) => "`for` loops are",
        Stmt::Raise(_) => "`raise` is",
        Stmt::Assert(_) => "`assert` is",
        Stmt::FunctionDef(_) => "nested functions are",
        Stmt::Import(_) | Stmt::ImportFrom(_) => "imports inside functions are",
        Stmt::Expr(_) => "expression statements are",
        _ => "this statement is",
    };
    Diagnostic::error(format!("{what} not supported yet")).at(first_line(range(stmt), text), "unsupported").note("see the README's table of what works")
}

struct Typer<'a> {
    constants: &'a HashMap<String, ConstValue>,
    env: HashMap<String, (Local, Scalar)>,
    nlocals: usize,
    errors: Vec<Diagnostic>,
}

fn cast(e: TExpr, to: Scalar) -> TExpr {
    if e.ty == to {
        return e;
    }
    let span = e.span.clone();
    match e.kind {
        TExprKind::Const(c) => TExpr { ty: to, kind: TExprKind::Const(convert_const(c, to)), span },
        _ => TExpr { ty: to, kind: TExprKind::Cast(Box::new(e)), span },
    }
}

/// Constant conversion with the same rules py.cast has at run time.
fn convert_const(c: ConstValue, to: Scalar) -> ConstValue {
    let as_int = |c: ConstValue| match c {
        ConstValue::Int(i) => i,
        ConstValue::Bool(b) => b as i128,
        ConstValue::Float(f) => f as i128,
    };
    match to {
        Scalar::Float { bits: 32 } => ConstValue::Float(match c {
            ConstValue::Float(f) => f as f32 as f64,
            other => as_int(other) as f32 as f64,
        }),
        Scalar::Float { .. } => ConstValue::Float(match c {
            ConstValue::Float(f) => f,
            other => as_int(other) as f64,
        }),
        Scalar::Bool => ConstValue::Bool(as_int(c) != 0),
        Scalar::Int { bits, signed } => ConstValue::Int(wrap(as_int(c), bits, signed)),
    }
}

/// Two's-complement wraparound to `bits`, as py.cast does.
pub fn wrap(v: i128, bits: u32, signed: bool) -> i128 {
    let m = 1i128 << bits;
    let u = v.rem_euclid(m);
    if signed && u >= m / 2 { u - m } else { u }
}

impl Typer<'_> {
    fn bind(&mut self, name: &str, ty: Scalar) -> Local {
        let local = self.nlocals;
        self.nlocals += 1;
        self.env.insert(name.to_string(), (local, ty));
        local
    }

    fn name(&mut self, id: &str, span: Range<usize>) -> Option<TExpr> {
        if let Some(&(local, ty)) = self.env.get(id) {
            return Some(TExpr { ty, kind: TExprKind::Local(local), span });
        }
        if let Some(&c) = self.constants.get(id) {
            return self.constant(c, span);
        }
        self.errors.push(
            Diagnostic::error(format!("name `{id}` is not a local variable or a module-level constant"))
                .at(span, "unknown here")
                .note("module-level names are folded in only when bound once to a number literal"),
        );
        None
    }

    fn constant(&mut self, c: ConstValue, span: Range<usize>) -> Option<TExpr> {
        let ty = match c {
            ConstValue::Bool(_) => Scalar::Bool,
            ConstValue::Float(_) => Scalar::F64,
            ConstValue::Int(i) => {
                if i < i64::MIN as i128 || i > i64::MAX as i128 {
                    self.errors.push(Diagnostic::error("integer constant does not fit in int64").at(span, "too large"));
                    return None;
                }
                Scalar::I64
            }
        };
        Some(TExpr { ty, kind: TExprKind::Const(c), span })
    }

    fn expr(&mut self, e: &Expr) -> Option<TExpr> {
        let span = range(e);
        match e {
            Expr::Name(n) => self.name(n.id.as_str(), span),
            Expr::Constant(_) => match literal_value(e) {
                Some(c) => self.constant(c, span),
                None => {
                    self.errors.push(Diagnostic::error("only int, float and bool literals are supported yet").at(span, "unsupported literal"));
                    None
                }
            },
            Expr::BinOp(b) => {
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                self.binary(b.op, l?, r?, span)
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand)?;
                // Python: -True == -1 and +True == 1; bool arithmetic is int64 arithmetic.
                let v = if v.ty == Scalar::Bool { cast(v, Scalar::I64) } else { v };
                match u.op {
                    ast::UnaryOp::UAdd => Some(TExpr { span, ..v }),
                    ast::UnaryOp::USub => match v.kind {
                        TExprKind::Const(c) => Some(TExpr { ty: v.ty, kind: TExprKind::Const(negate(c, v.ty)), span }),
                        _ => Some(TExpr { ty: v.ty, kind: TExprKind::Neg(Box::new(v)), span }),
                    },
                    ast::UnaryOp::Not | ast::UnaryOp::Invert => {
                        self.errors.push(Diagnostic::error("`not` and `~` are not supported yet").at(span, "unsupported operator"));
                        None
                    }
                }
            }
            Expr::Call(_) => self.unsupported(span, "calls are"),
            Expr::Compare(_) => self.unsupported(span, "comparisons are"),
            Expr::BoolOp(_) => self.unsupported(span, "`and`/`or` are"),
            Expr::IfExp(_) => self.unsupported(span, "conditional expressions are"),
            Expr::Attribute(_) => self.unsupported(span, "attribute access is"),
            Expr::Subscript(_) => self.unsupported(span, "indexing is"),
            Expr::Tuple(_) => self.unsupported(span, "tuples are"),
            _ => self.unsupported(span, "this expression is"),
        }
    }

    fn unsupported(&mut self, span: Range<usize>, what: &str) -> Option<TExpr> {
        self.errors.push(Diagnostic::error(format!("{what} not supported yet")).at(span, "unsupported").note("see the README's table of what works"));
        None
    }

    fn binary(&mut self, op: ast::Operator, l: TExpr, r: TExpr, span: Range<usize>) -> Option<TExpr> {
        let op = match op {
            ast::Operator::Add => BinOp::Add,
            ast::Operator::Sub => BinOp::Sub,
            ast::Operator::Mult => BinOp::Mul,
            ast::Operator::Pow => BinOp::Pow,
            other => {
                let sym = match other {
                    ast::Operator::Div => "/",
                    ast::Operator::FloorDiv => "//",
                    ast::Operator::Mod => "%",
                    ast::Operator::MatMult => "@",
                    ast::Operator::LShift => "<<",
                    ast::Operator::RShift => ">>",
                    ast::Operator::BitAnd => "&",
                    ast::Operator::BitOr => "|",
                    _ => "^",
                };
                return self.unsupported(span, &format!("the `{sym}` operator is"));
            }
        };
        let ty = Scalar::unify(l.ty, r.ty);
        if op == BinOp::Pow && !ty.is_float() {
            // int ** int stays int only for a non-negative constant exponent,
            // which py.pow expands into multiplications.
            match r.kind {
                TExprKind::Const(ConstValue::Int(n)) if (0..=64).contains(&n) => {}
                TExprKind::Const(ConstValue::Bool(_)) => {}
                _ => {
                    self.errors.push(
                        Diagnostic::error("integer `**` needs a constant exponent between 0 and 64 for now")
                            .at(r.span.clone(), "exponent")
                            .note("a negative or variable exponent makes the result a float in Python; write `float(x) ** y` once float() is supported, or use a float argument"),
                    );
                    return None;
                }
            }
        }
        let (l, r) = (cast(l, ty), cast(r, ty));
        Some(TExpr { ty, kind: TExprKind::Binary(op, Box::new(l), Box::new(r)), span })
    }
}

fn negate(c: ConstValue, ty: Scalar) -> ConstValue {
    match (c, ty) {
        (ConstValue::Float(f), _) => ConstValue::Float(-f),
        (ConstValue::Int(i), Scalar::Int { bits, signed }) => ConstValue::Int(wrap(-i, bits, signed)),
        (ConstValue::Int(i), _) => ConstValue::Int(-i),
        (ConstValue::Bool(b), _) => ConstValue::Int(-(b as i128)),
    }
}
