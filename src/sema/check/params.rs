//! A function's parameters as typed variables (arrays, tuples, defaults),
//! and the check of an export's returns against its declared result.

use crate::sema::*;

/// A function's parameters as the variables of its body.
#[derive(Default)]
pub(in crate::sema) struct ParamVars {
    pub(in crate::sema) params: Vec<Param>,
    pub(in crate::sema) arity: HashMap<String, usize>,
    pub(in crate::sema) arrays: HashMap<String, ArrayTy>,
    pub(in crate::sema) sources: HashMap<String, std::collections::BTreeSet<String>>,
    pub(in crate::sema) complex: HashSet<String>,
    pub(in crate::sema) list_params: Vec<(String, Vec<Scalar>)>,
    pub(in crate::sema) dict_params: Vec<(String, Vec<Scalar>, Vec<Scalar>)>,
    pub(in crate::sema) optional_params: Vec<String>,
    pub(in crate::sema) strs: HashSet<String>,
    /// List parameters whose items are arrays or tuples holding them, with
    /// the item's shape (sema/containers/listpass.rs).
    pub(in crate::sema) shaped_params: Vec<(String, Ty)>,
    /// Set parameters with their items' parts (sema/containers/strings/sets.rs).
    pub(in crate::sema) set_params: Vec<(String, Vec<Scalar>)>,
}

impl ParamVars {
    /// A tuple parameter's elements, depth first, in order (the caller
    /// passes the tuple flattened).
    pub(in crate::sema) fn tuple_param(&mut self, name: String, xs: &[Ty], span: &Range<usize>) {
        let mut stack: Vec<(String, Ty)> =
            xs.iter().enumerate().rev().map(|(j, x)| (element_name(&name, j), x.clone())).collect();
        self.arity.insert(name, xs.len());
        while let Some((elem, x)) = stack.pop() {
            match x {
                Ty::Complex(p) => {
                    for k in 0..2 {
                        self.params.push(Param { name: element_name(&elem, k), ty: p, span: span.clone() });
                    }
                    self.complex.insert(elem);
                }
                // An array element is the array variable `t.j`, a
                // parameter of its own (the wrapper checks it as one).
                Ty::Array(a) => {
                    for (pname, _) in arrays::param_names(&elem, &a) {
                        self.params.push(Param { name: pname, ty: Scalar::I64, span: span.clone() });
                    }
                    self.sources.insert(elem.clone(), [elem.clone()].into());
                    self.arrays.insert(elem, a);
                }
                Ty::Tuple(ys) => {
                    stack.extend(ys.iter().enumerate().rev().map(|(k, y)| (element_name(&elem, k), y.clone())));
                    self.arity.insert(elem, ys.len());
                }
                _ => self.params.push(Param { name: elem, ty: x.flat()[0], span: span.clone() }),
            }
        }
    }
}

/// Whether `export` declares a tuple result holding a list or a str
/// (`'Tuple((i8, List(i8)))(...)'`), or a list of lists
/// (`'ListType(ListType(int64))(...)'`): its return is boxed as an
/// inferred one's (sema/containers/tupleresults.rs, nestedresults.rs),
/// then checked against the declaration.
pub(in crate::sema) fn declares_container_tuple(export: &Export) -> bool {
    match &export.signature.ret {
        Return::Declared(Ty::Tuple(xs)) => xs.iter().any(|x| matches!(x, Ty::List(_) | Ty::ListOf(_) | Ty::Str)),
        Return::Declared(Ty::ListOf(item)) => matches!(**item, Ty::List(_)),
        _ => false,
    }
}

