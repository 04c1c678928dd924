//! The outcome table (README "What it does", docs/contracts.md "Outcomes") as one type: every way
//! an event can end is a variant, and each variant knows its audit event, the state its unit of
//! work is left in, and whether the invocation fails so that Lambda retries it.
//!
//! EventBridge invokes the function asynchronously: a failed invocation is retried twice, then the
//! event goes to the failed-events queue. So a row fails the invocation exactly when a later
//! attempt can succeed; everything retrying cannot fix ends with success and an audit record.

use serde::Serialize;

use super::ids::OrgId;
use super::work::WorkState;

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The CRM accepted the verified summary.
    Synced { webhook_status: u16 },
    /// The unit of work was already finished: no Genesys call, no CRM post.
    Duplicate { state: WorkState },
    /// A topic this deployment does not act on: a log line and a metric, nothing else.
    Ignored { detail_type: String, reason: String },
    /// The summary request broke a validation rule.
    Rejected(Rejection),
    /// A supported topic whose body could not be read; recorded under the event's id, since
    /// there is no unit of work to hold it.
    Unreadable(Rejection),
    /// Genesys has no summary and will not have one (404 after the wait, status `Error`).
    Unavailable { reason: String },
    /// The summary was not ready within the wait budget; a later attempt may find it.
    Pending { reason: String },
    /// Genesys failed after the retries the invocation had time for.
    GenerationFailed { reason: String },
    /// The CRM did not accept the post. The verified payload is kept with the claim, so the
    /// retry posts the same bytes without calling Genesys again.
    SyncFailed {
        reason: String,
        webhook_status: Option<u16>,
        resume_payload: Option<String>,
    },
    /// Another invocation holds a live claim on the unit of work until `lease_until_ms`.
    InProgressElsewhere { lease_until_ms: u64 },
    /// The deployment serves several orgs (`GENESYS_ORGS`) and this event's is not one of them
    /// (`None`: its source names no org). Recorded under the event's id; Genesys and the CRM are
    /// never called, since the deployment has no credentials or webhook for it.
    UnknownOrg { org_id: Option<OrgId> },
    /// Not an EventBridge event at all: nothing is known to audit.
    MalformedEnvelope { reason: String },
    /// The audit table could not be read or written, so the outcome could not be recorded.
    StoreUnavailable { reason: String },
}

/// Audit event names: the `event` attribute of an audit record.
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

/// One violated rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub rule: &'static str,
    pub message: String,
}

/// Every rule an event or a request broke.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("summary request rejected: {}", self.messages())]
pub struct Rejection {
    pub violations: Vec<Violation>,
}

impl Rejection {
    /// The violations' messages, `; `-separated.
    pub fn messages(&self) -> String {
        let messages: Vec<&str> = self.violations.iter().map(|v| v.message.as_str()).collect();
        messages.join("; ")
    }
}

