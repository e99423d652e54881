//! numba's signature strings: `f8(f8, f8)`, `int32(int32)`, `void(f8)`, `(i4, i4)`,
//! and array arguments `f8[:]`, `i4[::1]`, `f8[:, ::1]` (C), `f8[::1, :]` (F).
//!
//! Errors carry a byte range into the signature string, so the caller can
//! point a caret at the offending character in the user's file.

use crate::base::types::{ArrayTy, Layout, Return, Scalar, Signature, Ty};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct SignatureError {
    pub message: String,
    pub span: Range<usize>,
    pub help: Option<String>,
}

fn err(message: impl Into<String>, span: Range<usize>) -> SignatureError {
    SignatureError { message: message.into(), span, help: None }
}

/// A scalar type name as numba spells it, short or long: the aliases of
/// `numba/core/types/__init__.py`, which are numba's own and differ from
/// numpy's in places (numba's `float_` is float32, its `byte` is uint8 and
/// its `char` int8; numpy's `np.byte` is int8: see `sema::scalars::dtype`).
pub fn scalar_by_name(name: &str) -> Option<Scalar> {
    use Scalar::*;
    let int = |bits, signed| Some(Int { bits, signed });
    match name {
        "b1" | "bool_" | "boolean" | "bool" => Some(Bool),
        "i1" | "int8" | "char" => int(8, true),
        "i2" | "int16" | "short" => int(16, true),
        "i4" | "int32" | "intc" => int(32, true),
        "i8" | "int64" | "intp" | "int_" | "long_" | "longlong" => int(64, true),
        "u1" | "uint8" | "byte" | "uchar" => int(8, false),
        "u2" | "uint16" | "ushort" => int(16, false),
        "u4" | "uint32" | "uintc" => int(32, false),
        "u8" | "uint64" | "uintp" | "uint" | "ulong" | "ulonglong" => int(64, false),
        "f4" | "float32" | "float_" => Some(Float { bits: 32 }),
        "f8" | "float64" | "double" => Some(Float { bits: 64 }),
        _ => None,
    }
}

/// Names numba knows that pycc does not compile yet, with the issue that adds them.
fn known_but_unsupported(name: &str) -> Option<&'static str> {
    match name {
        "optional" | "Optional" => Some(
            "optional(T) is supported only as a whole argument type, of a number or an array (`f8(optional(f8), optional(f8[:]))`), not inside a tuple",
        ),
        "unicode_type" | "string" => Some(
            "str (unicode_type) is supported only as a whole argument type (`i8(unicode_type)`), not as a result, in a tuple, optional(T) or an array",
        ),
        _ => None,
    }
}

/// numba's complex type names: the float type of the parts.
pub fn complex_by_name(name: &str) -> Option<Scalar> {
    match name {
        "c8" | "complex64" => Some(Scalar::Float { bits: 32 }),
        "c16" | "complex128" | "complex_" | "cdouble" => Some(Scalar::Float { bits: 64 }),
        _ => None,
    }
}

struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    /// Set by `Array(..., readonly=True)` in the type just parsed.
    readonly: bool,
}

impl<'a> Lexer<'a> {
    fn skip_ws(&mut self) {
        while self.text[self.pos..].starts_with([' ', '\t']) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_ws();
        self.text[self.pos..].chars().next()
    }

    fn ident(&mut self) -> Option<(&'a str, Range<usize>)> {
        // numba evaluates a signature string in the namespace of
        // `numba.core.types`, which holds itself as `types`: `types.f8`,
        // `types.Tuple(...)` (and `types.types.f8`) name the same types.
        loop {
            self.skip_ws();
            let rest = &self.text[self.pos..];
            let Some(after) = rest.strip_prefix("types") else { break };
            let after = after.trim_start_matches([' ', '\t']);
            match after.strip_prefix('.') {
                Some(tail)
                    if tail
                        .trim_start_matches([' ', '\t'])
                        .starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') =>
                {
                    self.pos = self.text.len() - tail.len();
                }
                _ => break,
            }
        }
        self.skip_ws();
        let rest = &self.text[self.pos..];
        let len =
            rest.char_indices().find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_')).map_or(rest.len(), |(i, _)| i);
        if len == 0 {
            return None;
        }
        let start = self.pos;
        self.pos += len;
        Some((&self.text[start..self.pos], start..self.pos))
    }

    /// A run of ASCII digits after optional blanks (perhaps empty): its
    /// span, with `pos` moved past it.
    fn digits(&mut self) -> Range<usize> {
        self.skip_ws();
        let start = self.pos;
        self.pos += self.text[start..].bytes().take_while(u8::is_ascii_digit).count();
        start..self.pos
    }

    fn here(&self) -> Range<usize> {
        let len = self.text[self.pos..].chars().next().map_or(0, char::len_utf8);
        self.pos..self.pos + len.max(1)
    }

    fn expect(&mut self, c: char, what: &str) -> Result<(), SignatureError> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            let found = match self.peek() {
                Some(f) => format!("found `{f}`"),
                None => "found the end of the signature".into(),
            };
            Err(err(format!("expected {what}, {found}"), self.here()))
        }
    }
}

