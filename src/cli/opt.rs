//! `pycc-opt`: mlir-opt's conventions, with the `py` dialect and pycc's
//! passes registered. Reads a file (or stdin), runs a pipeline, prints IR.
//!
//!     pycc-opt in.mlir --pass-pipeline='builtin.module(func.func(py-egg),convert-py-to-arith)'
//!     pycc-opt in.mlir --py-egg --canonicalize      # each pass as a flag, in order
//!     pycc-opt in.mlir --split-input-file --verify-diagnostics
//!     pycc-opt in.mlir --py-egg --mlir-print-ir-after=py-egg

use super::verify;
use crate::context::{capture_all_diagnostics, new_context, parse_module, Captured};
use crate::optimize::run_pipeline_captured;
use crate::passes::pipeline;
use clap::{CommandFactory, FromArgMatches, Parser};
use melior::ir::operation::OperationLike;
use melior::ir::Module;
use std::io::Read;

#[derive(Parser)]
#[command(name = "pycc-opt", version, about = "Run pass pipelines on MLIR with the py dialect and pycc's passes")]
struct Cli {
    /// Input file, or `-` for stdin.
    #[arg(default_value = "-")]
    input: String,
    /// Output file (default: stdout).
    #[arg(short = 'o')]
    output: Option<String>,
    /// A textual pipeline, e.g. 'builtin.module(func.func(py-egg),canonicalize)'.
    #[arg(long = "pass-pipeline")]
    pass_pipeline: Option<String>,
    /// List pycc's own passes and exit.
    #[arg(long)]
    list_passes: bool,
    /// Split the input at `// -----` lines and process each chunk on its own.
    #[arg(long)]
    split_input_file: bool,
    /// Check diagnostics against `// expected-error {{...}}` comments instead of failing on them.
    #[arg(long)]
    verify_diagnostics: bool,
    /// Print the module to stderr before every pass.
    #[arg(long = "mlir-print-ir-before-all")]
    print_before_all: bool,
    /// Print the module to stderr after every pass.
    #[arg(long = "mlir-print-ir-after-all")]
    print_after_all: bool,
    /// Print the module to stderr before these passes (comma-separated names).
    #[arg(long = "mlir-print-ir-before", value_delimiter = ',')]
    print_before: Vec<String>,
    /// Print the module to stderr after these passes (comma-separated names).
    #[arg(long = "mlir-print-ir-after", value_delimiter = ',')]
    print_after: Vec<String>,
    /// Passes given as flags (`--py-egg`, `--cse`, `--py-egg=rules=float`), run in order.
    #[arg(skip)]
    pass_flags: Vec<String>,
}

const SPLIT_MARKER: &str = "// -----";

fn passes_help() -> String {
    let mut help = String::from("pycc passes (also usable as flags, e.g. --py-egg='rules=float verbose=1'):\n");
    for p in crate::passes::PASSES {
        help.push_str(&format!("  {}: {}\n", p.name, p.summary));
        if !p.options.is_empty() {
            help.push_str(&format!("      options: {}\n", p.options));
        }
    }
    help.push_str("Every upstream MLIR pass is available by name as well (canonicalize, cse, convert-to-llvm, ...).");
    help
}

/// `argv` includes the program name; returns the exit code.
pub fn main(argv: Vec<String>) -> i32 {
    super::on_big_stack(move || main_args(argv))
}

fn main_args(argv: Vec<String>) -> i32 {
    // Our own flags, from the clap definition (with whether each takes a
    // value); any other `--name[=options]` is a pass, as in mlir-opt.
    let command = Cli::command();
    let mut flags: Vec<(String, bool)> =
        vec![("--help".into(), false), ("-h".into(), false), ("--version".into(), false), ("-V".into(), false)];
    for arg in command.get_arguments() {
        let takes_value = arg.get_action().takes_values();
        flags.extend(arg.get_long().map(|l| (format!("--{l}"), takes_value)));
        flags.extend(arg.get_short().map(|c| (format!("-{c}"), takes_value)));
    }
    let mut args = Vec::new();
    let mut passes = Vec::new();
    let mut it = argv.into_iter().peekable();
    args.push(it.next().unwrap_or_default());
    while let Some(a) = it.next() {
        let flag = a.split('=').next().unwrap_or("");
        match flags.iter().find(|(f, _)| f == flag) {
            None if a.starts_with("--") => {
                let body = &a[2..];
                passes.push(match body.split_once('=') {
                    Some((name, opts)) => format!("{name}{{{}}}", opts.trim_matches('"')),
                    None => body.to_string(),
                });
            }
            // `-o FILE`: the value is the next argument, which may start with `--`.
            Some((_, true)) if flag == a && it.peek().is_some() => {
                args.push(a);
                args.push(it.next().unwrap());
            }
            _ => args.push(a),
        }
    }
    let parsed = command.after_help(passes_help()).try_get_matches_from(args).and_then(|m| Cli::from_arg_matches(&m));
    let mut cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    cli.pass_flags = passes;
    if cli.list_passes {
        println!("{}", passes_help());
        return 0;
    }
    match run(&cli) {
        Ok(true) => 0,
        Ok(false) => 1,
        Err(e) => {
            eprintln!("{}", e.trim_end());
            1
        }
    }
}

