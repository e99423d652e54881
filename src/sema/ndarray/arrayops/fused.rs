//! Fused reductions: `np.sum(e)`, `e.sum()`, `np.mean(e)`, `e.mean()` and
//! `np.sum(e, axis=-1)` of an elementwise float expression `e` sum its
//! elements as the loop makes them, without numpy's temporary array.
//!
//! Bit for bit numpy's result: numpy sums a float array it allocated
//! itself (C-ordered) as `0 + pairwise_sum(all elements)` (axis=None, the
//! array's dimensions coalesced) or, per row, `0 + pairwise_sum(row)`
//! (the last axis); `pairwise_sum` is loops_utils.h.src's: blocks of at
//! most 128 summed with 8 accumulators, split in halves at multiples of 8
//! above that (checked against numpy 2.4 for every length to 300 and
//! longer ones). The compiled loop sums each block (the leaves of that
//! recursion) inline; the runtime (`pycc_pw_*`, runtime.c) says how long
//! the next block is and adds the block sums in the recursion's order.
//! Anything else (ints, complex, an n-d operand that broadcasts, a result
//! numpy would not allocate C-ordered) is computed into an array as before.
//! This is a child module of arrayops, whose tree types it uses.

use super::*;
use rustpython_parser::text_size::TextRange;

/// The runtime half of the pairwise sum (runtime.c): `(n, is float32) ->
/// first block's length`, `(block sum) -> next block's length (0: done)`,
/// `() -> the sum`.
const PW_BEGIN_FN: &str = "pycc_pw_begin";
const PW_LEAF_FN: &str = "pycc_pw_leaf";
const PW_RESULT_FN: &str = "pycc_pw_result";

