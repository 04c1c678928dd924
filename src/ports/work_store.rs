//! Claims, completions and immutable audit records (docs/contracts.md, "Audit table").

use super::DependencyError;
use crate::domain::audit::AuditRecord;
use crate::domain::work::{WorkState, WorkUnit};

/// The result of trying to claim a unit of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// This invocation owns the unit, for its `revision` (1, and one more each time an agent's
    /// edit reopens it). `resume` is what a failed earlier attempt left to be posted as it is.
    Acquired {
        attempt: u32,
        revision: u32,
        resume: Option<Resume>,
    },
    /// The work was already finished; `synced_versions` are the summary texts' versions the CRM
    /// has (`Summary::version`), for telling an agent's edit from a re-delivery.
    AlreadyDone {
        state: WorkState,
        synced_versions: Vec<String>,
    },
    /// Another invocation holds a live claim until `lease_until_ms`.
    Busy { lease_until_ms: u64 },
}

/// A verified CRM payload a failed attempt kept, and the version of the text it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resume {
    pub payload: String,
    pub version: Option<String>,
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
    /// The version of the summary text this attempt handled: once COMPLETED, one the CRM has;
    /// kept beside a resume payload.
    pub version: Option<&'a str>,
}

pub trait WorkStore {
    /// Claims `unit` for `claim_id` until `lease_until_ms` (epoch ms).
    async fn claim(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
    ) -> Result<Claim, DependencyError>;
    /// Claims a COMPLETED unit again for a new `version` of its summary text (an agent's edit):
    /// acquired for the next revision unless the CRM already has that version or another
    /// invocation got there first.
    async fn reopen(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
        version: &str,
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