/// A scalar, `UniTuple(scalar, n)` or `Tuple(scalar, ...)`.
fn ty(lex: &mut Lexer) -> Result<Ty, SignatureError> {
    let save = lex.pos;
    match lex.ident() {
        Some(("UniTuple", _)) => {
            lex.expect('(', "`(` after `UniTuple`")?;
            let elem = element(lex)?;
            lex.expect(',', "`,` and a length in `UniTuple(type, length)`")?;
            let span = lex.digits();
            let n = match lex.text[span.clone()].parse::<usize>() {
                Ok(n) if (1..=MAX_TUPLE).contains(&n) => n,
                _ => {
                    let at = if span.is_empty() { lex.here() } else { span };
                    return Err(err(format!("expected a tuple length from 1 to {MAX_TUPLE}"), at));
                }
            };
            lex.expect(')', "`)` to close `UniTuple(type, length)`")?;
            Ok(Ty::Tuple(vec![elem; n]))
        }
        Some(("Tuple", _)) => {
            lex.expect('(', "`(` after `Tuple`")?;
            // numba's own form takes one sequence, `Tuple((i8, f8))`; pycc
            // also reads the elements as arguments, `Tuple(i8, f8)`.
            let close = match lex.peek() {
                Some('(') => Some(')'),
                Some('[') => Some(']'),
                _ => None,
            };
            if close.is_some() {
                lex.pos += 1;
            }
            let end = close.unwrap_or(')');
            let start = lex.pos;
            let mut elems = vec![element(lex)?];
            while lex.peek() == Some(',') {
                lex.pos += 1;
                if lex.peek() == Some(end) {
                    break;
                }
                elems.push(element(lex)?);
            }
            if let Some(c) = close {
                lex.expect(c, &format!("`,` or `{c}` in the element list of `Tuple(...)`"))?;
            }
            lex.expect(')', "`,` or `)` in `Tuple(...)`")?;
            if elems.len() > MAX_TUPLE {
                return Err(err(format!("tuples of more than {MAX_TUPLE} elements are not supported"), start..lex.pos));
            }
            Ok(Ty::Tuple(elems))
        }
        Some(("Array", _)) => array_call(lex).map(Ty::Array),
        // numba's Optional of a number: None or the number.
        Some(("optional" | "Optional", _)) if lex.peek() == Some('(') => {
            lex.expect('(', "`(` after `optional`")?;
            let s = scalar(lex)?;
            let ty = if lex.peek() == Some('[') { Ty::OptionalArray(array(lex, s, false)?) } else { Ty::Optional(s) };
            lex.expect(')', "`)` to close `optional(type)`")?;
            Ok(ty)
        }
        Some(("List" | "ListType", _)) => list(lex),
        // numba's printed form of a list argument's type.
        Some(("reflected", _)) if lex.text[lex.pos..].trim_start().starts_with("list") => {
            lex.skip_ws();
            lex.ident();
            list(lex)
        }
        Some(("Set" | "set", _)) if lex.peek() == Some('(') => set(lex),
        // numba's printed form of a set argument's type.
        Some(("reflected", _)) if lex.text[lex.pos..].trim_start().starts_with("set") => {
            lex.skip_ws();
            lex.ident();
            set(lex)
        }
        Some(("DictType", _)) => dict(lex),
        // numba's str type.
        Some(("unicode_type" | "string", _)) if lex.peek() != Some('[') => Ok(Ty::Str),
        Some((name, _)) if complex_by_name(name).is_some() => {
            let part = complex_by_name(name).unwrap();
            if lex.peek() == Some('[') {
                return Ok(Ty::Array(array(lex, part, true)?));
            }
            Ok(Ty::Complex(part))
        }
        _ => {
            lex.pos = save;
            let s = scalar(lex)?;
            if lex.peek() == Some('[') {
                return Ok(Ty::Array(array(lex, s, false)?));
            }
            Ok(Ty::Scalar(s))
        }
    }
}

/// numba's list types after the name: `List(int64)` (numba's reflected
/// list: the caller's Python list, changes written back), with an optional
/// `reflected=True`/`False`, and `ListType(int64)` (a typed list; pycc takes
/// a Python list for it too). Lists of int64, float64 and bool only.
fn list(lex: &mut Lexer) -> Result<Ty, SignatureError> {
    lex.expect('(', "`(` after `List`")?;
    lex.skip_ws();
    let start = lex.pos;
    let save = lex.pos;
    // numba's printed form of an array type: `array(float64, 1d, C)`.
    if let (Some(("array", _)), Some('(')) = (lex.ident(), lex.peek()) {
        let a = array_printed(lex)?;
        reflected(lex)?;
        lex.expect(')', "`)` to close `List(...)`")?;
        return Ok(Ty::ListOf(Box::new(Ty::Array(a))));
    }
    lex.pos = save;
    // A list of lists of numbers (`ListType(ListType(int64))`): a result
    // only (arg_list refuses it as an argument).
    if let (Some(("List" | "ListType", _)), Some('(')) = (lex.ident(), lex.peek()) {
        let rows = list(lex)?;
        if !matches!(rows, Ty::List(_)) {
            return Err(err(
                "lists nested deeper than a list of lists of numbers are not supported yet",
                start..lex.pos,
            ));
        }
        reflected(lex)?;
        lex.expect(')', "`)` to close `List(...)`")?;
        return Ok(Ty::ListOf(Box::new(rows)));
    }
    lex.pos = save;
    if let Some((name, span)) = lex.ident() {
        if complex_by_name(name).is_some() {
            let what = if lex.peek() == Some('[') { "complex arrays" } else { "complex numbers" };
            return Err(err(format!("lists of {what} are not supported yet as arguments or results"), span));
        }
    }
    lex.pos = save;
    let item = scalar(lex)?;
    if lex.peek() == Some('[') {
        // A list of arrays: the caller's arrays themselves (wrap/mod.rs).
        let a = array(lex, item, false)?;
        reflected(lex)?;
        lex.expect(')', "`)` to close `List(...)`")?;
        return Ok(Ty::ListOf(Box::new(Ty::Array(a))));
    }
    if !matches!(item, Scalar::Bool | Scalar::Int { bits: 64, signed: true } | Scalar::Float { bits: 64 }) {
        return Err(err(
            format!("lists of {} are not supported yet: lists of int64, float64 or bool only", item.long_name()),
            start..lex.pos,
        ));
    }
    reflected(lex)?;
    lex.expect(')', "`)` to close `List(...)`")?;
    Ok(Ty::List(vec![item]))
}

