//! Module-level arrays that module code fills or computes (a lookup table
//! filled by a module-level loop, `INVPERM = np.array([... for i in
//! range(64)])`): numba freezes such a global as the module left it when
//! `cc.compile()` ran, because the module ran. pycc runs only the
//! module-level statements these arrays depend on (a backward slice, with
//! the file's imports and function definitions, numba's decorators made
//! identities) in the build's Python, and freezes each array's value as a
//! literal `np.array([...], dtype=...)` binding, which syntax/frozen.rs
//! then treats as any frozen array. Without a Python that has numpy, or
//! when the slice fails, or with `PYCC_NO_MODULE_EVAL` set, the arrays
//! stay unfrozen (syntax/modarrays.rs reports them).

use crate::base::diagnostics::Source;
use crate::syntax::parse::range;
use rustpython_parser::ast::fold::{Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Stmt};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

static PYTHON: OnceLock<String> = OnceLock::new();

/// The Python that module code may run in (the build's `--python`).
pub fn use_python(python: &str) {
    let _ = PYTHON.set(python.to_string());
}

/// The most items an evaluated array may have (it becomes a literal).
const MAX_ITEMS: usize = 1 << 16;

/// Stand-ins for numba while the slice runs: decorators and signature
/// objects are inert, `prange` is `range`.
const PRELUDE: &str = r#"
import sys as _sys, types as _types
class _Any:
    def __init__(self, *a, **k): pass
    def __getattr__(self, n):
        if n.startswith('__'): raise AttributeError(n)
        return _Any()
    def __call__(self, *a, **k):
        if len(a) == 1 and not k and callable(a[0]) and not isinstance(a[0], _Any): return a[0]
        return _Any()
    def __getitem__(self, k): return _Any()
class _Mod(_types.ModuleType):
    __path__ = []
    def __getattr__(self, n):
        if n.startswith('__'): raise AttributeError(n)
        return range if n == 'prange' else _Any()
for _m in ('numba', 'numba.pycc', 'numba.types', 'numba.core', 'numba.core.types', 'numba.typed', 'numba.np',
           'numba.extending', 'pycc'):
    _sys.modules[_m] = _Mod(_m)
"#;

/// Prints `ARRAY name literal` for each wanted array the slice made.
const EPILOGUE: &str = r#"
import numpy as _np
def _lit(x):
    if isinstance(x, list): return '[' + ', '.join(_lit(v) for v in x) + ']'
    if isinstance(x, bool): return 'True' if x else 'False'
    if isinstance(x, float):
        if x != x: return 'NP.nan'
        if x in (float('inf'), float('-inf')): return ('-' if x < 0 else '') + 'NP.inf'
    return repr(x)
for _n in _NAMES:
    _v = globals().get(_n)
    if not isinstance(_v, _np.ndarray) or _v.dtype.kind not in 'biuf' or _v.ndim == 0 or _v.size > _MAX:
        continue
    if _v.dtype == _np.uint64 and _v.size and int(_v.max()) >= 2**63:
        continue
    _sys.stdout.write('ARRAY %s %s %s\n' % (_n, _v.dtype.name, _lit(_v.tolist())))
"#;

/// The indices of the module-level statements the arrays `names` need:
/// imports and definitions, and, backwards, every statement that binds or
/// changes a needed name or uses one, whose other names become needed. A
/// statement that calls a file function also uses every name the function
/// (and what it calls) mentions, so `fill()` changing `T` counts as a
/// change of `T`. The `if __name__ == "__main__":` block never runs on
/// import and is left out (the slice itself runs as `__main__`).
fn slice(body: &[Stmt], names: &[String]) -> Vec<usize> {
    let uses = statement_uses(body);
    let mut needed: HashSet<String> = names.iter().cloned().collect();
    let mut keep = vec![false; body.len()];
    for (k, stmt) in body.iter().enumerate().rev() {
        let always = matches!(stmt, Stmt::Import(_) | Stmt::ImportFrom(_) | Stmt::FunctionDef(_) | Stmt::ClassDef(_));
        if always {
            keep[k] = true;
        } else if !is_main_guard(stmt) && uses[k].iter().any(|n| needed.contains(n)) {
            keep[k] = true;
            needed.extend(uses[k].iter().cloned());
        }
    }
    (0..body.len()).filter(|&k| keep[k]).collect()
}

