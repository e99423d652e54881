//! `np.roll(a, shift, axis)` as an operand of an elementwise expression
//! (`np.roll(g, +1, 0) + np.roll(g, -1, 0) - 4 * g`): read in place, the
//! element at `i` along `axis` being `a`'s element at `i - shift` modulo the
//! extent, which is where numpy's `roll` puts it. The expression is then one
//! loop nest with no rolled copies (numpy makes one per call). Other forms
//! (no axis on an array of 2 or more dimensions, tuples of shifts or axes,
//! a shift that is not an int, a complex array) stay numpy's own call.

use crate::sema::arrayops::{Roll, Tree};
use crate::sema::arrays::{bin, cmp, int64, select};
use crate::sema::optional::is_none;
use crate::sema::*;

impl Typer<'_> {
    /// `np.roll(a, shift[, axis])` of a real array with an int shift and a
    /// constant axis, as a rolled leaf.
    pub(in crate::sema) fn rolled(&mut self, e: &Expr) -> Claim<Tree> {
        let Some((a, shift, axis)) = self.roll_form(e) else { return Claim::NotMine };
        let span = range(e);
        let a = mine!(self.array_operand(a));
        let shift = or_reported!(self, self.expr(shift));
        let extent = self.i64_var(a.shape[axis], span.clone());
        // numpy: `offset %= a.shape[ax] or 1` (Python's modulo: 0 <= offset < n).
        let empty = cmp(CmpOp::Eq, extent.clone(), int64(0, &span));
        let modulus = select(empty, int64(1, &span), extent.clone());
        let shift = self.temp_i64(bin(BinOp::Mod, cast(shift, Scalar::I64), modulus));
        Claim::Done(Tree::Rolled(Box::new(Roll { a, axis, shift, extent })))
    }

    /// Whether `e` is a roll that `rolled` reads in place (an operand of an
    /// elementwise expression keeps it as it is: temps.rs).
    pub(in crate::sema) fn is_rolled_form(&self, e: &Expr) -> bool {
        self.roll_form(e).is_some()
    }

    /// `np.roll`'s array, shift and axis (normalized) when `rolled` takes
    /// the call: checked from source alone, so declining leaves nothing typed.
    fn roll_form<'e>(&self, e: &'e Expr) -> Option<(&'e Expr, &'e Expr, usize)> {
        let Expr::Call(c) = e else { return None };
        if self.numpy_function(&c.func) != Some(NpFunc::Roll) || c.args.len() > 3 {
            return None;
        }
        let names = ["a", "shift", "axis"];
        if c.keywords.iter().any(|k| !k.arg.as_ref().is_some_and(|a| names[c.args.len()..].contains(&a.as_str()))) {
            return None;
        }
        let arg = |k: usize| {
            c.args.get(k).or_else(|| {
                c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == names[k])).map(|x| &x.value)
            })
        };
        let (a, shift) = (arg(0)?, arg(1)?);
        let ndim = self.real_array_ndim(a)?;
        if !self.int_shift(shift) {
            return None;
        }
        let axis = match arg(2).filter(|x| !is_none(x)).map(literal_value) {
            None if ndim == 1 => 0,
            Some(Some(ConstValue::Int(k))) if (-i128::from(ndim)..i128::from(ndim)).contains(&k) => {
                k.rem_euclid(i128::from(ndim)) as usize
            }
            _ => return None,
        };
        Some((a, shift, axis))
    }

    /// The ndim of `e` when it is a real array variable or a view of one.
    fn real_array_ndim(&self, e: &Expr) -> Option<u32> {
        let mut base = e;
        while let Expr::Subscript(s) = base {
            base = &s.value;
        }
        let name = self.array_name(base)?;
        if self.arrays.get(&name)?.complex {
            return None;
        }
        self.expr_ndim(e).filter(|&n| n >= 1)
    }

    /// Whether `e` is an int constant or an int variable, signed or not
    /// (`1`, `-1`, `+k`, `-k`):
    /// typed once, with no effects, so the numpy call stays possible.
    fn int_shift(&self, e: &Expr) -> bool {
        match e {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::UAdd | ast::UnaryOp::USub) => self.int_shift(&u.operand),
            // (A uint64 past int64's range would wrap in the int64 modulo.)
            Expr::Name(n) => match self.types.get(n.id.as_str()) {
                Some(Scalar::Int { signed, bits }) => *signed || *bits < 64,
                _ => false,
            },
            e => matches!(literal_value(e), Some(ConstValue::Int(_))),
        }
    }
}
