//! mlir-opt's `--verify-diagnostics`: comments such as
//! `// expected-error {{text}}` (also `-warning`, `-remark`, `-note`, with an
//! optional `@+N`, `@-N`, `@N`, `@above` or `@below` line designator) must
//! match the diagnostics emitted, one for one, by kind, line and substring.
//! `expected-error-re {{text {{regex}} text}}` (any kind) matches a
//! diagnostic whose message contains the text with each `{{regex}}` block
//! matched as a regular expression; the body runs to the last `}}` of the
//! line, as in mlir-opt.

use crate::context::Captured;

#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    pub kind: String,
    /// The line the diagnostic must be reported on.
    pub line: usize,
    /// The line of the comment, for "was not produced" messages.
    pub comment_line: usize,
    pub text: String,
    /// For `-re`: `text` as one regular expression (literal parts escaped).
    pub regex: Option<String>,
}

/// mlir-opt's conversion of a `-re` body: literal text escaped, each
/// `{{...}}` block a group.
fn body_regex(text: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        out.push_str(&regex_lite::escape(&rest[..open]));
        rest = &rest[open + 2..];
        let close = rest.find("}}").ok_or("found start of regex with no end '}}'")?;
        let block = &rest[..close];
        regex_lite::Regex::new(block).map_err(|e| format!("invalid regex `{block}`: {e}"))?;
        out.push('(');
        out.push_str(block);
        out.push(')');
        rest = &rest[close + 2..];
    }
    out.push_str(&regex_lite::escape(rest));
    regex_lite::Regex::new(&out).map_err(|e| format!("invalid regex: {e}"))?;
    Ok(out)
}

const KINDS: [&str; 4] = ["error", "warning", "remark", "note"];

/// Reads the expectations of `text`, whose first line is line 1.
pub fn expectations(text: &str) -> Result<Vec<Expected>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let is_designator_only = |l: &str| l.trim_start().starts_with("//") && l.contains("expected-");
    let mut out = Vec::new();
    for (idx, line) in lines.iter().enumerate() {
        let here = idx + 1;
        let mut rest = *line;
        while let Some(at) = rest.find("expected-") {
            rest = &rest[at + "expected-".len()..];
            let Some(kind) = KINDS.iter().find(|k| rest.starts_with(**k)) else { continue };
            rest = &rest[kind.len()..];
            let is_regex = rest.starts_with("-re");
            if is_regex {
                rest = &rest[3..];
            }
            let mut target = here;
            if let Some(d) = rest.strip_prefix('@') {
                let end = d.find(|c: char| c.is_whitespace() || c == '{').unwrap_or(d.len());
                let designator = &d[..end];
                target = match designator {
                    "above" => (1..here).rev().find(|&l| !is_designator_only(lines[l - 1])),
                    "below" => (here + 1..=lines.len()).find(|&l| !is_designator_only(lines[l - 1])),
                    _ => {
                        let offset = |s: &str| s.parse::<usize>().ok();
                        match designator.as_bytes().first() {
                            Some(b'+') => offset(&designator[1..]).map(|n| here + n),
                            Some(b'-') => offset(&designator[1..]).and_then(|n| here.checked_sub(n)).filter(|l| *l > 0),
                            _ => offset(designator),
                        }
                    }
                }
                .ok_or_else(|| format!("line {here}: bad line designator `@{designator}`"))?;
                rest = &d[end..];
            }
            let body = rest.trim_start();
            let Some(open) = body.strip_prefix("{{") else {
                return Err(format!("line {here}: expected `{{{{text}}}}` after `expected-{kind}`"));
            };
            // A regex body holds `{{...}}` blocks of its own: it ends at the
            // line's last `}}`.
            let close = if is_regex { open.rfind("}}") } else { open.find("}}") };
            let Some(close) = close else {
                return Err(format!("line {here}: unterminated `{{{{` in `expected-{kind}`"));
            };
            let text = open[..close].to_string();
            let regex = if is_regex { Some(body_regex(&text).map_err(|e| format!("line {here}: {e}"))?) } else { None };
            out.push(Expected { kind: kind.to_string(), line: target, comment_line: here, text, regex });
            rest = &open[close + 2..];
        }
    }
    Ok(out)
}

