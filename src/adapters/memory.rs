//! In-memory adapters for every port, for unit tests of the pipeline, the token provider and
//! the outcome table without moto or the simulator (feature `testing`; the crate's own unit tests
//! always have them). Each is a cheap handle to shared state: keep a clone to script answers and
//! to look at what was called.
//!
//! They keep the contracts the real adapters keep (a claim is exclusive until its lease ends, a
//! finished claim makes every later claim a duplicate, audit records are never overwritten), and
//! the moto and simulator tests check those same contracts against the real ones.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::clock::{unix_millis, unix_seconds};
use crate::deadline::Deadline;
use crate::domain::audit::AuditRecord;
use crate::domain::ids::ConversationId;
use crate::domain::request::SummaryRequest;
use crate::domain::work::{WorkState, WorkUnit};
use crate::ports::crm::{CrmDelivery, CrmError, CrmPost, CrmSink};
use crate::ports::genesys::{
    AgentAssistResponse, AnalyticsSummaries, ApiRef, ApiSummary, ConversationResponse, Fetched,
    GenesysApi, GenesysError, OnDemandAccepted, OnDemandRequest, SummariesResponse,
};
use crate::ports::secrets::{GenesysCredentials, SecretError, SecretStore};
use crate::ports::tokens::{
    BearerTokens, CachedToken, OAuthClient, OAuthError, TokenCache, TokenError,
};
use crate::ports::work_store::{Claim, Completion, Resume, WorkStore};
use crate::ports::{DependencyError, Secret};

/// Locks shared test state; a panic in another test thread must not hide this one's result.
fn lock<T>(state: &Mutex<T>) -> MutexGuard<'_, T> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Answers in order; the last one repeats.
fn next<T: Clone>(answers: &mut VecDeque<T>) -> Option<T> {
    if answers.len() > 1 {
        answers.pop_front()
    } else {
        answers.front().cloned()
    }
}

fn unavailable(operation: &'static str) -> DependencyError {
    DependencyError {
        service: "memory",
        operation,
        message: "switched off by the test".to_string(),
    }
}

/// [`SecretStore`]: hands out credentials in order (the last repeats) and counts reads.
#[derive(Clone)]
pub struct MemorySecrets(Arc<Mutex<(VecDeque<GenesysCredentials>, u32)>>);

impl MemorySecrets {
    pub fn new(credentials: GenesysCredentials) -> Self {
        Self::sequence([credentials])
    }

    /// Each read returns the next credentials (a rotation between reads, say).
    pub fn sequence(credentials: impl IntoIterator<Item = GenesysCredentials>) -> Self {
        Self(Arc::new(Mutex::new((credentials.into_iter().collect(), 0))))
    }

    /// Credentials with this client id and secret, and a signing secret.
    pub fn credentials(client_id: &str, client_secret: &str) -> GenesysCredentials {
        GenesysCredentials {
            client_id: client_id.to_string(),
            client_secret: Secret::new(client_secret),
            webhook_signing_secret: Some(Secret::new("whsec-memory")),
            previous_webhook_signing_secret: None,
        }
    }

    pub fn reads(&self) -> u32 {
        lock(&self.0).1
    }
}

impl SecretStore for MemorySecrets {
    async fn fetch(&self) -> Result<GenesysCredentials, SecretError> {
        let mut state = lock(&self.0);
        state.1 += 1;
        next(&mut state.0).ok_or_else(|| SecretError::Malformed {
            secret_id: "memory".to_string(),
            problem: "no credentials given".to_string(),
        })
    }
}

#[derive(Default)]
struct TokenCacheState {
    tokens: HashMap<String, CachedToken>,
    leases: HashMap<String, (String, u64)>,
    loads: u32,
}

/// [`TokenCache`]: tokens and refresh leases in a map; counts loads.
#[derive(Clone, Default)]
pub struct MemoryTokenCache(Arc<Mutex<TokenCacheState>>);

