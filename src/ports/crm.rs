//! The CRM webhook (docs/contracts.md, "CRM webhook").

use super::secrets::SecretError;
use crate::deadline::Deadline;

/// One webhook POST: the verified (redacted) JSON and the key that makes it idempotent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrmPost<'a> {
    pub body: &'a str,
    pub idempotency_key: &'a str,
    /// The summary is marked for review: it goes to the review webhook when one is configured.
    pub for_review: bool,
}

/// A successful webhook POST.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrmDelivery {
    pub status: u16,
    pub attempts: u32,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CrmError {
    /// A 4xx other than 429: the CRM refused the payload; retrying the same bytes will not help
    /// until the CRM is fixed.
    #[error("CRM webhook refused the summary with HTTP {status}: {detail}")]
    Refused { status: u16, detail: String },
    #[error("CRM webhook still failing after {attempts} attempts: {last}")]
    Exhausted { attempts: u32, last: String },
    #[error("no time left in the invocation to retry the CRM webhook ({0})")]
    DeadlineExceeded(String),
    #[error("could not read the webhook signing secret: {0}")]
    Secret(#[from] SecretError),
}

impl CrmError {
    pub fn status(&self) -> Option<u16> {
        match self {
            CrmError::Refused { status, .. } => Some(*status),
            _ => None,
        }
    }
}

pub trait CrmSink {
    /// POSTs the payload, signed, retrying transient failures within the deadline.
    async fn deliver(
        &self,
        post: CrmPost<'_>,
        deadline: &Deadline,
    ) -> Result<CrmDelivery, CrmError>;
}
