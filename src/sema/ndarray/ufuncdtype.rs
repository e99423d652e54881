//! The ufunc keyword `dtype=`: `np.add(a, b, dtype=np.float64)`,
//! `np.sqrt(x, dtype=np.float32)`. numpy casts each input to the loop
//! dtype (after its same_kind check) and runs that dtype's loop; for the
//! ufuncs here the loop is homogeneous, so the call is rewritten to the
//! ufunc of the cast inputs (`x.astype(np.float64)`, `np.float64(k)`),
//! whose values are numpy's bit for bit. The float32 loops of the
//! transcendental functions are left out (numpy's SIMD decides their bits).

use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// The ufuncs whose `dtype=` loop computes the cast inputs as the plain
/// call does, and whether they have float loops only.
fn dtype_ufunc(name: &str) -> Option<bool> {
    match name {
        "add" | "subtract" | "multiply" | "floor_divide" | "remainder" | "mod" | "power" | "maximum" | "minimum"
        | "fmax" | "fmin" | "negative" | "absolute" | "square" => Some(false),
        "true_divide" | "divide" | "sqrt" | "exp" | "exp2" | "expm1" | "log" | "log2" | "log10" | "log1p" | "sin"
        | "cos" | "tan" | "arcsin" | "arccos" | "arctan" | "sinh" | "cosh" | "tanh" | "arcsinh" | "arccosh"
        | "arctanh" | "cbrt" | "arctan2" | "hypot" => Some(true),
        _ => None,
    }
}

/// Collects the calls with a `dtype=` keyword (innermost first).
struct Collect(Vec<ast::ExprCall>);

impl Fold<TextRange> for Collect {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        let e = fold::fold_expr(self, e)?;
        if let Expr::Call(c) = &e {
            if c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "dtype")) {
                self.0.push(c.clone());
            }
        }
        Ok(e)
    }
}

/// Replaces the calls at the given ranges.
struct Replace(Vec<(TextRange, Expr)>);

impl Fold<TextRange> for Replace {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        if let Some((_, x)) = self.0.iter().find(|(r, _)| *r == e.range()) {
            return Ok(x.clone());
        }
        fold::fold_expr(self, e)
    }
}

impl Typer<'_> {
    /// `stmt` with its numpy ufunc calls that take `dtype=` rewritten (see
    /// the module comment); `pass` after a diagnostic; None without any.
    pub(in crate::sema) fn ufunc_dtype(&mut self, stmt: &Stmt) -> Option<Stmt> {
        // Statements holding blocks are left to their blocks' statements.
        if !matches!(stmt, Stmt::Expr(_) | Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::AnnAssign(_) | Stmt::Return(_))
        {
            return None;
        }
        let mut found = Collect(Vec::new());
        let Ok(_) = found.fold_stmt(stmt.clone());
        let mut replace = Vec::new();
        for c in found.0 {
            let Expr::Attribute(f) = c.func.as_ref() else { continue };
            let name = f.attr.as_str();
            if !self.numpy_module_of(&f.value) || !(crate::sema::numpy::is_ufunc(name) || dtype_ufunc(name).is_some()) {
                continue;
            }
            match self.cast_inputs(&c, f) {
                Some(e) => replace.push((c.range, e)),
                None => return Some(Stmt::Pass(ast::StmtPass { range: stmt.range() })),
            }
        }
        if replace.is_empty() {
            return None;
        }
        let Ok(out) = Replace(replace).fold_stmt(stmt.clone());
        Some(out)
    }

    /// `np.<ufunc>(x, ..., dtype=D)` as `np.<ufunc>(x cast to D, ...)`.
    fn cast_inputs(&mut self, c: &ast::ExprCall, f: &ast::ExprAttribute) -> Option<Expr> {
        let name = f.attr.as_str();
        let span = range(&Expr::Call(c.clone()));
        let fail = |t: &mut Self, msg: String, at: Range<usize>| {
            t.errors.push(Diagnostic::error(msg).at(at, "here").note(
                "pycc compiles `dtype=` (a numpy scalar type, `float` or `int`) of the arithmetic ufuncs, and of the float ones with a float dtype",
            ));
            None
        };
        let k = c.keywords.iter().position(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "dtype"))?;
        let Some(float_only) = dtype_ufunc(name) else {
            return fail(self, format!("`dtype=` of numpy.{name}() is not supported yet"), span);
        };
        let d = &c.keywords[k].value;
        let (to, tname) = match d {
            Expr::Attribute(a) if self.numpy_module_of(&a.value) => {
                match crate::sema::scalars::dtype(a.attr.as_str()) {
                    Some(s) => (s, a.attr.to_string()),
                    None => return fail(self, "this dtype is not supported here".into(), range(d)),
                }
            }
            Expr::Name(n) if n.id.as_str() == "float" => (Scalar::F64, "float64".to_string()),
            Expr::Name(n) if n.id.as_str() == "int" => (Scalar::I64, "int64".to_string()),
            _ => return fail(self, "this dtype is not supported here".into(), range(d)),
        };
        let ok = match to {
            Scalar::Bool => false,
            Scalar::Int { .. } => !float_only,
            Scalar::Float { bits } => bits == 64 || !float_only || matches!(name, "sqrt" | "true_divide" | "divide"),
        };
        if !ok {
            return fail(self, format!("`dtype={tname}` of numpy.{name}() is not supported"), range(d));
        }
        let ty = |at: TextRange| {
            Expr::Attribute(ast::ExprAttribute {
                range: at,
                value: f.value.clone(),
                attr: ast::Identifier::new(tname.clone()),
                ctx: ast::ExprContext::Load,
            })
        };
        let mut args = Vec::new();
        for (j, x) in c.args.iter().enumerate() {
            let Some((from, complex)) = self.peek_dtype(x) else {
                return fail(self, "the type of this operand is unknown here".into(), range(x));
            };
            if complex || !crate::sema::arrayops::same_kind(from, to) {
                let shown = if complex { "complex128".into() } else { np_dtype_name(from) };
                self.errors.push(
                    Diagnostic::error(format!(
                        "Cannot cast ufunc '{name}' input {j} from dtype('{shown}') to dtype('{}') with casting rule 'same_kind'",
                        np_dtype_name(to)
                    ))
                    .at(range(x), "numpy raises UFuncTypeError here"),
                );
                return None;
            }
            let at = x.range();
            args.push(if self.is_array_like(x) {
                Expr::Call(ast::ExprCall {
                    range: at,
                    func: Box::new(Expr::Attribute(ast::ExprAttribute {
                        range: at,
                        value: Box::new(x.clone()),
                        attr: ast::Identifier::new("astype"),
                        ctx: ast::ExprContext::Load,
                    })),
                    args: vec![ty(at)],
                    keywords: Vec::new(),
                })
            } else {
                Expr::Call(ast::ExprCall {
                    range: at,
                    func: Box::new(ty(at)),
                    args: vec![x.clone()],
                    keywords: Vec::new(),
                })
            });
        }
        // `out=` and `where=` stay for ufunc_out (numpy casts the loop's result to `out`).
        let mut keywords = c.keywords.clone();
        keywords.remove(k);
        Some(Expr::Call(ast::ExprCall { args, keywords, ..c.clone() }))
    }
}

/// numpy's dtype name: `float64`, `int32`, `bool`.
fn np_dtype_name(s: Scalar) -> String {
    match s {
        Scalar::Bool => "bool".into(),
        other => other.long_name(),
    }
}
