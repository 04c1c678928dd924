//! A stand-in for Genesys Cloud (OAuth login, conversation summaries, on-demand summaries,
//! agent-assist summaries, speech-analytics sentiment, conversations and the conversation details
//! query) and for a CRM webhook sink that checks the
//! `X-Signature` HMAC and records what it received.
//!
//! Faults are scripted per route and consumed one per request, so a test can say "503, 503, then
//! normal" or "Pending for three polls". Tests start it in-process on port 0 with [`spawn`]; the
//! demo runs the `genesys-sim` binary and drives it through the `/_sim/...` control API.

pub mod aws_proxy;
pub mod runtime_api;
mod service_time;

pub use service_time::{ServiceTime, TimedListener};

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::Sha256;

/// The routes faults can be scripted for.
pub const ROUTES: &[&str] = &[
    "oauth",
    "summaries",
    "onDemand",
    "agentAssist",
    "sentiment",
    "analyticsSummaries",
    "conversation",
    "conversationQuery",
    "crm",
];

/// One scripted fault, consumed by one request on its route.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Fault {
    /// Answer with this status (and `Retry-After` when given: seconds or an HTTP date).
    #[serde(rename_all = "camelCase")]
    Status {
        status: u16,
        retry_after: Option<String>,
    },
    /// Wait this long, then answer normally.
    Delay { ms: u64 },
    /// Summaries: the session summary is `Pending`.
    NotReady,
    /// Summaries: the session summary has status `Error`.
    SummaryError,
    /// Agent assist: a response without `summaryText`.
    MissingSummaryText,
    /// Close the connection without answering.
    Drop,
}

#[derive(Debug, Clone)]
pub struct SimOptions {
    pub client_id: String,
    pub client_secret: String,
    /// When set, CRM posts must carry a valid `X-Signature` or get 401.
    pub signing_secret: Option<String>,
    pub token_ttl: Duration,
    pub sentiment_score: Option<f64>,
    /// Genesys's per-token rate limit on API routes; `None` serves without limit.
    pub rate_limit: Option<RateLimit>,
}

/// At most `requests` API calls per bearer token in each `window` (Genesys: 300 per minute per
/// client-credentials token); over it, 429 with `Retry-After` in whole seconds until the window
/// ends, as Genesys answers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    pub requests: u32,
    pub window: Duration,
}

impl Default for SimOptions {
    fn default() -> Self {
        Self {
            client_id: "demo-client".into(),
            client_secret: "demo-client-secret".into(),
            signing_secret: Some("demo-webhook-signing-secret".into()),
            token_ttl: Duration::from_secs(86_400),
            // Speech and Text Analytics' scale is -100..+100.
            sentiment_score: Some(62.0),
            rate_limit: None,
        }
    }
}

/// A webhook post the CRM sink accepted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CrmPost {
    pub idempotency_key: Option<String>,
    pub signature_valid: Option<bool>,
    pub body: Value,
    /// The body as received, and the Standard Webhooks headers, for verifiers outside the
    /// simulator (tests check them with the `standardwebhooks` Python package).
    #[serde(default)]
    pub raw_body: String,
    #[serde(default)]
    pub webhook_headers: HashMap<String, String>,
    /// The path posted to: `/crm/webhook`, or `/crm/review` for the review webhook.
    #[serde(default)]
    pub path: String,
}

/// Counters and recordings, as returned by `GET /_sim/state`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Requests per route, faults included.
    pub requests: HashMap<String, u64>,
    /// Requests refused for a missing, unknown or revoked bearer token.
    pub unauthorized: u64,
    pub crm_posts: Vec<CrmPost>,
    /// Bearer tokens seen on API calls (to check the function reuses its token).
    pub tokens_issued: u64,
    /// Requests answered 429 by the per-token rate limit (scripted 429s not included).
    pub rate_limited: u64,
}

