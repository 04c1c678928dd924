//! The OAuth client credentials (and the webhook signing secret), kept in Secrets Manager.

use super::{DependencyError, Secret};

/// The secret JSON: `{"clientId", "clientSecret", "webhookSigningSecret"?,
/// "previousWebhookSigningSecret"?}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenesysCredentials {
    pub client_id: String,
    pub client_secret: Secret,
    pub webhook_signing_secret: Option<Secret>,
    /// During a rotation of the signing secret: the one the CRM may still check with. Posts are
    /// signed with both until it is removed.
    pub previous_webhook_signing_secret: Option<Secret>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error(transparent)]
    Unavailable(#[from] DependencyError),
    /// The secret exists but its JSON is not what we need; names the problem, never the value.
    #[error("secret {secret_id} is malformed: {problem}")]
    Malformed { secret_id: String, problem: String },
}

pub trait SecretStore {
    async fn fetch(&self) -> Result<GenesysCredentials, SecretError>;
}
