//! The ports: the narrow traits the pipeline needs from the outside world, one module per port,
//! each with its own request, response and error types. Ports depend on the domain and on
//! [`crate::deadline`] only; the AWS and HTTP implementations are in [`crate::adapters`], and
//! in-memory ones for tests in `adapters::memory` (feature `testing`).
//!
//! | port | what it is | production adapter |
//! | --- | --- | --- |
//! | [`secrets::SecretStore`] | the OAuth client credentials | Secrets Manager |
//! | [`tokens::TokenCache`] | the token cache shared by every instance, with a refresh lease | DynamoDB |
//! | [`tokens::OAuthClient`] | the client-credentials login | Genesys login host |
//! | [`tokens::BearerTokens`] | a bearer token for the API | `auth::TokenProvider` |
//! | [`genesys::GenesysApi`] | summaries, on-demand generation, transcript sentiment | Genesys REST API |
//! | [`crm::CrmSink`] | the signed webhook POST | the CRM |
//! | [`work_store::WorkStore`] | claims, completions and audit records | DynamoDB |
//! | [`sentiment::SentimentAnalysis`] | summary sentiment outside the process (optional) | Amazon Comprehend |
#![allow(async_fn_in_trait)] // Handlers run on one task; no port future has to be Send.

pub mod crm;
pub mod genesys;
pub mod secrets;
pub mod sentiment;
pub mod tokens;
pub mod work_store;

use std::fmt;

/// A string that never shows itself in `Debug` or `Display`: client secrets, signing secrets and
/// access tokens cannot reach a log line by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    /// The value, for the one place that must send it (an Authorization header, an HMAC key).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// A failure of a dependency reached through an SDK (DynamoDB, Secrets Manager): the error of
/// every port that stores something.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{service} {operation} failed: {message}")]
pub struct DependencyError {
    pub service: &'static str,
    pub operation: &'static str,
    pub message: String,
}
