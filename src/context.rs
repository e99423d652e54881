//! One MLIR context with everything pycc uses: upstream dialects, passes,
//! LLVM IR translation and the `py` dialect.

use melior::dialect::DialectRegistry;
use melior::utility::{register_all_dialects, register_all_llvm_translations, register_all_passes};
use melior::Context;

pub fn new_context() -> Context {
    let registry = DialectRegistry::new();
    register_all_dialects(&registry);
    crate::dialects::register(&registry);
    // Single-threaded: modules are small, and a thread pool costs start-up time.
    let context = Context::new_with_registry(&registry, false);
    // Load what pycc builds; passes load their dependent dialects themselves.
    for d in ["builtin", "func", "arith", "math", "cf", "llvm", "py"] {
        context.get_or_load_dialect(d);
    }
    register_all_llvm_translations(&context);
    register_all_passes();
    context
}

/// One MLIR diagnostic, taken out of the context's handler.
#[derive(Debug, Clone, PartialEq)]
pub struct Captured {
    pub severity: &'static str,
    /// The location as MLIR prints it, e.g. `loc("-":3:10)`.
    pub location: String,
    pub message: String,
    pub notes: Vec<Captured>,
}

impl Captured {
    fn from_mlir(d: &melior::diagnostic::Diagnostic) -> Self {
        use melior::diagnostic::DiagnosticSeverity as S;
        let severity = match d.severity() {
            S::Error => "error",
            S::Warning => "warning",
            S::Remark => "remark",
            S::Note => "note",
        };
        let notes = (0..d.note_count()).filter_map(|i| d.note(i).ok()).map(|n| Captured::from_mlir(&n)).collect();
        Captured { severity, location: d.location().to_string(), message: d.to_string(), notes }
    }

    /// The line of a file location (the first `"name":line:col` in it).
    pub fn line(&self) -> Option<usize> {
        let rest = &self.location[self.location.find("\":")? + 2..];
        rest.split(':').next()?.parse().ok()
    }
}

/// Runs `f` and returns every MLIR diagnostic emitted meanwhile, so that
/// they become pycc errors instead of stray stderr lines.
pub fn capture_all_diagnostics<T>(context: &Context, f: impl FnOnce() -> T) -> (T, Vec<Captured>) {
    let captured = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = captured.clone();
    let id = context.attach_diagnostic_handler(move |d| {
        sink.borrow_mut().push(Captured::from_mlir(&d));
        true
    });
    let out = f();
    context.detach_diagnostic_handler(id);
    let captured = captured.borrow().clone();
    (out, captured)
}

/// As `capture_all_diagnostics`, each rendered as `location: message`.
pub fn capture_diagnostics<T>(context: &Context, f: impl FnOnce() -> T) -> (T, Vec<String>) {
    let (out, captured) = capture_all_diagnostics(context, f);
    (out, captured.iter().map(|d| format!("{}: {}", d.location, d.message)).collect())
}

/// Parses MLIR text, with MLIR's diagnostics. Text with a NUL byte is an
/// error here: melior hands MLIR a C string and panics on one.
pub fn parse_module<'c>(context: &'c Context, text: &str) -> (Option<melior::ir::Module<'c>>, Vec<Captured>) {
    if let Some(at) = text.find('\0') {
        let line = text[..at].matches('\n').count() + 1;
        let col = at - text[..at].rfind('\n').map_or(0, |n| n + 1) + 1;
        let error = Captured {
            severity: "error",
            location: format!("loc(\"-\":{line}:{col})"),
            message: "the input contains a NUL byte".into(),
            notes: Vec::new(),
        };
        return (None, vec![error]);
    }
    let (module, mut diagnostics) = capture_all_diagnostics(context, || melior::ir::Module::parse(context, text));
    if let Some(error) = module.as_ref().and_then(|m| module_level_use(&m.body())) {
        diagnostics.push(error);
        return (None, diagnostics);
    }
    (module, diagnostics)
}

/// An operation with operands directly in a module body, as an error. A
/// module body is a graph region, where `%0 = arith.negf %0` is valid IR,
/// and MLIR 22's canonicalizer never finishes on such a cycle (neither does
/// mlir-opt's); code, pycc's and anyone's, lives in functions.
fn module_level_use(body: &melior::ir::BlockRef) -> Option<Captured> {
    use melior::ir::{block::BlockLike, operation::OperationLike, RegionLike};
    let mut next = body.first_operation();
    while let Some(op) = next {
        if op.operand_count() > 0 {
            return Some(Captured {
                severity: "error",
                location: op.location().to_string(),
                message: format!(
                    "'{}' uses values at module level; pycc-opt takes code inside functions only (a module body is a graph region, where a use cycle would never finish canonicalizing)",
                    op.name().as_string_ref().as_str().unwrap_or("?")
                ),
                notes: Vec::new(),
            });
        }
        if op.name().as_string_ref().as_str() == Ok("builtin.module") {
            if let Some(inner) = op.region(0).ok().and_then(|r| r.first_block()) {
                if let Some(error) = module_level_use(&inner) {
                    return Some(error);
                }
            }
        }
        next = op.next_in_block();
    }
    None
}
