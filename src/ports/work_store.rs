//! Claims, completions and immutable audit records (docs/contracts.md, "Audit table").

use super::DependencyError;
use crate::domain::audit::AuditRecord;
use crate::domain::work::{WorkState, WorkUnit};

/// The result of trying to claim a unit of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// This invocation owns the unit. `resume_payload` is the verified CRM payload a failed
    /// earlier attempt left behind, to be posted as it is.
    Acquired {
        attempt: u32,
        resume_payload: Option<String>,
    },
    /// The work was already finished; nothing to do.
    AlreadyDone { state: WorkState },
    /// Another invocation holds a live claim until `lease_until_ms`.
    Busy { lease_until_ms: u64 },
}

/// How a claimed attempt ended: the state to leave the unit in and its audit record, written
/// together.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Completion<'a> {
    pub state: WorkState,
    pub record: &'a AuditRecord,
    /// A verified CRM payload kept with a failed claim, so the retry posts it instead of
    /// generating the summary again.
    pub resume_payload: Option<&'a str>,
}

pub trait WorkStore {
    /// Claims `unit` for `claim_id` until `lease_until_ms` (epoch ms).
    async fn claim(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
    ) -> Result<Claim, DependencyError>;
    /// Ends the claim and writes the audit record, atomically; fails if the claim was taken over.
    async fn finish(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        completion: Completion<'_>,
    ) -> Result<(), DependencyError>;
    /// Writes an audit record for an event that never got a unit of work (unreadable body).
    /// Returns false when the record already exists (a re-delivery).
    async fn record(&self, record: &AuditRecord) -> Result<bool, DependencyError>;
}
