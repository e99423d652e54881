//! `heapq` on lists (numba supports heappush, heappop, heapify,
//! heapreplace and heappushpop): CPython's algorithm (Lib/heapq.py's
//! `_siftdown`/`_siftup`, which _heapqmodule.c follows), items compared
//! with `<` only (tuples lexicographically, sema/containers/tuples.rs), so items with
//! equal keys leave in CPython's order. Each call expands to loops over
//! the list's items (ListLoad/ListStore) in the typed IR.

use crate::sema::*;
use crate::tir::list::ListRef;

const FUNCTIONS: [&str; 5] = ["heappush", "heappop", "heapify", "heapreplace", "heappushpop"];

fn int(i: i128, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(i)), span: span.clone() }
}

fn read(ty: Scalar, v: Var, span: &Range<usize>) -> TExpr {
    TExpr { ty, kind: TExprKind::Var(v), span: span.clone() }
}

fn bin(op: BinOp, a: TExpr, b: TExpr) -> TExpr {
    TExpr { ty: a.ty, span: a.span.clone(), kind: TExprKind::Binary(op, Box::new(a), Box::new(b)) }
}

fn cmp(op: CmpOp, a: TExpr, b: TExpr) -> TExpr {
    TExpr { ty: Scalar::Bool, span: a.span.clone(), kind: TExprKind::Compare(op, Box::new(a), Box::new(b)) }
}

/// One item held in variables (one per scalar part).
struct Item {
    vars: Vec<Var>,
    tys: Vec<Scalar>,
}

impl Item {
    fn reads(&self, span: &Range<usize>) -> Vec<TExpr> {
        self.vars.iter().zip(&self.tys).map(|(&v, &t)| read(t, v, span)).collect()
    }
}

