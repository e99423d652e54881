//! The typed IR as text (`pycc compile --emit tir`): one function per
//! block, one statement per line, expressions as `op:type(operands)`. The
//! form is stable (no addresses, no hash order), so snapshot tests of
//! typing read it; it is for people and tests, and nothing parses it back.

use super::array::{ArrayRef, NpArg};
use super::{PrintItem, TExpr, TExprKind, TStmt, TypedFunction, Var};
use crate::base::consts::ConstValue;
use std::fmt::Write;

/// Every function, in order, separated by blank lines.
pub fn print_functions(functions: &[TypedFunction]) -> String {
    functions.iter().map(print_function).collect::<Vec<_>>().join("\n")
}

pub fn print_function(f: &TypedFunction) -> String {
    let p = Printer { f, out: String::new() };
    p.function()
}

struct Printer<'a> {
    f: &'a TypedFunction,
    out: String,
}

impl Printer<'_> {
    fn function(mut self) -> String {
        let f = self.f;
        let params: Vec<String> =
            f.params.iter().enumerate().map(|(i, p)| format!("{}: {}", self.var(i), p.ty)).collect();
        let ret = f.ret.as_ref().map_or("None".to_string(), |t| t.to_string());
        let mut flags = vec![if f.exported { "exported" } else { "internal" }];
        flags.extend(f.may_raise.then_some("may_raise"));
        flags.extend(f.allocates.then_some("allocates"));
        flags.extend(f.stack_guarded.then_some("stack_guarded"));
        flags.extend((!f.boundscheck).then_some("no_boundscheck"));
        let _ = writeln!(self.out, "func @{}({}) -> {} [{}]", f.symbol, params.join(", "), ret, flags.join(", "));
        let locals: Vec<String> =
            (f.params.len()..f.vars.len()).map(|v| format!("{}: {}", self.var(v), f.vars[v].ty)).collect();
        if !locals.is_empty() {
            let _ = writeln!(self.out, "  locals {}", locals.join(", "));
        }
        for s in &f.body {
            self.stmt(s, 1);
        }
        self.out
    }

    /// A variable by its name; a name used by more than one variable (a
    /// helper's inlined locals, temporaries) gets its index too.
    fn var(&self, v: Var) -> String {
        let name = &self.f.vars[v].name;
        if self.f.vars.iter().filter(|x| &x.name == name).count() > 1 {
            format!("%{name}#{v}")
        } else {
            format!("%{name}")
        }
    }

    fn vars(&self, vs: &[Var]) -> String {
        vs.iter().map(|&v| self.var(v)).collect::<Vec<_>>().join(", ")
    }

    fn line(&mut self, depth: usize, text: String) {
        let _ = writeln!(self.out, "{}{text}", "  ".repeat(depth));
    }

    fn block(&mut self, head: String, body: &[TStmt], depth: usize) {
        self.line(depth, head);
        if body.is_empty() {
            self.line(depth + 1, "pass".into());
        }
        for s in body {
            self.stmt(s, depth + 1);
        }
    }

    fn stmt(&mut self, s: &TStmt, depth: usize) {
        let d = depth;
        match s {
            TStmt::Assign { var, value } => self.line(d, format!("{} = {}", self.var(*var), self.expr(value))),
            TStmt::ParallelAssign { vars, values } => {
                self.line(d, format!("{} = {}", self.vars(vars), self.exprs(values)))
            }
            TStmt::If { cond, then, orelse } => {
                self.block(format!("if {}:", self.expr(cond)), then, d);
                if !orelse.is_empty() {
                    self.block("else:".into(), orelse, d);
                }
            }
            TStmt::While { cond, body, orelse } => {
                self.block(format!("while {}:", self.expr(cond)), body, d);
                if !orelse.is_empty() {
                    self.block("else:".into(), orelse, d);
                }
            }
            TStmt::For { var, start, stop, step, body, orelse } => {
                let head = format!(
                    "for {} in range({}, {}, {}):",
                    self.var(*var),
                    self.expr(start),
                    self.expr(stop),
                    self.expr(step)
                );
                self.block(head, body, d);
                if !orelse.is_empty() {
                    self.block("else:".into(), orelse, d);
                }
            }
            TStmt::Break => self.line(d, "break".into()),
            TStmt::Continue => self.line(d, "continue".into()),
            TStmt::Seq(body) => self.block("seq:".into(), body, d),
            TStmt::Try { body, handler } => {
                self.block("try:".into(), body, d);
                self.block("except:".into(), handler, d);
            }
            TStmt::Return { values, .. } if values.is_empty() => self.line(d, "return".into()),
            TStmt::Return { values, .. } => self.line(d, format!("return {}", self.exprs(values))),
            TStmt::CallAssign { symbol, args, vars } => {
                self.line(d, format!("{} = call @{symbol}({})", self.vars(vars), self.exprs(args)))
            }
            TStmt::Raise { exception, message, .. } => self.line(d, format!("raise {exception}({message:?})")),
            TStmt::Call { symbol, args } => self.line(d, format!("call @{symbol}({})", self.exprs(args))),
            TStmt::Store { array, indices, value } => {
                let target = format!("{}[{}]", self.array(array), self.exprs(indices));
                self.line(d, format!("store {target} = {}", self.expr(value)))
            }
            TStmt::Alloc { array, func, args, .. } => {
                let dst = format!("{}: {}", self.array(array), crate::base::types::Ty::Array(array.ty));
                self.line(d, format!("{dst} = np.{}({})", func.name(), self.np_args(args)))
            }
            TStmt::NpValue { var, imag, func, args, .. } => {
                let dst: Vec<Var> = std::iter::once(*var).chain(*imag).collect();
                self.line(d, format!("{} = np.{}({})", self.vars(&dst), func.name(), self.np_args(args)))
            }
            TStmt::Fail { symbol, args, .. } => self.line(d, format!("fail @{symbol}({})", self.exprs(args))),
            TStmt::ListNew { list, len, .. } => {
                self.line(d, format!("{} = list[{}]({})", self.var(list.header), items(list), self.expr(len)))
            }
            TStmt::ListStore { list, index, values } => {
                self.line(d, format!("store {}[{}] = {}", list.name, self.expr(index), self.exprs(values)))
            }
            TStmt::ListAppend { list, values, .. } => {
                self.line(d, format!("{}.append({})", list.name, self.exprs(values)))
            }
            TStmt::ListPop { list, index, vars, .. } => {
                let index = index.as_ref().map(|i| self.expr(i)).unwrap_or_default();
                self.line(d, format!("{} = {}.pop({index})", self.vars(vars), list.name))
            }
            TStmt::Dict { dict, op, key, value, index, out, .. } => {
                let mut args = self.exprs(key);
                if !value.is_empty() {
                    args = format!("{args}; {}", self.exprs(value));
                }
                if let Some(i) = index {
                    args = format!("{args}; #{}", self.expr(i));
                }
                let dst = if *op == crate::tir::dict::DictOp::New { vec![dict.header] } else { out.clone() };
                self.line(d, format!("{} = {}.{op:?}({args})", self.vars(&dst), dict.name))
            }
            TStmt::Print { items, sep, end, flush, .. } => {
                let mut parts: Vec<String> = items.iter().map(|i| self.print_item(i)).collect();
                parts.extend(sep.as_ref().map(|s| format!("sep={s:?}")));
                parts.extend(end.as_ref().map(|s| format!("end={s:?}")));
                parts.extend(flush.then(|| "flush=True".to_string()));
                self.line(d, format!("print({})", parts.join(", ")))
            }
        }
    }

    fn print_item(&self, item: &PrintItem) -> String {
        match item {
            PrintItem::Value(e) => self.expr(e),
            PrintItem::Complex(re, im) => format!("complex({}, {})", self.expr(re), self.expr(im)),
            PrintItem::Str(s) => format!("{s:?}"),
            PrintItem::Object(e) => format!("str({})", self.expr(e)),
            PrintItem::Tuple(xs) => {
                format!("({})", xs.iter().map(|x| self.print_item(x) + ",").collect::<Vec<_>>().join(" "))
            }
        }
    }

    fn array(&self, a: &ArrayRef) -> String {
        format!("{}{}", a.name, if a.imag { ".imag" } else { "" })
    }

    fn np_args(&self, args: &[NpArg]) -> String {
        let one = |a: &NpArg| match a {
            NpArg::Scalar(e) => self.expr(e),
            NpArg::Shape(xs) => format!("shape({})", self.exprs(xs)),
            NpArg::Array(r) => format!("array {}", self.array(r)),
            NpArg::KeywordArray(k, r) => format!("{}=array {}", super::array::KEYWORDS[*k], self.array(r)),
            NpArg::Arrays(rs) => format!("arrays({})", rs.iter().map(|r| self.array(r)).collect::<Vec<_>>().join(", ")),
            NpArg::Keyword(k, e) => format!("{}={}", super::array::KEYWORDS[*k], self.expr(e)),
            NpArg::ArrayList(e, ty) => format!("list {} of {ty:?}", self.expr(e)),
            NpArg::Values(xs) => format!("values({})", self.exprs(xs)),
            NpArg::Complex(re, im) => format!("complex({}, {})", self.expr(re), self.expr(im)),
            NpArg::Word(None, w) => format!("'{}'", super::array::WORDS[*w]),
            NpArg::Word(Some(k), w) => format!("{}='{}'", super::array::KEYWORDS[*k], super::array::WORDS[*w]),
            NpArg::Index(items) => {
                use super::array::IndexItem;
                let part = |p: &Option<TExpr>| p.as_ref().map_or(String::new(), |e| self.expr(e));
                let item = |i: &IndexItem| match i {
                    IndexItem::Number(e) => self.expr(e),
                    IndexItem::Array(r) => format!("array {}", self.array(r)),
                    IndexItem::Slice(p) => format!("{}:{}:{}", part(&p[0]), part(&p[1]), part(&p[2])),
                    IndexItem::NewAxis => "None".into(),
                    IndexItem::Ellipsis => "...".into(),
                };
                format!("index({})", items.iter().map(item).collect::<Vec<_>>().join(", "))
            }
        };
        args.iter().map(one).collect::<Vec<_>>().join(", ")
    }

    fn exprs(&self, xs: &[TExpr]) -> String {
        xs.iter().map(|x| self.expr(x)).collect::<Vec<_>>().join(", ")
    }

    fn expr(&self, e: &TExpr) -> String {
        use TExprKind::*;
        let ty = e.ty;
        let op = |name: String, xs: &[&TExpr]| {
            format!("{name}:{ty}({})", xs.iter().map(|x| self.expr(x)).collect::<Vec<_>>().join(", "))
        };
        match &e.kind {
            Var(v) => self.var(*v),
            Const(c) => format!("{}:{ty}", constant(*c)),
            Binary(b, x, y) => op(format!("{b:?}").to_lowercase(), &[x, y]),
            NpBinary(b, x, y) => op(format!("np.{b:?}").to_lowercase(), &[x, y]),
            DivMod(b, x, y) => op(format!("divmod.{b:?}").to_lowercase(), &[x, y]),
            Compare(c, x, y) => op(format!("cmp.{}", c.name()), &[x, y]),
            Neg(x) => op("neg".into(), &[x]),
            Cast(x) => op("cast".into(), &[x]),
            WrapCast(x) => op("wrapcast".into(), &[x]),
            Truth(x) => op("truth".into(), &[x]),
            Not(x) => op("not".into(), &[x]),
            Invert(x) => op("invert".into(), &[x]),
            Abs(x) => op("abs".into(), &[x]),
            FloatToInt(x) => op("int".into(), &[x]),
            Round(x) => op("round".into(), &[x]),
            NpScalar(x) => op("np.scalar".into(), &[x]),
            NotNone(f, x) => op("notnone".into(), &[f, x]),
            And(x, y) => op("and".into(), &[x, y]),
            Or(x, y) => op("or".into(), &[x, y]),
            IfExp(c, x, y) => op("ifexp".into(), &[c, x, y]),
            MinMax(min, xs) => op(if *min { "min" } else { "max" }.into(), &xs.iter().collect::<Vec<_>>()),
            Math(f, xs) => op(format!("math.{}", f.name), &xs.iter().collect::<Vec<_>>()),
            Call(sym, xs) => op(format!("call @{sym}"), &xs.iter().collect::<Vec<_>>()),
            Runtime(sym, xs) => op(format!("runtime @{sym}"), &xs.iter().collect::<Vec<_>>()),
            Load(a, xs) => format!("load:{ty} {}[{}]", self.array(a), self.exprs(xs)),
            ListLen(l) => format!("len {}", l.name),
            DictGet(d, j, k) => format!("{}[{}].{j}", d.name, self.exprs(k)),
            DictHas(d, k) => format!("{} in {}", self.exprs(k), d.name),
            DictOp(d, op, k, v) => format!("{}.{op:?}({}; {})", d.name, self.exprs(k), self.exprs(v)),
            DictLoad(a, j) => op(format!("word{j}"), &[a]),
            Pick(i, xs) => op("pick".into(), &std::iter::once(&**i).chain(xs).collect::<Vec<_>>()),
            ListLoad(l, part, i) if l.items.len() == 1 && *part == 0 => {
                format!("load:{ty} {}[{}]", l.name, self.expr(i))
            }
            ListLoad(l, part, i) => format!("load:{ty} {}[{}].{part}", l.name, self.expr(i)),
            Let(binds, body) => {
                let b: Vec<String> =
                    binds.iter().map(|(v, x)| format!("{} = {}", self.var(*v), self.expr(x))).collect();
                format!("let {} in {}", b.join("; "), self.expr(body))
            }
        }
    }
}

/// A list's item type: `int64`, or `(int64, float64)` for tuples.
fn items(l: &super::list::ListRef) -> String {
    let parts: Vec<String> = l.items.iter().map(|s| s.to_string()).collect();
    match parts.as_slice() {
        [one] => one.clone(),
        _ => format!("({})", parts.join(", ")),
    }
}

fn constant(c: ConstValue) -> String {
    match c {
        ConstValue::Int(i) => i.to_string(),
        // `{:?}` keeps the float visible as one (1.0, -0.0, NaN, inf).
        ConstValue::Float(x) => format!("{x:?}"),
        ConstValue::Bool(b) => b.to_string(),
    }
}