struct Inner {
    options: SimOptions,
    faults: HashMap<String, VecDeque<Fault>>,
    summaries: HashMap<String, Value>,
    conversations: HashMap<String, Value>,
    analytics_summaries: HashMap<String, Value>,
    tokens: HashMap<String, Instant>,
    /// Per token: when its current rate-limit window started, and the calls made in it.
    windows: HashMap<String, (Instant, u32)>,
    snapshot: Snapshot,
}

/// Shared handle on the simulator's state, for in-process tests.
#[derive(Clone)]
pub struct Sim {
    inner: Arc<Mutex<Inner>>,
    service_time: ServiceTime,
}

/// The summary text every conversation gets unless a test sets its own: it carries PII of each
/// kind the product must redact.
pub const DEFAULT_SUMMARY_TEXT: &str = "Customer Jane Doe called from +1 (212) 555-0143 about a double charge on card 4111 1111 1111 1111. \
The agent refunded the duplicate charge and emailed a confirmation to jane.doe@example.com. \
The issue was resolved and the customer was very satisfied.";

impl Sim {
    pub fn new(options: SimOptions) -> Self {
        Self {
            inner: Arc::new(Mutex::new(Inner {
                options,
                faults: HashMap::new(),
                summaries: HashMap::new(),
                conversations: HashMap::new(),
                analytics_summaries: HashMap::new(),
                tokens: HashMap::new(),
                windows: HashMap::new(),
                snapshot: Snapshot::default(),
            })),
            service_time: ServiceTime::default(),
        }
    }

    /// Time spent serving requests, from their first byte read to their response written: what
    /// the benchmark subtracts to get the function's own share of an event's latency. (Control
    /// requests count too; the benchmark makes none while it times an event.)
    pub fn service_time(&self) -> &ServiceTime {
        &self.service_time
    }

    /// The `sentimentScore` every conversation gets (-100..+100; `None` answers 404).
    pub fn set_sentiment(&self, score: Option<f64>) {
        self.lock().options.sentiment_score = score;
    }

    pub fn set_rate_limit(&self, limit: Option<RateLimit>) {
        let mut inner = self.lock();
        inner.options.rate_limit = limit;
        inner.windows.clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Appends faults to a route's script.
    pub fn push_faults(&self, route: &str, faults: impl IntoIterator<Item = Fault>) {
        self.lock()
            .faults
            .entry(route.to_string())
            .or_default()
            .extend(faults);
    }

    /// Sets the summaries response for one conversation.
    pub fn set_summaries(&self, conversation_id: &str, response: Value) {
        self.lock()
            .summaries
            .insert(conversation_id.to_string(), response);
    }

    /// Sets what `GET /api/v2/conversations/{id}` answers for one conversation (`null` = 404), and
    /// makes it one the conversation details query finds by its `startTime`.
    pub fn set_conversation(&self, conversation_id: &str, conversation: Value) {
        self.lock()
            .conversations
            .insert(conversation_id.to_string(), conversation);
    }

    /// Sets what Speech and Text Analytics' summaries GET answers for one conversation (unset: no
    /// summaries; `null` = 404).
    pub fn set_analytics_summaries(&self, conversation_id: &str, listing: Value) {
        self.lock()
            .analytics_summaries
            .insert(conversation_id.to_string(), listing);
    }

    /// Makes every issued token invalid, as if Genesys revoked them.
    pub fn revoke_tokens(&self) {
        self.lock().tokens.clear();
    }

    /// Every access token issued so far and still valid (tests search logs for them).
    pub fn issued_tokens(&self) -> Vec<String> {
        self.lock().tokens.keys().cloned().collect()
    }

    pub fn snapshot(&self) -> Snapshot {
        self.lock().snapshot.clone()
    }

    pub fn requests(&self, route: &str) -> u64 {
        self.lock()
            .snapshot
            .requests
            .get(route)
            .copied()
            .unwrap_or(0)
    }

    pub fn reset(&self) {
        let mut inner = self.lock();
        inner.faults.clear();
        inner.summaries.clear();
        inner.conversations.clear();
        inner.analytics_summaries.clear();
        inner.tokens.clear();
        inner.windows.clear();
        inner.snapshot = Snapshot::default();
    }

    /// Counts the request and takes the route's next fault, if any.
    fn begin(&self, route: &str) -> Option<Fault> {
        let mut inner = self.lock();
        *inner
            .snapshot
            .requests
            .entry(route.to_string())
            .or_default() += 1;
        inner.faults.get_mut(route).and_then(VecDeque::pop_front)
    }

    /// The request's bearer token when it is one the simulator issued and still honours.
    fn authorized<'h>(&self, headers: &'h HeaderMap) -> Option<&'h str> {
        let mut inner = self.lock();
        let token = headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .filter(|t| {
                inner
                    .tokens
                    .get(*t)
                    .is_some_and(|expires| *expires > Instant::now())
            });
        if token.is_none() {
            inner.snapshot.unauthorized += 1;
        }
        token
    }

    /// Counts a call against the token's rate limit; `Some(seconds)` to wait when over it.
    fn over_rate_limit(&self, token: &str) -> Option<u64> {
        let mut inner = self.lock();
        let limit = inner.options.rate_limit?;
        let now = Instant::now();
        let window = inner.windows.entry(token.to_string()).or_insert((now, 0));
        if now.duration_since(window.0) >= limit.window {
            *window = (now, 0);
        }
        window.1 += 1;
        if window.1 <= limit.requests {
            return None;
        }
        let left = limit.window.saturating_sub(now.duration_since(window.0));
        inner.snapshot.rate_limited += 1;
        Some(left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }
}

