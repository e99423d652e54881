//! `pycc compile`: runs the stages in order for every `CC` in a file.

use crate::analysis::effects;
use crate::backend::codegen::{self, GENERIC_CPU};
use crate::backend::link;
use crate::base::diagnostics::{Diagnostics, Result, Source};
use crate::base::options::Overflow;
use crate::syntax::parse::{self, ModuleSpec};
use crate::{context, lower, optimize, sema, wrap};
use melior::ir::operation::OperationLike;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Emit {
    /// The typed IR, after inference and the effect flags.
    Tir,
    /// The `py` dialect as lowered from Python, before optimization.
    Py,
    /// The LLVM dialect, wrappers included.
    LlvmDialect,
    /// LLVM IR after O3.
    LlvmIr,
    /// Assembly for the target CPU.
    Asm,
    /// The object file that is linked.
    Obj,
}

impl Emit {
    fn extension(self) -> &'static str {
        match self {
            Emit::Tir => "tir",
            Emit::Py => "py.mlir",
            Emit::LlvmDialect => "llvm.mlir",
            Emit::LlvmIr => "ll",
            Emit::Asm => "s",
            Emit::Obj => "o",
        }
    }
}

/// Receives each intermediate form as it is made (`--emit`), as a function
/// that prints it.
pub type EmitSink<'a> = dyn FnMut(Emit, &dyn Fn() -> Vec<u8>) -> Result<()> + 'a;

#[derive(Debug, Clone)]
pub struct Options {
    pub input: PathBuf,
    pub output_dir: Option<PathBuf>,
    /// Overrides every module's file name (`cc.output_file` at run time).
    pub output_file: Option<String>,
    /// Only the `CC` with this extension name (the Python API builds one).
    pub module: Option<String>,
    /// Export names registered at run time, which must all be found in the
    /// source: pycc reads `@cc.export` statically, so a dynamic registration
    /// it cannot see is an error rather than a silently missing function.
    pub runtime_exports: Option<Vec<String>>,
    pub target_cpu: Option<String>,
    /// Overrides every module's literal `cc.overflow` (default: wrap).
    pub overflow: Option<Overflow>,
    /// Overrides every module's literal `cc.boundscheck` (default: on).
    pub boundscheck: Option<bool>,
    /// Overrides every module's literal `cc.fastmath` (default: off).
    pub fastmath: Option<crate::base::fastmath::FastMath>,
    pub python: String,
    pub emit: Vec<Emit>,
    pub egg: bool,
    pub verbose: bool,
}

/// Compiles every CC object in the file; returns the built module paths.
pub fn compile(opts: &Options) -> Result<Vec<PathBuf>> {
    let bytes = std::fs::read(&opts.input)
        .map_err(|e| Diagnostics::plain(format!("cannot read {}: {e}", opts.input.display())))?;
    let text = parse::decode_source(&bytes)
        .map_err(|e| Diagnostics::plain(format!("{}: cannot decode the source: {e}", opts.input.display())))?;
    let text = parse::cpython_indentation(&text).unwrap_or(text);
    let source = Source { name: opts.input.display().to_string(), text };
    crate::syntax::modeval::use_python(&opts.python);
    let parsed = parse::parse_file_for(&source, opts.module.as_deref())?;
    if !parsed.warnings.is_empty() {
        eprint!("{}", Diagnostics::new(&source, parsed.warnings.clone()));
    }
    let specs = select_modules(opts, &source, &parsed)?;
    // The interpreter query runs while pycc compiles, and only if a file name needs it.
    let needs_suffix = opts.output_file.is_none()
        && specs.iter().any(|s| s.output_file.as_deref().is_none_or(crate::syntax::parse::windows_only_name));
    let mut python = needs_suffix.then(|| link::query_python(&opts.python));
    let mut target = None;
    let mut built = Vec::new();
    for spec in specs {
        built.push(compile_module(opts, &source, &parsed, spec, &mut || {
            if let Some(p) = python.take() {
                target = Some(p.wait());
            }
            target
                .clone()
                .unwrap_or_else(|| Err(Diagnostics::plain("internal compiler error: the interpreter was not queried")))
        })?);
    }
    Ok(built)
}

/// The modules to build: all of them, or the one the Python API names, after
/// checking that every export registered at run time was found statically.
fn select_modules<'p>(opts: &Options, source: &Source, parsed: &'p parse::ParsedFile) -> Result<Vec<&'p ModuleSpec>> {
    let Some(name) = &opts.module else { return Ok(parsed.modules.iter().collect()) };
    let Some(spec) = parsed.modules.iter().find(|m| &m.name == name) else {
        let found: Vec<_> = parsed.modules.iter().map(|m| format!("'{}'", m.name)).collect();
        return Err(Diagnostics::plain(format!(
            "{}: no `CC('{name}')` found when reading the file (found: {})\nhelp: pycc reads the source without running it; create the CC with a literal name",
            source.name,
            found.join(", ")
        )));
    };
    if let Some(names) = &opts.runtime_exports {
        let missing: Vec<_> =
            names.iter().filter(|n| !spec.exports.iter().any(|e| &e.name == *n)).map(|n| format!("'{n}'")).collect();
        if !missing.is_empty() {
            return Err(Diagnostics::plain(format!(
                "{}: export {} registered at run time but not found as `@cc.export(...)` decorator in the source\nhelp: pycc reads exports statically; write each export as a decorator with literal arguments",
                source.name,
                missing.join(", ")
            )));
        }
    }
    Ok(vec![spec])
}

