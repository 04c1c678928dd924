//! The CRM webhook ([`CrmSink`]): a signed JSON POST with a stable `Idempotency-Key`
//! (docs/contracts.md, "CRM webhook"). Two signatures, for two kinds of receiver:
//!
//! - Standard Webhooks (standardwebhooks.com, verifier libraries in many languages):
//!   `webhook-id` (the idempotency key), `webhook-timestamp` (unix seconds) and
//!   `webhook-signature: v1,<base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}"))>`, the key being
//!   the bytes of a `whsec_<base64>` secret or, for any other secret, its UTF-8 bytes.
//! - `X-Signature: t=<unix_seconds>,v1=<hex(HMAC-SHA256(webhookSigningSecret, "<unix_seconds>.<raw body>"))>`,
//!   kept for receivers built on it.
//!
//! During a rotation (`previousWebhookSigningSecret` in the secret) each header carries a
//! signature per secret: space-separated in `webhook-signature`, as the specification allows,
//! and one more `v1=` in `X-Signature`.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use reqwest::Client;
use sha2::Sha256;

use super::http::{Failure, GaveUp, send};
use super::retry::RetryPolicy;
use crate::auth::credentials::Credentials;
use crate::deadline::Deadline;
use crate::ports::Secret;
use crate::ports::crm::{CrmDelivery, CrmError, CrmPost, CrmSink};
use crate::ports::secrets::{GenesysCredentials, SecretStore};

pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
pub const SIGNATURE_HEADER: &str = "X-Signature";
pub const WEBHOOK_ID_HEADER: &str = "webhook-id";
pub const WEBHOOK_TIMESTAMP_HEADER: &str = "webhook-timestamp";
pub const WEBHOOK_SIGNATURE_HEADER: &str = "webhook-signature";

/// The `X-Signature` header value for `body` sent at `unix_seconds`, one `v1` per secret.
pub fn signature_header(secrets: &[&[u8]], unix_seconds: i64, body: &[u8]) -> String {
    let mut header = format!("t={unix_seconds}");
    for secret in secrets {
        header.push_str(",v1=");
        header.push_str(&hex::encode(hmac_sha256(
            secret,
            &[unix_seconds.to_string().as_bytes(), b".", body],
        )));
    }
    header
}

/// The Standard Webhooks key of a signing secret: a `whsec_` secret is base64 (padded or not);
/// any other secret is used as its bytes, as for `X-Signature`.
pub fn standard_key(secret: &str) -> Vec<u8> {
    secret
        .strip_prefix("whsec_")
        .and_then(|encoded| {
            base64::engine::general_purpose::STANDARD_NO_PAD
                .decode(encoded.trim_end_matches('='))
                .ok()
        })
        .unwrap_or_else(|| secret.as_bytes().to_vec())
}

