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

/// The numpy functions the body can call; `ALL` (np_table.rs) gives the
/// order of the runtime's table.
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
    /// src/sema/npcalls/nplinalg.rs's (`np.cov`, `np.linalg.pinv`, ...).
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
    /// src/sema/npcalls/setops.rs's (`np.digitize`, `np.append`, ...).
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
    /// src/sema/npcalls/setops.rs's second table (`np.asfortranarray`, the
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
    /// (sema/npcalls/seqargs.rs): np.angle, np.lexsort,
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
    // sema/npcalls/einsum.rs's.
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
    /// `a.imag` of a real array: numpy's read-only array of zeros.
    Imag,
    /// `print(a)`: numpy's str of the array (`np.array_str`, which is
    /// `str(a)`), the object kept by the call's arena.
    ArrayStr,
    /// Item k (the last argument) of `np.broadcast_shapes(*shapes)`.
    BroadcastShapes,
    /// `np.put(a, ind, v, mode)` as a statement (in place).
    Put,
    /// `np.ravel_multi_index(multi_index, dims)`.
    RavelMultiIndex,
    /// `np.maximum.accumulate(a, axis)` and minimum's, fmax's, fmin's.
    MaximumAccumulate,
    MinimumAccumulate,
    FmaxAccumulate,
    FminAccumulate,
    /// `np.add.at(a, indices, b)` and subtract's, multiply's, maximum's,
    /// minimum's, as statements (in place).
    AddAt,
    SubtractAt,
    MultiplyAt,
    MaximumAt,
    MinimumAt,
    /// `np.polyder(p, m)`, `np.polyint(p, m, k)`, `np.pad(array, pad_width,
    /// mode, constant_values=)` (sema/npcalls/setops.rs).
    Polyder,
    Polyint,
    Pad,
    /// Item k (the last argument) of `np.meshgrid(*xi, indexing=)`.
    MeshgridItem,
    /// numpy.fft's transforms (sema/npcalls/outwhere.rs).
    Fft,
    Ifft,
    Rfft,
    Irfft,
    /// Item k (the last argument) of `np.histogram2d(x, y, ...)`.
    Histogram2d,
    /// `np.array(a)`, `np.copy(a)`, `a.astype(t)`: numpy's copy in order
    /// 'K' (sema/npcalls/fft.rs).
    ArrayKeep,
    /// numpy.fft's 2-d transforms, sample frequencies and shifts
    /// (sema/npcalls/fft.rs).
    Fft2,
    Ifft2,
    Fftfreq,
    Rfftfreq,
    Fftshift,
    Ifftshift,
    Fftn,
    Ifftn,
    Rfft2,
    Irfft2,
    /// Item k (the last argument) of `np.nonzero(a)` (sema/npcalls/nonzero.rs).
    NonzeroItem,
    /// numpy.fft's n-d real transforms (sema/npcalls/fft.rs).
    Rfftn,
    Irfftn,
    /// `np.polyadd`, `np.polysub`, `np.polymul`, `np.poly` (sema/npcalls/setops.rs).
    Polyadd,
    Polysub,
    Polymul,
    Poly,
    /// numpy's `array(a.tolist(), dtype=)`: the items as Python numbers,
    /// converted as numpy converts them (sema/containers/listdtype.rs).
    ArrayItems,
    /// `np.compress(condition, a, axis)` (sema/npcalls/setops.rs).
    Compress,
    /// sema/npcalls/ufuncreduce.rs's: `np.add.reduceat(a, indices, axis)` and the
    /// like, `np.fmax.reduce(a, axis)` and the like (a number or an array).
    AddReduceat,
    MultiplyReduceat,
    MaximumReduceat,
    MinimumReduceat,
    FmaxReduce,
    FminReduce,
    BitwiseOrReduce,
    BitwiseAndReduce,
    BitwiseXorReduce,
    /// A ufunc on numbers that numpy computes itself (`UFUNCS[k]`).
    Ufunc(usize),
    /// A function of numpy's global RandomState or Python's `random`
    /// module (`RANDOMS[k]`), called without a dtype keyword.
    Random(usize),
}

