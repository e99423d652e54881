//! Rewrite rules are data: `passes/rules/<set>.rules`, one rule a line,
//!
//! ```text
//! name: lhs => rhs [if ?var = <number>]
//! ```
//!
//! with a comment above each saying why the identity holds. A rule fires
//! only where its left-hand side's first variable (the leftmost, innermost
//! `?var`: the operand type of a comparison, the condition of a `select`)
//! has a type of its set's domain (`float`, `fastmath`: f4/f8; `int`: signed
//! and unsigned ints; `bool`: b1), so a float rule can never touch an int
//! and vice versa. The condition `?c = 2` holds when e-class ?c is the
//! constant 2 of its own type; for floats it compares bits, so `= 0.0`
//! excludes -0.0; `true`/`false` are 1/0. A bare number on the right-hand
//! side (`0`, `3`, `0.0`) is that constant at the type of the rewritten
//! e-class; `true` and `false` are bools.
//!
//! Every rule of every set is checked by `soundness.rs` (tests only).

use super::lang::{Constant, Py, PyGraph, TypeAnalysis};
use egg::{Applier, ConditionalApplier, ENodeOrVar, Id, Pattern, PatternAst, RecExpr, Rewrite, Subst, Symbol, Var};

/// The values a rule set is about.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Domain {
    Float,
    Int,
    Bool,
}

/// One rule file, compiled into the binary.
pub struct RuleSet {
    pub name: &'static str,
    pub text: &'static str,
    pub domain: Domain,
    /// Bit-exact for every input (the soundness test requires it). Only
    /// `fastmath` is not, and it is never selected by default.
    pub exact: bool,
    /// Part of `py-egg` with no `rules=` option.
    pub default: bool,
}

pub const RULE_SETS: &[RuleSet] = &[
    RuleSet {
        name: "float",
        text: include_str!("../rules/float.rules"),
        domain: Domain::Float,
        exact: true,
        default: true,
    },
    RuleSet { name: "int", text: include_str!("../rules/int.rules"), domain: Domain::Int, exact: true, default: true },
    RuleSet {
        name: "bool",
        text: include_str!("../rules/bool.rules"),
        domain: Domain::Bool,
        exact: true,
        default: true,
    },
    RuleSet {
        name: "fastmath",
        text: include_str!("../rules/fastmath.rules"),
        domain: Domain::Float,
        exact: false,
        default: false,
    },
    RuleSet {
        name: "fastmath-finite",
        text: include_str!("../rules/fastmath-finite.rules"),
        domain: Domain::Float,
        exact: false,
        default: false,
    },
];

/// A parsed rule, before it becomes an egg `Rewrite`.
#[derive(Debug, Clone)]
pub struct RuleDef {
    pub name: String,
    pub lhs: Pattern<Py>,
    pub rhs: Pattern<Py>,
    /// `if ?var = number`.
    pub cond: Option<(Var, f64)>,
}

/// A number written as a leaf of a right-hand side: a constant of the
/// rewritten e-class's type.
pub fn literal(node: &Py) -> Option<f64> {
    match node {
        Py::Symbol(s) => s.as_str().parse().ok(),
        _ => None,
    }
}

/// `true` or `false` written as a leaf: a bool constant whatever the
/// rewritten e-class's type (a comparison of ints gives a bool).
pub fn bool_literal(node: &Py) -> Option<bool> {
    match node {
        Py::Symbol(s) if s.as_str() == "true" => Some(true),
        Py::Symbol(s) if s.as_str() == "false" => Some(false),
        _ => None,
    }
}

/// The number a condition compares with: `true`/`false` are 1/0.
fn condition_number(s: &str) -> Result<f64, String> {
    match s {
        "true" => Ok(1.0),
        "false" => Ok(0.0),
        _ => s.parse().map_err(|e| format!("{e}")),
    }
}

/// The variable whose type decides whether a rule is in its set's domain:
/// the first one in the pattern's post-order (for `(not (lt ?x ?y))`, ?x).
pub fn domain_var(lhs: &Pattern<Py>) -> Option<Var> {
    lhs.ast.as_ref().iter().find_map(|n| match n {
        ENodeOrVar::Var(v) => Some(*v),
        ENodeOrVar::ENode(_) => None,
    })
}

/// `?var = number`, or nothing.
#[derive(Debug, Clone)]
struct Cond {
    domain: Domain,
    domain_var: Option<Var>,
    is_const: Option<(Var, f64)>,
}

