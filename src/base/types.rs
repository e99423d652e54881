//! The scalar types of numba's signature language, shared by every stage.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scalar {
    Bool,
    Int { bits: u32, signed: bool },
    Float { bits: u32 },
}

impl Scalar {
    pub const I64: Scalar = Scalar::Int { bits: 64, signed: true };
    pub const U64: Scalar = Scalar::Int { bits: 64, signed: false };
    pub const F64: Scalar = Scalar::Float { bits: 64 };

    pub fn is_float(self) -> bool {
        matches!(self, Scalar::Float { .. })
    }

    /// numba's short name: `i4`, `u8`, `f8`, `b1`.
    pub fn short_name(self) -> String {
        match self {
            Scalar::Bool => "b1".into(),
            Scalar::Int { bits, signed } => format!("{}{}", if signed { 'i' } else { 'u' }, bits / 8),
            Scalar::Float { bits } => format!("f{}", bits / 8),
        }
    }

    /// numba's long name: `int32`, `uint8`, `float64`, `boolean`.
    pub fn long_name(self) -> String {
        match self {
            Scalar::Bool => "boolean".into(),
            Scalar::Int { bits, signed } => format!("{}int{}", if signed { "" } else { "u" }, bits),
            Scalar::Float { bits } => format!("float{bits}"),
        }
    }

    /// The size of one value in memory (a bool is one byte, as numpy's).
    pub fn bytes(self) -> i64 {
        match self {
            Scalar::Bool => 1,
            Scalar::Int { bits, .. } | Scalar::Float { bits } => bits as i64 / 8,
        }
    }

    /// The buffer-protocol format character of this dtype (numpy reads it
    /// as that dtype too): `d`, `f`, `q`, `i`, `B`, `?`, ...
    pub fn format_char(self) -> char {
        match self {
            Scalar::Bool => '?',
            Scalar::Float { bits: 32 } => 'f',
            Scalar::Float { .. } => 'd',
            Scalar::Int { bits, signed } => {
                let c = match bits {
                    8 => 'b',
                    16 => 'h',
                    32 => 'i',
                    _ => 'q',
                };
                if signed {
                    c
                } else {
                    c.to_ascii_uppercase()
                }
            }
        }
    }

    /// The Python type a value of this scalar is boxed as.
    pub fn python_name(self) -> &'static str {
        match self {
            Scalar::Bool => "bool",
            Scalar::Int { .. } => "int",
            Scalar::Float { .. } => "float",
        }
    }

    /// The type numba's promotion gives `a op b` for arithmetic `op`
    /// (bool counts as a small int; int with float is float64 unless both fit f32).
    pub fn unify(a: Scalar, b: Scalar) -> Scalar {
        use Scalar::*;
        match (a, b) {
            (Float { bits: x }, Float { bits: y }) => Float { bits: x.max(y) },
            (Float { bits }, Int { bits: ib, .. }) | (Int { bits: ib, .. }, Float { bits }) => {
                // numba: float32 op int8/int16 stays float32; wider ints go to float64.
                if bits == 32 && ib <= 16 {
                    Float { bits: 32 }
                } else {
                    Scalar::F64
                }
            }
            (Float { bits }, Bool) | (Bool, Float { bits }) => Float { bits },
            (Int { bits: x, signed: sx }, Int { bits: y, signed: sy }) => {
                if sx == sy {
                    Int { bits: x.max(y), signed: sx }
                } else {
                    // numba's rule for mixed signedness: a signed type wide enough
                    // for both, int64 at most (u8 with i8 is int64 there as well).
                    let (sb, ub) = if sx { (x, y) } else { (y, x) };
                    if sb > ub {
                        Int { bits: sb, signed: true }
                    } else {
                        Scalar::I64
                    }
                }
            }
            (Int { .. }, Bool) | (Bool, Int { .. }) | (Bool, Bool) => {
                // bool in arithmetic is an int: numba gives int64 for bool+bool.
                match (a, b) {
                    (Int { bits, signed }, _) | (_, Int { bits, signed }) => Int { bits, signed },
                    _ => Scalar::I64,
                }
            }
        }
    }
}