fn output_dir(opts: &Options, spec: &ModuleSpec) -> PathBuf {
    let source_dir = opts.input.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match (&opts.output_dir, &spec.output_dir) {
        (Some(d), _) => d.clone(),
        // A literal cc.output_dir is read relative to the script's directory.
        (None, Some(d)) => source_dir.join(d),
        (None, None) => source_dir.to_path_buf(),
    }
}

/// `python` yields the target interpreter's facts, waiting for the query
/// started before compilation only when the file name is needed.
fn compile_module(
    opts: &Options,
    source: &Source,
    parsed: &parse::ParsedFile,
    spec: &ModuleSpec,
    python: &mut dyn FnMut() -> Result<link::PythonTarget>,
) -> Result<PathBuf> {
    let t0 = Instant::now();
    check_settings(opts, source, spec)?;
    let dir = output_dir(opts, spec);
    std::fs::create_dir_all(&dir).map_err(|e| Diagnostics::plain(format!("cannot create {}: {e}", dir.display())))?;
    let emit_path = |e: Emit| dir.join(format!("{}.{}", spec.name, e.extension()));
    let mut write = |e: Emit, data: &dyn Fn() -> Vec<u8>| -> Result<()> {
        if opts.emit.contains(&e) {
            std::fs::write(emit_path(e), data())
                .map_err(|err| Diagnostics::plain(format!("cannot write {}: {err}", emit_path(e).display())))?;
        }
        Ok(())
    };
    let stages = Stages {
        cpu: opts.target_cpu.clone().or_else(|| spec.target_cpu.clone()).unwrap_or_else(|| GENERIC_CPU.into()),
        overflow: opts.overflow.or(spec.overflow).unwrap_or_default(),
        boundscheck: opts.boundscheck.or(spec.boundscheck).unwrap_or(true),
        fastmath: opts.fastmath.or(spec.fastmath).unwrap_or_default(),
        egg: opts.egg,
        verbose: opts.verbose,
        want_llvm_ir: opts.emit.contains(&Emit::LlvmIr),
        want_asm: opts.emit.contains(&Emit::Asm),
        split_codegen: !opts.emit.contains(&Emit::Obj),
    };
    let objects = build_object(source, parsed, spec, &stages, &mut write)?;

    // Step 6b: link (6a, the wrappers, joined the module in step 4).
    let file_name = match opts.output_file.as_ref().or(spec.output_file.as_ref()) {
        // A literal `name.pyd` (parse.rs warned): this platform's suffix.
        Some(f) if opts.output_file.is_none() && crate::syntax::parse::windows_only_name(f) => {
            format!("{}{}", &f[..f.len() - 4], python()?.ext_suffix)
        }
        Some(f) => f.clone(),
        None => format!("{}{}", spec.name, python()?.ext_suffix),
    };
    let output = dir.join(file_name);
    let tmps: Vec<PathBuf> = (0..objects.len())
        .map(|k| std::env::temp_dir().join(format!("pycc-{}-{}.{k}.o", std::process::id(), spec.name)))
        .collect();
    let written = tmps.iter().zip(&objects).try_for_each(|(tmp, object)| {
        std::fs::write(tmp, object).map_err(|e| Diagnostics::plain(format!("cannot write {}: {e}", tmp.display())))
    });
    let linked = written.and_then(|_| link::link(&tmps, &output));
    for tmp in &tmps {
        let _ = std::fs::remove_file(tmp);
    }
    let linked = linked?;
    if opts.verbose {
        eprintln!("pycc: {}: linked ({:.1} ms)", spec.name, t0.elapsed().as_secs_f64() * 1e3);
    }
    Ok(linked)
}

