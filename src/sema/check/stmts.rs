//! Statements: a block's statements rewritten (desugaring) and typed, the
//! function's result, and raise.

use crate::sema::*;

/// A function's leading string constant, which runs nothing.
pub(in crate::sema) fn is_docstring(stmt: &Stmt, first: bool) -> bool {
    matches!(stmt, Stmt::Expr(e) if first && matches!(e.value.as_ref(), Expr::Constant(c) if c.value.is_str()))
}

/// Whether a statement list cannot complete normally (every path returns,
/// or loops forever without `break`).
pub(in crate::sema) fn always_returns(stmts: &[TStmt]) -> bool {
    stmts.iter().any(|s| match s {
        TStmt::Return { .. } | TStmt::Raise { .. } | TStmt::Fail { .. } => true,
        TStmt::If { then, orelse, .. } => always_returns(then) && always_returns(orelse),
        TStmt::Try { body, handler } => always_returns(body) && always_returns(handler),
        TStmt::Seq(body) => always_returns(body),
        // Without a `break`, a loop ends only through its else clause (or
        // never, for `while True`).
        TStmt::While { cond, body, orelse } => {
            !breaks(body) && (matches!(cond.kind, TExprKind::Const(ConstValue::Bool(true))) || always_returns(orelse))
        }
        TStmt::For { body, orelse, .. } => !breaks(body) && always_returns(orelse),
        _ => false,
    })
}

/// Whether a loop body contains a `break` for that loop (the else clause of
/// a nested loop belongs to this one; the nested body does not).
pub(in crate::sema) fn breaks(stmts: &[TStmt]) -> bool {
    stmts.iter().any(|s| match s {
        TStmt::Break => true,
        TStmt::If { then, orelse, .. } | TStmt::Try { body: then, handler: orelse } => breaks(then) || breaks(orelse),
        TStmt::Seq(body) => breaks(body),
        TStmt::While { orelse, .. } | TStmt::For { orelse, .. } => breaks(orelse),
        _ => false,
    })
}

/// Converts every returned value to the function's return type.
pub(in crate::sema) fn convert_returns(stmts: &mut [TStmt], rt: &[Scalar]) {
    for s in stmts {
        match s {
            TStmt::Return { values, .. } => {
                for (v, &t) in values.iter_mut().zip(rt) {
                    let e =
                        std::mem::replace(v, TExpr { ty: t, kind: TExprKind::Const(ConstValue::Int(0)), span: 0..0 });
                    *v = cast(e, t);
                }
            }
            TStmt::If { then, orelse, .. } | TStmt::Try { body: then, handler: orelse } => {
                convert_returns(then, rt);
                convert_returns(orelse, rt);
            }
            TStmt::Seq(body) => convert_returns(body, rt),
            TStmt::While { body, orelse, .. } | TStmt::For { body, orelse, .. } => {
                convert_returns(body, rt);
                convert_returns(orelse, rt);
            }
            _ => {}
        }
    }
}

pub(in crate::sema) fn unsupported_stmt(stmt: &Stmt, text: &str) -> Diagnostic {
    let what = match stmt {
        Stmt::TryStar(_) => "`try` with `except*` is",
        Stmt::With(_) | Stmt::AsyncWith(_) => "`with` is",
        Stmt::Global(_) | Stmt::Nonlocal(_) => "`global` and `nonlocal` are",
        Stmt::Delete(_) => "`del` is",
        Stmt::ClassDef(_) => "classes are",
        Stmt::FunctionDef(_) => "nested functions are",
        Stmt::Import(_) | Stmt::ImportFrom(_) => "imports inside functions are",
        _ => "this statement is",
    };
    Diagnostic::error(format!("{what} not supported yet"))
        .at(first_line(range(stmt), text), "unsupported")
        .note("see the README's table of what works")
}

/// The first line of a statement: a caret under a whole loop body helps no one.
pub(in crate::sema) fn first_line(r: Range<usize>, text: &str) -> Range<usize> {
    let first = text[r.clone()].lines().next().unwrap_or("");
    r.start..r.start + first.trim_end().len()
}

