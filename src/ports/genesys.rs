//! The Genesys Cloud REST API as the pipeline uses it (docs/genesys.md, "REST API"): the
//! conversation summaries, on-demand generation, the tutorial's agent-assist POST, and the
//! transcript sentiment. The response types mirror Genesys's models with every field optional.

use serde::Deserialize;

use crate::deadline::Deadline;
use crate::domain::ids::ConversationId;
use crate::domain::request::SummaryRequest;

use super::tokens::TokenError;

pub trait GenesysApi {
    /// `GET /api/v2/conversations/{id}/summaries`.
    async fn conversation_summaries(
        &self,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Result<Fetched<SummariesResponse>, GenesysError>;
    /// Asks Genesys to generate a summary now (read later with the GET). Not idempotent: a
    /// second request may start a second generation, so it is not retried after a 5xx or a
    /// timeout.
    async fn request_summary(
        &self,
        request: &OnDemandRequest,
        deadline: &Deadline,
    ) -> Result<OnDemandAccepted, GenesysError>;
    /// The tutorial's POST, whose body is the validated request.
    async fn agent_assist_summary(
        &self,
        request: &SummaryRequest,
        deadline: &Deadline,
    ) -> Result<Fetched<AgentAssistResponse>, GenesysError>;
    /// The raw `sentimentScore`, `None` when Genesys has none for the conversation.
    async fn transcript_sentiment(
        &self,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Result<Option<f64>, GenesysError>;
    /// `GET /api/v2/speechandtextanalytics/conversations/{id}/summaries`: Speech and Text
    /// Analytics' own AI summaries, kept after Copilot's (10 days without AI Insights).
    async fn analytics_summaries(
        &self,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Result<Fetched<AnalyticsSummaries>, GenesysError>;
    /// `GET /api/v2/conversations/{id}`: the conversation's participants (who the agents were).
    async fn conversation(
        &self,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Result<ConversationResponse, GenesysError>;
}

/// Finding conversations by time, for backfills: the analytics conversation details query.
pub trait ConversationSearch {
    /// One page (from 1) of the conversations that started in `interval`
    /// (`<start>/<end>`, ISO 8601), oldest first.
    async fn conversations_started(
        &self,
        interval: &str,
        page: u32,
        page_size: u32,
        deadline: &Deadline,
    ) -> Result<ConversationQueryResponse, GenesysError>;
}

/// A response body with the `ININ-Correlation-Id` Genesys sent with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fetched<T> {
    pub body: T,
    pub correlation_id: Option<String>,
}

/// Why a Genesys call failed, after the adapter's retries.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GenesysError {
    #[error("Genesys returned HTTP {status}{}: {message}{}", code.as_ref().map(|c| format!(" ({c})")).unwrap_or_default(), context_id.as_ref().map(|c| format!(" [contextId {c}]")).unwrap_or_default())]
    Status {
        status: u16,
        code: Option<String>,
        message: String,
        context_id: Option<String>,
    },
    #[error("Genesys did not answer within the client timeout")]
    Timeout,
    #[error("could not reach Genesys: {0}")]
    Unreachable(String),
    #[error("Genesys response failed format verification: {0}")]
    InvalidResponse(String),
    #[error("no time left in the invocation to retry the Genesys call ({0})")]
    DeadlineExceeded(String),
    #[error(transparent)]
    Token(#[from] TokenError),
}

impl GenesysError {
    pub fn status(&self) -> Option<u16> {
        match self {
            GenesysError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// `POST /api/v2/conversations/{calls|messages}/{id}/participants/{pid}/communications/{cid}/summaries`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandRequest {
    /// `calls` or `messages`.
    pub media_path: &'static str,
    pub conversation_id: ConversationId,
    pub participant_id: String,
    pub communication_id: String,
    /// Genesys writes locales in lower case (`en-us`).
    pub locale: String,
}

/// `OnDemandSummaryAcceptedResponse`: the id of the generation Genesys started.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct OnDemandAccepted {
    pub id: Option<String>,
    pub status: Option<String>,
}

/// `SpeechTextAnalyticsConversationSummaryListing`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct AnalyticsSummaries {
    #[serde(default)]
    pub entities: Vec<AnalyticsSummary>,
}

/// `SpeechTextAnalyticsConversationSummary`: `summaryType` is `Conversation`, `Agent` or
/// `VirtualAgent`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalyticsSummary {
    pub summary_type: Option<String>,
    pub language: Option<String>,
    pub summary_id: Option<String>,
    pub agent_id: Option<String>,
    pub summary: Option<String>,
    pub date_created: Option<String>,
}

/// The response of `GET /api/v2/conversations/{id}/summaries`
/// (`ConversationSummariesGetResponse`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SummariesResponse {
    #[serde(default)]
    pub summary: Option<ApiSummary>,
    #[serde(default)]
    pub session_summaries: Vec<ApiSummary>,
}

/// `ConversationSummary` / `ConversationSessionSummary`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiSummary {
    pub id: Option<String>,
    pub text: Option<String>,
    pub confidence: Option<f64>,
    /// `Pending|Queued|Started|Processing|Completed|Error`.
    pub status: Option<String>,
    pub language: Option<String>,
    #[serde(default)]
    pub predicted_wrapup_codes: Vec<ApiWrapupCode>,
    pub edited_summary: Option<ApiText>,
    pub reason: Option<ApiText>,
    pub followup: Option<ApiText>,
    pub resolution: Option<ApiResolution>,
    pub date_created: Option<String>,
    pub communication: Option<ApiRef>,
    #[serde(default)]
    pub participants: Vec<ApiRef>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ApiText {
    pub text: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ApiResolution {
    pub text: Option<String>,
    pub outcome: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ApiWrapupCode {
    pub id: Option<String>,
    pub name: Option<String>,
}

/// A participant's media session (`Call`, `Chat`, ...): the parts the code reads.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ApiRef {
    pub id: Option<String>,
    /// `inbound` or `outbound`.
    pub direction: Option<String>,
}

/// The tutorial's agent-assist response; the generate stage checks that `id` and `summaryText`
/// are there.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentAssistResponse {
    pub id: Option<String>,
    pub summary_text: Option<String>,
    pub confidence: Option<f64>,
    pub created_date: Option<String>,
}

/// `GET /api/v2/conversations/{id}` (`Conversation`): the parts the code reads.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationResponse {
    pub id: Option<String>,
    pub start_time: Option<String>,
    /// Absent while the conversation goes on.
    pub end_time: Option<String>,
    #[serde(default)]
    pub participants: Vec<ApiParticipant>,
}