impl Scalar {
    /// The type numba gives integer arithmetic (`+ - * // % **`, `& | ^`,
    /// divmod): its integer typing NBEP widens both operands to 64 bits
    /// first (`choose_result_int` over `machine_ints` in numba's
    /// typing/builtins.py), unsigned only when both are unsigned, so two
    /// int8s add as int64 (127 + 1 is 128). Floats as `unify`.
    pub fn arith(a: Scalar, b: Scalar) -> Scalar {
        use Scalar::*;
        match (a, b) {
            (Int { signed: false, .. }, Int { signed: false, .. }) => Int { bits: 64, signed: false },
            (Int { .. } | Bool, Int { .. } | Bool) => Scalar::I64,
            _ => Scalar::unify(a, b),
        }
    }

    /// numba's type of `-x`, `+x`, `~x` for an int `x`: 64 bits of its
    /// signedness (`choose_result_int(op)`); floats and bools unchanged.
    pub fn widened(self) -> Scalar {
        match self {
            Scalar::Int { signed, .. } => Scalar::Int { bits: 64, signed },
            t => t,
        }
    }
}

impl std::str::FromStr for Scalar {
    type Err = String;
    /// Short names only (`f8`, `i4`, `u2`, `b1`): the e-graph's spelling.
    fn from_str(s: &str) -> Result<Self, String> {
        let (kind, bytes) = s.split_at(1.min(s.len()));
        let bits = bytes.parse::<u32>().map_err(|_| format!("bad type `{s}`"))? * 8;
        match (kind, bits) {
            ("b", 8) => Ok(Scalar::Bool),
            ("i", 8 | 16 | 32 | 64) => Ok(Scalar::Int { bits, signed: true }),
            ("u", 8 | 16 | 32 | 64) => Ok(Scalar::Int { bits, signed: false }),
            ("f", 32 | 64) => Ok(Scalar::Float { bits }),
            _ => Err(format!("bad type `{s}`")),
        }
    }
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.long_name())
    }
}

/// The memory layout an array signature promises: numba's `A` (any
/// strides: `f8[:]`, `f8[:, :]`), `C` (last axis unit-stride: `f8[::1]`,
/// `f8[:, ::1]`) or `F` (first axis unit-stride: `f8[::1, :]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    A,
    C,
    F,
}

/// An array: element type, number of dimensions, layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ArrayTy {
    /// The element type; for a complex array, the type of each part.
    pub dtype: Scalar,
    pub ndim: u32,
    pub layout: Layout,
    /// Complex elements (`c16[:]`, `c8[:]`): each item is two `dtype`
    /// floats in memory, real then imaginary, as numpy stores them.
    pub complex: bool,
}

impl ArrayTy {
    /// The axis whose stride the signature fixes to the item size, if any.
    pub fn unit_axis(&self) -> Option<u32> {
        match self.layout {
            Layout::A => None,
            Layout::C => Some(self.ndim - 1),
            Layout::F => Some(0),
        }
    }

    /// The bytes of one item (both parts of a complex one).
    pub fn itemsize(&self) -> i64 {
        self.dtype.bytes() * if self.complex { 2 } else { 1 }
    }

    /// numba's name of the element type: `float64`, `complex128`.
    pub fn dtype_name(&self) -> String {
        if self.complex {
            complex_name(self.dtype)
        } else {
            self.dtype.long_name()
        }
    }

    /// numpy's one-character type code of the element type, which the
    /// runtime passes as `dtype=`: the buffer format character of a real
    /// dtype (`d`, `q`, ...), `D`/`F` for complex128/complex64 (whose
    /// buffer formats `Zd`/`Zf` are two characters).
    pub fn dtype_char(&self) -> char {
        match (self.complex, self.dtype) {
            (true, Scalar::Float { bits: 32 }) => 'F',
            (true, _) => 'D',
            (false, s) => s.format_char(),
        }
    }

    /// The buffer-protocol format of an item: `d`, `Zd`.
    pub fn format(&self) -> String {
        if self.complex {
            format!("Z{}", self.dtype.format_char())
        } else {
            self.dtype.format_char().to_string()
        }
    }

    /// The type of one element as the body sees it.
    pub fn elem(&self) -> Ty {
        if self.complex {
            Ty::Complex(self.dtype)
        } else {
            Ty::Scalar(self.dtype)
        }
    }

    /// numba's spelling: `float64[:, ::1]`.
    pub fn numba_name(&self) -> String {
        let axes: Vec<&str> = (0..self.ndim).map(|k| if Some(k) == self.unit_axis() { "::1" } else { ":" }).collect();
        format!("{}[{}]", self.dtype_name(), axes.join(", "))
    }

