//! Lists of strs (numba's reflected/typed lists of `unicode_type`): a list
//! of strs is a CPython `list` object, carried as its address as a str is
//! (sema/containers/strings.rs), made by CPython (`s.split()`, `list()`, `sorted()`)
//! and kept by the exported call's arena until the call returns. Every
//! operation on it is CPython's own method (`append`, `__getitem__`,
//! `__contains__`, `len`, `sep.join(x)`), so values and exceptions are
//! CPython's. A name holding a list of strs is marked in `strs` as
//! `name[]` (a `[` is never part of a Python name), so the mark lasts
//! across the typing rounds as the str names do.

use super::*;

fn mark(id: &str) -> String {
    format!("{id}[]")
}

/// str methods whose result is a list of strs.
pub(super) const SPLITS: &[&str] = &["split", "rsplit", "splitlines"];
/// Methods of a list of strs compiled as statements.
const STMT_METHODS: &[&str] = &["append", "extend", "insert", "reverse", "sort", "pop", "clear", "remove"];

impl Typer<'_> {
    pub(in crate::sema) fn is_strlist_name(&self, id: &str) -> bool {
        self.strs.contains(&mark(id))
    }

    /// Whether `e` is a list of strs: a marked name, `s.split(...)`, a
    /// slice of one, `list(x)`/`sorted(x)` of one, `x + y` of two; or a
    /// tuple of strs (strtuples.rs), which shares their reading operations.
    pub(in crate::sema) fn is_strlist_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => self.is_strlist_name(n.id.as_str()) || self.global_strtuple(n.id.as_str()).is_some(),
            Expr::Tuple(_) => self.is_strtuple_display(e),
            Expr::Subscript(x) => matches!(x.slice.as_ref(), Expr::Slice(_)) && self.is_strlist_expr(&x.value),
            Expr::BinOp(b) => {
                b.op == ast::Operator::Add && self.is_strlist_expr(&b.left) && self.is_strlist_expr(&b.right)
            }
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(a) => SPLITS.contains(&a.attr.as_str()) && self.is_str_expr(&a.value),
                Expr::Name(n) => {
                    matches!(n.id.as_str(), "list" | "sorted")
                        && self.is_builtin(n.id.as_str())
                        && (c.keywords.is_empty()
                            || n.id.as_str() == "sorted"
                                && c.keywords.iter().all(|k| k.arg.as_deref() == Some("reverse")))
                        && matches!(c.args.as_slice(), [x] if self.is_strlist_expr(x) || self.is_str_keys(x))
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// The list object's address of a list of strs (`is_strlist_expr`).
    pub(in crate::sema) fn strlist_value(&mut self, e: &Expr) -> Option<TExpr> {
        let span = range(e);
        match e {
            Expr::Name(n) if !self.is_strlist_name(n.id.as_str()) => self.strtuple_value(e),
            Expr::Tuple(_) => self.strtuple_value(e),
            Expr::Name(n) => {
                let var = self.var(n.id.as_str());
                Some(TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span })
            }
            Expr::Subscript(x) => self.str_subscript(x, &span),
            Expr::BinOp(b) => {
                let (l, r) = (self.strlist_value(&b.left), self.strlist_value(&b.right));
                Some(str_call(Res::Obj, Some(l?), "__add__", vec![(r?, KIND_OBJ)], &span))
            }
            Expr::Call(c)
                if !c.keywords.is_empty() && matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "sorted") =>
            {
                self.sorted_reverse(c, &span)
            }
            Expr::Call(c) => match c.args.as_slice() {
                [x] if self.is_str_keys(x) => {
                    let keys = self.str_keys_list(x, &span)?;
                    let Expr::Name(f) = c.func.as_ref() else { return None };
                    Some(str_call(Res::Obj, None, f.id.as_str(), vec![(keys, KIND_OBJ)], &span))
                }
                _ => self.str_object_call(c, &span),
            },
            _ => None,
        }
    }

    /// `sorted(x, reverse=r)` of strs, `r` a constant: sorted, then
    /// reversed in place (equal strs are alike, so stability cannot tell).
    fn sorted_reverse(&mut self, c: &ast::ExprCall, span: &Range<usize>) -> Option<TExpr> {
        let k = &c.keywords[0];
        let reverse = match (c.keywords.len(), literal_value(&k.value)) {
            (1, Some(ConstValue::Bool(b))) => b,
            (1, Some(ConstValue::Int(i))) => i != 0,
            _ => {
                return self.str_error(
                    range(k),
                    "sorted() of strs takes one `reverse=` keyword, a constant",
                    "not a constant bool",
                )
            }
        };
        let plain = Expr::Call(ast::ExprCall { keywords: Vec::new(), ..c.clone() });
        let sorted = self.strlist_value(&plain)?;
        let tmp = format!("$strlist{}", self.temps);
        self.temps += 1;
        let stmt = self.assign(&tmp, sorted);
        self.pre.push(stmt);
        let var = self.var(&tmp);
        let list = TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span: span.clone() };
        if reverse {
            let stmt = self.effect(str_call(Res::Obj, Some(list.clone()), "reverse", Vec::new(), span));
            self.pre.push(stmt);
        }
        Some(list)
    }

    /// A new list of the str keys of dict `d` (`d` or `d.keys()`), in
    /// insertion order: `$keys = [k for k in d]` queued before the statement.
    fn str_keys_list(&mut self, d: &Expr, span: &Range<usize>) -> Option<TExpr> {
        let r = ast::Ranged::range(d);
        let (tmp, k) = (format!("$strkeys{}", self.temps), format!("$strkey{}", self.temps));
        self.temps += 1;
        let comp = super::sugar::list_comp(super::sugar::name(&k, r), &k, d.clone(), r);
        let fill = self.strlist_comprehension(&tmp, &comp, span.clone())?;
        self.pre.push(fill);
        let var = self.var(&tmp);
        Some(TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span: span.clone() })
    }

    /// A number computed from a list of strs: `len(x)`, `bool(x)`, `not x`,
    /// `s in x`, `s not in x`, `x.count(s)`, `x.index(s)`. NotMine: not one.
    pub(in crate::sema) fn strlist_expr(&mut self, e: &Expr) -> Claim<TExpr> {
        let span = range(e);
        match e {
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Name(n)
                    if matches!(n.id.as_str(), "len" | "bool")
                        && self.is_builtin(n.id.as_str())
                        && matches!(c.args.as_slice(), [x] if self.is_strlist_expr(x)) =>
                {
                    let l = self.strlist_value(&c.args[0]);
                    let len = l.map(|l| str_call(Res::Int, None, "len", vec![(l, KIND_OBJ)], &span));
                    // `bool(xs)`: not empty.
                    let is_len = n.id.as_str() == "len";
                    Claim::checked(if is_len { len } else { len.map(|x| nonzero(x, &span)) })
                }
                Expr::Attribute(a) if self.is_strlist_expr(&a.value) => {
                    let m = a.attr.as_str();
                    if !matches!(m, "count" | "index") {
                        return Claim::checked(self.str_error(
                            span,
                            "this method of a list of strs is not supported here",
                            "here",
                        ));
                    }
                    let before = self.errors.len();
                    let l = self.strlist_value(&a.value);
                    let args = self.str_args(c);
                    let (l, args) = (or_reported!(self, since before, l), or_reported!(self, since before, args));
                    Claim::Done(str_call(Res::Int, Some(l), m, args, &span))
                }
                _ => Claim::NotMine,
            },
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.is_strlist_expr(&u.operand) => {
                let l = or_reported!(self, self.strlist_value(&u.operand));
                let n = str_call(Res::Int, None, "len", vec![(l, KIND_OBJ)], &span);
                let kind = TExprKind::Compare(CmpOp::Eq, Box::new(n), Box::new(i64_const(0, &span)));
                Claim::Done(TExpr { ty: Scalar::Bool, kind, span })
            }
            Expr::Compare(c) => {
                let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return Claim::NotMine };
                if !matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) || !self.is_strlist_expr(right) {
                    return Claim::NotMine;
                }
                let before = self.errors.len();
                let l = self.strlist_value(right);
                let x = self.str_arg(&c.left);
                let (l, x) = (or_reported!(self, since before, l), or_reported!(self, since before, x));
                let r = str_call(Res::Int, Some(l), "__contains__", vec![x], &span);
                let cmp = if *op == ast::CmpOp::In { CmpOp::Ne } else { CmpOp::Eq };
                let kind = TExprKind::Compare(cmp, Box::new(r), Box::new(i64_const(0, &span)));
                Claim::Done(TExpr { ty: Scalar::Bool, kind, span })
            }
            _ => Claim::NotMine,
        }
    }

    fn stmt_error(&mut self, span: Range<usize>, what: &str, label: &str) -> Claim<TStmt> {
        self.str_error(span, what, label);
        Claim::Failed
    }

    /// A runtime call computed for its effect (its result in a temporary).
    fn effect(&mut self, x: TExpr) -> TStmt {
        let tmp = format!("$strlist{}", self.temps);
        self.temps += 1;
        self.assign(&tmp, x)
    }

    /// Statements on lists of strs: `x = <list of strs>`, `x = ['a', s]`,
    /// `x = []` (of a name given strs), `x.append(s)` and the other
    /// in-place methods, `x[i] = s`, `for w in x`. NotMine: not one of these.
    pub(in crate::sema) fn strlist_stmt(&mut self, stmt: &Stmt) -> Claim<TStmt> {
        let span = range(stmt);
        match stmt {
            Stmt::Assign(a) => match a.targets.as_slice() {
                [Expr::Name(n)] => self.strlist_assign(n.id.as_str(), &a.value, span),
                [Expr::Subscript(s)] if self.is_strlist_expr(&s.value) => {
                    if matches!(s.slice.as_ref(), Expr::Slice(_)) {
                        return self.stmt_error(
                            span,
                            "storing into a slice of a list of strs is not supported yet",
                            "a slice",
                        );
                    }
                    if !self.is_str_expr(&a.value) {
                        return self.stmt_error(range(a.value.as_ref()), "a list of strs holds only strs", "not a str");
                    }
                    let before = self.errors.len();
                    let l = self.strlist_value(&s.value);
                    let i = self.str_int(&s.slice);
                    let v = self.str_value(&a.value);
                    let (l, i) = (or_reported!(self, since before, l), or_reported!(self, since before, i));
                    let v = or_reported!(self, since before, v);
                    let x = str_call(Res::Obj, Some(l), "__setitem__", vec![i, (v, KIND_OBJ)], &span);
                    Claim::Done(self.effect(x))
                }
                _ => Claim::NotMine,
            },
            Stmt::Expr(e) => {
                let Expr::Call(c) = e.value.as_ref() else { return Claim::NotMine };
                let Expr::Attribute(a) = c.func.as_ref() else { return Claim::NotMine };
                let Expr::Name(n) = a.value.as_ref() else { return Claim::NotMine };
                let id = n.id.as_str();
                if !self.is_strlist_name(id) {
                    // `x.append(s)` of a list made by `x = []`: x holds strs
                    // (from the next round on, which this mark starts).
                    let str_append =
                        a.attr.as_str() == "append" && matches!(c.args.as_slice(), [x] if self.is_str_expr(x));
                    if !str_append
                        || self.strs.contains(id)
                        || self.arrays.contains_key(id)
                        || self.dicts.contains_key(id)
                    {
                        return Claim::NotMine;
                    }
                    // Failed with no diagnostic: a round that learns a mark
                    // runs again, and types the statement then.
                    self.strs.insert(mark(id));
                    return Claim::Failed;
                }
                if !STMT_METHODS.contains(&a.attr.as_str()) {
                    return self.stmt_error(span, "this method of a list of strs is not supported yet", "here");
                }
                if a.attr.as_str() == "append" && !matches!(c.args.as_slice(), [x] if self.is_str_expr(x)) {
                    return self.stmt_error(span, "a list of strs holds only strs (append a str)", "not a str");
                }
                let before = self.errors.len();
                let l = self.strlist_value(a.value.as_ref());
                let args = self.str_args(c);
                let (l, args) = (or_reported!(self, since before, l), or_reported!(self, since before, args));
                let x = str_call(Res::Obj, Some(l), a.attr.as_str(), args, &span);
                Claim::Done(self.effect(x))
            }
            Stmt::For(f) if self.is_strlist_expr(&f.iter) => Claim::checked(self.for_strlist(f)),
            _ => Claim::NotMine,
        }
    }

    fn strlist_assign(&mut self, id: &str, value: &Expr, span: Range<usize>) -> Claim<TStmt> {
        let display = match value {
            Expr::List(l) => {
                l.elts.first().is_some_and(|x| self.is_str_expr(x)) || (l.elts.is_empty() && self.is_strlist_name(id))
            }
            // Marked by its appends (`[w.upper() for w in s.split()]`).
            Expr::ListComp(_) => self.is_strlist_name(id),
            _ => false,
        };
        if !display && !self.is_strlist_expr(value) {
            if self.is_strlist_name(id) {
                return self.stmt_error(
                    span,
                    &format!("`{id}` is a list of strs elsewhere; assigning another value to it is not supported"),
                    "not a list of strs",
                );
            }
            return Claim::NotMine;
        }
        if self.strs.contains(id)
            || self.arrays.contains_key(id)
            || self.dicts.contains_key(id)
            || self.types.contains_key(&super::lists::item_name(id, 0))
        {
            return self.stmt_error(
                span,
                &format!("`{id}` holds another value elsewhere; assigning a list of strs to it is not supported"),
                "a list of strs",
            );
        }
        if !self.is_strlist_name(id) {
            self.strs.insert(mark(id));
        }
        // An earlier round took `x = []` for a list of numbers.
        self.lists.remove(id);
        if let Expr::ListComp(c) = value {
            return Claim::checked(self.strlist_comprehension(id, c, span));
        }
        let Expr::List(l) = value else {
            let v = self.strlist_value(value);
            return Claim::checked(v.map(|v| self.assign(id, v)));
        };
        // Built into a temporary first: the items may read the old list.
        let tmp = format!("$strlist{}", self.temps);
        self.temps += 1;
        let mut out = vec![self.assign(&tmp, str_call(Res::Obj, None, "list", Vec::new(), &span))];
        for x in &l.elts {
            if !self.is_str_expr(x) {
                return self.stmt_error(range(x), "a list of strs holds only strs", "not a str");
            }
            let v = or_reported!(self, self.str_value(x));
            let var = self.var(&tmp);
            let list = TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span: span.clone() };
            let call = str_call(Res::Obj, Some(list), "append", vec![(v, KIND_OBJ)], &span);
            out.push(self.effect(call));
        }
        let var = self.var(&tmp);
        out.push(self.assign(id, TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span }));
        Claim::Done(TStmt::Seq(out))
    }

    /// `x = [e for ... in ...]` of strs: the loops append into a new list
    /// (a temporary, so `e` may read the old `x`), then `x` is bound.
    fn strlist_comprehension(&mut self, id: &str, c: &ast::ExprListComp, span: Range<usize>) -> Option<TStmt> {
        let tmp = format!("$strlist{}", self.temps);
        self.temps += 1;
        self.strs.insert(mark(&tmp));
        let r = c.range;
        let append = Expr::Call(ast::ExprCall {
            range: r,
            func: Box::new(Expr::Attribute(ast::ExprAttribute {
                range: r,
                value: Box::new(Expr::Name(ast::ExprName {
                    range: r,
                    id: ast::Identifier::new(tmp.clone()),
                    ctx: ast::ExprContext::Load,
                })),
                attr: ast::Identifier::new("append"),
                ctx: ast::ExprContext::Load,
            })),
            args: vec![(*c.elt).clone()],
            keywords: Vec::new(),
        });
        let body =
            vec![Stmt::Expr(ast::StmtExpr { range: ast::Ranged::range(c.elt.as_ref()), value: Box::new(append) })];
        let body = self.comprehension_loops(&c.generators, r, body, &span)?;
        let mut out = vec![self.assign(&tmp, str_call(Res::Obj, None, "list", Vec::new(), &span))];
        // The loops' own lets and queued statements stay inside them.
        let lets = std::mem::take(&mut self.lets);
        out.extend(self.block(&body));
        self.lets = lets;
        let var = self.var(&tmp);
        out.push(self.assign(id, TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span }));
        Some(TStmt::Seq(out))
    }

    /// `for w in xs`: CPython's list iterator, which reads the length
    /// anew at each step (so items appended in the loop are visited):
    /// `$l = xs; $i = 0; while $i < len($l): w = $l[$i]; $i += 1; body`
    /// (the index moved on before the body, so `continue` keeps it).
    fn for_strlist(&mut self, f: &ast::StmtFor) -> Option<TStmt> {
        let Expr::Name(target) = f.target.as_ref() else {
            self.str_error(range(f.target.as_ref()), "only a name can iterate over a list of strs", "not a name")?;
            return None;
        };
        let r = ast::Ranged::range(f.iter.as_ref());
        let at = u32::from(r.start());
        let name = |id: &str| {
            Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(id), ctx: ast::ExprContext::Load })
        };
        let (tmp, idx) = (format!("$strlist_it{at}"), format!("$strlist_index{at}"));
        let assign = |t: Expr, v: Expr| {
            Stmt::Assign(ast::StmtAssign { range: r, targets: vec![t], value: Box::new(v), type_comment: None })
        };
        let int =
            |i: i64| Expr::Constant(ast::ExprConstant { range: r, value: ast::Constant::Int(i.into()), kind: None });
        let len = Expr::Call(ast::ExprCall {
            range: r,
            func: Box::new(name("len")),
            args: vec![name(&tmp)],
            keywords: Vec::new(),
        });
        let item = Expr::Subscript(ast::ExprSubscript {
            range: r,
            value: Box::new(name(&tmp)),
            slice: Box::new(name(&idx)),
            ctx: ast::ExprContext::Load,
        });
        let step = Stmt::AugAssign(ast::StmtAugAssign {
            range: r,
            target: Box::new(name(&idx)),
            op: ast::Operator::Add,
            value: Box::new(int(1)),
        });
        let mut body = vec![assign(Expr::Name(target.clone()), item), step];
        body.extend(f.body.iter().cloned());
        let test = Expr::Compare(ast::ExprCompare {
            range: r,
            left: Box::new(name(&idx)),
            ops: vec![ast::CmpOp::Lt],
            comparators: vec![len],
        });
        let stmts = vec![
            assign(name(&tmp), f.iter.as_ref().clone()),
            assign(name(&idx), int(0)),
            Stmt::While(ast::StmtWhile { range: f.range, test: Box::new(test), body, orelse: f.orelse.clone() }),
        ];
        Some(TStmt::Seq(self.block(&stmts)))
    }
}
