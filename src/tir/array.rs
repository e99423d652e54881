//! Arrays in the typed IR: an array variable's descriptor (`ArrayRef`), and
//! the numpy functions a kernel calls through the runtime (`NpFunc`, with
//! their arguments `NpArg`).

use super::{TExpr, Var};
use crate::base::types::{ArrayTy, Scalar};

/// An array variable as the typed tree refers to it: its type and the
/// variables of its descriptor.
#[derive(Debug, Clone)]
pub struct ArrayRef {
    pub name: String,
    pub ty: ArrayTy,
    pub data: Var,
    pub shape: Vec<Var>,
    pub strides: Vec<Var>,
    pub owner: Var,
    /// A load or store through this reference reaches the imaginary part
    /// of a complex element (else the real part; a real array's element).
    pub imag: bool,
}

impl ArrayRef {
    /// The same array, reaching the imaginary parts of its complex items.
    pub fn imag_part(&self) -> ArrayRef {
        ArrayRef { imag: true, ..self.clone() }
    }

    /// The descriptor variables in kernel-parameter order.
    pub fn vars(&self) -> Vec<Var> {
        let mut out = vec![self.data];
        out.extend(&self.shape);
        out.extend(&self.strides);
        out.push(self.owner);
        out
    }
}

/// The numpy functions the body can call, in the order of the runtime's
/// table (`np_names` in runtime_buffer.c).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpFunc {
    Empty,
    Zeros,
    Ones,
    Full,
    EmptyLike,
    ZerosLike,
    OnesLike,
    FullLike,
    Arange,
    Linspace,
    Argsort,
    Sum,
    Prod,
    Min,
    Max,
    Mean,
    Dot,
    Copy,
    Var,
    Std,
    Argmin,
    Argmax,
    Any,
    All,
    Cumsum,
    Cumprod,
    Reshape,
    Ravel,
    Transpose,
    Repeat,
    Roll,
    Diff,
    Tile,
    Getitem,
    Setitem,
    Iadd,
    Isub,
    Imul,
    Itruediv,
    Concatenate,
    /// `np.sort(a)`: a sorted copy (numpy's default quicksort, last axis).
    Sort,
    /// `np.searchsorted(a, v, side=)`: a number for a number `v`.
    Searchsorted,
    /// `np.where(cond, x, y)`.
    Where,
    Clip,
    Eye,
    Identity,
    Outer,
    Convolve,
    /// `np.linalg.norm(x, ord, axis)`: a number without an axis.
    Norm,
    /// `np.flatnonzero(a)`, also `np.where(c)[0]` and `np.nonzero(c)[0]` of a 1-d `c`.
    Flatnonzero,
    /// An elementwise ufunc of complex arrays numpy computes (`OPS[k]`),
    /// without a dtype keyword (numpy's own result dtype).
    Op(usize),
    /// `np.trace(m)` of a 2-d array (a number).
    Trace,
    /// `np.median(a)` of the flattened array (a number).
    Median,
    /// `np.unique(a)`: the sorted distinct values, 1-d.
    Unique,
    /// `np.histogram(a, bins)[0]`: the counts (int64); the runtime takes
    /// item 0 of numpy's (counts, edges).
    HistogramCounts,
    /// `np.histogram(a, bins)[1]`: the bin edges.
    HistogramEdges,
    /// `np.allclose(a, b, rtol=, atol=, equal_nan=)`: a bool.
    Allclose,
    /// `np.isclose(a, b, ...)`: a bool array (a bool for two numbers).
    Isclose,
    /// `np.array_equal(a1, a2, equal_nan=)`: a bool.
    ArrayEqual,
    /// `np.vstack`, `np.hstack`, `np.stack(axis=)`, `np.column_stack` of a
    /// tuple or list of arrays.
    Vstack,
    Hstack,
    Stack,
    ColumnStack,
    /// `np.linalg.inv(a)` (LAPACK through numpy; numpy's LinAlgError).
    Inv,
    /// `np.linalg.det(a)`: a number for a 2-d `a`.
    Det,
    /// `np.linalg.solve(a, b)`.
    Solve,
    /// `np.argwhere(a)`: the (N, a.ndim) int64 indices of the nonzero items.
    Argwhere,
    /// `np.diag(v, k)`: the 2-d matrix of a 1-d `v` on diagonal k, or the
    /// 1-d diagonal k of a 2-d `v`.
    Diag,
    Round,
    CountNonzero,
    Nansum,
    Nanmean,
    Nanmax,
    Nanmin,
    Nanstd,
    Percentile,
    Quantile,
    Nanpercentile,
    Nanquantile,
    Bincount,
    Interp,
    Triu,
    Tril,
    Cross,
    Polyval,
    Trapezoid,
    /// `np.meshgrid(x, y)[0]` and `[1]` (the runtime takes the item).
    MeshgridX,
    MeshgridY,
    /// src/sema/nplinalg.rs's (`np.cov`, `np.linalg.pinv`, ...).
    Corrcoef,
    Cov,
    Ptp,
    Ascontiguousarray,
    Atleast2d,
    ExpandDims,
    Swapaxes,
    Moveaxis,
    Squeeze,
    Take,
    Dstack,
    Pinv,
    Eigvalsh,
    MatrixRank,
    Cholesky,
    MatrixPower,
    Roots,
    /// src/sema/npbreadth.rs's (`np.digitize`, `np.append`, ...).
    Digitize,
    Append,
    Isin,
    Intersect1d,
    Union1d,
    Setdiff1d,
    Delete,
    Insert,
    Partition,
    Argpartition,
    Kron,
    Correlate,
    Vander,
    Nanmedian,
    Nanvar,
    Nanprod,
    Nanargmin,
    Nanargmax,
    NanToNum,
    Logspace,
    Geomspace,
    Ediff1d,
    Tri,
    Heaviside,
    Sinc,
    Average,
    FloatPower,
    Invert,
    BitwiseNot,
    BitwiseInvert,
    Diagflat,
    Gradient,
    /// numpy.linalg.eigvals (real, as numba's: the runtime rejects complex).
    Eigvals,
    Rot90,
    Resize,
    /// src/sema/npbreadth.rs's second table (`np.asfortranarray`, the
    /// window functions, `np.vdot`, ...).
    Asfortranarray,
    Atleast1d,
    Atleast3d,
    Nancumsum,
    Nancumprod,
    Bartlett,
    Hanning,
    Hamming,
    Blackman,
    Kaiser,
    I0,
    Fix,
    TrimZeros,
    Extract,
    Vdot,
    Inner,
    ArrayEquiv,
    HistogramBinEdges,
    /// Item k of `np.split(a, n)` and its kin (the runtime's "split#" takes
    /// the index as the last argument: as many items as the call makes).
    Split,
    ArraySplit,
    Hsplit,
    Vsplit,
    Dsplit,
    /// Item k of `np.triu_indices(n, k, m)` and its kin (as the split family).
    TriuIndices,
    TrilIndices,
    TriuIndicesFrom,
    TrilIndicesFrom,
    DiagIndices,
    DiagIndicesFrom,
    /// numpy.linalg.cond(x, p): a number.
    Cond,
    /// `np.fill_diagonal(a, val, wrap)`: a statement (numpy's None).
    FillDiagonal,
    /// Item k of a tuple numpy returns (`TUPLE_ITEMS[k]`: `np.linalg.eigh`'s
    /// w and v, ...); the runtime takes the item.
    Item(usize),
    /// `a @ b` of two 1-d arrays: numpy's matmul, which sums in order where
    /// an operand's stride is not BLAS's (negative), unlike numpy.dot,
    /// which copies such an operand and calls BLAS.
    Matmul,
    /// `math.fsum(a)` of a 1-d array: CPython's own (the runtime calls
    /// Python's math.fsum), exactly rounded with its errors.
    Fsum,
    /// numpy breadth 6 (sema/npbreadth6.rs): np.angle, np.lexsort,
    /// np.polyfit, np.tensordot, np.select, np.linalg.multi_dot.
    Angle,
    Lexsort,
    Polyfit,
    Tensordot,
    Select,
    MultiDot,
    /// `np.copyto(a, a)` before a store into an array that may be numpy's
    /// read-only view (`np.diag(m)`): numpy's own ValueError when it is.
    Copyto,
    /// Item k (the last argument) of `np.unravel_index(index, shape)`.
    UnravelIndex,
    /// `np.diagonal(a, offset, axis1, axis2)`: numpy's read-only view.
    Diagonal,
    // sema/npbreadth7.rs's.
    Einsum,
    BroadcastTo,
    TakeAlongAxis,
    AsarrayChkfinite,
    Unwrap,
    Setxor1d,
    Indices,
    Isneginf,
    Isposinf,
    Iscomplex,
    Isreal,
    Iscomplexobj,
    Isrealobj,
    Isscalar,
    /// Item k (the last argument) of `np.broadcast_arrays(a, b, ...)`.
    BroadcastArrays,
    /// A ufunc on numbers that numpy computes itself (`UFUNCS[k]`).
    Ufunc(usize),
    /// A function of numpy's global RandomState or Python's `random`
    /// module (`RANDOMS[k]`), called without a dtype keyword.
    Random(usize),
}

