//! The CRM webhook ([`CrmSink`]): a signed JSON POST with a stable `Idempotency-Key`.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Client;

use super::http::{Failure, GaveUp, send};
use crate::credentials::Credentials;
use crate::deadline::Deadline;
use crate::ports::{CrmSink, SecretStore};
use crate::retry::RetryPolicy;
use crate::sync::{CrmDelivery, CrmError, IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signature_header};

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
        body: &[u8],
        idempotency_key: &str,
        deadline: &Deadline,
    ) -> Result<CrmDelivery, CrmError> {
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
