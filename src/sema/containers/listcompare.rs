//! `a == b`, `a != b`, `a < b`, `a <= b`, `a > b`, `a >= b` of two lists of
//! numbers, as CPython's list comparison: `==` is false for lists of
//! different lengths, else the first index where the items differ decides
//! (the items compared with the operator there), else the lengths do. A
//! list holds numbers, not objects, so a nan item never equals itself (the
//! identity shortcut of CPython's search is a documented deviation).

use crate::sema::*;
use crate::tir::list::ListRef;

impl Typer<'_> {
    /// A comparison of two list operands; NotMine unless both are lists.
    pub(in crate::sema) fn list_compare(&mut self, c: &ast::ExprCompare, span: Range<usize>) -> Claim<TExpr> {
        let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return Claim::NotMine };
        if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn | ast::CmpOp::Is | ast::CmpOp::IsNot) {
            return Claim::NotMine;
        }
        if !self.is_list_expr(&c.left) || !self.is_list_expr(right) {
            return Claim::NotMine;
        }
        let a = mine!(self.list_operand(&c.left));
        let b = mine!(self.list_operand(right));
        let mut lists = Vec::new();
        for name in [a, b] {
            if self.nested(&name) {
                return Claim::checked(self.unsupported(span, "comparing lists of lists is"));
            }
            if !self.no_array_items(&name, "comparing", &span) || !self.no_dict_items(&name, "comparing", &span) {
                return Claim::Failed;
            }
            let list = self.list_ref(&name);
            if list.items.len() != 1 {
                return Claim::checked(self.list_tuple_error(span));
            }
            lists.push(list);
        }
        let b = lists.pop().expect("two lists");
        let a = lists.pop().expect("two lists");
        Claim::checked(self.list_compare_items(*op, a, b, span))
    }

    /// The comparison's statements (queued in `pre`) and its result.
    fn list_compare_items(&mut self, op: ast::CmpOp, a: ListRef, b: ListRef, span: Range<usize>) -> Option<TExpr> {
        let s = &span;
        let len = |l: &ListRef| TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(l.clone()), span: s.clone() };
        let (la, lb) = (self.fresh("la", Scalar::I64), self.fresh("lb", Scalar::I64));
        self.pre.push(TStmt::Assign { var: la, value: len(&a) });
        self.pre.push(TStmt::Assign { var: lb, value: len(&b) });
        // n = min(la, lb); k = the first index where the items differ, else n
        let (n, k, i) = (self.fresh("n", Scalar::I64), self.fresh("k", Scalar::I64), self.fresh("i", Scalar::I64));
        let shorter = self.compare(ast::CmpOp::Lt, read(Scalar::I64, la, s), read(Scalar::I64, lb, s), s.clone())?;
        self.pre.push(TStmt::Assign { var: n, value: read(Scalar::I64, lb, s) });
        self.pre.push(TStmt::If {
            cond: shorter,
            then: vec![TStmt::Assign { var: n, value: read(Scalar::I64, la, s) }],
            orelse: Vec::new(),
        });
        self.pre.push(TStmt::Assign { var: k, value: read(Scalar::I64, n, s) });
        let item = |l: &ListRef, at: Var| TExpr {
            ty: l.items[0],
            kind: TExprKind::ListLoad(l.clone(), 0, Box::new(read(Scalar::I64, at, s))),
            span: s.clone(),
        };
        let differ = self.compare(ast::CmpOp::NotEq, item(&a, i), item(&b, i), s.clone())?;
        let body = vec![TStmt::If {
            cond: differ,
            then: vec![TStmt::Assign { var: k, value: read(Scalar::I64, i, s) }, TStmt::Break],
            orelse: Vec::new(),
        }];
        let (start, step) = (int_const(0, s), int_const(1, s));
        self.pre.push(TStmt::For { var: i, start, stop: read(Scalar::I64, n, s), step, body, orelse: Vec::new() });
        let r = self.fresh("cmp", Scalar::Bool);
        let equal_ops = matches!(op, ast::CmpOp::Eq | ast::CmpOp::NotEq);
        let found = self.compare(ast::CmpOp::Lt, read(Scalar::I64, k, s), read(Scalar::I64, n, s), s.clone())?;
        // ==/!= of a differing item: unequal; else the items' own operator
        let at_k = if equal_ops {
            TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Const(ConstValue::Bool(op == ast::CmpOp::NotEq)),
                span: s.clone(),
            }
        } else {
            self.compare(op, item(&a, k), item(&b, k), s.clone())?
        };
        let by_len = self.compare(op, read(Scalar::I64, la, s), read(Scalar::I64, lb, s), s.clone())?;
        self.pre.push(TStmt::If {
            cond: found,
            then: vec![TStmt::Assign { var: r, value: at_k }],
            orelse: vec![TStmt::Assign { var: r, value: by_len }],
        });
        Some(read(Scalar::Bool, r, s))
    }
}

fn int_const(i: i128, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(i)), span: span.clone() }
}

fn read(ty: Scalar, v: Var, span: &Range<usize>) -> TExpr {
    TExpr { ty, kind: TExprKind::Var(v), span: span.clone() }
}