impl NpFunc {
    pub const ALL: [NpFunc; 247] = [
        NpFunc::Empty,
        NpFunc::Zeros,
        NpFunc::Ones,
        NpFunc::Full,
        NpFunc::EmptyLike,
        NpFunc::ZerosLike,
        NpFunc::OnesLike,
        NpFunc::FullLike,
        NpFunc::Arange,
        NpFunc::Linspace,
        NpFunc::Argsort,
        NpFunc::Sum,
        NpFunc::Prod,
        NpFunc::Min,
        NpFunc::Max,
        NpFunc::Mean,
        NpFunc::Dot,
        NpFunc::Copy,
        NpFunc::Var,
        NpFunc::Std,
        NpFunc::Argmin,
        NpFunc::Argmax,
        NpFunc::Any,
        NpFunc::All,
        NpFunc::Cumsum,
        NpFunc::Cumprod,
        NpFunc::Reshape,
        NpFunc::Ravel,
        NpFunc::Transpose,
        NpFunc::Repeat,
        NpFunc::Roll,
        NpFunc::Diff,
        NpFunc::Tile,
        NpFunc::Getitem,
        NpFunc::Setitem,
        NpFunc::Iadd,
        NpFunc::Isub,
        NpFunc::Imul,
        NpFunc::Itruediv,
        NpFunc::Concatenate,
        NpFunc::Sort,
        NpFunc::Searchsorted,
        NpFunc::Where,
        NpFunc::Clip,
        NpFunc::Eye,
        NpFunc::Identity,
        NpFunc::Outer,
        NpFunc::Convolve,
        NpFunc::Norm,
        NpFunc::Flatnonzero,
        NpFunc::Op(0),
        NpFunc::Op(1),
        NpFunc::Op(2),
        NpFunc::Op(3),
        NpFunc::Op(4),
        NpFunc::Op(5),
        NpFunc::Op(6),
        NpFunc::Op(7),
        NpFunc::Op(8),
        NpFunc::Trace,
        NpFunc::Median,
        NpFunc::Unique,
        NpFunc::HistogramCounts,
        NpFunc::HistogramEdges,
        NpFunc::Allclose,
        NpFunc::Isclose,
        NpFunc::ArrayEqual,
        NpFunc::Vstack,
        NpFunc::Hstack,
        NpFunc::Stack,
        NpFunc::ColumnStack,
        NpFunc::Inv,
        NpFunc::Det,
        NpFunc::Solve,
        NpFunc::Argwhere,
        NpFunc::Diag,
        NpFunc::Round,
        NpFunc::CountNonzero,
        NpFunc::Nansum,
        NpFunc::Nanmean,
        NpFunc::Nanmax,
        NpFunc::Nanmin,
        NpFunc::Nanstd,
        NpFunc::Percentile,
        NpFunc::Quantile,
        NpFunc::Nanpercentile,
        NpFunc::Nanquantile,
        NpFunc::Bincount,
        NpFunc::Interp,
        NpFunc::Triu,
        NpFunc::Tril,
        NpFunc::Cross,
        NpFunc::Polyval,
        NpFunc::Trapezoid,
        NpFunc::MeshgridX,
        NpFunc::MeshgridY,
        NpFunc::Corrcoef,
        NpFunc::Cov,
        NpFunc::Ptp,
        NpFunc::Ascontiguousarray,
        NpFunc::Atleast2d,
        NpFunc::ExpandDims,
        NpFunc::Swapaxes,
        NpFunc::Moveaxis,
        NpFunc::Squeeze,
        NpFunc::Take,
        NpFunc::Dstack,
        NpFunc::Pinv,
        NpFunc::Eigvalsh,
        NpFunc::MatrixRank,
        NpFunc::Cholesky,
        NpFunc::MatrixPower,
        NpFunc::Roots,
        NpFunc::Item(0),
        NpFunc::Item(1),
        NpFunc::Item(2),
        NpFunc::Item(3),
        NpFunc::Item(4),
        NpFunc::Item(5),
        NpFunc::Item(6),
        NpFunc::Item(7),
        NpFunc::Item(8),
        NpFunc::Item(9),
        NpFunc::Item(10),
        NpFunc::Digitize,
        NpFunc::Append,
        NpFunc::Isin,
        NpFunc::Intersect1d,
        NpFunc::Union1d,
        NpFunc::Setdiff1d,
        NpFunc::Delete,
        NpFunc::Insert,
        NpFunc::Partition,
        NpFunc::Argpartition,
        NpFunc::Kron,
        NpFunc::Correlate,
        NpFunc::Vander,
        NpFunc::Nanmedian,
        NpFunc::Nanvar,
        NpFunc::Nanprod,
        NpFunc::Nanargmin,
        NpFunc::Nanargmax,
        NpFunc::NanToNum,
        NpFunc::Logspace,
        NpFunc::Geomspace,
        NpFunc::Ediff1d,
        NpFunc::Tri,
        NpFunc::Heaviside,
        NpFunc::Sinc,
        NpFunc::Average,
        NpFunc::FloatPower,
        NpFunc::Invert,
        NpFunc::BitwiseNot,
        NpFunc::BitwiseInvert,
        NpFunc::Diagflat,
        NpFunc::Gradient,
        NpFunc::Eigvals,
        NpFunc::Rot90,
        NpFunc::Resize,
        NpFunc::Item(11),
        NpFunc::Item(12),
        NpFunc::Item(13),
        NpFunc::Item(14),
        NpFunc::Item(15),
        NpFunc::Item(16),
        NpFunc::Item(17),
        NpFunc::Item(18),
        NpFunc::Asfortranarray,
        NpFunc::Atleast1d,
        NpFunc::Atleast3d,
        NpFunc::Nancumsum,
        NpFunc::Nancumprod,
        NpFunc::Bartlett,
        NpFunc::Hanning,
        NpFunc::Hamming,
        NpFunc::Blackman,
        NpFunc::Kaiser,
        NpFunc::I0,
        NpFunc::Fix,
        NpFunc::TrimZeros,
        NpFunc::Extract,
        NpFunc::Vdot,
        NpFunc::Inner,
        NpFunc::ArrayEquiv,
        NpFunc::HistogramBinEdges,
        NpFunc::Split,
        NpFunc::ArraySplit,
        NpFunc::Hsplit,
        NpFunc::Vsplit,
        NpFunc::Dsplit,
        NpFunc::TriuIndices,
        NpFunc::TrilIndices,
        NpFunc::TriuIndicesFrom,
        NpFunc::TrilIndicesFrom,
        NpFunc::DiagIndices,
        NpFunc::DiagIndicesFrom,
        NpFunc::Cond,
        NpFunc::Item(19),
        NpFunc::Item(20),
        NpFunc::Op(9),
        NpFunc::Op(10),
        NpFunc::Op(11),
        NpFunc::Op(12),
        NpFunc::Op(13),
        NpFunc::Op(14),
        NpFunc::Op(15),
        NpFunc::Op(16),
        NpFunc::Op(17),
        NpFunc::Op(18),
        NpFunc::Op(19),
        NpFunc::Op(20),
        NpFunc::Op(21),
        NpFunc::Op(22),
        NpFunc::Op(23),
        NpFunc::Op(24),
        NpFunc::Op(25),
        NpFunc::Op(26),
        NpFunc::Op(27),
        NpFunc::Op(28),
        NpFunc::Op(29),
        NpFunc::FillDiagonal,
        NpFunc::Matmul,
        NpFunc::Fsum,
        NpFunc::Angle,
        NpFunc::Lexsort,
        NpFunc::Polyfit,
        NpFunc::Tensordot,
        NpFunc::Select,
        NpFunc::MultiDot,
        NpFunc::Copyto,
        NpFunc::UnravelIndex,
        NpFunc::Diagonal,
        NpFunc::Einsum,
        NpFunc::BroadcastTo,
        NpFunc::TakeAlongAxis,
        NpFunc::AsarrayChkfinite,
        NpFunc::Unwrap,
        NpFunc::Setxor1d,
        NpFunc::Indices,
        NpFunc::Isneginf,
        NpFunc::Isposinf,
        NpFunc::Iscomplex,
        NpFunc::Isreal,
        NpFunc::Iscomplexobj,
        NpFunc::Isrealobj,
        NpFunc::Isscalar,
        NpFunc::BroadcastArrays,
    ];

