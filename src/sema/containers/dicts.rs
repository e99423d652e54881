//! Dicts in the body (numba's typed dicts): `{}`, `dict()`, displays,
//! comprehensions, `numba.typed.Dict()` and `Dict.empty(key_type,
//! value_type)`; `d[k]`, `d[k] = v`, `d[k] op= v`, `del d[k]`, `k in d`,
//! `len(d)`, truthiness, `get`, `pop`, `setdefault`, `clear`, `copy`, and
//! `for` over `d`, `d.keys()`, `d.values()`, `d.items()` in insertion
//! order. A dict is one variable holding its runtime header
//! (tir/dict.rs); keys and values are numbers or flat tuples of numbers,
//! typed as numba does: joined from every key and value put in, to a
//! fixed point like a variable's. The types live as beliefs of the names
//! `key_name`/`value_name`.

use crate::sema::*;
use crate::tir::dict::{DictOp, DictRef};
use rustpython_parser::ast::Ranged;

fn key_name(name: &str, j: usize) -> String {
    format!("{name}{{}}.k{j}")
}

fn value_name(name: &str, j: usize) -> String {
    format!("{name}{{}}.v{j}")
}

/// The belief that marks dict `name`'s keys as strs (sema/containers/strings.rs).
pub(in crate::sema) fn str_key_name(name: &str) -> String {
    format!("{name}{{}}.kstr")
}

fn int(i: i128, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(i)), span: span.clone() }
}

fn read(ty: Scalar, v: Var, span: &Range<usize>) -> TExpr {
    TExpr { ty, kind: TExprKind::Var(v), span: span.clone() }
}

/// A tuple of numbers, or one number, as a `Val`.
fn parts_val(parts: Vec<TExpr>, tuple: bool) -> Val {
    if tuple {
        Val::Tuple(parts.into_iter().map(Val::Scalar).collect())
    } else {
        Val::Scalar(parts.into_iter().next().expect("a number has one part"))
    }
}

/// Whether `e` names numba's typed dict class: `Dict`, `typed.Dict`,
/// `numba.typed.Dict`.
fn is_typed_dict_class(e: &Expr) -> bool {
    match e {
        Expr::Name(n) => n.id.as_str() == "Dict",
        Expr::Attribute(a) => {
            a.attr.as_str() == "Dict"
                && match a.value.as_ref() {
                    Expr::Name(n) => n.id.as_str() == "typed",
                    Expr::Attribute(b) => b.attr.as_str() == "typed",
                    _ => false,
                }
        }
        _ => false,
    }
}