/// Matches what was emitted against what was expected; returns the
/// mismatches as `file:line: ...` messages (empty when all match).
pub fn check(file: &str, expected: &[Expected], emitted: &[Captured]) -> Vec<String> {
    let mut flat = Vec::new();
    for d in emitted {
        flat.push(d);
        // mlir-opt turns printOpOnDiagnostic off under --verify-diagnostics;
        // the C API cannot, so the note it adds is dropped here instead.
        flat.extend(d.notes.iter().filter(|n| !n.message.starts_with("see current operation:")));
    }
    let regexes: Vec<Option<regex_lite::Regex>> =
        expected.iter().map(|e| e.regex.as_ref().and_then(|r| regex_lite::Regex::new(r).ok())).collect();
    let matches = |i: usize, message: &str| match &regexes[i] {
        Some(re) => re.is_match(message),
        None => message.contains(&expected[i].text),
    };
    let mut matched = vec![false; expected.len()];
    let mut problems = Vec::new();
    for d in flat {
        let line = d.line();
        let hit = expected
            .iter()
            .enumerate()
            .find(|(i, e)| !matched[*i] && e.kind == d.severity && Some(e.line) == line && matches(*i, &d.message));
        match hit {
            Some((i, _)) => matched[i] = true,
            None => problems.push(format!(
                "{file}:{}: unexpected {}: {}",
                line.map_or("?".into(), |l| l.to_string()),
                d.severity,
                d.message
            )),
        }
    }
    for (e, _) in expected.iter().zip(&matched).filter(|(_, m)| !**m) {
        problems.push(format!(
            "{file}:{}: expected {} \"{}\" on line {} was not produced",
            e.comment_line, e.kind, e.text, e.line
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(severity: &'static str, line: usize, message: &str) -> Captured {
        Captured { severity, location: format!("loc(\"-\":{line}:3)"), message: message.into(), notes: Vec::new() }
    }

    #[test]
    fn designators() {
        let text = "a\n// expected-error@+1 {{one}}\nb\n// expected-warning@above {{two}} expected-note@below {{three}}\nc // expected-remark {{four}}\n// expected-error@-4 {{five}} expected-error@1 {{six}}";
        let e = expectations(text).unwrap();
        let got: Vec<_> = e.iter().map(|e| (e.kind.as_str(), e.line, e.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("error", 3, "one"),
                ("warning", 3, "two"),
                ("note", 5, "three"),
                ("remark", 5, "four"),
                ("error", 2, "five"),
                ("error", 1, "six")
            ]
        );
        assert!(expectations("// expected-error@-9 {{x}}").is_err());
        assert!(expectations("// expected-error {{x").is_err());
    }

    #[test]
    fn regex_expectations() {
        let e = expectations("x\n// expected-error-re@-1 {{operand {{[0-9]+}} ('f64') is {{.*}}}}").unwrap();
        assert_eq!(e[0].text, "operand {{[0-9]+}} ('f64') is {{.*}}");
        assert_eq!(check("f", &e, &[diag("error", 1, "type of operand 12 ('f64') is wrong")]), Vec::<String>::new());
        // Literal parts are literal: the parentheses and quotes must be there.
        assert_eq!(check("f", &e, &[diag("error", 1, "operand 12 (f64) is wrong")]).len(), 2);
        // The block must match: no digits, no match.
        assert_eq!(check("f", &e, &[diag("error", 1, "operand x ('f64') is wrong")]).len(), 2);
        assert!(expectations("// expected-error-re {{a {{[}} b}}").unwrap_err().contains("invalid regex"));
        assert!(expectations("// expected-error-re {{a {{b}}").unwrap_err().contains("no end"));
    }

    #[test]
    fn one_for_one_matching() {
        let e = expectations("x\n// expected-error@-1 {{bad type}}\n// expected-warning {{never}}").unwrap();
        assert_eq!(check("f", &e[..1], &[diag("error", 1, "a bad type here")]), Vec::<String>::new());
        let problems = check("f", &e, &[diag("error", 1, "a bad type"), diag("error", 1, "a bad type")]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("unexpected error: a bad type"));
        assert!(problems[1].contains("expected warning \"never\""));
        // The right text on the wrong line does not match.
        assert_eq!(check("f", &e[..1], &[diag("error", 2, "bad type")]).len(), 2);
    }
}