impl MemoryTokenCache {
    pub fn loads(&self) -> u32 {
        lock(&self.0).loads
    }
}

impl TokenCache for MemoryTokenCache {
    async fn load(&self, key: &str) -> Result<Option<CachedToken>, DependencyError> {
        let mut state = lock(&self.0);
        state.loads += 1;
        Ok(state.tokens.get(key).cloned())
    }

    async fn store(&self, key: &str, token: &CachedToken) -> Result<(), DependencyError> {
        lock(&self.0).tokens.insert(key.to_string(), token.clone());
        Ok(())
    }

    async fn try_lease(
        &self,
        key: &str,
        holder: &str,
        until_ms: u64,
    ) -> Result<bool, DependencyError> {
        let mut state = lock(&self.0);
        match state.leases.get(key) {
            Some((other, until)) if other != holder && *until >= unix_millis() => Ok(false),
            _ => {
                state
                    .leases
                    .insert(key.to_string(), (holder.to_string(), until_ms));
                Ok(true)
            }
        }
    }

    async fn release_lease(&self, key: &str, holder: &str) -> Result<(), DependencyError> {
        let mut state = lock(&self.0);
        if state.leases.get(key).is_some_and(|(h, _)| h == holder) {
            state.leases.remove(key);
        }
        Ok(())
    }
}

#[derive(Default)]
struct OAuthState {
    /// When set, only this client secret is accepted.
    accepted_secret: Option<String>,
    attempts: u32,
    issued: u32,
}

/// [`OAuthClient`]: issues `token-1`, `token-2`, ... valid for an hour; counts login attempts.
/// A login yields to the scheduler first, as a real one waits on the network, so concurrent
/// callers really overlap.
#[derive(Clone, Default)]
pub struct MemoryOAuth(Arc<Mutex<OAuthState>>);

impl MemoryOAuth {
    /// Rejects every client secret but `secret` with a 401.
    pub fn accepting_only(secret: &str) -> Self {
        let oauth = Self::default();
        lock(&oauth.0).accepted_secret = Some(secret.to_string());
        oauth
    }

    /// Login attempts, rejected ones included.
    pub fn logins(&self) -> u32 {
        lock(&self.0).attempts
    }
}

impl OAuthClient for MemoryOAuth {
    async fn client_credentials(
        &self,
        credentials: &GenesysCredentials,
        _: &Deadline,
    ) -> Result<CachedToken, OAuthError> {
        tokio::task::yield_now().await;
        let mut state = lock(&self.0);
        state.attempts += 1;
        if let Some(accepted) = &state.accepted_secret
            && credentials.client_secret.expose() != accepted
        {
            return Err(OAuthError::Rejected {
                status: 401,
                message: "invalid_client".to_string(),
            });
        }
        state.issued += 1;
        Ok(CachedToken {
            access_token: Secret::new(format!("token-{}", state.issued)),
            expires_at: unix_seconds() + 3600,
        })
    }
}

/// [`BearerTokens`]: `token-1` until it is refused, then `token-2`, ...; counts refusals. (The
/// production implementation is `auth::tokens::TokenProvider`, which also runs on the in-memory
/// secret store, token cache and login above.)
#[derive(Clone, Default)]
pub struct MemoryTokens(Arc<Mutex<u32>>);

impl MemoryTokens {
    /// Tokens refused so far.
    pub fn refused(&self) -> u32 {
        *lock(&self.0)
    }
}

impl BearerTokens for MemoryTokens {
    async fn bearer(&self, _: &Deadline) -> Result<Secret, TokenError> {
        Ok(Secret::new(format!("token-{}", *lock(&self.0) + 1)))
    }

    async fn invalidate(&self, refused: &Secret) {
        let mut count = lock(&self.0);
        if refused.expose() == format!("token-{}", *count + 1) {
            *count += 1;
        }
    }
}

