//! 0-d arrays made from a number: `z = np.array(x)` / `np.asarray(x)` of
//! a number is, to numpy 2, a 0-d array whose every operation gives a
//! numpy scalar of its dtype (strong in promotion, NEP 50), which is what
//! `x` itself is for a numpy scalar. pycc types it so: the value is `x`,
//! the name a numpy scalar (`b * z` of a float32 array `b` is float64);
//! `z[()]` is `z`, `z.item()` the Python number (`float(z)`, `int(z)`,
//! `bool(z)`), `z.ndim` 0 and `z.size` 1; `np.array(x, dtype=np.float32)`
//! of a Python number is `np.float32(x)`. Where a 0-d array differs from
//! its scalar (an export returning it gives an ndarray, `z[()] = v` writes
//! it, a rebinding or `z += 1` keeps its dtype) a diagnostic says so.

use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// The names in `body` (not in nested functions) whose every binding is
/// `name = np.array(v)` / `np.asarray(v)` of one positional argument that
/// is no display (a list or tuple makes a 1-d array).
pub(in crate::sema) fn zero_d_names(body: &[Stmt]) -> HashSet<String> {
    struct Binds {
        calls: HashMap<String, usize>,
        stores: HashMap<String, usize>,
    }
    impl Fold<TextRange> for Binds {
        crate::syntax::identity_fold!();
        fn fold_stmt(&mut self, s: Stmt) -> std::result::Result<Stmt, Self::Error> {
            if let Stmt::Assign(a) = &s {
                if let ([Expr::Name(n)], Expr::Call(c)) = (a.targets.as_slice(), a.value.as_ref()) {
                    if zero_d_form(c) {
                        *self.calls.entry(n.id.to_string()).or_default() += 1;
                    }
                }
            }
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => Ok(s),
                s => fold::fold_stmt(self, s),
            }
        }
        fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
            if let Expr::Name(n) = &e {
                if matches!(n.ctx, ast::ExprContext::Store | ast::ExprContext::Del) {
                    *self.stores.entry(n.id.to_string()).or_default() += 1;
                }
            }
            fold::fold_expr(self, e)
        }
    }
    let mut binds = Binds { calls: HashMap::new(), stores: HashMap::new() };
    for s in body {
        let Ok(_) = binds.fold_stmt(s.clone());
    }
    binds.calls.into_iter().filter(|(n, k)| binds.stores.get(n) == Some(k)).map(|(n, _)| n).collect()
}

/// `<m>.array(v)` / `<m>.asarray(v)`: one positional argument, no
/// keywords, not a display (the module is checked where typed).
fn zero_d_form(c: &ast::ExprCall) -> bool {
    let Expr::Attribute(f) = c.func.as_ref() else { return false };
    matches!(f.attr.as_str(), "array" | "asarray")
        && (c.keywords.is_empty() || zero_d_dtype(c).is_some())
        && matches!(c.args.as_slice(), [v] if !matches!(v, Expr::List(_) | Expr::Tuple(_) | Expr::ListComp(_) | Expr::GeneratorExp(_) | Expr::Starred(_)))
}

/// The scalar type named by `dtype=<m>.<type>`, the call's one keyword.
fn zero_d_dtype(c: &ast::ExprCall) -> Option<&str> {
    let [k] = c.keywords.as_slice() else { return None };
    let Expr::Attribute(d) = &k.value else { return None };
    let name = d.attr.as_str();
    (k.arg.as_deref() == Some("dtype") && crate::sema::scalars::dtype(name).is_some()).then_some(name)
}

