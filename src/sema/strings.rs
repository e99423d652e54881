//! Strings (numba's `unicode_type`): a str parameter of an export, and
//! str literals, as operands of `hash()`, `len()`, comparisons, `in`, and
//! as the keys of typed dicts. A str value is carried as one int64, the
//! address of a CPython `str` object: a parameter's is the caller's
//! argument (alive for the call), a literal's is the runtime's cache of
//! literals (alive for the process). The runtime computes with CPython's
//! own functions (runtime_buffer.c, `pycc_str_*`), so `hash(s)` is
//! CPython's salted hash. Other uses of a str are a diagnostic.

use super::*;

/// The runtime functions (runtime_buffer.c): `(len) -> buffer`, `(buffer,
/// word index, word) -> buffer`, `(buffer, len) -> str` (a literal from
/// its UTF-8 bytes, 8 to a word, cached; the buffer freed), `(str) ->
/// hash`, `(str) -> len`, `(a, b, op) -> 0 or 1` (op: 0 ==, 1 !=, 2 <,
/// 3 <=, 4 >, 5 >=, 6 `a in b`).
pub(super) const STR_BUF_FN: &str = "pycc_str_buf";
pub(super) const STR_PUT_FN: &str = "pycc_str_put";
pub(super) const STR_LIT_FN: &str = "pycc_str_lit";
pub(super) const STR_HASH_FN: &str = "pycc_str_hash";
pub(super) const STR_LEN_FN: &str = "pycc_str_len";
pub(super) const STR_CMP_FN: &str = "pycc_str_cmp";

fn i64_const(i: i64, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(i as i128)), span: span.clone() }
}

fn runtime(symbol: &'static str, args: Vec<TExpr>, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Runtime(symbol, args), span: span.clone() }
}

/// A str literal: its bytes written into a runtime buffer a word at a
/// time (nested calls run innermost first), then made a str.
pub(super) fn literal(s: &str, span: &Range<usize>) -> TExpr {
    let bytes = s.as_bytes();
    let mut buf = runtime(STR_BUF_FN, vec![i64_const(bytes.len() as i64, span)], span);
    for (j, chunk) in bytes.chunks(8).enumerate() {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        let args = vec![buf, i64_const(j as i64, span), i64_const(i64::from_le_bytes(word), span)];
        buf = runtime(STR_PUT_FN, args, span);
    }
    runtime(STR_LIT_FN, vec![buf, i64_const(bytes.len() as i64, span)], span)
}

/// An export whose signature returns a str: not compiled yet.
pub(super) fn check_signature(source: &Source, export: &Export) -> Result<()> {
    if let Return::Declared(Ty::Str) = export.signature.ret {
        return Err(Diagnostics::new(
            source,
            vec![Diagnostic::error("returning a str (unicode_type) is not supported yet")
                .at(export.span.clone(), "declares a str result")
                .note("str arguments can be hashed, compared, measured with len() and used as dict keys")],
        ));
    }
    Ok(())
}