/// Calls the pipeline made to Genesys, by endpoint.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GenesysCalls {
    pub summaries: u32,
    pub on_demand: u32,
    pub agent_assist: u32,
    pub sentiment: u32,
    pub conversation: u32,
    pub analytics_summaries: u32,
}

impl GenesysCalls {
    pub fn total(&self) -> u32 {
        self.summaries
            + self.on_demand
            + self.agent_assist
            + self.sentiment
            + self.conversation
            + self.analytics_summaries
    }
}

struct GenesysState {
    summaries: VecDeque<Result<SummariesResponse, GenesysError>>,
    agent_assist: VecDeque<Result<AgentAssistResponse, GenesysError>>,
    sentiment: Result<Option<f64>, GenesysError>,
    conversations: HashMap<String, ConversationResponse>,
    analytics_summaries: AnalyticsSummaries,
    calls: GenesysCalls,
}

/// [`GenesysApi`]: scripted answers, in order (the last repeats). Unscripted, every conversation
/// has one completed session summary ([`MemoryGenesys::SUMMARY_TEXT`]) and a transcript sentiment
/// of +40 (on Genesys's -100..100 scale).
#[derive(Clone)]
pub struct MemoryGenesys(Arc<Mutex<GenesysState>>);

impl Default for MemoryGenesys {
    fn default() -> Self {
        Self(Arc::new(Mutex::new(GenesysState {
            summaries: VecDeque::from([Ok(Self::completed(Self::SUMMARY_TEXT))]),
            agent_assist: VecDeque::from([Ok(AgentAssistResponse {
                id: Some("agent-assist-1".to_string()),
                summary_text: Some(Self::SUMMARY_TEXT.to_string()),
                ..AgentAssistResponse::default()
            })]),
            sentiment: Ok(Some(40.0)),
            conversations: HashMap::new(),
            analytics_summaries: AnalyticsSummaries::default(),
            calls: GenesysCalls::default(),
        })))
    }
}

impl MemoryGenesys {
    /// The default summary: positive, with a phone number to redact.
    pub const SUMMARY_TEXT: &str = "Customer asked for a refund of a duplicate charge; the agent refunded it and the customer was happy. Call back on 212-555-0143.";

    /// A response with one completed session summary holding `text`.
    pub fn completed(text: &str) -> SummariesResponse {
        Self::session(ApiSummary {
            id: Some("summary-1".to_string()),
            text: Some(text.to_string()),
            status: Some("Completed".to_string()),
            ..ApiSummary::default()
        })
    }

    /// A response with one session summary in `status` and no text yet.
    pub fn with_status(status: &str) -> SummariesResponse {
        Self::session(ApiSummary {
            id: Some("summary-1".to_string()),
            status: Some(status.to_string()),
            ..ApiSummary::default()
        })
    }

    /// The API's answer for a conversation without Copilot data.
    pub fn not_found() -> GenesysError {
        GenesysError::Status {
            status: 404,
            code: Some("not.found".to_string()),
            message: "no summaries".to_string(),
            context_id: None,
        }
    }

    fn session(summary: ApiSummary) -> SummariesResponse {
        SummariesResponse {
            summary: None,
            session_summaries: vec![ApiSummary {
                communication: Some(ApiRef::default()),
                ..summary
            }],
        }
    }

    /// The answers to the next summaries GETs, in order; the last repeats.
    pub fn answer_summaries(
        &self,
        answers: impl IntoIterator<Item = Result<SummariesResponse, GenesysError>>,
    ) {
        lock(&self.0).summaries = answers.into_iter().collect();
    }

    pub fn answer_agent_assist(&self, answer: Result<AgentAssistResponse, GenesysError>) {
        lock(&self.0).agent_assist = VecDeque::from([answer]);
    }

    pub fn answer_sentiment(&self, answer: Result<Option<f64>, GenesysError>) {
        lock(&self.0).sentiment = answer;
    }

