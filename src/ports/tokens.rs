//! Genesys access tokens: the cache every instance shares, the OAuth login, and the bearer
//! token the API adapter asks for.

use super::secrets::{GenesysCredentials, SecretError};
use super::{DependencyError, Secret};
use crate::deadline::Deadline;

/// An access token with its absolute expiry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedToken {
    pub access_token: Secret,
    /// Epoch seconds at which Genesys stops accepting the token.
    pub expires_at: i64,
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

/// OAuth client-credentials failures.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OAuthError {
    /// 400/401 from the login host: the client id or secret is wrong (or was rotated).
    #[error("Genesys login rejected the client credentials (HTTP {status}): {message}")]
    Rejected { status: u16, message: String },
    #[error("Genesys login failed: {0}")]
    Unavailable(String),
}

pub trait OAuthClient {
    async fn client_credentials(
        &self,
        credentials: &GenesysCredentials,
        deadline: &Deadline,
    ) -> Result<CachedToken, OAuthError>;
}

/// Why no bearer token could be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("could not read the Genesys client credentials: {0}")]
    Secret(#[from] SecretError),
    #[error(transparent)]
    OAuth(#[from] OAuthError),
    #[error("token cache unavailable: {0}")]
    Cache(#[from] DependencyError),
    #[error(
        "another instance holds the token refresh lease and the invocation has no time left to wait for it"
    )]
    LeaseWait,
}

/// Something that hands out a bearer token and takes back one that the API refused.
pub trait BearerTokens {
    async fn bearer(&self, deadline: &Deadline) -> Result<Secret, TokenError>;
    async fn invalidate(&self, refused: &Secret);
}
