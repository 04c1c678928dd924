//! Stage 2, generate (docs/architecture.md, "Stages"): obtain the summary from Genesys Cloud.
//!
//! `copilot` reads `GET /api/v2/conversations/{id}/summaries`, picks the session summary of the
//! event's agent/communication and polls until it is ready, inside a wait budget capped by the
//! invocation's deadline. `agentassist` POSTs the tutorial's request and verifies the response
//! format. A summary pushed on the summaries topic is used as it is.

use std::time::Instant;

use crate::config::{SummarySettings, SummarySource};
use crate::deadline::Deadline;
use crate::domain::event::GenesysEvent;
use crate::domain::ids::LanguageTag;
use crate::domain::outcome::Outcome;
use crate::domain::request::SummaryRequest;
use crate::domain::summary::{Summary, SummaryOrigin, WrapupCode};
use crate::ports::genesys::{
    ApiSummary, GenesysApi, GenesysError, OnDemandRequest, SummariesResponse,
};

/// A summary obtained from Genesys, with what the audit record wants to know about how.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub summary: Summary,
    pub genesys_correlation_id: Option<String>,
    /// Summary reads made (polls), 0 for a pushed summary.
    pub reads: u32,
}

/// Runs the generate stage: the summary, or the outcome that ends the run
/// ([`Outcome::Unavailable`], [`Outcome::Pending`] or [`Outcome::GenerationFailed`]).
pub async fn generate<G: GenesysApi>(
    api: &G,
    settings: &SummarySettings,
    event: &GenesysEvent,
    request: &SummaryRequest,
    deadline: &Deadline,
) -> Result<Generated, Outcome> {
    if let Some(pushed) = &event.pushed_summary {
        return Ok(Generated {
            summary: pushed.clone(),
            genesys_correlation_id: None,
            reads: 0,
        });
    }
    match settings.source {
        SummarySource::Copilot => from_copilot(api, settings, event, request, deadline).await,
        SummarySource::AgentAssist => from_agent_assist(api, request, deadline).await,
    }
}

fn failed(error: GenesysError) -> Outcome {
    Outcome::GenerationFailed {
        reason: error.to_string(),
    }
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
        let agent = event.agent_id.as_ref()?.as_str();
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

/// The domain summary of a ready API summary; `None` when it has no text.
fn to_summary(api: &ApiSummary, event: &GenesysEvent) -> Option<Summary> {
    let (text, edited) = best_text(api)?;
    let text_of = |t: Option<&crate::ports::genesys::ApiText>| {
        t.and_then(|t| non_empty(&t.text)).map(str::to_string)
    };
    Some(Summary {
        summary_id: api.id.clone(),
        // A language Genesys wrote in a form that is not a tag is left out, not guessed at.
        language: api
            .language
            .as_deref()
            .and_then(|l| LanguageTag::parse(l).ok()),
        reason: text_of(api.reason.as_ref()),
        resolution: api
            .resolution
            .as_ref()
            .and_then(|r| non_empty(&r.text))
            .map(str::to_string),
        resolution_outcome: api.resolution.as_ref().and_then(|r| r.outcome.clone()),
        followup: text_of(api.followup.as_ref()).into_iter().collect(),
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
        created_at: api.date_created.clone(),
        edited,
        ..Summary::new(
            event.conversation_id.clone(),
            text.to_string(),
            SummaryOrigin::CopilotApi,
        )
    })
}

/// What one read of the summaries found, when it was not the summary.
enum Waiting {
    NotFound,
    NotReady(String),
}

/// One read: the summary, what is still awaited, or the outcome that ends the run.
async fn read_once<G: GenesysApi>(
    api: &G,
    event: &GenesysEvent,
    reads: u32,
    deadline: &Deadline,
) -> Result<Result<Generated, Waiting>, Outcome> {
    let fetched = match api
        .conversation_summaries(&event.conversation_id, deadline)
        .await
    {
        Ok(fetched) => fetched,
        Err(GenesysError::Status { status: 404, .. }) => return Ok(Err(Waiting::NotFound)),
        Err(other) => return Err(failed(other)),
    };
    let Some(found) = select_summary(&fetched.body, event) else {
        let awaited = "no summary for this agent or communication yet".to_string();
        return Ok(Err(Waiting::NotReady(awaited)));
    };
    match readiness(found) {
        Readiness::Ready => match to_summary(found, event) {
            Some(summary) => Ok(Ok(Generated {
                summary,
                genesys_correlation_id: fetched.correlation_id,
                reads,
            })),
            None => Err(Outcome::Unavailable {
                reason: "Genesys marked the summary Completed but it has no text".to_string(),
            }),
        },
        Readiness::Failed => Err(Outcome::Unavailable {
            reason: format!(
                "Genesys reported status {} for summary {}",
                found.status.as_deref().unwrap_or("Error"),
                found.id.as_deref().unwrap_or("(no id)")
            ),
        }),
        Readiness::NotReady => Ok(Err(Waiting::NotReady(
            found.status.clone().unwrap_or_else(|| "no text yet".into()),
        ))),
    }
}

/// Polls until the summary is ready, within `SUMMARY_WAIT_SECONDS` and the invocation's deadline.
async fn from_copilot<G: GenesysApi>(
    api: &G,
    settings: &SummarySettings,
    event: &GenesysEvent,
    request: &SummaryRequest,
    deadline: &Deadline,
) -> Result<Generated, Outcome> {
    if settings.request_on_demand {
        request_on_demand(api, event, request, deadline).await?;
    }
    let started = Instant::now();
    let mut reads = 0;
    loop {
        reads += 1;
        let waiting = match read_once(api, event, reads, deadline).await? {
            Ok(generated) => return Ok(generated),
            Err(waiting) => waiting,
        };
        let budget_left = settings.wait.saturating_sub(started.elapsed());
        if settings.poll_interval > budget_left {
            return Err(match waiting {
                Waiting::NotFound => Outcome::Unavailable {
                    reason: format!(
                        "conversation has no Copilot summary (HTTP 404 for {} s)",
                        settings.wait.as_secs()
                    ),
                },
                Waiting::NotReady(status) => Outcome::Pending {
                    reason: format!(
                        "still {status} after {reads} reads in {} s",
                        started.elapsed().as_secs()
                    ),
                },
            });
        }
        if !deadline.sleep(settings.poll_interval).await {
            let last = match waiting {
                Waiting::NotFound => "HTTP 404".to_string(),
                Waiting::NotReady(status) => status,
            };
            return Err(Outcome::Pending {
                reason: format!(
                    "the invocation deadline leaves no time for another read after {reads} ({last})"
                ),
            });
        }
    }
}

/// Asks Genesys to generate the summary now. Failures are logged and the stage goes on to read:
/// the summary may well be generated by the queue's own Copilot settings.
async fn request_on_demand<G: GenesysApi>(
    api: &G,
    event: &GenesysEvent,
    request: &SummaryRequest,
    deadline: &Deadline,
) -> Result<(), Outcome> {
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
        locale: request.language_code.as_str().to_ascii_lowercase(),
    };
    match api.request_summary(&on_demand, deadline).await {
        Ok(()) => Ok(()),
        Err(error @ GenesysError::Token(_)) => Err(failed(error)),
        Err(error) => {
            tracing::warn!(%error, "on-demand summary request failed; reading the summary anyway");
            Ok(())
        }
    }
}

