//! Stage 4, sync (docs/architecture.md, "Stages"): the webhook payload and its idempotency key,
//! and the POST through the [`CrmSink`] port, whose adapter signs it. The payload's contract is
//! docs/contracts.md, "CRM webhook".

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::deadline::Deadline;
use crate::domain::event::TriggerKind;
use crate::domain::event::{RecordKeys, e164};
use crate::domain::ids::{ConversationId, LanguageTag, UserId};
use crate::domain::outcome::Outcome;
use crate::domain::request::SummaryLength;
use crate::domain::summary::Polarity;
use crate::domain::summary::{AppliedWrapup, SegmentSummary, SummaryOrigin, WrapupCode};
use crate::domain::verify::Review;
use crate::domain::verify::{PiiCounts, Verified};
use crate::domain::work::WorkUnit;
use crate::ports::crm::{CrmError, CrmPost, CrmSink};

/// Stable for a unit of work and revision: every retry, re-delivery and instance sends the same
/// key, so a CRM that honours `Idempotency-Key` stores each revision once. The first revision's
/// key depends on the unit alone; an agent's edit (revision 2 on) gets one of its own, from the
/// version of its text.
pub fn idempotency_key(unit: &WorkUnit, revision: u32, version: Option<&str>) -> String {
    let mut name = format!("genesys-summary/{}/{}", unit.partition(), unit.scope());
    if revision > 1 {
        match version {
            Some(version) => name.push_str(&format!("/{version}")),
            None => name.push_str(&format!("/r{revision}")),
        }
    }
    let digest = Sha256::digest(name.as_bytes());
    format!("gsl-{}", hex::encode(&digest[..16]))
}

/// The webhook body. Every text in it comes from a [`crate::domain::verify::RedactedSummary`].
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CrmPayload<'a> {
    pub interaction_id: &'a ConversationId,
    pub agent_id: Option<&'a UserId>,
    pub summary_text: &'a str,
    pub reason: Option<&'a str>,
    pub resolution: Option<&'a str>,
    pub resolution_outcome: Option<&'a str>,
    pub followup_actions: &'a [String],
    /// Copilot's predicted wrap-up codes.
    pub wrap_up_codes: &'a [WrapupCode],
    /// The wrap-up the agent applied (acw), notes redacted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied_wrap_up: Option<AppliedWrapUp<'a>>,
    /// Each agent segment of a conversation-wide summary (after a transfer).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub segments: Vec<Segment<'a>>,
    /// The summary's own locale, else the language requested.
    pub language: &'a LanguageTag,
    /// What finds the CRM record: queue, media, direction, external contacts, numbers.
    #[serde(rename = "match")]
    pub record: RecordMatch<'a>,
    pub metadata: CrmMetadata<'a>,
}

/// `match`: each field only when known.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordMatch<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub external_contact_ids: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub external_organization_ids: &'a [String],
    /// E.164, only with `CRM_INCLUDE_CALLER_NUMBERS=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ani: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dnis: Option<String>,
}