/// `NpFunc::ALL` and the runtime names of its unit variants, from the
/// one table (build.rs reads it the same way for the C runtime).
macro_rules! np_table {
    ($($v:ident $(($k:literal))? $(=> $n:literal)?),* $(,)?) => {
        impl NpFunc {
            /// Every function in the runtime's order (`np_table.rs`).
            pub const ALL: [NpFunc; 0 $(+ np_table!(@one $v))*] = [$(NpFunc::$v $(($k))?),*];
            /// The names of `ALL`'s entries (Op and Item: see `name`).
            const NAMES: [&'static str; 0 $(+ np_table!(@one $v))*] = [$(np_table!(@name $v $($k)? $($n)?)),*];
        }
    };
    (@one $v:ident) => { 1 };
    (@name Op $k:literal) => { OPS[$k] };
    (@name Item $k:literal) => { TUPLE_ITEMS[$k] };
    (@name $v:ident $n:literal) => { $n };
}

include!("np_table.rs");

impl NpFunc {
    /// numpy's functions that make an array of a given shape, filled with
    /// one value or left empty (`empty`, `zeros`, `ones`, `full` and their
    /// `_like` forms).
    pub fn fills_a_shape(self) -> bool {
        matches!(
            self,
            NpFunc::Empty
                | NpFunc::Zeros
                | NpFunc::Ones
                | NpFunc::Full
                | NpFunc::EmptyLike
                | NpFunc::ZerosLike
                | NpFunc::OnesLike
                | NpFunc::FullLike
        )
    }

    /// The name the runtime resolves (`np_table.rs`).
    pub fn name(self) -> &'static str {
        match self {
            NpFunc::Item(k) => TUPLE_ITEMS[k],
            NpFunc::Op(k) => OPS[k],
            NpFunc::Ufunc(k) => UFUNCS[k].0,
            NpFunc::Random(k) => RANDOMS[k],
            _ => NpFunc::NAMES[NpFunc::ALL.iter().position(|&f| f == self).expect("listed in np_table.rs")],
        }
    }

    /// Whether a call makes one array (not a number, not np.histogram's tuple).
    pub fn makes_array(self) -> bool {
        // The functions of sema/npcalls/npmore.rs make arrays or numbers by their
        // arguments' form: it types them.
        !self.is_reduction() && !matches!(self, NpFunc::HistogramCounts | NpFunc::HistogramEdges) && !self.is_more()
    }

    /// The functions sema/npcalls/npmore.rs types.
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
            // numpy.matmul is `@` (sema/desugar/tuplesugar.rs).
            "array" | "matmul" => None,
            // Only the compiler's own writability check calls numpy.copyto,
            // and only print(a) numpy.array_str.
            "copyto" | "array_str" => None,
            // `a.imag` of a real array only (sema/npcalls/ufuncloops.rs).
            "imag" => None,
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
            NpFunc::Concatenate => &["arrays"],
            NpFunc::Op(_) => &["x1", "x2"],
            NpFunc::HistogramCounts | NpFunc::HistogramEdges => &["a", "bins"],
            NpFunc::Diag => &["v", "k"],
            NpFunc::Searchsorted => &["a", "v", "side"],
            NpFunc::Where => &["condition", "x", "y"],
            NpFunc::Clip => &["a", "a_min", "a_max"],
            NpFunc::Eye => &["N", "M", "k", "dtype"],
            NpFunc::Identity => &["n", "dtype"],
            NpFunc::Outer | NpFunc::Dot | NpFunc::Matmul | NpFunc::Solve => &["a", "b"],
            NpFunc::Convolve => &["a", "v", "mode"],
            NpFunc::Norm => &["x", "ord", "axis"],
            NpFunc::Fsum => &["seq"],
            NpFunc::BroadcastShapes => &["shapes"],
            NpFunc::Put => &["a", "ind", "v", "mode"],
            NpFunc::AddAt | NpFunc::SubtractAt | NpFunc::MultiplyAt | NpFunc::MaximumAt | NpFunc::MinimumAt => {
                &["a", "indices", "b"]
            }
            NpFunc::RavelMultiIndex => &["multi_index", "dims"],
            NpFunc::MaximumAccumulate | NpFunc::MinimumAccumulate | NpFunc::FmaxAccumulate | NpFunc::FminAccumulate => {
                &["array", "axis"]
            }
            NpFunc::Allclose | NpFunc::Isclose => &["a", "b", "rtol", "atol", "equal_nan"],
            NpFunc::ArrayEqual => &["a1", "a2", "equal_nan"],
            NpFunc::Vstack | NpFunc::Hstack | NpFunc::ColumnStack => &["tup"],
            NpFunc::Stack => &["arrays", "axis"],
            NpFunc::MeshgridX | NpFunc::MeshgridY => &["x", "y"],
            // sema/npcalls/nptuples.rs checks their arguments itself.
            NpFunc::Split | NpFunc::ArraySplit | NpFunc::Hsplit | NpFunc::Vsplit | NpFunc::Dsplit => &["ary"],
            NpFunc::TriuIndices
            | NpFunc::TrilIndices
            | NpFunc::TriuIndicesFrom
            | NpFunc::TrilIndicesFrom
            | NpFunc::DiagIndices
            | NpFunc::DiagIndicesFrom => &["n"],
            NpFunc::Cond => &["x"],
            NpFunc::Fft | NpFunc::Ifft | NpFunc::Rfft | NpFunc::Irfft => &["a", "n", "axis", "norm"],
            NpFunc::Fft2
            | NpFunc::Ifft2
            | NpFunc::Fftn
            | NpFunc::Ifftn
            | NpFunc::Rfft2
            | NpFunc::Irfft2
            | NpFunc::Rfftn
            | NpFunc::Irfftn => &["a", "s", "axes", "norm"],
            NpFunc::Fftfreq | NpFunc::Rfftfreq => &["n", "d"],
            NpFunc::Fftshift | NpFunc::Ifftshift => &["x", "axes"],
            NpFunc::Ufunc(_) => &["x"],
            // sema/npcalls/random.rs checks their arguments itself.
            NpFunc::Random(_) => &[],
            // The one-array functions, and the families that check their
            // arguments themselves (npcalls/*.rs, nplinalg.rs, npstats.rs,
            // npmore.rs): only the first parameter's name is used, in
            // diagnostics.
            _ => &["a"],
        }
    }
}

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
    /// An array as a keyword argument (`where=mask`), after the positional ones.
    KeywordArray(usize, ArrayRef),
    /// A tuple of arrays (`np.concatenate((a, b))`).
    Arrays(Vec<ArrayRef>),
    /// A list variable of arrays of one type (`np.concatenate(parts)`):
    /// its header's address (an int64 variable) and the items' type; the
    /// runtime passes numpy a Python list of the items.
    ArrayList(TExpr, ArrayTy),
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

impl NpArg {
    pub fn exprs(&self) -> Vec<&TExpr> {
        match self {
            NpArg::Scalar(e) | NpArg::Keyword(_, e) | NpArg::ArrayList(e, _) => vec![e],
            NpArg::Complex(re, im) => vec![re, im],
            NpArg::Shape(xs) | NpArg::Values(xs) => xs.iter().collect(),
            NpArg::Array(_) | NpArg::KeywordArray(..) | NpArg::Arrays(_) | NpArg::Word(..) => Vec::new(),
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