/// The scalar parts of a numba type object (`types.int64`, `nb.f8`,
/// `types.UniTuple(types.int64, 2)`, `types.Tuple((i8, f8))`).
fn numba_type(e: &Expr) -> Option<Vec<Scalar>> {
    match e {
        Expr::Name(n) => crate::syntax::signature::scalar_by_name(n.id.as_str()).map(|s| vec![s]),
        Expr::Attribute(a) => crate::syntax::signature::scalar_by_name(a.attr.as_str()).map(|s| vec![s]),
        Expr::Call(c) => {
            let f = match c.func.as_ref() {
                Expr::Name(n) => n.id.as_str(),
                Expr::Attribute(a) => a.attr.as_str(),
                _ => return None,
            };
            match (f, c.args.as_slice()) {
                ("UniTuple", [t, n]) => {
                    let t = numba_type(t)?;
                    let n = crate::syntax::parse::literal_value(n)?;
                    let ConstValue::Int(n) = n else { return None };
                    (t.len() == 1 && (1..=15).contains(&n)).then(|| vec![t[0]; n as usize])
                }
                ("Tuple", [Expr::Tuple(t)]) => {
                    let mut out = Vec::new();
                    for x in &t.elts {
                        let p = numba_type(x)?;
                        if p.len() != 1 {
                            return None;
                        }
                        out.extend(p);
                    }
                    Some(out)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Drops `x = {}` (or `x = dict()`) where nothing else in the function
/// names `x`: making an empty dict has no effect, and nothing could give it
/// key and value types (a leftover of code that used it).
pub(in crate::sema) fn drop_unused_empty_dicts(body: &mut Vec<Stmt>) {
    let counts = crate::sema::forward::Counts::of(body);
    drop_in(body, &|n: &str| counts.0.get(n) == Some(&1));
}

fn drop_in(body: &mut Vec<Stmt>, unused: &dyn Fn(&str) -> bool) {
    body.retain(|s| {
        let Stmt::Assign(a) = s else { return true };
        let ([Expr::Name(n)], value) = (a.targets.as_slice(), a.value.as_ref()) else { return true };
        let empty = match value {
            Expr::Dict(d) => d.keys.is_empty(),
            Expr::Call(c) => {
                c.args.is_empty()
                    && c.keywords.is_empty()
                    && matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "dict")
            }
            _ => false,
        };
        !(empty && unused(n.id.as_str()))
    });
    for s in body.iter_mut() {
        match s {
            Stmt::For(f) => {
                drop_in(&mut f.body, unused);
                drop_in(&mut f.orelse, unused);
            }
            Stmt::While(w) => {
                drop_in(&mut w.body, unused);
                drop_in(&mut w.orelse, unused);
            }
            Stmt::If(i) => {
                drop_in(&mut i.body, unused);
                drop_in(&mut i.orelse, unused);
            }
            _ => {}
        }
    }
}

/// A helper's dict parameters as dict variables: their shapes, and their
/// key and value types (the caller's) as fixed beliefs.
pub(in crate::sema) fn param_dicts(
    params: &[(String, Vec<Scalar>, Vec<Scalar>)],
    types: &mut HashMap<String, Scalar>,
) -> HashMap<String, (usize, usize)> {
    let mut dicts = HashMap::new();
    for (name, keys, values) in params {
        for (j, &t) in keys.iter().enumerate() {
            types.insert(key_name(name, j), t);
        }
        for (j, &t) in values.iter().enumerate() {
            types.insert(value_name(name, j), t);
        }
        dicts.insert(name.clone(), (keys.len(), values.len()));
    }
    dicts
}

/// `for k, v in d.items()` as the loop sugar made it (`for $for in
/// d.items(): k, v = $for`), given back its tuple target, so that a str
/// key can be bound by name.
fn items_target(f: &ast::StmtFor) -> Option<ast::StmtFor> {
    let Expr::Name(tmp) = f.target.as_ref() else { return None };
    let Some(Stmt::Assign(a)) = f.body.first() else { return None };
    let ([t @ Expr::Tuple(_)], Expr::Name(v)) = (a.targets.as_slice(), a.value.as_ref()) else { return None };
    if v.id != tmp.id {
        return None;
    }
    let mut g = f.clone();
    g.target = Box::new(t.clone());
    g.body.remove(0);
    Some(g)
}

impl Typer<'_> {
    /// Binds the dict `d` (a helper's result, a parameter) to `name`.
    pub(in crate::sema) fn bind_dict(
        &mut self,
        name: &str,
        d: DictRef,
        span: Range<usize>,
    ) -> Option<Vec<(Var, TExpr)>> {
        if self.arrays.contains_key(name)
            || self.arity.contains_key(name)
            || self.complex.contains(name)
            || self.lists.contains_key(name)
            || (self.types.contains_key(name) && !self.dicts.contains_key(name))
        {
            self.clashes.push(name.to_string());
            self.errors.push(
                Diagnostic::error(format!("`{name}` holds another kind of value; it cannot also hold a dict"))
                    .at(span, "assigns a dict")
                    .note("one variable keeps one kind of value"),
            );
            return None;
        }
        self.dict_spans.entry(name.to_string()).or_insert(span.clone());
        self.note_assigned(name, Scalar::I64);
        if d.name.ends_with("[]") && self.dicts.contains_key(&d.name) {
            // An item of a list of dicts (sema/containers/dictlists.rs): its types
            // are the list's, which may be unknown yet.
            self.link_dict(name, &d.name);
            let var = self.var(name);
            return Some(vec![(var, read(Scalar::I64, d.header, &span))]);
        }
        self.dicts.insert(name.to_string(), (d.keys.len(), d.values.len()));
        for (j, &t) in d.keys.iter().enumerate() {
            self.note_assigned(&key_name(name, j), t);
        }
        for (j, &t) in d.values.iter().enumerate() {
            self.note_assigned(&value_name(name, j), t);
        }
        let var = self.var(name);
        Some(vec![(var, read(Scalar::I64, d.header, &span))])
    }

    /// The dict variable `e` names, if it is one.
    pub(in crate::sema) fn dict_name(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Name(n) if self.dicts.contains_key(n.id.as_str()) => Some(n.id.to_string()),
            _ => None,
        }
    }

    /// The dict that `k in e` searches: `d` or `d.keys()` (the same test).
    fn dict_searched(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty() => match c.func.as_ref() {
                Expr::Attribute(a) if a.attr.as_str() == "keys" => self.dict_name(&a.value),
                _ => None,
            },
            _ => self.dict_name(e),
        }
    }

    /// Whether `c` makes a new empty dict: `dict()`, `Dict()`, `Dict.empty(...)`.
    fn is_dict_call(&self, c: &ast::ExprCall) -> bool {
        match c.func.as_ref() {
            Expr::Name(n) if n.id.as_str() == "dict" => self.is_builtin("dict") && c.args.is_empty(),
            f if is_typed_dict_class(f) => c.args.is_empty() && c.keywords.is_empty(),
            Expr::Attribute(a) => a.attr.as_str() == "empty" && is_typed_dict_class(&a.value),
            _ => false,
        }
    }

    /// Whether assigning `e` to a name makes it a dict.
    pub(in crate::sema) fn is_dict_value(&self, e: &Expr) -> bool {
        match e {
            Expr::Dict(_) | Expr::DictComp(_) => true,
            Expr::Call(c) if self.is_dict_call(c) => true,
            Expr::Call(c) => matches!(c.func.as_ref(), Expr::Attribute(a)
                if a.attr.as_str() == "copy" && self.dict_name(&a.value).is_some()),
            _ => self.dict_name(e).is_some(),
        }
    }

    /// The dict `name` with its current key and value types (int64 for a
    /// part nothing has been put in yet: the fixed point settles it).
    pub(in crate::sema) fn dict_ref(&mut self, name: &str) -> DictRef {
        let header = self.var(name);
        let (k, v) = self.dicts[name];
        let keys = (0..k.max(1)).map(|j| self.types.get(&key_name(name, j)).copied().unwrap_or(Scalar::I64)).collect();
        let values =
            (0..v.max(1)).map(|j| self.types.get(&value_name(name, j)).copied().unwrap_or(Scalar::I64)).collect();
        let str_keys = self.types.contains_key(&str_key_name(name));
        DictRef { name: name.to_string(), header, keys, values, str_keys }
    }

    /// A key or value's parts: a number, or a tuple of numbers.
    pub(in crate::sema) fn dict_parts(&mut self, e: &Expr, what: &str) -> Option<Vec<TExpr>> {
        if what == "key" && self.is_str_expr(e) {
            return self.str_operand(e).map(|x| vec![x]);
        }
        if matches!(e, Expr::Constant(c) if c.value.is_str()) {
            return self.dict_kind_error(range(e), what, "strings");
        }
        let v = self.value(e)?;
        self.val_parts(v, range(e), what)
    }

    /// A number's or flat tuple's parts; other values are a diagnostic.
    fn val_parts(&mut self, v: Val, span: Range<usize>, what: &str) -> Option<Vec<TExpr>> {
        let bad = match v {
            Val::Scalar(x) => return Some(vec![x]),
            Val::Tuple(xs) if xs.len() >= 2 && xs.len() <= 15 && xs.iter().all(|x| matches!(x, Val::Scalar(_))) => {
                return Some(xs.into_iter().map(|x| if let Val::Scalar(x) = x { x } else { unreachable!() }).collect())
            }
            Val::Tuple(_) => "nested tuples, or tuples of fewer than 2 or more than 15 elements,",
            Val::Dict(_) => "dicts",
            Val::Complex(..) => "complex numbers",
            Val::Array(_) => "arrays",
            Val::List(_) => "lists",
        };
        self.dict_kind_error(span, what, bad)
    }

    fn dict_kind_error<T>(&mut self, span: Range<usize>, what: &str, bad: &str) -> Option<T> {
        self.errors.push(
            Diagnostic::error(format!("{bad} as dict {what}s are not supported yet"))
                .at(span, format!("a dict {what}"))
                .note(
                    "pycc's dicts map numbers (int, float, bool), tuples of numbers or strs to numbers or tuples of numbers",
                ),
        );
        None
    }

    /// Puts a key and a value into dict `name`'s types: the shapes are
    /// fixed by the first, the types joined; they come back cast to the
    /// dict's current types.
    pub(in crate::sema) fn dict_put(
        &mut self,
        name: &str,
        key: Vec<TExpr>,
        value: Vec<TExpr>,
        span: &Range<usize>,
    ) -> Option<(Vec<TExpr>, Vec<TExpr>)> {
        let (k, v) = self.dicts[name];
        for (have, got, what) in [(k, key.len(), "keys"), (v, value.len(), "values")] {
            if have != 0 && have != got {
                let shape = |n: usize| if n == 1 { "numbers".to_string() } else { format!("tuples of length {n}") };
                self.errors.push(
                    Diagnostic::error(format!(
                        "the {what} of `{name}` are {}; this puts {} in",
                        shape(have),
                        shape(got)
                    ))
                    .at(span.clone(), format!("different {what}"))
                    .note("a dict's keys have one type, and its values one type (numba's typed dict)"),
                );
                return None;
            }
        }
        let key_str = key.len() == 1 && self.texpr_is_str(&key[0]);
        let dict_str = self.types.contains_key(&str_key_name(name));
        if (k != 0 || dict_str) && key_str != dict_str {
            return self.str_key_error(name, dict_str, span.clone());
        }
        if key_str {
            self.note_assigned(&str_key_name(name), Scalar::Bool);
        }
        if self.index.get(name).is_some_and(|&v| v < self.nparams) && k != 0 {
            // The caller's dict: its types are the caller's.
            let d = self.dict_ref(name);
            let wider = key.iter().zip(&d.keys).chain(value.iter().zip(&d.values)).any(|(p, &t)| join(p.ty, t) != t);
            if wider {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` is the caller's dict; this changes its key or value type"))
                        .at(span.clone(), "a wider type")
                        .note("make the caller's dict hold this type (numba's dicts keep one key and one value type)"),
                );
                return None;
            }
        }
        self.dicts.insert(name.to_string(), (key.len(), value.len()));
        for (j, p) in key.iter().enumerate() {
            self.note_assigned(&key_name(name, j), p.ty);
        }
        for (j, p) in value.iter().enumerate() {
            self.note_assigned(&value_name(name, j), p.ty);
        }
        let d = self.dict_ref(name);
        let key = key.into_iter().zip(d.keys).map(|(p, t)| cast(p, t)).collect();
        let value = value.into_iter().zip(d.values).map(|(p, t)| cast(p, t)).collect();
        Some((key, value))
    }

    /// A key to look up in dict `name`: its parts cast to the key type
    /// (a lookup does not widen it; a key of a wider type is an error).
    pub(in crate::sema) fn dict_key(&mut self, name: &str, e: &Expr) -> Option<Vec<TExpr>> {
        let parts = self.dict_parts(e, "key")?;
        let d = self.dict_ref(name);
        let key_str = parts.len() == 1 && self.texpr_is_str(&parts[0]);
        if (self.dicts[name].0 != 0 || d.str_keys) && key_str != d.str_keys {
            return self.str_key_error(name, d.str_keys, range(e));
        }
        if self.dicts[name].0 == 0 {
            // Nothing put in yet: the fixed point types it from what is.
            return Some(parts);
        }
        if parts.len() != d.keys.len() || parts.iter().zip(&d.keys).any(|(p, &t)| join(p.ty, t) != t) {
            let tys = |ts: Vec<Scalar>| ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` has keys of type {}; this key is {}",
                    tys(d.keys.clone()),
                    tys(parts.iter().map(|p| p.ty).collect())
                ))
                .at(range(e), "a key of another type")
                .note("numba's typed dict looks up keys of its key type"),
            );
            return None;
        }
        Some(parts.into_iter().zip(d.keys).map(|(p, t)| cast(p, t)).collect())
    }

    fn str_key_error<T>(&mut self, name: &str, str_keys: bool, span: Range<usize>) -> Option<T> {
        let (have, got) = if str_keys { ("strs", "a number or tuple") } else { ("numbers or tuples", "a str") };
        self.errors.push(
            Diagnostic::error(format!("the keys of `{name}` are {have}; this key is {got}"))
                .at(span, "a key of another type")
                .note("a dict's keys have one type (numba's typed dict)"),
        );
        None
    }

    /// A dict statement with results in fresh variables; their reads.
    pub(in crate::sema) fn dict_op(
        &mut self,
        name: &str,
        op: DictOp,
        key: Vec<TExpr>,
        value: Vec<TExpr>,
        span: &Range<usize>,
    ) -> (TStmt, Vec<TExpr>) {
        let dict = self.dict_ref(name);
        let mut out = Vec::new();
        let mut reads = Vec::new();
        let tys: Vec<Scalar> = match op {
            DictOp::Get | DictOp::Pop | DictOp::SetDefault => dict.values.clone(),
            DictOp::Find | DictOp::PopOr => std::iter::once(Scalar::Bool).chain(dict.values.clone()).collect(),
            _ => Vec::new(),
        };
        for t in tys {
            let v = self.fresh("d", t);
            out.push(v);
            reads.push(read(t, v, span));
        }
        (TStmt::Dict { dict, op, key, value, index: None, out, span: span.clone() }, reads)
    }

    /// `name = <dict value>`: a new dict, a copy, or another dict
    /// variable (then both names are one dict).
    pub(in crate::sema) fn dict_assign(&mut self, name: &str, value: &Expr, span: Range<usize>) -> Option<TStmt> {
        let other = self.arrays.contains_key(name)
            || self.arity.contains_key(name)
            || self.complex.contains(name)
            || self.lists.contains_key(name)
            || self.index.get(name).is_some_and(|&v| v < self.nparams)
            || (self.types.contains_key(name) && !self.dicts.contains_key(name));
        if other {
            self.clashes.push(name.to_string());
            self.errors.push(
                Diagnostic::error(format!("`{name}` holds another kind of value; it cannot also hold a dict"))
                    .at(span, "assigns a dict")
                    .note("one variable keeps one kind of value"),
            );
            return None;
        }
        self.dicts.entry(name.to_string()).or_insert((0, 0));
        self.dict_spans.entry(name.to_string()).or_insert(span.clone());
        self.note_assigned(name, Scalar::I64);
        let src = match value {
            Expr::Call(c) if !self.is_dict_call(c) => {
                let Expr::Attribute(a) = c.func.as_ref() else { unreachable!("is_dict_value checked") };
                if !c.args.is_empty() || !c.keywords.is_empty() {
                    self.errors.push(Diagnostic::error("copy() takes no arguments").at(span, "here"));
                    return None;
                }
                Some((self.dict_name(&a.value)?, true))
            }
            _ => self.dict_name(value).map(|s| (s, false)),
        };
        if let Some((src, copy)) = src {
            self.alias_dict(&src, name);
            if let Some(h) = self.dict_links.get(&src).cloned() {
                self.link_dict(name, &h);
            }
            let (from, to) = (self.dict_ref(&src), self.var(name));
            if copy {
                let stmt = TStmt::Dict {
                    dict: from,
                    op: DictOp::Copy,
                    key: vec![],
                    value: vec![],
                    index: None,
                    out: vec![to],
                    span,
                };
                return Some(stmt);
            }
            return Some(TStmt::Assign { var: to, value: read(Scalar::I64, from.header, &range(value)) });
        }
        let stmts = self.dict_build(name, value, &span)?;
        Some(TStmt::Seq(stmts))
    }

    /// Two names for one dict (or a copy): their shapes and types are one.
    pub(in crate::sema) fn alias_dict(&mut self, a: &str, b: &str) {
        let (ka, va) = self.dicts[a];
        let (kb, vb) = self.dicts[b];
        let shape = (ka.max(kb), va.max(vb));
        self.dicts.insert(a.to_string(), shape);
        self.dicts.insert(b.to_string(), shape);
        for (x, y) in [(a, b), (b, a)] {
            self.alias_dict_arrays(x, y);
            if self.types.contains_key(&str_key_name(x)) {
                self.note_assigned(&str_key_name(y), Scalar::Bool);
            }
            for j in 0..shape.0 {
                if let Some(&t) = self.types.get(&key_name(x, j)) {
                    self.note_assigned(&key_name(y, j), t);
                }
            }
            for j in 0..shape.1 {
                if let Some(&t) = self.types.get(&value_name(x, j)) {
                    self.note_assigned(&value_name(y, j), t);
                }
            }
        }
    }

    fn new_dict(&mut self, name: &str, span: &Range<usize>) -> TStmt {
        let dict = self.dict_ref(name);
        TStmt::Dict { dict, op: DictOp::New, key: vec![], value: vec![], index: None, out: vec![], span: span.clone() }
    }

    /// The statements that make dict `name` from a display, a
    /// comprehension or a constructor call.
    fn dict_build(&mut self, name: &str, value: &Expr, span: &Range<usize>) -> Option<Vec<TStmt>> {
        match value {
            Expr::Dict(d) => {
                let mut items = Vec::new();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let Some(k) = k else {
                        self.unsupported(range(v), "`**` in a dict display is")?;
                        return None;
                    };
                    let kp = self.dict_parts(k, "key")?;
                    let vp = self.dict_parts(v, "value")?;
                    let sp = range(k).start..range(v).end;
                    items.push((self.dict_put(name, kp, vp, &sp)?, sp));
                }
                let mut out = vec![self.new_dict(name, span)];
                for ((key, value), sp) in items {
                    let dict = self.dict_ref(name);
                    out.push(TStmt::Dict { dict, op: DictOp::Set, key, value, index: None, out: vec![], span: sp });
                }
                Some(out)
            }
            Expr::DictComp(c) => self.dict_comprehension(name, c, span),
            Expr::Call(c) => {
                if let Expr::Attribute(a) = c.func.as_ref() {
                    if a.attr.as_str() == "empty" {
                        self.dict_empty_types(name, c, span)?;
                    }
                }
                Some(vec![self.new_dict(name, span)])
            }
            _ => unreachable!("is_dict_value checked"),
        }
    }

    /// `x = d.get(k)` without a default, where `x` may be None (numba's
    /// Optional; sema/numbers/optional.rs): `x` is None when `k` is missing, else
    /// `d[k]`. None: `c` is not such a call of a dict.
    pub(in crate::sema) fn dict_get_optional(
        &mut self,
        target: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Claim<TStmt> {
        let Expr::Attribute(a) = c.func.as_ref() else { return Claim::NotMine };
        if a.attr.as_str() != "get" || c.args.len() != 1 || !c.keywords.is_empty() {
            return Claim::NotMine;
        }
        let name = or_not_mine!(self.dict_name(&a.value));
        if self.dict_array_ty(&name).is_some() {
            return Claim::checked(self.dict_array_get_none(target, &name, &c.args[0], span));
        }
        Claim::checked(self.dict_get_none(target, &name, &c.args[0], span))
    }

    fn dict_get_none(&mut self, target: &str, name: &str, k: &Expr, span: Range<usize>) -> Option<TStmt> {
        if self.dicts[name].1 > 1 {
            return self.dict_kind_error(span, "value", "`d.get(k)` of tuple values (None or a tuple)");
        }
        let key = self.dict_key(name, k)?;
        let d = self.dict_ref(name);
        let found = self.fresh("found", Scalar::Bool);
        let has = TExpr { ty: Scalar::Bool, kind: TExprKind::DictHas(d.clone(), key.clone()), span: span.clone() };
        let ty = d.values[0];
        let got = TExpr { ty, kind: TExprKind::DictGet(d, 0, key), span: span.clone() };
        let zero = crate::sema::optional::zero(ty, span.clone());
        let found_read = read(Scalar::Bool, found, &span);
        let value = TExpr {
            ty,
            kind: TExprKind::IfExp(Box::new(found_read.clone()), Box::new(got), Box::new(zero)),
            span: span.clone(),
        };
        let (var, value) = self.bind(target, value);
        let flag = self.var(&crate::sema::optional::flag_name(target));
        let missing = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(
                CmpOp::Eq,
                Box::new(found_read),
                Box::new(TExpr {
                    ty: Scalar::Bool,
                    kind: TExprKind::Const(ConstValue::Bool(false)),
                    span: span.clone(),
                }),
            ),
            span: span.clone(),
        };
        self.not_none.remove(target);
        Some(TStmt::Seq(vec![
            TStmt::Assign { var: found, value: has },
            TStmt::ParallelAssign { vars: vec![flag, var], values: vec![missing, value] },
        ]))
    }

    /// `Dict.empty(key_type, value_type)`: the declared types.
    fn dict_empty_types(&mut self, name: &str, c: &ast::ExprCall, span: &Range<usize>) -> Option<()> {
        let mut key = c.args.first();
        let mut value = c.args.get(1);
        for k in &c.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("key_type") => key = Some(&k.value),
                Some("value_type") => value = Some(&k.value),
                _ => {}
            }
        }
        let (Some(key), Some(value)) = (key, value) else {
            self.errors.push(
                Diagnostic::error("Dict.empty() takes key_type and value_type")
                    .at(span.clone(), "here")
                    .note("for example Dict.empty(key_type=types.int64, value_type=types.float64)"),
            );
            return None;
        };
        let mut parts = Vec::new();
        let str_key = matches!(key, Expr::Name(n) if n.id.as_str() == "unicode_type")
            || matches!(key, Expr::Attribute(a) if a.attr.as_str() == "unicode_type");
        let arrays = crate::sema::dictarrays::numba_array_type(value);
        for (e, what) in [(key, "key"), (value, "value")] {
            if (str_key && what == "key") || (arrays.is_some() && what == "value") {
                parts.push(vec![Scalar::I64]);
                continue;
            }
            let Some(p) = numba_type(e) else {
                self.errors.push(
                    Diagnostic::error(format!("this {what} type is not supported in a dict yet"))
                        .at(range(e), format!("{what} type"))
                        .note("pycc's dicts take numba's number types (types.int64, types.float64, ...), UniTuple/Tuple of them, and types.unicode_type keys"),
                );
                return None;
            };
            parts.push(p);
        }
        let zeros = |ts: &[Scalar]| {
            ts.iter()
                .map(|&t| TExpr { ty: t, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() })
                .collect()
        };
        let (mut k, mut v): (Vec<TExpr>, _) = (zeros(&parts[0]), zeros(&parts[1]));
        if let Some(t) = arrays {
            v = self.declare_dict_arrays(name, t, span);
        }
        if str_key {
            // A str key stands for the declared type (never lowered).
            k = vec![crate::sema::strings::literal("", span)];
        }
        self.dict_put(name, k, v, span).map(|_| ())
    }

    /// `{k: v for x in it if cond ...}`: an empty dict, then the loops
    /// (as `for` statements) storing. The loop variables are locals.
    fn dict_comprehension(&mut self, name: &str, c: &ast::ExprDictComp, span: &Range<usize>) -> Option<Vec<TStmt>> {
        let r = c.range;
        let target =
            Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(name), ctx: ast::ExprContext::Load });
        let store = Expr::Subscript(ast::ExprSubscript {
            range: c.key.range(),
            value: Box::new(target),
            slice: c.key.clone(),
            ctx: ast::ExprContext::Store,
        });
        let body = vec![Stmt::Assign(ast::StmtAssign {
            range: r,
            targets: vec![store],
            value: c.value.clone(),
            type_comment: None,
        })];
        let body = self.comprehension_loops(&c.generators, r, body, span)?;
        let mut out = vec![self.new_dict(name, span)];
        let lets = std::mem::take(&mut self.lets);
        out.extend(self.block(&body));
        self.lets = lets;
        Some(out)
    }

    /// `d[k] = v` and `d[k] op= v`.
    pub(in crate::sema) fn dict_store(
        &mut self,
        s: &ast::ExprSubscript,
        op: Option<ast::Operator>,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let name = self.dict_name(&s.value)?;
        let Some(op) = op else {
            let v = self.dict_store_parts(&name, value);
            let k = self.dict_parts(&s.slice, "key");
            let (key, value) = self.dict_put(&name, k?, v?, &span)?;
            let dict = self.dict_ref(&name);
            return Some(TStmt::Dict { dict, op: DictOp::Set, key, value, index: None, out: vec![], span });
        };
        // The key is computed once; CPython reads the value, then computes
        // the right side.
        if self.dict_array_ty(&name).is_some() {
            return self.dict_array_augassign(&name, s, op, value);
        }
        let key = self.dict_key(&name, &s.slice)?;
        let key: Vec<TExpr> = key.into_iter().map(|k| self.share(k)).collect();
        let d = self.dict_ref(&name);
        if d.values.len() > 1 {
            return self.dict_tuple_error(span);
        }
        let old = TExpr { ty: d.values[0], kind: TExprKind::DictGet(d, 0, key.clone()), span: range(s) };
        let old = self.share(old);
        let rhs = self.expr(value)?;
        let new = self.binary(op, old, rhs, span.clone())?;
        let (key, value) = self.dict_put(&name, key, vec![new], &span)?;
        let dict = self.dict_ref(&name);
        Some(TStmt::Dict { dict, op: DictOp::Set, key, value, index: None, out: vec![], span })
    }

    /// The value of `d[k] = v`: an array's descriptor words in a dict of
    /// arrays (sema/containers/dictarrays.rs), else a number's or tuple's parts.
    fn dict_store_parts(&mut self, name: &str, e: &Expr) -> Option<Vec<TExpr>> {
        if matches!(e, Expr::Constant(c) if c.value.is_str()) {
            return self.dict_parts(e, "value");
        }
        match self.value(e)? {
            Val::Array(r) => self.dict_array_parts(name, &r, range(e)),
            _ if self.dict_array_ty(name).is_some() => self.dict_array_clash(name, range(e)),
            v => self.val_parts(v, range(e), "value"),
        }
    }

    fn dict_tuple_error<T>(&mut self, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error("a value of a dict of tuples is used here as a number")
                .at(span, "a tuple")
                .note("unpack it (`a, b = d[k]`) or assign it to a name"),
        );
        None
    }

    /// `del d[k]`.
    pub(in crate::sema) fn dict_del(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Option<TStmt> {
        let name = self.dict_name(&s.value)?;
        let key = self.dict_key(&name, &s.slice)?;
        Some(self.dict_op(&name, DictOp::Del, key, vec![], &span).0)
    }

    /// `d.clear()`, `d.pop(...)`, `d.setdefault(...)` as statements.
    pub(in crate::sema) fn dict_method_stmt(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Claim<TStmt> {
        let Expr::Attribute(a) = c.func.as_ref() else { return Claim::NotMine };
        let name = or_not_mine!(self.dict_name(&a.value));
        if a.attr.as_str() == "clear" && c.args.is_empty() && c.keywords.is_empty() {
            let dict = self.dict_ref(&name);
            return Claim::Done(TStmt::Dict {
                dict,
                op: DictOp::Clear,
                key: vec![],
                value: vec![],
                index: None,
                out: vec![],
                span,
            });
        }
        // A tuple-valued method's statement is queued (`pre`); a number
        // value still has its effect (`d.pop(k)`, `d.setdefault(k, v)` as
        // statements): it is computed into a temporary that nothing reads.
        // Failed also for a queued tuple value: no statement of its own.
        match self.dict_method(&name, a, c, span) {
            Some(Val::Scalar(x)) => {
                let var = self.fresh("dropped", x.ty);
                Claim::Done(TStmt::Assign { var, value: x })
            }
            _ => Claim::Failed,
        }
    }

    fn dict_method_error<T>(&mut self, a: &ast::ExprAttribute, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error(format!("the dict method `{}` is not supported yet", a.attr))
                .at(span, "here")
                .note("pycc's dicts support get(k, default), pop(k[, default]), setdefault(k, v), clear(), copy(), keys(), values() and items() in `for`"),
        );
        None
    }

    /// `d.get(k, default)`: the value at `k`, or the default (joined).
    fn dict_get_or(&mut self, name: &str, k: &Expr, default: &Expr, span: Range<usize>) -> Option<Val> {
        let key = self.dict_key(name, k)?;
        let key: Vec<TExpr> = key.into_iter().map(|k| self.share(k)).collect();
        let default = self.dict_parts(default, "value")?;
        let d = self.dict_ref(name);
        if default.len() != d.values.len() {
            return self.dict_kind_error(span, "value", "defaults of another shape than the values");
        }
        let has = TExpr { ty: Scalar::Bool, kind: TExprKind::DictHas(d.clone(), key.clone()), span: span.clone() };
        let has = self.share(has);
        let mut parts = Vec::new();
        for (j, dflt) in default.into_iter().enumerate() {
            let ty = join(d.values[j], dflt.ty);
            let got =
                TExpr { ty: d.values[j], kind: TExprKind::DictGet(d.clone(), j, key.clone()), span: span.clone() };
            let kind = TExprKind::IfExp(Box::new(has.clone()), Box::new(cast(got, ty)), Box::new(cast(dflt, ty)));
            parts.push(TExpr { ty, kind, span: span.clone() });
        }
        Some(parts_val(parts, self.dicts[name].1 > 1))
    }

    /// `d.get(k, default)`, `d.pop(k[, default])`, `d.setdefault(k, v)`:
    /// the value.
    fn dict_method(
        &mut self,
        name: &str,
        a: &ast::ExprAttribute,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<Val> {
        // `d.setdefault(k, np.zeros(n))` may be the first value put in.
        let array_default = a.attr.as_str() == "setdefault" && c.args.get(1).is_some_and(|v| self.is_array_like(v));
        if self.dict_array_ty(name).is_some() || array_default {
            return self.dict_array_method(name, a, c, span);
        }
        let tuple = self.dicts[name].1 > 1;
        if !c.keywords.is_empty() {
            return self.dict_method_error(a, span);
        }
        match (a.attr.as_str(), c.args.as_slice()) {
            ("get", [k, default]) => self.dict_get_or(name, k, default, span),
            ("get", [_]) => {
                self.errors.push(
                    Diagnostic::error(
                        "`d.get(k)` without a default (an Optional value) is supported only assigned to a name",
                    )
                    .at(span, "here")
                    .note("`v = d.get(k)`, then `if v is not None: ...` (numba's Optional), or `d.get(k, default)`"),
                );
                None
            }
            ("pop", [k]) if !tuple => {
                let key = self.dict_key(name, k)?;
                Some(Val::Scalar(self.dict_effect(name, DictOp::Pop, key, vec![], None, &span)))
            }
            ("pop", [k, default]) if !tuple => {
                let key = self.dict_key(name, k)?;
                let default = self.dict_parts(default, "value")?;
                if default.len() != 1 {
                    return self.dict_kind_error(span, "value", "defaults of another shape than the values");
                }
                let dflt = default.into_iter().next();
                Some(Val::Scalar(self.dict_effect(name, DictOp::PopOr, key, vec![], dflt, &span)))
            }
            ("setdefault", [k, v]) if !tuple => {
                let kp = self.dict_parts(k, "key")?;
                let vp = self.dict_parts(v, "value")?;
                let (key, value) = self.dict_put(name, kp, vp, &span)?;
                Some(Val::Scalar(self.dict_effect(name, DictOp::SetDefault, key, value, None, &span)))
            }
            // Tuple values: the statement is queued before the statement
            // (`pre`), so only where nothing else reads the dict first.
            ("pop", [k]) => {
                let key = self.dict_key(name, k)?;
                if !self.may_queue(&span) {
                    return None;
                }
                let (stmt, reads) = self.dict_op(name, DictOp::Pop, key, vec![], &span);
                self.pre.push(stmt);
                Some(parts_val(reads, tuple))
            }
            ("pop", [k, default]) => {
                let key = self.dict_key(name, k)?;
                let default = self.dict_parts(default, "value")?;
                if !self.may_queue(&span) {
                    return None;
                }
                let (stmt, reads) = self.dict_op(name, DictOp::PopOr, key, vec![], &span);
                self.pre.push(stmt);
                if default.len() != reads.len() - 1 {
                    return self.dict_kind_error(span, "value", "defaults of another shape than the values");
                }
                let found = reads[0].clone();
                let parts = reads[1..]
                    .iter()
                    .zip(default)
                    .map(|(got, dflt)| {
                        let ty = join(got.ty, dflt.ty);
                        let kind = TExprKind::IfExp(
                            Box::new(found.clone()),
                            Box::new(cast(got.clone(), ty)),
                            Box::new(cast(dflt, ty)),
                        );
                        TExpr { ty, kind, span: span.clone() }
                    })
                    .collect();
                Some(parts_val(parts, tuple))
            }
            ("setdefault", [k, v]) => {
                let kp = self.dict_parts(k, "key")?;
                let vp = self.dict_parts(v, "value")?;
                let (key, value) = self.dict_put(name, kp, vp, &span)?;
                if !self.may_queue(&span) {
                    return None;
                }
                let tuple = self.dicts[name].1 > 1;
                let (stmt, reads) = self.dict_op(name, DictOp::SetDefault, key, value, &span);
                self.pre.push(stmt);
                Some(parts_val(reads, tuple))
            }
            _ => self.dict_method_error(a, span),
        }
    }

    /// A `Pop`/`PopOr`/`SetDefault` of a dict of numbers, done where the
    /// expression is evaluated (so in CPython's order among its operands):
    /// `Let(addr = op, load addr)`; `PopOr` gives `default` for a missing key.
    fn dict_effect(
        &mut self,
        name: &str,
        op: DictOp,
        key: Vec<TExpr>,
        value: Vec<TExpr>,
        default: Option<TExpr>,
        span: &Range<usize>,
    ) -> TExpr {
        let d = self.dict_ref(name);
        let ty = d.values[0];
        let a = self.fresh("at", Scalar::I64);
        let run = TExpr { ty: Scalar::I64, kind: TExprKind::DictOp(d, op, key, value), span: span.clone() };
        let load = TExpr { ty, kind: TExprKind::DictLoad(Box::new(read(Scalar::I64, a, span)), 0), span: span.clone() };
        let body = match default {
            None => load,
            Some(dflt) => {
                let t = join(ty, dflt.ty);
                let found = TExprKind::Compare(CmpOp::Ne, Box::new(read(Scalar::I64, a, span)), Box::new(int(0, span)));
                let found = TExpr { ty: Scalar::Bool, kind: found, span: span.clone() };
                let kind = TExprKind::IfExp(Box::new(found), Box::new(cast(load, t)), Box::new(cast(dflt, t)));
                TExpr { ty: t, kind, span: span.clone() }
            }
        };
        TExpr { ty: body.ty, kind: TExprKind::Let(vec![(a, run)], Box::new(body)), span: span.clone() }
    }

    /// A value involving a dict: `d[k]`, `d.get(...)`, `d.pop(...)`,
    /// `d.setdefault(...)`. None: not a dict expression.
    pub(in crate::sema) fn dict_value(&mut self, e: &Expr) -> Claim<Val> {
        let span = range(e);
        match e {
            Expr::Subscript(s) => {
                let name = or_not_mine!(self.dict_name(&s.value));
                let Some(key) = self.dict_key(&name, &s.slice) else { return Claim::Failed };
                let key: Vec<TExpr> = key.into_iter().map(|k| self.share(k)).collect();
                let d = self.dict_ref(&name);
                let parts = (0..d.values.len())
                    .map(|j| TExpr {
                        ty: d.values[j],
                        kind: TExprKind::DictGet(d.clone(), j, key.clone()),
                        span: span.clone(),
                    })
                    .collect();
                if self.dict_array_ty(&name).is_some() {
                    let mut pre = Vec::new();
                    let v = self.dict_array_val(&name, parts, &mut pre);
                    self.pre.extend(pre);
                    return Claim::checked(v);
                }
                Claim::Done(parts_val(parts, self.dicts[&name].1 > 1))
            }
            Expr::Call(c) => {
                let Expr::Attribute(a) = c.func.as_ref() else { return Claim::NotMine };
                let name = or_not_mine!(self.dict_name(&a.value));
                Claim::checked(self.dict_method(&name, a, c, span))
            }
            Expr::Name(n) if self.dicts.contains_key(n.id.as_str()) => {
                if !self.no_dict_arrays(n.id.as_str(), "passing or returning", range(e)) {
                    return Claim::Failed;
                }
                let d = self.dict_ref(n.id.as_str());
                if d.str_keys {
                    self.errors.push(
                        Diagnostic::error(format!(
                            "`{}` has str keys; passing or returning it is not supported yet",
                            d.name
                        ))
                        .at(range(e), "a dict with str keys"),
                    );
                    return Claim::Failed;
                }
                Claim::Done(Val::Dict(d))
            }
            _ => Claim::NotMine,
        }
    }

    /// A dict where a number is needed: `d[k]` and the methods, `len(d)`,
    /// `k in d`, `not d`. NotMine: not a dict expression.
    pub(in crate::sema) fn dict_expr(&mut self, e: &Expr) -> Claim<TExpr> {
        let span = range(e);
        match e {
            Expr::Call(c)
                if matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "len" && self.is_builtin("len"))
                    && matches!(c.args.as_slice(), [x] if self.dict_name(x).is_some()) =>
            {
                let name = or_not_mine!(self.dict_name(&c.args[0]));
                Claim::Done(self.dict_len(&name, &span))
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn)
                    && self.dict_searched(&c.comparators[0]).is_some() =>
            {
                let name = or_not_mine!(self.dict_searched(&c.comparators[0]));
                let Some(key) = self.dict_key(&name, &c.left) else { return Claim::Failed };
                let d = self.dict_ref(&name);
                let has = TExpr { ty: Scalar::Bool, kind: TExprKind::DictHas(d, key), span: span.clone() };
                if c.ops[0] == ast::CmpOp::NotIn {
                    return Claim::Done(TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(has)), span });
                }
                Claim::Done(has)
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.dict_name(&u.operand).is_some() => {
                let t = or_reported!(self, self.dict_truth(&u.operand));
                Claim::Done(TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(t)), span })
            }
            Expr::Name(n) if self.dicts.contains_key(n.id.as_str()) => {
                self.errors.push(
                    Diagnostic::error(format!("`{}` is a dict, used here as a number", n.id))
                        .at(span, "a dict")
                        .note("a dict can be indexed, iterated, passed to len() and to the file's functions, and tested with `in`"),
                );
                Claim::Failed
            }
            Expr::Subscript(_) | Expr::Call(_) => match self.dict_value(e) {
                Claim::NotMine => Claim::NotMine,
                Claim::Failed => Claim::Failed,
                Claim::Done(Val::Scalar(x)) => Claim::Done(x),
                Claim::Done(_) => Claim::checked(self.dict_tuple_error(span)),
            },
            _ => Claim::NotMine,
        }
    }

    fn dict_len(&mut self, name: &str, span: &Range<usize>) -> TExpr {
        let h = self.var(name);
        let kind = TExprKind::Runtime("pycc_dict_len", vec![read(Scalar::I64, h, span)]);
        TExpr { ty: Scalar::I64, kind, span: span.clone() }
    }

    /// `bool(d)`: whether it has items.
    pub(in crate::sema) fn dict_truth(&mut self, e: &Expr) -> Option<TExpr> {
        let name = self.dict_name(e)?;
        let span = range(e);
        let len = self.dict_len(&name, &span);
        Some(TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Ne, Box::new(len), Box::new(int(0, &span))),
            span,
        })
    }

    /// `for t in d` / `d.keys()` / `d.values()` / `d.items()`: None if the
    /// iterable is no dict.
    pub(in crate::sema) fn dict_iterable(&self, e: &Expr) -> Option<(String, &'static str)> {
        if let Some(n) = self.dict_name(e) {
            return Some((n, "keys"));
        }
        let Expr::Call(c) = e else { return None };
        let Expr::Attribute(a) = c.func.as_ref() else { return None };
        let n = self.dict_name(&a.value)?;
        let what = match a.attr.as_str() {
            "keys" => "keys",
            "values" => "values",
            "items" => "items",
            _ => return None,
        };
        (c.args.is_empty() && c.keywords.is_empty()).then_some((n, what))
    }

    /// Whether `e` is `d` or `d.keys()` of a dict with str keys (whose keys
    /// make a list of strs: sema/containers/strings/strlists.rs).
    pub(in crate::sema) fn is_str_keys(&self, e: &Expr) -> bool {
        matches!(self.dict_iterable(e), Some((n, "keys")) if self.types.contains_key(&str_key_name(&n)))
    }

    /// A `for` over a dict, in insertion order: the entry number advances
    /// through live entries (`pycc_dict_next`); a change of size in the
    /// body is CPython's RuntimeError at the next step.
    pub(in crate::sema) fn for_dict(&mut self, f: &ast::StmtFor, name: &str, what: &str) -> Option<TStmt> {
        let span = range(f.iter.as_ref());
        let d = self.dict_ref(name);
        if d.str_keys && what == "items" {
            if let Some(g) = items_target(f) {
                return self.for_dict(&g, name, what);
            }
        }
        // A str key is bound by name (a str variable), so only `for k in d`
        // and `for k, v in d.items()` with a name for the key take one.
        let str_key = match (f.target.as_ref(), what) {
            (Expr::Name(k), "keys") => Some(k.id.to_string()),
            (Expr::Tuple(t), "items") if t.elts.len() == 2 => match &t.elts[0] {
                Expr::Name(k) => Some(k.id.to_string()),
                _ => None,
            },
            _ => None,
        };
        if d.str_keys && what != "values" && str_key.is_none() {
            self.errors.push(
                Diagnostic::error(format!("this iteration over the str keys of `{name}` is not supported yet"))
                    .at(span, "str keys")
                    .note("`for k in d`, `for k, v in d.items()` (names) and `d.values()` are compiled"),
            );
            return None;
        }
        let str_key = str_key.filter(|_| d.str_keys);
        let (kw, tuple_k, tuple_v) = (d.keys.len(), self.dicts[name].0 > 1, self.dicts[name].1 > 1);
        let cur = self.fresh("cur", Scalar::I64);
        let n0 = self.fresh("n", Scalar::I64);
        let h = read(Scalar::I64, d.header, &span);
        let mut out = Vec::new();
        let mut entry = Vec::new();
        for &t in d.keys.iter().chain(&d.values) {
            entry.push(self.fresh("e", t));
        }
        let reads: Vec<TExpr> = d.keys.iter().chain(&d.values).zip(&entry).map(|(&t, &v)| read(t, v, &span)).collect();
        let mut body = Vec::new();
        let len = self.dict_len(name, &span);
        let changed = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Ne, Box::new(len.clone()), Box::new(read(Scalar::I64, n0, &span))),
            span: span.clone(),
        };
        let raise = TStmt::Raise {
            exception: "RuntimeError".into(),
            message: "dictionary changed size during iteration".into(),
            span: span.clone(),
        };
        body.push(TStmt::If { cond: changed, then: vec![raise], orelse: vec![] });
        let next = TExprKind::Runtime("pycc_dict_next", vec![h, read(Scalar::I64, cur, &span)]);
        body.push(TStmt::Assign { var: cur, value: TExpr { ty: Scalar::I64, kind: next, span: span.clone() } });
        let done = self.fresh("done", Scalar::Bool);
        let at_end = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Lt, Box::new(read(Scalar::I64, cur, &span)), Box::new(int(0, &span))),
            span: span.clone(),
        };
        let t = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: span.clone() };
        body.push(TStmt::If {
            cond: at_end,
            then: vec![TStmt::Assign { var: done, value: t }, TStmt::Break],
            orelse: vec![],
        });
        body.push(TStmt::Dict {
            dict: d,
            op: DictOp::Entry,
            key: vec![],
            value: vec![],
            index: Some(read(Scalar::I64, cur, &span)),
            out: entry,
            span: span.clone(),
        });
        let key = parts_val(reads[..kw].to_vec(), tuple_k);
        let value = match self.dict_array_ty(name) {
            // A dict of arrays' value: a view of the array put in.
            Some(_) => self.dict_array_val(name, reads[kw..].to_vec(), &mut body)?,
            None => parts_val(reads[kw..].to_vec(), tuple_v),
        };
        match (&str_key, key) {
            // The key word is the str object's address, which the call's
            // arena or the caller keeps alive (the dict holds no reference).
            (Some(k), Val::Scalar(addr)) => {
                self.str_name_free(k, range(f.target.as_ref()))?;
                body.push(self.bind_str(k, addr));
                if let Expr::Tuple(t) = f.target.as_ref() {
                    body.extend(self.bind_target(&t.elts[1], value)?);
                }
            }
            (_, key) => {
                let item = match what {
                    "keys" => key,
                    "values" => value,
                    _ => Val::Tuple(vec![key, value]),
                };
                body.extend(self.bind_target(f.target.as_ref(), item)?);
            }
        }
        self.loop_depth += 1;
        body.extend(self.block(&f.body));
        self.loop_depth -= 1;
        let orelse = self.loop_else(&f.orelse);
        let no = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: span.clone() };
        out.push(TStmt::Assign { var: done, value: no });
        out.push(TStmt::Assign { var: cur, value: int(-1, &span) });
        out.push(TStmt::Assign { var: n0, value: len });
        let yes = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: span.clone() };
        out.push(TStmt::While { cond: yes, body, orelse: vec![] });
        if !orelse.is_empty() {
            out.push(TStmt::If { cond: read(Scalar::Bool, done, &span), then: orelse, orelse: vec![] });
        }
        Some(TStmt::Seq(out))
    }

    /// Binds a `for` target (a name, or a tuple of names / tuples) to `item`.
    fn bind_target(&mut self, target: &Expr, item: Val) -> Option<Vec<TStmt>> {
        match (target, item) {
            (Expr::Name(n), item) => {
                let pairs = self.bind_val(n.id.as_str(), item, range(target))?;
                let (vars, values): (Vec<Var>, Vec<TExpr>) = pairs.into_iter().unzip();
                Some(vec![TStmt::ParallelAssign { vars, values }])
            }
            (Expr::Tuple(t), Val::Tuple(xs)) if t.elts.len() == xs.len() => {
                let mut out = Vec::new();
                for (e, x) in t.elts.iter().zip(xs) {
                    out.extend(self.bind_target(e, x)?);
                }
                Some(out)
            }
            _ => {
                self.errors.push(
                    Diagnostic::error("this `for` target does not match the dict's items")
                        .at(range(target), "here")
                        .note("use a name, or a tuple of names of the item's length (`for k, v in d.items()`)"),
                );
                None
            }
        }
    }

    /// Dicts whose types nothing decided (`{}` never stored into).
    pub(in crate::sema) fn untyped_dicts(&mut self) {
        if !self.errors.is_empty() {
            return;
        }
        let mut names: Vec<_> = self.dicts.iter().filter(|(_, &(k, _))| k == 0).map(|(n, _)| n.clone()).collect();
        names.sort();
        for n in names {
            let span = self.dict_spans.get(&n).cloned().unwrap_or(0..0);
            self.errors.push(
                Diagnostic::error(format!("cannot infer the key and value types of the dict `{n}`"))
                    .at(span, "nothing is put into this dict")
                    .note(
                        "numba types a dict from what is stored in it; or use Dict.empty(key_type=..., value_type=...)",
                    ),
            );
        }
    }
}