    pub fn name(self) -> &'static str {
        match self {
            NpFunc::Empty => "empty",
            NpFunc::Zeros => "zeros",
            NpFunc::Ones => "ones",
            NpFunc::Full => "full",
            NpFunc::EmptyLike => "empty_like",
            NpFunc::ZerosLike => "zeros_like",
            NpFunc::OnesLike => "ones_like",
            NpFunc::FullLike => "full_like",
            NpFunc::Arange => "arange",
            NpFunc::Linspace => "linspace",
            NpFunc::Argsort => "argsort",
            NpFunc::Sum => "sum",
            NpFunc::Prod => "prod",
            NpFunc::Min => "min",
            NpFunc::Max => "max",
            NpFunc::Mean => "mean",
            NpFunc::Dot => "dot",
            NpFunc::Matmul => "matmul",
            NpFunc::Fsum => "pymath.fsum",
            NpFunc::Angle => "angle",
            NpFunc::Lexsort => "lexsort",
            NpFunc::Polyfit => "polyfit",
            NpFunc::Tensordot => "tensordot",
            NpFunc::Select => "select",
            NpFunc::MultiDot => "linalg.multi_dot",
            NpFunc::Copyto => "copyto",
            NpFunc::UnravelIndex => "unravel_index#",
            NpFunc::Diagonal => "diagonal",
            NpFunc::Einsum => "einsum",
            NpFunc::BroadcastTo => "broadcast_to",
            NpFunc::TakeAlongAxis => "take_along_axis",
            NpFunc::AsarrayChkfinite => "asarray_chkfinite",
            NpFunc::Unwrap => "unwrap",
            NpFunc::Setxor1d => "setxor1d",
            NpFunc::Indices => "indices",
            NpFunc::Isneginf => "isneginf",
            NpFunc::Isposinf => "isposinf",
            NpFunc::Iscomplex => "iscomplex",
            NpFunc::Isreal => "isreal",
            NpFunc::Iscomplexobj => "iscomplexobj",
            NpFunc::Isrealobj => "isrealobj",
            NpFunc::Isscalar => "isscalar",
            NpFunc::BroadcastArrays => "broadcast_arrays#",
            // `a.copy()`: numpy.array(a, dtype=..., order='C') (runtime_buffer.c).
            NpFunc::Copy => "array",
            NpFunc::Var => "var",
            NpFunc::Std => "std",
            NpFunc::Argmin => "argmin",
            NpFunc::Argmax => "argmax",
            NpFunc::Any => "any",
            NpFunc::All => "all",
            NpFunc::Cumsum => "cumsum",
            NpFunc::Cumprod => "cumprod",
            NpFunc::Reshape => "reshape",
            NpFunc::Ravel => "ravel",
            NpFunc::Transpose => "transpose",
            NpFunc::Repeat => "repeat",
            NpFunc::Roll => "roll",
            NpFunc::Diff => "diff",
            NpFunc::Tile => "tile",
            // The operator module's (runtime_buffer.c resolves the prefix).
            NpFunc::Getitem => "operator.getitem",
            NpFunc::Setitem => "operator.setitem",
            NpFunc::Iadd => "operator.iadd",
            NpFunc::Isub => "operator.isub",
            NpFunc::Imul => "operator.imul",
            NpFunc::Itruediv => "operator.itruediv",
            NpFunc::Concatenate => "concatenate",
            NpFunc::Sort => "sort",
            NpFunc::Searchsorted => "searchsorted",
            NpFunc::Where => "where",
            NpFunc::Clip => "clip",
            NpFunc::Eye => "eye",
            NpFunc::Identity => "identity",
            NpFunc::Outer => "outer",
            NpFunc::Convolve => "convolve",
            // numpy.linalg's (runtime_buffer.c resolves the prefix).
            NpFunc::Norm => "linalg.norm",
            NpFunc::Flatnonzero => "flatnonzero",
            // "ufunc." prefixed (runtime_buffer.c), apart from the `np.<name>` of from_name.
            NpFunc::Op(k) => OPS[k],
            NpFunc::Trace => "trace",
            NpFunc::Median => "median",
            NpFunc::Unique => "unique",
            // Both numpy.histogram (runtime_buffer.c takes the item).
            NpFunc::HistogramCounts | NpFunc::HistogramEdges => "histogram",
            NpFunc::Allclose => "allclose",
            NpFunc::Isclose => "isclose",
            NpFunc::ArrayEqual => "array_equal",
            NpFunc::Vstack => "vstack",
            NpFunc::Hstack => "hstack",
            NpFunc::Stack => "stack",
            NpFunc::ColumnStack => "column_stack",
            NpFunc::Inv => "linalg.inv",
            NpFunc::Det => "linalg.det",
            NpFunc::Solve => "linalg.solve",
            NpFunc::Argwhere => "argwhere",
            NpFunc::Diag => "diag",
            NpFunc::Round => "round",
            NpFunc::CountNonzero => "count_nonzero",
            NpFunc::Nansum => "nansum",
            NpFunc::Nanmean => "nanmean",
            NpFunc::Nanmax => "nanmax",
            NpFunc::Nanmin => "nanmin",
            NpFunc::Nanstd => "nanstd",
            NpFunc::Percentile => "percentile",
            NpFunc::Quantile => "quantile",
            NpFunc::Nanpercentile => "nanpercentile",
            NpFunc::Nanquantile => "nanquantile",
            NpFunc::Bincount => "bincount",
            NpFunc::Interp => "interp",
            NpFunc::Triu => "triu",
            NpFunc::Tril => "tril",
            NpFunc::Cross => "cross",
            NpFunc::Polyval => "polyval",
            NpFunc::Trapezoid => "trapezoid",
            NpFunc::MeshgridX | NpFunc::MeshgridY => "meshgrid",
            NpFunc::Corrcoef => "corrcoef",
            NpFunc::Cov => "cov",
            NpFunc::Ptp => "ptp",
            NpFunc::Ascontiguousarray => "ascontiguousarray",
            NpFunc::Atleast2d => "atleast_2d",
            NpFunc::ExpandDims => "expand_dims",
            NpFunc::Swapaxes => "swapaxes",
            NpFunc::Moveaxis => "moveaxis",
            NpFunc::Squeeze => "squeeze",
            NpFunc::Take => "take",
            NpFunc::Dstack => "dstack",
            NpFunc::Pinv => "linalg.pinv",
            NpFunc::Eigvalsh => "linalg.eigvalsh",
            NpFunc::MatrixRank => "linalg.matrix_rank",
            NpFunc::Cholesky => "linalg.cholesky",
            NpFunc::MatrixPower => "linalg.matrix_power",
            NpFunc::Roots => "roots",
            NpFunc::Digitize => "digitize",
            NpFunc::Append => "append",
            NpFunc::Isin => "isin",
            NpFunc::Intersect1d => "intersect1d",
            NpFunc::Union1d => "union1d",
            NpFunc::Setdiff1d => "setdiff1d",
            NpFunc::Delete => "delete",
            NpFunc::Insert => "insert",
            NpFunc::Partition => "partition",
            NpFunc::Argpartition => "argpartition",
            NpFunc::Kron => "kron",
            NpFunc::Correlate => "correlate",
            NpFunc::Vander => "vander",
            NpFunc::Nanmedian => "nanmedian",
            NpFunc::Nanvar => "nanvar",
            NpFunc::Nanprod => "nanprod",
            NpFunc::Nanargmin => "nanargmin",
            NpFunc::Nanargmax => "nanargmax",
            NpFunc::NanToNum => "nan_to_num",
            NpFunc::Logspace => "logspace",
            NpFunc::Geomspace => "geomspace",
            NpFunc::Ediff1d => "ediff1d",
            NpFunc::Tri => "tri",
            NpFunc::Heaviside => "heaviside",
            NpFunc::Sinc => "sinc",
            NpFunc::Average => "average",
            NpFunc::FloatPower => "float_power",
            NpFunc::Invert => "invert",
            NpFunc::BitwiseNot => "bitwise_not",
            NpFunc::BitwiseInvert => "bitwise_invert",
            NpFunc::Diagflat => "diagflat",
            NpFunc::Gradient => "gradient",
            NpFunc::Eigvals => "linalg.eigvals",
            NpFunc::Rot90 => "rot90",
            NpFunc::Resize => "resize",
            NpFunc::Asfortranarray => "asfortranarray",
            NpFunc::Atleast1d => "atleast_1d",
            NpFunc::Atleast3d => "atleast_3d",
            NpFunc::Nancumsum => "nancumsum",
            NpFunc::Nancumprod => "nancumprod",
            NpFunc::Bartlett => "bartlett",
            NpFunc::Hanning => "hanning",
            NpFunc::Hamming => "hamming",
            NpFunc::Blackman => "blackman",
            NpFunc::Kaiser => "kaiser",
            NpFunc::I0 => "i0",
            NpFunc::Fix => "fix",
            NpFunc::TrimZeros => "trim_zeros",
            NpFunc::Extract => "extract",
            NpFunc::Vdot => "vdot",
            NpFunc::Inner => "inner",
            NpFunc::ArrayEquiv => "array_equiv",
            NpFunc::HistogramBinEdges => "histogram_bin_edges",
            NpFunc::Split => "split#",
            NpFunc::ArraySplit => "array_split#",
            NpFunc::Hsplit => "hsplit#",
            NpFunc::Vsplit => "vsplit#",
            NpFunc::Dsplit => "dsplit#",
            NpFunc::TriuIndices => "triu_indices#",
            NpFunc::TrilIndices => "tril_indices#",
            NpFunc::TriuIndicesFrom => "triu_indices_from#",
            NpFunc::TrilIndicesFrom => "tril_indices_from#",
            NpFunc::DiagIndices => "diag_indices#",
            NpFunc::DiagIndicesFrom => "diag_indices_from#",
            NpFunc::Cond => "linalg.cond",
            NpFunc::FillDiagonal => "fill_diagonal",
            NpFunc::Item(k) => TUPLE_ITEMS[k],
            NpFunc::Ufunc(k) => UFUNCS[k].0,
            NpFunc::Random(k) => RANDOMS[k],
        }
    }

    /// Whether a call makes one array (not a number, not np.histogram's tuple).
    pub fn makes_array(self) -> bool {
        // The functions of sema/npmore.rs make arrays or numbers by their
        // arguments' form: it types them.
        !self.is_reduction() && !matches!(self, NpFunc::HistogramCounts | NpFunc::HistogramEdges) && !self.is_more()
    }

    /// The functions sema/npmore.rs types.
    pub fn is_more(self) -> bool {
        NpFunc::ALL
            .iter()
            .position(|f| *f == self)
            .is_some_and(|k| k > NpFunc::ALL.iter().position(|f| *f == NpFunc::HistogramEdges).expect("listed"))
    }

    /// Whether the result is a number (a reduction) rather than an array.
    pub fn is_reduction(self) -> bool {
        matches!(
            self,
            NpFunc::Sum
                | NpFunc::Prod
                | NpFunc::Min
                | NpFunc::Max
                | NpFunc::Mean
                | NpFunc::Dot
                | NpFunc::Matmul
                | NpFunc::Fsum
                | NpFunc::Searchsorted
                | NpFunc::Norm
                | NpFunc::Trace
                | NpFunc::Median
                | NpFunc::Allclose
                | NpFunc::ArrayEqual
                | NpFunc::Det
        ) || self.is_axis_reduction()
    }

    /// The reductions that take `axis=` and `keepdims=` (`np.sum(a, 0)`),
    /// and the cumulative functions (which take `axis=`).
    pub fn is_axis_reduction(self) -> bool {
        matches!(
            self,
            NpFunc::Sum
                | NpFunc::Prod
                | NpFunc::Min
                | NpFunc::Max
                | NpFunc::Mean
                | NpFunc::Var
                | NpFunc::Std
                | NpFunc::Argmin
                | NpFunc::Argmax
                | NpFunc::Any
                | NpFunc::All
        )
    }

    /// numpy's result dtype of this reduction of a `d` array (no dtype=).
    pub fn reduced_dtype(self, d: Scalar) -> Scalar {
        match self {
            NpFunc::Sum | NpFunc::Prod | NpFunc::Cumsum | NpFunc::Cumprod | NpFunc::Trace => match d {
                Scalar::Float { .. } => d,
                Scalar::Int { signed: false, .. } => Scalar::Int { bits: 64, signed: false },
                _ => Scalar::I64,
            },
            NpFunc::Mean | NpFunc::Var | NpFunc::Std | NpFunc::Median => match d {
                Scalar::Float { .. } => d,
                _ => Scalar::F64,
            },
            NpFunc::Argmin | NpFunc::Argmax => Scalar::I64,
            NpFunc::Any | NpFunc::All => Scalar::Bool,
            _ => d,
        }
    }

    pub fn from_name(name: &str) -> Option<NpFunc> {
        match name {
            "amin" => Some(NpFunc::Min),
            "amax" => Some(NpFunc::Max),
            // numpy.average without weights is a.mean(axis), the same bits.
            "average" => Some(NpFunc::Mean),
            // numpy.matmul is `@` (sema/tuplesugar.rs).
            "array" | "matmul" => None,
            // Only the compiler's own writability check calls numpy.copyto.
            "copyto" => None,
            _ => NpFunc::ALL.into_iter().find(|f| f.name() == name),
        }
    }

    /// The index the runtime knows the function by (its `np_names` table:
    /// ALL, then UFUNCS).
    pub fn code(self) -> i64 {
        match self {
            NpFunc::Ufunc(k) => (NpFunc::ALL.len() + k) as i64,
            NpFunc::Random(k) => (NpFunc::ALL.len() + UFUNCS.len() + k) as i64,
            _ => NpFunc::ALL.iter().position(|&f| f == self).expect("listed") as i64,
        }
    }

    /// numpy's parameter names, in positional order (`dtype` last).
    pub fn params(self) -> &'static [&'static str] {
        match self {
            NpFunc::Empty | NpFunc::Zeros | NpFunc::Ones => &["shape", "dtype"],
            NpFunc::Full => &["shape", "fill_value", "dtype"],
            NpFunc::EmptyLike | NpFunc::ZerosLike | NpFunc::OnesLike => &["a", "dtype"],
            NpFunc::FullLike => &["a", "fill_value", "dtype"],
            NpFunc::Arange => &["start", "stop", "step", "dtype"],
            NpFunc::Linspace => &["start", "stop", "num", "endpoint", "dtype"],
            NpFunc::Argsort => &["a", "axis", "kind"],
            NpFunc::Sum | NpFunc::Prod | NpFunc::Min | NpFunc::Max | NpFunc::Mean => &["a"],
            NpFunc::Var | NpFunc::Std | NpFunc::Argmin | NpFunc::Argmax | NpFunc::Any | NpFunc::All => &["a"],
            NpFunc::Cumsum | NpFunc::Cumprod => &["a"],
            NpFunc::Reshape | NpFunc::Ravel | NpFunc::Transpose | NpFunc::Repeat => &["a"],
            NpFunc::Roll | NpFunc::Diff | NpFunc::Tile => &["a"],
            NpFunc::Getitem | NpFunc::Setitem | NpFunc::Iadd | NpFunc::Isub | NpFunc::Imul | NpFunc::Itruediv => &["a"],
            NpFunc::Concatenate => &["arrays"],
            NpFunc::Sort | NpFunc::Flatnonzero | NpFunc::Trace | NpFunc::Median | NpFunc::Unique => &["a"],
            NpFunc::Op(_) => &["x1", "x2"],
            NpFunc::HistogramCounts | NpFunc::HistogramEdges => &["a", "bins"],
            NpFunc::Diag => &["v", "k"],
            NpFunc::Searchsorted => &["a", "v", "side"],
            NpFunc::Where => &["condition", "x", "y"],
            NpFunc::Clip => &["a", "a_min", "a_max"],
            NpFunc::Eye => &["N", "M", "k", "dtype"],
            NpFunc::Identity => &["n", "dtype"],
            NpFunc::Outer => &["a", "b"],
            NpFunc::Convolve => &["a", "v", "mode"],
            NpFunc::Norm => &["x", "ord", "axis"],
            NpFunc::Dot | NpFunc::Matmul => &["a", "b"],
            NpFunc::Fsum => &["seq"],
            // sema/npbreadth6.rs checks their arguments itself.
            NpFunc::Angle | NpFunc::Lexsort | NpFunc::Polyfit | NpFunc::Tensordot | NpFunc::Select => &["a"],
            NpFunc::MultiDot | NpFunc::Copyto | NpFunc::UnravelIndex | NpFunc::Diagonal => &["a"],
            NpFunc::Copy => &["a"],
            NpFunc::Allclose | NpFunc::Isclose => &["a", "b", "rtol", "atol", "equal_nan"],
            NpFunc::ArrayEqual => &["a1", "a2", "equal_nan"],
            NpFunc::Vstack | NpFunc::Hstack | NpFunc::ColumnStack => &["tup"],
            NpFunc::Stack => &["arrays", "axis"],
            NpFunc::Inv | NpFunc::Det | NpFunc::Argwhere => &["a"],
            NpFunc::Solve => &["a", "b"],
            NpFunc::Round => &["a"],
            NpFunc::CountNonzero => &["a"],
            NpFunc::Nansum => &["a"],
            NpFunc::Nanmean => &["a"],
            NpFunc::Nanmax => &["a"],
            NpFunc::Nanmin => &["a"],
            NpFunc::Nanstd => &["a"],
            NpFunc::Percentile => &["a"],
            NpFunc::Quantile => &["a"],
            NpFunc::Nanpercentile => &["a"],
            NpFunc::Nanquantile => &["a"],
            NpFunc::Bincount => &["a"],
            NpFunc::Interp => &["a"],
            NpFunc::Triu => &["a"],
            NpFunc::Tril => &["a"],
            NpFunc::Cross => &["a"],
            NpFunc::Polyval => &["a"],
            NpFunc::Trapezoid => &["a"],
            NpFunc::MeshgridX | NpFunc::MeshgridY => &["x", "y"],
            // sema/nplinalg.rs checks their arguments itself.
            NpFunc::Corrcoef | NpFunc::Cov | NpFunc::Ptp | NpFunc::Ascontiguousarray | NpFunc::Atleast2d => &["a"],
            NpFunc::ExpandDims | NpFunc::Swapaxes | NpFunc::Moveaxis | NpFunc::Squeeze | NpFunc::Take => &["a"],
            NpFunc::Dstack => &["a"],
            NpFunc::Pinv | NpFunc::Eigvalsh | NpFunc::MatrixRank | NpFunc::Cholesky | NpFunc::MatrixPower => &["a"],
            NpFunc::Roots | NpFunc::Item(_) | NpFunc::Eigvals | NpFunc::Rot90 | NpFunc::Resize => &["a"],
            // sema/npbreadth.rs checks their arguments itself.
            NpFunc::Digitize
            | NpFunc::Append
            | NpFunc::Isin
            | NpFunc::Intersect1d
            | NpFunc::Union1d
            | NpFunc::Setdiff1d
            | NpFunc::Delete
            | NpFunc::Insert
            | NpFunc::Partition
            | NpFunc::Argpartition
            | NpFunc::Kron
            | NpFunc::Correlate
            | NpFunc::FloatPower
            | NpFunc::Invert
            | NpFunc::BitwiseNot
            | NpFunc::BitwiseInvert
            | NpFunc::Diagflat
            | NpFunc::Gradient
            | NpFunc::Vander
            | NpFunc::Nanmedian
            | NpFunc::Nanvar
            | NpFunc::Nanprod
            | NpFunc::Nanargmin
            | NpFunc::Nanargmax
            | NpFunc::NanToNum
            | NpFunc::Logspace
            | NpFunc::Geomspace
            | NpFunc::Ediff1d
            | NpFunc::Tri
            | NpFunc::Heaviside
            | NpFunc::Sinc
            | NpFunc::Average => &["a"],
            NpFunc::Asfortranarray
            | NpFunc::Atleast1d
            | NpFunc::Atleast3d
            | NpFunc::Nancumsum
            | NpFunc::Nancumprod
            | NpFunc::Bartlett
            | NpFunc::Hanning
            | NpFunc::Hamming
            | NpFunc::Blackman
            | NpFunc::Kaiser
            | NpFunc::I0
            | NpFunc::Fix
            | NpFunc::TrimZeros
            | NpFunc::Extract
            | NpFunc::Vdot
            | NpFunc::Inner
            | NpFunc::ArrayEquiv
            | NpFunc::HistogramBinEdges => &["a"],
            // sema/nptuples.rs checks their arguments itself.
            NpFunc::Split | NpFunc::ArraySplit | NpFunc::Hsplit | NpFunc::Vsplit | NpFunc::Dsplit => &["ary"],
            NpFunc::TriuIndices
            | NpFunc::TrilIndices
            | NpFunc::TriuIndicesFrom
            | NpFunc::TrilIndicesFrom
            | NpFunc::DiagIndices
            | NpFunc::DiagIndicesFrom => &["n"],
            NpFunc::Cond => &["x"],
            // sema/npbreadth7.rs checks their arguments itself.
            NpFunc::Einsum
            | NpFunc::BroadcastTo
            | NpFunc::TakeAlongAxis
            | NpFunc::AsarrayChkfinite
            | NpFunc::Unwrap
            | NpFunc::Setxor1d
            | NpFunc::Indices
            | NpFunc::Isneginf
            | NpFunc::Isposinf
            | NpFunc::Iscomplex
            | NpFunc::Isreal
            | NpFunc::Iscomplexobj
            | NpFunc::Isrealobj
            | NpFunc::Isscalar
            | NpFunc::BroadcastArrays => &["a"],
            NpFunc::FillDiagonal => &["a"],
            NpFunc::Ufunc(_) => &["x"],
            // sema/random.rs checks their arguments itself.
            NpFunc::Random(_) => &[],
        }
    }
}

