//! Stage 2, generate (DESIGN.md section 3 and 4.2): obtain the summary from Genesys Cloud.
//!
//! `copilot` reads `GET /api/v2/conversations/{id}/summaries`, picks the session summary of the
//! event's agent/communication and polls until it is ready, inside a wait budget capped by the
//! invocation's deadline. `agentassist` POSTs the tutorial's request and verifies the response
//! format. A summary pushed on the summaries topic is used as it is.

use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::config::{Config, SummarySource};
use crate::deadline::Deadline;
use crate::event::GenesysEvent;
use crate::ports::GenesysApi;
use crate::summary::{Summary, SummaryOrigin, WrapupCode};
use crate::token::TokenError;
use crate::validate::{Format, SummaryLength, ValidatedRequest};

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

/// How the generate stage ended when it produced no summary.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GenerateError {
    /// Terminal: Genesys has no summary and will not have one (404 after the wait, status Error).
    #[error("summary unavailable: {0}")]
    Unavailable(String),
    /// Not ready within the wait budget; a later retry may find it.
    #[error("summary not ready: {0}")]
    Pending(String),
    #[error("summary generation failed: {0}")]
    Failed(#[from] GenesysError),
}

/// The response of `GET /api/v2/conversations/{id}/summaries`. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SummariesResponse {
    #[serde(default)]
    pub summary: Option<ApiSummary>,
    #[serde(default)]
    pub session_summaries: Vec<ApiSummary>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiSummary {
    pub id: Option<String>,
    pub text: Option<String>,
    pub confidence: Option<f64>,
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

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ApiRef {
    pub id: Option<String>,
}

/// Body of the tutorial's `POST /api/v2/conversations/agentassist/summaries`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentAssistRequest {
    pub interaction_id: String,
    pub language_code: String,
    pub summary_length: SummaryLength,
    pub format: Format,
    pub use_knowledge_base: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub knowledge_base_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redaction_policy_id: Option<String>,
}

/// `POST /api/v2/conversations/{calls|messages}/{id}/participants/{pid}/communications/{cid}/summaries`.
#[derive(Debug, Clone, PartialEq)]
pub struct OnDemandRequest {
    /// `calls` or `messages`.
    pub media_path: &'static str,
    pub conversation_id: String,
    pub participant_id: String,
    pub communication_id: String,
    /// Genesys writes locales in lower case (`en-us`).
    pub locale: String,
}

/// A summary obtained from Genesys, with what the audit record wants to know about how.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub summary: Summary,
    pub genesys_correlation_id: Option<String>,
    /// Summary reads made (polls), 0 for a pushed summary.
    pub reads: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Readiness {
    Ready,
    NotReady,
    Failed,
}

fn readiness(summary: &ApiSummary) -> Readiness {
    match summary
        .status
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("completed") => Readiness::Ready,
        Some("error") | Some("failed") => Readiness::Failed,
        Some("pending" | "queued" | "started" | "processing") => Readiness::NotReady,
        // Unknown or absent status: trust the presence of text.
        _ if best_text(summary).is_some() => Readiness::Ready,
        _ => Readiness::NotReady,
    }
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|t| !t.trim().is_empty())
}

/// The agent's edit wins over the generated text.
fn best_text(summary: &ApiSummary) -> Option<(&str, bool)> {
    summary
        .edited_summary
        .as_ref()
        .and_then(|e| non_empty(&e.text))
        .map(|t| (t, true))
        .or_else(|| non_empty(&summary.text).map(|t| (t, false)))
}

/// The session summary for the event's communication, else the agent's latest session, else the
/// top-level summary, else the only session there is.
pub fn select_summary<'a>(
    response: &'a SummariesResponse,
    event: &GenesysEvent,
) -> Option<&'a ApiSummary> {
    let sessions = &response.session_summaries;
    let by_communication = event.communication_id.as_deref().and_then(|cid| {
        sessions
            .iter()
            .find(|s| s.communication.as_ref().and_then(|c| c.id.as_deref()) == Some(cid))
    });
    let by_agent = || {
        let agent = event.agent_id.as_deref()?;
        sessions.iter().rev().find(|s| {
            s.participants
                .iter()
                .any(|p| p.id.as_deref() == Some(agent))
        })
    };
    let top_level = || {
        response
            .summary
            .as_ref()
            .filter(|s| s.status.is_some() || best_text(s).is_some())
    };
    by_communication
        .or_else(by_agent)
        .or_else(top_level)
        .or_else(|| (sessions.len() == 1).then(|| &sessions[0]))
}

