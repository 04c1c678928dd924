//! Stage 5, commit/audit (DESIGN.md section 5): the unit of work that makes re-delivered events
//! no-ops, and the immutable audit record every handled event ends in.

use serde::Serialize;

use crate::event::{GenesysEvent, TriggerKind};
use crate::summary::SummaryOrigin;
use crate::validate::{TranscriptCheck, Violation};
use crate::verify::VerificationFlags;

/// What one summary is about: a conversation and its agent (acw, summaries topic), or the whole
/// conversation (customer.end carries no agent).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WorkUnit {
    pub conversation_id: String,
    pub agent_id: Option<String>,
}

impl WorkUnit {
    pub fn for_event(event: &GenesysEvent) -> Self {
        Self {
            conversation_id: event.conversation_id.clone(),
            agent_id: event.agent_id.clone(),
        }
    }

    /// The agent, or `conversation` for a conversation-wide unit.
    pub fn scope(&self) -> &str {
        self.agent_id.as_deref().unwrap_or("conversation")
    }
}

/// The state of a unit of work in the audit table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkState {
    InProgress,
    /// Synced to the CRM.
    Completed,
    /// Validation rejected the request: retrying cannot help.
    Rejected,
    /// Genesys has no summary and will not have one.
    Unavailable,
    /// The attempt failed in a way a retry may fix; the next delivery may claim it at once.
    Failed,
}

impl WorkState {
    pub fn as_str(self) -> &'static str {
        match self {
            WorkState::InProgress => "IN_PROGRESS",
            WorkState::Completed => "COMPLETED",
            WorkState::Rejected => "REJECTED",
            WorkState::Unavailable => "UNAVAILABLE",
            WorkState::Failed => "FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            Self::InProgress,
            Self::Completed,
            Self::Rejected,
            Self::Unavailable,
            Self::Failed,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }

    /// A terminal state makes every later delivery a no-op.
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            WorkState::Completed | WorkState::Rejected | WorkState::Unavailable
        )
    }
}

/// The result of trying to claim a unit of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimOutcome {
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

/// Audit event names (DESIGN.md section 4, outcome table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuditEvent {
    SummaryGeneratedAndSynced,
    SummaryRejected,
    SummaryUnavailable,
    SummaryPending,
    SummaryGenerationFailed,
    SummarySyncFailed,
}

impl AuditEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditEvent::SummaryGeneratedAndSynced => "SUMMARY_GENERATED_AND_SYNCED",
            AuditEvent::SummaryRejected => "SUMMARY_REJECTED",
            AuditEvent::SummaryUnavailable => "SUMMARY_UNAVAILABLE",
            AuditEvent::SummaryPending => "SUMMARY_PENDING",
            AuditEvent::SummaryGenerationFailed => "SUMMARY_GENERATION_FAILED",
            AuditEvent::SummarySyncFailed => "SUMMARY_SYNC_FAILED",
        }
    }
}

/// Milliseconds spent per stage; absent stages did not run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StageLatency {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validate_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generate_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verify_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync_ms: Option<u64>,
    pub total_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidationFlags {
    pub violations: Vec<Violation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transcript: Option<TranscriptCheck>,
}

/// One immutable audit record. Holds ids, flags, statuses and messages; never summary text,
/// tokens or secrets (error messages are built from statuses and field names, not bodies).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditRecord {
    pub event: AuditEvent,
    pub trigger: Option<TriggerKind>,
    pub conversation_id: Option<String>,
    pub agent_id: Option<String>,
    /// The EventBridge event id.
    pub event_id: Option<String>,
    pub lambda_request_id: String,
    /// `detail.metadata.CorrelationId` of the Genesys event.
    pub correlation_id: Option<String>,
    /// `ININ-Correlation-Id` of the Genesys response the summary came from.
    pub genesys_correlation_id: Option<String>,
    pub claim_id: Option<String>,
    pub attempt: u32,
    pub idempotency_key: Option<String>,
    pub summary_id: Option<String>,
    pub summary_source: Option<SummaryOrigin>,
    pub latency: StageLatency,
    pub validation: Option<ValidationFlags>,
    pub verification: Option<VerificationFlags>,
    pub webhook_status: Option<u16>,
    pub error: Option<String>,
    /// RFC 3339 with milliseconds, UTC.
    pub recorded_at: String,
}