impl Typer<'_> {
    /// The heapq function a call's callee names: `heapq.heappush`, or a
    /// name imported from heapq that no local hides.
    pub(in crate::sema) fn heapq_function(&self, f: &Expr) -> Option<&'static str> {
        let name = self.heapq_name(f)?;
        Some(FUNCTIONS.iter().find(|&&f| f == name).copied().unwrap_or("unsupported"))
    }

    /// The name of the heapq function `f` names, whatever it is.
    pub(in crate::sema) fn heapq_name<'e>(&'e self, f: &'e Expr) -> Option<&'e str> {
        let local = |n: &str| {
            self.types.contains_key(n)
                || self.arity.contains_key(n)
                || self.lists.contains_key(n)
                || self.arrays.contains_key(n)
        };
        let name = match f {
            Expr::Name(n) if !local(n.id.as_str()) => {
                let (m, name) = self.globals.from_imports.get(n.id.as_str())?;
                (m == "heapq").then_some(name.as_str())?
            }
            Expr::Attribute(a) => {
                let Expr::Name(m) = a.value.as_ref() else { return None };
                let module = self.globals.modules.get(m.id.as_str())?;
                (module == "heapq" && !local(m.id.as_str())).then_some(a.attr.as_str())?
            }
            _ => return None,
        };
        Some(name)
    }

    /// A heapq call as a statement (its result, if any, dropped). NotMine:
    /// not a heapq call.
    pub(in crate::sema) fn heapq_stmt(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Claim<TStmt> {
        let f = or_not_mine!(self.heapq_function(&c.func));
        Claim::checked(self.heapq_call(f, c, span).map(|(stmts, _)| TStmt::Seq(stmts)))
    }

    /// A heapq call where a value stands: its statements run before the
    /// statement (`pre`). NotMine: not a heapq call.
    pub(in crate::sema) fn heapq_value(&mut self, e: &Expr) -> Claim<Val> {
        let Expr::Call(c) = e else { return Claim::NotMine };
        let min_max = self.list_min_max(c);
        if min_max.is_mine() {
            return min_max;
        }
        let f = or_not_mine!(self.heapq_function(&c.func));
        let span = range(e);
        if !self.may_queue(&span) {
            return Claim::Failed;
        }
        let Some((stmts, value)) = self.heapq_call(f, c, span.clone()) else { return Claim::Failed };
        self.pre.extend(stmts);
        if value.is_none() {
            self.errors.push(
                Diagnostic::error(format!("heapq.{f}() returns None; its value cannot be used")).at(span, "no value"),
            );
        }
        Claim::checked(value)
    }

    fn heapq_call(&mut self, f: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<(Vec<TStmt>, Option<Val>)> {
        let name = self.heapq_list(f, c, span.clone())?;
        // The pushed item (its parts put into the list's item type).
        let pushed = match c.args.get(1) {
            Some(x) => {
                let parts = self.item_parts(&name, x)?;
                Some(self.put(&name, parts, &range(x))?)
            }
            None => None,
        };
        let list = self.list_ref(&name);
        let mut out = Vec::new();
        let len = || TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list.clone()), span: span.clone() };
        let empty_error = || TStmt::If {
            cond: cmp(CmpOp::Eq, len(), int(0, &span)),
            then: vec![TStmt::Raise {
                exception: "IndexError".into(),
                message: "index out of range".into(),
                span: span.clone(),
            }],
            orelse: Vec::new(),
        };
        let pos = self.fresh("heappos", Scalar::I64);
        let result = match f {
            "heappush" => {
                out.push(TStmt::ListAppend { list: list.clone(), values: pushed?, span: span.clone() });
                out.push(TStmt::Assign { var: pos, value: bin(BinOp::Sub, len(), int(1, &span)) });
                out.extend(self.siftdown(&name, &list, int(0, &span), pos, &span)?);
                None
            }
            "heapify" => {
                // for i in reversed(range(n // 2)): _siftup(x, i)
                let i = self.fresh("heapi", Scalar::I64);
                let start = bin(BinOp::Sub, bin(BinOp::FloorDiv, len(), int(2, &span)), int(1, &span));
                let mut body = vec![TStmt::Assign { var: pos, value: read(Scalar::I64, i, &span) }];
                body.extend(self.siftup(&name, &list, pos, &span)?);
                let (stop, step) = (int(-1, &span), int(-1, &span));
                out.push(TStmt::For { var: i, start, stop, step, body, orelse: Vec::new() });
                None
            }
            "heappop" => {
                out.push(empty_error());
                let last = self.item_vars(&list);
                let res = self.item_vars(&list);
                out.push(TStmt::ListPop {
                    list: list.clone(),
                    index: None,
                    vars: last.vars.clone(),
                    span: span.clone(),
                });
                let mut then =
                    vec![self.load(&list, int(0, &span), &res, &span), self.store(&list, int(0, &span), &last, &span)];
                then.push(TStmt::Assign { var: pos, value: int(0, &span) });
                then.extend(self.siftup(&name, &list, pos, &span)?);
                let orelse = vec![TStmt::ParallelAssign { vars: res.vars.clone(), values: last.reads(&span) }];
                out.push(TStmt::If { cond: cmp(CmpOp::Gt, len(), int(0, &span)), then, orelse });
                Some(res)
            }
            "heapreplace" => {
                let item = self.item_vars(&list);
                let res = self.item_vars(&list);
                out.push(TStmt::ParallelAssign { vars: item.vars.clone(), values: pushed? });
                out.push(empty_error());
                out.push(self.load(&list, int(0, &span), &res, &span));
                out.push(self.store(&list, int(0, &span), &item, &span));
                out.push(TStmt::Assign { var: pos, value: int(0, &span) });
                out.extend(self.siftup(&name, &list, pos, &span)?);
                Some(res)
            }
            _ => {
                // heappushpop: if heap and heap[0] < item: item, heap[0] = heap[0], item; _siftup(heap, 0)
                let item = self.item_vars(&list);
                let top = self.item_vars(&list);
                out.push(TStmt::ParallelAssign { vars: item.vars.clone(), values: pushed? });
                let less = self.item_less(&name, &top, &item, &span)?;
                let mut swap = vec![self.store(&list, int(0, &span), &item, &span)];
                swap.push(TStmt::ParallelAssign { vars: item.vars.clone(), values: top.reads(&span) });
                swap.push(TStmt::Assign { var: pos, value: int(0, &span) });
                swap.extend(self.siftup(&name, &list, pos, &span)?);
                let then = vec![
                    self.load(&list, int(0, &span), &top, &span),
                    TStmt::If { cond: less, then: swap, orelse: Vec::new() },
                ];
                out.push(TStmt::If { cond: cmp(CmpOp::Gt, len(), int(0, &span)), then, orelse: Vec::new() });
                Some(item)
            }
        };
        let value = match result {
            Some(item) => Some(self.list_item_val(&name, item.reads(&span))?),
            None => None,
        };
        Some((out, value))
    }

    /// The heap's list variable, after checking `f`'s arity (CPython's
    /// TypeError) and that the heap is a list variable of numbers.
    fn heapq_list(&mut self, f: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<String> {
        let arity = match f {
            "heappop" | "heapify" => 1,
            "unsupported" => {
                self.errors.push(
                    Diagnostic::error("this heapq function is not supported yet")
                        .at(range(c.func.as_ref()), "not supported")
                        .note("pycc supports heapq.heappush, heappop, heapify, heapreplace and heappushpop on lists, and nsmallest(n, xs) / nlargest(n, xs) without key="),
                );
                return None;
            }
            _ => 2,
        };
        if c.args.len() != arity || !c.keywords.is_empty() {
            self.errors.push(
                Diagnostic::error(format!(
                    "{f}() takes exactly {arity} positional argument{} ({} given)",
                    if arity == 1 { "" } else { "s" },
                    c.args.len() + c.keywords.len()
                ))
                .at(span, "here"),
            );
            return None;
        }
        let Some(name) = self.list_name(&c.args[0]) else {
            self.errors.push(
                Diagnostic::error(format!("heapq.{f}() is supported on a list variable only"))
                    .at(range(&c.args[0]), "not a list variable")
                    .note("CPython raises TypeError unless the heap is a list"),
            );
            return None;
        };
        if self.nested(&name) {
            self.unsupported(range(&c.args[0]), "heapq on a list of lists is")?;
            return None;
        }
        if !self.no_array_items(&name, "heapq on", &range(&c.args[0])) {
            return None;
        }
        Some(name)
    }

    /// Fresh variables for one item of `list`.
    fn item_vars(&mut self, list: &ListRef) -> Item {
        let vars = list.items.iter().map(|&t| self.fresh("heap", t)).collect();
        Item { vars, tys: list.items.clone() }
    }

    /// `item = list[index]` (an index known to be in range).
    fn load(&mut self, list: &ListRef, index: TExpr, item: &Item, span: &Range<usize>) -> TStmt {
        let values = (0..list.items.len())
            .map(|j| TExpr {
                ty: list.items[j],
                kind: TExprKind::ListLoad(list.clone(), j, Box::new(index.clone())),
                span: span.clone(),
            })
            .collect();
        TStmt::ParallelAssign { vars: item.vars.clone(), values }
    }

    fn store(&mut self, list: &ListRef, index: TExpr, item: &Item, span: &Range<usize>) -> TStmt {
        TStmt::ListStore { list: list.clone(), index, values: item.reads(span) }
    }

    /// `a < b` for two items held in variables.
    fn item_less(&mut self, name: &str, a: &Item, b: &Item, span: &Range<usize>) -> Option<TExpr> {
        let a = self.list_item_val(name, a.reads(span))?;
        let b = self.list_item_val(name, b.reads(span))?;
        let mark = self.lets.len();
        let e = self.val_compare(ast::CmpOp::Lt, a, b, span)?;
        Some(self.wrap_lets(mark, e))
    }

    /// heapq.py's `_siftdown(heap, startpos, pos)`: the item at `pos`
    /// moves up while it is less than its parent.
    fn siftdown(
        &mut self,
        name: &str,
        list: &ListRef,
        startpos: TExpr,
        pos: Var,
        span: &Range<usize>,
    ) -> Option<Vec<TStmt>> {
        let newitem = self.item_vars(list);
        let parent = self.item_vars(list);
        let parentpos = self.fresh("heapparent", Scalar::I64);
        let p = || read(Scalar::I64, pos, span);
        let pp = || read(Scalar::I64, parentpos, span);
        let less = self.item_less(name, &newitem, &parent, span)?;
        let body = vec![
            TStmt::Assign {
                var: parentpos,
                value: bin(BinOp::FloorDiv, bin(BinOp::Sub, p(), int(1, span)), int(2, span)),
            },
            self.load(list, pp(), &parent, span),
            TStmt::If {
                cond: less,
                then: vec![self.store(list, p(), &parent, span), TStmt::Assign { var: pos, value: pp() }],
                orelse: vec![TStmt::Break],
            },
        ];
        Some(vec![
            self.load(list, p(), &newitem, span),
            TStmt::While { cond: cmp(CmpOp::Gt, p(), startpos), body, orelse: Vec::new() },
            self.store(list, p(), &newitem, span),
        ])
    }

    /// heapq.py's `_siftup(heap, pos)`: the smaller child moves up until a
    /// leaf is reached, then the item at `pos` goes there and sifts down.
    fn siftup(&mut self, name: &str, list: &ListRef, pos: Var, span: &Range<usize>) -> Option<Vec<TStmt>> {
        let i64v = |v: Var| read(Scalar::I64, v, span);
        let endpos = self.fresh("heapend", Scalar::I64);
        let startpos = self.fresh("heapstart", Scalar::I64);
        let childpos = self.fresh("heapchild", Scalar::I64);
        let rightpos = self.fresh("heapright", Scalar::I64);
        let newitem = self.item_vars(list);
        let (left, right) = (self.item_vars(list), self.item_vars(list));
        let child_less = self.item_less(name, &left, &right, span)?;
        let not_less = TExpr { ty: Scalar::Bool, span: span.clone(), kind: TExprKind::Not(Box::new(child_less)) };
        let first_child = || bin(BinOp::Add, bin(BinOp::Mul, int(2, span), i64v(pos)), int(1, span));
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list.clone()), span: span.clone() };
        let pick_right = TStmt::If {
            cond: cmp(CmpOp::Lt, i64v(rightpos), i64v(endpos)),
            then: vec![
                self.load(list, i64v(childpos), &left, span),
                self.load(list, i64v(rightpos), &right, span),
                TStmt::If {
                    cond: not_less,
                    then: vec![TStmt::Assign { var: childpos, value: i64v(rightpos) }],
                    orelse: Vec::new(),
                },
            ],
            orelse: Vec::new(),
        };
        let body = vec![
            TStmt::Assign { var: rightpos, value: bin(BinOp::Add, i64v(childpos), int(1, span)) },
            pick_right,
            self.load(list, i64v(childpos), &left, span),
            self.store(list, i64v(pos), &left, span),
            TStmt::Assign { var: pos, value: i64v(childpos) },
            TStmt::Assign { var: childpos, value: first_child() },
        ];
        let mut out = vec![
            TStmt::Assign { var: endpos, value: len },
            TStmt::Assign { var: startpos, value: i64v(pos) },
            self.load(list, i64v(pos), &newitem, span),
            TStmt::Assign { var: childpos, value: first_child() },
            TStmt::While { cond: cmp(CmpOp::Lt, i64v(childpos), i64v(endpos)), body, orelse: Vec::new() },
            self.store(list, i64v(pos), &newitem, span),
        ];
        out.extend(self.siftdown(name, list, i64v(startpos), pos, span)?);
        Some(out)
    }

    /// `min(L)`/`max(L)` of a list of tuples, and of a slice `L[a:b]` of
    /// any list (no list is made): CPython's order (`<` for min, `>` for
    /// max; an equal item keeps the earlier one), ValueError when empty.
    /// NotMine: not such a call.
    fn list_min_max(&mut self, c: &ast::ExprCall) -> Claim<Val> {
        let Expr::Name(f) = c.func.as_ref() else { return Claim::NotMine };
        let f = f.id.as_str();
        if !matches!(f, "min" | "max") || !self.is_builtin(f) || !c.keywords.is_empty() {
            return Claim::NotMine;
        }
        let [arg] = c.args.as_slice() else { return Claim::NotMine };
        let (name, bounds) = match arg {
            Expr::Subscript(s) if matches!(s.slice.as_ref(), Expr::Slice(_)) => {
                let Expr::Slice(sl) = s.slice.as_ref() else { return Claim::NotMine };
                if sl.step.is_some() {
                    // A stepped slice is a new list, made as anywhere else.
                    return Claim::NotMine;
                }
                (or_not_mine!(self.list_name(&s.value)), Some(sl))
            }
            _ => {
                let name = or_not_mine!(self.list_name(arg));
                if self.arity_of(&name) <= 1 {
                    return Claim::NotMine;
                }
                (name, None)
            }
        };
        if self.nested(&name) || self.array_items(&name).is_some() {
            return Claim::NotMine;
        }
        let span = range(arg);
        if !self.may_queue(&range(c)) {
            return Claim::Failed;
        }
        let list = self.list_ref(&name);
        let n = self.fresh("len", Scalar::I64);
        let (lo, hi) = (self.fresh("lo", Scalar::I64), self.fresh("hi", Scalar::I64));
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list.clone()), span: span.clone() };
        let mut out = vec![TStmt::Assign { var: n, value: len }];
        let v = |x: Var| read(Scalar::I64, x, &span);
        let (lower, upper) = match bounds {
            Some(sl) => {
                let mut bound = |e: &Option<Box<Expr>>, default: TExpr| -> Option<TExpr> {
                    let Some(e) = e else { return Some(default) };
                    let x = self.expr(e)?;
                    if !matches!(x.ty, Scalar::Int { .. } | Scalar::Bool) {
                        self.errors.push(
                            Diagnostic::error("slice indices must be integers").at(x.span.clone(), "not an integer"),
                        );
                        return None;
                    }
                    Some(cast(x, Scalar::I64))
                };
                let a = bound(&sl.lower, int(0, &span));
                let b = bound(&sl.upper, v(n));
                (or_not_mine!(a), or_not_mine!(b))
            }
            None => (int(0, &span), v(n)),
        };
        // CPython's PySlice_AdjustIndices for a step of 1: negative from
        // the end, then clamped to 0..=len.
        let ifexp = |c: TExpr, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::I64,
            span: span.clone(),
            kind: TExprKind::IfExp(Box::new(c), Box::new(a), Box::new(b)),
        };
        for (var, x) in [(lo, lower), (hi, upper)] {
            out.push(TStmt::Assign { var, value: x });
            let from_end = bin(BinOp::Add, v(var), v(n));
            let neg = ifexp(cmp(CmpOp::Lt, from_end.clone(), int(0, &span)), int(0, &span), from_end);
            let pos = ifexp(cmp(CmpOp::Gt, v(var), v(n)), v(n), v(var));
            out.push(TStmt::Assign { var, value: ifexp(cmp(CmpOp::Lt, v(var), int(0, &span)), neg, pos) });
        }
        out.push(TStmt::If {
            cond: cmp(CmpOp::Le, v(hi), v(lo)),
            then: vec![TStmt::Raise {
                exception: "ValueError".into(),
                message: format!("{f}() arg is an empty sequence"),
                span: span.clone(),
            }],
            orelse: Vec::new(),
        });
        let best = self.item_vars(&list);
        let item = self.item_vars(&list);
        out.push(self.load(&list, v(lo), &best, &span));
        let beats = if f == "min" {
            self.item_less(&name, &item, &best, &span)
        } else {
            self.item_less(&name, &best, &item, &span)
        };
        let Some(beats) = beats else { return Claim::Failed };
        let i = self.fresh("i", Scalar::I64);
        let body = vec![
            self.load(&list, v(i), &item, &span),
            TStmt::If {
                cond: beats,
                then: vec![TStmt::ParallelAssign { vars: best.vars.clone(), values: item.reads(&span) }],
                orelse: Vec::new(),
            },
        ];
        let start = bin(BinOp::Add, v(lo), int(1, &span));
        out.push(TStmt::For { var: i, start, stop: v(hi), step: int(1, &span), body, orelse: Vec::new() });
        self.pre.extend(out);
        Claim::checked(self.list_item_val(&name, best.reads(&span)))
    }
}
