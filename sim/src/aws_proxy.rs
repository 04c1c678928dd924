//! A proxy in front of moto that counts AWS calls per operation (`X-Amz-Target`) and injects
//! faults: throttling errors, server errors and delays, scripted per service and consumed one per
//! matching request. Lets tests and the benchmark see and disturb DynamoDB and Secrets Manager
//! traffic over the real protocol.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use crate::ServiceTime;

/// One scripted fault for requests whose target starts with `target_prefix`
/// (`DynamoDB_20120810`, `DynamoDB_20120810.TransactWriteItems`, `secretsmanager`, ...).
#[derive(Debug, Clone, PartialEq)]
pub enum AwsFault {
    /// The service's throttling error (HTTP 400, retryable by the SDK).
    Throttle,
    /// An HTTP status with an AWS JSON error body.
    Status(u16),
    /// Wait, then forward.
    Delay(Duration),
}

#[derive(Default)]
struct Inner {
    calls: HashMap<String, u64>,
    faults: VecDeque<(String, AwsFault)>,
}

#[derive(Clone)]
pub struct AwsProxy {
    inner: Arc<Mutex<Inner>>,
    upstream: String,
    client: reqwest::Client,
    service_time: ServiceTime,
}

impl AwsProxy {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn push_fault(&self, target_prefix: &str, fault: AwsFault, times: usize) {
        let mut inner = self.lock();
        for _ in 0..times {
            inner
                .faults
                .push_back((target_prefix.to_string(), fault.clone()));
        }
    }

    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    /// Calls seen per target (`DynamoDB_20120810.UpdateItem`, `secretsmanager.GetSecretValue`),
    /// faulted ones included.
    pub fn calls(&self) -> HashMap<String, u64> {
        self.lock().calls.clone()
    }

    /// Calls whose target starts with `prefix`.
    pub fn count(&self, prefix: &str) -> u64 {
        self.lock()
            .calls
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(_, v)| v)
            .sum()
    }

    /// Time spent serving requests (moto's time included): the benchmark subtracts it from an
    /// event's latency.
    pub fn service_time(&self) -> &ServiceTime {
        &self.service_time
    }

    pub fn reset_counts(&self) {
        self.lock().calls.clear();
    }

    fn take_fault(&self, target: &str) -> Option<AwsFault> {
        let mut inner = self.lock();
        *inner.calls.entry(target.to_string()).or_default() += 1;
        let index = inner
            .faults
            .iter()
            .position(|(prefix, _)| target.starts_with(prefix.as_str()))?;
        inner.faults.remove(index).map(|(_, fault)| fault)
    }
}

pub struct AwsProxyHandle {
    pub addr: SocketAddr,
    pub proxy: AwsProxy,
    task: tokio::task::JoinHandle<()>,
}

impl AwsProxyHandle {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for AwsProxyHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts the proxy on `addr`, forwarding to `upstream` (moto's endpoint URL).
pub async fn spawn(upstream: &str, addr: SocketAddr) -> std::io::Result<AwsProxyHandle> {
    let proxy = AwsProxy {
        inner: Arc::default(),
        upstream: upstream.trim_end_matches('/').to_string(),
        client: reqwest::Client::new(),
        service_time: ServiceTime::default(),
    };
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let listener = crate::TimedListener::new(listener, proxy.service_time.clone());
    let app = Router::new().fallback(forward).with_state(proxy.clone());
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(AwsProxyHandle { addr, proxy, task })
}

fn aws_error(status: u16, target: &str) -> Response {
    let (status, kind, message) = match status {
        0 if target.starts_with("DynamoDB") => (
            400,
            "com.amazonaws.dynamodb.v20120810#ThrottlingException",
            "Rate of requests exceeds the allowed throughput.",
        ),
        0 => (400, "ThrottlingException", "Rate exceeded"),
        other => (other, "InternalServerError", "Simulated failure"),
    };
    let body = format!(r#"{{"__type":"{kind}","message":"{message}"}}"#);
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        [("content-type", "application/x-amz-json-1.0")],
        body,
    )
        .into_response()
}

async fn forward(
    State(proxy): State<AwsProxy>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let target = headers
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("unknown")
        .to_string();
    match proxy.take_fault(&target) {
        Some(AwsFault::Throttle) => return aws_error(0, &target),
        Some(AwsFault::Status(status)) => return aws_error(status, &target),
        Some(AwsFault::Delay(wait)) => tokio::time::sleep(wait).await,
        None => {}
    }
    let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let mut request = proxy
        .client
        .request(method, format!("{}{}", proxy.upstream, path))
        .body(body);
    for (name, value) in &headers {
        if name != "host" && name != "content-length" {
            request = request.header(name, value);
        }
    }
    match request.send().await {
        Ok(upstream) => {
            let status = upstream.status();
            let mut response_headers = HeaderMap::new();
            for (name, value) in upstream.headers() {
                if name != "content-length" && name != "transfer-encoding" && name != "connection" {
                    response_headers.insert(name.clone(), value.clone());
                }
            }
            let bytes = upstream.bytes().await.unwrap_or_default();
            let mut response = Response::new(Body::from(bytes));
            *response.status_mut() = status;
            *response.headers_mut() = response_headers;
            response
        }
        Err(error) => (StatusCode::BAD_GATEWAY, error.to_string()).into_response(),
    }
}
