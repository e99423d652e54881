//! Step 6b: the object becomes `<output_dir>/<name><EXT_SUFFIX>`, linked by
//! the system `cc`, with EXT_SUFFIX from the target interpreter.

use crate::base::diagnostics::{Diagnostics, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What pycc needs to know about the interpreter the module is built for.
#[derive(Debug, Clone)]
pub struct PythonTarget {
    pub ext_suffix: String,
}

/// The interpreter query, started early so that it runs while pycc compiles.
pub struct PendingPython {
    python: String,
    child: std::io::Result<std::process::Child>,
}

/// Starts `python` to read its extension suffix. `-S -I` and
/// importlib.machinery (already loaded at start-up) keep it cheap; the first
/// entry of EXTENSION_SUFFIXES is sysconfig's EXT_SUFFIX.
pub fn query_python(python: &str) -> PendingPython {
    let child = Command::new(python)
        .args(["-S", "-I", "-c", "import importlib.machinery as m; print(m.EXTENSION_SUFFIXES[0])"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    PendingPython { python: python.to_string(), child }
}

impl PendingPython {
    pub fn wait(self) -> Result<PythonTarget> {
        let python = self.python;
        let out = self
            .child
            .and_then(|c| c.wait_with_output())
            .map_err(|e| Diagnostics::plain(format!("cannot run `{python}` to read its extension suffix: {e}\nhelp: install Python 3 or pass --python /path/to/python3")))?;
        let ext_suffix = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if !out.status.success() || !ext_suffix.ends_with(".so") {
            return Err(Diagnostics::plain(format!(
                "`{python}` did not report an extension suffix:\n{}",
                String::from_utf8_lossy(&out.stderr)
            )));
        }
        Ok(PythonTarget { ext_suffix })
    }
}

/// The runtime's out-of-line part (src/wrap/runtime.c), compiled by build.rs.
const RUNTIME_OBJECT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/runtime.o"));
/// Its array half (src/wrap/runtime_buffer.c); `--gc-sections` drops it
/// from modules without array arguments.
const RUNTIME_BUFFER_OBJECT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/runtime_buffer.o"));

/// CPython's own numeric algorithms (src/wrap/pymath.c), compiled by build.rs.
const PYMATH_OBJECT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pymath.o"));

/// Links the module's objects and the runtime objects into `output`.
pub fn link(objects: &[PathBuf], output: &Path) -> Result<PathBuf> {
    let first = objects.first().expect("codegen makes at least one object");
    let runtime = first.with_extension("runtime.o");
    let buffer = first.with_extension("runtime_buffer.o");
    let pymath = first.with_extension("pymath.o");
    let parts = [(&runtime, RUNTIME_OBJECT), (&buffer, RUNTIME_BUFFER_OBJECT), (&pymath, PYMATH_OBJECT)];
    let written = parts.iter().try_for_each(|(path, bytes)| {
        std::fs::write(path, bytes).map_err(|e| Diagnostics::plain(format!("cannot write {}: {e}", path.display())))
    });
    let mut all: Vec<&Path> = objects.iter().map(|p| p.as_path()).collect();
    all.extend([runtime.as_path(), buffer.as_path(), pymath.as_path()]);
    let result = written.and_then(|_| run_linker(&all, output));
    for (path, _) in parts {
        let _ = std::fs::remove_file(path);
    }
    result
}

fn run_linker(objects: &[&Path], output: &Path) -> Result<PathBuf> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = Command::new(&cc)
        .arg("-shared")
        .arg("-o")
        .arg(output)
        .args(objects)
        .arg("-Wl,--gc-sections")
        .arg("-Wl,--as-needed")
        .arg("-Wl,-O1")
        .arg("-s") // symbols are internal anyway: strip the static symbol table
        .arg("-lm")
        .output()
        .map_err(|e| {
            Diagnostics::plain(format!(
                "cannot run the linker `{cc}`: {e}\nhelp: install a C toolchain (Debian: apt-get install gcc)"
            ))
        })?;
    if !out.status.success() {
        return Err(Diagnostics::plain(format!(
            "linking {} failed:\n{}",
            output.display(),
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    Ok(output.to_path_buf())
}