/// The items of numpy's tuple results `NpFunc::Item` names: the function,
/// `#`, the item's index (the runtime calls the function and takes it).
pub const TUPLE_ITEMS: [&str; 21] = [
    "linalg.eigh#0",
    "linalg.eigh#1",
    "linalg.qr#0",
    "linalg.qr#1",
    "linalg.svd#0",
    "linalg.svd#1",
    "linalg.svd#2",
    "linalg.lstsq#0",
    "linalg.lstsq#1",
    "linalg.lstsq#2",
    "linalg.lstsq#3",
    "linalg.eig#0",
    "linalg.eig#1",
    // np.unique's (unique, index, inverse, counts) as its flags select them.
    "unique#0",
    "unique#1",
    "unique#2",
    "unique#3",
    // np.average(..., returned=True)'s (average, sum of weights).
    "average#0",
    "average#1",
    "linalg.slogdet#0",
    "linalg.slogdet#1",
];

/// The ufuncs `NpFunc::Op` calls, for complex arrays (`**` is Python's
/// operator, so numpy's fast paths for `z ** 2`, `z ** -1`, `z ** 0.5`).
pub const OPS: [&str; 30] = [
    "ufunc.add",
    "ufunc.subtract",
    "ufunc.multiply",
    "ufunc.true_divide",
    "operator.pow",
    "ufunc.negative",
    "ufunc.conjugate",
    "ufunc.absolute",
    "ufunc.equal",
    // The complex-valued one-operand ufuncs of complex arrays (sema/cxarrays.rs).
    "ufunc.sqrt",
    "ufunc.exp",
    "ufunc.log",
    "ufunc.log10",
    "ufunc.log2",
    "ufunc.expm1",
    "ufunc.log1p",
    "ufunc.sin",
    "ufunc.cos",
    "ufunc.tan",
    "ufunc.sinh",
    "ufunc.cosh",
    "ufunc.tanh",
    "ufunc.arcsin",
    "ufunc.arccos",
    "ufunc.arctan",
    "ufunc.arcsinh",
    "ufunc.arccosh",
    "ufunc.arctanh",
    "ufunc.square",
    "ufunc.exp2",
];

