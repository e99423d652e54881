//! `pycc._native`: the compiler inside the Python package. The pure-Python
//! side (`python/pycc/`) imports it only when something is compiled, so
//! `import pycc` stays cheap; everything here is a thin call into the
//! `pycc` library crate, the same code the `pycc` binary runs.

use pycc::base::options::Overflow;
use pycc::driver::{self, Options};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use std::path::PathBuf;

create_exception!(
    pycc,
    CompileError,
    PyException,
    "pycc could not compile the module; the message is the full diagnostic."
);

/// Compiles the `CC(module)` of `source` (read statically, never run) and
/// returns the paths written. Diagnostics become `CompileError`.
#[pyfunction]
#[pyo3(signature = (source, *, module=None, output_dir=None, output_file=None, target_cpu=None, overflow=None, boundscheck=None, fastmath=None, python=None, exports=None, verbose=false, egg=true))]
#[allow(clippy::too_many_arguments)]
fn compile(
    py: Python<'_>,
    source: PathBuf,
    module: Option<String>,
    output_dir: Option<PathBuf>,
    output_file: Option<String>,
    target_cpu: Option<String>,
    overflow: Option<String>,
    boundscheck: Option<bool>,
    fastmath: Option<String>,
    python: Option<String>,
    exports: Option<Vec<String>>,
    verbose: bool,
    egg: bool,
) -> PyResult<Vec<PathBuf>> {
    // `CC.overflow` validates too; this keeps the native API honest on its own.
    let overflow = match overflow.as_deref() {
        None => None,
        Some(s) => Some(
            Overflow::from_name(s)
                .ok_or_else(|| PyValueError::new_err(format!("overflow must be 'wrap' or 'raise', not {s:?}")))?,
        ),
    };
    // numba's flag names, comma-separated ("true"/"off" for the bool form).
    let fastmath = match fastmath.as_deref() {
        None => None,
        Some(s) => Some(pycc::base::fastmath::FastMath::parse(s).map_err(PyValueError::new_err)?),
    };
    let opts = Options {
        input: source,
        output_dir,
        output_file,
        module,
        runtime_exports: exports,
        target_cpu,
        overflow,
        boundscheck,
        fastmath,
        python: python.unwrap_or_else(|| "python3".into()),
        emit: Vec::new(),
        egg,
        verbose,
    };
    // Compiling takes a while and touches no Python object: let other threads run.
    py.detach(|| driver::compile(&opts)).map_err(|d| CompileError::new_err(d.render()))
}

/// The `pycc` command line; `argv` includes the program name.
#[pyfunction]
fn pycc_main(py: Python<'_>, argv: Vec<String>) -> i32 {
    py.detach(|| pycc::cli::compile::main(argv))
}

/// The `pycc-opt` command line; `argv` includes the program name.
#[pyfunction]
fn opt_main(py: Python<'_>, argv: Vec<String>) -> i32 {
    py.detach(|| pycc::cli::opt::main(argv))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(compile, m)?)?;
    m.add_function(wrap_pyfunction!(pycc_main, m)?)?;
    m.add_function(wrap_pyfunction!(opt_main, m)?)?;
    m.add("CompileError", m.py().get_type::<CompileError>())?;
    Ok(())
}