/// numba's `Set(int64)` (also `set(...)`, `reflected set(...)`) after the
/// name, with an optional `reflected=True`: the caller's Python set itself.
/// Sets of int64, float64 and bool, as lists.
fn set(lex: &mut Lexer) -> Result<Ty, SignatureError> {
    lex.expect('(', "`(` after `Set`")?;
    lex.skip_ws();
    let start = lex.pos;
    let item = scalar(lex)?;
    if lex.peek() == Some('[') || !matches!(item, Scalar::Bool | Scalar::I64 | Scalar::F64) {
        if lex.peek() == Some('[') {
            array(lex, item, false)?;
        }
        return Err(err("sets of int64, float64 or bool only are supported as arguments or results", start..lex.pos));
    }
    reflected(lex)?;
    lex.expect(')', "`)` to close `Set(...)`")?;
    Ok(Ty::Set(vec![item]))
}

/// An optional `, reflected=True` (or `False`) after a list's or set's
/// item type: pycc's lists and sets are the caller's either way.
fn reflected(lex: &mut Lexer) -> Result<(), SignatureError> {
    if lex.peek() == Some(',') {
        lex.pos += 1;
        match lex.ident() {
            Some(("reflected", _)) => {}
            _ => return Err(err("expected `reflected=True` or `)`", lex.here())),
        }
        lex.expect('=', "`=` after `reflected`")?;
        match lex.ident() {
            Some(("True" | "False", _)) => {}
            _ => return Err(err("expected `True` or `False`", lex.here())),
        }
    }
    Ok(())
}

/// numba's `DictType(key, value)` after the name, each a number or a
/// tuple of numbers: an export's result (a new Python dict).
fn dict(lex: &mut Lexer) -> Result<Ty, SignatureError> {
    lex.expect('(', "`(` after `DictType`")?;
    let part = |lex: &mut Lexer| -> Result<Vec<Scalar>, SignatureError> {
        lex.skip_ws();
        let start = lex.pos;
        match ty(lex)? {
            Ty::Scalar(s) => Ok(vec![s]),
            Ty::Tuple(xs) if xs.iter().all(|x| matches!(x, Ty::Scalar(_))) => {
                Ok(xs.iter().filter_map(|x| if let Ty::Scalar(s) = x { Some(*s) } else { None }).collect())
            }
            _ => Err(err("dict keys and values are numbers or tuples of numbers", start..lex.pos)),
        }
    };
    let keys = part(lex)?;
    lex.expect(',', "`,` between the key and value types of `DictType(key, value)`")?;
    let values = part(lex)?;
    lex.expect(')', "`)` to close `DictType(key, value)`")?;
    Ok(Ty::Dict(keys, values))
}

/// The largest number of dimensions an array may have (numpy 1's
/// NPY_MAXDIMS; the runtime's descriptors take up to that many).
pub const MAX_NDIM: u32 = 32;