/// The `webhook-signature` header value: `v1,<base64>` per key, space-separated.
pub fn standard_signature_header(
    keys: &[Vec<u8>],
    id: &str,
    unix_seconds: i64,
    body: &[u8],
) -> String {
    let timestamp = unix_seconds.to_string();
    keys.iter()
        .map(|key| {
            let mac = hmac_sha256(
                key,
                &[id.as_bytes(), b".", timestamp.as_bytes(), b".", body],
            );
            format!("v1,{}", BASE64.encode(mac))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    for part in parts {
        mac.update(part);
    }
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

pub struct CrmHttp<S> {
    client: Client,
    url: String,
    /// Where summaries marked for review go, when set (`CRM_REVIEW_WEBHOOK_URL`).
    review_url: Option<String>,
    credentials: Arc<Credentials<S>>,
    policy: RetryPolicy,
    timeout: Duration,
}

impl<S: SecretStore> CrmHttp<S> {
    pub fn new(
        client: Client,
        url: impl Into<String>,
        credentials: Arc<Credentials<S>>,
        policy: RetryPolicy,
        timeout: Duration,
    ) -> Self {
        Self {
            client,
            url: url.into(),
            review_url: None,
            credentials,
            policy,
            timeout,
        }
    }
}

impl<S> CrmHttp<S> {
    /// Sends summaries marked for review to `url` instead.
    pub fn with_review_url(mut self, url: Option<String>) -> Self {
        self.review_url = url;
        self
    }
}

/// The keys one post is signed with: one per signing secret (the current, then the previous
/// during a rotation), in both schemes.
struct Signing {
    /// X-Signature: the secrets' bytes.
    raw: Vec<Vec<u8>>,
    /// Standard Webhooks: `whsec_` secrets decoded.
    standard: Vec<Vec<u8>>,
}

impl Signing {
    fn of(credentials: &GenesysCredentials) -> Self {
        if credentials.webhook_signing_secret.is_none() {
            tracing::warn!("the secret has no webhookSigningSecret: the CRM post is not signed");
        }
        let secrets: Vec<&Secret> = [
            credentials.webhook_signing_secret.as_ref(),
            credentials.previous_webhook_signing_secret.as_ref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        Self {
            raw: secrets
                .iter()
                .map(|s| s.expose().as_bytes().to_vec())
                .collect(),
            standard: secrets.iter().map(|s| standard_key(s.expose())).collect(),
        }
    }

    /// The signature headers of an attempt made at `now`; none without a secret.
    fn headers(&self, id: &str, now: i64, body: &[u8]) -> Vec<(&'static str, String)> {
        if self.raw.is_empty() {
            return Vec::new();
        }
        let raw: Vec<&[u8]> = self.raw.iter().map(Vec::as_slice).collect();
        vec![
            (WEBHOOK_TIMESTAMP_HEADER, now.to_string()),
            (
                WEBHOOK_SIGNATURE_HEADER,
                standard_signature_header(&self.standard, id, now, body),
            ),
            (SIGNATURE_HEADER, signature_header(&raw, now, body)),
        ]
    }
}

impl<S: SecretStore> CrmSink for CrmHttp<S> {
    async fn deliver(
        &self,
        post: CrmPost<'_>,
        deadline: &Deadline,
    ) -> Result<CrmDelivery, CrmError> {
        let (body, idempotency_key) = (post.body.as_bytes(), post.idempotency_key);
        let signing = Signing::of(&self.credentials.get().await?);
        let url = match (&self.review_url, post.for_review) {
            (Some(review), true) => review,
            _ => &self.url,
        };
        // Signed afresh on every attempt: the timestamp is the attempt's.
        let build = || {
            let request = self
                .client
                .post(url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(IDEMPOTENCY_HEADER, idempotency_key)
                .header(WEBHOOK_ID_HEADER, idempotency_key)
                .body(body.to_vec());
            let now = crate::clock::unix_seconds();
            signing
                .headers(idempotency_key, now, body)
                .into_iter()
                .fold(request, |request, (name, value)| {
                    request.header(name, value)
                })
        };
        delivery(send(build, &self.policy, self.timeout, deadline).await)
    }
}

/// The CRM's answer as the port reports it: a 4xx other than 429 is a refusal; anything else
/// that failed after the retries is exhausted or out of time.
fn delivery(result: Result<(reqwest::Response, u32), GaveUp>) -> Result<CrmDelivery, CrmError> {
    match result {
        Ok((response, attempts)) => Ok(CrmDelivery {
            status: response.status().as_u16(),
            attempts,
        }),
        Err(GaveUp::Failed {
            failure: Failure::Status { status, body, .. },
            ..
        }) if (400..500).contains(&status) && status != 429 => Err(CrmError::Refused {
            status,
            detail: body.chars().take(200).collect::<String>(),
        }),
        Err(GaveUp::Failed { failure, attempts }) => Err(CrmError::Exhausted {
            attempts,
            last: failure.to_string(),
        }),
        Err(GaveUp::Deadline { failure, .. }) => Err(CrmError::DeadlineExceeded(format!(
            "last attempt: {failure}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_round_trips_and_rejects_tampering() {
        let body = br#"{"interactionId":"x"}"#;
        let header = signature_header(&[b"whsec"], 1_700_000_000, body);
        assert!(header.starts_with("t=1700000000,v1="));
        let check = |secret: &[u8], header: &str, body: &[u8], now| {
            verify_signature(secret, header, body, now, 300)
        };
        assert!(check(b"whsec", &header, body, 1_700_000_100));
        assert!(!check(
            b"whsec",
            &header,
            br#"{"interactionId":"y"}"#,
            1_700_000_100
        ));
        assert!(!check(b"other", &header, body, 1_700_000_100));
        assert!(!check(b"whsec", &header, body, 1_700_001_000), "too old");
        assert!(!check(b"whsec", "v1=00", body, 1_700_000_000));
    }

    #[test]
    fn x_signature_matches_openssl() {
        // printf '1700000000.{}' | openssl dgst -sha256 -hmac key
        assert_eq!(
            signature_header(&[b"key"], 1_700_000_000, b"{}"),
            "t=1700000000,v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
        );
    }

    /// Vectors from the `standardwebhooks` Python package 1.1.0 (`Webhook(secret).sign(...)`).
    #[test]
    fn standard_signature_matches_the_reference_library() {
        let id = "gsl-0123456789abcdef0123456789abcdef";
        let key = standard_key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assert_eq!(
            standard_signature_header(&[key], id, 1_700_000_000, br#"{"interactionId":"x"}"#),
            "v1,Dsri9ZA8qv3eGznBrfuhWF1I1OyCN6dlQHM3bO3QXJQ="
        );
        // A secret not in whsec_ form is its own bytes (Python: Webhook(secret.encode())).
        let raw = standard_key("demo-webhook-signing-secret");
        assert_eq!(raw, b"demo-webhook-signing-secret");
        assert_eq!(
            standard_signature_header(&[raw], id, 1_700_000_000, b"{}"),
            "v1,cybjMMDrXCSy5Mhbt8YC0gb0oFRM0dAlO1OohK0BPag="
        );
    }

    #[test]
    fn a_rotation_sends_a_signature_per_secret() {
        let keys = [b"new".to_vec(), b"old".to_vec()];
        let header = standard_signature_header(&keys, "id", 1, b"{}");
        assert_eq!(header.split(' ').count(), 2);
        assert!(header.split(' ').all(|s| s.starts_with("v1,")));
        let legacy = signature_header(&[b"new", b"old"], 1, b"{}");
        assert!(verify_signature(b"old", &legacy, b"{}", 1, 300));
        assert!(verify_signature(b"new", &legacy, b"{}", 1, 300));
    }
}