/// A running simulator.
pub struct SimHandle {
    pub addr: SocketAddr,
    pub sim: Sim,
    task: tokio::task::JoinHandle<()>,
}

impl SimHandle {
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts the simulator on `addr` (port 0 picks a free port).
pub async fn spawn(options: SimOptions, addr: SocketAddr) -> std::io::Result<SimHandle> {
    let sim = Sim::new(options);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    // Replies go out at once (TCP_NODELAY: without it a keep-alive client can wait ~40 ms on
    // delayed ACKs, which would swamp anything measured), and serving time is recorded.
    let listener = TimedListener::new(listener, sim.service_time.clone());
    let app = router(sim.clone());
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(SimHandle { addr, sim, task })
}

pub fn router(sim: Sim) -> Router {
    Router::new()
        .route("/oauth/token", post(oauth_token))
        .route(
            "/api/v2/conversations/agentassist/summaries",
            post(agent_assist),
        )
        .route("/api/v2/conversations/{id}/summaries", get(summaries))
        .route(
            "/api/v2/conversations/{media}/{id}/participants/{pid}/communications/{cid}/summaries",
            post(on_demand),
        )
        .route(
            "/api/v2/speechandtextanalytics/conversations/{id}",
            get(sentiment),
        )
        .route(
            "/api/v2/speechandtextanalytics/conversations/{id}/summaries",
            get(analytics_summaries),
        )
        .route("/api/v2/conversations/{id}", get(conversation))
        .route(
            "/api/v2/analytics/conversations/details/query",
            post(conversation_query),
        )
        .route("/crm/webhook", post(crm_webhook))
        .route("/crm/review", post(crm_webhook))
        .route("/_sim/faults/{route}", post(control_faults))
        .route("/_sim/summaries/{id}", put(control_summaries))
        .route("/_sim/conversations/{id}", put(control_conversations))
        .route("/_sim/state", get(control_state))
        .route("/_sim/reset", post(control_reset))
        .route("/_sim/revoke-tokens", post(control_revoke))
        .with_state(sim)
}

fn genesys_error(status: StatusCode, code: &str, message: &str) -> Response {
    let context_id = uuid::Uuid::new_v4().to_string();
    let body = json!({
        "message": message, "code": code, "status": status.as_u16(),
        "contextId": context_id, "details": [], "errors": []
    });
    let mut response = (status, Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(&context_id) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("inin-correlation-id"), v);
    }
    response
}

