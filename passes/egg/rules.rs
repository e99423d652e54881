//! Rewrite rules are data: `passes/rules/<domain>.rules`, one rule a line,
//!
//! ```text
//! name: lhs => rhs [if ?var = <number>]
//! ```
//!
//! with a comment above each saying why the identity holds. A rule fires
//! only on e-classes of its file's domain (`float`: f4/f8, `int`: signed and
//! unsigned ints), so a float rule can never touch an int and vice versa.
//! The condition `?c = 2` holds when e-class ?c is the constant 2 of its
//! own type; for floats it compares bits, so `= 0.0` excludes -0.0.

use super::lang::{Py, PyGraph, TypeAnalysis};
use egg::{ConditionalApplier, Id, Pattern, Rewrite, Subst, Var};

/// Each rule set: its name and its text, compiled into the binary.
pub const RULE_SETS: &[(&str, &str)] = &[
    ("float", include_str!("../rules/float.rules")),
    ("int", include_str!("../rules/int.rules")),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Domain {
    Float,
    Int,
}

/// `?var = number`, or nothing.
#[derive(Debug, Clone)]
struct Cond {
    domain: Domain,
    is_const: Option<(Var, f64)>,
}

impl egg::Condition<Py, TypeAnalysis> for Cond {
    fn check(&self, egraph: &mut PyGraph, eclass: Id, subst: &Subst) -> bool {
        let in_domain = match egraph[eclass].data.ty {
            Some(t) if t.is_float() => self.domain == Domain::Float,
            Some(crate::types::Scalar::Int { .. }) => self.domain == Domain::Int,
            _ => false,
        };
        in_domain
            && self.is_const.is_none_or(|(var, want)| {
                egraph[subst[var]].data.constant.is_some_and(|k| {
                    if k.ty.is_float() { k.as_f64().to_bits() == want.to_bits() } else { k.as_i128() as f64 == want }
                })
            })
    }
}

/// Parses one rule file; errors name the line.
pub fn parse_rules(set: &str, text: &str) -> Result<Vec<Rewrite<Py, TypeAnalysis>>, String> {
    let domain = match set {
        "float" => Domain::Float,
        "int" => Domain::Int,
        other => return Err(format!("unknown rule set `{other}`")),
    };
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap().trim();
        if line.is_empty() {
            continue;
        }
        let at = |m: &str| format!("{set}.rules:{}: {m}", n + 1);
        let (name, rule) = line.split_once(':').ok_or_else(|| at("expected `name: lhs => rhs`"))?;
        let (lhs, rest) = rule.split_once("=>").ok_or_else(|| at("expected `=>`"))?;
        let (rhs, cond) = match rest.split_once(" if ") {
            Some((r, c)) => (r, Some(c)),
            None => (rest, None),
        };
        let is_const = match cond {
            None => None,
            Some(c) => {
                let (var, num) = c.split_once('=').ok_or_else(|| at("condition must be `?var = number`"))?;
                let var: Var = var.trim().parse().map_err(|e| at(&format!("{e}")))?;
                let num: f64 = num.trim().parse().map_err(|e| at(&format!("{e}")))?;
                Some((var, num))
            }
        };
        let lhs: Pattern<Py> = lhs.trim().parse().map_err(|e| at(&format!("{e}")))?;
        let rhs: Pattern<Py> = rhs.trim().parse().map_err(|e| at(&format!("{e}")))?;
        let applier = ConditionalApplier { condition: Cond { domain, is_const }, applier: rhs };
        out.push(Rewrite::new(format!("{set}/{}", name.trim()), lhs, applier).map_err(|e| at(&e))?);
    }
    Ok(out)
}

/// The named rule sets, or all of them.
pub fn rules(sets: &[String]) -> Result<Vec<Rewrite<Py, TypeAnalysis>>, String> {
    let mut out = Vec::new();
    for (name, text) in RULE_SETS {
        if sets.is_empty() || sets.iter().any(|s| s == name) {
            out.extend(parse_rules(name, text)?);
        }
    }
    for s in sets {
        if !RULE_SETS.iter().any(|(n, _)| n == s) {
            return Err(format!("unknown rule set `{s}` (known: float, int)"));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_set_parses() {
        for (name, text) in RULE_SETS {
            let rules = parse_rules(name, text).unwrap();
            assert!(!rules.is_empty(), "{name} has no rules");
        }
    }
}
