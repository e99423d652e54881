//! The typed IR: what type checking produces and lowering consumes. A
//! function is statements over expressions; every expression has its scalar
//! type, every variable one type, and each array is its descriptor's
//! variables (`array::ArrayRef`). Nothing here reads the Python AST.
//!
//! `TExpr::children` and `TStmt::exprs`/`bodies`/`nested` are the walkers:
//! each kind's operands are listed once, here.

pub mod array;
pub mod dict;
pub mod list;
pub mod math;
pub mod print;
pub mod transforms;

use crate::base::consts::ConstValue;
use crate::base::types::{Scalar, Ty};
use array::{ArrayRef, NpArg, NpFunc};
use dict::{DictOp, DictRef};
use list::ListRef;
use math::MathFn;
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct TypedFunction {
    /// The Python-visible name: the export's name, or the helper's.
    pub export: String,
    /// The kernel's symbol: `kernel.<export>`, or `helper.<name>.<types>`
    /// for a helper specialized to one call signature.
    pub symbol: String,
    /// Whether CPython sees it (gets a wrapper) or only other kernels call it.
    pub exported: bool,
    /// The kernel's parameters: a tuple argument is flattened into one
    /// parameter per element (named `t.0`, `t.1`, ...).
    pub params: Vec<Param>,
    /// The Python-visible parameters (what the wrapper parses), by name and type.
    pub py_params: Vec<(String, Ty)>,
    /// The default value of each Python-visible parameter the caller may
    /// leave out (a trailing run of number defaults the parameter's type
    /// takes as passed), parallel to `py_params`; the wrapper converts it.
    pub py_defaults: Vec<Option<ConstValue>>,
    /// Every local, parameters first (in order), with its unified type.
    pub vars: Vec<VarInfo>,
    /// None: the function returns None. A tuple is returned as its elements.
    pub ret: Option<Ty>,
    /// An export that returns None or a number (numba's Optional): `ret`
    /// is the tuple (is-None flag, value) and the wrapper boxes None or
    /// the value.
    pub ret_optional: bool,
    /// An export whose every return is `a.tolist()` of an array: `ret` is
    /// the array and the wrapper returns numpy's `tolist()` of it.
    pub ret_tolist: bool,
    pub body: Vec<TStmt>,
    /// The array parameters the body stores into: the wrapper asks their
    /// buffers for write access.
    pub written: Vec<String>,
    /// Whether array indexing is bounds-checked (IndexError) or trusted.
    pub boundscheck: bool,
    /// Whether the body can raise a Python exception (then the kernel also
    /// returns an error flag, and callers check it), calls included.
    pub may_raise: bool,
    /// Whether the body (or anything it calls) allocates numpy arrays: the
    /// wrapper then gives the call an arena that owns them (runtime_buffer.c).
    pub allocates: bool,
    /// Whether the body (or anything it calls) may call C library code
    /// that sets errno (libm, numpy, the runtime): the wrapper then puts
    /// errno back as the caller left it (src/wrap/mod.rs).
    pub touches_errno: bool,
    /// Whether the body (or anything it calls) is recursive and checks the
    /// stack at entry (sema's guard_recursion): the wrapper then sets the
    /// target the check jumps to when the stack runs out (RecursionError).
    pub stack_guarded: bool,
    /// Whether the body passes a list holding arrays to a helper, which
    /// may keep this function's arrays in it (sema/containers/listpass.rs): then, as
    /// with a list parameter holding arrays, nothing is released early.
    pub shares_arrays: bool,
    /// The list parameters passed with no item type yet (`T = []` then
    /// `init(T)`) that the body put items into, with the list type they
    /// got: the caller's list learns it (sema/containers/listpass.rs).
    pub filled_lists: Vec<(String, Ty)>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    /// The declared type; the variable's type may be wider (see `vars`).
    pub ty: Scalar,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct VarInfo {
    pub name: String,
    pub ty: Scalar,
}

/// Index into `TypedFunction::vars`.
pub type Var = usize;

// Statements are built once and walked; boxing `For`'s three expressions
// would add an indirection to every loop for no saving that matters.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum TStmt {
    Assign {
        var: Var,
        value: TExpr,
    },
    /// `a, b = x, y`: every value is computed before any name is bound.
    ParallelAssign {
        vars: Vec<Var>,
        values: Vec<TExpr>,
    },
    If {
        cond: TExpr,
        then: Vec<TStmt>,
        orelse: Vec<TStmt>,
    },
    /// `orelse` runs when the loop ends without `break` (`while ... else`).
    While {
        cond: TExpr,
        body: Vec<TStmt>,
        orelse: Vec<TStmt>,
    },
    /// `for var in range(start, stop, step)`, all int64; a step that is not
    /// a constant is checked for zero at run time (ValueError, as CPython).
    /// `orelse` runs when the loop ends without `break`.
    For {
        var: Var,
        start: TExpr,
        stop: TExpr,
        step: TExpr,
        body: Vec<TStmt>,
        orelse: Vec<TStmt>,
    },
    Break,
    Continue,
    /// Statements in order where the tree takes one statement (the two
    /// part stores of a complex element); no scope of its own.
    Seq(Vec<TStmt>),
    /// `try: body` with one handler for whatever it raises: an exception
    /// set in `body` (or a callee) jumps to `handler` with the exception
    /// still set; the handler (sema/control/exceptions.rs) tests, clears or passes
    /// it on. Raises in `handler` go to the enclosing `Try` or the caller.
    Try {
        body: Vec<TStmt>,
        handler: Vec<TStmt>,
    },
    /// The returned value's scalars (a tuple's elements); empty: None.
    Return {
        values: Vec<TExpr>,
        span: Range<usize>,
    },
    /// `vars = symbol(args)` for a callee returning a tuple: one variable
    /// per element.
    CallAssign {
        symbol: String,
        args: Vec<TExpr>,
        vars: Vec<Var>,
    },
    /// `raise E("message")` with a builtin exception and a constant message;
    /// `assert` is an `If` around one.
    Raise {
        exception: String,
        message: String,
        span: Range<usize>,
    },
    /// A call whose result (if any) is dropped: `helper(x)` as a statement.
    Call {
        symbol: String,
        args: Vec<TExpr>,
    },
    /// `array[indices] = value`: the value (already of the array's dtype)
    /// is computed first, then the indices (int64, negative from the end,
    /// bounds-checked), as CPython evaluates an assignment.
    Store {
        array: ArrayRef,
        indices: Vec<TExpr>,
        value: TExpr,
    },
    /// `array = numpy.<func>(args..., dtype=<array's dtype>)`: a new numpy
    /// array (numpy's own values and errors), owned by the call's arena;
    /// sets every descriptor variable of `array`.
    Alloc {
        array: ArrayRef,
        func: NpFunc,
        args: Vec<NpArg>,
        span: Range<usize>,
    },
    /// `var = numpy.<func>(args...)` for a function whose result is a
    /// number (np.sum, np.dot, ...), computed by numpy.
    /// A complex result sets `var` to its real part and `imag` to its
    /// imaginary part.
    NpValue {
        var: Var,
        imag: Option<Var>,
        func: NpFunc,
        args: Vec<NpArg>,
        span: Range<usize>,
    },
    /// `print(items, sep=sep, end=end, flush=flush)`: CPython's own print
    /// (sys.stdout and its buffering), called through the runtime on the
    /// boxed values; an exception it raises propagates.
    Print {
        items: Vec<PrintItem>,
        sep: Option<String>,
        end: Option<String>,
        flush: bool,
        span: Range<usize>,
    },
    /// Calls the runtime function `symbol(args)` (int64s), which sets a
    /// Python exception with a message built from the values (numpy's
    /// IndexError, a broadcast ValueError), and propagates it.
    Fail {
        symbol: &'static str,
        args: Vec<TExpr>,
        span: Range<usize>,
    },
    /// `list = <a new list of len items>` (zeroed; `len` is int64 and
    /// taken as 0 when negative, as `[0] * -1`); MemoryError propagates.
    ListNew {
        list: ListRef,
        len: TExpr,
        span: Range<usize>,
    },
    /// `list[index] = value` (an item's parts, computed first, then the
    /// index: negative from the end, IndexError "list assignment index out
    /// of range").
    ListStore {
        list: ListRef,
        index: TExpr,
        values: Vec<TExpr>,
    },
    /// `list.append(value)`: the item's parts.
    ListAppend {
        list: ListRef,
        values: Vec<TExpr>,
        span: Range<usize>,
    },
    /// `vars = list.pop()` / `list.pop(index)`: the removed item's parts,
    /// with CPython's IndexErrors.
    ListPop {
        list: ListRef,
        index: Option<TExpr>,
        vars: Vec<Var>,
        span: Range<usize>,
    },
    /// A dict operation (tir/dict.rs): `key` and `value` (the parts, in
    /// evaluation order: the value first for `Set`) are written to the
    /// scratch words, `index` is the entry number for `Entry`; the results
    /// go to `out` (see `DictOp`). KeyError and MemoryError propagate.
    Dict {
        dict: DictRef,
        op: DictOp,
        key: Vec<TExpr>,
        value: Vec<TExpr>,
        index: Option<TExpr>,
        out: Vec<Var>,
        span: Range<usize>,
    },
}