/// `Participant`: one party of a conversation; its media sessions are in the array of their kind.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiParticipant {
    pub id: Option<String>,
    /// `agent`, `customer`, `acd`, ... (a plain string in the model).
    pub purpose: Option<String>,
    pub user_id: Option<String>,
    pub queue_id: Option<String>,
    pub ani: Option<String>,
    pub dnis: Option<String>,
    pub external_contact_id: Option<String>,
    pub external_organization_id: Option<String>,
    pub end_acw_time: Option<String>,
    pub wrapup: Option<ApiWrapup>,
    #[serde(default)]
    pub calls: Vec<ApiRef>,
    #[serde(default)]
    pub callbacks: Vec<ApiRef>,
    #[serde(default)]
    pub chats: Vec<ApiRef>,
    #[serde(default)]
    pub emails: Vec<ApiRef>,
    #[serde(default)]
    pub messages: Vec<ApiRef>,
}

/// The wrap-up the agent applied: `code` is the wrap-up code's id.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ApiWrapup {
    pub code: Option<String>,
    pub notes: Option<String>,
}

/// `POST /api/v2/analytics/conversations/details/query`: the parts the code reads.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConversationQueryResponse {
    #[serde(default)]
    pub conversations: Vec<AnalyticsConversation>,
    pub total_hits: Option<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalyticsConversation {
    pub conversation_id: Option<String>,
    pub conversation_start: Option<String>,
}
