//! A stand-in for the Lambda Runtime API (`2018-06-01`): the function polls
//! `GET /runtime/invocation/next`, answers on `POST /runtime/invocation/{id}/response` or
//! `.../error`, and reports a failed start on `POST /runtime/init/error`. The benchmark enqueues
//! events and gets, for each, the outcome and the instants it was handed out and answered, so it
//! can time the function and nothing else. Replies go out with TCP_NODELAY.
//!
//! Events are handed to whichever instance polls first, as Lambda hands a burst to many
//! execution environments. An instance killed while its poll is parked may leave that poll
//! holding an event; use one stand-in per group of instances that live as long as it.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use tokio::sync::{Notify, oneshot};

/// How the function answered an invocation.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Response(Bytes),
    /// `Lambda-Runtime-Function-Error-Type` (when sent) and the error document.
    Error {
        error_type: Option<String>,
        body: Bytes,
    },
}

/// One answered invocation, with the instants the stand-in handed it out and got the answer.
#[derive(Debug, Clone)]
pub struct Completed {
    pub outcome: Outcome,
    pub handed_out: Instant,
    pub answered: Instant,
}

impl Completed {
    /// Handed out -> answered: the function's whole share of the invocation.
    pub fn latency(&self) -> Duration {
        self.answered.duration_since(self.handed_out)
    }
}

/// A report on `/runtime/init/error`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitError {
    pub error_type: Option<String>,
    pub body: Bytes,
}

struct Queued {
    request_id: String,
    event: Bytes,
    timeout: Duration,
    reply: oneshot::Sender<Completed>,
}

/// What the stand-in has been told and has handed out.
#[derive(Default)]
struct Queues {
    queue: VecDeque<Queued>,
    in_flight: HashMap<String, (Instant, oneshot::Sender<Completed>)>,
    first_poll: Option<Instant>,
    polls: u64,
    init_errors: Vec<InitError>,
}

#[derive(Clone, Default)]
pub struct RuntimeApi {
    state: Arc<Mutex<Queues>>,
    /// Wakes parked polls when an event is queued.
    queued: Arc<Notify>,
    /// Wakes whoever waits for a poll or an init error.
    changed: Arc<Notify>,
}

impl RuntimeApi {
    fn lock(&self) -> std::sync::MutexGuard<'_, Queues> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues an event; the receiver yields its outcome once the function answers.
    pub fn enqueue(
        &self,
        event: &serde_json::Value,
        timeout: Duration,
    ) -> oneshot::Receiver<Completed> {
        let (reply, answered) = oneshot::channel();
        self.lock().queue.push_back(Queued {
            request_id: uuid::Uuid::new_v4().to_string(),
            event: Bytes::from(event.to_string()),
            timeout,
            reply,
        });
        self.queued.notify_one();
        answered
    }

    /// When the first `next` poll arrived, waiting for it up to `wait`.
    pub async fn first_poll(&self, wait: Duration) -> Option<Instant> {
        self.wait_for(wait, |s| s.first_poll).await
    }

    /// The first init error reported, waiting for it up to `wait`.
    pub async fn init_error(&self, wait: Duration) -> Option<InitError> {
        self.wait_for(wait, |s| s.init_errors.first().cloned())
            .await
    }

    /// `next` polls received so far.
    pub fn polls(&self) -> u64 {
        self.lock().polls
    }

    fn take_next(&self) -> Option<Queued> {
        let mut state = self.lock();
        let found = state.queue.pop_front()?;
        if !state.queue.is_empty() {
            // Permits do not add up: pass the wake-up on for the events still queued.
            self.queued.notify_one();
        }
        Some(found)
    }

    async fn wait_for<T>(&self, wait: Duration, probe: impl Fn(&Queues) -> Option<T>) -> Option<T> {
        let until = tokio::time::Instant::now() + wait;
        loop {
            let changed = self.changed.notified();
            if let Some(found) = probe(&self.lock()) {
                return Some(found);
            }
            if tokio::time::timeout_at(until, changed).await.is_err() {
                return probe(&self.lock());
            }
        }
    }
}

pub struct RuntimeApiHandle {
    pub addr: SocketAddr,
    pub api: RuntimeApi,
    task: tokio::task::JoinHandle<()>,
}

impl RuntimeApiHandle {
    /// The value for the function's `AWS_LAMBDA_RUNTIME_API`.
    pub fn runtime_api(&self) -> String {
        self.addr.to_string()
    }
}

impl Drop for RuntimeApiHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts a Runtime API stand-in on `addr` (port 0 picks a free port).
pub async fn spawn(addr: SocketAddr) -> std::io::Result<RuntimeApiHandle> {
    let api = RuntimeApi::default();
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    let app = Router::new()
        .route("/2018-06-01/runtime/invocation/next", get(next))
        .route(
            "/2018-06-01/runtime/invocation/{id}/response",
            post(response),
        )
        .route("/2018-06-01/runtime/invocation/{id}/error", post(error))
        .route("/2018-06-01/runtime/init/error", post(init_error))
        .with_state(api.clone());
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(RuntimeApiHandle { addr, api, task })
}

/// Parks until an event is queued, then hands it out with the headers Lambda sends.
async fn next(State(api): State<RuntimeApi>) -> Response {
    {
        let mut state = api.lock();
        state.polls += 1;
        state.first_poll.get_or_insert_with(Instant::now);
    }
    api.changed.notify_waiters();
    let queued = loop {
        let queued = api.queued.notified();
        if let Some(found) = api.take_next() {
            break found;
        }
        queued.await;
    };
    let deadline = SystemTime::now()
        .checked_add(queued.timeout)
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_millis());
    let headers = [
        ("content-type", "application/json".to_string()),
        ("lambda-runtime-aws-request-id", queued.request_id.clone()),
        ("lambda-runtime-deadline-ms", deadline.to_string()),
        (
            "lambda-runtime-invoked-function-arn",
            "arn:aws:lambda:us-east-1:123456789012:function:genesys-summary".to_string(),
        ),
        (
            "lambda-runtime-trace-id",
            "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=0".to_string(),
        ),
    ];
    api.lock()
        .in_flight
        .insert(queued.request_id, (Instant::now(), queued.reply));
    (headers, queued.event).into_response()
}

fn answer(api: &RuntimeApi, id: &str, outcome: Outcome) -> StatusCode {
    let answered = Instant::now();
    let Some((handed_out, reply)) = api.lock().in_flight.remove(id) else {
        return StatusCode::BAD_REQUEST;
    };
    let _ = reply.send(Completed {
        outcome,
        handed_out,
        answered,
    });
    StatusCode::ACCEPTED
}

fn error_type(headers: &HeaderMap) -> Option<String> {
    headers
        .get("lambda-runtime-function-error-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

async fn response(
    State(api): State<RuntimeApi>,
    Path(id): Path<String>,
    body: Bytes,
) -> StatusCode {
    answer(&api, &id, Outcome::Response(body))
}

async fn error(
    State(api): State<RuntimeApi>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let error_type = error_type(&headers);
    answer(&api, &id, Outcome::Error { error_type, body })
}

async fn init_error(State(api): State<RuntimeApi>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let error_type = error_type(&headers);
    api.lock().init_errors.push(InitError { error_type, body });
    api.changed.notify_waiters();
    StatusCode::ACCEPTED
}