/// One argument of a numpy call, as the runtime passes it to numpy.
#[derive(Debug, Clone)]
pub enum NpArg {
    /// A number, boxed as a Python int, float or bool by its type.
    Scalar(TExpr),
    /// A shape: a tuple of int64 extents.
    Shape(Vec<TExpr>),
    /// An existing array (or view), passed as a Python object: its owner,
    /// or a numpy view of the owner's memory for a view.
    Array(ArrayRef),
    /// A keyword argument (`KEYWORDS[k]=value`), after the positional ones.
    Keyword(usize, TExpr),
    /// A tuple of arrays (`np.concatenate((a, b))`).
    Arrays(Vec<ArrayRef>),
    /// A complex number (real part, imaginary part), boxed as a Python complex.
    Complex(TExpr, TExpr),
    /// A tuple of numbers, each boxed by its type (`np.array((1.0, x))`).
    Values(Vec<TExpr>),
    /// One of `WORDS` (a string, or `None`), positional or as a keyword
    /// (`side='right'`).
    Word(Option<usize>, usize),
    /// A tuple index for `operator.getitem`/`setitem` (`a[idx, 1:]`):
    /// numpy's mixed basic and advanced indexing.
    Index(Vec<IndexItem>),
}

/// One part of an `NpArg::Index` tuple.
#[derive(Debug, Clone)]
pub enum IndexItem {
    /// An int64 index.
    Number(TExpr),
    /// An index array or mask.
    Array(ArrayRef),
    /// `start:stop:step`, each part or None.
    Slice(Box<[Option<TExpr>; 3]>),
    NewAxis,
    Ellipsis,
}