impl Typer<'_> {
    /// Whether `e` is an elementwise expression that `tree` keeps as a node.
    pub(in crate::sema) fn fusible(&self, e: &Expr) -> bool {
        if self.cx_involved(e) {
            // `abs(z)` of a fused complex expression is a real tree (cxfused.rs).
            return matches!(e, Expr::Call(c) if self.cx_abs_form(c));
        }
        match e {
            Expr::BinOp(_) | Expr::Compare(_) => self.is_array_expr(e),
            Expr::Call(c) => self.elem_ufunc(c).is_some() && self.is_array_expr(e),
            _ => false,
        }
    }

    /// A reduction `func` (`np.sum`, `np.mean`, `np.prod`, `np.min`,
    /// `np.max`, `np.any`, `np.all`, `np.argmin`, `np.argmax`, no axis) of a `fusible` expression:
    /// the number (Ok), or the operand computed into an array (Err) for the
    /// caller's numpy call.
    pub(in crate::sema) fn fused_reduce(
        &mut self,
        func: NpFunc,
        e: &Expr,
    ) -> Option<std::result::Result<TExpr, ArrayRef>> {
        let span = range(e);
        let node = match self.tree(e)? {
            Tree::Leaf(Operand::Array(a)) => return Some(Err(a)),
            Tree::Leaf(Operand::Number(..)) => unreachable!("an elementwise expression has an array operand"),
            node => node,
        };
        let dtype = match &node {
            Tree::Node { elem, .. } => elem.result(),
            Tree::Tuple(t) => t.slot.ty.dtype,
            _ => Scalar::F64, // `abs` of a complex expression
        };
        if super::exact::applies(func, dtype) {
            return self.exact_reduce(func, node, &span).map(Ok);
        }
        match self.c_ordered_float(&node) {
            Some(parts) if matches!(func, NpFunc::Sum | NpFunc::Mean) => self.fused_sum(func, node, parts, span),
            _ => self.compute(node, &span).map(Err),
        }
    }

    /// Whether `func` has a fused form (`fused_reduce`).
    pub(in crate::sema) fn fusible_reduction(func: NpFunc) -> bool {
        matches!(
            func,
            NpFunc::Sum
                | NpFunc::Mean
                | NpFunc::Prod
                | NpFunc::Min
                | NpFunc::Max
                | NpFunc::Any
                | NpFunc::All
                | NpFunc::Argmin
                | NpFunc::Argmax
        )
    }

    /// `np.sum(e)` or `np.mean(e)` (`func`) of a float node: numpy's
    /// pairwise sum as the loop computes the elements.
    fn fused_sum(
        &mut self,
        func: NpFunc,
        node: Tree,
        (dtype, shape, leaves): (Scalar, Vec<Var>, Vec<ArrayRef>),
        span: Range<usize>,
    ) -> Option<std::result::Result<TExpr, ArrayRef>> {
        let var = |x: Var| TExpr { ty: dtype, kind: TExprKind::Var(x), span: span.clone() };
        let lone = self.lone_operand(&leaves, &span);
        let same = leaves.iter().all(|a| a.shape == shape && a.ty.layout == Layout::C);
        if shape.len() > 1 && !same && lone.is_none() {
            return self.compute(node, &span).map(Err);
        }
        // numpy's temporary takes a lone operand's memory order: fused when
        // that is C. numpy's mean of nothing warns: numpy computes that.
        let (leaves, mut cond) = match lone {
            Some((c, leaf)) => (vec![leaf], Some(c)),
            None => (leaves, None),
        };
        let count = (func == NpFunc::Mean).then(|| {
            let n = self.extent_product(&shape, &span);
            self.temp_i64(n.expect("an array has an axis"))
        });
        if let Some(n) = &count {
            let some = cmp(CmpOp::Ne, n.clone(), int64(0, &span));
            cond = Some(match cond {
                None => some,
                Some(c) => {
                    TExpr { ty: Scalar::Bool, kind: TExprKind::And(Box::new(c), Box::new(some)), span: span.clone() }
                }
            });
        }
        let Some(cond) = cond else {
            let sum = self.flat_sum(&node, dtype, &shape, leaves, &span);
            return Some(Ok(var(sum)));
        };
        let res = self.fresh("pw", dtype);
        let saved = std::mem::take(&mut self.pre);
        let sum = self.flat_sum(&node, dtype, &shape, leaves, &span);
        // numpy's mean: the sum divided by the count, in the sum's dtype.
        let value = match &count {
            Some(n) => TExpr {
                ty: dtype,
                kind: TExprKind::NpBinary(BinOp::Div, Box::new(var(sum)), Box::new(cast(n.clone(), dtype))),
                span: span.clone(),
            },
            None => var(sum),
        };
        self.pre.push(TStmt::Assign { var: res, value });
        let then = std::mem::take(&mut self.pre);
        let value = self.compute(node, &span).and_then(|a| self.reduce(func, a, None, span.clone()));
        if let Some(v) = value.clone() {
            self.pre.push(TStmt::Assign { var: res, value: v });
        }
        let orelse = std::mem::replace(&mut self.pre, saved);
        value?;
        self.pre.push(TStmt::If { cond, then, orelse });
        Some(Ok(var(res)))
    }

    /// The pairwise sum of node `t` over `shape` (1-d: operands broadcast;
    /// n-d: every operand C-ordered with `shape`), by statements pushed
    /// to `pre`; the variable holding it.
    fn flat_sum(&mut self, t: &Tree, dtype: Scalar, shape: &[Var], leaves: Vec<ArrayRef>, span: &Range<usize>) -> Var {
        // One row: the operands themselves (1-d), or flattened (C-ordered).
        let n = if shape.len() == 1 {
            shape[0]
        } else {
            let total = self.extent_product(shape, span);
            let TExprKind::Var(v) = self.temp_i64(total.expect("an n-d shape")).kind else { unreachable!("a product") };
            v
        };
        let rows: Vec<ArrayRef> = leaves
            .into_iter()
            .map(|a| {
                let a = if a.shape == shape { a } else { self.broadcast_read(a, shape, span) };
                if shape.len() == 1 {
                    return a;
                }
                let stride = self.counter_const(i128::from(a.ty.itemsize()), span);
                ArrayRef { shape: vec![n], strides: vec![stride], ty: ArrayTy { ndim: 1, ..a.ty }, ..a }
            })
            .collect();
        let mut out = Vec::new();
        let sum = self.pairwise(t, &rows, n, dtype, span, &mut out);
        self.pre.extend(out);
        sum
    }

    /// For a lone n-d operand not known to be C-ordered: whether it is
    /// C-contiguous at run time, and the operand taken as C-ordered.
    fn lone_operand(&mut self, leaves: &[ArrayRef], span: &Range<usize>) -> Option<(TExpr, ArrayRef)> {
        let [a] = leaves else { return None };
        if a.ty.ndim < 2 || a.ty.layout == Layout::C {
            return None;
        }
        let mut expected = int64(i128::from(a.ty.itemsize()), span);
        let mut cond: Option<TExpr> = None;
        for k in (0..a.ty.ndim as usize).rev() {
            let extent = self.i64_var(a.shape[k], span.clone());
            let ok = TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Or(
                    Box::new(cmp(CmpOp::Eq, self.i64_var(a.strides[k], span.clone()), expected.clone())),
                    Box::new(cmp(CmpOp::Le, extent.clone(), int64(1, span))),
                ),
                span: span.clone(),
            };
            cond = Some(match cond {
                None => ok,
                Some(c) => {
                    TExpr { ty: Scalar::Bool, kind: TExprKind::And(Box::new(c), Box::new(ok)), span: span.clone() }
                }
            });
            expected = bin(BinOp::Mul, expected, extent);
        }
        Some((cond.expect("n-d"), ArrayRef { ty: ArrayTy { layout: Layout::C, ..a.ty }, ..a.clone() }))
    }

    /// `np.sum(e, axis)` of a `fusible` expression over its last axis, or
    /// over the first of a 2-d one (`first`; `axis` already known to be
    /// that): the new array (Ok), or the operand computed into an array (Err).
    pub(in crate::sema) fn fused_axis_sums(
        &mut self,
        e: &Expr,
        first: bool,
    ) -> Option<std::result::Result<ArrayRef, ArrayRef>> {
        let span = range(e);
        let (node, dtype, shape, leaves) = match self.fusible_tree(e, &span)? {
            Ok(parts) => parts,
            Err(a) => return Some(Err(a)),
        };
        if shape.len() < 2 || (first && shape.len() != 2) {
            return self.compute(node, &span).map(Err);
        }
        let outer = if first { vec![shape[1]] } else { shape[..shape.len() - 1].to_vec() };
        let out = self.new_array(dtype, &outer, None, &span);
        let not = |f: TExpr| TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(f)), span: span.clone() };
        let (mut cond, leaves) = match self.lone_operand(&leaves, &span) {
            Some((cond, leaf)) => (Some(cond), vec![leaf]),
            // numpy's temporary of several operands may be Fortran ordered
            // (order 'K'); numpy then sums in that order.
            None => (self.fortran_temp(&shape, &leaves, &span).map(not), leaves),
        };
        if first {
            // numpy adds the C-ordered temporary's rows one after another,
            // but a column of one item a row is one pairwise sum.
            let wide = cmp(CmpOp::Ne, self.i64_var(shape[1], span.clone()), int64(1, &span));
            cond = Some(cond.map_or(wide.clone(), |c| and(c, wide)));
        }
        let fused = |s: &mut Self, leaves| match first {
            true => s.col_sums(&node, dtype, &shape, leaves, &out, &span),
            false => s.row_sums(&node, dtype, &shape, leaves, &out, &span),
        };
        let Some(cond) = cond else {
            fused(self, leaves);
            return Some(Ok(out));
        };
        // As `fused_sum`: numpy's own sum unless the operand is C-ordered,
        // copied into the same result array.
        let saved = std::mem::take(&mut self.pre);
        fused(self, leaves);
        let then = std::mem::take(&mut self.pre);
        let temp = self.compute(node.clone(), &span);
        let sums = temp.map(|a| {
            // numpy's sums keep its temporary's K order (a transposed 3-d
            // operand's are not C-ordered): any strides.
            let ty = ArrayTy { dtype, ndim: outer.len() as u32, layout: Layout::A, complex: false };
            let sums = self.array_temp(ty, Default::default());
            let axis = NpArg::Keyword(crate::sema::numpy::keyword("axis"), int64(if first { 0 } else { -1 }, &span));
            let args = vec![NpArg::Array(a), axis];
            self.pre.push(TStmt::Alloc { array: sums.clone(), func: NpFunc::Sum, args, span: span.clone() });
            let at = ArrayRef { shape: outer.clone(), ..out.clone() };
            let from = ArrayRef { shape: outer.clone(), ..sums };
            let copy = self.loop_nest(&outer, &span, |idx| TStmt::Store {
                array: at,
                indices: idx.clone(),
                value: TExpr { ty: dtype, kind: TExprKind::Load(from, idx), span: span.clone() },
            });
            self.pre.push(copy);
        });
        let orelse = std::mem::replace(&mut self.pre, saved);
        sums?;
        self.pre.push(TStmt::If { cond, then, orelse });
        Some(Ok(out))
    }

    /// Fills `out` with the sums of 2-d node `t`'s columns as numpy adds a
    /// C-ordered array's rows: from 0, one row after another.
    fn col_sums(
        &mut self,
        node: &Tree,
        dtype: Scalar,
        shape: &[Var],
        leaves: Vec<ArrayRef>,
        out: &ArrayRef,
        span: &Range<usize>,
    ) {
        let reads = self.reads_at(&leaves, shape, span);
        let at = ArrayRef { shape: vec![shape[1]], ..out.clone() };
        let zero = TExpr { ty: dtype, kind: TExprKind::Const(ConstValue::Float(0.0)), span: span.clone() };
        let init_at = at.clone();
        let init = self.loop_nest(&[shape[1]], span, |idx| TStmt::Store { array: init_at, indices: idx, value: zero });
        self.pre.push(init);
        let fold = self.loop_nest(shape, span, |idx| {
            let mut loads = reads.into_iter().map(|a| load(a, idx.clone(), span));
            let v = cast(node.value(&mut loads), dtype);
            let j = vec![idx[1].clone()];
            let old = TExpr { ty: dtype, kind: TExprKind::Load(at.clone(), j.clone()), span: span.clone() };
            let sum = TExpr {
                ty: dtype,
                kind: TExprKind::NpBinary(BinOp::Add, Box::new(old), Box::new(v)),
                span: span.clone(),
            };
            TStmt::Store { array: at, indices: j, value: sum }
        });
        self.pre.push(fold);
    }

    /// Whether `compute`'s array of several `leaves` over 2-d `shape` is
    /// Fortran ordered, at run time (None: it is C-ordered).
    fn fortran_temp(&mut self, shape: &[Var], leaves: &[ArrayRef], span: &Range<usize>) -> Option<TExpr> {
        let any_order = leaves.iter().any(|a| a.ty.ndim == 2 && a.ty.layout != Layout::C);
        if shape.len() != 2 || leaves.len() < 2 || !any_order {
            return None;
        }
        self.k2_fortran(leaves, span)
    }

    /// Fills `out` with the pairwise sums of node `t`'s rows (its last
    /// axis), by a loop nest pushed to `pre`.
    fn row_sums(
        &mut self,
        node: &Tree,
        dtype: Scalar,
        shape: &[Var],
        leaves: Vec<ArrayRef>,
        out: &ArrayRef,
        span: &Range<usize>,
    ) {
        let span = span.clone();
        let reads: Vec<ArrayRef> = leaves
            .into_iter()
            .map(|a| if a.shape == shape { a } else { self.broadcast_read(a, shape, &span) })
            .collect();
        let (outer, last) = (&shape[..shape.len() - 1], shape[shape.len() - 1]);
        let mut datas = Vec::new();
        for _ in &reads {
            datas.push(self.fresh("view", Scalar::I64));
        }
        let counters: Vec<Var> = outer.iter().map(|_| self.fresh("slice", Scalar::I64)).collect();
        let idx: Vec<TExpr> = counters.iter().map(|&v| self.i64_var(v, span.clone())).collect();
        let mut body = Vec::new();
        let mut rows = Vec::new();
        for (a, &data) in reads.iter().zip(&datas) {
            // The row's first element: data + sum of index * stride.
            let mut at = self.i64_var(a.data, span.clone());
            for (k, i) in idx.iter().enumerate() {
                at = bin(BinOp::Add, at, bin(BinOp::Mul, i.clone(), self.i64_var(a.strides[k], span.clone())));
            }
            body.push(TStmt::Assign { var: data, value: at });
            let layout = if a.ty.unit_axis() == Some(a.ty.ndim - 1) { Layout::C } else { Layout::A };
            let stride = a.strides[a.strides.len() - 1];
            rows.push(ArrayRef {
                data,
                shape: vec![last],
                strides: vec![stride],
                ty: ArrayTy { ndim: 1, layout, ..a.ty },
                ..a.clone()
            });
        }
        let sum = self.pairwise(node, &rows, last, dtype, &span, &mut body);
        let at = ArrayRef { shape: outer.to_vec(), ..out.clone() };
        body.push(TStmt::Store {
            array: at,
            indices: idx,
            value: TExpr { ty: dtype, kind: TExprKind::Var(sum), span: span.clone() },
        });
        let mut stmt = TStmt::Seq(body);
        for (&c, &n) in counters.iter().zip(outer).rev() {
            stmt = TStmt::For {
                var: c,
                start: int64(0, &span),
                stop: self.i64_var(n, span.clone()),
                step: int64(1, &span),
                body: vec![stmt],
                orelse: Vec::new(),
            };
        }
        self.pre.push(stmt);
    }

    /// `e`'s tree with `c_ordered_float`'s parts (Ok), or `e` as an array
    /// (Err): a lone array, or computed into one when it cannot be fused.
    #[allow(clippy::type_complexity)]
    fn fusible_tree(
        &mut self,
        e: &Expr,
        span: &Range<usize>,
    ) -> Option<std::result::Result<(Tree, Scalar, Vec<Var>, Vec<ArrayRef>), ArrayRef>> {
        let node = match self.tree(e)? {
            Tree::Leaf(Operand::Array(a)) => return Some(Err(a)),
            Tree::Leaf(Operand::Number(..)) => unreachable!("an elementwise expression has an array operand"),
            node => node,
        };
        let Some((dtype, shape, leaves)) = self.c_ordered_float(&node) else {
            return self.compute(node, span).map(Err);
        };
        Some(Ok((node, dtype, shape, leaves)))
    }

    /// The float dtype, shape and array leaves of node `t` when numpy
    /// sums its temporary pairwise (a float32 or float64 result); None
    /// otherwise. The temporary is C-ordered unless the node has one
    /// operand (`compute` then keeps its order, numpy's order 'K'):
    /// callers check that with `lone_operand`.
    fn c_ordered_float(&self, t: &Tree) -> Option<(Scalar, Vec<Var>, Vec<ArrayRef>)> {
        let (dtype, shape) = match t {
            Tree::Node { elem, shape, .. } => (elem.result(), shape),
            Tree::Cx(c) => (Scalar::F64, &c.shape),
            _ => return None,
        };
        // Its rows are read flat: a rolled leaf is not.
        if t.has_roll() {
            return None;
        }
        if !matches!(dtype, Scalar::Float { bits: 32 | 64 }) {
            return None;
        }
        let mut leaves = Vec::new();
        t.arrays(&mut leaves);
        Some((dtype, shape.clone(), leaves))
    }

    /// numpy's `0 + pairwise_sum` of tree `t`'s elements over the 1-d
    /// `rows` (one per array leaf, `len` items each), as statements
    /// appended to `out`; the variable holding the sum, of `dtype`.
    fn pairwise(
        &mut self,
        t: &Tree,
        rows: &[ArrayRef],
        len: Var,
        dtype: Scalar,
        span: &Range<usize>,
        out: &mut Vec<TStmt>,
    ) -> Var {
        let v = |s: &Self, x: Var| s.i64_var(x, span.clone());
        let (block, off, res, total) = (
            self.fresh("pw", Scalar::I64),
            self.fresh("pw", Scalar::I64),
            self.fresh("pw", dtype),
            self.fresh("pw", dtype),
        );
        let f32 = int64(i128::from(dtype == Scalar::Float { bits: 32 }), span);
        let runtime = |ty, name, args| TExpr { ty, kind: TExprKind::Runtime(name, args), span: span.clone() };
        out.push(TStmt::Assign { var: block, value: runtime(Scalar::I64, PW_BEGIN_FN, vec![v(self, len), f32]) });
        out.push(TStmt::Assign { var: off, value: int64(0, span) });
        // The block's views: each row from `off`, `block` items long.
        let mut body = Vec::new();
        let mut views = Vec::new();
        for r in rows {
            let data = self.fresh("view", Scalar::I64);
            let step = bin(BinOp::Mul, v(self, off), v(self, r.strides[0]));
            body.push(TStmt::Assign { var: data, value: bin(BinOp::Add, v(self, r.data), step) });
            views.push(ArrayRef { data, shape: vec![block], ..r.clone() });
        }
        let elem = |index: TExpr| -> TExpr {
            let mut loads = views.iter().map(|a| TExpr {
                ty: a.ty.dtype,
                kind: TExprKind::Load(a.clone(), vec![index.clone()]),
                span: span.clone(),
            });
            cast(t.value(&mut loads), dtype)
        };
        let add = |a: TExpr, b: TExpr| TExpr {
            ty: dtype,
            kind: TExprKind::NpBinary(BinOp::Add, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let fvar = |x: Var| TExpr { ty: dtype, kind: TExprKind::Var(x), span: span.clone() };
        let fconst = |x: f64| TExpr { ty: dtype, kind: TExprKind::Const(ConstValue::Float(x)), span: span.clone() };
        let range_loop = |var: Var, start: TExpr, stop: TExpr, step: i128, body: Vec<TStmt>| TStmt::For {
            var,
            start,
            stop,
            step: int64(step, span),
            body,
            orelse: Vec::new(),
        };
        // Fewer than 8: one accumulator from -0.0.
        let i = self.fresh("slice", Scalar::I64);
        let short = vec![
            TStmt::Assign { var: res, value: fconst(-0.0) },
            range_loop(
                i,
                int64(0, span),
                v(self, block),
                1,
                vec![TStmt::Assign { var: res, value: add(fvar(res), elem(v(self, i))) }],
            ),
        ];
        // 8 to 128: 8 accumulators, then the rest one by one.
        let r: Vec<Var> = (0..8).map(|_| self.fresh("pw", dtype)).collect();
        let mut long: Vec<TStmt> =
            r.iter().enumerate().map(|(k, &x)| TStmt::Assign { var: x, value: elem(int64(k as i128, span)) }).collect();
        let j = self.fresh("slice", Scalar::I64);
        let at = |k: usize| bin(BinOp::Add, v(self, j), int64(k as i128, span));
        let step: Vec<TStmt> =
            r.iter().enumerate().map(|(k, &x)| TStmt::Assign { var: x, value: add(fvar(x), elem(at(k))) }).collect();
        let stop = bin(BinOp::Sub, v(self, block), int64(7, span));
        long.push(range_loop(j, int64(8, span), stop, 8, step));
        let pair = |a: usize, b: usize| add(fvar(r[a]), fvar(r[b]));
        long.push(TStmt::Assign { var: res, value: add(add(pair(0, 1), pair(2, 3)), add(pair(4, 5), pair(6, 7))) });
        let rest = bin(BinOp::Sub, v(self, block), bin(BinOp::BitAnd, v(self, block), int64(7, span)));
        let k = self.fresh("slice", Scalar::I64);
        long.push(range_loop(
            k,
            rest,
            v(self, block),
            1,
            vec![TStmt::Assign { var: res, value: add(fvar(res), elem(v(self, k))) }],
        ));
        body.push(TStmt::If { cond: cmp(CmpOp::Lt, v(self, block), int64(8, span)), then: short, orelse: long });
        body.push(TStmt::Assign { var: off, value: bin(BinOp::Add, v(self, off), v(self, block)) });
        let leaf = runtime(Scalar::I64, PW_LEAF_FN, vec![cast(fvar(res), Scalar::F64)]);
        body.push(TStmt::Assign { var: block, value: leaf });
        out.push(TStmt::While { cond: cmp(CmpOp::Gt, v(self, block), int64(0, span)), body, orelse: Vec::new() });
        let sum = cast(runtime(Scalar::F64, PW_RESULT_FN, Vec::new()), dtype);
        // numpy's reduction starts from add's identity, 0.
        out.push(TStmt::Assign { var: total, value: add(fconst(0.0), sum) });
        total
    }
}

impl Typer<'_> {
    /// `np.var(x, axis=-1, ddof=k)` / `x.var(1, ddof=k)` (and `std`) of a
    /// 2-d float64 array `x` over either axis, or of all its elements (a
    /// number), a literal ddof and no other keyword: numpy's `_var`
    /// (numpy/_core/_methods.py) without its temporaries. numpy
    /// computes `m = sum(x, axis, keepdims) / n`, `d = square(x - m)`,
    /// `sum(d, axis) / max(n - ddof, 0)` (then `sqrt` for std); here the
    /// second sum is a fused sum of `(x - m) ** 2` (`var_sums`), bit for
    /// bit numpy's (fused_axis_sums: numpy's own sum where its temporary
    /// would not be C-ordered). None (not reported): not this form.
    pub(in crate::sema) fn fused_var(
        &mut self,
        func: NpFunc,
        c: &ast::ExprCall,
        a_expr: &Expr,
        rest: &[Expr],
    ) -> Option<Option<Val>> {
        let Expr::Name(x) = a_expr else { return Some(None) };
        let x = x.id.as_str();
        let plain = |ty: &ArrayTy| matches!(ty.ndim, 1 | 2) && ty.dtype == Scalar::F64 && !ty.complex;
        if !matches!(func, NpFunc::Var | NpFunc::Std) || !self.arrays.get(x).is_some_and(plain) || rest.len() > 1 {
            return Some(None);
        }
        let int = |e: &Expr| match literal_value(e) {
            Some(ConstValue::Int(v)) => Some(v),
            _ => None,
        };
        let mut axis = rest.first().map(int);
        let mut ddof = Some(0);
        for k in &c.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("axis") if rest.is_empty() => axis = Some(int(&k.value)),
                Some("ddof") => ddof = int(&k.value).filter(|d| *d >= 0),
                _ => return Some(None),
            }
        }
        // The reduced axis as var_sums takes it: -1 (the last of a 2-d
        // array), 0 (its first) or None (every element).
        let form = match (self.arrays[x].ndim, axis) {
            (2, Some(Some(1 | -1))) => Some(Some(-1)),
            (2, Some(Some(0 | -2))) => Some(Some(0)),
            (2, None) | (1, None | Some(Some(0 | -1))) => Some(None),
            _ => None,
        };
        let (Some(form), Some(ddof)) = (form, ddof) else { return Some(None) };
        let span = range(c);
        let sums = var_sums(x, form, c.range);
        // numpy divides by max(n - ddof, 0), an int converted to float64.
        let shape = self.array_ref(x).shape;
        let v = |s: &Self, k: usize| s.i64_var(shape[k], span.clone());
        let n = match form {
            Some(0) => v(self, 0),
            Some(_) => v(self, 1),
            None => (1..shape.len()).fold(v(self, 0), |p, k| bin(BinOp::Mul, p, v(self, k))),
        };
        let count = bin(BinOp::Sub, n, int64(ddof, &span));
        let div = self.fresh("ddof", Scalar::F64);
        let nonneg = select(cmp(CmpOp::Gt, count.clone(), int64(0, &span)), count, int64(0, &span));
        let sp = span.clone();
        let std = func == NpFunc::Std;
        let finish = move |v: TExpr| {
            let d = TExpr { ty: Scalar::F64, kind: TExprKind::Var(div), span: sp.clone() };
            let q = TExpr {
                ty: Scalar::F64,
                kind: TExprKind::NpBinary(BinOp::Div, Box::new(v), Box::new(d)),
                span: sp.clone(),
            };
            match std {
                true => {
                    let f = crate::sema::numpy::inline_ufunc("sqrt").expect("numpy's sqrt");
                    crate::sema::math::typed_call(f, vec![q], sp)
                }
                false => q,
            }
        };
        if form.is_none() {
            let v = self.expr(&sums)?;
            self.pre.push(TStmt::Assign { var: div, value: cast(nonneg, Scalar::F64) });
            return Some(Some(Val::Scalar(finish(cast(v, Scalar::F64)))));
        }
        let s = self.array_operand(&sums).done()?;
        self.pre.push(TStmt::Assign { var: div, value: cast(nonneg, Scalar::F64) });
        Some(Some(Val::Array(self.map_array(s, Scalar::F64, &span, finish)?)))
    }
}