impl Typer<'_> {
    /// Whether `e` is a str operand: a str literal or a str parameter.
    pub(super) fn is_str_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Constant(c) => c.value.is_str(),
            Expr::Name(n) => self.strs.contains(n.id.as_str()),
            _ => false,
        }
    }

    /// Whether `e` computes with a str in a way not compiled yet: indexing,
    /// slicing, a method, an attribute, `+` or `*`.
    fn str_rooted(&self, e: &Expr) -> bool {
        match e {
            Expr::Subscript(x) => self.is_str_expr(&x.value) || self.str_rooted(&x.value),
            Expr::Attribute(x) => self.is_str_expr(&x.value) || self.str_rooted(&x.value),
            Expr::Call(x) => self.str_rooted(&x.func),
            Expr::BinOp(x) => [&x.left, &x.right].iter().any(|y| self.is_str_expr(y) || self.str_rooted(y)),
            _ => false,
        }
    }

    fn str_unsupported(&mut self, e: &Expr) -> Option<TExpr> {
        let what = match e {
            Expr::Subscript(_) => "indexing or slicing a str is",
            Expr::Attribute(_) | Expr::Call(_) => "str methods and attributes are",
            _ => "arithmetic on strs (`+`, `*`, `%`) is",
        };
        self.errors.push(
            Diagnostic::error(format!("{what} not supported yet"))
                .at(range(e), "str operation")
                .note("a str can be hashed, compared (== != < <= > >=, in), passed to len() and used as a dict key"),
        );
        None
    }

    /// Whether the typed `x` is a str operand (as `str_operand` makes them).
    pub(super) fn texpr_is_str(&self, x: &TExpr) -> bool {
        match &x.kind {
            TExprKind::Runtime(f, _) => *f == STR_LIT_FN,
            TExprKind::Var(v) => self.vars.get(*v).is_some_and(|i| self.strs.contains(&i.name)),
            _ => false,
        }
    }

    /// A str operand (`is_str_expr`) as its object's address.
    pub(super) fn str_operand(&mut self, e: &Expr) -> Option<TExpr> {
        let span = range(e);
        match e {
            Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(literal(s, &span)),
                _ => None,
            },
            Expr::Name(n) if self.strs.contains(n.id.as_str()) => {
                let var = self.var(n.id.as_str());
                Some(TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span })
            }
            _ => None,
        }
    }

    /// A str used where only a number or another kind of value can go.
    pub(super) fn str_misuse(&mut self, id: &str, span: Range<usize>) -> Option<TExpr> {
        self.errors.push(
            Diagnostic::error(format!("`{id}` is a str; this use of a str is not supported yet"))
                .at(span, "a str")
                .note("a str can be hashed, compared (== != < <= > >=, in), passed to len() and used as a dict key"),
        );
        None
    }

    /// The number an expression over strs gives: `hash(s)`, `len(s)`,
    /// `s == t` and the other comparisons, `s in t`. None: `e` is none
    /// of these.
    pub(super) fn str_expr(&mut self, e: &Expr) -> Option<Option<TExpr>> {
        let span = range(e);
        if self.str_rooted(e) {
            return Some(self.str_unsupported(e));
        }
        match e {
            Expr::Call(c) => {
                let Expr::Name(f) = c.func.as_ref() else { return None };
                if let ([arg], true) = (c.args.as_slice(), c.keywords.is_empty()) {
                    if self.str_rooted(arg) && matches!(f.id.as_str(), "len" | "hash") {
                        return Some(self.str_unsupported(arg));
                    }
                }
                let f = f.id.as_str();
                let ([arg], true) = (c.args.as_slice(), c.keywords.is_empty()) else { return None };
                if !matches!(f, "hash" | "len") || !self.is_builtin(f) || !self.is_str_expr(arg) {
                    return None;
                }
                let s = self.str_operand(arg)?;
                Some(Some(runtime(if f == "hash" { STR_HASH_FN } else { STR_LEN_FN }, vec![s], &span)))
            }
            Expr::Compare(c) => {
                let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
                if !self.is_str_expr(&c.left) || !self.is_str_expr(right) {
                    return None;
                }
                let (code, negate) = match op {
                    ast::CmpOp::Eq => (0, false),
                    ast::CmpOp::NotEq => (1, false),
                    ast::CmpOp::Lt => (2, false),
                    ast::CmpOp::LtE => (3, false),
                    ast::CmpOp::Gt => (4, false),
                    ast::CmpOp::GtE => (5, false),
                    ast::CmpOp::In => (6, false),
                    ast::CmpOp::NotIn => (6, true),
                    _ => return None,
                };
                let (a, b) = (self.str_operand(&c.left)?, self.str_operand(right)?);
                let r = runtime(STR_CMP_FN, vec![a, b, i64_const(code, &span)], &span);
                let op = if negate { CmpOp::Eq } else { CmpOp::Ne };
                let kind = TExprKind::Compare(op, Box::new(r), Box::new(i64_const(0, &span)));
                Some(Some(TExpr { ty: Scalar::Bool, kind, span }))
            }
            _ => None,
        }
    }
}
