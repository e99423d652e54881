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
