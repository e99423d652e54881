//! Strings (numba's `unicode_type`): str parameters, results and local
//! variables, literals, f-strings, `+`, `*`, indexing, slicing, iteration,
//! the str methods numba supports, `str()`, `chr()`, `ord()`, `int()`,
//! `float()`, `hash()`, `len()`, comparisons, `in`, and str keys of typed
//! dicts. A str value is carried as one int64, the address of a CPython
//! `str` object: a parameter's is the caller's argument (alive for the
//! call), a literal's is the runtime's cache of literals (alive for the
//! process), and every str the body makes is kept by the exported call's
//! arena until the call returns (runtime_buffer.c). CPython computes every
//! operation (`pycc_str_call_*` calls its methods and builtins), so results
//! and exceptions are CPython's for any str, ASCII or not. A name holds
//! strs or numbers, not both; lists of strs are CPython lists
//! (strlists.rs); a str passed to one of this file's functions is its
//! address (the callee's parameter a str); str dict values and str tuple
//! items are diagnostics.

use crate::sema::*;

mod strlists;
mod strtuples;
pub(in crate::sema) mod sets;

/// The runtime functions (runtime_buffer.c): `(len) -> buffer`, `(buffer,
/// word index, word) -> buffer`, `(buffer, len) -> str` (a literal from
/// its UTF-8 bytes, 8 to a word, cached; the buffer freed), `(str) ->
/// hash`, `(str) -> len`, `(a, b, op) -> 0 or 1` (op: 0 ==, 1 !=, 2 <,
/// 3 <=, 4 >, 5 >=, 6 `a in b`).
pub(in crate::sema) const STR_BUF_FN: &str = "pycc_str_buf";
pub(in crate::sema) const STR_PUT_FN: &str = "pycc_str_put";
pub(in crate::sema) const STR_LIT_FN: &str = "pycc_str_lit";
pub(in crate::sema) const STR_HASH_FN: &str = "pycc_str_hash";
pub(in crate::sema) const STR_LEN_FN: &str = "pycc_str_len";
pub(in crate::sema) const STR_CMP_FN: &str = "pycc_str_cmp";

/// The mark in `strs` of a file function whose result is a str.
pub(in crate::sema) fn str_call_mark(name: &str) -> String {
    format!("$strcall.{name}")
}

fn i64_const(i: i64, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(i as i128)), span: span.clone() }
}

/// A number as an argument of a call into CPython, with its kind.
fn number_arg(x: TExpr) -> (TExpr, i64) {
    match x.ty {
        Scalar::Bool => (cast(x, Scalar::I64), KIND_BOOL),
        Scalar::Float { .. } => (cast(x, Scalar::F64), KIND_F64),
        Scalar::Int { bits: 64, signed: false } => (x, KIND_U64),
        _ => (cast(x, Scalar::I64), KIND_INT),
    }
}

/// An int64 call of the runtime function `symbol`.
pub(in crate::sema) fn runtime(symbol: &'static str, args: Vec<TExpr>, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Runtime(symbol, args), span: span.clone() }
}

/// A str literal: its bytes written into a runtime buffer a word at a
/// time (nested calls run innermost first), then made a str.
pub(in crate::sema) fn literal(s: &str, span: &Range<usize>) -> TExpr {
    let bytes = s.as_bytes();
    let mut buf = runtime(STR_BUF_FN, vec![i64_const(bytes.len() as i64, span)], span);
    for (j, chunk) in bytes.chunks(8).enumerate() {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        let args = vec![buf, i64_const(j as i64, span), i64_const(i64::from_le_bytes(word), span)];
        buf = runtime(STR_PUT_FN, args, span);
    }
    runtime(STR_LIT_FN, vec![buf, i64_const(bytes.len() as i64, span)], span)
}

/// Methods of str whose result is a str.
const STR_METHODS: &[&str] = &[
    "upper",
    "lower",
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "zfill",
    "center",
    "ljust",
    "rjust",
    "format",
    "capitalize",
    "title",
    "swapcase",
    "casefold",
    "expandtabs",
    "removeprefix",
    "removesuffix",
];
/// Methods of str whose result is an int.
const INT_METHODS: &[&str] = &["find", "rfind", "index", "rindex", "count"];
/// Methods of str whose result is a bool.
const BOOL_METHODS: &[&str] = &[
    "startswith",
    "endswith",
    "isdigit",
    "isalpha",
    "isspace",
    "isalnum",
    "isupper",
    "islower",
    "isdecimal",
    "isnumeric",
    "istitle",
    "isidentifier",
    "isascii",
    "isprintable",
];
/// Builtins whose result is a str.
const STR_BUILTINS: &[&str] = &["str", "chr", "repr", "ascii", "format", "hex", "oct", "bin"];

pub(in crate::sema) const STR_NOTE: &str = "strs can be assigned, returned, compared, hashed, measured with len(), indexed, sliced, iterated, concatenated (+, *), formatted (f-strings, str.format) and used as dict keys; see the README for the methods";

/// What a runtime str call gives.
#[derive(Clone, Copy)]
enum Res {
    Obj,
    Int,
    F64,
}