impl Typer<'_> {
    /// Whether `c` is `np.array(v)` / `np.asarray(v)` of a real number.
    pub(in crate::sema) fn zero_d_call(&self, c: &ast::ExprCall) -> bool {
        let Expr::Attribute(f) = c.func.as_ref() else { return false };
        let typed = zero_d_dtype(c).is_some();
        // With dtype=, a Python number converts as `np.<type>(x)` does
        // (numpy's array of a numpy scalar casts instead: not compiled).
        zero_d_form(c)
            && self.numpy_module_of(&f.value)
            && self.number_shaped(&c.args[0])
            && !(typed && self.numpy_scalar(&c.args[0]))
            && (!typed || matches!(&c.keywords[0].value, Expr::Attribute(d) if self.numpy_module_of(&d.value)))
    }

    /// The value of a 0-d array of a number: the number, of its own type,
    /// or converted to `dtype=` as numpy's scalar type converts it.
    pub(in crate::sema) fn zero_d_value(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let Some(name) = zero_d_dtype(c) else { return self.expr(&c.args[0]) };
        let to = crate::sema::scalars::dtype(name).expect("zero_d_dtype checked");
        let plain = ast::ExprCall { keywords: Vec::new(), ..c.clone() };
        self.numpy_scalar_ctor(name, to, &plain, span).ok()
    }

    /// `np.array(x)[()]` written inline: the number, as `z[()]` of a bound one.
    pub(in crate::sema) fn zero_d_call_item(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Claim<TExpr> {
        let Expr::Call(c) = s.value.as_ref() else { return Claim::NotMine };
        if !matches!(s.slice.as_ref(), Expr::Tuple(t) if t.elts.is_empty()) || !self.zero_d_call(c) {
            return Claim::NotMine;
        }
        Claim::checked(self.zero_d_value(c, span))
    }

    /// Whether `e` is a real number by its form: a number constant, a
    /// number variable, an element of an array, arithmetic of those, or a
    /// conversion or math call of those.
    fn number_shaped(&self, e: &Expr) -> bool {
        if self.is_complex(e) || self.is_array_like(e) {
            return false;
        }
        match e {
            Expr::Constant(k) => {
                matches!(k.value, ast::Constant::Int(_) | ast::Constant::Float(_) | ast::Constant::Bool(_))
            }
            Expr::Name(n) => self.number_name(n.id.as_str()),
            Expr::Subscript(s) => self.array_name(&s.value).is_some(),
            Expr::BinOp(b) => self.number_shaped(&b.left) && self.number_shaped(&b.right),
            Expr::UnaryOp(u) => self.number_shaped(&u.operand),
            Expr::Call(c) if c.keywords.is_empty() && c.args.iter().all(|a| self.number_shaped(a)) => {
                match c.func.as_ref() {
                    Expr::Name(n) => {
                        matches!(n.id.as_str(), "float" | "int" | "abs" | "bool") && self.is_builtin(n.id.as_str())
                    }
                    Expr::Attribute(a) => {
                        self.math_module_of(&a.value).is_some() || self.numpy_scalar_type(c).is_some()
                    }
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Whether `name` is a local or parameter holding one real number.
    fn number_name(&self, name: &str) -> bool {
        self.types.types.contains_key(name)
            && !self.arrays.contains_key(name)
            && !self.arity.contains_key(name)
            && !self.dicts.contains_key(name)
            && !self.complex.contains(name)
            && !self.strs.contains(name)
            && !self.is_set_name(name)
            && self.list_name(&crate::sema::sugar::name(name, Default::default())).is_none()
    }

    /// Whether `name` holds a 0-d array typed as its number.
    pub(in crate::sema) fn zero_d_name(&self, name: &str) -> bool {
        self.zero_d.contains(name) && self.types.types.contains_key(name) && !self.arrays.contains_key(name)
    }

    /// `stmt` with its 0-d array forms rewritten (`z[()]` as `z`,
    /// `z.item()` as the Python number); Some(None) when it has none,
    /// None after a diagnostic for a form where a 0-d array is no number.
    pub(in crate::sema) fn zero_d_forms(&mut self, stmt: &Stmt) -> Option<Option<Stmt>> {
        if let Some(span) = self.zero_d_unsupported(stmt) {
            // The name's other uses would only repeat the error.
            if let Stmt::Assign(a) = stmt {
                if let [Expr::Name(n)] = a.targets.as_slice() {
                    self.poisoned.insert(n.id.to_string());
                }
            }
            self.errors.push(
                Diagnostic::error("this use of a 0-d array is not supported yet")
                    .at(span, "a 0-d array here")
                    .note("pycc compiles `z = np.array(x)` of a number bound once, as numpy's scalar of its dtype: its arithmetic, z[()], z.item(), float(z); not a write `z[()] = v`, a rebinding, `z op= v`, or an export returning it (an ndarray in numpy)"),
            );
            return None;
        }
        if self.zero_d.is_empty() {
            return Some(None);
        }
        let names: HashSet<String> = self.zero_d.iter().filter(|n| self.zero_d_name(n)).cloned().collect();
        let mut forms = ZeroDForms { names, types: &self.types.types, changed: false };
        let Ok(out) = forms.fold_stmt(stmt.clone());
        Some(forms.changed.then_some(out))
    }

    /// Where `stmt` uses a 0-d array where it is no number: an export's
    /// `return z`, `z[()] = v`, `z op= v`, or a binding of `np.array(x)`
    /// to a name bound otherwise too.
    fn zero_d_unsupported(&self, stmt: &Stmt) -> Option<Range<usize>> {
        let named = |e: &Expr| matches!(e, Expr::Name(n) if self.zero_d_name(n.id.as_str()));
        match stmt {
            Stmt::Return(r) if self.exported => {
                let v = r.value.as_deref()?;
                let items = match v {
                    Expr::Tuple(t) => t.elts.iter().collect(),
                    v => vec![v],
                };
                items.into_iter().find(|e| named(e)).map(range)
            }
            Stmt::Assign(a) => {
                if let Some(t) = a.targets.iter().find(|t| matches!(t, Expr::Subscript(s) if named(&s.value))) {
                    return Some(range(t));
                }
                match (a.targets.as_slice(), a.value.as_ref()) {
                    ([Expr::Name(n)], Expr::Call(c)) if !self.zero_d.contains(n.id.as_str()) && self.zero_d_call(c) => {
                        Some(range(a.value.as_ref()))
                    }
                    _ => None,
                }
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if named(&s.value)) => {
                Some(range(a.target.as_ref()))
            }
            _ => None,
        }
    }
}

/// The rewrite of `z[()]` and `z.item()` for the 0-d names.
struct ZeroDForms<'a> {
    names: HashSet<String>,
    types: &'a HashMap<String, Scalar>,
    changed: bool,
}

impl Fold<TextRange> for ZeroDForms<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        let zero_d = |x: &Expr| match x {
            Expr::Name(n) if self.names.contains(n.id.as_str()) => Some(n.id.to_string()),
            _ => None,
        };
        match &e {
            Expr::Subscript(s)
                if matches!(s.ctx, ast::ExprContext::Load)
                    && matches!(s.slice.as_ref(), Expr::Tuple(t) if t.elts.is_empty())
                    && zero_d(&s.value).is_some() =>
            {
                self.changed = true;
                Ok((*s.value).clone())
            }
            // A 0-d array's ndim and size.
            Expr::Attribute(a) if matches!(a.attr.as_str(), "ndim" | "size") && zero_d(&a.value).is_some() => {
                self.changed = true;
                Ok(crate::sema::sugar::int(i64::from(a.attr.as_str() == "size"), e.range()))
            }
            Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty() => {
                let Expr::Attribute(a) = c.func.as_ref() else { return fold::fold_expr(self, e) };
                let Some(n) = zero_d(&a.value).filter(|_| a.attr.as_str() == "item") else {
                    return fold::fold_expr(self, e);
                };
                // numpy's item(): the Python number of the dtype's kind.
                let conv = match self.types.get(&n) {
                    Some(Scalar::Bool) => "bool",
                    Some(Scalar::Int { .. }) => "int",
                    _ => "float",
                };
                self.changed = true;
                Ok(crate::sema::sugar::call(conv, vec![(*a.value).clone()], e.range()))
            }
            _ => fold::fold_expr(self, e),
        }
    }
}
