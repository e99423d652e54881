//! The properties the fuzz targets (fuzz/) check, kept here so that the
//! checked-in corpus replays under `cargo test` on stable Rust.

pub mod generate;

use crate::diagnostics::Source;

/// Any string: a signature or an error whose span lies inside (or just past) it.
pub fn signature(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = crate::signature::parse(text) {
        assert!(e.span.start <= text.len() && e.span.start <= e.span.end, "span {:?} outside {text:?}", e.span);
        assert!(text.is_char_boundary(e.span.start.min(text.len())));
    }
}

/// Any bytes as a .py file: the frontend (parse, find exports, type them)
/// returns diagnostics or typed functions, and the diagnostics render.
pub fn frontend(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = Source { name: "fuzz.py".into(), text: text.into() };
    match crate::parse::parse_file(&source) {
        Err(d) => {
            let _ = d.render();
        }
        Ok(parsed) => {
            for m in &parsed.modules {
                match crate::typing::type_module(&source, &parsed.globals, &m.exports) {
                    Err(d) => {
                        let _ = d.render();
                    }
                    // Raise mode's walk over every typed body (overflow.rs).
                    Ok(mut functions) => crate::overflow::mark_may_raise(&mut functions),
                }
            }
        }
    }
}
