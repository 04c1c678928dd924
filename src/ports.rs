//! The narrow traits the domain needs from the outside world. AWS and HTTP implementations live
//! in [`crate::adapters`]; unit tests of pure logic use in-memory fakes.
#![allow(async_fn_in_trait)] // Handlers run on one task; no port future has to be Send.

use std::fmt;

use crate::audit::{AuditRecord, ClaimOutcome, WorkState, WorkUnit};
use crate::deadline::Deadline;
use crate::generate::{AgentAssistRequest, GenesysError, OnDemandRequest, SummariesResponse};
use crate::sync::{CrmDelivery, CrmError};

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

/// The secret JSON in Secrets Manager.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenesysCredentials {
    pub client_id: String,
    pub client_secret: Secret,
    pub webhook_signing_secret: Option<Secret>,
}

/// An access token with its absolute expiry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedToken {
    pub access_token: Secret,
    /// Epoch seconds at which Genesys stops accepting the token.
    pub expires_at: i64,
}

/// A failure of a dependency we reach through an SDK (DynamoDB, Secrets Manager).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{service} {operation} failed: {message}")]
pub struct DependencyError {
    pub service: &'static str,
    pub operation: &'static str,
    pub message: String,
}

/// OAuth client-credentials failures.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OAuthError {
    /// 400/401 from the login host: the client id or secret is wrong (or was rotated).
    #[error("Genesys login rejected the client credentials (HTTP {status}): {message}")]
    Rejected { status: u16, message: String },
    #[error("Genesys login failed: {0}")]
    Unavailable(String),
}

pub trait SecretStore {
    async fn fetch(&self) -> Result<GenesysCredentials, SecretError>;
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error(transparent)]
    Unavailable(#[from] DependencyError),
    /// The secret exists but its JSON is not what we need; names the problem, never the value.
    #[error("secret {secret_id} is malformed: {problem}")]
    Malformed { secret_id: String, problem: String },
}

/// The token cache shared by every instance (DynamoDB), with a refresh lease so that a burst of
/// cold instances makes one OAuth call, not one each.
pub trait TokenCache {
    async fn load(&self, key: &str) -> Result<Option<CachedToken>, DependencyError>;
    async fn store(&self, key: &str, token: &CachedToken) -> Result<(), DependencyError>;
    /// Takes the refresh lease for `key` until `until_ms` (epoch ms) unless another holder's lease
    /// is still live. True when `holder` now holds it.
    async fn try_lease(
        &self,
        key: &str,
        holder: &str,
        until_ms: u64,
    ) -> Result<bool, DependencyError>;
    /// Gives the lease back early (best effort: it expires anyway).
    async fn release_lease(&self, key: &str, holder: &str) -> Result<(), DependencyError>;
}

pub trait OAuthClient {
    async fn client_credentials(
        &self,
        credentials: &GenesysCredentials,
        deadline: &Deadline,
    ) -> Result<CachedToken, OAuthError>;
}

/// Something that hands out a bearer token and takes back one that the API refused.
pub trait BearerTokens {
    async fn bearer(&self, deadline: &Deadline) -> Result<Secret, crate::token::TokenError>;
    async fn invalidate(&self, refused: &Secret);
}

/// A response body with the `ININ-Correlation-Id` Genesys sent with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fetched<T> {
    pub body: T,
    pub correlation_id: Option<String>,
}

pub trait GenesysApi {
    async fn conversation_summaries(
        &self,
        conversation_id: &str,
        deadline: &Deadline,
    ) -> Result<Fetched<SummariesResponse>, GenesysError>;
    async fn request_summary(
        &self,
        request: &OnDemandRequest,
        deadline: &Deadline,
    ) -> Result<(), GenesysError>;
    async fn agent_assist_summary(
        &self,
        request: &AgentAssistRequest,
        deadline: &Deadline,
    ) -> Result<Fetched<serde_json::Value>, GenesysError>;
    /// The raw `sentimentScore`, `None` when Genesys has none for the conversation.
    async fn transcript_sentiment(
        &self,
        conversation_id: &str,
        deadline: &Deadline,
    ) -> Result<Option<f64>, GenesysError>;
}

pub trait CrmSink {
    /// POSTs `body` (already redacted JSON) with the given idempotency key, retrying transient failures.
    async fn deliver(
        &self,
        body: &[u8],
        idempotency_key: &str,
        deadline: &Deadline,
    ) -> Result<CrmDelivery, CrmError>;
}

/// Claims, completions and immutable audit records (DynamoDB).
pub trait WorkStore {
    async fn claim(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
    ) -> Result<ClaimOutcome, DependencyError>;
    /// Ends the claim in `state` and writes `record`, atomically. `resume_payload` keeps a
    /// verified CRM payload with a failed claim so the retry posts it instead of regenerating.
    async fn finish(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        state: WorkState,
        record: &AuditRecord,
        resume_payload: Option<&str>,
    ) -> Result<(), DependencyError>;
    /// Writes an audit record for an event that never got a unit of work (unparseable body).
    /// Returns false when the record already exists (a re-delivery).
    async fn record(&self, record: &AuditRecord) -> Result<bool, DependencyError>;
}