/// The argument kinds of `pycc_str_call_*` (runtime_buffer.c).
const KIND_INT: i64 = 0;
const KIND_OBJ: i64 = 1;
const KIND_BOOL: i64 = 2;
const KIND_F64: i64 = 3;
const KIND_NONE: i64 = 4;
const KIND_U64: i64 = 5;

fn f64_zero(span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::F64, kind: TExprKind::Const(ConstValue::Float(0.0)), span: span.clone() }
}

/// `recv.name(args)`, or the builtin `name(args)` without a receiver,
/// computed by CPython; each argument with its kind.
fn str_call(res: Res, recv: Option<TExpr>, name: &str, args: Vec<(TExpr, i64)>, span: &Range<usize>) -> TExpr {
    let kinds = args.iter().enumerate().fold(0i64, |acc, (j, (_, k))| acc | (k << (4 * j)));
    let nargs = args.len() as i64;
    let mut ints = Vec::new();
    let mut floats = Vec::new();
    for (x, k) in args {
        if k == KIND_F64 {
            ints.push(i64_const(0, span));
            floats.push(x);
        } else {
            // Every int slot is an int64 (a uint64's bits, KIND_U64): the
            // runtime function has one declaration for all its calls.
            ints.push(crate::sema::numbers::math::int64_bits(x));
            floats.push(f64_zero(span));
        }
    }
    ints.resize_with(4, || i64_const(0, span));
    floats.resize_with(4, || f64_zero(span));
    let mut all = vec![recv.unwrap_or_else(|| i64_const(0, span)), literal(name, span), i64_const(kinds, span)];
    all.push(i64_const(nargs, span));
    all.extend(ints);
    all.extend(floats);
    let (symbol, ty) = match res {
        Res::Obj => (crate::abi::runtime::STR_CALL_OBJ_FN, Scalar::I64),
        Res::Int => (crate::abi::runtime::STR_CALL_INT_FN, Scalar::I64),
        Res::F64 => (crate::abi::runtime::STR_CALL_F64_FN, Scalar::F64),
    };
    TExpr { ty, kind: TExprKind::Runtime(symbol, all), span: span.clone() }
}

/// The keyword parameters of str methods, in their positional order,
/// each with its default: `s.split(maxsplit=1)` is `s.split(None, 1)`.
fn keyword_params(method: &str) -> &'static [(&'static str, Option<i64>)] {
    match method {
        "split" | "rsplit" => &[("sep", None), ("maxsplit", Some(-1))],
        "splitlines" => &[("keepends", Some(0))],
        "expandtabs" => &[("tabsize", Some(8))],
        _ => &[],
    }
}

/// `recv.m(..., k=v)` of a method whose keywords `keyword_params` knows:
/// the arguments by position (a skipped one its default, None for `sep`).
/// None: no keywords, or one that is unknown or given twice.
fn keywords_as_positional(c: &ast::ExprCall) -> Option<Vec<Expr>> {
    let Expr::Attribute(a) = c.func.as_ref() else { return None };
    let params = keyword_params(a.attr.as_str());
    if c.keywords.is_empty() || c.args.len() > params.len() || c.args.iter().any(|x| matches!(x, Expr::Starred(_))) {
        return None;
    }
    let mut slots: Vec<Option<Expr>> = c.args.iter().cloned().map(Some).collect();
    slots.resize(params.len(), None);
    for k in &c.keywords {
        let j = params.iter().position(|(p, _)| Some(*p) == k.arg.as_deref())?;
        if slots[j].is_some() {
            return None;
        }
        slots[j] = Some(k.value.clone());
    }
    let last = slots.iter().rposition(Option::is_some)?;
    let at = c.range;
    let default = |d: Option<i64>| match d {
        None => Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::None, kind: None }),
        Some(v) => crate::sema::sugar::int(v, at),
    };
    Some(slots.into_iter().zip(params).take(last + 1).map(|(x, (_, d))| x.unwrap_or_else(|| default(*d))).collect())
}

fn method_of(e: &Expr) -> Option<(&Expr, &str, &ast::ExprCall)> {
    let Expr::Call(c) = e else { return None };
    let Expr::Attribute(a) = c.func.as_ref() else { return None };
    Some((a.value.as_ref(), a.attr.as_str(), c))
}

