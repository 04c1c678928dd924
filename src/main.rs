//! Wires configuration, AWS clients, the HTTP client and the adapters into the pipeline once per
//! instance, then hands invocations to the Lambda runtime.

use std::sync::Arc;

use genesys_summary_lambda::adapters::crm_http::CrmHttp;
use genesys_summary_lambda::adapters::dynamodb::{DynamoTokenCache, DynamoWorkStore};
use genesys_summary_lambda::adapters::genesys_http::{GenesysHttp, GenesysLogin};
use genesys_summary_lambda::adapters::lambda;
use genesys_summary_lambda::adapters::secrets_manager::SecretsManagerStore;
use genesys_summary_lambda::config::Config;
use genesys_summary_lambda::credentials::Credentials;
use genesys_summary_lambda::pipeline::Pipeline;
use genesys_summary_lambda::retry::RetryPolicy;
use genesys_summary_lambda::token::TokenProvider;
use genesys_summary_lambda::verify::Verifier;
use lambda_runtime::{LambdaEvent, service_fn};
use serde_json::Value;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), lambda_runtime::Error> {
    lambda_runtime::tracing::init_default_subscriber();
    let config = match Config::from_env() {
        Ok(config) => Arc::new(config),
        Err(error) => {
            tracing::error!(%error, "init failed");
            return Err(error.into());
        }
    };

    let aws = aws_config::load_from_env().await;
    let dynamodb = aws_sdk_dynamodb::Client::new(&aws);
    let secrets = aws_sdk_secretsmanager::Client::new(&aws);
    let http = reqwest::Client::builder()
        .connect_timeout(
            config
                .genesys_http_timeout
                .min(std::time::Duration::from_secs(5)),
        )
        .tcp_nodelay(true)
        .build()?;
    let policy = RetryPolicy::new(config.http_max_attempts);

    let credentials = Arc::new(Credentials::new(
        SecretsManagerStore::new(secrets, &config.secret_id),
        config.secret_ttl,
    ));
    let tokens = Arc::new(TokenProvider::new(
        credentials.clone(),
        DynamoTokenCache::new(dynamodb.clone(), &config.token_table),
        GenesysLogin::new(
            http.clone(),
            config.token_url(),
            policy,
            config.genesys_http_timeout,
        ),
        &config.login_base_url,
    ));
    let genesys = GenesysHttp::new(
        http.clone(),
        &config.api_base_url,
        &config.agent_assist_path,
        tokens,
        policy,
        config.genesys_http_timeout,
    );
    let crm = CrmHttp::new(
        http,
        &config.crm_webhook_url,
        credentials,
        policy,
        config.crm_http_timeout,
    );
    let work = DynamoWorkStore::new(dynamodb, &config.audit_table, config.audit_retention_days);
    let (timeout, margin) = (config.function_timeout, config.safety_margin);
    let pipeline = Pipeline::new(config, genesys, crm, work, Verifier::new());

    lambda_runtime::run(service_fn(|event: LambdaEvent<Value>| {
        lambda::handle(&pipeline, timeout, margin, event)
    }))
    .await
}
