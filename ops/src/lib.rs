//! `summary-ops`: what an operator of genesys-summary-lambda needs besides the stack.
//!
//! | command | what it does | module |
//! | --- | --- | --- |
//! | `replay` | sends the events in the failed-events queue through the function again | [`replay`] |
//! | `audit CONVERSATION_ID` | a conversation's claims and audit records, as a table or JSON | [`audit`] |
//! | `backfill` | summaries for conversations from before the stack, or an outage: the events the bus would have delivered | [`backfill`] |
//!
//! Every event goes to the function the way EventBridge sends it (an asynchronous invoke), so
//! the function's claims keep their promise: work that already finished is a no-op.
//!
//! The command line is [`cli::run`], which the binary calls and the tests drive.

pub mod audit;
pub mod backfill;
pub mod cli;
pub mod clients;
pub mod failed;
pub mod replay;

/// Why a command could not do its work.
#[derive(Debug, thiserror::Error)]
pub enum OpsError {
    #[error("{operation} failed: {message}")]
    Aws {
        operation: &'static str,
        message: String,
    },
    #[error(transparent)]
    Genesys(#[from] genesys_summary_lambda::ports::genesys::GenesysError),
    #[error("{0}")]
    Input(String),
    #[error("could not write the output: {0}")]
    Output(#[from] std::io::Error),
}

impl OpsError {
    /// An AWS SDK failure, with the SDK's whole explanation.
    pub fn aws<E: std::error::Error>(operation: &'static str, error: E) -> Self {
        let mut message = error.to_string();
        let mut source = error.source();
        while let Some(cause) = source {
            message.push_str(": ");
            message.push_str(&cause.to_string());
            source = cause.source();
        }
        OpsError::Aws { operation, message }
    }
}