impl Outcome {
    /// The row's name: the invocation result's `outcome`, the metric's `Outcome` dimension and,
    /// capitalised, the `errorType` of a failed invocation.
    pub fn name(&self) -> &'static str {
        match self {
            Outcome::Synced { .. } => "synced",
            Outcome::Duplicate { .. } => "duplicate",
            Outcome::Ignored { .. } => "ignored",
            Outcome::Rejected(_) | Outcome::Unreadable(_) => "rejected",
            Outcome::Unavailable { .. } => "unavailable",
            Outcome::Pending { .. } => "pending",
            Outcome::GenerationFailed { .. } => "generationFailed",
            Outcome::SyncFailed { .. } => "syncFailed",
            Outcome::InProgressElsewhere { .. } => "inProgressElsewhere",
            Outcome::UnknownOrg { .. } => "unknownOrg",
            Outcome::MalformedEnvelope { .. } => "malformedEnvelope",
            Outcome::StoreUnavailable { .. } => "storeUnavailable",
        }
    }

    /// The audit record this outcome writes, if any.
    pub fn audit_event(&self) -> Option<AuditEvent> {
        match self {
            Outcome::Synced { .. } => Some(AuditEvent::SummaryGeneratedAndSynced),
            Outcome::Rejected(_) | Outcome::Unreadable(_) | Outcome::UnknownOrg { .. } => {
                Some(AuditEvent::SummaryRejected)
            }
            Outcome::Unavailable { .. } => Some(AuditEvent::SummaryUnavailable),
            Outcome::Pending { .. } => Some(AuditEvent::SummaryPending),
            Outcome::GenerationFailed { .. } => Some(AuditEvent::SummaryGenerationFailed),
            Outcome::SyncFailed { .. } => Some(AuditEvent::SummarySyncFailed),
            Outcome::Duplicate { .. }
            | Outcome::Ignored { .. }
            | Outcome::InProgressElsewhere { .. }
            | Outcome::MalformedEnvelope { .. }
            | Outcome::StoreUnavailable { .. } => None,
        }
    }

    /// The state a claimed unit of work ends in; `None` when the outcome leaves no claim to end.
    pub fn work_state(&self) -> Option<WorkState> {
        match self {
            Outcome::Synced { .. } => Some(WorkState::Completed),
            Outcome::Rejected(_) => Some(WorkState::Rejected),
            Outcome::Unavailable { .. } => Some(WorkState::Unavailable),
            Outcome::Pending { .. }
            | Outcome::GenerationFailed { .. }
            | Outcome::SyncFailed { .. } => Some(WorkState::Failed),
            Outcome::Duplicate { .. }
            | Outcome::Ignored { .. }
            | Outcome::Unreadable(_)
            | Outcome::UnknownOrg { .. }
            | Outcome::InProgressElsewhere { .. }
            | Outcome::MalformedEnvelope { .. }
            | Outcome::StoreUnavailable { .. } => None,
        }
    }

    /// True when the invocation fails, so that Lambda retries it (and, after its retries, the
    /// event lands in the failed-events queue): exactly the rows a later attempt can fix, and the
    /// envelope that is not an event at all, which the queue keeps for a person to look at.
    pub fn fails_invocation(&self) -> bool {
        match self {
            Outcome::Pending { .. }
            | Outcome::GenerationFailed { .. }
            | Outcome::SyncFailed { .. }
            | Outcome::InProgressElsewhere { .. }
            | Outcome::MalformedEnvelope { .. }
            | Outcome::StoreUnavailable { .. } => true,
            Outcome::Synced { .. }
            | Outcome::Duplicate { .. }
            | Outcome::Ignored { .. }
            | Outcome::Rejected(_)
            | Outcome::Unreadable(_)
            | Outcome::UnknownOrg { .. }
            | Outcome::Unavailable { .. } => false,
        }
    }

    /// Why, in words: the audit record's `error` and the invocation result's `detail`.
    pub fn reason(&self) -> Option<String> {
        match self {
            Outcome::Synced { .. } => None,
            Outcome::Duplicate { state } => Some(format!("already {}", state.as_str())),
            Outcome::Ignored {
                detail_type,
                reason,
            } => Some(format!("{detail_type}: {reason}")),
            Outcome::Rejected(rejection) => Some(rejection.to_string()),
            Outcome::Unreadable(rejection) => {
                Some(format!("malformed event: {}", rejection.messages()))
            }
            Outcome::UnknownOrg { org_id: Some(org) } => Some(format!(
                "org {org} is not in GENESYS_ORGS: this deployment does not serve it"
            )),
            Outcome::UnknownOrg { org_id: None } => Some(
                "the event's source names no Genesys org (aws.partner/genesys.com/cloud/<orgId>/...), and GENESYS_ORGS routes by it"
                    .to_string(),
            ),
            Outcome::InProgressElsewhere { lease_until_ms } => Some(format!(
                "claimed by another invocation until {lease_until_ms}"
            )),
            Outcome::Unavailable { reason }
            | Outcome::Pending { reason }
            | Outcome::GenerationFailed { reason }
            | Outcome::SyncFailed { reason, .. }
            | Outcome::MalformedEnvelope { reason }
            | Outcome::StoreUnavailable { reason } => Some(reason.clone()),
        }
    }

    /// The CRM's answer, when the CRM was reached.
    pub fn webhook_status(&self) -> Option<u16> {
        match self {
            Outcome::Synced { webhook_status } => Some(*webhook_status),
            Outcome::SyncFailed { webhook_status, .. } => *webhook_status,
            _ => None,
        }
    }

    /// The verified payload a failed post leaves for the retry.
    pub fn resume_payload(&self) -> Option<&str> {
        match self {
            Outcome::SyncFailed { resume_payload, .. } => resume_payload.as_deref(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<Outcome> {
        let reason = || "why".to_string();
        let rejection = || Rejection {
            violations: vec![Violation {
                rule: "r",
                message: "m".into(),
            }],
        };
        vec![
            Outcome::Synced {
                webhook_status: 201,
            },
            Outcome::Duplicate {
                state: WorkState::Completed,
            },
            Outcome::Ignored {
                detail_type: "t".into(),
                reason: reason(),
            },
            Outcome::Rejected(rejection()),
            Outcome::Unreadable(rejection()),
            Outcome::Unavailable { reason: reason() },
            Outcome::Pending { reason: reason() },
            Outcome::GenerationFailed { reason: reason() },
            Outcome::SyncFailed {
                reason: reason(),
                webhook_status: Some(503),
                resume_payload: Some("{}".into()),
            },
            Outcome::InProgressElsewhere { lease_until_ms: 1 },
            Outcome::UnknownOrg { org_id: None },
            Outcome::MalformedEnvelope { reason: reason() },
            Outcome::StoreUnavailable { reason: reason() },
        ]
    }

    /// The table in docs/contracts.md, row by row: name, audit event, work state, invocation.
    #[test]
    fn each_row_knows_its_audit_event_state_and_invocation_result() {
        let table: Vec<(&str, Option<&str>, Option<&str>, bool)> = rows()
            .iter()
            .map(|o| {
                (
                    o.name(),
                    o.audit_event().map(AuditEvent::as_str),
                    o.work_state().map(WorkState::as_str),
                    o.fails_invocation(),
                )
            })
            .collect();
        assert_eq!(
            table,
            vec![
                (
                    "synced",
                    Some("SUMMARY_GENERATED_AND_SYNCED"),
                    Some("COMPLETED"),
                    false
                ),
                ("duplicate", None, None, false),
                ("ignored", None, None, false),
                (
                    "rejected",
                    Some("SUMMARY_REJECTED"),
                    Some("REJECTED"),
                    false
                ),
                ("rejected", Some("SUMMARY_REJECTED"), None, false),
                (
                    "unavailable",
                    Some("SUMMARY_UNAVAILABLE"),
                    Some("UNAVAILABLE"),
                    false
                ),
                ("pending", Some("SUMMARY_PENDING"), Some("FAILED"), true),
                (
                    "generationFailed",
                    Some("SUMMARY_GENERATION_FAILED"),
                    Some("FAILED"),
                    true
                ),
                (
                    "syncFailed",
                    Some("SUMMARY_SYNC_FAILED"),
                    Some("FAILED"),
                    true
                ),
                ("inProgressElsewhere", None, None, true),
                ("unknownOrg", Some("SUMMARY_REJECTED"), None, false),
                ("malformedEnvelope", None, None, true),
                ("storeUnavailable", None, None, true),
            ]
        );
    }

    #[test]
    fn a_finished_claim_is_never_left_terminal_by_a_retryable_row() {
        for row in rows() {
            if let Some(state) = row.work_state() {
                assert_eq!(state.is_terminal(), !row.fails_invocation(), "{row:?}");
            }
        }
    }
}
