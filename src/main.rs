//! Wires configuration, AWS clients, the HTTP client and the adapters into the pipeline once per
//! instance, then hands invocations to the Lambda runtime.

use std::sync::Arc;

use genesys_summary_lambda::adapters::{Adapters, lambda};
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
            tracing::error!(%error, "init failed");
            return Err(error.into());
        }
    };
    let aws = aws_config::load_from_env().await;
    let adapters = Adapters::new(&config, &aws)?;
    let (timeout, margin) = (config.function_timeout, config.safety_margin);
    let pipeline = Pipeline::new(
        config,
        adapters.genesys,
        adapters.crm,
        adapters.work,
        Verifier::new(),
    );

    lambda_runtime::run(service_fn(|event: LambdaEvent<Value>| {
        lambda::handle(&pipeline, timeout, margin, event)
    }))
    .await
}