impl Typer<'_> {
    pub(in crate::sema) fn finish(
        mut self,
        export: &Export,
        params: Vec<Param>,
        mut body: Vec<TStmt>,
    ) -> Result<TypedFunction> {
        let f = &export.function;
        let head = range(f).start..range(f).start + 3 + f.name.len() + 1;
        let args = &f.args;
        if args.vararg.is_some() || args.kwarg.is_some() || !args.kwonlyargs.is_empty() {
            self.errors.push(
                Diagnostic::error("`*args`, `**kwargs` and keyword-only parameters are not supported")
                    .at(head.clone(), "in this function"),
            );
        }
        // A default of a parameter the signature declares is not used: the
        // compiled function takes every declared argument, as numba's does.
        if self.callee_failed {
            // The callee's diagnostics explain it; more here would only cascade.
            return Err(Diagnostics::new(self.source, self.errors));
        }
        let falls_off = !always_returns(&body);
        let valued: Vec<_> = self.returns.iter().filter_map(|(t, s)| t.clone().map(|t| (t, s.clone()))).collect();
        let bare: Vec<_> = self.returns.iter().filter(|(t, _)| t.is_none()).map(|(_, s)| s.clone()).collect();
        let optional_ret =
            self.optional_ret(&export.signature.ret, &valued, !bare.is_empty(), falls_off, &mut body).or_else(|| {
                self.optional_array_ret(&export.signature.ret, &valued, !bare.is_empty(), falls_off, &mut body)
            });
        self.tolist_everywhere(&valued);
        if let (None, Some(span)) = (&optional_ret, &self.returns_optional) {
            self.errors.push(
                Diagnostic::error(format!("`{}` returns a variable that can be None here", f.name))
                    .at(span.clone(), "can be None")
                    .note("an export may return None or one number (numba's Optional); not a tuple or an array"),
            );
        }
        let ret = match &export.signature.ret {
            _ if optional_ret.is_some() => optional_ret.clone(),
            Return::Void => {
                if let Some((_, span)) = valued.first() {
                    self.errors.push(
                        Diagnostic::error("the signature declares a void return, but this returns a value")
                            .at(span.clone(), "returns a value"),
                    );
                }
                None
            }
            Return::Infer if valued.is_empty() => None,
            Return::Infer => self.inferred_return(f, &head, &valued, &bare, falls_off),
            Return::Declared(d) => self.declared_return(f, d, &head, &valued, &bare, falls_off),
        };
        if let Some(rt) = &ret {
            convert_returns(&mut body, &rt.flat());
        }
        self.untyped_lists();
        self.untyped_dicts();
        if !self.errors.is_empty() {
            return Err(Diagnostics::new(self.source, self.errors));
        }
        let vars = self
            .vars
            .iter()
            .map(|v| VarInfo { name: v.name.clone(), ty: self.types.get(&v.name).copied().unwrap_or(v.ty) })
            .collect();
        let written = self.written.iter().cloned().collect();
        let filled_lists = self.filled_lists(export);
        Ok(TypedFunction {
            export: export.name.clone(),
            symbol: String::new(),
            exported: false,
            params,
            py_params: Vec::new(),
            py_defaults: Vec::new(),
            vars,
            ret,
            ret_optional: optional_ret.is_some(),
            ret_tolist: !self.tolist_returns.is_empty(),
            body,
            written,
            // Set by analysis::effects, from the body and the options.
            boundscheck: true,
            may_raise: false,
            allocates: false,
            touches_errno: true,
            stack_guarded: false,
            shares_arrays: self.shares_arrays,
            filled_lists,
            span: range(f),
        })
    }

    /// The joined type of the valued returns; a diagnostic when a path
    /// returns None (or reaches the end) or two returns do not join.
    pub(in crate::sema) fn inferred_return(
        &mut self,
        f: &ast::StmtFunctionDef,
        head: &Range<usize>,
        valued: &[(Ty, Range<usize>)],
        bare: &[Range<usize>],
        falls_off: bool,
    ) -> Option<Ty> {
        if let Some(span) = bare.first() {
            let kind = match &valued[0].0 {
                Ty::Array(_) => "an array",
                Ty::Tuple(_) => "a tuple",
                Ty::List(_) => "a list",
                Ty::Dict(..) => "a dict",
                Ty::Str => "a str",
                _ => "a value",
            };
            self.errors.push(
                Diagnostic::error(format!("`{}` returns {kind} on some paths and None on others", f.name))
                    .at(span.clone(), "returns None")
                    .also(valued[0].1.clone(), format!("returns {kind}"))
                    .note("None beside a number works (numba's Optional); beside other values not yet"),
            );
        } else if falls_off && self.errors.is_empty() {
            self.errors.push(
                Diagnostic::error(format!(
                    "`{}` returns a value on some paths but can also reach its end (returning None)",
                    f.name
                ))
                .at(head.clone(), "this function"),
            );
        }
        let mut acc = valued[0].0.clone();
        for (t, span) in &valued[1..] {
            match join_ty(&acc, t) {
                Some(j) => acc = j,
                None => {
                    self.errors.push(
                        Diagnostic::error(format!("`{}` returns {acc} here and {t} there", f.name))
                            .at(span.clone(), format!("this is {t}"))
                            .also(valued[0].1.clone(), format!("this is {}", valued[0].0)),
                    );
                    break;
                }
            }
        }
        Some(acc)
    }

    /// The declared return type, after checking every return converts to
    /// it and none returns None.
    pub(in crate::sema) fn declared_return(
        &mut self,
        f: &ast::StmtFunctionDef,
        d: &Ty,
        head: &Range<usize>,
        valued: &[(Ty, Range<usize>)],
        bare: &[Range<usize>],
        falls_off: bool,
    ) -> Option<Ty> {
        // An error already out (a failed assignment) can leave the returned
        // value's type half-inferred: a mismatch then is its follow-on.
        let quiet = !self.errors.is_empty();
        for (t, span) in valued {
            if !quiet && !can_convert_ty(t, d) {
                let note = if matches!(t, Ty::Dict(..)) {
                    "a dict keeps the key and value types of what is stored into it (numba's typed dict); declare those"
                } else if matches!(t, Ty::Set(_)) || matches!(d, Ty::Set(_)) {
                    "a set result is declared `Set(T)` with T its items' type (int64, float64 or bool)"
                } else {
                    "pycc does not truncate floats or guess truthiness implicitly; convert explicitly"
                };
                self.errors.push(
                    Diagnostic::error(format!("`{}` returns {t}, but its signature declares {d}", f.name))
                        .at(span.clone(), format!("this is {t}"))
                        .note(note),
                );
            }
        }
        if self.errors.is_empty() {
            if let Some(span) = bare.first() {
                self.errors.push(
                    Diagnostic::error(format!("`{}` can return None, but its signature declares {d}", f.name))
                        .at(span.clone(), "returns None"),
                );
            } else if falls_off {
                self.errors.push(
                    Diagnostic::error(format!(
                        "`{}` can reach its end and return None, but its signature declares {d}",
                        f.name
                    ))
                    .at(head.clone(), "this function"),
                );
            }
        }
        Some(d.clone())
    }

    pub(in crate::sema) fn block(&mut self, stmts: &[Stmt]) -> Vec<TStmt> {
        // What the enclosing statement's header (an `if` condition, a `for`
        // iterable) queued runs before that statement, not in this block.
        let outer = std::mem::take(&mut self.pre);
        let mut out = Vec::new();
        for (i, stmt) in stmts.iter().enumerate() {
            self.block_stmt(stmt, i == 0, &mut out);
        }
        self.pre = outer;
        out
    }

    /// One statement of a block, after rewriting its sugar (typing_sugar.rs).
    pub(in crate::sema) fn block_stmt(&mut self, stmt: &Stmt, first: bool, out: &mut Vec<TStmt>) {
        match elifchain::head(stmt) {
            Some(head) => self.rewrite_and_type(&head, Some(stmt), first, out),
            None => self.rewrite_and_type(stmt, None, first, out),
        }
    }

    /// `stmt` rewritten and typed. `chain`: the whole `if` statement when
    /// `stmt` is its first link of an `elif` chain, the rest elided
    /// (`elifchain`); every rewritten statement gets the rest back before
    /// it is typed.
    pub(in crate::sema) fn rewrite_and_type(
        &mut self,
        stmt: &Stmt,
        chain: Option<&Stmt>,
        first: bool,
        out: &mut Vec<TStmt>,
    ) {
        let unrewritten = stmt as *const Stmt;
        if let Some((stmts, keeps_first)) = self.whole_rewrites(stmt) {
            for s in &stmts {
                self.block_stmt(&elifchain::relink(s, chain), first && keeps_first, out);
            }
            return;
        }
        let zero_d = self.zero_d_forms(stmt);
        let Ok(zero_d) = self.checked(zero_d, &range(stmt)) else { return };
        let stmt = zero_d.as_ref().unwrap_or(stmt);
        let blocks = self.block_forms(stmt);
        let stmt = blocks.as_ref().unwrap_or(stmt);
        let rewritten = self.tuple_forms(stmt);
        let stmt = rewritten.as_ref().unwrap_or(stmt);
        if let Some(stmts) = self.expansions(stmt) {
            for s in &stmts {
                self.block_stmt(&elifchain::relink(s, chain), false, out);
            }
            return;
        }
        let hoisted = self.hoist_temps(stmt);
        let stmt = hoisted.as_ref().unwrap_or(stmt);
        let guarded = self.optional_str_compares(stmt);
        let stmt = guarded.as_ref().unwrap_or(stmt);
        // An optional array's None check runs before the statement's values.
        let checks = self.optional_array_checks(stmt);
        let Ok(checks) = self.checked(checks, &range(stmt)) else { return };
        out.extend(checks);
        let reported = self.errors.len();
        // Names whose assignment failed before this statement.
        let failed = if reported == 0 { HashSet::new() } else { self.poisoned.clone() };
        let whole = match chain {
            // No rewrite applied: the statement as written, chain and all.
            Some(whole) if std::ptr::eq(stmt, unrewritten) => std::borrow::Cow::Borrowed(whole),
            _ => elifchain::relink(stmt, chain),
        };
        let t = self.stmt(&whole, first);
        self.drop_follow_ons(&whole, reported, &failed);
        self.relink_dicts();
        // The statement's values are computed unconditionally, so its
        // shared values can be computed just before it, in order.
        out.extend(self.take_lets_and_pre(0, 0));
        if let Ok(Some(t)) = t {
            out.push(t);
        }
    }

    /// The rewrites that replace a statement before any other (a statement
    /// made of others, in order), and whether the first of them keeps the
    /// statement's place as the block's first (a docstring test).
    fn whole_rewrites(&mut self, stmt: &Stmt) -> Option<(Vec<Stmt>, bool)> {
        if let Some(stmts) = self
            .ndindex_sugar(stmt)
            .or_else(|| self.hoist_comprehension(stmt))
            .or_else(|| self.hoist_join(stmt))
            .or_else(|| self.hoist_nsmallest(stmt))
        {
            return Some((stmts, false));
        }
        if let Some(s) = self.ufunc_dtype(stmt) {
            return Some((vec![s], false));
        }
        if let Some(stmts) = self.ufunc_out(stmt).or_else(|| self.dot_out(stmt)) {
            return Some((stmts, false));
        }
        if let Some(stmts) = self.unroll_sugar(stmt).or_else(|| self.star_unpack(stmt)) {
            return Some((stmts, false));
        }
        let s = self.tolist_return(stmt).or_else(|| self.dict_views(stmt))?;
        Some((vec![s], true))
    }

    /// The desugarings of a statement into several (comprehensions, walrus,
    /// star calls, reductions, generator loops, list and str forms, arms
    /// that need statements), tried in order; the first that applies wins.
    fn expansions(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let mut temps = self.temps;
        let numpy = |m: &str| self.globals.modules.get(m).is_some_and(|x| x == "numpy");
        let expanded = mapfilter::expand(stmt, &|n| self.is_builtin(n), &|n| self.arity.contains_key(n), &mut temps)
            .or_else(|| displays::expand(stmt, &numpy, &|e| self.is_array_like(e), &|e| self.list_name(e).is_some()))
            .or_else(|| reduce::expand(stmt, self.globals, &mut temps))
            .or_else(|| walrus::expand(stmt, &mut temps))
            .or_else(|| {
                starcall::expand(
                    stmt,
                    self.globals,
                    &|n| !self.dicts.contains_key(n) && !self.is_set_name(n),
                    &mut temps,
                )
            })
            .or_else(|| sugar::expand(stmt, self.globals, &mut temps))
            .or_else(|| anyall::expand(stmt, self.globals, &|n| self.is_builtin(n), &mut temps))
            .or_else(|| minmaxtuple::expand(stmt, &|n| self.is_builtin(n), &|n| self.arity.contains_key(n), &mut temps))
            .or_else(|| self.list_del(stmt))
            .or_else(|| self.list_slice_store(stmt, &mut temps))
            .or_else(|| self.list_pair_assign(stmt))
            .or_else(|| self.iter_next(stmt))
            .or_else(|| self.str_partition(stmt, &mut temps))
            .or_else(|| self.list_augassign(stmt))
            .or_else(|| self.list_extend_iterable(stmt))
            .or_else(|| minmaxkey::expand(stmt, &|n| self.is_builtin(n), &mut temps))
            .or_else(|| minmaxnest::hoist(stmt, &|n| self.is_builtin(n), &mut temps))
            .or_else(|| generators::expand(stmt, self.globals, &mut temps));
        let expanded = expanded.or_else(|| shortcircuit::expand(stmt, &|e| self.queued_before(e), &mut temps));
        self.temps = temps;
        let expanded = expanded.or_else(|| self.arms_as_branches(stmt)).or_else(|| {
            let mut temps = self.temps;
            let out = armtemps::nested_arms(stmt, &|i| self.arm_needs_statements(i), &mut temps);
            self.temps = temps;
            out
        });
        expanded.or_else(|| self.hoist_dict_items(stmt))
    }

    /// A simple statement that names a variable whose assignment failed
    /// and then fails itself: its errors follow from the first one, so
    /// only that one is shown (a follow-on hides nothing the user must fix
    /// first); what it binds fails too.
    pub(in crate::sema) fn drop_follow_ons(&mut self, stmt: &Stmt, reported: usize, failed: &HashSet<String>) {
        let simple =
            matches!(stmt, Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::AnnAssign(_) | Stmt::Expr(_) | Stmt::Return(_));
        if reported == 0 || self.errors.len() == reported || !simple || failed.is_empty() {
            return;
        }
        let names = forward::Counts::of(std::slice::from_ref(stmt)).0;
        if !failed.iter().any(|p| names.contains_key(p)) {
            return;
        }
        self.errors.truncate(reported);
        let targets = match stmt {
            Stmt::Assign(a) => a.targets.iter().collect(),
            Stmt::AugAssign(a) => vec![a.target.as_ref()],
            Stmt::AnnAssign(a) => vec![a.target.as_ref()],
            _ => Vec::new(),
        };
        for t in targets {
            match t {
                Expr::Name(n) => _ = self.poisoned.insert(n.id.to_string()),
                Expr::Tuple(t) => {
                    self.poisoned.extend(t.elts.iter().filter_map(|e| e.as_name_expr()).map(|n| n.id.to_string()))
                }
                _ => {}
            }
        }
    }

    /// A statement typed: `Ok(None)` when it runs nothing (`pass`, a
    /// docstring, an import the module's globals already have).
    pub(in crate::sema) fn stmt_kind(&mut self, stmt: &Stmt, first: bool) -> Checked<Option<TStmt>> {
        for helper in [Self::set_rewrite, Self::set_stmt, Self::strlist_stmt] {
            if let Some(t) = self.claimed(helper, stmt) {
                return t.map(Some);
            }
        }
        if matches!(stmt, Stmt::Pass(_)) || self.imported_already(stmt) || is_docstring(stmt, first) {
            return Ok(None);
        }
        if let Some(t) = self.control_stmt(stmt) {
            return t.map(Some);
        }
        let queued = (self.pre.len(), self.lets.len());
        let t = self.stmt_of_kind(stmt);
        if t.is_none() && (self.pre.len(), self.lets.len()) != queued {
            // All its work is queued before it (`d.pop(k)` of a dict of
            // arrays binds the popped array there): nothing left to run.
            return Ok(None);
        }
        self.checked(t, &range(stmt)).map(Some)
    }

    /// `import numpy as np`, `from heapq import heappop` in the body: the
    /// file's globals have it (syntax/parse.rs `imports`), so there is
    /// nothing to run.
    fn imported_already(&self, stmt: &Stmt) -> bool {
        match stmt {
            Stmt::Import(i) => i.names.iter().all(|a| {
                let alias = a.asname.as_ref().unwrap_or(&a.name).as_str();
                self.globals.modules.get(alias).map(String::as_str) == Some(a.name.as_str())
                    && !self.types.contains_key(alias)
            }),
            Stmt::ImportFrom(i) => i.names.iter().all(|a| {
                let alias = a.asname.as_ref().unwrap_or(&a.name).as_str();
                let module = i.module.as_deref().unwrap_or_default();
                self.globals.from_imports.get(alias).is_some_and(|(m, f)| m == module && f == a.name.as_str())
                    && !self.types.contains_key(alias)
            }),
            _ => false,
        }
    }

    /// A statement that steers control (`if`, loops, `try`, `raise`,
    /// `assert`, `break`, `continue`), or None for the other kinds.
    fn control_stmt(&mut self, stmt: &Stmt) -> Option<Checked<TStmt>> {
        Some(match stmt {
            Stmt::For(_) | Stmt::While(_) => self.loop_stmt(stmt),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::Raise(r) => self.raise(stmt, r),
            Stmt::Assert(a) => self.assert_stmt(a, range(stmt)),
            Stmt::Break(_) | Stmt::Continue(_) if self.loop_depth == 0 => {
                Err(self.report(Diagnostic::error("`break`/`continue` outside a loop").at(range(stmt), "here")))
            }
            Stmt::Break(_) => Ok(TStmt::Break),
            Stmt::Continue(_) => Ok(TStmt::Continue),
            Stmt::Try(t) => self.try_stmt(t, range(stmt)),
            _ => return None,
        })
    }

    /// `assert test, msg`: the message is computed only when the test fails.
    fn assert_stmt(&mut self, a: &ast::StmtAssert, span: Range<usize>) -> Checked<TStmt> {
        let cond = self.check_condition(&a.test)?;
        let facts = self.none_facts(&a.test, true);
        self.not_none.extend(facts);
        let raise = match &a.msg {
            None => TStmt::Raise { exception: "AssertionError".into(), message: String::new(), span: span.clone() },
            Some(m) => match self.constant_message(m) {
                Some(message) => TStmt::Raise { exception: "AssertionError".into(), message, span: span.clone() },
                // Evaluated only when the assertion fails, as CPython.
                None => {
                    let exc = self.exception_object(std::slice::from_ref(m), "AssertionError", &span);
                    let exc = self.checked(exc, &span)?;
                    TStmt::Fail { symbol: crate::abi::runtime::RAISE_OBJ_FN, args: vec![exc], span: span.clone() }
                }
            },
        };
        let failed = TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(cond)), span };
        Ok(TStmt::If { cond: failed, then: vec![raise], orelse: vec![] })
    }

    /// A statement that runs something, by its kind (the `Option`
    /// convention: None, reported).
    fn stmt_of_kind(&mut self, stmt: &Stmt) -> Option<TStmt> {
        match stmt {
            Stmt::Expr(_) => self.expr_stmt_kind(stmt),
            Stmt::Assign(_) => self.assign_stmt(stmt),
            Stmt::AugAssign(_) => self.augassign_stmt(stmt),
            Stmt::Return(_) => self.return_stmt(stmt),
            Stmt::Delete(d) if matches!(d.targets.as_slice(), [Expr::Subscript(s)] if self.dict_name(&s.value).is_some()) =>
            {
                let [Expr::Subscript(s)] = d.targets.as_slice() else { unreachable!() };
                self.dict_del(s, range(stmt))
            }
            other => {
                self.errors.push(unsupported_stmt(other, &self.source.text));
                None
            }
        }
    }

    /// An expression statement: a call run for its effect.
    pub(in crate::sema) fn expr_stmt_kind(&mut self, stmt: &Stmt) -> Option<TStmt> {
        match stmt {
            Stmt::Expr(e) if matches!(e.value.as_ref(), Expr::Call(c) if self.heapq_function(&c.func).is_some()) => {
                let Expr::Call(c) = e.value.as_ref() else { unreachable!("matched above") };
                match self.heapq_stmt(c, range(stmt)) {
                    // Not its form (`d.pop(k)` of a dict of arrays): the
                    // call computed for its effects.
                    Claim::NotMine => self.expr_stmt(e),
                    claimed => claimed.done(),
                }
            }
            Stmt::Expr(e) => match e.value.as_ref() {
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if self.dict_name(&a.value).is_some()) => {
                    match self.dict_method_stmt(c, range(stmt)) {
                        // Not its form (`d.pop(k)` of a dict of arrays): the
                        // call computed for its effects.
                        Claim::NotMine => self.expr_stmt(e),
                        claimed => claimed.done(),
                    }
                }
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if self.is_list_expr(&a.value)) => {
                    match self.list_method_stmt(c, range(stmt)) {
                        // Not its form (`d.pop(k)` of a dict of arrays): the
                        // call computed for its effects.
                        Claim::NotMine => self.expr_stmt(e),
                        claimed => claimed.done(),
                    }
                }
                Expr::Call(c)
                    if self.random_function(&c.func).is_some_and(|(_, n)| matches!(n, "seed" | "shuffle")) =>
                {
                    let (module, name) = self.random_function(&c.func).expect("matched");
                    self.random_stmt(module, name, c, range(stmt))
                }
                Expr::Call(c) if self.array_method_of(c).is_some_and(|(_, m)| m == "fill") => {
                    self.fill_call(c, range(stmt))
                }
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "fill_diagonal" && self.numpy_module_of(&a.value)) => {
                    self.fill_diagonal(c, range(stmt))
                }
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "put" && self.numpy_module_of(&a.value)) => {
                    self.np_put(c, range(stmt))
                }
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "copyto" && self.numpy_module_of(&a.value)) => {
                    self.np_copyto(c, range(stmt))
                }
                Expr::Call(c)
                    if matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "matmul" && self.numpy_module_of(&a.value))
                        && c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "out")) =>
                {
                    self.matmul_out(c, range(stmt))
                }
                Expr::Call(c) if self.ufunc_at_name(c).is_some() => {
                    let func = self.ufunc_at_name(c).expect("matched");
                    self.ufunc_at(c, func, range(stmt))
                }
                Expr::Call(c) if self.array_method_of(c).is_some_and(|(_, m)| m == "sort") => {
                    self.sort_call(c, range(stmt))
                }
                Expr::Call(c) => match c.func.as_ref() {
                    Expr::Name(n) if n.id.as_str() == "print" && self.is_builtin("print") => {
                        self.print_call(c, range(stmt))
                    }
                    Expr::Name(n)
                        if self.globals.functions.contains_key(n.id.as_str())
                            && !self.types.contains_key(n.id.as_str()) =>
                    {
                        let (symbol, _, args) = self.file_call(n.id.as_str(), c, range(stmt))?;
                        Some(TStmt::Call { symbol, args })
                    }
                    _ => self.expr_stmt(e),
                },
                _ => self.expr_stmt(e),
            },
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `x = ...` by the kind of its target and value: str, dict, list,
    /// array, tuple unpacking, names.
    pub(in crate::sema) fn assign_stmt(&mut self, stmt: &Stmt) -> Option<TStmt> {
        match stmt {
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(_)]) && self.is_str_expr(&a.value) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.str_assign(n.id.as_str(), &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(n)] if self.strs.contains(n.id.as_str())) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.str_name_reassigned(n.id.as_str(), range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(_)]) && self.is_dict_value(&a.value) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.dict_assign(n.id.as_str(), &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.mixed_advanced_at(s).is_some()) =>
            {
                let [Expr::Subscript(s)] = a.targets.as_slice() else { unreachable!() };
                // Reported (the guard found the index array).
                let _reported = self.check_mixed_index(s);
                None
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.dict_name(&s.value).is_some()) =>
            {
                let [Expr::Subscript(s)] = a.targets.as_slice() else { unreachable!() };
                self.dict_store(s, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(_)]) && self.is_list_value(&a.value) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.list_assign(n.id.as_str(), &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.is_list_expr(&s.value)) => {
                let [Expr::Subscript(s)] = a.targets.as_slice() else { unreachable!() };
                self.list_store(s, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Tuple(_)]) => self.unpack_assign(stmt, a),
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(n)] if self.is_small_vector(n.id.as_str(), &a.value)) =>
            {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.small_vector_assign(n.id.as_str(), &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(t)] if self.fancy_ndim(t).is_some()) => {
                let [Expr::Subscript(t)] = a.targets.as_slice() else { unreachable!() };
                self.fancy_assign(t, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [t @ Expr::Subscript(_)] if self.view_ndim(t).is_some()) => {
                self.slice_assign(&a.targets[0], &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.element_parts(s).is_some()) =>
            {
                let [Expr::Subscript(target)] = a.targets.as_slice() else { unreachable!() };
                self.array_store(target, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.is_flat_item(s)) => {
                let [Expr::Subscript(target)] = a.targets.as_slice() else { unreachable!() };
                self.flat_store(target, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) => {
                let [Expr::Name(target)] = a.targets.as_slice() else {
                    let what = match a.targets.as_slice() {
                        [Expr::Attribute(_)] => "assignment to an attribute is not supported",
                        [Expr::Starred(_)] | [Expr::Tuple(_) | Expr::List(_)] => {
                            "starred unpacking is not supported yet"
                        }
                        _ => "this assignment target is not supported yet",
                    };
                    self.errors.push(Diagnostic::error(what).at(range(&a.targets[0]), "here"));
                    return None;
                };
                let Some(value) = self.value_top(&a.value) else {
                    self.poisoned.insert(target.id.to_string());
                    return None;
                };
                let mut pairs = self.bind_val(target.id.as_str(), value, range(stmt))?;
                if pairs.len() == 1 && !self.arity.contains_key(target.id.as_str()) {
                    let (var, value) = pairs.pop()?;
                    return Some(TStmt::Assign { var, value });
                }
                let (vars, values) = pairs.into_iter().unzip();
                Some(TStmt::ParallelAssign { vars, values })
            }
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `a, b = ...`: a tuple, arrays, an array or a list unpacked into names.
    pub(in crate::sema) fn unpack_assign(&mut self, stmt: &Stmt, a: &ast::StmtAssign) -> Option<TStmt> {
        let [Expr::Tuple(targets)] = a.targets.as_slice() else { unreachable!() };
        let mut names = Vec::new();
        for t in &targets.elts {
            match t {
                Expr::Name(n) => names.push(n.id.to_string()),
                other => {
                    self.errors
                        .push(Diagnostic::error("only names can be unpacked into").at(range(other), "not a name"));
                    return None;
                }
            }
        }
        if let Some(stmts) = self.str_display_unpack(a, &names) {
            return Some(TStmt::Seq(self.block(&stmts)));
        }
        let all_arrays = matches!(a.value.as_ref(), Expr::Tuple(t) if !t.elts.is_empty() && t.elts.iter().all(|x| self.array_name(x).is_some() || self.view_ndim(x).is_some()));
        // Unpacking an array checks its length first (`checks`).
        let mut checks = Vec::new();
        // A list variable of arrays or nested tuples is read item by item
        // (as a value it would be the list passed on).
        let list = self.list_name(&a.value).filter(|n| !self.nested(n)).map(|n| Val::List(self.list_ref(&n)));
        // `x, y = a - b`: the items without the array (arrayops/unpacked.rs).
        let fused = if all_arrays || list.is_some() { None } else { self.unpack_elementwise(&a.value, names.len()) };
        let values = match if all_arrays || fused.is_some() { None } else { list.or_else(|| self.value_top(&a.value)) }
        {
            _ if fused.is_some() => {
                let Some(Some((check, xs))) = fused else {
                    self.poisoned.extend(names);
                    return None;
                };
                checks.push(check);
                xs
            }
            // `a, b = b, a`: arrays (and views), every value taken before any name is bound.
            _ if all_arrays => {
                let Expr::Tuple(t) = a.value.as_ref() else { unreachable!("checked") };
                t.elts.iter().map(|x| self.array_operand(x).done().map(Val::Array)).collect::<Option<Vec<_>>>()?
            }
            Some(Val::Tuple(xs)) => xs,
            Some(Val::Array(r)) => {
                let (check, xs) = self.unpack_array(r, names.len(), range(a.value.as_ref()));
                checks.push(check);
                xs
            }
            Some(Val::List(l)) if self.nested(&l.name) => {
                self.unsupported(range(a.value.as_ref()), "unpacking a list of lists is")?;
                return None;
            }
            Some(Val::List(l)) => {
                let (check, xs) = self.unpack_list(l, names.len(), range(a.value.as_ref()))?;
                checks.push(check);
                xs
            }
            Some(v @ (Val::Scalar(_) | Val::Complex(..) | Val::Dict(_))) => {
                let what = if matches!(v, Val::Dict(_)) { "a dict" } else { "a number" };
                self.errors.push(
                    Diagnostic::error(format!("cannot unpack {what}")).at(range(a.value.as_ref()), "not a tuple"),
                );
                self.poisoned.extend(names);
                return None;
            }
            None => {
                self.poisoned.extend(names);
                return None;
            }
        };
        if names.len() != values.len() {
            self.errors.push(
                Diagnostic::error(format!("cannot unpack {} values into {} names", values.len(), names.len()))
                    .at(self.line(stmt), "here"),
            );
            return None;
        }
        let mut vars = Vec::new();
        let mut vals = Vec::new();
        for (n, v) in names.iter().zip(values) {
            for (var, x) in self.bind_val(n, v, range(stmt))? {
                vars.push(var);
                vals.push(x);
            }
        }
        checks.push(TStmt::ParallelAssign { vars, values: vals });
        Some(if checks.len() == 1 { checks.pop()? } else { TStmt::Seq(checks) })
    }

    /// `best, bv = k, v` with a str among the display's items: a tuple
    /// holds no str, so each item goes into a temporary first, left to
    /// right, then each name is bound (CPython builds the tuple before
    /// binding any name, so `a, b = b, a` swaps).
    pub(in crate::sema) fn str_display_unpack(&self, a: &ast::StmtAssign, names: &[String]) -> Option<Vec<Stmt>> {
        let (Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) = a.value.as_ref()
        else {
            return None;
        };
        if elts.len() != names.len() || !elts.iter().any(|x| self.is_str_expr(x)) {
            return None;
        }
        let at = u32::from(a.range.start());
        let (name, assign) = (sugar::name, sugar::assign);
        let temps: Vec<String> = (0..elts.len()).map(|k| format!("$strunpack{at}_{k}")).collect();
        let mut out: Vec<Stmt> = elts
            .iter()
            .zip(&temps)
            .map(|(x, t)| assign(name(t, ast::Ranged::range(x)), x.clone(), ast::Ranged::range(x)))
            .collect();
        out.extend(names.iter().zip(&temps).map(|(n, t)| assign(name(n, a.range), name(t, a.range), a.range)));
        Some(out)
    }

    /// `x op= ...` by the kind of its target.
    pub(in crate::sema) fn augassign_stmt(&mut self, stmt: &Stmt) -> Option<TStmt> {
        match stmt {
            // `s += t`, `s *= n` on a str name.
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Name(n) if self.strs.contains(n.id.as_str())) => {
                let Expr::Name(n) = a.target.as_ref() else { unreachable!() };
                let value = Expr::BinOp(ast::ExprBinOp {
                    range: a.range,
                    left: a.target.clone(),
                    op: a.op,
                    right: a.value.clone(),
                });
                self.str_assign(n.id.as_str(), &value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.mixed_advanced_at(s).is_some()) =>
            {
                let Expr::Subscript(s) = a.target.as_ref() else { unreachable!() };
                // Reported (the guard found the index array).
                let _reported = self.check_mixed_index(s);
                None
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.dict_name(&s.value).is_some()) =>
            {
                let Expr::Subscript(s) = a.target.as_ref() else { unreachable!() };
                self.dict_store(s, Some(a.op), &a.value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.is_list_expr(&s.value)) => {
                let Expr::Subscript(s) = a.target.as_ref() else { unreachable!() };
                self.list_store(s, Some(a.op), &a.value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(t) if self.fancy_ndim(t).is_some()) => {
                let Expr::Subscript(t) = a.target.as_ref() else { unreachable!() };
                self.fancy_assign(t, Some(a.op), &a.value, range(stmt))
            }
            // `a[1:3] += x`, `a -= b`: numpy's in-place ufunc on the view or array.
            Stmt::AugAssign(a)
                if self.view_ndim(&a.target).is_some()
                    || matches!(a.target.as_ref(), Expr::Name(n) if self.arrays.contains_key(n.id.as_str())) =>
            {
                self.slice_augassign(&a.target, a.op, &a.value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.element_parts(s).is_some()) => {
                let Expr::Subscript(target) = a.target.as_ref() else { unreachable!() };
                self.array_store(target, Some(a.op), &a.value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.is_flat_item(s)) => {
                let Expr::Subscript(target) = a.target.as_ref() else { unreachable!() };
                self.flat_store(target, Some(a.op), &a.value, range(stmt))
            }
            Stmt::AugAssign(a) => {
                let Expr::Name(target) = a.target.as_ref() else {
                    self.errors.push(
                        Diagnostic::error("only augmented assignment to a name is supported yet")
                            .at(self.line(stmt), "here"),
                    );
                    return None;
                };
                if self.list_name(&a.target).is_some() {
                    // `+=` and `*=` are list_augassign's; CPython has no other.
                    self.errors.push(
                        Diagnostic::error(format!("`{}` is a list: only `+=` and `*=` change a list", target.id))
                            .at(self.line(stmt), "here"),
                    );
                    return None;
                }
                if self.complex.contains(target.id.as_str()) || self.is_complex(&a.value) {
                    let lhs = self.cexpr(a.target.as_ref());
                    let rhs = self.cexpr(&a.value);
                    let (re, im) = self.cbinary(a.op, lhs?, rhs?, range(stmt)).ok()?;
                    let pairs = self.bind_val(target.id.as_str(), Val::Complex(re, im), range(stmt))?;
                    let (vars, values) = pairs.into_iter().unzip();
                    return Some(TStmt::ParallelAssign { vars, values });
                }
                let lhs = self.name(target.id.as_str(), range(a.target.as_ref()));
                let rhs = self.expr(&a.value);
                let value = self.binary(a.op, lhs?, rhs?, range(stmt))?;
                Some(self.assign(target.id.as_str(), value))
            }
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `return ...` (a str, an optional, a value).
    pub(in crate::sema) fn return_stmt(&mut self, stmt: &Stmt) -> Option<TStmt> {
        decide!(self.none_tuple_return(stmt));
        decide!(self.container_tuple_return(stmt));
        match stmt {
            // A list of strs (`s.split()`), a CPython list object, is the
            // export's result as it is; as with `a.tolist()`, only the
            // wrapper's caller can take it (the file's calls are refused).
            Stmt::Return(ast::StmtReturn { value: Some(v), .. })
                if self.tolist_ok && !matches!(v.as_ref(), Expr::Tuple(_)) && self.is_strlist_expr(v) =>
            {
                let value = self.strlist_value(v)?;
                self.tolist_returns.insert(range(stmt));
                self.returns.push((Some(Ty::Str), range(stmt)));
                Some(TStmt::Return { values: vec![value], span: range(stmt) })
            }
            Stmt::Return(ast::StmtReturn { value: Some(v), .. }) if self.is_str_expr(v) => {
                self.str_return_direct = self.tolist_ok && matches!(v.as_ref(), Expr::Call(_));
                let value = self.str_value(v);
                self.str_return_direct = false;
                let value = value?;
                self.returns.push((Some(Ty::Str), range(stmt)));
                Some(TStmt::Return { values: vec![value], span: range(stmt) })
            }
            Stmt::Return(ast::StmtReturn { value: Some(v), .. }) if self.is_set_expr(v) => {
                self.set_return(v, range(stmt))
            }
            Stmt::Return(r) if self.is_optional_return(r) => self.optional_return(r, range(stmt)),
            Stmt::Return(ast::StmtReturn { value: Some(v), .. }) if self.is_array_list_name(v) => {
                self.array_list_return(v, range(stmt))
            }
            Stmt::Return(r) => {
                let value = match &r.value {
                    Some(v) => match self.value_top(v) {
                        Some(x) => Some(x),
                        None => {
                            // Never a silently dropped return: a value that
                            // failed without a reason gets one.
                            if self.errors.is_empty() && !self.callee_failed {
                                self.unsupported(range(v.as_ref()), "this value is");
                            }
                            return None;
                        }
                    },
                    None => None,
                };
                let nested = match &value {
                    Some(Val::List(l)) if self.nested(&l.name) => Some(self.nested_list_result(&l.name, &range(stmt))?),
                    Some(Val::List(l)) if self.list_shapes.contains_key(&self.lkey(&l.name)) => {
                        self.shaped_list_returns.push(range(stmt));
                        None
                    }
                    _ => None,
                };
                let value = match (value, self.declared_ret.clone()) {
                    (Some(v), Some(d)) => Some(self.contiguous_return(v, &d, &range(stmt))),
                    (v, _) => v,
                };
                let ty = nested.or_else(|| value.as_ref().map(|v| self.array_list_ty(v).unwrap_or_else(|| v.ty())));
                self.returns.push((ty, range(stmt)));
                Some(TStmt::Return { values: value.map_or(Vec::new(), |v| v.flat(&range(stmt))), span: range(stmt) })
            }
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `x is None` / `x is not None` (either side None), folded as numba
    /// folds `is` between different types: no value pycc compiles is None
    /// (there are no optional parameters), so only `None is None` holds.
    /// `x` must be a name or a constant: it is not computed.
    pub(in crate::sema) fn is_none_test(&self, c: &ast::ExprCompare) -> Option<bool> {
        let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
        let none = |e: &Expr| matches!(e, Expr::Constant(k) if matches!(k.value, ast::Constant::None));
        let simple = |e: &Expr| matches!(e, Expr::Name(_) | Expr::Constant(_));
        let (l, r) = (c.left.as_ref(), right);
        if !(none(l) || none(r)) || !simple(l) || !simple(r) {
            return None;
        }
        let both = none(l) && none(r);
        match op {
            ast::CmpOp::Is => Some(both),
            ast::CmpOp::IsNot => Some(!both),
            _ => None,
        }
    }

    /// An expression computed for its effects (its exceptions): bound to a
    /// temporary that nothing reads.
    pub(in crate::sema) fn expr_stmt(&mut self, e: &ast::StmtExpr) -> Option<TStmt> {
        let tmp = format!("$expr{}", self.temps);
        self.temps += 1;
        let target =
            Expr::Name(ast::ExprName { range: e.range, id: ast::Identifier::new(tmp), ctx: ast::ExprContext::Store });
        let a = ast::StmtAssign { range: e.range, targets: vec![target], value: e.value.clone(), type_comment: None };
        // Ok(None) cannot come back for an assignment.
        self.stmt(&Stmt::Assign(a), false).ok().flatten()
    }

    /// `raise E`, `raise E()`, `raise E("constant message")` for a builtin E.
    pub(in crate::sema) fn raise(&mut self, stmt: &Stmt, r: &ast::StmtRaise) -> Checked<TStmt> {
        let span = range(stmt);
        if r.cause.is_none() {
            decide!(self, &span, self.reraise(r, &span));
        }
        let Some(exc) = r.exc.as_ref() else { return Err(self.reported_before(&span)) };
        // `from None` only hides the context in a traceback: the exception
        // the caller catches is the same.
        let from_none = matches!(r.cause.as_deref(), Some(Expr::Constant(k)) if k.value.is_none());
        if let Some(cause) = r.cause.as_ref().filter(|_| !from_none) {
            return Err(self.report(
                Diagnostic::error("`raise ... from ...` is not supported yet").at(range(cause.as_ref()), "here"),
            ));
        }
        let (name_expr, args, call): (&Expr, &[Expr], _) = match exc.as_ref() {
            Expr::Call(c) if c.keywords.is_empty() => (c.func.as_ref(), &c.args, Some(c)),
            other => (other, &[], None),
        };
        let name = match (self.exception_class(name_expr), name_expr) {
            (userexc::ExcClass::Known(name), _) => name,
            (userexc::ExcClass::Reported, _) => return Err(self.reported_before(&span)),
            (userexc::ExcClass::Unknown, other) => {
                return Err(self.report(
                    Diagnostic::error("only builtin exceptions can be raised, such as `ValueError(\"...\")`")
                        .at(range(other), "not a builtin exception"),
                ));
            }
        };
        let message = match (args, call) {
            // `raise E` and `raise E()`: CPython's instance has no args.
            ([], _) => {
                let exc = self.exception_object(args, &name, &span);
                let exc = self.checked(exc, &span)?;
                return Ok(TStmt::Fail { symbol: crate::abi::runtime::RAISE_OBJ_FN, args: vec![exc], span });
            }
            ([m], _) if self.constant_message(m).is_some() => self.constant_message(m).unwrap_or_default(),
            // Values known only at run time (numba's dynamic exceptions):
            // CPython builds the instance, so its args and text are its own.
            (_, Some(_)) => {
                let exc = self.exception_object(args, &name, &span);
                let exc = self.checked(exc, &span)?;
                return Ok(TStmt::Fail { symbol: crate::abi::runtime::RAISE_OBJ_FN, args: vec![exc], span });
            }
            (_, None) => unreachable!("arguments come from a call"),
        };
        Ok(TStmt::Raise { exception: name, message, span })
    }

    /// A string literal (or module-level string constant) used as an
    /// exception message.
    pub(in crate::sema) fn constant_message(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(s.clone()),
            // A module-level name bound once to a string, unless a local
            // of the same name shadows it.
            Expr::Name(n)
                if !self.index.contains_key(n.id.as_str())
                    && !self.arity.contains_key(n.id.as_str())
                    && self.globals.strings.contains_key(n.id.as_str()) =>
            {
                Some(self.globals.strings[n.id.as_str()].clone())
            }
            _ => None,
        }
    }

    /// The first line of a statement, for carets.
    pub(in crate::sema) fn line(&self, stmt: &Stmt) -> Range<usize> {
        first_line(range(stmt), &self.source.text)
    }
}