/// The words an `NpArg::Word` passes, as the runtime's `np_words`
/// ("None" is Python's None).
pub const WORDS: [&str; 69] = [
    "None",
    "left",
    "right",
    "fro",
    "nuc",
    "full",
    "same",
    "valid",
    "quicksort",
    "mergesort",
    "heapsort",
    "stable",
    "lower",
    "higher",
    "nearest",
    "inverted_cdf",
    "closest_observation",
    "linear",
    "midpoint",
    "averaged_inverted_cdf",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "median_unbiased",
    "normal_unbiased",
    // np.trim_zeros's `trim`.
    "fb",
    "f",
    "b",
    // A reduction's `dtype=` (numpy takes the names).
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float32",
    "float64",
    // EINSUMS, np.einsum's subscripts.
    "ij,jk->ik",
    "ij,jk",
    "ik,kj->ij",
    "i,i->",
    "i,i",
    "ij->ji",
    "ji",
    "ii->i",
    "ii->",
    "ii",
    "ij,j->i",
    "ij,j",
    "i,ij->j",
    "i,ij",
    "i,j->ij",
    "i,j",
    "ij,ij->",
    "ij,ij",
    "ij,ij->i",
    "ij,ij->ij",
    "ij->i",
    "ij->j",
    "ij->",
    "i->",
    "ij,kj->ik",
    "ik,jk->ij",
    "ji,jk->ik",
    "ij,ik->jk",
    "ijk,ikl->ijl",
    "ijk,ik->ij",
    "ijk->ikj",
];

