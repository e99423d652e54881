//! CPython's words for a malformed number literal (`0x`, `0b2`, `012`,
//! `1e`, `1._5`): rustpython's lexer reports these as its internal errors
//! (`ParseBigIntError { kind: Empty }`, `Invalid Token`), which name
//! neither the literal nor what is wrong with it.

use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::ParseErrorType;
use std::ops::Range;

/// CPython's message for a bad number literal the lexer stopped at (`at` is
/// the lexer's offset, at the literal's start or end), with the literal's
/// span; None for every other syntax error.
pub fn describe(error: &ParseErrorType, text: &str, at: usize) -> Option<(String, Range<usize>)> {
    let ParseErrorType::Lexical(LexicalErrorType::OtherError(what)) = error else { return None };
    let span = literal_span(text, at)?;
    let literal = text[span.clone()].to_ascii_lowercase();
    let message = if what.starts_with("ParseBigIntError") {
        match literal.get(..2) {
            Some("0x") => "invalid hexadecimal literal",
            Some("0o") => "invalid octal literal",
            Some("0b") => "invalid binary literal",
            _ => return None,
        }
    } else {
        match what.as_str() {
            "Invalid Token" => {
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
            }
            "Invalid Syntax" | "Invalid decimal literal" => "invalid decimal literal",
            _ => return None,
        }
    };
    Some((message.to_string(), span))
}

/// The number literal around `at`: back to its first digit, forward over
/// letters, digits, `_` and `.`; None when no digit starts it.
fn literal_span(text: &str, at: usize) -> Option<Range<usize>> {
    let at = at.min(text.len());
    let part = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.';
    let start = text[..at].char_indices().rev().take_while(|&(_, c)| part(c)).last().map_or(at, |(i, _)| i);
    let end = at + text[at..].chars().take_while(|&c| part(c)).map(char::len_utf8).sum::<usize>();
    text[start..end].starts_with(|c: char| c.is_ascii_digit()).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(src: &str) -> Option<(String, String)> {
        let e = rustpython_parser::parse(src, rustpython_parser::Mode::Module, "t.py").unwrap_err();
        let (m, span) = describe(&e.error, src, usize::from(e.offset))?;
        Some((m, src[span].to_string()))
    }

    #[test]
    fn bad_literals_get_cpythons_words() {
        let hex = Some(("invalid hexadecimal literal".to_string(), "0x".to_string()));
        assert_eq!(message("y = x + 0x\n"), hex);
        assert_eq!(message("y = 0b\n").unwrap().0, "invalid binary literal");
        assert_eq!(message("y = 0o\n").unwrap().0, "invalid octal literal");
        assert_eq!(
            message("y = 012\n").unwrap(),
            (
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                    .to_string(),
                "012".to_string()
            )
        );
        assert_eq!(message("y = 1._5\n").unwrap().0, "invalid decimal literal");
        assert_eq!(message("y = (\n"), None);
    }
}