impl egg::Condition<Py, TypeAnalysis> for Cond {
    fn check(&self, egraph: &mut PyGraph, eclass: Id, subst: &Subst) -> bool {
        let class = self.domain_var.map_or(eclass, |v| subst[v]);
        let in_domain = match egraph[class].data.ty {
            Some(crate::base::types::Scalar::Float { .. }) => self.domain == Domain::Float,
            Some(crate::base::types::Scalar::Int { .. }) => self.domain == Domain::Int,
            Some(crate::base::types::Scalar::Bool) => self.domain == Domain::Bool,
            None => false,
        };
        in_domain
            && self.is_const.is_none_or(|(var, want)| {
                egraph[subst[var]].data.constant.is_some_and(|k| {
                    if k.ty.is_float() {
                        k.as_f64().to_bits() == want.to_bits()
                    } else {
                        k.as_i128() as f64 == want
                    }
                })
            })
    }
}

/// The right-hand side with its number leaves turned into variables, bound
/// at each match to the constant of the matched e-class's type (or, for
/// `true`/`false`, to a bool).
struct Rhs {
    pattern: Pattern<Py>,
    literals: Vec<(Var, f64)>,
    bools: Vec<(Var, bool)>,
}

impl Rhs {
    fn new(rhs: &Pattern<Py>) -> Result<Self, String> {
        let mut literals = Vec::new();
        let mut bools = Vec::new();
        let mut ast: PatternAst<Py> = RecExpr::default();
        for node in rhs.ast.as_ref() {
            let node = match node {
                ENodeOrVar::ENode(n) if bool_literal(n).is_some() => {
                    let var: Var = format!("?bool{}", bools.len()).parse().map_err(|e| format!("{e}"))?;
                    bools.push((var, bool_literal(n).unwrap_or_default()));
                    ENodeOrVar::Var(var)
                }
                ENodeOrVar::ENode(n) if literal(n).is_some() => {
                    let var: Var = format!("?lit{}", literals.len()).parse().map_err(|e| format!("{e}"))?;
                    literals.push((var, literal(n).unwrap_or_default()));
                    ENodeOrVar::Var(var)
                }
                other => other.clone(),
            };
            ast.add(node);
        }
        Ok(Rhs { pattern: Pattern::new(ast), literals, bools })
    }
}

impl Applier<Py, TypeAnalysis> for Rhs {
    fn apply_one(
        &self,
        egraph: &mut PyGraph,
        eclass: Id,
        subst: &Subst,
        ast: Option<&PatternAst<Py>>,
        rule: Symbol,
    ) -> Vec<Id> {
        let Some(ty) = egraph[eclass].data.ty else { return vec![] };
        let mut subst = subst.clone();
        for &(var, v) in &self.literals {
            let k = if ty.is_float() { Constant::float(ty, v) } else { Constant::int(ty, v as i128) };
            subst.insert(var, egraph.add(Py::Const(k)));
        }
        for &(var, b) in &self.bools {
            subst.insert(var, egraph.add(Py::Const(Constant::bool(b))));
        }
        self.pattern.apply_one(egraph, eclass, &subst, ast, rule)
    }

    fn vars(&self) -> Vec<Var> {
        let synthetic = |v: &Var| self.literals.iter().any(|(l, _)| l == v) || self.bools.iter().any(|(l, _)| l == v);
        self.pattern.vars().into_iter().filter(|v| !synthetic(v)).collect()
    }
}

/// Parses one rule file; errors name the line.
pub fn parse_defs(set: &RuleSet) -> Result<Vec<RuleDef>, String> {
    let mut out = Vec::new();
    for (n, line) in set.text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        let at = |m: &str| format!("{}.rules:{}: {m}", set.name, n + 1);
        let (name, rule) = line.split_once(':').ok_or_else(|| at("expected `name: lhs => rhs`"))?;
        let (lhs, rest) = rule.split_once("=>").ok_or_else(|| at("expected `=>`"))?;
        let (rhs, cond) = match rest.split_once(" if ") {
            Some((r, c)) => (r, Some(c)),
            None => (rest, None),
        };
        let cond = match cond {
            None => None,
            Some(c) => {
                let (var, num) = c.split_once('=').ok_or_else(|| at("condition must be `?var = number`"))?;
                let var: Var = var.trim().parse().map_err(|e| at(&format!("{e}")))?;
                let num = condition_number(num.trim()).map_err(|e| at(&e))?;
                Some((var, num))
            }
        };
        let lhs: Pattern<Py> = lhs.trim().parse().map_err(|e| at(&format!("{e}")))?;
        if lhs
            .ast
            .as_ref()
            .iter()
            .any(|n| matches!(n, ENodeOrVar::ENode(n) if literal(n).is_some() || bool_literal(n).is_some()))
        {
            return Err(at("a number on the left-hand side: match a variable with `if ?c = number`"));
        }
        let rhs: Pattern<Py> = rhs.trim().parse().map_err(|e| at(&format!("{e}")))?;
        out.push(RuleDef { name: format!("{}/{}", set.name, name.trim()), lhs, rhs, cond });
    }
    Ok(out)
}

