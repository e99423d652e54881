//! The command lines, as library functions: the `pycc` and `pycc-opt`
//! binaries and the Python package's console scripts run the same code.

pub mod compile;
pub mod opt;
pub mod verify;

/// Runs a clap parse, turning `--help`, `--version` and usage errors into
/// their printed text and exit code instead of exiting the process (which
/// would take a Python interpreter down with it).
pub(crate) fn parse<P: clap::Parser>(args: Vec<String>) -> Result<P, i32> {
    P::try_parse_from(args).map_err(|e| {
        let _ = e.print();
        e.exit_code()
    })
}

/// The compiler stages recurse over the program (the parser's tree, typing,
/// lowering): nesting that CPython accepts (about 3000 levels, see
/// `parse::MAX_NESTING`) needs more than the 8 MB main thread. Only the
/// pages touched are committed.
const STACK_BYTES: usize = 1 << 30;

/// The file being compiled, for the internal-compiler-error report.
static INPUT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Notes the input that an internal compiler error would be about.
pub(crate) fn set_input(input: &str) {
    if let Ok(mut g) = INPUT.lock() {
        *g = Some(input.to_string());
    }
}

/// Runs a command on a thread with a large stack; a panic there is exit
/// code 101 (its report is the panic hook's), never an abort.
pub(crate) fn on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    let worker = std::thread::Builder::new().name("pycc".into()).stack_size(STACK_BYTES).spawn(f);
    match worker {
        Ok(handle) => handle.join().unwrap_or(101),
        Err(e) => {
            eprintln!("pycc: cannot start the compiler thread ({e})");
            1
        }
    }
}

/// What a panic prints: an internal compiler error, where in pycc, and the
/// input it was compiling.
pub fn ice_report(message: &str, at: Option<String>, input: Option<&str>) -> String {
    let mut out = format!("internal compiler error: {message}\n");
    if let Some(at) = at {
        out += &format!("  in pycc at {at}\n");
    }
    match input {
        Some(input) => out += &format!("  while compiling {input}\n"),
        None => out += "  before any input was read\n",
    }
    out + "  this is a bug in pycc: please report it with the input file\n"
}

/// Replaces Rust's panic message by `ice_report` (the binaries install it;
/// a panic then exits with code 101 through `on_big_stack`).
pub fn install_ice_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".into());
        let at = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
        let input = INPUT.lock().ok().and_then(|g| g.clone());
        eprint!("{}", ice_report(&message, at, input.as_deref()));
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_an_internal_compiler_error_naming_the_input() {
        let r = ice_report("boom", Some("src/x.rs:1:2".into()), Some("/tmp/m.py"));
        assert_eq!(
            r,
            "internal compiler error: boom\n  in pycc at src/x.rs:1:2\n  while compiling /tmp/m.py\n  this is a bug in pycc: please report it with the input file\n"
        );
        assert!(ice_report("x", None, None).contains("before any input was read"));
    }

    #[test]
    fn a_panic_on_the_big_stack_exits_101() {
        assert_eq!(on_big_stack(|| 7), 7);
        assert_eq!(on_big_stack(|| panic!("deliberate")), 101);
    }

    #[test]
    fn the_big_stack_takes_deep_recursion() {
        fn down(n: u64) -> u64 {
            let pad = [n; 64]; // about 512 bytes a frame
            if n == 0 {
                0
            } else {
                std::hint::black_box(pad)[1] - n + 1 + down(n - 1)
            }
        }
        // About 100 MB of frames: far past the main thread's 8 MB.
        assert_eq!(on_big_stack(|| down(200_000) as i32), 200_000);
    }
}