/// `((x - (x.sum(axis=-1) / x.shape[1])[:, None]) ** 2).sum(axis=-1)` (axis
/// -1), `((x - x.sum(axis=0) / x.shape[0]) ** 2).sum(axis=0)` (axis 0) or
/// `((x - x.mean()) ** 2).sum()` (None), every node at `r` (the call's place).
fn var_sums(x: &str, axis: Option<i64>, r: TextRange) -> Expr {
    use crate::sema::sugar::{int, name};
    let attr = |v: Expr, a: &str| {
        Expr::Attribute(ast::ExprAttribute {
            range: r,
            value: Box::new(v),
            attr: ast::Identifier::new(a),
            ctx: ast::ExprContext::Load,
        })
    };
    let binop = |l: Expr, op: ast::Operator, rt: Expr| {
        Expr::BinOp(ast::ExprBinOp { range: r, left: Box::new(l), op, right: Box::new(rt) })
    };
    let sub = |v: Expr, i: Expr| {
        Expr::Subscript(ast::ExprSubscript {
            range: r,
            value: Box::new(v),
            slice: Box::new(i),
            ctx: ast::ExprContext::Load,
        })
    };
    let row_sum = |v: Expr| {
        let keywords = match axis {
            Some(a) => vec![ast::Keyword { range: r, arg: Some(ast::Identifier::new("axis")), value: int(a, r) }],
            None => Vec::new(),
        };
        Expr::Call(ast::ExprCall { range: r, func: Box::new(attr(v, "sum")), args: Vec::new(), keywords })
    };
    let Some(axis) = axis else {
        // x.mean(): numpy's sum over n too, as a numpy number (nan when empty).
        let mean = Expr::Call(ast::ExprCall {
            range: r,
            func: Box::new(attr(name(x, r), "mean")),
            args: Vec::new(),
            keywords: Vec::new(),
        });
        return row_sum(binop(binop(name(x, r), ast::Operator::Sub, mean), ast::Operator::Pow, int(2, r)));
    };
    let n = sub(attr(name(x, r), "shape"), int(if axis == 0 { 0 } else { 1 }, r));
    let mean = binop(row_sum(name(x, r)), ast::Operator::Div, n);
    if axis == 0 {
        // The column means broadcast over the rows as numpy's (1, n) keepdims array.
        return row_sum(binop(binop(name(x, r), ast::Operator::Sub, mean), ast::Operator::Pow, int(2, r)));
    }
    let all = Expr::Slice(ast::ExprSlice { range: r, lower: None, upper: None, step: None });
    let none = Expr::Constant(ast::ExprConstant { range: r, value: ast::Constant::None, kind: None });
    let column =
        sub(mean, Expr::Tuple(ast::ExprTuple { range: r, elts: vec![all, none], ctx: ast::ExprContext::Load }));
    let dev = binop(name(x, r), ast::Operator::Sub, column);
    row_sum(binop(dev, ast::Operator::Pow, int(2, r)))
}
