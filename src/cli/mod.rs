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