/// The subscript strings `np.einsum` is compiled for (sema/npbreadth7.rs;
/// each is one of `WORDS` too): matrix products, dots, transposes,
/// diagonals, traces, outer products, sums over axes and batched products.
pub const EINSUMS: [&str; 31] = [
    "ij,jk->ik",
    "ij,jk",
    "ik,kj->ij",
    "i,i->",
    "i,i",
    "ij->ji",
    "ji",
    "ii->i",
    "ii->",
    "ii",
    "ij,j->i",
    "ij,j",
    "i,ij->j",
    "i,ij",
    "i,j->ij",
    "i,j",
    "ij,ij->",
    "ij,ij",
    "ij,ij->i",
    "ij,ij->ij",
    "ij->i",
    "ij->j",
    "ij->",
    "i->",
    "ij,kj->ik",
    "ik,jk->ij",
    "ji,jk->ik",
    "ij,ik->jk",
    "ijk,ikl->ijl",
    "ijk,ik->ij",
    "ijk->ikj",
];

/// The keywords an `NpArg::Keyword` names, as the runtime's `np_keywords`.
pub const KEYWORDS: [&str; 40] = [
    "axis",
    "keepdims",
    "ddof",
    "side",
    "ord",
    "rtol",
    "atol",
    "equal_nan",
    "minlength",
    "rowvar",
    "bias",
    "full_matrices",
    "rcond",
    "right",
    "assume_unique",
    "invert",
    "mode",
    "N",
    "increasing",
    "copy",
    "nan",
    "posinf",
    "neginf",
    "num",
    "endpoint",
    "base",
    "M",
    "k",
    "left",
    "n",
    "kind",
    "edge_order",
    "method",
    "return_index",
    "return_inverse",
    "return_counts",
    "returned",
    "dtype",
    "where",
    "initial",
];