/// Each statement's names, with the names of the file functions it
/// mentions (transitively) added: computed once per statement.
fn statement_uses(body: &[Stmt]) -> Vec<HashSet<String>> {
    let own: Vec<HashSet<String>> = body.iter().map(super::frozen::names).collect();
    let mut defs: HashMap<&str, HashSet<String>> = HashMap::new();
    for (stmt, names) in body.iter().zip(&own) {
        if let Stmt::FunctionDef(f) = stmt {
            defs.entry(f.name.as_str()).or_default().extend(names.iter().cloned());
        }
    }
    // Close over calls between definitions (a fixed point: sets only grow).
    loop {
        let mut grew = false;
        let keys: Vec<&str> = defs.keys().copied().collect();
        for key in keys {
            let called: Vec<String> =
                defs[key].iter().filter(|n| n.as_str() != key && defs.contains_key(n.as_str())).cloned().collect();
            let mut add: HashSet<String> = HashSet::new();
            for c in called {
                add.extend(defs[c.as_str()].iter().filter(|n| !defs[key].contains(*n)).cloned());
            }
            grew |= !add.is_empty();
            if let Some(set) = defs.get_mut(key) {
                set.extend(add);
            }
        }
        if !grew {
            break;
        }
    }
    own.into_iter()
        .map(|mut names| {
            let called: Vec<&str> =
                names.iter().filter_map(|n| defs.get_key_value(n.as_str()).map(|(k, _)| *k)).collect();
            for c in called {
                names.extend(defs[c].iter().cloned());
            }
            names
        })
        .collect()
}

/// `if __name__ == "__main__":`
fn is_main_guard(stmt: &Stmt) -> bool {
    let Stmt::If(i) = stmt else { return false };
    let Expr::Compare(c) = i.test.as_ref() else { return false };
    let is_name = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == "__name__");
    is_name(&c.left) || c.comparators.iter().any(is_name)
}

/// Gives every node the range `at` (the array's own binding in the file),
/// so a diagnostic about the frozen literal points at the source.
struct Place(TextRange);

impl Fold<TextRange> for Place {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();
    fn will_map_user(&mut self, _: &TextRange) {}
    fn map_user(&mut self, _: TextRange, _: ()) -> Result<TextRange, Self::Error> {
        Ok(self.0)
    }
}

/// Runs the slice for `names` and returns the frozen bindings it made
/// (`np` the name numpy is imported as).
pub fn evaluate(source: &Source, body: &[Stmt], names: &[String], np: &str) -> Vec<(String, Stmt)> {
    let Some(python) = PYTHON.get() else { return Vec::new() };
    // The user's switch off (and the diagnostics snapshots').
    if names.is_empty() || std::env::var_os("PYCC_NO_MODULE_EVAL").is_some() {
        return Vec::new();
    }
    let mut script = String::from(PRELUDE);
    let dir = std::path::Path::new(&source.name).parent().map(|p| p.display().to_string()).unwrap_or_default();
    script.push_str(&format!("_sys.path.insert(0, {:?})\n", if dir.is_empty() { "." } else { &dir }));
    for k in slice(body, names) {
        let r = range(&body[k]);
        // Decorators come before the statement's range: without them a
        // definition is the plain Python function.
        script.push_str(&source.text[r]);
        script.push('\n');
    }
    script.push_str(&format!("_NAMES = {names:?}\n_MAX = {MAX_ITEMS}\n"));
    script.push_str(EPILOGUE);
    let Some(out) = run(python, &script) else { return Vec::new() };
    let made: HashMap<&str, TextRange> = body
        .iter()
        .filter_map(|s| match s {
            Stmt::Assign(a) => match a.targets.as_slice() {
                [Expr::Name(n)] => Some((n.id.as_str(), a.range)),
                _ => None,
            },
            Stmt::AnnAssign(a) => match a.target.as_ref() {
                Expr::Name(n) => Some((n.id.as_str(), a.range)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    out.lines().filter_map(|line| frozen_binding(line, np, &made)).collect()
}

/// One `ARRAY name dtype literal` line as `name = np.array(literal, dtype=np.dtype)`.
fn frozen_binding(line: &str, np: &str, made: &HashMap<&str, TextRange>) -> Option<(String, Stmt)> {
    let mut parts = line.strip_prefix("ARRAY ")?.splitn(3, ' ');
    let (name, dtype, lit) = (parts.next()?, parts.next()?, parts.next()?);
    let at = *made.get(name)?;
    let text = format!("{name} = {np}.array({}, dtype={np}.{dtype})", lit.replace("NP.", &format!("{np}.")));
    let stmts = <ast::Suite as rustpython_parser::Parse>::parse(&text, "<frozen>").ok()?;
    let stmt = stmts.into_iter().next()?.fold(&mut Place(at)).ok()?;
    let Stmt::Assign(a) = &stmt else { return None };
    matches!(a.targets.as_slice(), [Expr::Name(n)] if n.ctx == ExprContext::Store).then(|| (name.to_string(), stmt))
}

/// The script's stdout, or None when it fails or runs past 60 s.
fn run(python: &str, script: &str) -> Option<String> {
    let mut child = Command::new(python)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(script.as_bytes()).ok()?;
    // Read while it runs: a large literal would fill the pipe.
    let mut stdout = child.stdout.take()?;
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut out).ok().map(|_| out)
    });
    let start = std::time::Instant::now();
    let ok = loop {
        match child.try_wait().ok()? {
            Some(status) => break status.success(),
            None if start.elapsed().as_secs() > 60 => {
                let _ = child.kill();
                let _ = child.wait();
                break false;
            }
            None => std::thread::sleep(std::time::Duration::from_millis(20)),
        }
    };
    let out = reader.join().ok()??;
    ok.then_some(out)
}
