//! The AWS clients the commands use, configured from the environment as the AWS CLI is
//! (`AWS_PROFILE`, `AWS_REGION`, `AWS_ENDPOINT_URL`, ...), sending through the same HTTP client
//! and TLS configuration as the function.

use aws_config::SdkConfig;
use genesys_summary_lambda::adapters::{self, aws_http};
use serde_json::Value;

use crate::OpsError;

/// The HTTP client for AWS and Genesys.
pub fn http() -> Result<reqwest::Client, OpsError> {
    reqwest::Client::builder()
        .tls_backend_preconfigured(aws_http::tls_config())
        .build()
        .map_err(|e| OpsError::aws("building the HTTP client", e))
}

pub async fn aws(http: &reqwest::Client) -> SdkConfig {
    adapters::load_aws_config(http).await
}

/// What an asynchronous invoke came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invoked {
    /// Lambda queued it (202), or ran it (200, as `cargo lambda watch` does: it has no queue).
    Accepted(i32),
    Refused(String),
}

/// Invokes `function` asynchronously with `event`, as EventBridge does.
pub async fn invoke_async(
    lambda: &aws_sdk_lambda::Client,
    function: &str,
    event: &Value,
) -> Invoked {
    let sent = lambda
        .invoke()
        .function_name(function)
        .invocation_type(aws_sdk_lambda::types::InvocationType::Event)
        .payload(aws_sdk_lambda::primitives::Blob::new(event.to_string()))
        .send()
        .await;
    match sent {
        Ok(output) if (200..300).contains(&output.status_code()) => {
            Invoked::Accepted(output.status_code())
        }
        Ok(output) => Invoked::Refused(format!("Lambda answered {}", output.status_code())),
        Err(error) => Invoked::Refused(OpsError::aws("Invoke", error).to_string()),
    }
}

/// Where Genesys is and how to log in: the function's own secret and, through its token table,
/// its cached token (so a backfill makes no extra OAuth call while the token is valid).
#[derive(Debug, Clone)]
pub struct GenesysAccess {
    pub secret_id: String,
    pub api_base_url: String,
    pub login_base_url: String,
    pub token_table: String,
}

pub type Genesys = genesys_summary_lambda::adapters::genesys_http::GenesysHttp<
    genesys_summary_lambda::adapters::LiveTokens,
>;

/// The Genesys API client the function uses, for this process.
pub fn genesys(http: &reqwest::Client, aws: &SdkConfig, access: &GenesysAccess) -> Genesys {
    use genesys_summary_lambda::adapters::dynamodb::DynamoTokenCache;
    use genesys_summary_lambda::adapters::genesys_http::{GenesysHttp, GenesysLogin};
    use genesys_summary_lambda::adapters::retry::RetryPolicy;
    use genesys_summary_lambda::adapters::secrets_manager::SecretsManagerStore;
    use genesys_summary_lambda::auth::credentials::Credentials;
    use genesys_summary_lambda::auth::tokens::TokenProvider;
    use std::sync::Arc;
    use std::time::Duration;

    let (policy, timeout) = (RetryPolicy::new(4), Duration::from_secs(10));
    let secrets = SecretsManagerStore::new(aws_sdk_secretsmanager_client(aws), &access.secret_id);
    let tokens = TokenProvider::new(
        Arc::new(Credentials::new(secrets, Duration::from_secs(300))),
        DynamoTokenCache::new(aws_sdk_dynamodb::Client::new(aws), &access.token_table),
        GenesysLogin::new(
            http.clone(),
            format!("{}/oauth/token", access.login_base_url),
            policy,
            timeout,
        ),
        &access.login_base_url,
    );
    GenesysHttp::new(
        http.clone(),
        &access.api_base_url,
        genesys_summary_lambda::config::DEFAULT_AGENT_ASSIST_PATH,
        Arc::new(tokens),
        policy,
        timeout,
    )
}

fn aws_sdk_secretsmanager_client(aws: &SdkConfig) -> aws_sdk_secretsmanager::Client {
    aws_sdk_secretsmanager::Client::new(aws)
}
