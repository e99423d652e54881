//! numpy breadth 9 (issue 17): `np.broadcast_shapes(*shapes)` as a tuple
//! of ints, `a.strides`, and the diagnostic for `np.squeeze(a)` without an
//! axis (its result's ndim depends on the run-time shape).

use super::*;

/// Most shapes `np.broadcast_shapes` is compiled for, and most extents of
/// its result (numpy's own limit on dimensions).
const MAX_DIMS: usize = 64;

impl Typer<'_> {
    /// `np.squeeze(a)` / `a.squeeze()` with no axis: numpy drops every axis
    /// of extent 1, so the result's ndim is known only at run time.
    pub(super) fn squeeze_without_axis<T>(&mut self, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error("numpy.squeeze() without `axis` is not supported")
                .at(span, "the result's number of dimensions depends on the run-time shape")
                .note("name the axes of extent 1: `np.squeeze(a, axis=0)`, `a.squeeze(axis=(0, 2))`, or use `a.reshape(...)`"),
        );
        None
    }

    /// Whether `c` is `np.squeeze(a)` (or `a.squeeze()`) with no axis.
    pub(super) fn squeeze_without_axis_call(&self, c: &ast::ExprCall) -> bool {
        let axis = c.args.get(1).or_else(|| {
            c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis")).map(|k| &k.value)
        });
        self.npfunc_call(c).is_some_and(|(n, _)| n == "squeeze") && axis.is_none_or(super::optional::is_none)
    }

    /// `np.broadcast_shapes(s1, s2, ...)` of shapes (tuple displays, tuple
    /// variables, `a.shape`, ints): numpy's tuple, as long as the longest
    /// shape, each item one call of numpy's function (its ValueError
    /// `shape mismatch: ...` for shapes that do not broadcast).
    pub(super) fn np_broadcast_shapes(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        if !c.keywords.is_empty() || c.args.iter().any(|a| matches!(a, Expr::Starred(_))) || c.args.len() > MAX_DIMS {
            self.errors.push(
                Diagnostic::error("this form of numpy.broadcast_shapes() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.broadcast_shapes(shape, ...) of shapes written out: tuples, tuple variables, `a.shape` or ints"),
            );
            return None;
        }
        let mut shapes = Vec::new();
        for a in &c.args {
            shapes.push(NpArg::Shape(self.numpy_shape(a)?));
        }
        let count = shapes.iter().map(|s| if let NpArg::Shape(d) = s { d.len() } else { 0 }).max().unwrap_or(0);
        if count == 0 {
            self.errors.push(
                Diagnostic::error(
                    "numpy.broadcast_shapes() of no dimensions makes an empty tuple, which is not supported yet",
                )
                .at(span, "an empty tuple"),
            );
            return None;
        }
        if count > MAX_DIMS {
            self.errors.push(
                Diagnostic::error(format!("numpy.broadcast_shapes() is compiled for at most {MAX_DIMS} dimensions"))
                    .at(span, "too many dimensions"),
            );
            return None;
        }
        let mut out = Vec::new();
        for k in 0..count {
            let at = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(k as i128)), span: span.clone() };
            let mut args = shapes.clone();
            args.push(NpArg::Scalar(at));
            out.push(Val::Scalar(self.np_value(NpFunc::BroadcastShapes, args, Scalar::I64, span.clone())));
        }
        Some(Val::Tuple(out))
    }
}
