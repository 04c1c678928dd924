//! Wires configuration, AWS clients, the HTTP client and the adapters into the pipeline once per
//! instance, then hands invocations to the Lambda runtime.

// The handler's future nests the pipeline's stages, the adapters' retries and the SDK's own
// futures; the release build's layout query of `main` goes past the default depth of 128.
#![recursion_limit = "256"]

use std::sync::Arc;
use std::time::Duration;

use genesys_summary_lambda::adapters::metrics::Metrics;
use genesys_summary_lambda::adapters::{self, Adapters, lambda};
use genesys_summary_lambda::config::Config;
use genesys_summary_lambda::domain::verify::Verifier;
use genesys_summary_lambda::pipeline::Pipeline;
use lambda_runtime::{LambdaEvent, service_fn};
use serde_json::Value;

/// Bounds the prefetch, so that an instance frozen mid-call (Lambda's proactive init) lets go of
/// the token lock soon after it is thawed.
const PREFETCH_BUDGET: Duration = Duration::from_secs(5);

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), lambda_runtime::Error> {
    lambda_runtime::tracing::init_default_subscriber();
    let config = match Config::from_env() {
        Ok(config) => Arc::new(config),
        Err(error) => {
            return Err(lambda::init_failed("InvalidConfiguration", error)
                .await
                .into());
        }
    };
    for warning in config.warnings() {
        tracing::warn!("{warning}");
    }
    // Started first: the PII patterns and the sentiment lexicon are built while the rest of init runs.
    let verifier = Verifier::build_in_background();
    let http = match adapters::http_client(&config) {
        Ok(http) => http,
        Err(error) => return Err(lambda::init_failed("HttpClient", error).await.into()),
    };
    let crm_http = match adapters::crm_http_client(&config, &http) {
        Ok(client) => client,
        Err(error) => {
            return Err(lambda::init_failed("InvalidConfiguration", error)
                .await
                .into());
        }
    };
    let aws = adapters::load_aws_config(&http).await;
    let adapters = Adapters::new(&config, &aws, http, crm_http);
    // Runs while the runtime waits for the first event (after init's first poll, so init is not
    // longer for it): the secret and the token then cost the first event no round trips. One
    // task per org served.
    for tokens in adapters.tokens {
        tokio::spawn(async move {
            // Let the runtime's poll for the first event go out first.
            tokio::task::yield_now().await;
            tokens.prefetch(PREFETCH_BUDGET).await
        });
    }
    let (timeout, margin) = (
        config.invocation.function_timeout,
        config.invocation.safety_margin,
    );
    let pipeline = Pipeline::serving(config, adapters.orgs, adapters.work, verifier)
        .with_sentiment_analysis(adapters.sentiment);

    let metrics = Metrics::from_env();
    lambda_runtime::run(service_fn(|event: LambdaEvent<Value>| {
        lambda::handle(&pipeline, &metrics, timeout, margin, event)
    }))
    .await
}
