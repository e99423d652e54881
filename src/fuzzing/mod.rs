//! The properties the fuzz targets (fuzz/) check, kept here so that the
//! checked-in corpus replays under `cargo test` on stable Rust.

pub mod generate;

use crate::analysis::effects;
use crate::base::diagnostics::Source;
use crate::base::options::Overflow;

/// Any string: a signature or an error whose span lies inside (or just past) it.
pub fn signature(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    crate::syntax::signature::check_error_span(text);
}

/// Any bytes as a .py file: the frontend (parse, find exports, type them)
/// returns diagnostics or typed functions, and the diagnostics render.
pub fn frontend(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = Source { name: "fuzz.py".into(), text: text.into() };
    match crate::syntax::parse::parse_file(&source) {
        Err(d) => {
            let _ = d.render();
        }
        Ok(parsed) => {
            for m in &parsed.modules {
                match crate::sema::type_module(&source, &parsed.globals, &m.exports) {
                    Err(d) => {
                        let _ = d.render();
                    }
                    // Raise mode's walk over every typed body (analysis/overflow.rs).
                    Ok(mut functions) => {
                        let opts = effects::Options { boundscheck: true, overflow: Overflow::Raise };
                        effects::compute(&mut functions, opts)
                    }
                }
            }
        }
    }
}

/// Any bytes as `py` dialect text, as `pycc-opt` takes it: parse and verify;
/// if it verifies, the py pipeline `pycc compile` runs. MLIR's diagnostics
/// are the answer to bad input; a panic or a crash is a bug.
pub fn py_opt(data: &[u8]) {
    use melior::ir::operation::OperationLike;
    let Ok(text) = std::str::from_utf8(data) else { return };
    let context = crate::context::new_context();
    let (module, _) = crate::context::parse_module(&context, text);
    let Some(mut module) = module else { return };
    let (ok, _) = crate::context::capture_all_diagnostics(&context, || module.as_operation().verify());
    if ok {
        let _ = crate::optimize::run_pipeline_captured(
            &context,
            &mut module,
            &crate::optimize::py_pipeline(true, false, crate::base::fastmath::FastMath::OFF),
            true,
        );
    }
}

/// Bytes as a choice sequence (little-endian u32s) for the program
/// generator: the structure is the generator's, so every input is a
/// well-typed program, and replaying a corpus file gives the same program.
pub fn compile_generated(data: &[u8]) {
    let choices: Vec<u32> = data.chunks(4).map(|c| c.iter().rev().fold(0u32, |a, &b| (a << 8) | b as u32)).collect();
    compile_choices(&choices);
}

/// A generated, well-typed program through stages 1-5: every such program
/// must compile, so any error is a bug too.
pub fn compile_choices(choices: &[u32]) {
    let program = generate::program(choices, generate::Family::All, 3, 1);
    let source = Source { name: "generated.py".into(), text: program.source("generated", false) };
    let parsed = crate::syntax::parse::parse_file(&source)
        .unwrap_or_else(|d| panic!("a generated program does not parse:\n{d}\n{}", source.text));
    let stages = crate::driver::Stages {
        cpu: crate::backend::codegen::GENERIC_CPU.into(),
        overflow: Default::default(),
        boundscheck: true,
        fastmath: crate::base::fastmath::FastMath::OFF,
        egg: true,
        verbose: false,
        want_llvm_ir: false,
        want_asm: false,
        split_codegen: false,
    };
    for spec in &parsed.modules {
        if let Err(d) = crate::driver::build_object(&source, &parsed, spec, &stages, &mut |_, _| Ok(())) {
            panic!("a generated program does not compile:\n{d}\n{}", source.text);
        }
    }
}