fn with_correlation(response: impl IntoResponse) -> Response {
    let mut response = response.into_response();
    if let Ok(v) = HeaderValue::from_str(&uuid::Uuid::new_v4().to_string()) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("inin-correlation-id"), v);
    }
    response
}

/// Applies a transport-level fault; returns a response when the fault decides the answer.
async fn apply(fault: &Option<Fault>) -> Option<Response> {
    match fault {
        Some(Fault::Status {
            status,
            retry_after,
        }) => {
            let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let message = if status == StatusCode::TOO_MANY_REQUESTS {
                "Rate limit exceeded the maximum. [client.credentials.token.rate.per.minute]"
            } else {
                "Simulated failure"
            };
            let code = if status == StatusCode::TOO_MANY_REQUESTS {
                "too.many.requests"
            } else {
                "simulated.failure"
            };
            let mut response = genesys_error(status, code, message);
            if let Some(value) = retry_after
                .as_deref()
                .and_then(|v| HeaderValue::from_str(v).ok())
            {
                response.headers_mut().insert("retry-after", value);
            }
            Some(response)
        }
        Some(Fault::Delay { ms }) => {
            tokio::time::sleep(Duration::from_millis(*ms)).await;
            None
        }
        Some(Fault::Drop) => {
            // Never answer; the client's timeout fires. (Aborting the connection is not exposed
            // by axum; a hang is the closest equivalent and is what a dead peer looks like.)
            tokio::time::sleep(Duration::from_secs(3600)).await;
            None
        }
        _ => None,
    }
}

/// What every Genesys API route does first: count the request, apply its scripted fault (when that
/// decides the answer), then require a valid bearer token. Returns the fault for route-specific use.
async fn api_request(
    sim: &Sim,
    route: &str,
    headers: &HeaderMap,
) -> Result<Option<Fault>, Response> {
    let fault = sim.begin(route);
    if let Some(response) = apply(&fault).await {
        return Err(response);
    }
    let Some(token) = sim.authorized(headers) else {
        return Err(genesys_error(
            StatusCode::UNAUTHORIZED,
            "bad.credentials",
            "Invalid login credentials.",
        ));
    };
    if let Some(seconds) = sim.over_rate_limit(token) {
        let mut response = genesys_error(
            StatusCode::TOO_MANY_REQUESTS,
            "too.many.requests",
            "Rate limit exceeded the maximum. [client.credentials.token.rate.per.minute]",
        );
        response
            .headers_mut()
            .insert("retry-after", HeaderValue::from(seconds));
        return Err(response);
    }
    Ok(fault)
}

async fn oauth_token(State(sim): State<Sim>, headers: HeaderMap, body: Bytes) -> Response {
    let fault = sim.begin("oauth");
    if let Some(response) = apply(&fault).await {
        return response;
    }
    let (client_id, client_secret, ttl) = {
        let inner = sim.lock();
        (
            inner.options.client_id.clone(),
            inner.options.client_secret.clone(),
            inner.options.token_ttl,
        )
    };
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{client_id}:{client_secret}"))
    );
    let form = String::from_utf8_lossy(&body);
    if !form
        .split('&')
        .any(|kv| kv == "grant_type=client_credentials")
    {
        return (StatusCode::BAD_REQUEST, Json(json!({"error": "unsupported_grant_type", "error_description": "grant_type must be client_credentials"}))).into_response();
    }
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(expected.as_str()) {
        return (StatusCode::UNAUTHORIZED, Json(json!({"error": "invalid_client", "error_description": "client authentication failed"}))).into_response();
    }
    let token = format!("sim-{}", uuid::Uuid::new_v4());
    {
        let mut inner = sim.lock();
        inner.tokens.insert(token.clone(), Instant::now() + ttl);
        inner.snapshot.tokens_issued += 1;
    }
    Json(json!({"access_token": token, "token_type": "bearer", "expires_in": ttl.as_secs()}))
        .into_response()
}