/// `x % c -> (x as unsigned) % (c as unsigned)` for a signed x that the
/// analysis knows is `>= 0` and a constant c > 0: Python's floored
/// remainder of two non-negative values is the plain one, which the
/// unsigned `py.mod` computes without the floor fix-up (the same-width casts
/// are no ops). The only rule that needs a type computed from the match (the
/// unsigned twin), so it is code, not a line of int.rules; soundness.rs
/// checks it and the analysis facts it relies on.
struct ModNonNegative {
    x: Var,
    c: Var,
}

impl Applier<Py, TypeAnalysis> for ModNonNegative {
    fn apply_one(
        &self,
        egraph: &mut PyGraph,
        eclass: Id,
        subst: &Subst,
        _ast: Option<&PatternAst<Py>>,
        _rule: Symbol,
    ) -> Vec<Id> {
        let Some(ty @ crate::base::types::Scalar::Int { bits, signed: true }) = egraph[eclass].data.ty else {
            return vec![];
        };
        let (x, c) = (subst[self.x], subst[self.c]);
        let positive = egraph[c].data.constant.is_some_and(|k| k.ty == ty && k.as_i128() > 0);
        if !positive || !egraph[x].data.non_negative {
            return vec![];
        }
        let unsigned = crate::base::types::Scalar::Int { bits, signed: false };
        let to_unsigned = egraph.add(Py::Symbol(Symbol::from(unsigned.short_name())));
        let (xu, cu) = (egraph.add(Py::Cast([to_unsigned, x])), egraph.add(Py::Cast([to_unsigned, c])));
        let m = egraph.add(Py::Mod([xu, cu]));
        let to_signed = egraph.add(Py::Symbol(Symbol::from(ty.short_name())));
        let r = egraph.add(Py::Cast([to_signed, m]));
        if egraph.union(eclass, r) {
            vec![r]
        } else {
            vec![]
        }
    }
}

/// The rules of `set` written as code (see ModNonNegative).
fn coded_rules(set: &RuleSet) -> Result<Vec<Rewrite<Py, TypeAnalysis>>, String> {
    if set.name != "int" {
        return Ok(Vec::new());
    }
    let searcher: Pattern<Py> = "(mod ?x ?c)".parse().map_err(|e| format!("{e}"))?;
    let applier =
        ModNonNegative { x: "?x".parse().map_err(|e| format!("{e}"))?, c: "?c".parse().map_err(|e| format!("{e}"))? };
    Ok(vec![Rewrite::new("int/mod-non-negative", searcher, applier)?])
}

/// Parses one rule file into rewrites.
pub fn parse_rules(set: &RuleSet) -> Result<Vec<Rewrite<Py, TypeAnalysis>>, String> {
    let mut out = coded_rules(set)?;
    for def in parse_defs(set)? {
        let condition = Cond { domain: set.domain, domain_var: domain_var(&def.lhs), is_const: def.cond };
        let applier = ConditionalApplier { condition, applier: Rhs::new(&def.rhs)? };
        out.push(Rewrite::new(def.name.clone(), def.lhs, applier).map_err(|e| format!("{}: {e}", def.name))?);
    }
    Ok(out)
}

/// The named rule sets, or the default ones (all but `fastmath`).
pub fn rules(sets: &[String]) -> Result<Vec<Rewrite<Py, TypeAnalysis>>, String> {
    for s in sets {
        if !RULE_SETS.iter().any(|set| set.name == s) {
            let known: Vec<_> = RULE_SETS.iter().map(|set| set.name).collect();
            return Err(format!("unknown rule set `{s}` (known: {})", known.join(", ")));
        }
    }
    let mut out = Vec::new();
    for set in RULE_SETS {
        if if sets.is_empty() { set.default } else { sets.iter().any(|s| s == set.name) } {
            out.extend(parse_rules(set)?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_set_parses() {
        for set in RULE_SETS {
            let rules = parse_rules(set).unwrap();
            assert!(!rules.is_empty(), "{} has no rules", set.name);
        }
    }

    #[test]
    fn fastmath_is_never_a_default() {
        let default = rules(&[]).unwrap();
        assert!(default.iter().all(|r| !r.name.as_str().starts_with("fastmath/")));
        assert!(default.iter().any(|r| r.name.as_str().starts_with("float/")));
        let fast = rules(&["fastmath".into()]).unwrap();
        assert!(!fast.is_empty() && fast.iter().all(|r| r.name.as_str().starts_with("fastmath/")));
    }

    #[test]
    fn numbers_on_the_left_are_refused() {
        let set =
            RuleSet { name: "t", text: "bad: (add ?x 0) => ?x\n", domain: Domain::Int, exact: true, default: false };
        assert!(parse_defs(&set).unwrap_err().contains("left-hand side"));
    }
}