/// `[axis, ...]` after a dtype, where each axis is `:` (any stride) or
/// `::1` (unit stride); numba allows `::1` only on the last axis (C order)
/// or, for 2+ dimensions, only on the first (Fortran order). `dtype` is
/// the part type when `complex`.
fn array(lex: &mut Lexer, dtype: Scalar, complex: bool) -> Result<ArrayTy, SignatureError> {
    let open = lex.pos;
    lex.expect('[', "`[`")?;
    let mut unit = Vec::new(); // per axis: the span of its `::1`, if any
    loop {
        lex.skip_ws();
        let start = lex.pos; // the axis, for a caret under a misplaced `::1`
        lex.expect(':', "`:` or `::1` for an array axis")?;
        lex.skip_ws();
        if lex.text[lex.pos..].starts_with(':') {
            lex.pos += 1;
            let digits = lex.digits();
            let step = &lex.text[digits.clone()];
            // `f8[::]` is numba's `slice(None, None, None)`: an axis of any stride.
            if digits.is_empty() && matches!(lex.text[lex.pos..].trim_start().chars().next(), Some(',' | ']')) {
                unit.push(None);
                match lex.peek() {
                    Some(',') => {
                        lex.pos += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            if step != "1" {
                let span = if digits.is_empty() { lex.here() } else { digits.clone() };
                return Err(SignatureError {
                    message: if digits.is_empty() {
                        "expected `1` after `::` in an array axis".into()
                    } else {
                        format!("an array axis step must be 1, not {step}")
                    },
                    span,
                    help: Some(
                        "an axis is `:` (any stride) or `::1` (contiguous), as in f8[:], f8[::1], f8[:, ::1]".into(),
                    ),
                });
            }
            unit.push(Some(start..lex.pos));
        } else {
            unit.push(None);
        }
        match lex.peek() {
            Some(',') => lex.pos += 1,
            _ => break,
        }
    }
    lex.expect(']', "`,` or `]` in an array type")?;
    let ndim = unit.len() as u32;
    if ndim > MAX_NDIM {
        return Err(err(format!("{ndim}-d arrays are not supported (1-d to {MAX_NDIM}-d are)"), open..lex.pos));
    }
    let marked: Vec<usize> = (0..unit.len()).filter(|&k| unit[k].is_some()).collect();
    let layout = match marked.as_slice() {
        [] => Layout::A,
        [k] if *k + 1 == unit.len() => Layout::C,
        [0] => Layout::F,
        [k, ..] => {
            let bad = if marked.len() > 1 { marked[1] } else { *k };
            return Err(SignatureError {
                message: "`::1` is allowed only on the last axis (C order) or the first (Fortran order), once".into(),
                span: unit[bad].clone().unwrap(),
                help: Some("f8[:, ::1] is C-contiguous, f8[::1, :] Fortran-contiguous".into()),
            });
        }
    };
    Ok(ArrayTy { dtype, ndim, layout, complex })
}

/// numba's printed array type after `array`: `(float64, 1d, C)`.
fn array_printed(lex: &mut Lexer) -> Result<ArrayTy, SignatureError> {
    lex.expect('(', "`(` after `array`")?;
    let dtype = scalar(lex)?;
    lex.expect(',', "`,` and the number of dimensions (`1d`) in `array(dtype, 1d, C)`")?;
    let span = lex.digits();
    let ndim = match lex.text[span.clone()].parse::<u32>() {
        Ok(n) if (1..=MAX_NDIM).contains(&n) && lex.text[lex.pos..].starts_with('d') => n,
        _ => {
            return Err(err(format!("expected a number of dimensions from 1d to {MAX_NDIM}d"), span.start..lex.pos + 1))
        }
    };
    lex.pos += 1;
    lex.expect(',', "`,` and the layout (`C`, `F` or `A`) in `array(dtype, 1d, C)`")?;
    let layout = match lex.ident() {
        Some(("C", _)) => Layout::C,
        Some(("F", _)) => Layout::F,
        Some(("A", _)) => Layout::A,
        _ => return Err(err("expected the layout `C`, `F` or `A`", lex.here())),
    };
    lex.expect(')', "`)` to close `array(dtype, 1d, C)`")?;
    Ok(ArrayTy { dtype, ndim, layout, complex: false })
}

/// numba's `Array(dtype, ndim, layout)`, with the keywords `readonly=`
/// and `aligned=` (and `layout=` by keyword).
fn array_call(lex: &mut Lexer) -> Result<ArrayTy, SignatureError> {
    lex.expect('(', "`(` after `Array`")?;
    let save = lex.pos;
    let (dtype, complex) = match lex.ident() {
        Some((name, _)) if complex_by_name(name).is_some() => (complex_by_name(name).unwrap(), true),
        _ => {
            lex.pos = save;
            (scalar(lex)?, false)
        }
    };
    lex.expect(',', "`,` and the number of dimensions in `Array(dtype, ndim, layout)`")?;
    let span = lex.digits();
    let ndim = match lex.text[span.clone()].parse::<u32>() {
        Ok(n) if (1..=MAX_NDIM).contains(&n) => n,
        _ => {
            let at = if span.is_empty() { lex.here() } else { span };
            return Err(err(format!("expected a number of dimensions from 1 to {MAX_NDIM}"), at));
        }
    };
    let mut layout = None;
    while lex.peek() == Some(',') {
        lex.pos += 1;
        if lex.peek() == Some(')') {
            break;
        }
        let save = lex.pos;
        let keyword = match lex.ident() {
            Some((k, span)) if lex.peek() == Some('=') => {
                lex.pos += 1;
                Some((k, span))
            }
            _ => {
                lex.pos = save;
                None
            }
        };
        match keyword {
            None | Some(("layout", _)) => layout = Some(layout_string(lex)?),
            Some((k @ ("readonly" | "aligned"), _)) => {
                let value = match lex.ident() {
                    Some(("True", _)) => true,
                    Some(("False", _)) => false,
                    _ => return Err(err(format!("expected True or False for `{k}`"), lex.here())),
                };
                // Every buffer pycc reads is aligned; `readonly` forbids stores.
                if k == "readonly" {
                    lex.readonly = value;
                }
            }
            Some((k, span)) => {
                return Err(SignatureError {
                    message: format!("`Array` has no argument `{k}`"),
                    span,
                    help: Some("Array(dtype, ndim, layout, readonly=False, aligned=True)".into()),
                })
            }
        }
    }
    lex.expect(')', "`,` or `)` in `Array(dtype, ndim, layout)`")?;
    let Some(layout) = layout else {
        return Err(SignatureError {
            message: "`Array` needs a layout, 'C', 'F' or 'A'".into(),
            span: lex.pos - 1..lex.pos,
            help: Some("for example Array(f8, 2, 'C')".into()),
        });
    };
    // A 1-d Fortran array is a contiguous one, as numba treats it.
    let layout = if ndim == 1 && layout == Layout::F { Layout::C } else { layout };
    Ok(ArrayTy { dtype, ndim, layout, complex })
}

/// A quoted layout, `'C'`, `"F"` or `'A'`.
fn layout_string(lex: &mut Lexer) -> Result<Layout, SignatureError> {
    lex.skip_ws();
    let rest = &lex.text[lex.pos..];
    let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"'));
    let layout = quote.and_then(|q| {
        let inner = &rest[1..];
        let end = inner.find(q)?;
        let layout = match &inner[..end] {
            "C" => Layout::C,
            "F" => Layout::F,
            "A" => Layout::A,
            _ => return None,
        };
        Some((layout, end + 2))
    });
    match layout {
        Some((l, len)) => {
            lex.pos += len;
            Ok(l)
        }
        None => Err(SignatureError {
            message: "expected a layout, 'C', 'F' or 'A'".into(),
            span: lex.here(),
            help: Some("'C': C-contiguous, 'F': Fortran-contiguous, 'A': any strides".into()),
        }),
    }
}

/// The largest tuple a signature may declare.
const MAX_TUPLE: usize = 64;

/// A tuple element: a scalar, a complex, an array or a tuple.
fn element(lex: &mut Lexer) -> Result<Ty, SignatureError> {
    let save = lex.pos;
    match lex.ident() {
        Some(("UniTuple" | "Tuple", _)) => {
            lex.pos = save;
            return ty(lex);
        }
        Some((name, _)) if complex_by_name(name).is_some() => {
            let part = complex_by_name(name).unwrap();
            if lex.peek() == Some('[') {
                return Ok(Ty::Array(array(lex, part, true)?));
            }
            return Ok(Ty::Complex(part));
        }
        Some(("Array", _)) => return array_call(lex).map(Ty::Array),
        // A declared tuple result may hold lists and strs
        // (`Tuple((i8, List(i8)))`); sema refuses them elsewhere.
        Some(("List" | "ListType", _)) => return list(lex),
        Some(("reflected", _)) if lex.text[lex.pos..].trim_start().starts_with("list") => {
            lex.skip_ws();
            lex.ident();
            return list(lex);
        }
        Some(("unicode_type" | "string", _)) if lex.peek() != Some('[') => return Ok(Ty::Str),
        _ => {}
    }
    lex.pos = save;
    let s = scalar(lex)?;
    if lex.peek() == Some('[') {
        // An array element is carried as its descriptor, like an array argument.
        return Ok(Ty::Array(array(lex, s, false)?));
    }
    Ok(Ty::Scalar(s))
}

fn scalar(lex: &mut Lexer) -> Result<Scalar, SignatureError> {
    let Some((name, span)) = lex.ident() else {
        let found = lex.peek().map_or("the end of the signature".to_string(), |c| format!("`{c}`"));
        return Err(err(format!("expected a type name, found {found}"), lex.here()));
    };
    if let Some(why) = known_but_unsupported(name) {
        return Err(err(format!("`{name}`: {why}"), span));
    }
    if matches!(name, "void" | "none") {
        return Err(err(format!("`{name}` is only allowed as the return type"), span));
    }
    let ty = scalar_by_name(name).ok_or_else(|| SignatureError {
        message: format!("unknown type `{name}`"),
        span: span.clone(),
        help: Some("scalar types are i1 i2 i4 i8 u1 u2 u4 u8 f4 f8 b1, or their long names (int32, float64, boolean, intp, ...)".into()),
    })?;
    Ok(ty)
}

/// Parses a whole signature string.
pub fn parse(text: &str) -> Result<Signature, SignatureError> {
    parse_readonly(text).map(|(sig, _)| sig)
}

/// Parses a whole signature string; also says which arguments are read-only
/// arrays (`Array(f8, 1, 'C', readonly=True)`).
pub fn parse_readonly(text: &str) -> Result<(Signature, Vec<bool>), SignatureError> {
    let mut lex = Lexer { text, pos: 0, readonly: false };
    let mut args = Vec::new();
    let mut readonly = Vec::new();
    let ret = if lex.peek() == Some('(') {
        Return::Infer
    } else {
        let save = lex.pos;
        match lex.ident() {
            Some(("void" | "none", _)) => Return::Void,
            Some(_) => {
                lex.pos = save;
                lex.skip_ws();
                let first = ty(&mut lex)?;
                if lex.peek() == Some('(') {
                    if matches!(first, Ty::OptionalArray(_)) {
                        return Err(err("an optional(T) array result is not supported yet", save..lex.pos));
                    }
                    lex.readonly = false; // a returned array is the caller's
                    Return::Declared(first)
                } else {
                    // numba reads `'f8[:], i8'` as a tuple of argument
                    // types: the return type is inferred.
                    args.push(first);
                    readonly.push(std::mem::take(&mut lex.readonly));
                    if lex.peek() != Some(',') {
                        let at = if lex.peek().is_some() { lex.pos..text.len() } else { 0..text.len().max(1) };
                        return Err(SignatureError {
                            message: "a single type is not a signature".into(),
                            span: at,
                            help: Some(
                                "write `f8(f8)` (return type and arguments), or `f8,` / `(f8,)` for arguments alone"
                                    .into(),
                            ),
                        });
                    }
                    lex.pos += 1;
                    arg_list(&mut lex, &mut args, &mut readonly, None)?;
                    return Ok((Signature { ret: Return::Infer, args }, readonly));
                }
            }
            None => return Err(err("expected a return type or `(`", lex.here())),
        }
    };
    lex.expect('(', "`(` to open the argument list")?;
    arg_list(&mut lex, &mut args, &mut readonly, Some(')'))?;
    lex.expect(')', "`,` or `)` in the argument list")?;
    if lex.peek().is_some() {
        return Err(err("unexpected text after the signature", lex.pos..text.len()));
    }
    Ok((Signature { ret, args }, readonly))
}

/// Argument types separated by commas, a trailing comma allowed, up to
/// `close` (not consumed) or the end of the text.
fn arg_list(
    lex: &mut Lexer,
    args: &mut Vec<Ty>,
    readonly: &mut Vec<bool>,
    close: Option<char>,
) -> Result<(), SignatureError> {
    if lex.peek() == close {
        return Ok(());
    }
    loop {
        lex.skip_ws();
        let start = lex.pos;
        let t = ty(lex)?;
        if matches!(t, Ty::Dict(..)) {
            return Err(err(
                "a dict argument is not supported yet: `DictType` is an export's result only",
                start..lex.pos,
            ));
        }
        let rows = |t: &Ty| matches!(t, Ty::ListOf(item) if matches!(**item, Ty::List(_)));
        if rows(&t) || matches!(&t, Ty::Tuple(xs) if xs.iter().any(rows)) {
            return Err(err(
                "a list of lists argument is not supported yet: `List(List(...))` is an export's result only",
                start..lex.pos,
            ));
        }
        args.push(t);
        readonly.push(std::mem::take(&mut lex.readonly));
        match lex.peek() {
            Some(',') => lex.pos += 1,
            _ => break,
        }
        if lex.peek() == close {
            break; // trailing comma
        }
    }
    if close.is_none() && lex.peek().is_some() {
        return Err(err("expected `,` between argument types", lex.here()));
    }
    Ok(())
}

/// The property the signature fuzzer checks: any text parses, or its error's
/// span lies inside (or just past) it, on a character boundary.
pub fn check_error_span(text: &str) {
    if let Err(e) = parse(text) {
        assert!(e.span.start <= text.len() && e.span.start <= e.span.end, "span {:?} outside {text:?}", e.span);
        assert!(text.is_char_boundary(e.span.start.min(text.len())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Scalar::*;

    #[test]
    fn types_prefix_as_numba_reads_it() {
        // numba evaluates the string where `types` is numba.core.types itself.
        let s = parse("types.Tuple((i1[:, :], types.f8))(types.unicode_type, types . types.int32)").unwrap();
        let plain = parse("Tuple((i1[:, :], f8))(unicode_type, int32)").unwrap();
        assert_eq!(s, plain);
        assert!(parse("f8(typesx)").unwrap_err().message.contains("unknown type `typesx`"));
    }

    #[test]
    fn sets_and_lists_of_arrays_say_what_is_missing() {
        let s = parse("boolean(int64[:], Set(int64, reflected=True))").unwrap();
        assert_eq!(s.args[1], Ty::Set(vec![Scalar::I64]));
        assert_eq!(parse("f8(reflected set(float64))").unwrap().args[0], Ty::Set(vec![Scalar::F64]));
        let e = parse("boolean(int64[:], Set(int32))").unwrap_err();
        assert!(e.message.contains("sets of int64, float64 or bool only"), "{}", e.message);
        assert_eq!(e.span, 22..27);
        let c2 = ArrayTy { dtype: Scalar::Bool, ndim: 2, layout: Layout::C, complex: false };
        let l = Ty::ListOf(Box::new(Ty::Array(c2)));
        assert_eq!(parse("i8(List(b1[:, ::1], reflected=True))").unwrap().args[0], l);
        assert_eq!(parse("i8(reflected list(array(bool, 2d, C)))").unwrap().args[0], l);
        let e = parse("i8(List(array(f8, 2, C)))").unwrap_err();
        assert!(e.message.contains("1d to"), "{}", e.message);
    }

    #[test]
    fn short_and_long_names() {
        let s = parse("f8(f8, int32)").unwrap();
        assert_eq!(s.ret, Return::Declared(Ty::Scalar(Float { bits: 64 })));
        assert_eq!(s.args, vec![Ty::Scalar(Float { bits: 64 }), Ty::Scalar(Int { bits: 32, signed: true })]);
        assert_eq!(parse("void(u1)").unwrap().ret, Return::Void);
        assert_eq!(parse("none()").unwrap().args, vec![]);
        assert_eq!(parse("(i4, i4)").unwrap().ret, Return::Infer);
        assert_eq!(parse(" boolean ( uintp ) ").unwrap().args, vec![Ty::Scalar(Int { bits: 64, signed: false })]);
    }

    #[test]
    fn optional() {
        let s = parse("optional(f8)(f8, Optional(i4))").unwrap();
        assert_eq!(s.ret, Return::Declared(Ty::Optional(Float { bits: 64 })));
        assert_eq!(s.args[1], Ty::Optional(Int { bits: 32, signed: true }));
        let a = ArrayTy { dtype: Float { bits: 64 }, ndim: 1, layout: Layout::A, complex: false };
        assert_eq!(parse("f8(optional(f8[:]))").unwrap().args[0], Ty::OptionalArray(a));
        assert!(parse("optional(f8[:])(f8)").unwrap_err().message.contains("array result"));
        assert!(parse("f8(UniTuple(optional(f8), 2))").unwrap_err().message.contains("whole argument type"));
        assert!(parse("f8(optional(f8)").is_err());
    }

    #[test]
    fn complex() {
        let s = parse("c16(complex64, c16, f8)").unwrap();
        assert_eq!(s.ret, Return::Declared(Ty::Complex(Float { bits: 64 })));
        assert_eq!(s.args[0], Ty::Complex(Float { bits: 32 }));
        assert!(matches!(&parse("f8(c16[:])").unwrap().args[0], Ty::Array(a) if a.complex));
        assert_eq!(parse("f8(UniTuple(c8, 2))").unwrap().args[0], Ty::Tuple(vec![Ty::Complex(Float { bits: 32 }); 2]));
        let t = parse("f8(Tuple(c8[:], f8))").unwrap();
        let c8 = ArrayTy { dtype: Float { bits: 32 }, ndim: 1, layout: Layout::A, complex: true };
        assert_eq!(t.args[0], Ty::Tuple(vec![Ty::Array(c8), Ty::Scalar(Float { bits: 64 })]));
    }

    #[test]
    fn tuples() {
        let s = parse("UniTuple(f8, 2)(Tuple(i8, float32, b1), f8)").unwrap();
        assert_eq!(s.ret, Return::Declared(Ty::Tuple(vec![Ty::Scalar(Float { bits: 64 }); 2])));
        assert_eq!(
            s.args[0],
            Ty::Tuple(vec![
                Ty::Scalar(Int { bits: 64, signed: true }),
                Ty::Scalar(Float { bits: 32 }),
                Ty::Scalar(Bool)
            ])
        );
        assert_eq!(parse("(Tuple(i4,))").unwrap().args[0], Ty::Tuple(vec![Ty::Scalar(Int { bits: 32, signed: true })]));
        assert_eq!(
            parse("UniTuple(c16, 2)(Tuple(c8, f8))").unwrap().args[0],
            Ty::Tuple(vec![Ty::Complex(Float { bits: 32 }), Ty::Scalar(Float { bits: 64 })])
        );
        // Errors point at the offending part.
        assert_eq!(parse("f8(UniTuple(f8, 0))").unwrap_err().span, 16..17);
        assert_eq!(parse("f8(UniTuple(f8))").unwrap_err().span, 14..15);
        assert_eq!(parse("f8(Tuple(i8, q2))").unwrap_err().span, 13..15);
        assert_eq!(
            parse("f8(UniTuple(Tuple(i8), 2))").unwrap().args[0],
            Ty::Tuple(vec![Ty::Tuple(vec![Ty::Scalar(Int { bits: 64, signed: true })]); 2])
        );
        assert_eq!(parse("f8(Tuple())").unwrap_err().span, 9..10);
        // A declared tuple result may hold lists and strs.
        let i8 = Int { bits: 64, signed: true };
        assert_eq!(
            parse("types.Tuple((i8, types.List(i8), unicode_type))(i8)").unwrap().ret,
            Return::Declared(Ty::Tuple(vec![Ty::Scalar(i8), Ty::List(vec![i8]), Ty::Str]))
        );
        assert!(parse("Tuple((i8, List(i4)))(i8)").unwrap_err().message.contains("lists of int32"));
    }

    #[test]
    fn arrays() {
        let arr = |dtype, ndim, layout| Ty::Array(ArrayTy { dtype, ndim, layout, complex: false });
        let carr = |dtype, ndim, layout| Ty::Array(ArrayTy { dtype, ndim, layout, complex: true });
        let s = parse("void(f8[:], f8[::1], i8[:], f8[:, :], f8[:, ::1], f8[::1, :], b1[ : , :: 1 ])").unwrap();
        assert_eq!(s.ret, Return::Void);
        assert_eq!(
            s.args,
            vec![
                arr(Float { bits: 64 }, 1, Layout::A),
                arr(Float { bits: 64 }, 1, Layout::C),
                arr(Int { bits: 64, signed: true }, 1, Layout::A),
                arr(Float { bits: 64 }, 2, Layout::A),
                arr(Float { bits: 64 }, 2, Layout::C),
                arr(Float { bits: 64 }, 2, Layout::F),
                arr(Bool, 2, Layout::C),
            ]
        );
        assert_eq!(
            parse("f8(uint16[:], float32[:, :])").unwrap().args,
            vec![arr(Int { bits: 16, signed: false }, 1, Layout::A), arr(Float { bits: 32 }, 2, Layout::A)]
        );
        // Malformed arrays: the caret is on the offending part.
        assert_eq!(parse("f8(f8[])").unwrap_err().span, 6..7);
        assert_eq!(parse("f8(f8[::2])").unwrap_err().span, 8..9);
        // `f8[::]` is numba's `slice(None, None, None)`: an axis of any stride.
        assert_eq!(parse("f8(f8[::])").unwrap().args, vec![arr(Float { bits: 64 }, 1, Layout::A)]);
        assert_eq!(parse("f8(f8[:, :, :, :])").unwrap().args, vec![arr(Float { bits: 64 }, 4, Layout::A)]);
        let wide = format!("f8(f8[{}])", vec![":"; 33].join(", "));
        assert_eq!(parse(&wide).unwrap_err().span, 5..wide.len() - 1);
        assert_eq!(parse("f8(f8[:, :, ::1])").unwrap().args, vec![arr(Float { bits: 64 }, 3, Layout::C)]);
        assert_eq!(parse("f8(f8[::1, ::1])").unwrap_err().span, 11..14);
        assert_eq!(parse("f8(f8[:, ::1, :])").unwrap_err().span, 9..12);
        assert_eq!(parse("f8(f8[:, :)").unwrap_err().span, 10..11);
        // Arrays inside tuples, in both of numba's spellings and pycc's.
        let f8 = arr(Float { bits: 64 }, 1, Layout::A);
        let i8 = Ty::Scalar(Int { bits: 64, signed: true });
        assert_eq!(parse("f8(Tuple(f8[:], i8))").unwrap().args[0], Ty::Tuple(vec![f8.clone(), i8.clone()]));
        assert_eq!(parse("f8(Tuple((f8[:], i8)))").unwrap().args[0], Ty::Tuple(vec![f8.clone(), i8]));
        let m = arr(Float { bits: 64 }, 2, Layout::C);
        assert_eq!(parse("UniTuple(f8[:, ::1], 4)(i8)").unwrap().ret, Return::Declared(Ty::Tuple(vec![m.clone(); 4])));
        assert_eq!(parse("f8(Tuple((Array(f8, 2, 'C'),)))").unwrap().args[0], Ty::Tuple(vec![m]));
        assert_eq!(parse("f8(Tuple(f8[::2], i8))").unwrap_err().span, 14..15);
        assert_eq!(parse("f8[:, ::1](i8)").unwrap().ret, Return::Declared(arr(Float { bits: 64 }, 2, Layout::C)));
        assert_eq!(parse("f8(f8[::1, ::1, :])").unwrap_err().span, 11..14);
        // Complex arrays: the dtype is the part type.
        let s = parse("c16[:](c16[:], c16[::1], c8[:, :], complex128[:, :, ::1], complex64[::1, :], c16)").unwrap();
        assert_eq!(s.ret, Return::Declared(carr(Float { bits: 64 }, 1, Layout::A)));
        assert_eq!(
            s.args,
            vec![
                carr(Float { bits: 64 }, 1, Layout::A),
                carr(Float { bits: 64 }, 1, Layout::C),
                carr(Float { bits: 32 }, 2, Layout::A),
                carr(Float { bits: 64 }, 3, Layout::C),
                carr(Float { bits: 32 }, 2, Layout::F),
                Ty::Complex(Float { bits: 64 }),
            ]
        );
        assert_eq!(
            parse("f8(Tuple(c16[:], i8))").unwrap().args[0],
            Ty::Tuple(vec![carr(Float { bits: 64 }, 1, Layout::A), Ty::Scalar(Int { bits: 64, signed: true })])
        );
        assert_eq!(parse("f8(c16[:, :, :, :])").unwrap().args[0], carr(Float { bits: 64 }, 4, Layout::A));
        let wide = format!("f8(Tuple(c16[{}], i8))", vec![":"; 33].join(", "));
        assert_eq!(parse(&wide).unwrap_err().span, 12..wide.len() - 6);
    }

    #[test]
    fn numba_forms() {
        let arr = |dtype, ndim, layout| Ty::Array(ArrayTy { dtype, ndim, layout, complex: false });
        let (i8, f8) = (Ty::Scalar(Int { bits: 64, signed: true }), Ty::Scalar(Float { bits: 64 }));
        // numba's Tuple takes one sequence; pycc's extension takes the elements.
        assert_eq!(
            parse("Tuple((i8, f8))(i8)").unwrap().ret,
            Return::Declared(Ty::Tuple(vec![i8.clone(), f8.clone()]))
        );
        assert_eq!(
            parse("f8(Tuple([i8]), Tuple((f8,)))").unwrap().args,
            vec![Ty::Tuple(vec![i8.clone()]), Ty::Tuple(vec![f8.clone()])]
        );
        assert_eq!(parse("f8(Tuple((i8, f8)").unwrap_err().span, 17..18);
        // Array(dtype, ndim, layout, readonly=...)
        let (sig, ro) = parse_readonly(
            "Array(f8, 2, 'C')(Array(f4, 1, \"A\"), Array(c16, 3, layout='F'), Array(i8, 1, 'C', readonly=True))",
        )
        .unwrap();
        assert_eq!(sig.ret, Return::Declared(arr(Float { bits: 64 }, 2, Layout::C)));
        assert_eq!(sig.args[0], arr(Float { bits: 32 }, 1, Layout::A));
        assert_eq!(
            sig.args[1],
            Ty::Array(ArrayTy { dtype: Float { bits: 64 }, ndim: 3, layout: Layout::F, complex: true })
        );
        assert_eq!(sig.args[2], arr(Int { bits: 64, signed: true }, 1, Layout::C));
        assert_eq!(ro, vec![false, false, true]);
        assert_eq!(parse("f8(Array(f8, 1, 'F'))").unwrap().args[0], arr(Float { bits: 64 }, 1, Layout::C));
        assert_eq!(parse("f8(Array(f8, 4, 'C'))").unwrap().args[0], arr(Float { bits: 64 }, 4, Layout::C));
        assert_eq!(parse("f8(Array(f8, 33, 'C'))").unwrap_err().span, 13..15);
        assert_eq!(parse("f8(Array(f8, 2))").unwrap_err().span, 14..15);
        assert_eq!(parse("f8(Array(f8, 2, 'X'))").unwrap_err().span, 16..17);
        assert_eq!(parse("f8(Array(f8, 2, 'C', writable=True))").unwrap_err().span, 21..29);
        // A bare argument list: numba infers the return type.
        let s = parse("f8[:], f8[:], i8").unwrap();
        assert_eq!((s.ret, s.args.len()), (Return::Infer, 3));
        assert_eq!(parse("f8,").unwrap().args, vec![f8.clone()]);
        assert_eq!(parse("(f8, f8)").unwrap().args, vec![f8.clone(), f8.clone()]);
        assert!(parse("f8").unwrap_err().message.contains("single type"));
        assert_eq!(parse("f8, i8 i8").unwrap_err().span, 7..8);
        // numba's other names.
        assert_eq!(parse("void(intp, uintp, boolean)").unwrap().args[1], Ty::Scalar(Int { bits: 64, signed: false }));
        assert_eq!(parse("none(f8)").unwrap().ret, Return::Void);
    }

    /// numba's aliases, not numpy's: `float_` is float32, `byte` uint8,
    /// `char` int8 (numba/core/types/__init__.py).
    #[test]
    fn numba_aliases() {
        let one = |text: &str| parse(&format!("void({text})")).unwrap().args[0].clone();
        assert_eq!(one("float_"), Ty::Scalar(Float { bits: 32 }));
        assert_eq!(one("byte"), Ty::Scalar(Int { bits: 8, signed: false }));
        assert_eq!(one("uchar"), Ty::Scalar(Int { bits: 8, signed: false }));
        assert_eq!(one("char"), Ty::Scalar(Int { bits: 8, signed: true }));
        assert_eq!(one("short"), Ty::Scalar(Int { bits: 16, signed: true }));
        assert_eq!(one("ushort"), Ty::Scalar(Int { bits: 16, signed: false }));
        assert_eq!(one("long_"), Ty::Scalar(Int { bits: 64, signed: true }));
        assert_eq!(one("ulonglong"), Ty::Scalar(Int { bits: 64, signed: false }));
    }

    proptest::proptest! {
        /// Any text gives a signature or an error whose caret is inside it.
        #[test]
        fn never_panics(text in "\\PC{0,24}") {
            check_error_span(&text);
        }

        /// Every combination of known names parses back to the same types.
        #[test]
        fn names_round_trip(ret in 0usize..11, args in proptest::collection::vec(0usize..11, 0..5), long in proptest::bool::ANY) {
            const NAMES: [&str; 11] = ["i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "f4", "f8", "b1"];
            let ty = |i: usize| scalar_by_name(NAMES[i]).unwrap();
            let name = |i: usize| if long { ty(i).long_name() } else { NAMES[i].to_string() };
            let text = format!("{}({})", name(ret), args.iter().map(|&a| name(a)).collect::<Vec<_>>().join(", "));
            let sig = parse(&text).unwrap();
            proptest::prop_assert_eq!(sig.ret, Return::Declared(Ty::Scalar(ty(ret))));
            proptest::prop_assert_eq!(sig.args, args.iter().map(|&a| Ty::Scalar(ty(a))).collect::<Vec<_>>());
        }
    }

    #[test]
    fn errors_point_into_the_string() {
        let e = parse("f8(f8, q4)").unwrap_err();
        assert_eq!(e.span, 7..9);
        assert!(e.message.contains("unknown type `q4`"));
        let e = parse("f8(f8").unwrap_err();
        assert_eq!(e.span.start, 5);
        let e = parse("f8(f8[:)").unwrap_err();
        assert_eq!(e.span, 7..8);
        let e = parse("f8(f8) x").unwrap_err();
        assert_eq!(e.span, 7..8);
        let e = parse("f8(void)").unwrap_err();
        assert_eq!(e.span, 3..7);
        let e = parse("").unwrap_err();
        assert_eq!(e.span, 0..1);
    }
}