fn default_summaries(conversation_id: &str, status: &str) -> Value {
    json!({
        "conversation": {"id": conversation_id, "selfUri": format!("/api/v2/conversations/{conversation_id}")},
        "sessionSummaries": [{
            "id": "a1b2c3d4-0000-4000-8000-000000000031",
            "text": DEFAULT_SUMMARY_TEXT,
            "confidence": 0.91,
            "status": status,
            "mediaType": "Call",
            "language": "en-us",
            "predictedWrapupCodes": [{"id": "a1b2c3d4-0000-4000-8000-000000000015", "name": "Billing", "confidence": 0.8}],
            "reason": {"text": "Double charge on card", "description": "Customer saw the same charge twice", "confidence": 0.88},
            "resolution": {"text": "Duplicate charge refunded", "description": "Refund issued", "outcome": "Resolved", "confidence": 0.86},
            "followup": {"text": "Call the customer back on 212-555-0143 if the refund is not visible in 5 days", "confidence": 0.7},
            "dateCreated": "2025-12-12T15:03:09.812Z",
            "communication": {"id": "a1b2c3d4-0000-4000-8000-000000000012"},
            "participants": [{"id": "a1b2c3d4-0000-4000-8000-000000000013"}]
        }]
    })
}

async fn summaries(State(sim): State<Sim>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let fault = match api_request(&sim, "summaries", &headers).await {
        Ok(fault) => fault,
        Err(response) => return response,
    };
    let custom = sim.lock().summaries.get(&id).cloned();
    let body = match fault {
        Some(Fault::NotReady) => default_summaries(&id, "Pending"),
        Some(Fault::SummaryError) => default_summaries(&id, "Error"),
        _ => match custom {
            Some(Value::Null) => {
                return genesys_error(
                    StatusCode::NOT_FOUND,
                    "not.found",
                    "The requested conversation has no summaries.",
                );
            }
            Some(v) => v,
            None => default_summaries(&id, "Completed"),
        },
    };
    with_correlation(Json(body))
}

