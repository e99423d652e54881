//! The `pycc-opt` command; the code is `pycc::cli::opt`.
fn main() -> std::process::ExitCode {
    pycc::cli::install_ice_hook();
    std::process::ExitCode::from(pycc::cli::opt::main(std::env::args().collect()) as u8)
}
