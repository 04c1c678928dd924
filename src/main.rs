//! Wires configuration, AWS clients, the HTTP client and the adapters into the pipeline once per
//! instance, then hands invocations to the Lambda runtime.

use std::sync::Arc;

use genesys_summary_lambda::adapters::{self, Adapters, lambda};
use genesys_summary_lambda::config::Config;
use genesys_summary_lambda::pipeline::Pipeline;
use genesys_summary_lambda::verify::Verifier;
use lambda_runtime::{LambdaEvent, service_fn};
use serde_json::Value;

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
    // Started first so it compiles while the rest of init runs.
    let verifier = Verifier::build_in_background();
    let http = match adapters::http_client(&config) {
        Ok(http) => http,
        Err(error) => return Err(lambda::init_failed("HttpClient", error).await.into()),
    };
    let aws = adapters::load_aws_config(&http).await;
    let adapters = Adapters::new(&config, &aws, http);
    let (timeout, margin) = (config.function_timeout, config.safety_margin);
    let pipeline = Pipeline::new(
        config,
        adapters.genesys,
        adapters.crm,
        adapters.work,
        verifier,
    );

    lambda_runtime::run(service_fn(|event: LambdaEvent<Value>| {
        lambda::handle(&pipeline, timeout, margin, event)
    }))
    .await
}
