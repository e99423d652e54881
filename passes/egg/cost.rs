//! The cost model the extractor minimizes: rough x86-64 latencies, not AST
//! size, so that a libm `pow` call loses to a multiply even though both are
//! one node. Costs add along the tree (shared subterms are counted per use,
//! which only makes sharing look dearer than it is).

use super::lang::{Py, PyGraph};
use crate::base::types::Scalar;
use egg::{CostFunction, Id, Language};

/// A call into libm's pow: tens of cycles, and a barrier to vectorizing.
pub const FLOAT_POW: f64 = 50.0;
/// py.pow_small: ~30 integer instructions (n = 2, 3, 4: m^n in 128 bits;
/// Dekker products for n < 0), a compare, and a pow call for a few percent
/// of inputs.
pub const FLOAT_POW_SMALL: f64 = 16.0;
/// Square-and-multiply expansion of an int power with constant exponent.
pub const INT_POW: f64 = 12.0;
pub const FLOAT_MUL: f64 = 4.0;
/// addsd/subsd have mulsd's latency (4 cycles on recent x86-64): a float
/// add is no cheaper than a multiply, so `x * 2.0 -> x + x` wins only the
/// constant it no longer needs.
pub const FLOAT_ADD_SUB: f64 = 4.0;
/// divsd: 13-15 cycles latency and poorly pipelined.
pub const FLOAT_DIV: f64 = 14.0;
pub const INT_MUL: f64 = 3.0;
pub const ADD_SUB: f64 = 1.0;
pub const NEG: f64 = 1.0;
/// cmp/ucomisd plus setcc, `not` (an xor with 1), `select` (cmov/blend).
pub const CMP: f64 = 1.0;
pub const BOOL_OP: f64 = 1.0;
pub const SELECT: f64 = 1.0;
pub const CAST: f64 = 2.0;
/// Python's `//` and `%` on ints: a hardware divide plus the floor fix-up.
pub const INT_DIVMOD: f64 = 25.0;
/// On unsigned ints: the hardware divide alone, no fix-up.
pub const INT_UDIVMOD: f64 = 20.0;
/// On floats: fmod and the fix-ups of CPython's float_floor_div/float_rem.
pub const FLOAT_DIVMOD: f64 = 40.0;
/// Materializing a constant costs a little, so that `x` beats `x * 1.0`.
pub const CONSTANT: f64 = 0.1;

fn tag_type(egraph: &PyGraph, tag: Id) -> Option<Scalar> {
    egraph[tag].nodes.iter().find_map(|n| match n {
        Py::Symbol(s) => s.as_str().parse().ok(),
        _ => None,
    })
}

fn same_width_ints(a: Option<Scalar>, b: Option<Scalar>) -> bool {
    matches!((a, b), (Some(Scalar::Int { bits: x, .. }), Some(Scalar::Int { bits: y, .. })) if x == y)
}

pub struct MachineCost<'a> {
    pub egraph: &'a PyGraph,
}

impl CostFunction<Py> for MachineCost<'_> {
    type Cost = f64;

    fn cost<C: FnMut(Id) -> f64>(&mut self, enode: &Py, mut costs: C) -> f64 {
        let float = |id: &Id| self.egraph[*id].data.ty.is_some_and(Scalar::is_float);
        let unsigned = |id: &Id| matches!(self.egraph[*id].data.ty, Some(Scalar::Int { signed: false, .. }));
        let own = match enode {
            Py::Pow([a, _]) if float(a) => FLOAT_POW,
            Py::Pow(_) => INT_POW,
            Py::PowSmall(_) => FLOAT_POW_SMALL,
            Py::Mul([a, _]) if float(a) => FLOAT_MUL,
            Py::Mul(_) => INT_MUL,
            Py::Add([a, _]) | Py::Sub([a, _]) if float(a) => FLOAT_ADD_SUB,
            Py::Add(_) | Py::Sub(_) => ADD_SUB,
            Py::Div(_) => FLOAT_DIV,
            Py::Eq(_) | Py::Ne(_) | Py::Lt(_) | Py::Le(_) | Py::Gt(_) | Py::Ge(_) => CMP,
            Py::Not(_) => BOOL_OP,
            Py::Select(_) => SELECT,
            Py::And(_) | Py::Or(_) | Py::Xor(_) | Py::Shl(_) | Py::Shr(_) => ADD_SUB,
            Py::FloorDiv([a, _]) | Py::Mod([a, _]) if float(a) => FLOAT_DIVMOD,
            Py::FloorDiv([a, _]) | Py::Mod([a, _]) if unsigned(a) => INT_UDIVMOD,
            Py::FloorDiv(_) | Py::Mod(_) => INT_DIVMOD,
            Py::Neg(_) | Py::Invert(_) => NEG,
            // Between ints of one width (i64 <-> u64) a cast is no op at all
            // (a hair above 0 so that a folded constant wins the tie).
            Py::Cast([tag, x]) if same_width_ints(self.egraph[*x].data.ty, tag_type(self.egraph, *tag)) => 0.01,
            Py::Cast(_) => CAST,
            Py::Const(_) => CONSTANT,
            Py::Symbol(_) => 0.0,
        };
        enode.fold(own, |sum, id| sum + costs(id))
    }
}