/// The parameters of `export` as variables: a tuple parameter is its
/// elements, each a variable of its own; an array, complex or optional
/// one several; a list, str or dict one the caller's handle.
pub(in crate::sema) fn param_vars(source: &Source, export: &Export, exported: bool) -> Result<ParamVars> {
    let f = &export.function;
    let mut pv = ParamVars::default();
    for (arg, ty) in f.args.posonlyargs.iter().chain(&f.args.args).zip(&export.signature.args) {
        let name = arg.def.arg.to_string();
        match ty {
            Ty::Scalar(s) => pv.params.push(Param { name, ty: *s, span: range(&arg.def) }),
            Ty::Tuple(xs) => {
                if exported && xs.iter().any(|x| matches!(x, Ty::Tuple(_))) {
                    return Err(Diagnostics::new(
                        source,
                        vec![Diagnostic::error(
                            "a nested tuple parameter of an exported function is not supported yet",
                        )
                        .at(range(&arg.def), "a nested tuple")
                        .note("nested tuples work in the body, in results and as helpers' parameters")],
                    ));
                }
                if xs.iter().any(|x| matches!(x, Ty::List(_) | Ty::ListOf(_) | Ty::Str)) {
                    return Err(Diagnostics::new(
                        source,
                        vec![Diagnostic::error("a tuple parameter holding a list or a str is not supported yet")
                            .at(range(&arg.def), "a tuple holding a list or a str")
                            .note("pass the list or the str as a parameter of its own")],
                    ));
                }
                pv.tuple_param(name, xs, &range(&arg.def));
            }
            Ty::Array(a) => {
                for (pname, _) in arrays::param_names(&name, a) {
                    pv.params.push(Param { name: pname, ty: Scalar::I64, span: range(&arg.def) });
                }
                pv.sources.insert(name.clone(), [name.clone()].into());
                pv.arrays.insert(name, *a);
            }
            Ty::Complex(p) => {
                for j in 0..2 {
                    pv.params.push(Param { name: element_name(&name, j), ty: *p, span: range(&arg.def) });
                }
                pv.complex.insert(name);
            }
            // `optional(T)`: its is-None flag, then its value (sema/numbers/optional.rs).
            Ty::Optional(s) => {
                pv.params.push(Param { name: optional::flag_name(&name), ty: Scalar::Bool, span: range(&arg.def) });
                pv.params.push(Param { name: name.clone(), ty: *s, span: range(&arg.def) });
                pv.optional_params.push(name);
            }
            // `optional(T[:])`: its is-None flag, then the array's
            // descriptor (zero when None; sema/numbers/optional.rs).
            Ty::OptionalArray(a) => {
                pv.params.push(Param { name: optional::flag_name(&name), ty: Scalar::Bool, span: range(&arg.def) });
                for (pname, _) in arrays::param_names(&name, a) {
                    pv.params.push(Param { name: pname, ty: Scalar::I64, span: range(&arg.def) });
                }
                pv.sources.insert(name.clone(), [name.clone()].into());
                pv.arrays.insert(name.clone(), *a);
                pv.optional_params.push(name);
            }
            // A helper's list parameter: the caller's list (sema/containers/lists.rs).
            Ty::List(items) => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.list_params.push((name, items.clone()));
            }
            // A helper's list of arrays or of tuples holding arrays: the
            // caller's list, its item shape known (sema/containers/listpass.rs).
            Ty::ListOf(item) => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.list_params.push((name.clone(), item.flat()));
                pv.sources.insert(format!("{name}[]"), [name.clone()].into());
                pv.shaped_params.push((name, (**item).clone()));
            }
            // A str: its object's address (sema/containers/strings.rs).
            Ty::Str => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.strs.insert(name);
            }
            // A set: the caller's set object's address (sema/containers/strings/sets.rs).
            Ty::Set(parts) => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.set_params.push((name, parts.clone()));
            }
            // A helper's dict parameter: the caller's dict (sema/containers/dicts.rs).
            Ty::Dict(k, v) => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.dict_params.push((name, k.clone(), v.clone()));
            }
        }
    }
    Ok(pv)
}

