//! The Genesys access token: memory first, then the token cache shared in DynamoDB, then the
//! OAuth client-credentials login, written back to both. Refreshed a minute before expiry; a
//! token the API refused is dropped from both caches. One refresh at a time per instance.

use crate::clock::{unix_millis, unix_seconds};

use sha2::{Digest, Sha256};
use tokio::sync::Mutex;

use super::credentials::Credentials;
use crate::deadline::Deadline;
use crate::ports::Secret;
use crate::ports::secrets::{GenesysCredentials, SecretStore};
use crate::ports::tokens::{
    BearerTokens, CachedToken, OAuthClient, OAuthError, TokenCache, TokenError,
};

/// Tokens closer than this to expiry are refreshed.
pub const REFRESH_MARGIN_SECS: i64 = 60;
/// How long one instance may hold the refresh lease; a holder that dies blocks the others no longer.
pub const REFRESH_LEASE: std::time::Duration = std::time::Duration::from_secs(5);
/// How often an instance waiting for another's login looks for the new token.
pub const LEASE_POLL: std::time::Duration = std::time::Duration::from_millis(50);

pub struct TokenProvider<S, K, O> {
    credentials: std::sync::Arc<Credentials<S>>,
    cache: K,
    oauth: O,
    login_host: String,
    memory: Mutex<Option<CachedToken>>,
    /// Identifies this instance as a lease holder.
    instance_id: String,
}

/// The token-cache key for one OAuth client on one login host. Derived from the client id (never
/// the secret) and hashed so the table holds no identifiers in its keys.
pub fn cache_key(client_id: &str, login_host: &str) -> String {
    let digest = Sha256::digest(format!("{client_id}@{login_host}").as_bytes());
    format!("token#{}", hex::encode(&digest[..16]))
}

fn fresh(token: &CachedToken) -> bool {
    token.expires_at - REFRESH_MARGIN_SECS > unix_seconds()
}

impl<S: SecretStore, K: TokenCache, O: OAuthClient> TokenProvider<S, K, O> {
    pub fn new(
        credentials: std::sync::Arc<Credentials<S>>,
        cache: K,
        oauth: O,
        login_host: impl Into<String>,
    ) -> Self {
        Self {
            credentials,
            cache,
            oauth,
            login_host: login_host.into(),
            memory: Mutex::new(None),
            instance_id: uuid::Uuid::new_v4().to_string(),
        }
    }

    /// A token valid for at least [`REFRESH_MARGIN_SECS`].
    pub async fn token(&self, deadline: &Deadline) -> Result<Secret, TokenError> {
        // Holding the lock across the refresh makes concurrent callers share one login.
        let mut memory = self.memory.lock().await;
        if let Some(token) = memory.as_ref().filter(|t| fresh(t)) {
            return Ok(token.access_token.clone());
        }
        let credentials = self.credentials.get().await?;
        let key = cache_key(&credentials.client_id, &self.login_host);
        let token = loop {
            if let Some(token) = self.cache.load(&key).await?.filter(fresh) {
                tracing::debug!("Genesys token taken from the shared cache");
                break token;
            }
            let lease_until = unix_millis() + REFRESH_LEASE.as_millis() as u64;
            if self
                .cache
                .try_lease(&key, &self.instance_id, lease_until)
                .await?
            {
                // Whoever held the lease before us may have just stored a token.
                if let Some(token) = self.cache.load(&key).await?.filter(fresh) {
                    self.release(&key).await;
                    break token;
                }
                let result = self.login(credentials.clone(), deadline).await;
                if let Ok((key, token)) = &result
                    && let Err(error) = self.cache.store(key, token).await
                {
                    // The token is good; only sharing it failed. Other instances log in themselves.
                    tracing::warn!(%error, "could not write the Genesys token to the shared cache");
                }
                self.release(&key).await;
                let (_, token) = result?;
                tracing::info!(expires_at = token.expires_at, "logged in to Genesys Cloud");
                break token;
            }
            // Another instance is logging in: its token will be in the shared cache shortly.
            if !deadline.sleep(LEASE_POLL).await {
                return Err(TokenError::LeaseWait);
            }
        };
        let secret = token.access_token.clone();
        *memory = Some(token);
        Ok(secret)
    }

