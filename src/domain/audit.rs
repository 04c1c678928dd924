//! The immutable audit record every handled event ends in (docs/contracts.md, "Audit table").

use serde::Serialize;

use super::event::TriggerKind;
use super::ids::{ConversationId, LanguageTag, OrgId, UserId};
use super::outcome::{AuditEvent, Violation};
use super::request::TranscriptCheck;
use super::summary::SummaryOrigin;
use super::verify::VerificationFlags;

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
    /// The Genesys org the event came from, as its source names it.
    pub org_id: Option<OrgId>,
    pub conversation_id: Option<ConversationId>,
    pub agent_id: Option<UserId>,
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
    /// The locale Genesys wrote the summary in, as it said.
    pub summary_language: Option<LanguageTag>,
    /// The id Genesys gave an on-demand generation this attempt asked for.
    pub on_demand_summary_id: Option<String>,
    pub latency: StageLatency,
    pub validation: Option<ValidationFlags>,
    pub verification: Option<VerificationFlags>,
    pub webhook_status: Option<u16>,
    /// The summary was marked for review and posted to the review webhook.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub review_webhook: bool,
    pub error: Option<String>,
    /// RFC 3339 with milliseconds, UTC.
    pub recorded_at: String,
}

impl AuditRecord {
    /// A record of `event` with nothing else known yet, stamped now.
    pub fn new(event: AuditEvent, lambda_request_id: &str) -> Self {
        Self {
            event,
            trigger: None,
            org_id: None,
            conversation_id: None,
            agent_id: None,
            event_id: None,
            lambda_request_id: lambda_request_id.to_string(),
            correlation_id: None,
            genesys_correlation_id: None,
            claim_id: None,
            attempt: 1,
            idempotency_key: None,
            summary_id: None,
            summary_source: None,
            summary_language: None,
            on_demand_summary_id: None,
            latency: StageLatency::default(),
            validation: None,
            verification: None,
            webhook_status: None,
            review_webhook: false,
            error: None,
            recorded_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        }
    }
}