    /// What Speech and Text Analytics has (unset: no summaries).
    pub fn set_analytics_summaries(&self, summaries: AnalyticsSummaries) {
        lock(&self.0).analytics_summaries = summaries;
    }

    /// The conversation `GET /api/v2/conversations/{id}` answers with (unset: no participants).
    pub fn set_conversation(&self, conversation_id: &str, conversation: ConversationResponse) {
        lock(&self.0)
            .conversations
            .insert(conversation_id.to_string(), conversation);
    }

    pub fn calls(&self) -> GenesysCalls {
        lock(&self.0).calls
    }
}

impl GenesysApi for MemoryGenesys {
    async fn conversation_summaries(
        &self,
        _: &ConversationId,
        _: &Deadline,
    ) -> Result<Fetched<SummariesResponse>, GenesysError> {
        let mut state = lock(&self.0);
        state.calls.summaries += 1;
        let answer = next(&mut state.summaries).unwrap_or_else(|| Err(Self::not_found()));
        answer.map(|body| Fetched {
            body,
            correlation_id: Some("memory-correlation".to_string()),
        })
    }

    async fn request_summary(
        &self,
        _: &OnDemandRequest,
        _: &Deadline,
    ) -> Result<OnDemandAccepted, GenesysError> {
        lock(&self.0).calls.on_demand += 1;
        Ok(OnDemandAccepted {
            id: Some("on-demand-1".to_string()),
            status: Some("Queued".to_string()),
        })
    }

    async fn agent_assist_summary(
        &self,
        _: &SummaryRequest,
        _: &Deadline,
    ) -> Result<Fetched<AgentAssistResponse>, GenesysError> {
        let mut state = lock(&self.0);
        state.calls.agent_assist += 1;
        let answer = next(&mut state.agent_assist).unwrap_or_else(|| Err(Self::not_found()));
        answer.map(|body| Fetched {
            body,
            correlation_id: None,
        })
    }

    async fn transcript_sentiment(
        &self,
        _: &ConversationId,
        _: &Deadline,
    ) -> Result<Option<f64>, GenesysError> {
        let mut state = lock(&self.0);
        state.calls.sentiment += 1;
        state.sentiment.clone()
    }

    async fn analytics_summaries(
        &self,
        _: &ConversationId,
        _: &Deadline,
    ) -> Result<Fetched<AnalyticsSummaries>, GenesysError> {
        let mut state = lock(&self.0);
        state.calls.analytics_summaries += 1;
        Ok(Fetched {
            body: state.analytics_summaries.clone(),
            correlation_id: None,
        })
    }

    async fn conversation(
        &self,
        conversation_id: &ConversationId,
        _: &Deadline,
    ) -> Result<ConversationResponse, GenesysError> {
        let mut state = lock(&self.0);
        state.calls.conversation += 1;
        Ok(state
            .conversations
            .get(conversation_id.as_str())
            .cloned()
            .unwrap_or_default())
    }
}

/// A webhook POST the in-memory CRM accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedPost {
    pub body: String,
    pub idempotency_key: String,
}

#[derive(Default)]
struct CrmState {
    posts: Vec<ReceivedPost>,
    failures: VecDeque<CrmError>,
}

/// [`CrmSink`]: accepts every post with 201 unless a failure is scripted for it.
#[derive(Clone, Default)]
pub struct MemoryCrm(Arc<Mutex<CrmState>>);

impl MemoryCrm {
    /// The next posts fail with these errors, one each.
    pub fn fail_next(&self, errors: impl IntoIterator<Item = CrmError>) {
        lock(&self.0).failures.extend(errors);
    }

    /// The posts accepted so far.
    pub fn posts(&self) -> Vec<ReceivedPost> {
        lock(&self.0).posts.clone()
    }
}