    /// Fetches the secret and a token ahead of need, so that a cold start's first event finds them
    /// in memory instead of waiting for Secrets Manager and DynamoDB (or the login) in turn.
    /// Failures are left for the event's own call to meet and report.
    pub async fn prefetch(&self, budget: std::time::Duration) {
        let deadline = Deadline::after(budget, std::time::Duration::ZERO);
        match self.token(&deadline).await {
            Ok(_) => tracing::debug!("Genesys token prefetched"),
            Err(error) => {
                tracing::debug!(%error, "token prefetch failed; the first event fetches it")
            }
        }
    }

    async fn release(&self, key: &str) {
        if let Err(error) = self.cache.release_lease(key, &self.instance_id).await {
            tracing::debug!(%error, "could not release the refresh lease; it will expire");
        }
    }

    /// The OAuth login. When the login host rejects the client credentials, the secret may have
    /// been rotated since we cached it: it is read again, once, and the login retried if it changed.
    /// Returns the token-cache key of the credentials that worked, with the token.
    async fn login(
        &self,
        credentials: GenesysCredentials,
        deadline: &Deadline,
    ) -> Result<(String, CachedToken), TokenError> {
        match self.oauth.client_credentials(&credentials, deadline).await {
            Ok(token) => Ok((cache_key(&credentials.client_id, &self.login_host), token)),
            Err(rejected @ OAuthError::Rejected { .. }) => {
                self.credentials.invalidate().await;
                let fresh = self.credentials.get().await?;
                if fresh == credentials {
                    return Err(rejected.into());
                }
                tracing::info!(
                    "client credentials rejected; retrying once with the re-read secret"
                );
                let token = self.oauth.client_credentials(&fresh, deadline).await?;
                Ok((cache_key(&fresh.client_id, &self.login_host), token))
            }
            Err(other) => Err(other.into()),
        }
    }

    /// Drops `refused` from memory and from the shared cache, unless a newer token already replaced it.
    pub async fn invalidate(&self, refused: &Secret) {
        let mut memory = self.memory.lock().await;
        if memory.as_ref().is_some_and(|t| &t.access_token == refused) {
            *memory = None;
        }
        let Ok(credentials) = self.credentials.get().await else {
            return;
        };
        let key = cache_key(&credentials.client_id, &self.login_host);
        if let Ok(Some(shared)) = self.cache.load(&key).await
            && &shared.access_token == refused
        {
            let expired = CachedToken {
                access_token: shared.access_token,
                expires_at: 0,
            };
            if let Err(error) = self.cache.store(&key, &expired).await {
                tracing::warn!(%error, "could not expire the refused token in the shared cache");
            }
        }
    }
}

impl<S: SecretStore, K: TokenCache, O: OAuthClient> BearerTokens for TokenProvider<S, K, O> {
    async fn bearer(&self, deadline: &Deadline) -> Result<Secret, TokenError> {
        self.token(deadline).await
    }