/// The CPU name and the output file name, before any work: an unknown CPU
/// would only be warned about by LLVM (a 32-bit one aborts it), and a
/// literal `cc.output_file` with a directory in it would write outside the
/// output directory. Given on the command line (or by the Python API), a
/// file name may have a directory.
fn check_settings(opts: &Options, source: &Source, spec: &ModuleSpec) -> Result<()> {
    let from_source = |message: String, at: &Option<std::ops::Range<usize>>, label: &str| match at {
        Some(at) => {
            let (first, rest) = message.split_once('\n').unwrap_or((&message, ""));
            let mut d = crate::base::diagnostics::Diagnostic::error(first).at(at.clone(), label);
            for help in rest.lines() {
                d = d.note(help.trim_start_matches("help: "));
            }
            Diagnostics::new(source, vec![d])
        }
        None => Diagnostics::plain(message),
    };
    let cpu = opts.target_cpu.as_ref().or(spec.target_cpu.as_ref());
    if let Some(Err(message)) = cpu.filter(|c| !c.is_empty()).map(|c| codegen::check_cpu(c)) {
        let at = if opts.target_cpu.is_some() { &None } else { &spec.target_cpu_at };
        return Err(from_source(message, at, "not an x86-64 CPU"));
    }
    if let (None, Some(file)) = (&opts.output_file, &spec.output_file) {
        if file.contains(['/', '\\']) || matches!(file.as_str(), "" | "." | "..") {
            let message = format!("`cc.output_file` must be a file name, not a path: '{file}'\nhelp: set `cc.output_dir` (or pass `-o DIR`) for the directory");
            return Err(from_source(message, &spec.output_file_at, "a path"));
        }
    }
    Ok(())
}

/// How stages 2-5 run for one module.
#[derive(Debug, Clone)]
pub struct Stages {
    pub cpu: String,
    pub overflow: Overflow,
    /// Off: array indices are trusted (out of bounds is undefined behaviour).
    pub boundscheck: bool,
    /// Opt-in fast-math (src/fastmath.rs): py-egg's fastmath rules, LLVM flags.
    pub fastmath: crate::base::fastmath::FastMath,
    pub egg: bool,
    pub verbose: bool,
    pub want_llvm_ir: bool,
    pub want_asm: bool,
    /// Code generation may make two objects on two threads (`--emit obj`
    /// wants one).
    pub split_codegen: bool,
}

/// Stages 2-5 for one module: typing, the py dialect, optimization,
/// wrappers, LLVM; returns the object. `emit` receives each intermediate
/// form as it is made (`--emit`), as a function that prints it: printing a
/// module costs about 6% of a compile, so only a form that is written is
/// printed.
pub fn build_object(
    source: &Source,
    parsed: &parse::ParsedFile,
    spec: &ModuleSpec,
    stages: &Stages,
    emit: &mut EmitSink,
) -> Result<Vec<Vec<u8>>> {
    let t0 = Instant::now();
    let step = |what: &str| {
        if stages.verbose {
            eprintln!("pycc: {}: {what} ({:.1} ms)", spec.name, t0.elapsed().as_secs_f64() * 1e3);
        }
    };
    // Step 2 (step 1, parsing, is done): types for every export and every helper specialization,
    // with all errors collected before failing.
    let mut functions = sema::type_module(source, &parsed.globals, &spec.exports)?;
    crate::tir::transforms::loopinvariant::run(&mut functions);
    crate::tir::transforms::unitnest::run(&mut functions, stages.fastmath.reassoc());
    crate::tir::transforms::unitstride::run(&mut functions);
    effects::compute(&mut functions, effects::Options { boundscheck: stages.boundscheck, overflow: stages.overflow });
    emit(Emit::Tir, &|| crate::tir::print::print_functions(&functions).into_bytes())?;
    step("typed");

    // Step 3: the py dialect.
    let context = context::new_context();
    let mut module = lower::lower_module(&context, &source.name, &source.text, &mut functions, stages.overflow)
        .map_err(|errors| Diagnostics::new(source, errors))?;
    if !module.as_operation().verify() {
        return Err(Diagnostics::plain("internal compiler error: the py module does not verify"));
    }
    emit(Emit::Py, &|| module.as_operation().to_string().into_bytes())?;
    step("lowered to py");

    // Step 4: optimize (py-egg, MLIR's passes), wrap, to the LLVM dialect.
    optimize::run_pipeline(&context, &mut module, &optimize::py_pipeline(stages.egg, stages.verbose, stages.fastmath))?;
    wrap::add_wrappers(&context, &module, &spec.name, &functions, &parsed.globals.exceptions);
    optimize::run_pipeline(&context, &mut module, optimize::LLVM_PIPELINE)?;
    emit(Emit::LlvmDialect, &|| module.as_operation().to_string().into_bytes())?;
    step("lowered to the LLVM dialect");

    // Step 5: LLVM, O3, the object.
    let art = codegen::compile(
        &module,
        &parse::init_symbol(&spec.name),
        &stages.cpu,
        stages.fastmath,
        stages.want_llvm_ir,
        stages.want_asm,
        stages.split_codegen,
    )?;
    if let Some(ir) = &art.llvm_ir {
        emit(Emit::LlvmIr, &|| ir.clone().into_bytes())?;
    }
    if let Some(asm) = &art.asm {
        emit(Emit::Asm, &|| asm.clone())?;
    }
    if let [object] = &art.objects[..] {
        emit(Emit::Obj, &|| object.clone())?;
    }
    step("object emitted");
    Ok(art.objects)
}