/// The steps to run: the pipeline's passes, then the flag passes, each as
/// its own anchored pipeline when IR is printed between them.
fn plan(cli: &Cli) -> Result<Vec<pipeline::Step>, String> {
    let mut pipelines = Vec::new();
    if let Some(p) = &cli.pass_pipeline {
        pipelines.push(p.clone());
    }
    if !cli.pass_flags.is_empty() {
        pipelines.push(format!("builtin.module({})", cli.pass_flags.join(",")));
    }
    let printing =
        cli.print_before_all || cli.print_after_all || !cli.print_before.is_empty() || !cli.print_after.is_empty();
    if !printing {
        return Ok(pipelines.into_iter().map(|p| pipeline::Step { pass: String::new(), pipeline: p }).collect());
    }
    let mut steps = Vec::new();
    for p in pipelines {
        steps.extend(pipeline::steps(&p)?);
    }
    for name in cli.print_before.iter().chain(&cli.print_after) {
        if !steps.iter().any(|s| &s.pass == name) {
            return Err(format!("--mlir-print-ir-*: `{name}` is not a pass of this pipeline"));
        }
    }
    Ok(steps)
}

/// Returns Ok(false) when a chunk failed (or, with --verify-diagnostics,
/// when the diagnostics did not match); the messages are already printed.
fn run(cli: &Cli) -> Result<bool, String> {
    let mut text = String::new();
    if cli.input == "-" {
        std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read stdin: {e}"))?;
    } else {
        text = std::fs::read_to_string(&cli.input).map_err(|e| format!("cannot read {}: {e}", cli.input))?;
    }
    let steps = plan(cli)?;
    let name = if cli.input == "-" { "<stdin>" } else { cli.input.as_str() };
    super::set_input(name);
    let mut outputs = Vec::new();
    let mut all_ok = true;
    for (first_line, chunk) in split(&text, cli.split_input_file) {
        // Blank lines in front keep every location at its line in the file.
        let padded = format!("{}{chunk}", "\n".repeat(first_line - 1));
        let (output, diagnostics) = process(cli, &steps, &padded)?;
        if cli.verify_diagnostics {
            let expected = verify::expectations(&padded).map_err(|e| format!("{name}: {e}"))?;
            let problems = verify::check(name, &expected, &diagnostics);
            for p in &problems {
                eprintln!("{p}");
            }
            all_ok &= problems.is_empty();
        } else {
            for d in &diagnostics {
                eprintln!("{}", render(name, d));
            }
            all_ok &= output.is_some();
        }
        outputs.extend(output);
    }
    let out: String = outputs.join(&format!("{SPLIT_MARKER}\n"));
    match &cli.output {
        Some(path) if path != "-" => std::fs::write(path, out).map_err(|e| format!("cannot write {path}: {e}"))?,
        // print! panics when stdout is gone (`pycc-opt ... | head`).
        _ => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(out.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|e| format!("cannot write the output: {e}"))?
        }
    }
    Ok(all_ok)
}

/// The chunks of the input, each with the line it starts on.
fn split(text: &str, split: bool) -> Vec<(usize, String)> {
    if !split {
        return vec![(1, text.to_string())];
    }
    let mut chunks = vec![(1, String::new())];
    for (i, line) in text.lines().enumerate() {
        if line.trim_end() == SPLIT_MARKER {
            chunks.push((i + 2, String::new()));
        } else {
            let chunk = &mut chunks.last_mut().expect("never empty").1;
            chunk.push_str(line);
            chunk.push('\n');
        }
    }
    chunks
}

/// Parses, verifies and transforms one chunk: its printed result (None on
/// failure) and every diagnostic MLIR emitted.
fn process(cli: &Cli, steps: &[pipeline::Step], text: &str) -> Result<(Option<String>, Vec<Captured>), String> {
    let context = new_context();
    let (module, mut diagnostics) = parse_module(&context, text);
    let Some(mut module) = module else { return Ok((None, diagnostics)) };
    let (ok, more) = capture_all_diagnostics(&context, || module.as_operation().verify());
    diagnostics.extend(more);
    if !ok {
        return Ok((None, diagnostics));
    }
    for step in steps {
        let dump = |when: &str, module: &Module| {
            eprint!("// -----// IR Dump {when} {} //----- //\n{}\n\n", step.pass, module.as_operation())
        };
        if cli.print_before_all || cli.print_before.contains(&step.pass) {
            dump("Before", &module);
        }
        let (ok, more) = run_pipeline_captured(&context, &mut module, &step.pipeline, true)?;
        diagnostics.extend(more);
        if !ok {
            return Ok((None, diagnostics));
        }
        if cli.print_after_all || cli.print_after.contains(&step.pass) {
            dump("After", &module);
        }
    }
    Ok((Some(format!("{}\n", module.as_operation())), diagnostics))
}

/// `file:line:col: error: message`, as mlir-opt prints diagnostics.
fn render(file: &str, d: &Captured) -> String {
    let at = d.location.split_once("\":").map(|(_, rest)| rest.trim_end_matches(')').to_string());
    let mut s = match at {
        Some(pos) => format!("{file}:{pos}: {}: {}", d.severity, d.message),
        None => format!("{}: {}: {}", d.location, d.severity, d.message),
    };
    for n in &d.notes {
        s.push('\n');
        s.push_str(&render(file, n));
    }
    s
}