    async fn invalidate(&self, refused: &Secret) {
        TokenProvider::invalidate(self, refused).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::memory::{MemoryOAuth, MemorySecrets, MemoryTokenCache};
    use std::sync::Arc;
    use std::time::Duration;

    fn credentials() -> Arc<Credentials<MemorySecrets>> {
        let store = MemorySecrets::new(MemorySecrets::credentials("client", "secret"));
        Arc::new(Credentials::new(store, Duration::from_secs(60)))
    }

    fn provider(
        cache: &MemoryTokenCache,
        login: &MemoryOAuth,
    ) -> TokenProvider<MemorySecrets, MemoryTokenCache, MemoryOAuth> {
        TokenProvider::new(credentials(), cache.clone(), login.clone(), "login.example")
    }

    fn deadline() -> Deadline {
        Deadline::after(Duration::from_secs(30), Duration::ZERO)
    }

    #[tokio::test]
    async fn memory_then_shared_cache_then_login() {
        let (cache, login) = (MemoryTokenCache::default(), MemoryOAuth::default());
        let a = provider(&cache, &login);
        assert_eq!(a.token(&deadline()).await.unwrap().expose(), "token-1");
        // Cold: the cache is read before and again after taking the refresh lease.
        assert_eq!(cache.loads(), 2);
        assert_eq!(a.token(&deadline()).await.unwrap().expose(), "token-1");
        assert_eq!(login.logins(), 1);
        assert_eq!(cache.loads(), 2, "a warm token costs no cache read");

        // A second instance with empty memory finds the shared token.
        let b = provider(&cache, &login);
        assert_eq!(b.token(&deadline()).await.unwrap().expose(), "token-1");
        assert_eq!(login.logins(), 1);
    }

    #[tokio::test]
    async fn a_prefetched_token_costs_the_first_event_nothing() {
        let (cache, login) = (MemoryTokenCache::default(), MemoryOAuth::default());
        let p = provider(&cache, &login);
        p.prefetch(Duration::from_secs(5)).await;
        let (reads, logins) = (cache.loads(), login.logins());
        assert_eq!(logins, 1);
        // Prefetch concurrent with the first event's own call: still one login, no extra reads.
        let d = deadline();
        let (_, token) = tokio::join!(p.prefetch(Duration::from_secs(5)), p.token(&d));
        assert_eq!(token.unwrap().expose(), "token-1");
        assert_eq!((cache.loads(), login.logins()), (reads, logins));
    }

    #[tokio::test]
    async fn concurrent_callers_in_one_instance_share_one_login() {
        let (cache, login) = (MemoryTokenCache::default(), MemoryOAuth::default());
        let p = provider(&cache, &login);
        let d = deadline();
        let (a, b, c) = tokio::join!(p.token(&d), p.token(&d), p.token(&d));
        assert_eq!(
            [a.unwrap(), b.unwrap(), c.unwrap()].map(|t| t.expose().to_string()),
            ["token-1", "token-1", "token-1"]
        );
        assert_eq!(login.logins(), 1);
    }

    #[tokio::test]
    async fn a_refused_token_is_replaced_everywhere() {
        let (cache, login) = (MemoryTokenCache::default(), MemoryOAuth::default());
        let p = provider(&cache, &login);
        let first = p.token(&deadline()).await.unwrap();
        p.invalidate(&first).await;
        assert_eq!(p.token(&deadline()).await.unwrap().expose(), "token-2");
    }

    #[tokio::test]
    async fn tokens_near_expiry_are_refreshed() {
        let (cache, login) = (MemoryTokenCache::default(), MemoryOAuth::default());
        let old = CachedToken {
            access_token: Secret::new("old"),
            expires_at: unix_seconds() + 30,
        };
        cache
            .store(&cache_key("client", "login.example"), &old)
            .await
            .unwrap();
        let p = provider(&cache, &login);
        assert_eq!(p.token(&deadline()).await.unwrap().expose(), "token-1");
    }

    #[tokio::test]
    async fn a_rejected_secret_is_read_again_once_before_failing() {
        let cache = MemoryTokenCache::default();
        // The secret was rotated after the instance first read it; the login takes only the new one.
        let login = MemoryOAuth::accepting_only("rotated");
        let store = MemorySecrets::sequence([
            MemorySecrets::credentials("client", "stale"),
            MemorySecrets::credentials("client", "rotated"),
        ]);
        let p = TokenProvider::new(
            Arc::new(Credentials::new(store, Duration::from_secs(600))),
            cache.clone(),
            login.clone(),
            "login.example",
        );
        assert_eq!(p.token(&deadline()).await.unwrap().expose(), "token-1");
        assert_eq!(login.logins(), 2);

        // When the re-read secret is the same, the rejection is final: no second login.
        let login = MemoryOAuth::accepting_only("rotated");
        let p = TokenProvider::new(credentials(), cache, login.clone(), "other.example");
        let err = p.token(&deadline()).await.unwrap_err();
        assert!(
            matches!(
                err,
                TokenError::OAuth(OAuthError::Rejected { status: 401, .. })
            ),
            "{err:?}"
        );
        assert_eq!(login.logins(), 1);
    }

    #[test]
    fn cache_key_names_neither_client_nor_secret() {
        let key = cache_key("my-client-id", "login.mypurecloud.com");
        assert!(key.starts_with("token#") && !key.contains("my-client-id"));
        assert_ne!(key, cache_key("my-client-id", "login.mypurecloud.ie"));
    }
}
