//! One MLIR context with everything pycc uses: upstream dialects, passes,
//! LLVM IR translation and the `py` dialect.

use melior::dialect::DialectRegistry;
use melior::utility::{register_all_dialects, register_all_llvm_translations, register_all_passes};
use melior::Context;

pub fn new_context() -> Context {
    let registry = DialectRegistry::new();
    register_all_dialects(&registry);
    // Single-threaded: modules are small, and a thread pool costs start-up time.
    let context = Context::new_with_registry(&registry, false);
    // Load what pycc builds; passes load their dependent dialects themselves.
    for d in ["builtin", "func", "arith", "math", "cf", "llvm", "irdl"] {
        context.get_or_load_dialect(d);
    }
    register_all_llvm_translations(&context);
    register_all_passes();
    assert!(crate::dialects::load(&context), "the py dialect's IRDL definition must load");
    context
}

/// Runs `f` and returns MLIR's error diagnostics emitted meanwhile, so that
/// they become pycc errors instead of stray stderr lines.
pub fn capture_diagnostics<T>(context: &Context, f: impl FnOnce() -> T) -> (T, Vec<String>) {
    let messages = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = messages.clone();
    let id = context.attach_diagnostic_handler(move |d| {
        sink.borrow_mut().push(format!("{}: {}", d.location(), d));
        true
    });
    let out = f();
    context.detach_diagnostic_handler(id);
    let messages = messages.borrow().clone();
    (out, messages)
}