    /// The words the wrapper's TypeError uses: `float64 1-d array`, plus
    /// ` (C-contiguous)` where the layout is fixed.
    pub fn describe(&self) -> String {
        let layout = match self.layout {
            Layout::A => "",
            Layout::C => " (C-contiguous)",
            Layout::F => " (Fortran-contiguous)",
        };
        format!("{} {}-d array{layout}", self.dtype_name(), self.ndim)
    }

    /// The kernel parameters an array is passed as: the data address, then
    /// the extent of each axis, then each axis's stride in bytes, then the
    /// Python object that owns the memory (all i64).
    pub fn flat_len(&self) -> usize {
        2 + 2 * self.ndim as usize
    }

    /// The type of a variable assigned arrays of types `self` and `other`:
    /// one dtype and ndim, and the layout both promise (else any).
    pub fn join(&self, other: &ArrayTy) -> Option<ArrayTy> {
        if self.dtype != other.dtype || self.complex != other.complex || self.ndim != other.ndim {
            return None;
        }
        Some(ArrayTy { layout: if self.layout == other.layout { self.layout } else { Layout::A }, ..*self })
    }

    /// Whether an array of type `self` may stand where `to` is declared.
    pub fn fits(&self, to: &ArrayTy) -> bool {
        self.dtype == to.dtype
            && self.complex == to.complex
            && self.ndim == to.ndim
            && (to.layout == Layout::A || to.layout == self.layout)
    }
}

/// A value's type: a scalar, or a tuple of scalars and complex numbers
/// (`UniTuple(f8, 2)`, `Tuple(i8, c16)`). A tuple is a compile-time aggregate: typing and
/// lowering carry it as its elements, one scalar SSA value each (kernel
/// parameters and results are flattened), so the `py` dialect needs no
/// tuple type; only the wrapper sees a Python tuple.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ty {
    Scalar(Scalar),
    /// Elements are `Scalar`, `Complex`, `Array` or `Tuple` (nested tuples);
    /// an array element is carried as its descriptor, as an array is.
    Tuple(Vec<Ty>),
    /// An array: an argument (through the buffer protocol), a numpy array
    /// the body allocated, or a helper's result. Like a tuple it is carried
    /// flattened, as `ArrayTy::flat_len` int64 scalars (a descriptor:
    /// address, shape, strides, owner object).
    Array(ArrayTy),
    /// A complex number whose parts have this float type (`Float{64}`:
    /// complex128, `Float{32}`: complex64). Carried as two floats (real,
    /// imaginary), flattened like a tuple; only the wrapper sees a Python
    /// `complex`.
    Complex(Scalar),
    /// A list made in the body (tir/list.rs) whose items have these parts
    /// (one for numbers, one per element for tuples), passed to or returned
    /// from a helper: carried as one int64, the list header's address, so
    /// the callee shares the caller's list.
    List(Vec<Scalar>),
    /// A list whose items have this shape, passed to a helper: arrays
    /// (as descriptors), tuples holding arrays, nested tuples
    /// (sema/containers/listpass.rs). Its scalars are the item's parts' types. Carried
    /// as one int64, the header's address, as `List`.
    ListOf(Box<Ty>),
    /// A dict (tir/dict.rs) of these key parts and value parts, passed to
    /// or returned from a helper: one int64, the header's address.
    Dict(Vec<Scalar>, Vec<Scalar>),
    /// numba's `optional(T)` of a number, as an export's argument: None or
    /// the number. Carried as (is-None flag: bool, value), the value zero
    /// when None (sema/numbers/optional.rs).
    Optional(Scalar),
    /// numba's `optional(T[:])` of an array, as an export's argument: None
    /// or the array. Carried as (is-None flag: bool, descriptor), the
    /// descriptor zero when None (sema/numbers/optional.rs checks the flag before
    /// any use the flow typing does not prove safe).
    OptionalArray(ArrayTy),
    /// numba's `unicode_type`, a Python str (sema/containers/strings.rs): carried as
    /// one int64, the address of the `str` object, which the caller's
    /// arguments or the runtime's literal cache keep alive for the call.
    Str,
    /// numba's reflected `Set(T)` of numbers (or of tuples of numbers: one
    /// part each), a Python `set` (sema/containers/strings/sets.rs): carried as one int64, the
    /// address of the set object, which the caller's argument or the
    /// exported call's arena keeps alive; changes are the caller's at once.
    Set(Vec<Scalar>),
}