/// On-demand generation exists for `calls` and `messages` only (no e-mail path in Genesys).
async fn on_demand(
    State(sim): State<Sim>,
    Path((media, _id, _pid, _cid)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Err(response) = api_request(&sim, "onDemand", &headers).await {
        return response;
    }
    if media != "calls" && media != "messages" {
        return genesys_error(
            StatusCode::NOT_FOUND,
            "not.found",
            "No on-demand summaries for this media type",
        );
    }
    let id = uuid::Uuid::new_v4().to_string();
    with_correlation((
        StatusCode::ACCEPTED,
        Json(
            json!({"id": id, "status": "Queued", "selfUri": format!("/api/v2/conversations/summaries/{id}")}),
        ),
    ))
}

async fn agent_assist(
    State(sim): State<Sim>,
    headers: HeaderMap,
    Json(request): Json<Value>,
) -> Response {
    let fault = match api_request(&sim, "agentAssist", &headers).await {
        Ok(fault) => fault,
        Err(response) => return response,
    };
    if request
        .get("interactionId")
        .and_then(Value::as_str)
        .is_none()
    {
        return genesys_error(
            StatusCode::BAD_REQUEST,
            "bad.request",
            "interactionId is required",
        );
    }
    let mut body = json!({
        "id": uuid::Uuid::new_v4().to_string(),
        "summaryText": DEFAULT_SUMMARY_TEXT,
        "status": "Completed",
        "createdDate": "2025-12-12T15:03:09.812Z",
    });
    if matches!(fault, Some(Fault::MissingSummaryText)) {
        body.as_object_mut().map(|o| o.remove("summaryText"));
    }
    with_correlation(Json(body))
}

async fn sentiment(State(sim): State<Sim>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    if let Err(response) = api_request(&sim, "sentiment", &headers).await {
        return response;
    }
    let score = sim.lock().options.sentiment_score;
    match score {
        Some(score) => with_correlation(Json(
            json!({"conversation": {"id": id}, "sentimentScore": score, "sentimentTrend": 0.1, "sentimentTrendClass": "Improving"}),
        )),
        None => genesys_error(
            StatusCode::NOT_FOUND,
            "not.found",
            "No analytics for this conversation",
        ),
    }
}

async fn analytics_summaries(
    State(sim): State<Sim>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(response) = api_request(&sim, "analyticsSummaries", &headers).await {
        return response;
    }
    let custom = sim.lock().analytics_summaries.get(&id).cloned();
    match custom {
        Some(Value::Null) => genesys_error(
            StatusCode::NOT_FOUND,
            "not.found",
            "No summaries for this conversation",
        ),
        Some(listing) => with_correlation(Json(listing)),
        None => with_correlation(Json(json!({"entities": []}))),
    }
}

/// The conversation of the sample events: one agent (the acw sample's `userId`, participant and
/// session) and the customer, ended, with the wrap-up the agent applied.
pub fn default_conversation(conversation_id: &str) -> Value {
    json!({
        "id": conversation_id,
        "startTime": "2025-12-12T14:59:31.000Z",
        "endTime": "2025-12-12T15:02:30.395Z",
        "participants": [
            {"id": "a1b2c3d4-0000-4000-8000-000000000001", "purpose": "customer", "ani": "tel:+15555550520",
             "calls": [{"id": "a1b2c3d4-0000-4000-8000-000000000002", "state": "disconnected"}]},
            {"id": "a1b2c3d4-0000-4000-8000-000000000011", "purpose": "agent",
             "userId": "a1b2c3d4-0000-4000-8000-000000000013", "queueId": "a1b2c3d4-0000-4000-8000-000000000014",
             "endAcwTime": "2025-12-12T15:04:02.000Z",
             "wrapup": {"code": "a1b2c3d4-0000-4000-8000-000000000015", "name": "Billing", "notes": ""},
             "calls": [{"id": "a1b2c3d4-0000-4000-8000-000000000012", "state": "disconnected"}]}
        ]
    })
}

async fn conversation(
    State(sim): State<Sim>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(response) = api_request(&sim, "conversation", &headers).await {
        return response;
    }
    let custom = sim.lock().conversations.get(&id).cloned();
    match custom {
        Some(Value::Null) => genesys_error(
            StatusCode::NOT_FOUND,
            "not.found",
            "The requested conversation could not be found.",
        ),
        Some(conversation) => with_correlation(Json(conversation)),
        None => with_correlation(Json(default_conversation(&id))),
    }
}

/// The conversations set with [`Sim::set_conversation`] whose `startTime` falls in the query's
/// `interval`, oldest first, a page at a time. (Times compare as text: the stand-in expects
/// UTC `YYYY-MM-DDThh:mm:ss` forms, as Genesys writes them.)
async fn conversation_query(
    State(sim): State<Sim>,
    headers: HeaderMap,
    Json(query): Json<Value>,
) -> Response {
    if let Err(response) = api_request(&sim, "conversationQuery", &headers).await {
        return response;
    }
    let Some((start, end)) = query["interval"].as_str().and_then(|i| i.split_once('/')) else {
        return genesys_error(
            StatusCode::BAD_REQUEST,
            "bad.request",
            "interval is required",
        );
    };
    let key = |t: &str| t.chars().take(19).collect::<String>();
    let (start, end) = (key(start), key(end));
    let mut found: Vec<(String, String)> = sim
        .lock()
        .conversations
        .iter()
        .filter_map(|(id, c)| Some((key(c["startTime"].as_str()?), id.clone())))
        .filter(|(started, _)| *started >= start && *started < end)
        .collect();
    found.sort();
    let size = query["paging"]["pageSize"].as_u64().unwrap_or(25).max(1) as usize;
    let page = query["paging"]["pageNumber"].as_u64().unwrap_or(1).max(1) as usize;
    let conversations: Vec<Value> = found
        .iter()
        .skip((page - 1) * size)
        .take(size)
        .map(|(started, id)| json!({"conversationId": id, "conversationStart": format!("{started}.000Z")}))
        .collect();
    with_correlation(Json(
        json!({"conversations": conversations, "totalHits": found.len()}),
    ))
}

/// Checks `t=<unix>,v1=<hex>[,v1=<hex>]` against HMAC-SHA256(secret, "<unix>.<body>"). Written separately
/// from the function's signer on purpose: the sink is an independent check.
pub fn signature_valid(secret: &str, header: &str, body: &[u8]) -> bool {
    let mut t = None;
    let mut v1 = Vec::new();
    for part in header.split(',') {
        if let Some(x) = part.trim().strip_prefix("t=") {
            t = Some(x.to_string());
        } else if let Some(x) = part.trim().strip_prefix("v1=") {
            v1.extend(hex::decode(x).ok());
        }
    }
    let Some(t) = t else {
        return false;
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    if t.parse::<i64>().map_or(true, |ts| (now - ts).abs() > 300) {
        return false;
    }
    v1.iter().any(|signature| {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
            return false;
        };
        mac.update(format!("{t}.").as_bytes());
        mac.update(body);
        mac.verify_slice(signature).is_ok()
    })
}

async fn crm_webhook(
    State(sim): State<Sim>,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fault = sim.begin("crm");
    if let Some(response) = apply(&fault).await {
        return response;
    }
    let secret = sim.lock().options.signing_secret.clone();
    let signature_ok = secret.as_deref().map(|secret| {
        headers
            .get("x-signature")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|h| signature_valid(secret, h, &body))
    });
    if signature_ok == Some(false) {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({"error": "bad signature"})),
        )
            .into_response();
    }
    let Ok(json_body) = serde_json::from_slice::<Value>(&body) else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "body is not JSON"})),
        )
            .into_response();
    };
    let post = CrmPost {
        idempotency_key: headers
            .get("idempotency-key")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        signature_valid: signature_ok,
        body: json_body,
        raw_body: String::from_utf8_lossy(&body).into_owned(),
        webhook_headers: ["webhook-id", "webhook-timestamp", "webhook-signature"]
            .into_iter()
            .filter_map(|name| {
                let value = headers.get(name)?.to_str().ok()?;
                Some((name.to_string(), value.to_string()))
            })
            .collect(),
        path: uri.path().to_string(),
    };
    sim.lock().snapshot.crm_posts.push(post);
    (StatusCode::CREATED, Json(json!({"status": "stored"}))).into_response()
}

