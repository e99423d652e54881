//! An export's tuple result holding a list or a str (issue 16: `return
//! arr, L`, `return (L1, L2)`, `return Xi, 'Neu', t`): the wrapper boxes
//! each item as that type's own result (a new Python list, the str
//! object; a list of lists of numbers as `return L` boxes it). Only a
//! tuple display in the return statement itself, of an
//! export whose return type is inferred or declared holding lists or strs
//! (`'Tuple((i8, List(int64)))(...)'`, checked against the declaration
//! as any declared result); a helper's such result (its
//! caller would need tuple variables holding lists or strs) is a
//! diagnostic.

use crate::sema::*;

impl Typer<'_> {
    /// Whether element `e` of a returned tuple display is a list or a str.
    fn list_or_str(&self, e: &Expr) -> bool {
        self.is_str_expr(e) || self.list_name(e).is_some() || self.is_new_list(e)
    }

    /// `return (x, L, 's')` holding a list or a str: its items' values and
    /// types, the list a header (numbers' or real arrays' lists).
    pub(in crate::sema) fn container_tuple_return(&mut self, stmt: &Stmt) -> Claim<TStmt> {
        let Stmt::Return(ast::StmtReturn { value: Some(v), .. }) = stmt else { return Claim::NotMine };
        let Expr::Tuple(t) = v.as_ref() else { return Claim::NotMine };
        let Some(first) = t.elts.iter().find(|e| self.list_or_str(e)) else { return Claim::NotMine };
        if !self.tolist_ok {
            self.errors.push(
                Diagnostic::error("a tuple holding a list or a str is not supported yet as the result of a helper or of an export with a declared return type")
                    .at(range(first), "a list or a str")
                    .note("an export whose return type is inferred (`'(f8[:],)'`) or declared holding them (`'Tuple((i8, List(int64)))(...)'`) may return one; return the parts separately from a helper"),
            );
            return Claim::Failed;
        }
        let span = range(stmt);
        let (mut values, mut tys) = (Vec::new(), Vec::new());
        for e in &t.elts {
            if self.is_str_expr(e) {
                let Some(x) = self.str_value(e) else { return Claim::Failed };
                values.push(x);
                tys.push(Ty::Str);
                continue;
            }
            if self.is_array_list_name(e) {
                // A list of arrays leaves whole, as `return L` (arraylists.rs).
                let name = self.list_name(e).expect("a list name");
                if !self.dict_list_stays(&name, &range(e)) {
                    return Claim::Failed;
                }
                self.shares_arrays = true;
                let l = self.list_ref(&name);
                let ty = self.array_list_ty(&Val::List(l.clone())).expect("a list of arrays");
                values.extend(Val::List(l).flat(&range(e)));
                tys.push(ty);
                continue;
            }
            let Some(v) = self.value_top(e) else { return Claim::Failed };
            let ty = match &v {
                // Rows of numbers, boxed as `return L` boxes them (nestedresults.rs).
                Val::List(l) if self.nested(&l.name) => match self.nested_list_result(&l.name, &range(e)) {
                    Some(ty) => ty,
                    None => return Claim::Failed,
                },
                Val::List(l) => match self.list_shapes.get(&self.lkey(&l.name)) {
                    Some(Ty::Array(a)) if !a.complex => Ty::ListOf(Box::new(Ty::Array(*a))),
                    Some(_) => {
                        self.errors.push(
                            Diagnostic::error(
                                "a list of tuples or of complex arrays inside a tuple result is not supported yet",
                            )
                            .at(range(e), "this list")
                            .note("a tuple result may hold lists of int64, float64, bool or real arrays"),
                        );
                        return Claim::Failed;
                    }
                    None => v.ty(),
                },
                v => v.ty(),
            };
            if let Ty::List(items) = &ty {
                let boxable = matches!(items.as_slice(), [Scalar::Bool | Scalar::I64 | Scalar::F64]);
                if !boxable {
                    self.errors.push(
                        Diagnostic::error(format!("a list of {} inside a tuple result is not supported yet", ty))
                            .at(range(e), "this list")
                            .note("a tuple result may hold lists of int64, float64, bool or real arrays"),
                    );
                    return Claim::Failed;
                }
            }
            tys.push(ty);
            values.extend(v.flat(&range(e)));
        }
        self.returns.push((Some(Ty::Tuple(tys)), span.clone()));
        Claim::Done(TStmt::Return { values, span })
    }
}
