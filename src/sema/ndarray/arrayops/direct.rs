//! Direct writes: an elementwise expression stored into a view or array
//! (`out[:] = a * 0.5 + b`, `out[1:] += np.sqrt(x)`, `a -= b * c`) is
//! computed element by element into its target, without numpy's temporary.
//!
//! numpy computes the whole value first, then stores it. When no operand
//! overlaps the target in memory, nothing the loop writes is read later,
//! so storing each element as it is made gives numpy's values; an operand
//! that is the target itself, element for element (`a[:] = a * 2`,
//! `a += a * b`), is read at the index before it is written, which is the
//! same. Any other overlap (`a[1:] = a[:-1] + 1`) takes numpy's way at run
//! time: the temporary, then the copy. numpy's shape checks come first
//! either way. This is a child module of arrayops, whose tree types it uses.

use super::*;
use crate::sema::arrays::view_convert;

/// What the loop stores at an index, given the value's element `v`.
#[derive(Clone, Copy)]
enum Write {
    /// `dst[i] = v`, converted as `view_cast` says (numpy's cast or not).
    Assign { numpy_cast: bool },
    /// `dst[i] = dst[i] op v`: numpy's in-place ufunc.
    Update(Elem),
}

impl Typer<'_> {
    /// `target = value` with `value` `fusible` (`slice_assign`'s case).
    pub(in crate::sema) fn assign_elementwise(
        &mut self,
        target: &Expr,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        // CPython evaluates the value before the target.
        let tree = self.tree(value)?;
        let dst = self.array_operand(target).done()?;
        let Some(result) = self.direct_result(&tree, &dst) else {
            let v = match tree {
                Tree::Leaf(Operand::Number(e, _)) => Val::Scalar(e),
                t => Val::Array(self.materialize_array(t, &range(value))?),
            };
            return self.store_into_view(dst, v, span);
        };
        let numpy_cast = self.view_cast(result, &dst, &span)?;
        self.mark_written(&dst.name);
        self.check_store(&dst, &span);
        let back = dst.clone();
        let sp = span.clone();
        self.direct_or_temp(&dst, tree, Write::Assign { numpy_cast }, 0, &span, move |s, tmp| {
            s.store_into_view(back, Val::Array(tmp), sp)
        })
    }

    /// `dst op= value` with `value` `fusible` and `dst` a real view or
    /// array (`slice_augassign`'s case, dst already taken).
    pub(super) fn augassign_elementwise(
        &mut self,
        dst: ArrayRef,
        op: ast::Operator,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let tree = self.tree(value)?;
        if self.direct_result(&tree, &dst).is_none() {
            let src = match tree {
                Tree::Leaf(x) => x,
                t => Operand::Array(self.materialize_array(t, &range(value))?),
            };
            return self.inplace_operand(dst, op, src, None, span);
        }
        let elem = self.inplace_elem(op, dst.ty.dtype, tree.kind(), None, &span)?;
        let back = dst.clone();
        let sp = span.clone();
        self.direct_or_temp(&dst, tree, Write::Update(elem), 2, &span, move |s, tmp| {
            s.inplace_array(back, elem, tmp, sp)
        })
    }

    /// The dtype of `tree`'s elements when it can be written straight into
    /// `dst`: a node of no more axes than `dst` has.
    fn direct_result(&self, tree: &Tree, dst: &ArrayRef) -> Option<Scalar> {
        match tree {
            Tree::Node { elem, shape, .. } if shape.len() <= dst.ty.ndim as usize && !dst.ty.complex => {
                Some(elem.result())
            }
            // `view += v` of a tuple (smallvec.rs): its items, no array.
            Tree::Tuple(t) if dst.ty.ndim >= 1 && !dst.ty.complex => Some(t.slot.ty.dtype),
            _ => None,
        }
    }

    /// A tree computed into an array (a node) or the array it is (a leaf).
    fn materialize_array(&mut self, tree: Tree, span: &Range<usize>) -> Option<ArrayRef> {
        match self.materialize(tree, span)? {
            Operand::Array(a) => Some(a),
            Operand::Number(..) => unreachable!("a fusible expression has an array operand"),
        }
    }

    /// numpy's broadcast check of the value against `dst`, then the direct
    /// loops, or (an operand overlapping `dst` other than as `dst` itself,
    /// found at run time) the temporary and `temp_path`'s store of it.
    fn direct_or_temp(
        &mut self,
        dst: &ArrayRef,
        tree: Tree,
        write: Write,
        mode: i128,
        span: &Range<usize>,
        temp_path: impl FnOnce(&mut Self, ArrayRef) -> Option<TStmt>,
    ) -> Option<TStmt> {
        let shape = tree.shape().expect("a node has a shape").to_vec();
        self.check_into(mode, &shape, dst, span);
        let mut leaves = Vec::new();
        tree.arrays(&mut leaves);
        let (dlo, dhi) = self.byte_range(dst, span);
        // An operand that is the target's own variables is the target
        // (unless some leaf is read rolled: any overlap is then a clash).
        let rolled = tree.has_roll();
        let itself = |a: &ArrayRef| a.data == dst.data && a.shape == dst.shape && a.strides == dst.strides;
        // A tuple leaf's items are numbers, in no memory.
        let mut slots = Vec::new();
        tree.tuple_slots(&mut slots);
        let mut clashes = Vec::new();
        for leaf in leaves.iter().filter(|a| (rolled || !itself(a)) && !slots.contains(&a.data)) {
            let (lo, hi) = self.byte_range(leaf, span);
            let overlap = and(cmp(CmpOp::Lt, dlo.clone(), hi), cmp(CmpOp::Lt, lo, dhi.clone()));
            clashes.push(match self.same_view(leaf, dst, span).filter(|_| !rolled) {
                Some(same) => {
                    and(overlap, TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(same)), span: span.clone() })
                }
                None => overlap,
            });
        }
        let clash = clashes.into_iter().reduce(or);
        let direct = self.direct_loops(dst, &tree, &leaves, write, span);
        let Some(clash) = clash else { return Some(direct) };
        let outer = std::mem::take(&mut self.pre);
        let temp = self.compute(tree, span);
        let store = temp.and_then(|t| temp_path(self, t));
        let mut then = std::mem::replace(&mut self.pre, outer);
        then.push(store?);
        Some(TStmt::If { cond: clash, then, orelse: vec![direct] })
    }

    /// numpy's ValueError unless extents `src` broadcast to `dst`'s
    /// (right-aligned, equal or 1; `mode` picks the wording).
    fn check_into(&mut self, mode: i128, src: &[Var], dst: &ArrayRef, span: &Range<usize>) {
        let skip = dst.shape.len() - src.len();
        let bad = src.iter().zip(&dst.shape[skip..]).map(|(&s, &d)| {
            let (s, d) = (self.i64_var(s, span.clone()), self.i64_var(d, span.clone()));
            and(cmp(CmpOp::Ne, s.clone(), d), cmp(CmpOp::Ne, s, int64(1, span)))
        });
        if let Some(bad) = bad.reduce(or) {
            let fail = self.broadcast_error_shapes(mode, src, &dst.shape, span);
            self.pre.push(TStmt::If { cond: bad, then: vec![fail], orelse: Vec::new() });
        }
    }

    /// Whether `a` is `dst` element for element (same start, extents and
    /// strides) at run time; None when their ndims differ.
    fn same_view(&self, a: &ArrayRef, dst: &ArrayRef, span: &Range<usize>) -> Option<TExpr> {
        if a.ty.ndim != dst.ty.ndim {
            return None;
        }
        let v = |x: Var| self.i64_var(x, span.clone());
        let mut c = cmp(CmpOp::Eq, v(a.data), v(dst.data));
        for k in 0..a.shape.len() {
            c = and(c, cmp(CmpOp::Eq, v(a.shape[k]), v(dst.shape[k])));
            c = and(c, cmp(CmpOp::Eq, self.stride_of(a, k, span), self.stride_of(dst, k, span)));
        }
        Some(c)
    }

    /// Axis `k`'s stride in bytes (the item size on a layout's unit axis).
    fn stride_of(&self, a: &ArrayRef, k: usize, span: &Range<usize>) -> TExpr {
        if Some(k as u32) == a.ty.unit_axis() {
            int64(i128::from(a.ty.itemsize()), span)
        } else {
            self.i64_var(a.strides[k], span.clone())
        }
    }

    /// The loops over `dst` that compute and store each element; operands
    /// of `dst`'s extents are read as they are (unit strides kept, so the
    /// loop vectorizes), checked at run time when their extents may differ.
    fn direct_loops(
        &mut self,
        dst: &ArrayRef,
        tree: &Tree,
        leaves: &[ArrayRef],
        write: Write,
        span: &Range<usize>,
    ) -> TStmt {
        let shape = dst.shape.clone();
        let reads = self.reads_at(leaves, &shape, span);
        let general = self.write_loops(dst, tree, reads, write, span);
        let n = dst.ty.ndim;
        if leaves.iter().all(|a| a.shape == shape) || leaves.iter().any(|a| a.ty.ndim != n) {
            return general;
        }
        let eq = leaves
            .iter()
            .filter(|a| a.shape != shape)
            .flat_map(|a| a.shape.iter().zip(&shape))
            .map(|(&x, &y)| cmp(CmpOp::Eq, self.i64_var(x, span.clone()), self.i64_var(y, span.clone())))
            .reduce(and)
            .expect("some operand's extents are other variables");
        let reads = leaves.iter().map(|a| ArrayRef { shape: shape.clone(), ..a.clone() }).collect();
        let same = self.write_loops(dst, tree, reads, write, span);
        TStmt::If { cond: eq, then: vec![same], orelse: vec![general] }
    }

    /// One loop nest over `dst`: each element of `tree` (its array leaves
    /// read through `reads`), in the tree's dtype, stored as `write` says.
    fn write_loops(
        &mut self,
        dst: &ArrayRef,
        tree: &Tree,
        reads: Vec<ArrayRef>,
        write: Write,
        span: &Range<usize>,
    ) -> TStmt {
        let result = self.direct_result(tree, dst).expect("direct writes are of nodes and tuples");
        let dtype = dst.ty.dtype;
        let shape = dst.shape.clone();
        self.loop_nest(&shape, span, |idx| {
            let mut loads = reads.into_iter().map(|a| load(a, idx.clone(), span));
            let v = cast(tree.value(&mut loads), result);
            let value = match write {
                Write::Assign { numpy_cast } => view_convert(v, numpy_cast, dtype),
                Write::Update(elem) => wrap_cast(elem.apply(load(dst.clone(), idx.clone(), span), v, span), dtype),
            };
            TStmt::Store { array: dst.clone(), indices: idx, value }
        })
    }
}
