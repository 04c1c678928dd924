//! AWS and HTTP implementations of the [`crate::ports`] traits, the Lambda entry point, and
//! in-memory implementations for tests ([`memory`], feature `testing`).

pub mod aws_http;
pub mod comprehend;
pub mod crm_http;
pub mod dynamodb;
pub mod genesys_http;
pub mod http;
pub mod lambda;
#[cfg(any(test, feature = "testing"))]
pub mod memory;
pub mod metrics;
pub mod retry;
pub mod secrets_manager;

use std::sync::Arc;

use aws_config::retry::RetryConfig;
use aws_config::stalled_stream_protection::StalledStreamProtectionConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, SdkConfig};

use crate::auth::credentials::Credentials;
use crate::auth::tokens::TokenProvider;
use crate::config::{Config, OrgSettings, SentimentAnalyzer, ServedOrgs};
use crate::pipeline::orgs::{Org, Orgs};
use comprehend::ComprehendSentiment;
use crm_http::CrmHttp;
use dynamodb::{DynamoTokenCache, DynamoWorkStore};
use genesys_http::{GenesysHttp, GenesysLogin};
use retry::RetryPolicy;
use secrets_manager::SecretsManagerStore;

pub type LiveTokens = TokenProvider<SecretsManagerStore, DynamoTokenCache, GenesysLogin>;
pub type LiveOrg = Org<GenesysHttp<LiveTokens>, CrmHttp<SecretsManagerStore>>;

/// The production adapters, built once per instance from the configuration and the AWS config.
/// `main.rs` and the integration tests wire the pipeline through this one function.
pub struct Adapters {
    /// Each org's token provider, for the prefetch at start.
    pub tokens: Vec<Arc<LiveTokens>>,
    /// Each org's Genesys client and CRM sink.
    pub orgs: Orgs<GenesysHttp<LiveTokens>, CrmHttp<SecretsManagerStore>>,
    pub work: DynamoWorkStore,
    /// Amazon Comprehend, when `SENTIMENT_ANALYZER=comprehend`.
    pub sentiment: Option<ComprehendSentiment>,
}

/// The instance's HTTP client (pool and TLS), for Genesys, the AWS SDK and, unless it needs its
/// own roots, the CRM.
pub fn http_client(config: &Config) -> Result<reqwest::Client, reqwest::Error> {
    client_with(config, aws_http::tls_config())
}

