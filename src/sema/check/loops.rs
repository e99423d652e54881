//! Loops: `for` over ranges, tuples and iterables, and `while`.

use crate::sema::*;

const U64: Scalar = Scalar::U64;

impl Typer<'_> {
    /// The name a `for` statement binds; other targets are reported.
    pub(in crate::sema) fn for_name_target<'s>(&mut self, f: &'s ast::StmtFor) -> Checked<&'s ast::ExprName> {
        match f.target.as_ref() {
            Expr::Name(n) => Ok(n),
            other => Err(self.report(
                Diagnostic::error("only a single name is supported as a `for` target yet").at(range(other), "here"),
            )),
        }
    }

    /// A `for` or `while` statement.
    pub(in crate::sema) fn loop_stmt(&mut self, stmt: &Stmt) -> Checked<TStmt> {
        match stmt {
            Stmt::While(w) => self.while_stmt(w),
            Stmt::For(f) => self.for_stmt(f),
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `for` by the kind of its iterable.
    fn for_stmt(&mut self, f: &ast::StmtFor) -> Checked<TStmt> {
        let span = range(f);
        let t = if self.is_str_expr(&f.iter) {
            self.for_str(f)
        } else if let Some((name, what)) = self.dict_iterable(&f.iter) {
            self.for_dict(f, &name, what)
        } else {
            match f.iter.as_ref() {
                Expr::Name(n) if self.arity.contains_key(n.id.as_str()) => return self.for_tuple(f, n.id.as_str()),
                Expr::Name(n) if self.lists.contains_key(n.id.as_str()) => self.for_list(f, n.id.as_str()),
                e if self.is_list_expr(e) => self.for_display(f),
                _ => return self.for_range(f),
            }
        };
        self.checked(t, &span)
    }

    /// `while c: body else: orelse`. A condition that needs statements
    /// before it (`x in L` searches the list, a call returning several
    /// values) is tested at the top of each pass instead:
    /// `while True: <statements>; if not c: $ended = True; break; body`,
    /// then `if $ended: orelse` (a `break` in `orelse` still leaves the
    /// enclosing loop).
    fn while_stmt(&mut self, w: &ast::StmtWhile) -> Checked<TStmt> {
        let (queued, lets) = (self.pre.len(), self.lets.len());
        let cond = self.check_condition(&w.test);
        let mut head = self.take_lets_and_pre(lets, queued);
        self.loop_depth += 1;
        let facts = self.none_facts(&w.test, true);
        let body = self.with_facts(facts, |t| t.block(&w.body));
        self.loop_depth -= 1;
        // A `break` in the else clause leaves an enclosing loop.
        let orelse = self.loop_else(&w.orelse);
        let mut cond = cond?;
        if let Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(n), .. }) = w.test.as_ref() {
            if n.to_string() != "0" {
                // `while 1:` is `while True:` (always_returns knows it never ends).
                cond = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: cond.span };
            }
        }
        if head.is_empty() {
            return Ok(TStmt::While { cond, body, orelse });
        }
        let span = cond.span.clone();
        let flag = |b| TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() };
        let ended = self.fresh("ended", Scalar::Bool);
        let not = TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(cond)), span: span.clone() };
        head.push(TStmt::If {
            cond: not,
            then: vec![TStmt::Assign { var: ended, value: flag(true) }, TStmt::Break],
            orelse: Vec::new(),
        });
        head.extend(body);
        let mut out = vec![
            TStmt::Assign { var: ended, value: flag(false) },
            TStmt::While { cond: flag(true), body: head, orelse: Vec::new() },
        ];
        if !orelse.is_empty() {
            let ran_out = TExpr { ty: Scalar::Bool, kind: TExprKind::Var(ended), span };
            out.push(TStmt::If { cond: ran_out, then: orelse, orelse: Vec::new() });
        }
        Ok(TStmt::Seq(out))
    }

    /// `for x in t` over a tuple variable: the elements are copied into
    /// fresh variables first (the loop iterates the tuple as it was, even if
    /// the body rebinds `t`), then a counted loop over 0..len sets `x` to
    /// element j with a chain of selects, so `break`, `continue` and `else`
    /// work as in any `for`. Only tuples of one element type, as numba's
    /// homogeneous-tuple iteration.
    fn for_tuple(&mut self, f: &ast::StmtFor, name: &str) -> Checked<TStmt> {
        let target = self.for_name_target(f)?;
        let span = range(f.iter.as_ref());
        let elems = self.tuple_var(name, span.clone());
        if elems.is_empty() {
            return Err(self.not_supported(span, "iterating over an empty tuple is"));
        }
        if let Some(e) = elems.iter().find(|e| e.ty() != elems[0].ty()) {
            return Err(self.report(
                Diagnostic::error(format!(
                    "iterating over a tuple of {} and {} elements is not supported",
                    elems[0].ty(),
                    e.ty()
                ))
                .at(span, "elements of different types")
                .note("pycc iterates over tuples whose elements have one type (numba's UniTuple)"),
            ));
        }
        let k = self.temps;
        self.temps += 1;
        let mut copies = Vec::new();
        for (j, e) in elems.into_iter().enumerate() {
            let pairs = self.bind_val(&format!("$iter{k}.{j}"), e, span.clone());
            let pairs = self.checked(pairs, &span)?;
            copies.extend(pairs.into_iter().map(|(var, value)| TStmt::Assign { var, value }));
        }
        let n = self.arity[name];
        let copy = format!("$iter{k}");
        self.arity.insert(copy.clone(), n);
        let index_name = format!("$iter{k}i");
        self.note_assigned(&index_name, Scalar::I64);
        let index = self.var(&index_name);
        let int = |v: i128| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() };
        let outer = std::mem::take(&mut self.pre);
        let copied = self.tuple_var(&copy, span.clone());
        let at = TExpr { ty: Scalar::I64, kind: TExprKind::Var(index), span: span.clone() };
        let item = self.tuple_pick(copied, at, span.clone());
        let mut head = self.take_lets_and_pre(0, 0);
        self.pre = outer;
        let item = self.checked(item, &span)?;
        let pairs = self.bind_val(target.id.as_str(), item, range(f.target.as_ref()));
        let pairs = self.checked(pairs, &span)?;
        let (vars, values): (Vec<Var>, Vec<TExpr>) = pairs.into_iter().unzip();
        head.push(TStmt::ParallelAssign { vars, values });
        self.loop_depth += 1;
        let mut body = self.block(&f.body);
        self.loop_depth -= 1;
        let orelse = self.loop_else(&f.orelse);
        body.splice(0..0, head);
        // After typing the body: its own statements took their `pre`s.
        self.pre.extend(copies);
        Ok(TStmt::For { var: index, start: int(0), stop: int(n as i128), step: int(1), body, orelse })
    }

    /// `for` over `range(...)`, or over an array or a view.
    fn for_range(&mut self, f: &ast::StmtFor) -> Checked<TStmt> {
        let target = self.for_name_target(f)?;
        if self.array_name(&f.iter).is_some() || self.view_ndim(&f.iter).is_some() {
            let t = self.for_array(target.id.as_str(), f);
            return self.checked(t, &range(f));
        }
        if self.arrays.contains_key(target.id.as_str()) {
            return Err(self.report(
                Diagnostic::error(format!("`{}` holds an array; a `range` loop cannot count with it", target.id))
                    .at(range(f.target.as_ref()), "a `for` target"),
            ));
        }
        if self.lists.contains_key(target.id.as_str()) {
            // Perhaps a name rebound to a number (webs.rs).
            self.clashes.push(target.id.to_string());
            return Err(self.report(
                Diagnostic::error(format!("`{}` holds a list; a `range` loop cannot count with it", target.id))
                    .at(range(f.target.as_ref()), "a `for` target")
                    .note("one variable keeps one kind of value where their uses overlap"),
            ));
        }
        let call = match f.iter.as_ref() {
            Expr::Call(c)
                if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "range")
                    && c.keywords.is_empty()
                    && (1..=3).contains(&c.args.len()) =>
            {
                c
            }
            Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(n) if matches!(n.id.as_str(), "reversed" | "zip" | "enumerate")) =>
            {
                let Expr::Name(n) = c.func.as_ref() else { unreachable!("matched") };
                let why = match n.id.as_str() {
                    "reversed" => "`for` over reversed() is supported for `range(...)` with a constant step, and a list, array or tuple variable the loop does not shrink or rebind, only",
                    "zip" => "`for` over zip() is supported for arrays and views, unpacked into one name each, only",
                    _ => "`for` over enumerate() needs two targets, `for i, x in enumerate(xs)`",
                };
                return Err(self.report(Diagnostic::error(why).at(range(f.iter.as_ref()), "here")));
            }
            // Its assignment was reported already (a follow-on).
            Expr::Name(n) if self.poisoned.contains(n.id.as_str()) => return Err(self.reported_before(&range(n))),
            other => {
                return Err(self.report(Diagnostic::error("only `for` loops over range(...), an array, a list or a tuple variable are supported yet").at(range(other), "not a range(...) call").note("range takes 1 to 3 integer arguments: range(stop), range(start, stop), range(start, stop, step)")));
            }
        };
        // The loop variable is int64, as numba's range yields; known before
        // the bounds are typed, which may read it (`for j in range(n - j)`:
        // UnboundLocalError on the first pass, the last value after).
        self.note_assigned(target.id.as_str(), Scalar::I64);
        let mut args = Vec::new();
        for a in &call.args {
            args.push(self.check_expr(a)?);
        }
        if args.iter().any(|e| e.ty.is_float()) {
            return Ok(self.range_of_float(args, f));
        }
        let mut head = Vec::new();
        if args.iter().any(|e| e.ty == U64) {
            args = self.range_u64_bounds(args, &mut head, range(f.iter.as_ref()));
        }
        let mut args: Vec<TExpr> = args.into_iter().map(|e| cast(e, Scalar::I64)).collect();
        let step = match args.len() {
            3 => args.pop().expect("three arguments"),
            _ => TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(1)), span: range(f.iter.as_ref()) },
        };
        if let TExprKind::Const(ConstValue::Int(0)) = step.kind {
            return Err(self.report(Diagnostic::error("range() step must not be zero").at(step.span.clone(), "zero")));
        }
        let (start, stop) = match args.len() {
            1 => (
                TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: args[0].span.clone() },
                args.swap_remove(0),
            ),
            _ => {
                let stop = args.remove(1);
                (args.remove(0), stop)
            }
        };
        let var = self.var(target.id.as_str());
        let var_ty = self.types.types[target.id.as_str()];
        if var_ty != Scalar::I64 {
            // The variable is also assigned something wider (a float): the
            // loop stores cast values, handled at lowering by the var's type.
        }
        self.loop_depth += 1;
        let body = self.block(&f.body);
        self.loop_depth -= 1;
        let orelse = self.loop_else(&f.orelse);
        let for_ = TStmt::For { var, start, stop, step, body, orelse };
        if head.is_empty() {
            return Ok(for_);
        }
        head.push(for_);
        Ok(TStmt::Seq(head))
    }

    /// `range(...)` bounds of which one is a uint64, as int64 ones (the
    /// loop variable is int64): each is bound in `head`, in order, then a
    /// uint64 past int64 saturates at int64's max, which keeps CPython's
    /// loop wherever its values fit (`range(2**63, 5)` is empty, it was
    /// `range(-2**63, 5)`). A loop whose first value is past int64 (such a
    /// start counting down) raises OverflowError instead.
    fn range_u64_bounds(&mut self, args: Vec<TExpr>, head: &mut Vec<TStmt>, span: Range<usize>) -> Vec<TExpr> {
        let n = args.len();
        let vars: Vec<TExpr> = args
            .into_iter()
            .map(|e| {
                let (ty, span) = (e.ty, e.span.clone());
                let var = self.fresh("range_arg", ty);
                head.push(TStmt::Assign { var, value: e });
                TExpr { ty, kind: TExprKind::Var(var), span }
            })
            .collect();
        let c = |ty: Scalar, v: i128| TExpr { ty, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() };
        let b = |k: TExprKind| TExpr { ty: Scalar::Bool, kind: k, span: span.clone() };
        let max = i128::from(i64::MAX);
        if n == 3 && vars[0].ty == U64 && vars[2].ty != U64 {
            let start = vars[0].clone();
            let past = b(TExprKind::Compare(CmpOp::Gt, Box::new(start.clone()), Box::new(c(U64, max))));
            let step = cast(vars[2].clone(), Scalar::I64);
            let down = b(TExprKind::Compare(CmpOp::Lt, Box::new(step), Box::new(c(Scalar::I64, 0))));
            let mut cond = b(TExprKind::And(Box::new(past), Box::new(down)));
            if vars[1].ty == U64 {
                let below = TExprKind::Compare(CmpOp::Lt, Box::new(vars[1].clone()), Box::new(start));
                cond = b(TExprKind::And(Box::new(cond), Box::new(b(below))));
            }
            let raise = TStmt::Raise {
                exception: "OverflowError".into(),
                message: "range() counts down from a uint64 past int64; the loop variable is int64".into(),
                span: span.clone(),
            };
            head.push(TStmt::If { cond, then: vec![raise], orelse: Vec::new() });
        }
        vars.into_iter().map(crate::sema::numbers::math::int64_saturated).collect()
    }

    /// `for x in range(...)` with a float bound: CPython computes the
    /// bounds, then range() raises TypeError (numba would cast, where its
    /// signature makes the argument a float; the Python the user runs
    /// raises). The body is typed for the names it binds, then dropped.
    pub(in crate::sema) fn range_of_float(&mut self, args: Vec<TExpr>, f: &ast::StmtFor) -> TStmt {
        let mut out: Vec<TStmt> = args
            .into_iter()
            .map(|e| {
                let var = self.fresh("range_arg", e.ty);
                TStmt::Assign { var, value: e }
            })
            .collect();
        self.loop_depth += 1;
        let _ = self.block(&f.body);
        self.loop_depth -= 1;
        let _ = self.loop_else(&f.orelse);
        out.push(TStmt::Raise {
            exception: "TypeError".into(),
            message: "'float' object cannot be interpreted as an integer".into(),
            span: range(f.iter.as_ref()),
        });
        TStmt::Seq(out)
    }
}