/// One argument of `print`: boxed as the Python object CPython would have
/// (an int, a float, a bool; a complex from its parts; a str; a tuple).
#[derive(Debug, Clone)]
pub enum PrintItem {
    Value(TExpr),
    Complex(TExpr, TExpr),
    Str(String),
    /// A str value computed by the body: its object's address (a
    /// reference the arguments or the call's arena hold).
    Object(TExpr),
    Tuple(Vec<PrintItem>),
}

impl PrintItem {
    /// The scalar expressions inside, in evaluation order.
    pub fn exprs(&self) -> Vec<&TExpr> {
        match self {
            PrintItem::Value(e) | PrintItem::Object(e) => vec![e],
            PrintItem::Complex(re, im) => vec![re, im],
            PrintItem::Str(_) => Vec::new(),
            PrintItem::Tuple(xs) => xs.iter().flat_map(PrintItem::exprs).collect(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct TExpr {
    pub ty: Scalar,
    pub kind: TExprKind,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub enum TExprKind {
    Var(Var),
    Const(ConstValue),
    Binary(BinOp, Box<TExpr>, Box<TExpr>),
    Neg(Box<TExpr>),
    /// Numeric conversion to `ty` (implicit promotion or return conversion).
    Cast(Box<TExpr>),
    /// numpy's conversion of an elementwise result to the array's dtype
    /// (a `same_kind` cast): ints wrap whatever `--overflow` says.
    WrapCast(Box<TExpr>),
    /// Operands of one type; the result is bool.
    Compare(CmpOp, Box<TExpr>, Box<TExpr>),
    /// Python truthiness of any scalar, as bool.
    Truth(Box<TExpr>),
    /// `not` of a bool.
    Not(Box<TExpr>),
    /// `~x` on an int: -x - 1.
    Invert(Box<TExpr>),
    /// `abs(x)`: ints wrap (abs(MIN) is MIN), floats clear the sign.
    Abs(Box<TExpr>),
    /// `min(...)`/`max(...)` (true: min) over operands of `ty`, each
    /// evaluated once; ties and nan keep the earlier operand, as CPython.
    MinMax(bool, Vec<TExpr>),
    /// `int(x)` of a float: truncation, with CPython's errors for nan and
    /// inf, and OverflowError past int64.
    FloatToInt(Box<TExpr>),
    /// `round(x)` of a float: half to even, then as `int(x)`.
    Round(Box<TExpr>),
    /// One half of `divmod(a, b)` (FloorDiv or Mod), operands of `ty`: as
    /// `//`/`%`, with divmod's ZeroDivisionError message.
    DivMod(BinOp, Box<TExpr>, Box<TExpr>),
    /// A math module function on float64 arguments (see tir/math.rs).
    Math(&'static MathFn, Vec<TExpr>),
    /// A call to another function of the file, by kernel symbol; the
    /// arguments already have the specialization's parameter types.
    Call(String, Vec<TExpr>),
    /// numpy's elementwise `op` (array arithmetic, `a[1:3] += x`), operands
    /// already of `ty`: never raises; float division by zero gives inf or
    /// nan, int `//` and `%` by zero give 0, `MIN // -1` wraps, shifts by a
    /// count outside `0..bits` give 0 (or -1 for a negative `>>`), as
    /// numpy's loops (npy_divmod, npy_lshift, npy_rshift).
    NpBinary(BinOp, Box<TExpr>, Box<TExpr>),
    /// `a and b` / `a or b`: short-circuit, operands already of `ty`.
    And(Box<TExpr>, Box<TExpr>),
    Or(Box<TExpr>, Box<TExpr>),
    /// `then if cond else orelse`; cond is bool, both arms of `ty`.
    IfExp(Box<TExpr>, Box<TExpr>, Box<TExpr>),
    /// `array[indices]`: one int64 index per axis (negative from the end,
    /// bounds-checked); `ty` is the array's dtype.
    Load(ArrayRef, Vec<TExpr>),
    /// A call into pycc's runtime that has effects, so is never merged or
    /// dropped (`np.random.random()`): the C function `symbol` taking the
    /// arguments' types and returning `ty`.
    Runtime(&'static str, Vec<TExpr>),
    /// Each value computed once, in order, and bound to its (temporary)
    /// variable, which the body reads; the binding ends with the body.
    /// Typing shares an operand that an expansion would otherwise copy (a
    /// complex operation reads each operand part twice), so nested complex
    /// expressions stay linear in size.
    Let(Vec<(Var, TExpr)>, Box<TExpr>),
    /// `np.int8(x)` ... of an int (sema/numbers/scalars.rs): the value converted
    /// to `ty`, or numpy's OverflowError when `ty` cannot hold it.
    NpScalar(Box<TExpr>),
    /// `len(list)`, int64.
    ListLen(ListRef),
    /// Part `usize` of `dict[key]` (the key's parts), KeyError for a
    /// missing key; `ty` is that part's type.
    DictGet(DictRef, usize, Vec<TExpr>),
    /// `key in dict`, bool.
    DictHas(DictRef, Vec<TExpr>),
    /// A dict operation with effects (`Pop`, `PopOr`, `SetDefault`) on the
    /// key and value parts, where the expression is: the runtime's result
    /// (int64: the value's address, 0 for a missing key of `PopOr`); read
    /// through `DictLoad`, inside a `Let`.
    DictOp(DictRef, DictOp, Vec<TExpr>, Vec<TExpr>),
    /// The number of type `ty` at word `usize` of the address (a `DictOp`'s
    /// result).
    DictLoad(Box<TExpr>, usize),
    /// Part `usize` of `list[index]` (index int64, negative from the end,
    /// IndexError "list index out of range"); `ty` is that part's type.
    ListLoad(ListRef, usize, Box<TExpr>),
    /// A variable that may be None (numba's Optional) read where a number
    /// is needed: its is-None flag (bool), then its value; TypeError
    /// "expected <ty>, got None" when the flag is set, as numba's cast.
    NotNone(Box<TExpr>, Box<TExpr>),
    /// `t[i]` of a tuple whose elements have one type, with a variable
    /// index: the element values (computed first, as CPython has the tuple
    /// before the index), then the index (int64, negative from the end,
    /// IndexError "tuple index out of range"); the picked value.
    Pick(Box<TExpr>, Vec<TExpr>),
}

impl TExpr {
    /// The expressions directly inside this one, in evaluation order (a
    /// `Let`'s bound values before its body). The one place that lists
    /// every kind's operands: walks over the tree go through it.
    pub fn children(&self) -> Vec<&TExpr> {
        use TExprKind::*;
        match &self.kind {
            Var(_) | Const(_) | ListLen(_) => Vec::new(),
            Neg(x)
            | Cast(x)
            | WrapCast(x)
            | Truth(x)
            | Not(x)
            | Invert(x)
            | Abs(x)
            | FloatToInt(x)
            | Round(x)
            | NpScalar(x)
            | DictLoad(x, _)
            | ListLoad(_, _, x) => {
                vec![x]
            }
            Binary(_, a, b)
            | NpBinary(_, a, b)
            | Compare(_, a, b)
            | DivMod(_, a, b)
            | And(a, b)
            | Or(a, b)
            | NotNone(a, b) => {
                vec![a, b]
            }
            IfExp(c, a, b) => vec![c, a, b],
            MinMax(_, xs)
            | Math(_, xs)
            | Call(_, xs)
            | Load(_, xs)
            | Runtime(_, xs)
            | DictGet(_, _, xs)
            | DictHas(_, xs) => xs.iter().collect(),
            DictOp(_, _, k, v) => k.iter().chain(v).collect(),
            Let(binds, body) => binds.iter().map(|(_, x)| x).chain(std::iter::once(&**body)).collect(),
            Pick(i, xs) => xs.iter().chain(std::iter::once(&**i)).collect(),
        }
    }

    /// Calls `f` on this expression and every expression inside it, outer
    /// first.
    pub fn visit<'a>(&'a self, f: &mut impl FnMut(&'a TExpr)) {
        f(self);
        for c in self.children() {
            c.visit(f);
        }
    }
}

impl TStmt {
    /// The variables a `Dict` statement sets: the new header, or its outputs.
    pub fn dict_defs(&self) -> Vec<Var> {
        match self {
            TStmt::Dict { dict, op: DictOp::New, .. } => vec![dict.header],
            TStmt::Dict { out, .. } => out.clone(),
            _ => Vec::new(),
        }
    }

    /// The expressions this statement evaluates itself (not those of the
    /// statements nested in it).
    pub fn exprs(&self) -> Vec<&TExpr> {
        match self {
            TStmt::Assign { value, .. } => vec![value],
            TStmt::ParallelAssign { values: xs, .. }
            | TStmt::Return { values: xs, .. }
            | TStmt::CallAssign { args: xs, .. }
            | TStmt::Call { args: xs, .. }
            | TStmt::Fail { args: xs, .. }
            | TStmt::ListAppend { values: xs, .. } => xs.iter().collect(),
            TStmt::ListNew { len, .. } => vec![len],
            TStmt::ListStore { index, values, .. } => values.iter().chain(std::iter::once(index)).collect(),
            TStmt::ListPop { index, .. } => index.iter().collect(),
            TStmt::Dict { op: DictOp::Set, key, value, .. } => value.iter().chain(key).collect(),
            TStmt::Dict { key, value, index, .. } => key.iter().chain(value).chain(index).collect(),
            TStmt::If { cond, .. } | TStmt::While { cond, .. } => vec![cond],
            TStmt::For { start, stop, step, .. } => vec![start, stop, step],
            TStmt::Store { indices, value, .. } => std::iter::once(value).chain(indices).collect(),
            TStmt::Alloc { args, .. } | TStmt::NpValue { args, .. } => args.iter().flat_map(NpArg::exprs).collect(),
            TStmt::Print { items, .. } => items.iter().flat_map(PrintItem::exprs).collect(),
            TStmt::Break | TStmt::Continue | TStmt::Raise { .. } | TStmt::Seq(_) | TStmt::Try { .. } => Vec::new(),
        }
    }

    /// The statement lists nested in this statement: an `if`'s two arms, a
    /// loop's body and else clause, a sequence's statements.
    pub fn bodies(&self) -> [&[TStmt]; 2] {
        match self {
            TStmt::If { then: a, orelse: b, .. }
            | TStmt::While { body: a, orelse: b, .. }
            | TStmt::For { body: a, orelse: b, .. }
            | TStmt::Try { body: a, handler: b } => [a, b],
            TStmt::Seq(a) => [a, &[]],
            _ => [&[], &[]],
        }
    }

    /// This statement and every statement nested in it, outer first.
    pub fn nested(&self) -> Vec<&TStmt> {
        let mut out = vec![self];
        for body in self.bodies() {
            body.iter().for_each(|s| out.extend(s.nested()));
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Pow,
    /// `/`: always a float result.
    Div,
    /// `//` and `%`, with Python's signs.
    FloorDiv,
    Mod,
    /// Bitwise ops on ints and bools; shifts with Python's meaning at the
    /// declared width (a negative count raises ValueError).
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    /// The `predicate` attribute of `py.cmp`.
    pub fn name(self) -> &'static str {
        match self {
            CmpOp::Eq => "eq",
            CmpOp::Ne => "ne",
            CmpOp::Lt => "lt",
            CmpOp::Le => "le",
            CmpOp::Gt => "gt",
            CmpOp::Ge => "ge",
        }
    }
}

impl TStmt {
    /// The variables this statement (or anything nested in it) sets.
    pub fn sets(&self, out: &mut Vec<Var>) {
        match self {
            TStmt::Assign { var, .. } => out.push(*var),
            TStmt::ParallelAssign { vars, .. } | TStmt::CallAssign { vars, .. } | TStmt::ListPop { vars, .. } => {
                out.extend(vars)
            }
            TStmt::ListNew { list, .. } => out.push(list.header),
            TStmt::Dict { .. } => out.extend(self.dict_defs()),
            TStmt::Alloc { array, .. } => out.extend(array.vars()),
            TStmt::NpValue { var, imag, .. } => out.extend(std::iter::once(*var).chain(*imag)),
            TStmt::If { then: a, orelse: b, .. }
            | TStmt::While { body: a, orelse: b, .. }
            | TStmt::Try { body: a, handler: b } => a.iter().chain(b).for_each(|s| s.sets(out)),
            TStmt::Seq(body) => body.iter().for_each(|s| s.sets(out)),
            TStmt::For { var, body, orelse, .. } => {
                out.push(*var);
                body.iter().chain(orelse).for_each(|s| s.sets(out));
            }
            TStmt::Break
            | TStmt::Continue
            | TStmt::Return { .. }
            | TStmt::Raise { .. }
            | TStmt::Call { .. }
            | TStmt::Store { .. }
            | TStmt::Print { .. }
            | TStmt::Fail { .. }
            | TStmt::ListStore { .. }
            | TStmt::ListAppend { .. } => {}
        }
    }
}
