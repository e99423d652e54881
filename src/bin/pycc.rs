//! The `pycc` command; the code is `pycc::cli::compile`.
fn main() -> std::process::ExitCode {
    pycc::cli::install_ice_hook();
    std::process::ExitCode::from(pycc::cli::compile::main(std::env::args().collect()) as u8)
}