impl CrmSink for MemoryCrm {
    async fn deliver(&self, post: CrmPost<'_>, _: &Deadline) -> Result<CrmDelivery, CrmError> {
        let mut state = lock(&self.0);
        if let Some(error) = state.failures.pop_front() {
            return Err(error);
        }
        state.posts.push(ReceivedPost {
            body: post.body.to_string(),
            idempotency_key: post.idempotency_key.to_string(),
        });
        Ok(CrmDelivery {
            status: 201,
            attempts: 1,
        })
    }
}

#[derive(Debug, Clone)]
struct ClaimItem {
    state: WorkState,
    claim_id: String,
    lease_until_ms: u64,
    attempts: u32,
    revision: u32,
    synced_versions: Vec<String>,
    resume: Option<Resume>,
}

impl ClaimItem {
    /// A unit never claimed: claimable.
    fn fresh() -> Self {
        Self {
            state: WorkState::Failed,
            claim_id: String::new(),
            lease_until_ms: 0,
            attempts: 0,
            revision: 0,
            synced_versions: Vec::new(),
            resume: None,
        }
    }

    /// Takes the claim for `claim_id` (the next attempt).
    fn take(&mut self, claim_id: &str, lease_until_ms: u64) -> Claim {
        self.state = WorkState::InProgress;
        self.claim_id = claim_id.to_string();
        self.lease_until_ms = lease_until_ms;
        self.attempts += 1;
        self.revision = self.revision.max(1);
        Claim::Acquired {
            attempt: self.attempts,
            revision: self.revision,
            resume: self.resume.clone(),
        }
    }

    /// Why a claim cannot be taken: the unit is finished, or held elsewhere.
    fn refusal(&self) -> Claim {
        if self.state.is_terminal() {
            Claim::AlreadyDone {
                state: self.state,
                synced_versions: self.synced_versions.clone(),
            }
        } else {
            Claim::Busy {
                lease_until_ms: self.lease_until_ms,
            }
        }
    }
}

#[derive(Default)]
struct StoreState {
    claims: HashMap<(String, String), ClaimItem>,
    records: Vec<AuditRecord>,
    /// The keys of the records written, as the DynamoDB adapter forms them: a record is never
    /// overwritten.
    record_keys: HashMap<String, usize>,
    event_records: HashSet<String>,
    unavailable: bool,
}

/// [`WorkStore`]: claims and audit records in maps, with the conditions the DynamoDB adapter
/// writes with.
#[derive(Clone, Default)]
pub struct MemoryWorkStore(Arc<Mutex<StoreState>>);

impl MemoryWorkStore {
    /// While set, every call fails as DynamoDB does when it cannot be reached.
    pub fn set_unavailable(&self, unavailable: bool) {
        lock(&self.0).unavailable = unavailable;
    }

    /// Every audit record written, oldest first.
    pub fn records(&self) -> Vec<AuditRecord> {
        lock(&self.0).records.clone()
    }

    /// The state `unit` is in, if it was ever claimed.
    pub fn state(&self, unit: &WorkUnit) -> Option<WorkState> {
        lock(&self.0).claims.get(&key(unit)).map(|c| c.state)
    }

    /// The payload kept for the retry of `unit`, if any.
    pub fn resume_payload(&self, unit: &WorkUnit) -> Option<String> {
        lock(&self.0)
            .claims
            .get(&key(unit))
            .and_then(|c| c.resume.as_ref().map(|r| r.payload.clone()))
    }

    /// Lets another invocation hold `unit` until `lease_until_ms`, as if it were working on it.
    pub fn hold(&self, unit: &WorkUnit, lease_until_ms: u64) {
        lock(&self.0).claims.insert(
            key(unit),
            ClaimItem {
                state: WorkState::InProgress,
                claim_id: "another-invocation".to_string(),
                lease_until_ms,
                attempts: 1,
                revision: 1,
                ..ClaimItem::fresh()
            },
        );
    }
}

fn key(unit: &WorkUnit) -> (String, String) {
    (unit.partition(), unit.scope().to_string())
}