impl Typer<'_> {
    /// Whether `e` is a str value: a literal, a str variable or module
    /// constant, or an operation whose result is a str.
    pub(in crate::sema) fn is_str_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Constant(c) => c.value.is_str(),
            Expr::JoinedStr(_) => true,
            Expr::Name(n) => self.is_str_name(n.id.as_str()),
            Expr::BinOp(b) => {
                matches!(b.op, ast::Operator::Add | ast::Operator::Mult | ast::Operator::Mod)
                    && (self.is_str_expr(&b.left) || (b.op != ast::Operator::Mod && self.is_str_expr(&b.right)))
            }
            Expr::Subscript(x) => {
                self.is_str_expr(&x.value)
                    || (self.is_strlist_expr(&x.value) && !matches!(x.slice.as_ref(), Expr::Slice(_)))
            }
            Expr::IfExp(x) => self.is_str_expr(&x.body) || self.is_str_expr(&x.orelse),
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(a) => {
                    (STR_METHODS.contains(&a.attr.as_str()) || a.attr.as_str() == "join") && self.is_str_expr(&a.value)
                }
                Expr::Name(n) => {
                    (STR_BUILTINS.contains(&n.id.as_str()) && self.is_builtin(n.id.as_str()))
                        || self.is_str_helper(n.id.as_str())
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Whether `name` is one of the file's functions that a round before
    /// saw return a str (marked in `strs` as `$strcall.name`).
    fn is_str_helper(&self, name: &str) -> bool {
        self.globals.functions.contains_key(name)
            && !self.types.contains_key(name)
            && !self.arity.contains_key(name)
            && self.strs.contains(&str_call_mark(name))
    }

    /// Whether `e`, a call of one of the file's functions not yet known
    /// to return a str, does (then marked: the next round types it as a
    /// str) or failed (its diagnostics are out).
    pub(in crate::sema) fn learns_str_call(&mut self, e: &Expr) -> bool {
        let Expr::Call(c) = e else { return false };
        let Expr::Name(n) = c.func.as_ref() else { return false };
        let name = n.id.as_str();
        if !self.globals.functions.contains_key(name) || self.types.contains_key(name) || self.arity.contains_key(name)
        {
            return false;
        }
        if self.strs.contains(&str_call_mark(name)) {
            return false;
        }
        match self.file_call(name, c, range(e)) {
            Some((_, Some(Ty::Str), _)) => self.strs.insert(str_call_mark(name)),
            Some(_) => false,
            None => true,
        }
    }

    /// `f(args)` of the file's function `f` whose result is a str (its
    /// address: the callee's str is held by the exported call's arena, or
    /// is a cached literal or the caller's argument, alive for the call).
    fn str_helper_call(&mut self, name: &str, c: &ast::ExprCall, span: &Range<usize>) -> Option<TExpr> {
        // Only the returned call itself, not a call among its arguments.
        let direct = std::mem::take(&mut self.str_return_direct);
        let (symbol, ret, args) = self.file_call(name, c, span.clone())?;
        if ret != Some(Ty::Str) {
            return self.str_error(
                span.clone(),
                &format!("`{name}` returns a str for other arguments but not for these"),
                "not a str",
            );
        }
        if self.specs.optional_str(&symbol) && direct {
            // `return f(x)` in an export: its None (the null address) is
            // the export's None.
            self.null_str_return = true;
        } else if self.specs.optional_str(&symbol) {
            return self.str_error(
                span.clone(),
                &format!("`{name}` returns a str or None; its result can only be returned by an export yet"),
                "a str or None",
            );
        }
        Some(TExpr { ty: Scalar::I64, kind: TExprKind::Call(symbol, args), span: span.clone() })
    }

    fn is_str_name(&self, id: &str) -> bool {
        self.strs.contains(id)
            || (self.globals.strings.contains_key(id)
                && !self.types.contains_key(id)
                && !self.arity.contains_key(id)
                && !self.arrays.contains_key(id))
    }

    /// Whether `e` is a str method or operation whose result is not a str
    /// and that pycc does not compile (`s.split()`, an unknown method).
    fn str_rooted(&self, e: &Expr) -> bool {
        match method_of(e) {
            Some((recv, m, _)) => {
                self.is_str_expr(recv)
                    && !STR_METHODS.contains(&m)
                    && !strlists::SPLITS.contains(&m)
                    && !INT_METHODS.contains(&m)
                    && !BOOL_METHODS.contains(&m)
                    && m != "join"
            }
            None => matches!(e, Expr::Attribute(a) if self.is_str_expr(&a.value)),
        }
    }

    fn str_error(&mut self, span: Range<usize>, what: &str, label: &str) -> Option<TExpr> {
        self.errors.push(Diagnostic::error(what.to_string()).at(span, label.to_string()).note(STR_NOTE));
        None
    }

    /// Whether the typed `x` is a str value (as `str_value` makes them).
    pub(in crate::sema) fn texpr_is_str(&self, x: &TExpr) -> bool {
        match &x.kind {
            TExprKind::Runtime(f, _) => *f == STR_LIT_FN || *f == crate::abi::runtime::STR_CALL_OBJ_FN,
            // a str variable, or a temporary the statement binds to a str (`d[f(k)] += 1`)
            TExprKind::Var(v) => {
                self.vars.get(*v).is_some_and(|i| self.strs.contains(&i.name))
                    || self.lets.iter().any(|(w, e)| w == v && self.texpr_is_str(e))
            }
            TExprKind::Call(symbol, _) => self.specs.returns_str(symbol),
            TExprKind::Let(_, body) => self.texpr_is_str(body),
            TExprKind::IfExp(_, a, b) => self.texpr_is_str(a) && self.texpr_is_str(b),
            _ => false,
        }
    }

    /// A str operand (`is_str_expr`) as its object's address.
    pub(in crate::sema) fn str_operand(&mut self, e: &Expr) -> Option<TExpr> {
        self.str_value(e)
    }

    /// A str used where only a number or another kind of value can go.
    pub(in crate::sema) fn str_misuse(&mut self, id: &str, span: Range<usize>) -> Option<TExpr> {
        self.str_error(span, &format!("`{id}` is a str; this use of a str is not supported yet"), "a str")
    }

    /// The str an expression (`is_str_expr`) gives, as its address.
    pub(in crate::sema) fn str_value(&mut self, e: &Expr) -> Option<TExpr> {
        let span = range(e);
        match e {
            Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(literal(s, &span)),
                _ => None,
            },
            Expr::Name(n) if self.strs.contains(n.id.as_str()) => {
                let var = self.var(n.id.as_str());
                Some(TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span })
            }
            Expr::Name(n) => {
                let s = self.globals.strings.get(n.id.as_str())?.clone();
                Some(literal(&s, &span))
            }
            Expr::JoinedStr(j) => self.fstring(&j.values, &span),
            Expr::BinOp(b) => self.str_binop(b, &span),
            Expr::Subscript(x) => self.str_subscript(x, &span),
            Expr::IfExp(x) => {
                if !self.is_str_expr(&x.body) || !self.is_str_expr(&x.orelse) {
                    let other = if self.is_str_expr(&x.body) { &x.orelse } else { &x.body };
                    return self.str_error(
                        range(other.as_ref()),
                        "both arms of this `x if c else y` must be strs",
                        "not a str",
                    );
                }
                let cond = self.condition(&x.test);
                let (a, b) = (self.str_value(&x.body), self.str_value(&x.orelse));
                Some(TExpr {
                    ty: Scalar::I64,
                    kind: TExprKind::IfExp(Box::new(cond?), Box::new(a?), Box::new(b?)),
                    span,
                })
            }
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(a)
                    if a.attr.as_str() == "join" && !matches!(c.args.as_slice(), [x] if self.is_strlist_expr(x)) =>
                {
                    match self.join_display(a, c) {
                        Some(e) => self.str_value(&e),
                        None => self.str_error(
                            span,
                            "str.join of anything but a list of strs is not supported yet",
                            "joins this",
                        ),
                    }
                }
                Expr::Name(n) if self.is_str_helper(n.id.as_str()) => self.str_helper_call(n.id.as_str(), c, &span),
                _ => self.str_object_call(c, &span),
            },
            _ => None,
        }
    }

    /// `sep.join([a, b, c])` of a list or tuple display of strs, `sep` a
    /// literal or a name: `a + sep + b + sep + c` (`''` when empty), the
    /// same str without building the list. None for any other join.
    fn join_display(&self, a: &ast::ExprAttribute, c: &ast::ExprCall) -> Option<Expr> {
        let [arg] = c.args.as_slice() else { return None };
        let items = match arg {
            Expr::List(l) => &l.elts,
            Expr::Tuple(t) => &t.elts,
            _ => return None,
        };
        let simple = matches!(a.value.as_ref(), Expr::Name(_) | Expr::Constant(_));
        if !c.keywords.is_empty()
            || !simple
            || !self.is_str_expr(&a.value)
            || !items.iter().all(|x| self.is_str_expr(x))
        {
            return None;
        }
        let add = |l: Expr, r: Expr| {
            Expr::BinOp(ast::ExprBinOp {
                range: c.range,
                left: Box::new(l),
                op: ast::Operator::Add,
                right: Box::new(r),
            })
        };
        let mut it = items.iter().cloned();
        let Some(first) = it.next() else {
            let empty = ast::Constant::Str(String::new());
            return Some(Expr::Constant(ast::ExprConstant { range: c.range, value: empty, kind: None }));
        };
        Some(it.fold(first, |acc, x| add(add(acc, (*a.value).clone()), x)))
    }

    /// `recv.method(args)` or `builtin(args)` as a call into CPython that
    /// returns an object (a str or a list of strs).
    fn str_object_call(&mut self, c: &ast::ExprCall, span: &Range<usize>) -> Option<TExpr> {
        match c.func.as_ref() {
            Expr::Attribute(a) => {
                let recv = self.str_value(&a.value);
                let args = self.str_args(c)?;
                Some(str_call(Res::Obj, Some(recv?), a.attr.as_str(), args, span))
            }
            Expr::Name(n) => {
                let args = self.str_args(c)?;
                Some(str_call(Res::Obj, None, n.id.as_str(), args, span))
            }
            _ => None,
        }
    }

    /// The instance `name(args)` of a builtin exception class, made by
    /// CPython from strs, numbers and None known at run time.
    pub(in crate::sema) fn exception_object(
        &mut self,
        args: &[Expr],
        name: &str,
        span: &Range<usize>,
    ) -> Option<TExpr> {
        let args = self.str_arg_list(args, span)?;
        Some(str_call(Res::Obj, None, name, args, span))
    }

    /// `raise ValueError(f"{x!r} is not in list")`: CPython's error of
    /// `L.index(x)` and `L.remove(x)` for a number `x`.
    pub(in crate::sema) fn not_in_list(&mut self, x: TExpr, span: &Range<usize>) -> TStmt {
        let text = str_call(Res::Obj, Some(literal("{!r} is not in list", span)), "format", vec![number_arg(x)], span);
        let exc = str_call(Res::Obj, None, "ValueError", vec![(text, KIND_OBJ)], span);
        TStmt::Fail { symbol: crate::abi::runtime::RAISE_OBJ_FN, args: vec![exc], span: span.clone() }
    }

    /// The positional arguments of a call into CPython, each with its kind
    /// (at most 4; no keywords).
    fn str_args(&mut self, c: &ast::ExprCall) -> Option<Vec<(TExpr, i64)>> {
        if let Some(args) = keywords_as_positional(c) {
            return self.str_arg_list(&args, &range(c));
        }
        if let Some(k) = c.keywords.first() {
            return self
                .str_error(range(k), "keyword arguments of str operations are not supported yet", "a keyword")
                .map(|_| Vec::new());
        }
        self.str_arg_list(&c.args, &range(c))
    }

    /// `str_args` of positional arguments alone.
    fn str_arg_list(&mut self, args: &[Expr], span: &Range<usize>) -> Option<Vec<(TExpr, i64)>> {
        if args.len() > 4 {
            return self
                .str_error(span.clone(), "more than 4 arguments to a str operation", "too many")
                .map(|_| Vec::new());
        }
        let mut out = Vec::new();
        let mut ok = true;
        for a in args {
            match self.str_arg(a) {
                Some(x) => out.push(x),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// One argument of a call into CPython: a str, a number or None.
    fn str_arg(&mut self, e: &Expr) -> Option<(TExpr, i64)> {
        if self.is_strlist_expr(e) {
            return Some((self.strlist_value(e)?, KIND_OBJ));
        }
        if self.is_str_expr(e) {
            return Some((self.str_value(e)?, KIND_OBJ));
        }
        if matches!(e, Expr::Constant(c) if c.value.is_none()) {
            return Some((i64_const(0, &range(e)), KIND_NONE));
        }
        if self.is_complex(e) || self.is_array_expr(e) {
            return self
                .str_error(range(e), "only strs, numbers and None can be passed here", "not a number or str")
                .map(|x| (x, 0));
        }
        Some(number_arg(self.expr(e)?))
    }

    /// An int operand (an index, a count) as int64.
    fn str_int(&mut self, e: &Expr) -> Option<(TExpr, i64)> {
        if self.is_str_expr(e) {
            return self.str_error(range(e), "a str cannot be used as an index or count", "a str").map(|x| (x, 0));
        }
        let (x, k) = self.str_arg(e)?;
        if k == KIND_F64 {
            return self
                .str_error(range(e), "a float cannot be used as an index or count (TypeError in CPython)", "a float")
                .map(|x| (x, 0));
        }
        Some((x, k))
    }

    fn str_binop(&mut self, b: &ast::ExprBinOp, span: &Range<usize>) -> Option<TExpr> {
        match b.op {
            ast::Operator::Add => {
                for side in [&b.left, &b.right] {
                    if !self.is_str_expr(side) {
                        if self.learns_str_call(side) {
                            return None;
                        }
                        return self.str_error(
                            range(side.as_ref()),
                            "can only concatenate str (not a number) to str",
                            "not a str",
                        );
                    }
                }
                let (l, r) = (self.str_value(&b.left), self.str_value(&b.right));
                Some(str_call(Res::Obj, Some(l?), "__add__", vec![(r?, KIND_OBJ)], span))
            }
            ast::Operator::Mult => {
                let (s, n) = if self.is_str_expr(&b.left) { (&b.left, &b.right) } else { (&b.right, &b.left) };
                let sv = self.str_value(s);
                let n = self.str_int(n);
                Some(str_call(Res::Obj, Some(sv?), "__mul__", vec![n?], span))
            }
            ast::Operator::Mod => self.str_percent(&b.left, &b.right, span),
            _ => self.str_error(span.clone(), "this operator on strs is not supported yet", "here"),
        }
    }

    /// `fmt % x` and `fmt % (a, b, ...)`: CPython's own `str.__mod__`, so
    /// the output and the errors (TypeError, ValueError) are its own; a
    /// tuple display becomes a CPython tuple, 4 items per runtime call.
    fn str_percent(&mut self, fmt: &Expr, rhs: &Expr, span: &Range<usize>) -> Option<TExpr> {
        let f = self.str_value(fmt);
        // A tuple variable: its items, as a display of `t[0], t[1], ...`.
        let items: Option<Vec<Expr>> = match rhs {
            Expr::Tuple(t) => Some(t.elts.clone()),
            Expr::Name(_) => self.tuple_base(rhs).and_then(|b| self.arity.get(&b).copied()).map(|n| {
                (0..n)
                    .map(|j| {
                        Expr::Subscript(ast::ExprSubscript {
                            range: ast::Ranged::range(rhs),
                            value: Box::new(rhs.clone()),
                            slice: Box::new(crate::sema::sugar::int(j as i64, ast::Ranged::range(rhs))),
                            ctx: ast::ExprContext::Load,
                        })
                    })
                    .collect()
            }),
            _ => None,
        };
        let arg = match (rhs, items) {
            (_, Some(elts)) => {
                let mut acc: Option<TExpr> = None;
                for chunk in elts.chunks(4) {
                    let items = self.str_arg_list(chunk, span)?;
                    let part = str_call(Res::Obj, None, "(,)", items, span);
                    acc = Some(match acc {
                        None => part,
                        Some(a) => str_call(Res::Obj, Some(a), "__add__", vec![(part, KIND_OBJ)], span),
                    });
                }
                (acc.unwrap_or_else(|| str_call(Res::Obj, None, "(,)", Vec::new(), span)), KIND_OBJ)
            }
            (Expr::Dict(_) | Expr::List(_) | Expr::Set(_), _) => {
                return self.str_error(
                    range(rhs),
                    "`%` formatting of strs with a dict, list or set operand is not supported yet",
                    "use a tuple, a number or a str",
                );
            }
            _ if self.is_tuple_operand(rhs) || self.is_list_expr(rhs) => {
                return self.str_error(
                    range(rhs),
                    "`%` formatting of strs with this tuple or list is not supported yet",
                    "write a tuple display `(a, b)` here",
                );
            }
            (e, None) => self.str_arg(e)?,
        };
        Some(str_call(Res::Obj, Some(f?), "__mod__", vec![arg], span))
    }

    /// `s[i]` (a 1-character str; IndexError as CPython) and `s[a:b:c]`.
    fn str_subscript(&mut self, x: &ast::ExprSubscript, span: &Range<usize>) -> Option<TExpr> {
        // A list of strs indexed the same way (`list.__getitem__`).
        let s = if self.is_strlist_expr(&x.value) { self.strlist_value(&x.value) } else { self.str_value(&x.value) };
        let key = match x.slice.as_ref() {
            Expr::Slice(sl) => {
                let mut parts = Vec::new();
                for p in [&sl.lower, &sl.upper, &sl.step] {
                    parts.push(match p {
                        Some(p) => self.str_int(p)?,
                        None => (i64_const(0, span), KIND_NONE),
                    });
                }
                (str_call(Res::Obj, None, "slice", parts, span), KIND_OBJ)
            }
            i => self.str_int(i)?,
        };
        Some(str_call(Res::Obj, Some(s?), "__getitem__", vec![key], span))
    }

    /// An f-string: its pieces, each formatted by `format(value, spec)` as
    /// CPython does, concatenated.
    fn fstring(&mut self, values: &[Expr], span: &Range<usize>) -> Option<TExpr> {
        let mut acc: Option<TExpr> = None;
        for v in values {
            let piece = match v {
                Expr::Constant(c) => match &c.value {
                    ast::Constant::Str(s) => literal(s, &range(v)),
                    _ => return None,
                },
                Expr::FormattedValue(f) => {
                    let vspan = range(v);
                    let mut arg = self.str_arg(&f.value)?;
                    let conv = match f.conversion {
                        ast::ConversionFlag::Str => Some("str"),
                        ast::ConversionFlag::Repr => Some("repr"),
                        ast::ConversionFlag::Ascii => Some("ascii"),
                        _ => None,
                    };
                    if let Some(conv) = conv {
                        arg = (str_call(Res::Obj, None, conv, vec![arg], &vspan), KIND_OBJ);
                    }
                    let spec = match f.format_spec.as_deref() {
                        None => String::new(),
                        Some(Expr::JoinedStr(j)) => {
                            let mut text = String::new();
                            for p in &j.values {
                                match p {
                                    Expr::Constant(c) if c.value.is_str() => {
                                        if let ast::Constant::Str(s) = &c.value {
                                            text.push_str(s);
                                        }
                                    }
                                    _ => {
                                        return self.str_error(
                                            range(p),
                                            "a computed format spec in an f-string is not supported yet",
                                            "computed",
                                        );
                                    }
                                }
                            }
                            text
                        }
                        Some(other) => {
                            return self.str_error(range(other), "this format spec is not supported yet", "here");
                        }
                    };
                    let spec = (literal(&spec, &vspan), KIND_OBJ);
                    str_call(Res::Obj, None, "format", vec![arg, spec], &vspan)
                }
                other => return self.str_error(range(other), "this f-string part is not supported yet", "here"),
            };
            acc = Some(match acc {
                None => piece,
                Some(a) => str_call(Res::Obj, Some(a), "__add__", vec![(piece, KIND_OBJ)], span),
            });
        }
        Some(acc.unwrap_or_else(|| literal("", span)))
    }

    /// The number an expression over strs gives: `hash(s)`, `len(s)`,
    /// `ord(c)`, `int(s)`, `float(s)`, a method giving an int or a bool,
    /// `s == t` and the other comparisons, `s in t`, `not s`. NotMine:
    /// `e` is none of these. A str used as a number is a diagnostic.
    pub(in crate::sema) fn str_expr(&mut self, e: &Expr) -> Claim<TExpr> {
        let span = range(e);
        let strlist = self.strlist_expr(e);
        if strlist.is_mine() {
            return strlist;
        }
        if self.is_strlist_expr(e) {
            let tuple = matches!(e, Expr::Tuple(_))
                || matches!(e, Expr::Name(n) if self.global_strtuple(n.id.as_str()).is_some());
            let what = if tuple { "a tuple of strs" } else { "a list of strs" };
            return Claim::checked(self.str_error(
                span,
                &format!("{what} is not supported here yet (as a result, unpacked, compared, in a tuple, print() or dict value, or as an argument of this file's functions)"),
                what,
            ));
        }
        if self.str_rooted(e) {
            let what = match e {
                Expr::Call(_) => "this str method is not supported yet",
                _ => "this str attribute is not supported yet",
            };
            return Claim::checked(self.str_error(span, what, "str operation"));
        }
        if self.is_str_expr(e) {
            return Claim::checked(self.str_error(
                span,
                "a str is not supported here yet (as a number, or in a list, tuple or dict value)",
                "a str",
            ));
        }
        match e {
            Expr::Call(c) => {
                if let Some((recv, m, c)) = method_of(e) {
                    if !self.is_str_expr(recv) {
                        return Claim::NotMine;
                    }
                    let before = self.errors.len();
                    let recv = self.str_value(recv);
                    let args = self.str_args(c);
                    let (recv, args) = (or_reported!(self, since before, recv), or_reported!(self, since before, args));
                    if INT_METHODS.contains(&m) {
                        return Claim::Done(str_call(Res::Int, Some(recv), m, args, &span));
                    }
                    let r = str_call(Res::Int, Some(recv), m, args, &span);
                    return Claim::Done(nonzero(r, &span));
                }
                let Expr::Name(f) = c.func.as_ref() else { return Claim::NotMine };
                let f = f.id.as_str();
                if let Some(arg) = c.args.iter().find(|a| self.str_rooted(a)) {
                    return Claim::checked(self.str_error(
                        range(arg),
                        "this str method is not supported yet",
                        "str operation",
                    ));
                }
                let ([arg], true) = (c.args.as_slice(), c.keywords.is_empty()) else {
                    // int(s, base)
                    if f == "int" && self.is_builtin(f) && c.args.first().is_some_and(|a| self.is_str_expr(a)) {
                        let args = or_reported!(self, self.str_args(c));
                        return Claim::Done(str_call(Res::Int, None, "int", args, &span));
                    }
                    return Claim::NotMine;
                };
                if !matches!(f, "hash" | "len" | "ord" | "int" | "float" | "bool")
                    || !self.is_builtin(f)
                    || !self.is_str_expr(arg)
                {
                    return Claim::NotMine;
                }
                // `float('inf')` of a literal is folded where numbers are typed.
                if matches!(f, "int" | "float") && matches!(arg, Expr::Constant(_)) {
                    return Claim::NotMine;
                }
                let s = or_reported!(self, self.str_value(arg));
                Claim::Done(match f {
                    "hash" => runtime(STR_HASH_FN, vec![s], &span),
                    "len" => runtime(STR_LEN_FN, vec![s], &span),
                    "float" => str_call(Res::F64, None, "float", vec![(s, KIND_OBJ)], &span),
                    "bool" => nonzero(runtime(STR_LEN_FN, vec![s], &span), &span),
                    name => str_call(Res::Int, None, name, vec![(s, KIND_OBJ)], &span),
                })
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.is_str_expr(&u.operand) => {
                let s = or_reported!(self, self.str_value(&u.operand));
                let n = runtime(STR_LEN_FN, vec![s], &span);
                let kind = TExprKind::Compare(CmpOp::Eq, Box::new(n), Box::new(i64_const(0, &span)));
                Claim::Done(TExpr { ty: Scalar::Bool, kind, span })
            }
            Expr::Compare(c) if c.ops.len() > 1 => self.str_chain(c),
            Expr::Compare(c) => {
                let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return Claim::NotMine };
                let (l, r) = (self.is_str_expr(&c.left), self.is_str_expr(right));
                // A str against something else (`s in d` of a dict) is not
                // a str comparison.
                if !l || !r {
                    return Claim::NotMine;
                }
                let (code, negate) = match op {
                    ast::CmpOp::Eq => (0, false),
                    ast::CmpOp::NotEq => (1, false),
                    ast::CmpOp::Lt => (2, false),
                    ast::CmpOp::LtE => (3, false),
                    ast::CmpOp::Gt => (4, false),
                    ast::CmpOp::GtE => (5, false),
                    ast::CmpOp::In => (6, false),
                    ast::CmpOp::NotIn => (6, true),
                    _ => return Claim::checked(self.str_error(span, "`is` on strs is not supported", "use ==")),
                };
                let before = self.errors.len();
                let (a, b) = (self.str_value(&c.left), self.str_value(right));
                let (a, b) = (or_reported!(self, since before, a), or_reported!(self, since before, b));
                let r = runtime(STR_CMP_FN, vec![a, b, i64_const(code, &span)], &span);
                let op = if negate { CmpOp::Eq } else { CmpOp::Ne };
                let kind = TExprKind::Compare(op, Box::new(r), Box::new(i64_const(0, &span)));
                Claim::Done(TExpr { ty: Scalar::Bool, kind, span })
            }
            _ => Claim::NotMine,
        }
    }

    /// `'a' <= ch <= 'z'`: CPython's `'a' <= ch and ch <= 'z'`, each
    /// operand evaluated once; the inner ones must be names or literals
    /// (evaluating them twice is then the same).
    fn str_chain(&mut self, c: &ast::ExprCompare) -> Claim<TExpr> {
        let operands: Vec<&Expr> = std::iter::once(c.left.as_ref()).chain(c.comparators.iter()).collect();
        if !operands.iter().all(|e| self.is_str_expr(e)) {
            return Claim::NotMine;
        }
        let inner = &operands[1..operands.len() - 1];
        if !inner.iter().all(|e| matches!(e, Expr::Name(_) | Expr::Constant(_))) {
            let span = range(inner[0]);
            return Claim::checked(self.str_error(
                span,
                "a chained comparison of strs needs names or literals between its operators",
                "computed here",
            ));
        }
        let values = c
            .ops
            .iter()
            .zip(operands.windows(2))
            .map(|(op, pair)| {
                Expr::Compare(ast::ExprCompare {
                    range: c.range,
                    left: Box::new(pair[0].clone()),
                    ops: vec![*op],
                    comparators: vec![pair[1].clone()],
                })
            })
            .collect();
        let and = Expr::BoolOp(ast::ExprBoolOp { range: c.range, op: ast::BoolOp::And, values });
        Claim::checked(self.expr(&and))
    }

    /// `if s:` / `while s:`: a str is true when not empty.
    pub(in crate::sema) fn str_truth(&mut self, e: &Expr) -> Claim<TExpr> {
        if self.is_strlist_expr(e) {
            let span = range(e);
            let l = self.strlist_value(e);
            return Claim::checked(
                l.map(|l| nonzero(str_call(Res::Int, None, "len", vec![(l, KIND_OBJ)], &span), &span)),
            );
        }
        if !self.is_str_expr(e) {
            return Claim::NotMine;
        }
        let span = range(e);
        let s = self.str_value(e);
        Claim::checked(s.map(|s| nonzero(runtime(STR_LEN_FN, vec![s], &span), &span)))
    }

    /// `name = <str>`: the name becomes a str variable (for every round).
    pub(in crate::sema) fn str_assign(&mut self, name: &str, value: &Expr, span: Range<usize>) -> Option<TStmt> {
        self.str_name_free(name, span)?;
        let v = self.str_value(value);
        let Some(v) = v else {
            self.poisoned.insert(name.to_string());
            return None;
        };
        Some(self.bind_str(name, v))
    }

    /// None, with a diagnostic, where `name` holds another kind of value
    /// elsewhere (a str variable holds only strs).
    pub(in crate::sema) fn str_name_free(&mut self, name: &str, span: Range<usize>) -> Option<()> {
        if !self.strs.contains(name)
            && (self.types.contains_key(name)
                || self.arity.contains_key(name)
                || self.arrays.contains_key(name)
                || self.complex.contains(name)
                || self.lists.contains_key(name)
                || self.dicts.contains_key(name))
        {
            self.str_error(
                span,
                &format!("`{name}` holds a number or another value elsewhere; assigning a str to it is not supported"),
                "a str",
            )?;
            return None;
        }
        Some(())
    }

    /// `name = v` of a str value `v` (its object's address): `name` becomes
    /// a str variable (for every round).
    pub(in crate::sema) fn bind_str(&mut self, name: &str, v: TExpr) -> TStmt {
        self.strs.insert(name.to_string());
        self.assign(name, v)
    }

    /// A number assigned to a str name: a diagnostic.
    pub(in crate::sema) fn str_name_reassigned(&mut self, name: &str, span: Range<usize>) -> Option<TStmt> {
        self.str_error(
            span,
            &format!("`{name}` is a str elsewhere; assigning a non-str to it is not supported"),
            "not a str",
        )?;
        None
    }

    /// `for ch in s`: over an index, each character a 1-character str
    /// (the str evaluated once, before the loop, as CPython does).
    pub(in crate::sema) fn for_str(&mut self, f: &ast::StmtFor) -> Option<TStmt> {
        let Expr::Name(target) = f.target.as_ref() else {
            self.str_error(range(f.target.as_ref()), "only a name can iterate over a str", "not a name")?;
            return None;
        };
        let r = ast::Ranged::range(f.iter.as_ref());
        let at = u32::from(r.start());
        let name = |id: String| {
            Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(id), ctx: ast::ExprContext::Load })
        };
        // `$` keeps the names apart from any Python name.
        let (tmp, idx) = (format!("$str{at}"), format!("$index{at}"));
        let assign = |t: Expr, v: Expr| {
            Stmt::Assign(ast::StmtAssign { range: r, targets: vec![t], value: Box::new(v), type_comment: None })
        };
        let call = |f: &str, args: Vec<Expr>| {
            Expr::Call(ast::ExprCall { range: r, func: Box::new(name(f.to_string())), args, keywords: Vec::new() })
        };
        let item = Expr::Subscript(ast::ExprSubscript {
            range: r,
            value: Box::new(name(tmp.clone())),
            slice: Box::new(name(idx.clone())),
            ctx: ast::ExprContext::Load,
        });
        let mut body = vec![assign(Expr::Name(target.clone()), item)];
        body.extend(f.body.iter().cloned());
        let stmts = vec![
            assign(name(tmp.clone()), f.iter.as_ref().clone()),
            Stmt::For(ast::StmtFor {
                range: f.range,
                target: Box::new(name(idx)),
                iter: Box::new(call("range", vec![call("len", vec![name(tmp)])])),
                body,
                orelse: f.orelse.clone(),
                type_comment: None,
            }),
        ];
        Some(TStmt::Seq(self.block(&stmts)))
    }
}

/// `x != 0` as a bool.
fn nonzero(x: TExpr, span: &Range<usize>) -> TExpr {
    let kind = TExprKind::Compare(CmpOp::Ne, Box::new(x), Box::new(i64_const(0, span)));
    TExpr { ty: Scalar::Bool, kind, span: span.clone() }
}