impl NpArg {
    pub fn exprs(&self) -> Vec<&TExpr> {
        match self {
            NpArg::Scalar(e) | NpArg::Keyword(_, e) => vec![e],
            NpArg::Complex(re, im) => vec![re, im],
            NpArg::Shape(xs) | NpArg::Values(xs) => xs.iter().collect(),
            NpArg::Array(_) | NpArg::Arrays(_) | NpArg::Word(..) => Vec::new(),
            NpArg::Index(items) => items
                .iter()
                .flat_map(|i| match i {
                    IndexItem::Number(e) => vec![e],
                    IndexItem::Slice(parts) => parts.iter().flatten().collect(),
                    _ => Vec::new(),
                })
                .collect(),
        }
    }
}

/// The functions of numpy's global RandomState (`random.<name>`, as
/// `np.random.<name>`) and of Python's `random` module (`pyrandom.<name>`)
/// the body calls (src/sema/random.rs); the runtime's `np_names` lists them
/// in this order after `UFUNCS`, and resolves the prefixes.
pub const RANDOMS: [&str; 56] = [
    "random.seed",
    "random.random_sample",
    "random.standard_normal",
    "random.randint",
    "random.uniform",
    "random.normal",
    "random.exponential",
    "random.standard_exponential",
    "random.poisson",
    "random.binomial",
    "random.beta",
    "random.gamma",
    "random.standard_gamma",
    "random.choice",
    "random.shuffle",
    "random.permutation",
    "random.geometric",
    "random.laplace",
    "random.logistic",
    "random.lognormal",
    "random.chisquare",
    "random.pareto",
    "random.rayleigh",
    "random.triangular",
    "random.weibull",
    "random.gumbel",
    "random.power",
    "random.vonmises",
    "random.wald",
    "random.f",
    "random.standard_cauchy",
    "random.standard_t",
    "random.negative_binomial",
    "random.hypergeometric",
    "random.zipf",
    "random.logseries",
    "random.noncentral_chisquare",
    "random.noncentral_f",
    "pyrandom.seed",
    "pyrandom.random",
    "pyrandom.randint",
    "pyrandom.randrange",
    "pyrandom.getrandbits",
    "pyrandom.uniform",
    "pyrandom.gauss",
    "pyrandom.normalvariate",
    "pyrandom.expovariate",
    "pyrandom.triangular",
    "pyrandom.betavariate",
    "pyrandom.gammavariate",
    "pyrandom.lognormvariate",
    "pyrandom.vonmisesvariate",
    "pyrandom.paretovariate",
    "pyrandom.weibullvariate",
    "pyrandom.choice",
    "pyrandom.shuffle",
];

/// The ufuncs on numbers whose float64 results numpy computes with its own
/// code where the CPU has it (SVML on AVX-512, where they differ from
/// glibc in the last bit): called through numpy for numpy's bits. Name and
/// number of arguments; the runtime's `np_names` table lists them in this
/// order after `NpFunc::ALL`.
pub const UFUNCS: [(&str, usize); 30] = [
    ("exp", 1),
    ("exp2", 1),
    ("expm1", 1),
    ("log", 1),
    ("log2", 1),
    ("log10", 1),
    ("log1p", 1),
    ("sin", 1),
    ("cos", 1),
    ("tan", 1),
    ("arcsin", 1),
    ("arccos", 1),
    ("arctan", 1),
    ("sinh", 1),
    ("cosh", 1),
    ("tanh", 1),
    ("arcsinh", 1),
    ("arccosh", 1),
    ("arctanh", 1),
    ("cbrt", 1),
    ("spacing", 1),
    ("arctan2", 2),
    ("hypot", 2),
    ("power", 2),
    ("fmod", 2),
    ("logaddexp", 2),
    ("nextafter", 2),
    ("fmax", 2),
    ("fmin", 2),
    ("logaddexp2", 2),
];