/// Bytes as the shape and size of a deeply nested or very long program
/// (`deep_source`): the whole compiler must give an object or diagnostics,
/// never a panic or an abort, past CPython's nesting limit too. Run on a
/// large stack, as `pycc` runs its stages.
pub fn deep(data: &[u8]) {
    let source = Source { name: "deep.py".into(), text: deep_source(data) };
    let run = std::thread::Builder::new().stack_size(1 << 30).spawn(move || {
        let Ok(parsed) = crate::syntax::parse::parse_file(&source) else { return };
        let stages = crate::driver::Stages {
            cpu: crate::backend::codegen::GENERIC_CPU.into(),
            overflow: Default::default(),
            boundscheck: true,
            egg: true,
            verbose: false,
            want_llvm_ir: false,
            want_asm: false,
            split_codegen: false,
            fastmath: crate::base::fastmath::FastMath::OFF,
        };
        for spec in &parsed.modules {
            if let Err(d) = crate::driver::build_object(&source, &parsed, spec, &stages, &mut |_, _| Ok(())) {
                let _ = d.render();
            }
        }
    });
    if let Err(panic) = run.expect("a thread").join() {
        std::panic::resume_unwind(panic);
    }
}

/// A program from bytes: byte 0 picks the shape, bytes 1-2 the size (up to
/// 4095, past the 3000-level limit), the rest the operators along the way.
pub fn deep_source(data: &[u8]) -> String {
    let shape = data.first().copied().unwrap_or(0) % 8;
    let n = data.get(1..3).map_or(1, |b| (u16::from_le_bytes([b[0], b[1]]) % 4096) as usize).max(1);
    let pick = |i: usize| data.get(3 + i % data.len().saturating_sub(3).max(1)).copied().unwrap_or(0);
    let op = |i: usize| ["+", "-", "*", "/", "<", "=="][pick(i) as usize % 6];
    let mut s = String::from("from pycc import CC\ncc = CC('deep')\n@cc.export('f', 'f8(f8)')\ndef f(a):\n");
    match shape {
        0 => {
            let terms: Vec<String> = (0..n).map(|i| format!("a {} {}.5", op(i), i % 9)).collect();
            s += &format!("    return float({})\n", terms.join(" + "));
        }
        1 => {
            s += &format!(
                "    return {}a\n",
                (0..n).map(|i| if pick(i) % 2 == 0 { "-" } else { "+" }).collect::<String>()
            )
        }
        2 => s += &format!("    return {}a{}\n", "(a + ".repeat(n), ")".repeat(n)),
        3 => {
            s += "    if a < 0.0:\n        return 0.0\n";
            for i in 1..n {
                s += &format!("    elif a {} {i}.0:\n        return {i}.0\n", ["<", ">", "=="][pick(i) as usize % 3]);
            }
            s += "    return a\n";
        }
        4 => {
            for i in 0..n.min(400) {
                s += &format!("{}if a > {i}.0:\n", "    ".repeat(i + 1));
            }
            s += &format!("{}return a\n    return 0.0\n", "    ".repeat(n.min(400) + 1));
        }
        5 => {
            s += "    x0 = a\n";
            for i in 1..n {
                s += &format!("    x{i} = x{} {} {}.25\n", i - 1, ["+", "-", "*"][pick(i) as usize % 3], i % 5 + 1);
            }
            s += &format!("    return x{}\n", n - 1);
        }
        6 => {
            s += "    return h0(a)\n";
            for i in 0..n.min(1000) {
                s += &format!("def h{i}(a):\n    return h{}(a) {} 1.0\n", i + 1, ["+", "-", "*"][pick(i) as usize % 3]);
            }
            s += &format!("def h{}(a):\n    return a\n", n.min(1000));
        }
        _ => s += &format!("    return {}a{}\n", "(a if a > 0.0 else ".repeat(n), ")".repeat(n)),
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shape, below the nesting limit, is a program pycc types (so the
    /// target reaches the back end), and past it a diagnostic.
    #[test]
    fn deep_shapes_type_below_the_limit_and_are_refused_past_it() {
        for shape in 0..8u8 {
            let text = deep_source(&[shape, 60, 0, 0, 1, 2, 3, 4, 5]);
            let source = Source { name: "deep.py".into(), text };
            let parsed = crate::syntax::parse::parse_file(&source).unwrap_or_else(|d| panic!("{d}\n{}", source.text));
            for m in &parsed.modules {
                if let Err(d) = crate::sema::type_module(&source, &parsed.globals, &m.exports) {
                    panic!("shape {shape}: {d}\n{}", source.text);
                }
            }
        }
        let text = deep_source(&[1, 0xac, 0x0d]); // 3500 signs
        assert!(crate::syntax::parse::parse_file(&Source { name: "d.py".into(), text }).is_err());
    }
}
