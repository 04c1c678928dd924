//! `summary-ops`: see the crate documentation (`src/lib.rs`) and the README's "Operations".

use std::process::ExitCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let mut stdout = std::io::stdout();
    match genesys_summary_ops::cli::run(std::env::args_os(), &mut stdout).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("summary-ops: {error}");
            ExitCode::FAILURE
        }
    }
}
