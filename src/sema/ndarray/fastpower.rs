//! `np.power(x, k)` of a float array and a literal `k` of 2, -1 or 0.5:
//! numpy's power loop takes a fast path for a scalar exponent
//! (`POWER_FAST_PATH` in loops_umath_fp: `in1 * in1`, `1.0 / in1`,
//! `sqrt(in1)`, never `pow`), so the call is the elementwise square,
//! reciprocal or square root, fused into its expression's loop as `x ** k`
//! is, instead of one numpy call and a temporary. Checked against numpy:
//! `np.power(a, 0.5)` keeps `-0.0` and gives nan for `-inf` (`pow` would
//! give `+0.0` and `inf`). Other exponents, array exponents and int or bool
//! bases stay numpy's call.

use crate::sema::*;

impl Typer<'_> {
    /// The `x ** k` that `np.power(x, k)` computes when `x` is array-like
    /// and `k` a literal numpy's fast path takes; whether `x` is a float
    /// array is decided when it is typed (`node`'s `np_power`).
    pub(in crate::sema) fn fast_power(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !self.numpy_module_of(&f.value) || f.attr.as_str() != "power" {
            return None;
        }
        let ([x, k], true) = (c.args.as_slice(), c.keywords.is_empty()) else { return None };
        let fast = match literal_value(k)? {
            ConstValue::Int(v) => v == 2 || v == -1,
            ConstValue::Float(v) => v == 0.5,
            ConstValue::Bool(_) => false,
        };
        (fast && self.is_array_like(x)).then(|| {
            Expr::BinOp(ast::ExprBinOp {
                range: c.range,
                left: Box::new(x.clone()),
                op: ast::Operator::Pow,
                right: Box::new(k.clone()),
            })
        })
    }
}
