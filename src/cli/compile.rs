//! `pycc compile FILE.py`: numba.pycc's AOT compiler, without running the script.

use crate::base::options::Overflow;
use crate::driver::{self, Emit, Options};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "pycc", version, about = "Ahead-of-time compiler for numeric Python (numba.pycc replacement)")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile the CC(...) modules in a Python file into extension modules.
    Compile {
        /// The Python source file (read, never executed).
        file: PathBuf,
        /// Output directory (default: cc.output_dir, else beside the source).
        #[arg(short = 'o', long = "output-dir")]
        output_dir: Option<PathBuf>,
        /// CPU to optimize for: x86-64 (generic, default), host, or an LLVM CPU name.
        #[arg(long)]
        target_cpu: Option<String>,
        /// What an int does when the exact result does not fit its width:
        /// wrap (numba's semantics) or raise OverflowError (default: cc.overflow, else wrap).
        #[arg(long, value_enum)]
        overflow: Option<OverflowArg>,
        /// Array bounds checks: on (IndexError, the default unless
        /// cc.boundscheck = False) or off (an out-of-bounds index is
        /// undefined behaviour, as in numba).
        #[arg(long, value_enum)]
        boundscheck: Option<Switch>,
        /// Opt-in fast-math, as numba's fastmath: `--fastmath` (all flags) or
        /// `--fastmath=reassoc,contract,...` (numba's flag names; `off`).
        /// Float results may change; integer results and raised exceptions
        /// do not (README "fastmath"). Default: cc.fastmath, else off.
        #[arg(long, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
        fastmath: Option<crate::base::fastmath::FastMath>,
        /// The Python interpreter the module is for (its EXT_SUFFIX names the file).
        #[arg(long, default_value = "python3")]
        python: String,
        /// Also write intermediate forms beside the output.
        #[arg(long, value_delimiter = ',')]
        emit: Vec<Emit>,
        /// Skip the e-graph pass (for comparisons).
        #[arg(long)]
        no_egg: bool,
        /// Print each stage's timing and the e-graph statistics.
        #[arg(short, long)]
        verbose: bool,
    },
}

/// `--overflow`'s values; `base::options::Overflow` stays free of clap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum OverflowArg {
    /// Ints wrap at their declared width (numba's semantics).
    Wrap,
    /// OverflowError where the exact result does not fit the declared width.
    Raise,
}

impl From<OverflowArg> for Overflow {
    fn from(a: OverflowArg) -> Self {
        match a {
            OverflowArg::Wrap => Overflow::Wrap,
            OverflowArg::Raise => Overflow::Raise,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Switch {
    On,
    Off,
}

/// `args` includes the program name; returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    super::on_big_stack(move || run(args))
}

fn run(args: Vec<String>) -> i32 {
    let cli: Cli = match super::parse(args) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match cli.command {
        Command::Compile {
            file,
            output_dir,
            target_cpu,
            overflow,
            boundscheck,
            fastmath,
            python,
            emit,
            no_egg,
            verbose,
        } => {
            super::set_input(&file.display().to_string());
            let opts = Options {
                input: file,
                output_dir,
                output_file: None,
                module: None,
                runtime_exports: None,
                target_cpu,
                overflow: overflow.map(Overflow::from),
                boundscheck: boundscheck.map(|s| s == Switch::On),
                fastmath,
                python,
                emit,
                egg: !no_egg,
                verbose,
            };
            match driver::compile(&opts) {
                Ok(paths) => {
                    for p in paths {
                        if verbose {
                            eprintln!("pycc: wrote {}", p.display());
                        }
                    }
                    0
                }
                Err(d) => {
                    eprint!("{d}");
                    1
                }
            }
        }
    }
}