async fn control_faults(
    State(sim): State<Sim>,
    Path(route): Path<String>,
    Json(faults): Json<Vec<Fault>>,
) -> Response {
    if !ROUTES.contains(&route.as_str()) {
        return (
            StatusCode::NOT_FOUND,
            format!("unknown route {route}; one of {}", ROUTES.join(", ")),
        )
            .into_response();
    }
    sim.push_faults(&route, faults);
    StatusCode::NO_CONTENT.into_response()
}

/// `null` makes the conversation answer 404.
async fn control_summaries(
    State(sim): State<Sim>,
    Path(id): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    sim.set_summaries(&id, body);
    StatusCode::NO_CONTENT.into_response()
}

/// `null` makes the conversation answer 404.
async fn control_conversations(
    State(sim): State<Sim>,
    Path(id): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    sim.set_conversation(&id, body);
    StatusCode::NO_CONTENT.into_response()
}

async fn control_state(State(sim): State<Sim>) -> Json<Snapshot> {
    Json(sim.snapshot())
}

async fn control_reset(State(sim): State<Sim>) -> StatusCode {
    sim.reset();
    StatusCode::NO_CONTENT
}

async fn control_revoke(State(sim): State<Sim>) -> StatusCode {
    sim.revoke_tokens();
    StatusCode::NO_CONTENT
}
