//! The Lambda entry point: turns a runtime invocation into a pipeline call, and reports each
//! outcome as a metric ([`super::metrics`]).

use std::time::Duration;

use lambda_runtime::{Diagnostic, LambdaEvent};
use serde_json::Value;

use super::metrics::Metrics;
use crate::deadline::Deadline;
use crate::pipeline::{Handled, HandlerError, Invocation, Pipeline};
use crate::ports::crm::CrmSink;
use crate::ports::genesys::GenesysApi;
use crate::ports::sentiment::SentimentAnalysis;
use crate::ports::work_store::WorkStore;

pub async fn handle<G: GenesysApi, C: CrmSink, W: WorkStore, S: SentimentAnalysis>(
    pipeline: &Pipeline<G, C, W, S>,
    metrics: &Metrics,
    function_timeout: Duration,
    safety_margin: Duration,
    event: LambdaEvent<Value>,
) -> Result<Handled, HandlerError> {
    let invocation = Invocation {
        request_id: event.context.request_id.clone(),
        deadline: Deadline::from_lambda(event.context.deadline, function_timeout, safety_margin),
    };
    let result = pipeline.handle(&event.payload, &invocation).await;
    let outcome = match &result {
        Ok(handled) => &handled.outcome,
        Err(error) => {
            tracing::error!(%error, "invocation failed; Lambda will retry it");
            error.outcome()
        }
    };
    metrics.record(outcome.name());
    result
}

/// Lambda's error report: the outcome's name, capitalised, as `errorType`; our message as
/// `errorMessage`.
impl From<HandlerError> for Diagnostic {
    fn from(error: HandlerError) -> Self {
        let name = error.outcome().name();
        let mut error_type = name[..1].to_ascii_uppercase();
        error_type.push_str(&name[1..]);
        Diagnostic {
            error_type,
            error_message: error.to_string(),
        }
    }
}

/// Logs why init failed and reports it to Lambda; returns the error for `main` to end with.
pub async fn init_failed<E: std::fmt::Display>(error_type: &str, error: E) -> E {
    tracing::error!(%error, "init failed");
    report_init_error(error_type, &error.to_string()).await;
    error
}

/// Tells Lambda why the instance could not start (`POST /runtime/init/error`), so the failed
/// invocation reports `errorType`/`errorMessage` (an invalid configuration, say) rather than a bare
/// `Runtime.ExitError`. `lambda_runtime` reports init errors only for SnapStart hooks. Best effort:
/// the process exits with the error either way.
async fn report_init_error(error_type: &str, message: &str) {
    let Ok(api) = std::env::var("AWS_LAMBDA_RUNTIME_API") else {
        return;
    };
    let base = if api.starts_with("http://") {
        api
    } else {
        format!("http://{api}")
    };
    let Ok(client) = reqwest::Client::builder()
        .tls_backend_preconfigured(super::aws_http::tls_config())
        .timeout(Duration::from_secs(2))
        .build()
    else {
        return;
    };
    let sent = client
        .post(format!("{base}/2018-06-01/runtime/init/error"))
        .header("lambda-runtime-function-error-type", "Runtime.InitError")
        .json(&serde_json::json!({"errorType": error_type, "errorMessage": message}))
        .send()
        .await;
    if let Err(error) = sent {
        tracing::warn!(%error, "could not report the init error to the Runtime API");
    }
}
