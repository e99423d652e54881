//! Tuples of strs (`NAMES = ('a', 'b')` at module level, `t = ('x', s)`):
//! a CPython tuple object carried as its address, as a list of strs is
//! (strlists.rs), sharing its operations that do not change it (`len(t)`,
//! `t[i]`, `t[a:b]`, `s in t`, `t.index(s)`, `t.count(s)`, `for s in t`):
//! each is the tuple's own CPython method, so values and errors are its
//! (`IndexError: tuple index out of range`). A module-level constant is
//! made once per process (the runtime keeps it by its items joined by NUL
//! characters); a display makes a new tuple, as in CPython.

use super::*;

impl Typer<'_> {
    /// The items of the module-level tuple of strs `id` names here, unless
    /// a local of the same name hides it.
    pub(in crate::sema) fn global_strtuple(&self, id: &str) -> Option<&Vec<String>> {
        let local = self.types.contains_key(id)
            || self.arity.contains_key(id)
            || self.arrays.contains_key(id)
            || self.dicts.contains_key(id)
            || self.strs.contains(id)
            || self.strs.contains(&format!("{id}[]"));
        self.globals.str_tuples.get(id).filter(|_| !local)
    }

    /// A tuple display whose items are all strs.
    pub(in crate::sema) fn is_strtuple_display(&self, e: &Expr) -> bool {
        matches!(e, Expr::Tuple(t) if !t.elts.is_empty() && t.elts.iter().all(|x| self.is_str_expr(x)))
    }

    /// The tuple object of a module-level tuple of strs or of a display of
    /// strs (items in order, four to a call, longer ones concatenated).
    pub(in crate::sema) fn strtuple_value(&mut self, e: &Expr) -> Option<TExpr> {
        let span = range(e);
        if let Expr::Name(n) = e {
            let joined = self.global_strtuple(n.id.as_str())?.join("\0");
            return Some(str_call(Res::Obj, None, "(const)", vec![(literal(&joined, &span), KIND_OBJ)], &span));
        }
        let Expr::Tuple(t) = e else { return None };
        let mut items = Vec::new();
        for x in &t.elts {
            items.push(self.str_value(x));
        }
        let items: Vec<TExpr> = items.into_iter().collect::<Option<_>>()?;
        let mut whole: Option<TExpr> = None;
        for chunk in items.chunks(4) {
            let part = str_call(Res::Obj, None, "(,)", chunk.iter().map(|x| (x.clone(), KIND_OBJ)).collect(), &span);
            whole = Some(match whole {
                None => part,
                Some(w) => str_call(Res::Obj, Some(w), "__add__", vec![(part, KIND_OBJ)], &span),
            });
        }
        whole
    }
}