/// Why the HTTP clients could not be built.
#[derive(Debug, thiserror::Error)]
pub enum HttpSetupError {
    #[error(transparent)]
    Client(#[from] reqwest::Error),
    #[error("CRM_CA_BUNDLE {path}: {}", .problems.join("; "))]
    CaBundle { path: String, problems: Vec<String> },
}

/// The CRM's client: `shared` itself, or with `CRM_CA_BUNDLE` one that also trusts the bundle's
/// certificates (Mozilla's roots stay; Genesys and AWS never see the bundle).
pub fn crm_http_client(
    config: &Config,
    shared: &reqwest::Client,
) -> Result<reqwest::Client, HttpSetupError> {
    let Some(path) = &config.crm.ca_bundle else {
        return Ok(shared.clone());
    };
    let tls =
        aws_http::tls_config_with_bundle(path).map_err(|problems| HttpSetupError::CaBundle {
            path: path.display().to_string(),
            problems,
        })?;
    Ok(client_with(config, tls)?)
}

fn client_with(
    config: &Config,
    tls: rustls::ClientConfig,
) -> Result<reqwest::Client, reqwest::Error> {
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .connect_timeout(
            config
                .genesys
                .http_timeout
                .min(std::time::Duration::from_secs(5)),
        )
        .tcp_nodelay(true)
        .build()
}

/// The AWS configuration from the environment (region, credentials, endpoint), sending over `http`.
/// Stalled-stream protection is off: it watches streaming bodies with a timer per transfer, and
/// these calls move a few kilobytes under `AWS_ATTEMPT_TIMEOUT_MS` and `AWS_CALL_TIMEOUT_MS`.
pub async fn load_aws_config(http: &reqwest::Client) -> SdkConfig {
    aws_config::defaults(BehaviorVersion::latest())
        .http_client(aws_http::sdk_http_client(http.clone()))
        .stalled_stream_protection(StalledStreamProtectionConfig::disabled())
        .load()
        .await
}

/// The SDK clients (DynamoDB, Secrets Manager and, when chosen, Comprehend), every call bounded
/// so no stall can outlive the invocation: short attempts, three of them with short backoff,
/// and a cap on the whole call.
fn sdk_clients(
    config: &Config,
    aws: &SdkConfig,
) -> (
    aws_sdk_dynamodb::Client,
    aws_sdk_secretsmanager::Client,
    Option<aws_sdk_comprehend::Client>,
) {
    let timeouts = TimeoutConfig::builder()
        .connect_timeout(config.storage.aws_attempt_timeout)
        .operation_attempt_timeout(config.storage.aws_attempt_timeout)
        .operation_timeout(config.storage.aws_call_timeout)
        .build();
    let retries = RetryConfig::standard()
        .with_max_attempts(3)
        .with_initial_backoff(std::time::Duration::from_millis(50))
        .with_max_backoff(std::time::Duration::from_millis(500));
    let dynamodb = aws_sdk_dynamodb::Client::from_conf(
        aws_sdk_dynamodb::config::Builder::from(aws)
            .timeout_config(timeouts.clone())
            .retry_config(retries.clone())
            .build(),
    );
    let secrets = aws_sdk_secretsmanager::Client::from_conf(
        aws_sdk_secretsmanager::config::Builder::from(aws)
            .timeout_config(timeouts.clone())
            .retry_config(retries.clone())
            .build(),
    );
    let comprehend =
        (config.summaries.sentiment_analyzer == SentimentAnalyzer::Comprehend).then(|| {
            aws_sdk_comprehend::Client::from_conf(
                aws_sdk_comprehend::config::Builder::from(aws)
                    .timeout_config(timeouts)
                    .retry_config(retries)
                    .build(),
            )
        });
    (dynamodb, secrets, comprehend)
}

impl Adapters {
    /// `aws` carries the HTTP client the SDK clients use; `http` is for Genesys and the CRM (the
    /// same one in production, see [`load_aws_config`]).
    pub fn new(
        config: &Config,
        aws: &SdkConfig,
        http: reqwest::Client,
        crm_http: reqwest::Client,
    ) -> Self {
        let (dynamodb, secrets, comprehend) = sdk_clients(config, aws);
        let shared = Shared {
            config,
            dynamodb: &dynamodb,
            secrets: &secrets,
            http: &http,
            crm_http: &crm_http,
            policy: RetryPolicy::new(config.invocation.http_max_attempts),
        };
        let mut tokens = Vec::new();
        let mut build = |settings| {
            let (org, org_tokens) = shared.org(settings);
            tokens.push(org_tokens);
            org
        };
        let orgs = match &config.orgs {
            ServedOrgs::Single(settings) => Orgs::Single(build(settings)),
            ServedOrgs::Several(orgs) => Orgs::Several(
                orgs.iter()
                    .map(|(id, settings)| (id.clone(), build(settings)))
                    .collect(),
            ),
        };
        Self {
            tokens,
            orgs,
            work: DynamoWorkStore::new(
                dynamodb,
                &config.storage.audit_table,
                config.storage.audit_retention_days,
            ),
            sentiment: comprehend.map(ComprehendSentiment::new),
        }
    }
}

/// What every org's adapters are built from.
struct Shared<'a> {
    config: &'a Config,
    dynamodb: &'a aws_sdk_dynamodb::Client,
    secrets: &'a aws_sdk_secretsmanager::Client,
    http: &'a reqwest::Client,
    crm_http: &'a reqwest::Client,
    policy: RetryPolicy,
}

impl Shared<'_> {
    /// One org's adapters: its secret (credentials and CRM signing secret), its token provider
    /// (memory, then its own item in the shared token table, then its org's login host), its
    /// Genesys client and its CRM sink.
    fn org(&self, settings: &OrgSettings) -> (LiveOrg, Arc<LiveTokens>) {
        let (config, policy) = (self.config, self.policy);
        let credentials = Arc::new(Credentials::new(
            SecretsManagerStore::new(self.secrets.clone(), &settings.secret_id),
            config.genesys.secret_ttl,
        ));
        let tokens = Arc::new(TokenProvider::new(
            credentials.clone(),
            DynamoTokenCache::new(self.dynamodb.clone(), &config.storage.token_table),
            GenesysLogin::new(
                self.http.clone(),
                settings.token_url(),
                policy,
                config.genesys.http_timeout,
            ),
            &settings.login_base_url,
        ));
        let org = Org {
            genesys: GenesysHttp::new(
                self.http.clone(),
                &settings.api_base_url,
                &config.genesys.agent_assist_path,
                tokens.clone(),
                policy,
                config.genesys.http_timeout,
            ),
            crm: CrmHttp::new(
                self.crm_http.clone(),
                &settings.crm_webhook_url,
                credentials,
                policy,
                config.crm.http_timeout,
            )
            .with_review_url(settings.crm_review_webhook_url.clone()),
            review_webhook: settings.crm_review_webhook_url.is_some(),
            single_org_keys: settings.single_org_keys,
        };
        (org, tokens)
    }
}
