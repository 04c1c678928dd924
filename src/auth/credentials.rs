//! OAuth client credentials from Secrets Manager, cached in memory for a TTL so a warm instance
//! makes no Secrets Manager call per event.

use std::time::{Duration, Instant};

use tokio::sync::Mutex;

use crate::ports::secrets::{GenesysCredentials, SecretError, SecretStore};

pub struct Credentials<S> {
    store: S,
    ttl: Duration,
    cached: Mutex<Option<(GenesysCredentials, Instant)>>,
}

impl<S: SecretStore> Credentials<S> {
    pub fn new(store: S, ttl: Duration) -> Self {
        Self {
            store,
            ttl,
            cached: Mutex::new(None),
        }
    }

    /// The cached credentials, or fresh ones when the cache is empty or older than the TTL.
    /// Concurrent callers share one fetch.
    pub async fn get(&self) -> Result<GenesysCredentials, SecretError> {
        let mut cached = self.cached.lock().await;
        if let Some((creds, at)) = cached.as_ref()
            && at.elapsed() < self.ttl
        {
            return Ok(creds.clone());
        }
        let fresh = self.store.fetch().await?;
        *cached = Some((fresh.clone(), Instant::now()));
        Ok(fresh)
    }

    /// Forgets the cached secret (after the login host rejected it, for instance).
    pub async fn invalidate(&self) {
        *self.cached.lock().await = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::memory::MemorySecrets;
    use crate::ports::Secret;

    #[tokio::test]
    async fn cached_within_ttl_and_refetched_after_invalidate() {
        let store = MemorySecrets::sequence([
            MemorySecrets::credentials("client-0", "s"),
            MemorySecrets::credentials("client-1", "s"),
        ]);
        let c = Credentials::new(store, Duration::from_secs(60));
        assert_eq!(c.get().await.unwrap().client_id, "client-0");
        assert_eq!(c.get().await.unwrap().client_id, "client-0");
        c.invalidate().await;
        assert_eq!(c.get().await.unwrap().client_id, "client-1");
    }

    #[tokio::test]
    async fn zero_ttl_always_refetches() {
        let store = MemorySecrets::new(MemorySecrets::credentials("client", "s"));
        let c = Credentials::new(store.clone(), Duration::ZERO);
        c.get().await.unwrap();
        c.get().await.unwrap();
        assert_eq!(store.reads(), 2);
    }

    #[test]
    fn secrets_never_print() {
        let creds = GenesysCredentials {
            client_id: "id".into(),
            client_secret: Secret::new("hunter2"),
            webhook_signing_secret: Some(Secret::new("whsec")),
            previous_webhook_signing_secret: None,
        };
        let shown = format!("{creds:?} {}", creds.client_secret);
        assert!(
            !shown.contains("hunter2") && !shown.contains("whsec"),
            "{shown}"
        );
    }
}