impl<'a> RecordMatch<'a> {
    fn new(keys: &'a RecordKeys, media_type: Option<&'a str>, with_numbers: bool) -> Self {
        let number = |raw: &Option<String>| {
            with_numbers
                .then_some(raw.as_deref())
                .flatten()
                .and_then(e164)
        };
        Self {
            queue_id: keys.queue_id.as_deref(),
            media_type,
            direction: keys.direction.as_deref(),
            external_contact_ids: &keys.external_contact_ids,
            external_organization_ids: &keys.external_organization_ids,
            ani: number(&keys.ani),
            dnis: number(&keys.dnis),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppliedWrapUp<'a> {
    pub code: Option<&'a str>,
    pub notes: Option<&'a str>,
}

impl<'a> From<&'a AppliedWrapup> for AppliedWrapUp<'a> {
    fn from(wrapup: &'a AppliedWrapup) -> Self {
        Self {
            code: wrapup.code.as_deref(),
            notes: wrapup.notes.as_deref(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Segment<'a> {
    pub agent_id: Option<&'a str>,
    pub communication_id: Option<&'a str>,
    pub summary_id: Option<&'a str>,
    pub summary_text: &'a str,
    pub agent_edited: bool,
}

impl<'a> From<&'a SegmentSummary> for Segment<'a> {
    fn from(segment: &'a SegmentSummary) -> Self {
        Self {
            agent_id: segment.agent_id.as_deref(),
            communication_id: segment.communication_id.as_deref(),
            summary_id: segment.summary_id.as_deref(),
            summary_text: &segment.text,
            agent_edited: segment.edited,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CrmMetadata<'a> {
    pub summary_length: SummaryLength,
    pub redaction_verified: bool,
    /// `null` when the transcript sentiment is unknown.
    pub sentiment_aligned: Option<bool>,
    pub generated_at: &'a str,
    /// Equal to the Idempotency-Key: one id per unit of work and revision, for the CRM's records.
    pub tracking_id: &'a str,
    /// 1 for the first summary of the unit; each agent's edit synced later is the next.
    pub revision: u32,
    pub summary_id: Option<&'a str>,
    pub source: SummaryOrigin,
    pub trigger: TriggerKind,
    pub correlation_id: Option<&'a str>,
    pub pii_redacted: &'a PiiCounts,
    pub summary_sentiment: Option<f64>,
    pub summary_polarity: Option<Polarity>,
    pub transcript_sentiment: Option<f64>,
    pub token_estimate: u32,
    pub token_budget: u32,
    pub length_within_budget: bool,
    pub confidence: Option<f64>,
    pub agent_edited: bool,
    pub review: &'a Review,
}

/// What the payload needs besides the verified summary.
pub struct PayloadContext<'a> {
    pub unit: &'a WorkUnit,
    pub trigger: TriggerKind,
    pub correlation_id: Option<&'a str>,
    pub language: &'a LanguageTag,
    pub summary_length: SummaryLength,
    pub tracking_id: &'a str,
    pub revision: u32,
    /// Used when Genesys did not say when it created the summary.
    pub fallback_generated_at: &'a str,
    pub record_keys: &'a RecordKeys,
    pub media_type: Option<&'a str>,
    pub include_caller_numbers: bool,
}

/// Serialises the payload for `verified`; the text is what gets signed and sent.
pub fn build_payload(verified: &Verified, ctx: &PayloadContext<'_>) -> String {
    let s = &verified.summary;
    let f = &verified.flags;
    let payload = CrmPayload {
        interaction_id: &ctx.unit.conversation_id,
        agent_id: ctx.unit.agent_id.as_ref(),
        summary_text: s.text(),
        reason: s.reason(),
        resolution: s.resolution(),
        resolution_outcome: s.resolution_outcome(),
        followup_actions: s.followup(),
        wrap_up_codes: s.wrapup_codes(),
        applied_wrap_up: s.applied_wrapup().map(AppliedWrapUp::from),
        segments: s.segments().iter().map(Segment::from).collect(),
        language: s.language().unwrap_or(ctx.language),
        record: RecordMatch::new(ctx.record_keys, ctx.media_type, ctx.include_caller_numbers),
        metadata: CrmMetadata {
            summary_length: ctx.summary_length,
            redaction_verified: f.redaction_verified,
            sentiment_aligned: f.sentiment_aligned,
            generated_at: s.created_at().unwrap_or(ctx.fallback_generated_at),
            tracking_id: ctx.tracking_id,
            revision: ctx.revision,
            summary_id: s.summary_id(),
            source: s.origin(),
            trigger: ctx.trigger,
            correlation_id: ctx.correlation_id,
            pii_redacted: &f.pii_redacted,
            summary_sentiment: f.summary_sentiment,
            summary_polarity: f.summary_polarity,
            transcript_sentiment: f.transcript_sentiment,
            token_estimate: f.token_estimate,
            token_budget: f.token_budget,
            length_within_budget: f.length_within_budget,
            confidence: s.confidence(),
            agent_edited: s.edited(),
            review: &f.review,
        },
    };
    // Plain data with string keys: serialising it cannot fail.
    serde_json::to_string(&payload).unwrap_or_default()
}

/// True when the payload says `metadata.review.needed`; read from the payload itself, so a
/// resumed post goes where the first attempt's went.
pub fn marked_for_review(payload: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(payload)
        .is_ok_and(|v| v["metadata"]["review"]["needed"] == true)
}

/// Runs the sync stage: posts `payload` and returns the CRM's status, or
/// [`Outcome::SyncFailed`] keeping the payload for the retry.
pub async fn sync<C: CrmSink>(
    crm: &C,
    payload: String,
    idempotency_key: &str,
    for_review: bool,
    deadline: &Deadline,
) -> Result<u16, Outcome> {
    let post = CrmPost {
        body: &payload,
        idempotency_key,
        for_review,
    };
    match crm.deliver(post, deadline).await {
        Ok(delivery) => Ok(delivery.status),
        Err(error) => {
            if matches!(error, CrmError::Secret(_)) {
                tracing::error!(%error, "webhook signing secret unavailable");
            }
            Err(Outcome::SyncFailed {
                reason: error.to_string(),
                webhook_status: error.status(),
                resume_payload: Some(payload),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::OrgId;

    #[test]
    fn idempotency_key_is_stable_per_unit_of_work() {
        let unit = |agent: Option<&str>| WorkUnit {
            org_id: None,
            conversation_id: ConversationId::parse("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b").unwrap(),
            agent_id: agent.map(|a| UserId::parse(a).unwrap()),
        };
        let (a, b) = (
            Some("a1b2c3d4-0000-4000-8000-00000000000a"),
            Some("a1b2c3d4-0000-4000-8000-00000000000b"),
        );
        let key = |agent, revision, version| idempotency_key(&unit(agent), revision, version);
        assert_eq!(key(a, 1, None), key(a, 1, None));
        assert_ne!(key(a, 1, None), key(b, 1, None));
        assert_ne!(key(a, 1, None), key(None, 1, None));
        // The first revision keeps the key it always had, whatever its text.
        assert_eq!(key(a, 1, Some("v1")), key(a, 1, None));
        // An edit gets its own, the same for every delivery of that edit.
        assert_ne!(key(a, 2, Some("v2")), key(a, 1, None));
        assert_eq!(key(a, 2, Some("v2")), key(a, 2, Some("v2")));
        assert_ne!(key(a, 2, Some("v2")), key(a, 3, Some("v3")));
        // The same conversation id in two orgs is two units, with two keys.
        let in_org = |org: &str| WorkUnit {
            org_id: Some(OrgId::parse(org).unwrap()),
            ..unit(a)
        };
        let (org_a, org_b) = (
            "0f0e0d0c-0000-4000-8000-00000000000a",
            "0f0e0d0c-0000-4000-8000-00000000000b",
        );
        assert_ne!(
            idempotency_key(&in_org(org_a), 1, None),
            idempotency_key(&in_org(org_b), 1, None)
        );
        assert_ne!(idempotency_key(&in_org(org_a), 1, None), key(a, 1, None));
    }

    /// A resumed post finds its routing in the kept payload.
    #[test]
    fn the_kept_payload_says_whether_it_is_for_review() {
        assert!(marked_for_review(
            r#"{"metadata":{"review":{"needed":true,"reasons":["lowConfidence"]}}}"#
        ));
        assert!(!marked_for_review(
            r#"{"metadata":{"review":{"needed":false,"reasons":[]}}}"#
        ));
        assert!(
            !marked_for_review(r#"{"metadata":{}}"#),
            "kept before the review existed"
        );
        assert!(!marked_for_review("not json"));
    }
}
