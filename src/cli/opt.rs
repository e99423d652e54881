//! `pycc-opt`: mlir-opt's conventions, with the `py` dialect and pycc's
//! passes registered. Reads a file (or stdin), runs a pipeline, prints IR.
//!
//!     pycc-opt in.mlir --pass-pipeline='builtin.module(func.func(py-egg),convert-py-to-arith)'
//!     pycc-opt in.mlir --py-egg --canonicalize      # each pass as a flag, in order

use crate::context::{capture_diagnostics, new_context};
use crate::optimize::run_pipeline;
use clap::Parser;
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
    /// Passes given as flags (`--py-egg`, `--cse`, `--py-egg=rules=float`), run in order.
    #[arg(skip)]
    pass_flags: Vec<String>,
}

/// `argv` includes the program name; returns the exit code.
pub fn main(argv: Vec<String>) -> i32 {
    // mlir-opt style: any `--name[=options]` that is not one of ours is a pass.
    let known = ["--pass-pipeline", "--list-passes", "--help", "--version", "-o", "-h", "-V"];
    let mut args = Vec::new();
    let mut passes = Vec::new();
    let mut it = argv.into_iter().peekable();
    args.push(it.next().unwrap_or_default());
    while let Some(a) = it.next() {
        let flag = a.split('=').next().unwrap_or("");
        if a.starts_with("--") && !known.contains(&flag) {
            let body = &a[2..];
            passes.push(match body.split_once('=') {
                Some((name, opts)) => format!("{name}{{{}}}", opts.trim_matches('"')),
                None => body.to_string(),
            });
        } else {
            if (a == "-o" || a == "--pass-pipeline") && it.peek().is_some() {
                args.push(a);
                args.push(it.next().unwrap());
                continue;
            }
            args.push(a);
        }
    }
    let mut cli: Cli = match super::parse(args) {
        Ok(c) => c,
        Err(code) => return code,
    };
    cli.pass_flags = passes;
    if cli.list_passes {
        for p in crate::passes::PASSES {
            println!("{}: {}", p.name, p.summary);
            if !p.options.is_empty() {
                println!("    options: {}", p.options);
            }
        }
        return 0;
    }
    match run(&cli) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("{}", e.trim_end());
            1
        }
    }
}

fn run(cli: &Cli) -> Result<(), String> {
    let mut text = String::new();
    if cli.input == "-" {
        std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read stdin: {e}"))?;
    } else {
        text = std::fs::read_to_string(&cli.input).map_err(|e| format!("cannot read {}: {e}", cli.input))?;
    }
    let context = new_context();
    let (module, errors) = capture_diagnostics(&context, || Module::parse(&context, &text));
    let mut module = module.ok_or_else(|| format!("{}: could not parse the input\n{}", cli.input, errors.join("\n")))?;
    let (ok, errors) = capture_diagnostics(&context, || module.as_operation().verify());
    if !ok {
        return Err(format!("{}: the input does not verify\n{}", cli.input, errors.join("\n")));
    }
    if let Some(p) = &cli.pass_pipeline {
        run_pipeline(&context, &mut module, p).map_err(|d| d.render())?;
    }
    if !cli.pass_flags.is_empty() {
        let pipeline = format!("builtin.module({})", cli.pass_flags.join(","));
        run_pipeline(&context, &mut module, &pipeline).map_err(|d| d.render())?;
    }
    let out = format!("{}\n", module.as_operation());
    match &cli.output {
        Some(path) if path != "-" => std::fs::write(path, out).map_err(|e| format!("cannot write {path}: {e}")),
        _ => {
            print!("{out}");
            Ok(())
        }
    }
}