impl WorkStore for MemoryWorkStore {
    async fn claim(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
    ) -> Result<Claim, DependencyError> {
        let mut state = lock(&self.0);
        if state.unavailable {
            return Err(unavailable("UpdateItem"));
        }
        let item = state
            .claims
            .entry(key(unit))
            .or_insert_with(ClaimItem::fresh);
        let live_elsewhere = item.state == WorkState::InProgress
            && item.lease_until_ms >= unix_millis()
            && item.claim_id != claim_id;
        if item.state.is_terminal() || live_elsewhere {
            return Ok(item.refusal());
        }
        Ok(item.take(claim_id, lease_until_ms))
    }

    async fn reopen(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
        version: &str,
    ) -> Result<Claim, DependencyError> {
        let mut state = lock(&self.0);
        if state.unavailable {
            return Err(unavailable("UpdateItem"));
        }
        let Some(item) = state.claims.get_mut(&key(unit)) else {
            return Err(DependencyError {
                message: "no claim to reopen".to_string(),
                ..unavailable("UpdateItem")
            });
        };
        if item.state != WorkState::Completed || item.synced_versions.iter().any(|v| v == version) {
            return Ok(item.refusal());
        }
        item.revision = item.revision.max(1) + 1;
        Ok(item.take(claim_id, lease_until_ms))
    }

    async fn finish(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        completion: Completion<'_>,
    ) -> Result<(), DependencyError> {
        let mut state = lock(&self.0);
        if state.unavailable {
            return Err(unavailable("TransactWriteItems"));
        }
        let cancelled = |message: &str| DependencyError {
            message: message.to_string(),
            ..unavailable("TransactWriteItems")
        };
        let record = completion.record;
        let record_key = format!("{}#{}#{}", unit.scope(), record.recorded_at, claim_id);
        let existing = state
            .record_keys
            .get(&record_key)
            .map(|&i| &state.records[i]);
        let committed_before = match existing {
            // This very completion was committed already (a retry after a lost response).
            Some(r) if r.event == record.event => true,
            Some(_) => {
                return Err(cancelled(
                    "transaction cancelled: None, ConditionalCheckFailed",
                ));
            }
            None => false,
        };
        let Some(item) = state
            .claims
            .get_mut(&key(unit))
            .filter(|item| item.claim_id == claim_id)
        else {
            return Err(cancelled(
                "the claim was taken over by another invocation after its lease expired",
            ));
        };
        item.state = completion.state;
        item.lease_until_ms = 0;
        item.resume = completion.resume_payload.map(|payload| Resume {
            payload: payload.to_string(),
            version: completion.version.map(str::to_string),
        });
        if let (WorkState::Completed, Some(version)) = (completion.state, completion.version)
            && !item.synced_versions.iter().any(|v| v == version)
        {
            item.synced_versions.push(version.to_string());
        }
        if !committed_before {
            let index = state.records.len();
            state.records.push(record.clone());
            state.record_keys.insert(record_key, index);
        }
        Ok(())
    }

    async fn record(&self, record: &AuditRecord) -> Result<bool, DependencyError> {
        let mut state = lock(&self.0);
        if state.unavailable {
            return Err(unavailable("PutItem"));
        }
        let id = record
            .event_id
            .clone()
            .unwrap_or_else(|| record.lambda_request_id.clone());
        if !state.event_records.insert(id) {
            return Ok(false);
        }
        state.records.push(record.clone());
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn a_refused_bearer_token_is_replaced_once() {
        let tokens = MemoryTokens::default();
        let deadline = Deadline::after(Duration::from_secs(1), Duration::ZERO);
        let first = tokens.bearer(&deadline).await.unwrap();
        assert_eq!(first.expose(), "token-1");
        tokens.invalidate(&first).await;
        tokens.invalidate(&first).await;
        assert_eq!(tokens.bearer(&deadline).await.unwrap().expose(), "token-2");
        assert_eq!(tokens.refused(), 1);
    }
}
