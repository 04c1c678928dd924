//! Stage 4, sync (DESIGN.md section 4.4): the CRM webhook payload, its idempotency key and its
//! signature. The POST itself is the [`crate::ports::CrmSink`] adapter's.
//!
//! Signature scheme (documented in the README for CRM implementers):
//! `X-Signature: t=<unix_seconds>,v1=<hex(HMAC-SHA256(webhookSigningSecret, "<unix_seconds>.<raw body>"))>`.

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::audit::WorkUnit;
use crate::event::TriggerKind;
use crate::ports::SecretError;
use crate::summary::{SummaryOrigin, WrapupCode};
use crate::validate::SummaryLength;
use crate::verify::{PiiCounts, Verified};

pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
pub const SIGNATURE_HEADER: &str = "X-Signature";

/// Stable for a unit of work: every retry, re-delivery and instance sends the same key, so a CRM
/// that honours `Idempotency-Key` stores the summary once.
pub fn idempotency_key(unit: &WorkUnit) -> String {
    let digest = Sha256::digest(
        format!("genesys-summary/{}/{}", unit.conversation_id, unit.scope()).as_bytes(),
    );
    format!("gsl-{}", hex::encode(&digest[..16]))
}

/// The `X-Signature` header value for `body` sent at `unix_seconds`.
pub fn signature_header(secret: &[u8], unix_seconds: i64, body: &[u8]) -> String {
    format!(
        "t={unix_seconds},v1={}",
        hex::encode(hmac_sha256(secret, unix_seconds, body))
    )
}

fn hmac_sha256(secret: &[u8], unix_seconds: i64, body: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(unix_seconds.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

/// Checks a signature header the way a CRM should: parse, recompute, compare in constant time,
/// and refuse timestamps more than `tolerance_secs` away from `now`.
pub fn verify_signature(
    secret: &[u8],
    header: &str,
    body: &[u8],
    now: i64,
    tolerance_secs: i64,
) -> bool {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("v1", v)) => signatures.extend(hex::decode(v).ok()),
            _ => {}
        }
    }
    let Some(t) = timestamp else { return false };
    if (now - t).abs() > tolerance_secs {
        return false;
    }
    signatures.iter().any(|sig| {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
        mac.update(t.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        mac.verify_slice(sig).is_ok()
    })
}

/// The webhook body. Every text in it comes from a [`crate::verify::RedactedSummary`].
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CrmPayload<'a> {
    pub interaction_id: &'a str,
    pub agent_id: Option<&'a str>,
    pub summary_text: &'a str,
    pub reason: Option<&'a str>,
    pub resolution: Option<&'a str>,
    pub resolution_outcome: Option<&'a str>,
    pub followup_actions: &'a [String],
    pub wrap_up_codes: &'a [WrapupCode],
    pub language: &'a str,
    pub metadata: CrmMetadata<'a>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CrmMetadata<'a> {
    pub summary_length: SummaryLength,
    pub redaction_verified: bool,
    /// `null` when the transcript sentiment is unknown.
    pub sentiment_aligned: Option<bool>,
    pub generated_at: &'a str,
    /// Equal to the Idempotency-Key: one id per unit of work, for the CRM's own records.
    pub tracking_id: &'a str,
    pub summary_id: Option<&'a str>,
    pub source: SummaryOrigin,
    pub trigger: TriggerKind,
    pub correlation_id: Option<&'a str>,
    pub pii_redacted: &'a PiiCounts,
    pub summary_sentiment: Option<f64>,
    pub transcript_sentiment: Option<f64>,
    pub token_estimate: u32,
    pub token_budget: u32,
    pub length_within_budget: bool,
    pub confidence: Option<f64>,
    pub agent_edited: bool,
}

pub struct PayloadContext<'a> {
    pub unit: &'a WorkUnit,
    pub trigger: TriggerKind,
    pub correlation_id: Option<&'a str>,
    pub language: &'a str,
    pub summary_length: SummaryLength,
    pub tracking_id: &'a str,
    /// Used when Genesys did not say when it created the summary.
    pub fallback_generated_at: &'a str,
}

/// Serialises the payload for `verified`; the bytes are what gets signed and sent.
pub fn build_payload(verified: &Verified, ctx: &PayloadContext<'_>) -> Vec<u8> {
    let s = &verified.summary;
    let f = &verified.flags;
    let payload = CrmPayload {
        interaction_id: &ctx.unit.conversation_id,
        agent_id: ctx.unit.agent_id.as_deref(),
        summary_text: s.text(),
        reason: s.reason(),
        resolution: s.resolution(),
        resolution_outcome: s.resolution_outcome(),
        followup_actions: s.followup(),
        wrap_up_codes: s.wrapup_codes(),
        language: s.language().unwrap_or(ctx.language),
        metadata: CrmMetadata {
            summary_length: ctx.summary_length,
            redaction_verified: f.redaction_verified,
            sentiment_aligned: f.sentiment_aligned,
            generated_at: s.created_at().unwrap_or(ctx.fallback_generated_at),
            tracking_id: ctx.tracking_id,
            summary_id: s.summary_id(),
            source: s.origin(),
            trigger: ctx.trigger,
            correlation_id: ctx.correlation_id,
            pii_redacted: &f.pii_redacted,
            summary_sentiment: f.summary_sentiment,
            transcript_sentiment: f.transcript_sentiment,
            token_estimate: f.token_estimate,
            token_budget: f.token_budget,
            length_within_budget: f.length_within_budget,
            confidence: s.confidence(),
            agent_edited: s.edited(),
        },
    };
    serde_json::to_vec(&payload).expect("the payload serialises")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_round_trips_and_rejects_tampering() {
        let body = br#"{"interactionId":"x"}"#;
        let header = signature_header(b"whsec", 1_700_000_000, body);
        assert!(header.starts_with("t=1700000000,v1="));
        assert!(verify_signature(
            b"whsec",
            &header,
            body,
            1_700_000_100,
            300
        ));
        assert!(!verify_signature(
            b"whsec",
            &header,
            br#"{"interactionId":"y"}"#,
            1_700_000_100,
            300
        ));
        assert!(!verify_signature(
            b"other",
            &header,
            body,
            1_700_000_100,
            300
        ));
        assert!(
            !verify_signature(b"whsec", &header, body, 1_700_001_000, 300),
            "too old"
        );
        assert!(!verify_signature(
            b"whsec",
            "v1=00",
            body,
            1_700_000_000,
            300
        ));
    }

    #[test]
    fn signature_matches_a_known_vector() {
        // printf '1700000000.{}' | openssl dgst -sha256 -hmac key
        assert_eq!(
            signature_header(b"key", 1_700_000_000, b"{}"),
            format!(
                "t=1700000000,v1={}",
                hex::encode(hmac_sha256(b"key", 1_700_000_000, b"{}"))
            )
        );
    }

    #[test]
    fn idempotency_key_is_stable_per_unit_of_work() {
        let unit = |agent: Option<&str>| WorkUnit {
            conversation_id: "c1".into(),
            agent_id: agent.map(str::to_string),
        };
        assert_eq!(
            idempotency_key(&unit(Some("a"))),
            idempotency_key(&unit(Some("a")))
        );
        assert_ne!(
            idempotency_key(&unit(Some("a"))),
            idempotency_key(&unit(Some("b")))
        );
        assert_ne!(
            idempotency_key(&unit(Some("a"))),
            idempotency_key(&unit(None))
        );
    }
}
