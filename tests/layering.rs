//! The folders are layers in pipeline order (src/lib.rs): a module may use
//! only the layers at or below its own. This reads every `crate::` path in
//! the library's sources and fails on an edge that goes up, so the layering
//! is kept, not just drawn once.

use std::path::{Path, PathBuf};

/// Each top-level module of the crate and its layer; equal layers may use
/// each other only within one module (a layer is one folder).
const LAYERS: &[(&str, u32)] = &[
    ("base", 0),
    ("syntax", 1),
    ("tir", 2),
    ("dialects", 2),
    ("abi", 3),
    ("sema", 5),
    ("analysis", 4),
    ("lower", 6),
    ("passes", 7),
    ("context", 7),
    ("optimize", 8),
    ("wrap", 9),
    ("backend", 10),
    ("driver", 11),
    ("cli", 12),
    ("fuzzing", 12),
];

fn layer(module: &str) -> u32 {
    LAYERS.iter().find(|(m, _)| *m == module).unwrap_or_else(|| panic!("module `{module}` has no layer")).1
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a source file belongs to.
fn owner(root: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(root).unwrap();
    let mut parts = rel.iter().map(|s| s.to_str().unwrap());
    match parts.next()? {
        "dialects" => Some("dialects".into()),
        "passes" => Some("passes".into()),
        "src" => {
            let first = parts.next()?;
            match first {
                "lib.rs" | "bin" => None,
                f => Some(f.trim_end_matches(".rs").to_string()),
            }
        }
        _ => None,
    }
}

#[test]
fn no_module_uses_a_later_stage() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for d in ["src", "dialects", "passes"] {
        rust_files(&root.join(d), &mut files);
    }
    files.sort();
    let mut bad = Vec::new();
    for file in &files {
        let Some(from) = owner(root, file) else { continue };
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap();
            let mut rest = code;
            while let Some(i) = rest.find("crate::") {
                rest = &rest[i + 7..];
                // `crate::x::...`, or a group `crate::{x, y::z}` on one line.
                let targets: Vec<String> = match rest.strip_prefix('{') {
                    Some(group) => group[..group.find('}').unwrap_or(group.len())]
                        .split(',')
                        .map(|t| t.trim().split("::").next().unwrap().to_string())
                        .collect(),
                    None => vec![rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()],
                };
                for to in targets.into_iter().filter(|t| !t.is_empty() && *t != from && t != "self") {
                    if layer(&to) >= layer(&from) {
                        bad.push(format!("{}:{}: {from} uses {to}: {}", file.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "edges that go up the pipeline:\n{}", bad.join("\n"));
}