fn to_summary(api: &ApiSummary, conversation_id: &str) -> Option<Summary> {
    let (text, edited) = best_text(api)?;
    Some(Summary {
        conversation_id: conversation_id.to_string(),
        summary_id: api.id.clone(),
        text: text.to_string(),
        language: api.language.clone(),
        reason: api
            .reason
            .as_ref()
            .and_then(|r| non_empty(&r.text))
            .map(str::to_string),
        resolution: api
            .resolution
            .as_ref()
            .and_then(|r| non_empty(&r.text))
            .map(str::to_string),
        resolution_outcome: api.resolution.as_ref().and_then(|r| r.outcome.clone()),
        followup: api
            .followup
            .as_ref()
            .and_then(|f| non_empty(&f.text))
            .map(|t| vec![t.to_string()])
            .unwrap_or_default(),
        wrapup_codes: api
            .predicted_wrapup_codes
            .iter()
            .filter_map(|w| {
                Some(WrapupCode {
                    id: w.id.clone()?,
                    name: w.name.clone(),
                })
            })
            .collect(),
        confidence: api.confidence,
        origin: SummaryOrigin::CopilotApi,
        created_at: api.date_created.clone(),
        edited,
    })
}

/// Runs the generate stage for one validated request.
pub async fn generate<G: GenesysApi>(
    api: &G,
    config: &Config,
    event: &GenesysEvent,
    request: &ValidatedRequest,
    deadline: &Deadline,
) -> Result<Generated, GenerateError> {
    if let Some(pushed) = &event.pushed_summary {
        return Ok(Generated {
            summary: pushed.clone(),
            genesys_correlation_id: None,
            reads: 0,
        });
    }
    match config.summary_source {
        SummarySource::Copilot => from_copilot(api, config, event, request, deadline).await,
        SummarySource::AgentAssist => from_agent_assist(api, request, deadline).await,
    }
}

async fn from_copilot<G: GenesysApi>(
    api: &G,
    config: &Config,
    event: &GenesysEvent,
    request: &ValidatedRequest,
    deadline: &Deadline,
) -> Result<Generated, GenerateError> {
    if config.request_on_demand_summary {
        request_on_demand(api, event, request, deadline).await?;
    }
    let started = Instant::now();
    let mut reads = 0;
    loop {
        reads += 1;
        let waiting_for = match api
            .conversation_summaries(&event.conversation_id, deadline)
            .await
        {
            Ok(fetched) => match select_summary(&fetched.body, event) {
                Some(found) => match readiness(found) {
                    Readiness::Ready => {
                        let Some(summary) = to_summary(found, &event.conversation_id) else {
                            return Err(GenerateError::Unavailable(
                                "Genesys marked the summary Completed but it has no text"
                                    .to_string(),
                            ));
                        };
                        return Ok(Generated {
                            summary,
                            genesys_correlation_id: fetched.correlation_id,
                            reads,
                        });
                    }
                    Readiness::Failed => {
                        return Err(GenerateError::Unavailable(format!(
                            "Genesys reported status {} for summary {}",
                            found.status.as_deref().unwrap_or("Error"),
                            found.id.as_deref().unwrap_or("(no id)")
                        )));
                    }
                    Readiness::NotReady => Waiting::NotReady(
                        found.status.clone().unwrap_or_else(|| "no text yet".into()),
                    ),
                },
                None => {
                    Waiting::NotReady("no summary for this agent or communication yet".to_string())
                }
            },
            Err(GenesysError::Status { status: 404, .. }) => Waiting::NotFound,
            Err(other) => return Err(GenerateError::Failed(other)),
        };

        let poll = config.summary_poll_interval;
        let budget_left = config.summary_wait.saturating_sub(started.elapsed());
        if poll > budget_left {
            return Err(match waiting_for {
                Waiting::NotFound => GenerateError::Unavailable(format!(
                    "conversation has no Copilot summary (HTTP 404 for {} s)",
                    config.summary_wait.as_secs()
                )),
                Waiting::NotReady(status) => GenerateError::Pending(format!(
                    "still {status} after {} reads in {} s",
                    reads,
                    started.elapsed().as_secs()
                )),
            });
        }
        if !deadline.sleep(poll).await {
            return Err(GenerateError::Pending(format!(
                "the invocation deadline leaves no time for another read after {reads} ({})",
                match waiting_for {
                    Waiting::NotFound => "HTTP 404".to_string(),
                    Waiting::NotReady(status) => status,
                }
            )));
        }
    }
}

enum Waiting {
    NotFound,
    NotReady(String),
}

/// Asks Genesys to generate the summary now. Failures are logged and the stage goes on to read:
/// the summary may well be generated by the queue's own Copilot settings.
async fn request_on_demand<G: GenesysApi>(
    api: &G,
    event: &GenesysEvent,
    request: &ValidatedRequest,
    deadline: &Deadline,
) -> Result<(), GenerateError> {
    let (Some(participant_id), Some(communication_id)) =
        (&event.participant_id, &event.communication_id)
    else {
        tracing::warn!(
            "on-demand summary skipped: the event names no participant or communication"
        );
        return Ok(());
    };
    let media_path = match event
        .media_type
        .as_deref()
        .map(str::to_ascii_uppercase)
        .as_deref()
    {
        Some("VOICE" | "CALL" | "CALLBACK") | None => "calls",
        Some(_) => "messages",
    };
    let on_demand = OnDemandRequest {
        media_path,
        conversation_id: event.conversation_id.clone(),
        participant_id: participant_id.clone(),
        communication_id: communication_id.clone(),
        locale: request.language_code.to_ascii_lowercase(),
    };
    match api.request_summary(&on_demand, deadline).await {
        Ok(()) => Ok(()),
        Err(GenesysError::Token(e)) => Err(GenerateError::Failed(GenesysError::Token(e))),
        Err(error) => {
            tracing::warn!(%error, "on-demand summary request failed; reading the summary anyway");
            Ok(())
        }
    }
}