/// Each `return x.get(k)` (one argument: only a dict has such a method in
/// compiled code) as `$dget = x.get(k)` then `return $dget`, the form
/// typed as numba's Optional local (sema/numbers/optional.rs marks the name).
pub(in crate::sema) fn get_returns(body: &mut Vec<Stmt>) {
    let mut out = Vec::with_capacity(body.len());
    for mut s in body.drain(..) {
        match &mut s {
            Stmt::Return(r) if is_one_arg_get(r.value.as_deref()) => {
                let at = r.range;
                let tmp = format!("$dget{}", u32::from(at.start()));
                let Some(call) = r.value.take() else { continue };
                out.push(crate::sema::sugar::assign(crate::sema::sugar::store(&tmp, at), *call, at));
                r.value = Some(Box::new(crate::sema::sugar::name(&tmp, at)));
            }
            Stmt::If(i) => {
                get_returns(&mut i.body);
                get_returns(&mut i.orelse);
            }
            Stmt::For(f) => {
                get_returns(&mut f.body);
                get_returns(&mut f.orelse);
            }
            Stmt::While(w) => {
                get_returns(&mut w.body);
                get_returns(&mut w.orelse);
            }
            _ => {}
        }
        out.push(s);
    }
    *body = out;
}

fn is_one_arg_get(v: Option<&Expr>) -> bool {
    matches!(v, Some(Expr::Call(c)) if c.args.len() == 1 && c.keywords.is_empty()
        && matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "get"))
}
