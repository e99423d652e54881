//! numpy breadth 12 (issues 16 and 18): forms real numba code uses,
//! each numpy's own call where that keeps numpy's bits and errors:
//! `np.clip(a, lo, hi, out=b)` (numpy writes into `b`'s memory);
//! a reduction's `where=mask` (np.sum, mean, prod, min, max, var, std).

use super::*;

impl Typer<'_> {
    /// `np.clip(..., out=o)`: numpy's clip of `args` writing into `o`
    /// (its same_kind cast and its broadcasting errors), whose value is
    /// `o` itself.
    pub(super) fn clip_out(&mut self, o: &Expr, mut args: Vec<NpArg>, ndim: u32, span: Range<usize>) -> Option<ArrayRef> {
        if self.array_name(o).is_none() && self.view_ndim(o).is_none() {
            self.unsupported(range(o), "numpy.clip()'s `out=` anything but an array variable or a view is");
            return None;
        }
        let out = self.array_operand(o).flatten()?;
        if out.ty.complex || out.ty.ndim != ndim {
            self.errors.push(
                Diagnostic::error("this `out=` of numpy.clip() is not supported yet")
                    .at(range(o), "not a real array of the result's ndim")
                    .note(format!("pycc compiles out= a real {ndim}-d array here")),
            );
            return None;
        }
        // numpy's own error for a read-only `out` (it gets numpy's view).
        self.mark_written(&out.name);
        args.push(NpArg::Array(out.clone()));
        let var = self.fresh("clip", Scalar::I64);
        self.pre.push(TStmt::NpValue { var, imag: None, func: NpFunc::Clip, args, span });
        Some(out)
    }
}

impl Typer<'_> {
    /// A reduction's `where=mask` of an array: numpy's keyword (its
    /// broadcasting, its TypeError for a mask that is not bool).
    pub(super) fn where_mask(&mut self, e: &Expr) -> Option<NpArg> {
        let m = self.array_operand(e).flatten()?;
        if m.ty.complex {
            self.errors.push(Diagnostic::error("a complex `where=` mask is not supported").at(range(e), "complex"));
            return None;
        }
        Some(NpArg::KeywordArray(super::numpy::keyword("where"), m))
    }
}
