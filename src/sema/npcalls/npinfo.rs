//! `np.finfo(dtype).eps` and `np.iinfo(dtype).max`: machine limits of a
//! constant dtype, folded to numpy's constants (numba folds them too);
//! the diagnostic for the ufunc methods temps.rs does not rewrite.

use crate::sema::*;

/// numpy's `finfo` attributes pycc folds, for float32 and float64:
/// (name, float64 value, float32 value). `precision` and `bits` are ints.
const FINFO: [(&str, f64, f32); 8] = [
    ("eps", f64::EPSILON, f32::EPSILON),
    ("epsneg", f64::EPSILON / 2.0, f32::EPSILON / 2.0),
    ("max", f64::MAX, f32::MAX),
    ("min", f64::MIN, f32::MIN),
    ("tiny", f64::MIN_POSITIVE, f32::MIN_POSITIVE),
    ("smallest_normal", f64::MIN_POSITIVE, f32::MIN_POSITIVE),
    ("smallest_subnormal", f64::from_bits(1), f32::from_bits(1)),
    // 10**-precision, rounded to the dtype (numpy's `resolution`).
    ("resolution", 1e-15, 1e-6),
];

impl Typer<'_> {
    /// `np.finfo(t).attr` / `np.iinfo(t).attr`, if `a` is one: its constant,
    /// or Failed after a diagnostic.
    pub(in crate::sema) fn type_info(&mut self, a: &ast::ExprAttribute, span: Range<usize>) -> Claim<TExpr> {
        let Expr::Call(c) = a.value.as_ref() else { return Claim::NotMine };
        let Expr::Attribute(f) = c.func.as_ref() else { return Claim::NotMine };
        let float = match f.attr.as_str() {
            "finfo" => true,
            "iinfo" => false,
            _ => return Claim::NotMine,
        };
        if !self.numpy_module_of(&f.value) {
            return Claim::NotMine;
        }
        let name = f.attr.as_str();
        if c.args.len() != 1 || !c.keywords.is_empty() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() takes one dtype"))
                    .at(range(a.value.as_ref()), "here")
                    .note(format!("write np.{name}(np.float64)-style calls with a constant dtype")),
            );
            return Claim::Failed;
        }
        let Some((dtype, _)) = self.numpy_dtype(&c.args[0]) else { return Claim::Failed };
        let attr = a.attr.as_str();
        Claim::checked(if float {
            self.finfo(dtype, attr, &c.args[0], span)
        } else {
            self.iinfo(dtype, attr, &c.args[0], span)
        })
    }

    fn finfo(&mut self, dtype: Scalar, attr: &str, arg: &Expr, span: Range<usize>) -> Option<TExpr> {
        let Scalar::Float { bits } = dtype else {
            self.errors.push(
                Diagnostic::error(format!("numpy.finfo() of {dtype} is a ValueError in numpy (not an inexact type)"))
                    .at(range(arg), "not a float dtype"),
            );
            return None;
        };
        let int = |v: i128| Some(ConstValue::Int(v));
        let v = match attr {
            "precision" => int(if bits == 32 { 6 } else { 15 }),
            "bits" => int(bits as i128),
            _ => {
                FINFO.iter().find(|f| f.0 == attr).map(|f| ConstValue::Float(if bits == 32 { f.2 as f64 } else { f.1 }))
            }
        };
        let Some(v) = v else {
            self.errors.push(
                Diagnostic::error(format!("`numpy.finfo(...).{attr}` is not supported yet"))
                    .at(span, "here")
                    .note("pycc folds eps, epsneg, max, min, tiny, smallest_normal, smallest_subnormal, resolution, precision and bits"),
            );
            return None;
        };
        let x = self.constant(v, span.clone())?;
        // A float32 limit is numpy's float32 scalar: exactly its double here.
        Some(if bits == 32 && x.ty == Scalar::F64 {
            TExpr { ty: dtype, kind: TExprKind::Cast(Box::new(x)), span }
        } else {
            x
        })
    }

    fn iinfo(&mut self, dtype: Scalar, attr: &str, arg: &Expr, span: Range<usize>) -> Option<TExpr> {
        let Scalar::Int { signed, bits } = dtype else {
            self.errors.push(
                Diagnostic::error(format!("numpy.iinfo() of {dtype} is a ValueError in numpy (not an integer type)"))
                    .at(range(arg), "not an int dtype"),
            );
            return None;
        };
        let (min, max) =
            if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
        let v = match attr {
            "min" => min,
            "max" => max,
            "bits" => bits as i128,
            _ => {
                self.errors.push(
                    Diagnostic::error(format!("`numpy.iinfo(...).{attr}` is not supported yet"))
                        .at(span, "here")
                        .note("pycc folds min, max and bits"),
                );
                return None;
            }
        };
        if v > i64::MAX as i128 {
            // np.iinfo(np.uint64).max: a Python int past int64, a uint64 here.
            return Some(TExpr { ty: dtype, kind: TExprKind::Const(ConstValue::Int(v)), span });
        }
        self.constant(ConstValue::Int(v), span)
    }

    /// `np.<ufunc>.<method>` (`np.add.reduceat`), if `m` names one: the
    /// ufunc and the method.
    pub(in crate::sema) fn ufunc_method_name<'e>(&self, m: &'e ast::ExprAttribute) -> Option<(&'e str, &'e str)> {
        let Expr::Attribute(u) = m.value.as_ref() else { return None };
        let method = m.attr.as_str();
        let known = matches!(method, "reduce" | "accumulate" | "outer" | "reduceat" | "at");
        (known && self.numpy_module_of(&u.value) && crate::sema::numpy::is_ufunc_name(u.attr.as_str()))
            .then_some((u.attr.as_str(), method))
    }

    /// A ufunc method call left as it is (no rewrite fits): named.
    pub(in crate::sema) fn ufunc_method_error(&mut self, m: &ast::ExprAttribute, span: Range<usize>) -> Option<TExpr> {
        let (u, method) = self.ufunc_method_name(m)?;
        self.errors.push(
            Diagnostic::error(format!("this form of `numpy.{u}.{method}` is not supported yet"))
                .at(span, "not supported")
                .note("pycc compiles np.add/multiply/maximum/minimum/logical_and/logical_or.reduce(a, axis), np.fmax/fmin/bitwise_or/bitwise_and/bitwise_xor.reduce(a, axis), np.add/multiply/maximum/minimum/fmax/fmin.accumulate(a, axis), np.add/multiply/maximum/minimum.reduceat(a, indices, axis) and np.<ufunc>.outer(a, b) of two 1-d arrays (no other keywords), and np.add/subtract/multiply/maximum/minimum.at(a, indices, b) as a statement"),
        );
        None
    }
}