impl Ty {
    /// The scalars a value of this type is carried as.
    pub fn flat(&self) -> Vec<Scalar> {
        match self {
            Ty::Scalar(s) => vec![*s],
            Ty::Tuple(xs) => xs.iter().flat_map(Ty::flat).collect(),
            Ty::Array(a) => vec![Scalar::I64; a.flat_len()],
            Ty::Complex(p) => vec![*p, *p],
            Ty::List(_) | Ty::ListOf(_) | Ty::Dict(..) => vec![Scalar::I64],
            Ty::Optional(s) => vec![Scalar::Bool, *s],
            Ty::OptionalArray(a) => std::iter::once(Scalar::Bool).chain(vec![Scalar::I64; a.flat_len()]).collect(),
            Ty::Str | Ty::Set(_) => vec![Scalar::I64],
        }
    }

    pub fn python_name(&self) -> String {
        match self {
            Ty::Scalar(s) => s.python_name().into(),
            Ty::Tuple(xs) => format!("tuple[{}]", xs.iter().map(|x| x.python_name()).collect::<Vec<_>>().join(", ")),
            Ty::Array(a) => format!("Buffer[{}]", a.numba_name()),
            Ty::Complex(_) => "complex".into(),
            Ty::List(_) | Ty::ListOf(_) => "list".into(),
            Ty::Dict(..) => "dict".into(),
            Ty::Optional(s) => format!("Optional[{}]", s.python_name()),
            Ty::OptionalArray(a) => format!("Optional[Buffer[{}]]", a.numba_name()),
            Ty::Str => "str".into(),
            Ty::Set(_) => "set".into(),
        }
    }

    /// numba's spelling: `float64`, `Tuple(int64, float64)`.
    pub fn long_name(&self) -> String {
        match self {
            Ty::Scalar(s) => s.long_name(),
            Ty::Tuple(xs) => format!("Tuple({})", xs.iter().map(|x| x.long_name()).collect::<Vec<_>>().join(", ")),
            Ty::Array(a) => a.numba_name(),
            Ty::Complex(p) => complex_name(*p),
            Ty::List(xs) => match xs.as_slice() {
                [one] => format!("ListType[{}]", one.long_name()),
                _ => format!("ListType[Tuple({})]", xs.iter().map(|x| x.long_name()).collect::<Vec<_>>().join(", ")),
            },
            Ty::ListOf(t) => format!("ListType[{}]", t.long_name()),
            Ty::Optional(s) => format!("OptionalType({})", s.long_name()),
            Ty::OptionalArray(a) => format!("OptionalType({})", a.numba_name()),
            Ty::Str => "unicode_type".into(),
            Ty::Set(xs) => match xs.as_slice() {
                [one] => format!("reflected set({})", one.long_name()),
                _ => {
                    format!("reflected set(Tuple({}))", xs.iter().map(|x| x.long_name()).collect::<Vec<_>>().join(", "))
                }
            },
            Ty::Dict(k, v) => {
                let part = |xs: &[Scalar]| match xs {
                    [one] => one.long_name(),
                    _ => format!("Tuple({})", xs.iter().map(|x| x.long_name()).collect::<Vec<_>>().join(", ")),
                };
                format!("DictType[{},{}]", part(k), part(v))
            }
        }
    }
}

/// numba's name of the complex type with parts `p`: `complex128`, `complex64`.
pub fn complex_name(p: Scalar) -> String {
    match p {
        Scalar::Float { bits } => format!("complex{}", bits * 2),
        other => format!("complex({other})"),
    }
}

impl From<Scalar> for Ty {
    fn from(s: Scalar) -> Ty {
        Ty::Scalar(s)
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.long_name())
    }
}

/// The declared return of an exported signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Return {
    /// `f8(f8)`: the declared type; the result is converted to it.
    Declared(Ty),
    /// `void(f8)` or `none(f8)`: the function returns None.
    Void,
    /// `(f8, f8)`: no return type given; inferred from the body.
    Infer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub ret: Return,
    pub args: Vec<Ty>,
}
