//! Stage 6b: the object becomes `<output_dir>/<name><EXT_SUFFIX>`, linked by
//! the system `cc`, with EXT_SUFFIX from the target interpreter.

use crate::diagnostics::{Diagnostics, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What pycc needs to know about the interpreter the module is built for.
#[derive(Debug, Clone)]
pub struct PythonTarget {
    pub ext_suffix: String,
}

pub fn python_target(python: &str) -> Result<PythonTarget> {
    let out = Command::new(python)
        .args(["-c", "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"])
        .output()
        .map_err(|e| Diagnostics::plain(format!("cannot run `{python}` to read EXT_SUFFIX: {e}\nhelp: install Python 3 or pass --python /path/to/python3")))?;
    let ext_suffix = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || ext_suffix.is_empty() || ext_suffix == "None" {
        return Err(Diagnostics::plain(format!("`{python}` did not report an extension suffix (sysconfig EXT_SUFFIX)")));
    }
    Ok(PythonTarget { ext_suffix })
}

/// Links one object into a shared library at `output`.
pub fn link(object: &Path, output: &Path) -> Result<PathBuf> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = Command::new(&cc)
        .arg("-shared")
        .arg("-o")
        .arg(output)
        .arg(object)
        .arg("-Wl,--as-needed")
        .arg("-Wl,-O1")
        .arg("-s") // symbols are internal anyway: strip the static symbol table
        .arg("-lm")
        .output()
        .map_err(|e| Diagnostics::plain(format!("cannot run the linker `{cc}`: {e}\nhelp: install a C toolchain (Debian: apt-get install gcc)")))?;
    if !out.status.success() {
        return Err(Diagnostics::plain(format!("linking {} failed:\n{}", output.display(), String::from_utf8_lossy(&out.stderr))));
    }
    Ok(output.to_path_buf())
}