/// The tutorial's POST; the response must carry `id` and `summaryText`.
async fn from_agent_assist<G: GenesysApi>(
    api: &G,
    request: &SummaryRequest,
    deadline: &Deadline,
) -> Result<Generated, Outcome> {
    let fetched = api
        .agent_assist_summary(request, deadline)
        .await
        .map_err(failed)?;
    let body = fetched.body;
    let (id, text) = (non_empty(&body.id), non_empty(&body.summary_text));
    let (Some(id), Some(text)) = (id, text) else {
        let missing: Vec<&str> = [("id", id), ("summaryText", text)]
            .into_iter()
            .filter_map(|(name, value)| value.is_none().then_some(name))
            .collect();
        return Err(failed(GenesysError::InvalidResponse(format!(
            "agent-assist response is missing {}",
            missing.join(" and ")
        ))));
    };
    Ok(Generated {
        summary: Summary {
            summary_id: Some(id.to_string()),
            language: Some(request.language_code.clone()),
            confidence: body.confidence,
            created_at: non_empty(&body.created_date).map(str::to_string),
            ..Summary::new(
                request.interaction_id.clone(),
                text.to_string(),
                SummaryOrigin::AgentAssist,
            )
        },
        genesys_correlation_id: fetched.correlation_id,
        reads: 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::TriggerKind;
    use crate::domain::ids::{ConversationId, UserId};
    use serde_json::json;

    const AGENT_1: &str = "a1b2c3d4-0000-4000-8000-000000000001";
    const AGENT_2: &str = "a1b2c3d4-0000-4000-8000-000000000002";

    fn event() -> GenesysEvent {
        let id = ConversationId::parse("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b").unwrap();
        GenesysEvent {
            agent_id: Some(UserId::parse(AGENT_2).unwrap()),
            communication_id: Some("comm-9".into()),
            ..GenesysEvent::new("e", TriggerKind::AfterCallWork, id)
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
                {"id": "s1", "status": "Completed", "text": "a", "participants": [{"id": AGENT_1}], "communication": {"id": "comm-1"}},
                {"id": "s2", "status": "Completed", "text": "b", "participants": [{"id": AGENT_2}], "communication": {"id": "comm-2"}},
                {"id": "s3", "status": "Completed", "text": "c", "participants": [{"id": AGENT_2}], "communication": {"id": "comm-9"}}
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
        e.agent_id = Some(UserId::parse("a1b2c3d4-0000-4000-8000-000000000007").unwrap());
        assert_eq!(select_summary(&r, &e).unwrap().id.as_deref(), Some("top"));
    }

    #[test]
    fn the_agents_edit_is_preferred() {
        let r = response(json!({"sessionSummaries": [{
            "id": "s", "status": "Completed", "text": "generated",
            "editedSummary": {"text": "edited by agent"}, "communication": {"id": "comm-9"}
        }]}));
        let s = to_summary(select_summary(&r, &event()).unwrap(), &event()).unwrap();
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