/// The defaults of the parameters the signature leaves out, as
/// assignments at the start of the body.
pub(in crate::sema) fn default_assigns(export: &Export) -> Vec<Stmt> {
    let f = &export.function;
    f.args
        .posonlyargs
        .iter()
        .chain(&f.args.args)
        .skip(export.signature.args.len())
        .filter_map(|a| {
            let value = a.default.as_ref()?;
            let target =
                Expr::Name(ast::ExprName { range: a.def.range, id: a.def.arg.clone(), ctx: ast::ExprContext::Store });
            Some(Stmt::Assign(ast::StmtAssign {
                range: a.def.range.cover(ast::Ranged::range(value.as_ref())),
                targets: vec![target],
                value: value.clone(),
                type_comment: None,
            }))
        })
        .collect()
}

/// What an exported function cannot return: a dict in a tuple, a list
/// other than of int64, float64 or bool or of flat tuples of them, a list
/// in a tuple. (A dict of numbers or tuples of numbers is a new Python
/// dict; one of str keys is refused where it is returned.) `shaped`: the
/// returns of lists of nested tuples or of tuples holding arrays.
pub(in crate::sema) fn export_returns(
    source: &Source,
    returns: &[(Option<Ty>, Range<usize>)],
    shaped: &[Range<usize>],
) -> Result<()> {
    let in_tuple = |t: &Option<Ty>| matches!(t, Some(Ty::Tuple(xs)) if xs.iter().any(|x| matches!(x, Ty::Dict(..))));
    if let Some((_, span)) = returns.iter().find(|(t, _)| in_tuple(t)) {
        return Err(Diagnostics::new(
            source,
            vec![Diagnostic::error("returning a dict inside a tuple from an exported function is not supported yet")
                .at(span.clone(), "returns a dict in a tuple")
                .note("return the dict alone, or numbers, tuples or arrays built from it")],
        ));
    }
    // A list result is a new Python list of int64, float64 or bool, or of
    // flat tuples of them (numba's reflected list of tuples; up to 7 parts,
    // one kind byte each: wrap's list_kind).
    let part =
        |s: &Scalar| matches!(s, Scalar::Bool | Scalar::Int { bits: 64, signed: true } | Scalar::Float { bits: 64 });
    let boxable = |(t, span): &(Option<Ty>, Range<usize>)| match t {
        Some(Ty::List(xs)) => xs.iter().all(part) && (xs.len() == 1 || (xs.len() <= 7 && !shaped.contains(span))),
        // Lists in a tuple result (sema/containers/tupleresults.rs checked their items).
        Some(Ty::Tuple(_)) => true,
        // A list of real arrays (sema/containers/arraylists.rs's array_list_return).
        Some(Ty::ListOf(item)) => match &**item {
            Ty::Array(a) => !a.complex,
            // A list of lists of numbers (sema/containers/nestedresults.rs).
            Ty::List(xs) => matches!(
                xs.as_slice(),
                [Scalar::Bool | Scalar::Int { bits: 64, signed: true } | Scalar::Float { bits: 64 }]
            ),
            _ => false,
        },
        _ => true,
    };
    if let Some((_, span)) = returns.iter().find(|r| !boxable(r)) {
        return Err(Diagnostics::new(
            source,
            vec![Diagnostic::error("returning this list from an exported function is not supported yet")
                .at(span.clone(), "returns a list")
                .note("an exported function can return a list of int64, float64 or bool, or of flat tuples of them (a new Python list), not a list of other numbers, of nested tuples or of tuples holding arrays, nor a list in a tuple")],
        ));
    }
    Ok(())
}

/// The Python-level parameters of `export` with their signature types.
pub(in crate::sema) fn py_params(export: &Export) -> Vec<(String, Ty)> {
    let f = &export.function;
    f.args
        .posonlyargs
        .iter()
        .chain(&f.args.args)
        .zip(&export.signature.args)
        .map(|(arg, ty)| (arg.def.arg.to_string(), ty.clone()))
        .collect()
}

/// A plain parameter the body sets to None starts as a number.
pub(in crate::sema) fn plain_optionals(
    params: &[Param],
    optional: &HashSet<String>,
    optional_params: &[String],
) -> Vec<String> {
    params
        .iter()
        .filter(|p| optional.contains(&p.name) && !optional_params.contains(&p.name))
        .map(|p| p.name.clone())
        .collect()
}
