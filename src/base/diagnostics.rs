//! Errors as values: every stage returns `Result<_, Diagnostics>`, rendered
//! once at the edge as `file:line:col` with a caret (codespan-reporting).

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::NoColor, Config};
use std::fmt;
use std::ops::Range;

/// One problem in the user's source, located by byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub primary: Option<(Range<usize>, String)>,
    pub secondary: Vec<(Range<usize>, String)>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Severity {
    Error,
    Warning,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            primary: None,
            secondary: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(message) }
    }

    pub fn at(mut self, range: Range<usize>, label: impl Into<String>) -> Self {
        self.primary = Some((range, label.into()));
        self
    }

    pub fn also(mut self, range: Range<usize>, label: impl Into<String>) -> Self {
        self.secondary.push((range, label.into()));
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

/// A source text that diagnostics point into.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// What a failing stage returns: the diagnostics plus the source they index.
#[derive(Debug, Clone)]
pub struct Diagnostics {
    pub source: Option<Source>,
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new(source: &Source, items: Vec<Diagnostic>) -> Self {
        Diagnostics { source: Some(source.clone()), items }
    }

    /// An error with no source location (I/O, tools, toolchain).
    pub fn plain(message: impl Into<String>) -> Self {
        Diagnostics { source: None, items: vec![Diagnostic::error(message)] }
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn render(&self) -> String {
        let mut out = NoColor::new(Vec::new());
        let name = self.source.as_ref().map(|s| s.name.as_str()).unwrap_or("<pycc>");
        let text = self.source.as_ref().map(|s| s.text.as_str()).unwrap_or("");
        let file = SimpleFile::new(name, text);
        let config = Config::default();
        for d in &self.items {
            let mut cs = match d.severity {
                Severity::Error => CsDiagnostic::error(),
                Severity::Warning => CsDiagnostic::warning(),
            }
            .with_message(&d.message);
            let mut labels = Vec::new();
            if let Some((r, l)) = &d.primary {
                labels.push(Label::primary((), clamp(r, text)).with_message(l));
            }
            for (r, l) in &d.secondary {
                labels.push(Label::secondary((), clamp(r, text)).with_message(l));
            }
            cs = cs.with_labels(labels).with_notes(d.notes.clone());
            // Rendering into a Vec cannot fail but for a bad range, which clamp rules out.
            let _ = term::emit(&mut out, &config, &file, &cs);
        }
        String::from_utf8_lossy(&out.into_inner()).into_owned()
    }
}

fn clamp(r: &Range<usize>, text: &str) -> Range<usize> {
    let end = r.end.min(text.len());
    r.start.min(end)..end
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

impl std::error::Error for Diagnostics {}

pub type Result<T> = std::result::Result<T, Diagnostics>;