async fn from_agent_assist<G: GenesysApi>(
    api: &G,
    request: &ValidatedRequest,
    deadline: &Deadline,
) -> Result<Generated, GenerateError> {
    let body = AgentAssistRequest {
        interaction_id: request.interaction_id.clone(),
        language_code: request.language_code.clone(),
        summary_length: request.summary_length,
        format: request.format,
        use_knowledge_base: request.use_knowledge_base,
        knowledge_base_id: request.knowledge_base_id.clone(),
        redaction_policy_id: request.redaction_policy_id.clone(),
    };
    let fetched = api.agent_assist_summary(&body, deadline).await?;
    let field = |name: &str| {
        fetched
            .body
            .get(name)
            .and_then(serde_json::Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
    };
    let (Some(id), Some(text)) = (field("id"), field("summaryText")) else {
        let missing: Vec<&str> = ["id", "summaryText"]
            .into_iter()
            .filter(|f| field(f).is_none())
            .collect();
        return Err(GenerateError::Failed(GenesysError::InvalidResponse(
            format!("agent-assist response is missing {}", missing.join(" and ")),
        )));
    };
    Ok(Generated {
        summary: Summary {
            conversation_id: request.interaction_id.clone(),
            summary_id: Some(id),
            text,
            language: Some(request.language_code.clone()),
            reason: None,
            resolution: None,
            resolution_outcome: None,
            followup: Vec::new(),
            wrapup_codes: Vec::new(),
            confidence: fetched
                .body
                .get("confidence")
                .and_then(serde_json::Value::as_f64),
            origin: SummaryOrigin::AgentAssist,
            created_at: field("createdDate"),
            edited: false,
        },
        genesys_correlation_id: fetched.correlation_id,
        reads: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event() -> GenesysEvent {
        GenesysEvent {
            event_id: "e".into(),
            kind: crate::event::TriggerKind::AfterCallWork,
            correlation_id: None,
            conversation_id: "conv".into(),
            agent_id: Some("agent-2".into()),
            participant_id: None,
            communication_id: Some("comm-9".into()),
            media_type: None,
            language: None,
            interacting_duration_ms: None,
            event_time_ms: None,
            pushed_summary: None,
        }
    }

    fn response(v: serde_json::Value) -> SummariesResponse {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn selection_prefers_communication_then_agent_then_top_level() {
        let r = response(json!({
            "summary": {"id": "top", "text": "top", "status": "Completed"},
            "sessionSummaries": [
                {"id": "s1", "status": "Completed", "text": "a", "participants": [{"id": "agent-1"}], "communication": {"id": "comm-1"}},
                {"id": "s2", "status": "Completed", "text": "b", "participants": [{"id": "agent-2"}], "communication": {"id": "comm-2"}},
                {"id": "s3", "status": "Completed", "text": "c", "participants": [{"id": "agent-2"}], "communication": {"id": "comm-9"}}
            ]
        }));
        let mut e = event();
        assert_eq!(select_summary(&r, &e).unwrap().id.as_deref(), Some("s3"));
        e.communication_id = Some("unknown".into());
        assert_eq!(
            select_summary(&r, &e).unwrap().id.as_deref(),
            Some("s3"),
            "the agent's latest session"
        );
        e.agent_id = Some("agent-7".into());
        assert_eq!(select_summary(&r, &e).unwrap().id.as_deref(), Some("top"));
    }

    #[test]
    fn the_agents_edit_is_preferred() {
        let r = response(json!({"sessionSummaries": [{
            "id": "s", "status": "Completed", "text": "generated",
            "editedSummary": {"text": "edited by agent"}, "communication": {"id": "comm-9"}
        }]}));
        let s = to_summary(select_summary(&r, &event()).unwrap(), "conv").unwrap();
        assert_eq!(s.text, "edited by agent");
        assert!(s.edited);
    }

    #[test]
    fn readiness_follows_status() {
        let with = |status: &str| ApiSummary {
            status: Some(status.into()),
            ..Default::default()
        };
        assert_eq!(readiness(&with("Completed")), Readiness::Ready);
        for s in ["Pending", "Queued", "Started", "Processing"] {
            assert_eq!(readiness(&with(s)), Readiness::NotReady, "{s}");
        }
        assert_eq!(readiness(&with("Error")), Readiness::Failed);
    }

    #[test]
    fn unknown_fields_and_missing_parts_are_tolerated() {
        let r = response(
            json!({"conversation": {"id": "x"}, "newThing": 1, "sessionSummaries": [{"text": "t", "surprise": [1]}]}),
        );
        assert_eq!(
            readiness(select_summary(&r, &event()).unwrap()),
            Readiness::Ready
        );
    }
}
