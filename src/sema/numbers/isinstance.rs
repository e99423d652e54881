//! `isinstance(x, cls)` of a variable, decided from its static type as
//! numba decides it: a constant bool. The classes are the builtins `int`,
//! `float`, `bool`, `complex`, `str`, `tuple`, `list`, `dict`, `set`,
//! `object` and `np.ndarray`, or a tuple of them; a bool is also an `int`
//! (its subclass), as in CPython.

use crate::sema::claim::Claim;
use crate::sema::*;

impl Typer<'_> {
    /// `isinstance(x, cls)` when `c` is a call of the builtin (NotMine: it is not).
    pub(in crate::sema) fn isinstance_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Claim<TExpr> {
        let Expr::Name(f) = c.func.as_ref() else { return Claim::NotMine };
        if f.id.as_str() != "isinstance" || !self.is_builtin("isinstance") {
            return Claim::NotMine;
        }
        let ([x, cls], []) = (c.args.as_slice(), c.keywords.as_slice()) else {
            self.errors.push(Diagnostic::error("isinstance() takes an object and a class").at(span, "here"));
            return Claim::Failed;
        };
        let Some(kind) = self.static_class(x) else {
            self.errors.push(
                Diagnostic::error("isinstance() is supported on a variable whose type is known here only")
                    .at(range(x), "not a variable of one type")
                    .note("pycc decides isinstance from the variable's type, as numba does"),
            );
            return Claim::Failed;
        };
        let Some(classes) = self.classes(cls) else {
            self.errors.push(
                Diagnostic::error("this class is not supported in isinstance() yet")
                    .at(range(cls), "not a class pycc knows")
                    .note("pycc takes int, float, bool, complex, str, tuple, list, dict, set, object, np.ndarray or a tuple of them"),
            );
            return Claim::Failed;
        };
        let hit = classes.iter().any(|k| *k == kind || *k == "object" || (*k == "int" && kind == "bool"));
        Claim::Done(TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(hit)), span })
    }

    /// The class of what the name `x` holds at every point of the body.
    fn static_class(&self, x: &Expr) -> Option<&'static str> {
        let Expr::Name(n) = x else { return None };
        let id = n.id.as_str();
        if self.optional.contains(id) && !self.not_none.contains(id) {
            return None;
        }
        if self.arrays.contains_key(id) {
            return Some("ndarray");
        }
        if self.arity.contains_key(id) {
            return Some("tuple");
        }
        if self.lists.contains_key(id) {
            return Some("list");
        }
        if self.dicts.contains_key(id) {
            return Some("dict");
        }
        if self.is_set_name(id) {
            return Some("set");
        }
        if self.complex.contains(id) {
            return Some("complex");
        }
        if self.strs.contains(id) {
            return Some("str");
        }
        match self.types.get(id)? {
            Scalar::Bool => Some("bool"),
            Scalar::Int { .. } => Some("int"),
            Scalar::Float { .. } => Some("float"),
        }
    }

    /// The class names `cls` stands for (a tuple: each).
    fn classes(&self, cls: &Expr) -> Option<Vec<&'static str>> {
        const BUILTIN: [&str; 10] =
            ["int", "float", "bool", "complex", "str", "tuple", "list", "dict", "set", "object"];
        match cls {
            Expr::Tuple(t) => t.elts.iter().map(|e| self.classes(e)).collect::<Option<Vec<_>>>().map(|v| v.concat()),
            Expr::Name(n) if self.is_builtin(n.id.as_str()) => {
                BUILTIN.iter().find(|b| **b == n.id.as_str()).map(|b| vec![*b])
            }
            Expr::Attribute(a) if a.attr.as_str() == "ndarray" && self.numpy_module_of(&a.value) => {
                Some(vec!["ndarray"])
            }
            _ => None,
        }
    }
}
