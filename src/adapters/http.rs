//! One retrying sender for every outbound HTTP call, applying [`super::retry`]'s policy within the
//! invocation's [`Deadline`].

use std::time::{Duration, SystemTime};

use reqwest::{RequestBuilder, Response};

use super::retry::{RetryPolicy, StatusClass, classify, parse_retry_after};
use crate::deadline::Deadline;

pub const CORRELATION_HEADER: &str = "ININ-Correlation-Id";

/// Why a call did not produce a 2xx response.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// A non-2xx response that was not retried, or the last one when attempts ran out.
    Status {
        status: u16,
        body: String,
        correlation_id: Option<String>,
    },
    Timeout,
    Unreachable(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Status { status, .. } => write!(f, "HTTP {status}"),
            Failure::Timeout => f.write_str("timed out"),
            Failure::Unreachable(why) => write!(f, "unreachable ({why})"),
        }
    }
}

/// How [`send`] gave up.
#[derive(Debug, Clone, PartialEq)]
pub enum GaveUp {
    /// Not retryable (or attempts exhausted): the last failure.
    Failed { failure: Failure, attempts: u32 },
    /// The next wait would run past the deadline; the last failure.
    Deadline { failure: Failure, attempts: u32 },
}

impl GaveUp {
    pub fn failure(&self) -> &Failure {
        match self {
            GaveUp::Failed { failure, .. } | GaveUp::Deadline { failure, .. } => failure,
        }
    }
}

/// Largest error body kept (error bodies are for messages; ours never echo secrets).
const MAX_ERROR_BODY: usize = 4096;

/// Sends the request `build` makes (called once per attempt, so headers such as signatures and
/// request ids are fresh) until it succeeds, fails permanently, runs out of attempts or of time.
/// 401 is returned at once: only the caller knows how to refresh credentials.
pub async fn send(
    build: impl Fn() -> RequestBuilder,
    policy: &RetryPolicy,
    timeout: Duration,
    deadline: &Deadline,
) -> Result<(Response, u32), GaveUp> {
    let mut attempt = 0;
    // Attempts spent on failures. A 429 with `Retry-After` is Genesys saying when to come back, not
    // a failure: it is retried for as long as the deadline allows (Genesys's own SDKs wait up to
    // 180 s) without spending an attempt, so a burst of instances sharing one token's rate limit
    // finishes its events instead of failing them after a few 429s.
    let mut failures = 0;
    loop {
        attempt += 1;
        let budget = deadline.remaining();
        if budget.is_zero() {
            return Err(GaveUp::Deadline {
                failure: Failure::Timeout,
                attempts: attempt - 1,
            });
        }
        let (failure, retry_after) = match build().timeout(timeout.min(budget)).send().await {
            Ok(response) => match judge(response).await {
                Verdict::Success(response) => return Ok((response, attempt)),
                Verdict::Final(failure) => {
                    return Err(GaveUp::Failed {
                        failure,
                        attempts: attempt,
                    });
                }
                Verdict::Retry(failure, retry_after) => (failure, retry_after),
            },
            Err(e) if e.is_timeout() => (Failure::Timeout, None),
            Err(e) => (Failure::Unreachable(describe(&e)), None),
        };
        if retry_after.is_none() {
            failures += 1;
        }
        if failures >= policy.max_attempts {
            return Err(GaveUp::Failed {
                failure,
                attempts: attempt,
            });
        }
        let wait = policy.wait_for(attempt, retry_after);
        tracing::warn!(attempt, %failure, wait_ms = wait.as_millis() as u64, "retrying HTTP call");
        if !deadline.sleep(wait).await {
            return Err(GaveUp::Deadline {
                failure,
                attempts: attempt,
            });
        }
    }
}

/// What one response means for the call.
enum Verdict {
    Success(Response),
    /// Not worth another attempt (a 4xx, 501, or a 401 for the caller to handle).
    Final(Failure),
    /// Worth another attempt; with the server's `Retry-After` when it is a 429 that gave one.
    Retry(Failure, Option<Duration>),
}

async fn judge(response: Response) -> Verdict {
    let status = response.status().as_u16();
    let class = classify(status);
    if class == StatusClass::Success {
        return Verdict::Success(response);
    }
    let retry_after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, SystemTime::now()))
        .filter(|_| class == StatusClass::RateLimited);
    let correlation_id = header(&response, CORRELATION_HEADER);
    let mut body = response.text().await.unwrap_or_default();
    if body.len() > MAX_ERROR_BODY {
        let mut cut = MAX_ERROR_BODY;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        body.truncate(cut);
    }
    let failure = Failure::Status {
        status,
        body,
        correlation_id,
    };
    match class {
        StatusClass::Permanent | StatusClass::Unauthorized => Verdict::Final(failure),
        _ => Verdict::Retry(failure, retry_after),
    }
}

pub fn header(response: &Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// A transport error's chain without the URL (query strings may carry ids we do not log).
fn describe(error: &reqwest::Error) -> String {
    let mut text = if error.is_connect() {
        "connection failed".to_string()
    } else {
        "request failed".to_string()
    };
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
