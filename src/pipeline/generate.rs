//! Stage 2, generate (docs/architecture.md, "Stages"): obtain the summary from Genesys Cloud.
//!
//! `copilot` reads `GET /api/v2/conversations/{id}/summaries`, picks the summary of the event's
//! unit of work ([`copilot`]) and polls until it is ready, inside a wait budget capped by the
//! invocation's deadline; for a conversation past Copilot's retention it reads Speech and Text
//! Analytics' summaries instead. `agentassist` POSTs the tutorial's request and verifies the
//! response format. A summary pushed on the summaries topic is used as it is; a push that carries
//! an error instead ends the stage or, when Genesys was rate limited, falls back to reading.

mod copilot;

use std::time::{Duration, Instant};

use crate::config::{SummarySettings, SummarySource};
use crate::deadline::Deadline;
use crate::domain::event::{GenesysEvent, Pushed, RecordKeys};
use crate::domain::ids::{LanguageTag, UserId};
use crate::domain::outcome::Outcome;
use crate::domain::request::SummaryRequest;
use crate::domain::summary::{Summary, SummaryOrigin};
use crate::ports::genesys::{
    AnalyticsSummary, ApiParticipant, ConversationResponse, GenesysApi, GenesysError,
    OnDemandRequest,
};
pub use copilot::select_summary;
use copilot::{Found, Readiness, combine, readiness, select, to_summary};

/// Copilot keeps conversation summaries 10 days unless AI Insights is on (docs/genesys.md).
pub const COPILOT_RETENTION: Duration = Duration::from_secs(10 * 86_400);

/// A summary obtained from Genesys, with what the audit record wants to know about how.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub summary: Summary,
    pub genesys_correlation_id: Option<String>,
    /// Summary reads made (polls), 0 for a pushed summary.
    pub reads: u32,
    /// The id of the on-demand generation this attempt asked for, if it asked.
    pub on_demand_summary_id: Option<String>,
}

impl Generated {
    fn pushed(summary: Summary) -> Self {
        Self {
            summary,
            genesys_correlation_id: None,
            reads: 0,
            on_demand_summary_id: None,
        }
    }
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
    let rate_limited = match &event.pushed {
        Some(Pushed::Summary(summary)) => return Ok(Generated::pushed((**summary).clone())),
        Some(Pushed::Failed { error_type }) => pushed_error(error_type)?,
        None => false,
    };
    let read = match settings.source {
        SummarySource::Copilot => from_copilot(api, settings, event, request, deadline).await,
        SummarySource::AgentAssist => from_agent_assist(api, request, deadline).await,
    };
    match read {
        // Genesys could not summarise for a rate limit: it may well later, so a retry is due.
        Err(Outcome::Unavailable { reason }) if rate_limited => Err(Outcome::Pending {
            reason: format!("Genesys pushed RATE_LIMITED and then: {reason}"),
        }),
        other => other,
    }
}

/// A summaries push that says why there is no summary: for a rate limit, read the summary
/// (`Ok(true)`); for a conversation too short or too long, or an error type we do not know, there
/// will be none.
fn pushed_error(error_type: &str) -> Result<bool, Outcome> {
    match error_type {
        "RATE_LIMITED" => {
            tracing::info!("Genesys pushed RATE_LIMITED instead of a summary; reading it instead");
            Ok(true)
        }
        "CONVERSATION_TOO_SHORT" | "CONVERSATION_TOO_LONG" => Err(Outcome::Unavailable {
            reason: format!("Genesys did not summarise the conversation: {error_type}"),
        }),
        other => Err(Outcome::Unavailable {
            reason: format!("Genesys pushed errorType {other} instead of a summary"),
        }),
    }
}

fn failed(error: GenesysError) -> Outcome {
    Outcome::GenerationFailed {
        reason: error.to_string(),
    }
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
    deadline: &Deadline,
) -> Result<Result<(Summary, Option<String>), Waiting>, Outcome> {
    let fetched = match api
        .conversation_summaries(&event.conversation_id, deadline)
        .await
    {
        Ok(fetched) => fetched,
        Err(GenesysError::Status { status: 404, .. }) => return Ok(Err(Waiting::NotFound)),
        Err(other) => return Err(failed(other)),
    };
    let found = match select(&fetched.body, event) {
        Some(Found::One(found)) => found,
        Some(Found::Segments(sessions)) => {
            return segments_ready(&sessions, event)
                .map(|r| r.map(|s| (s, fetched.correlation_id)));
        }
        None => {
            let awaited = "no summary for this agent or communication yet".to_string();
            return Ok(Err(Waiting::NotReady(awaited)));
        }
    };
    match readiness(found) {
        Readiness::Ready => match to_summary(found, event) {
            Some(summary) => Ok(Ok((summary, fetched.correlation_id))),
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

/// Every agent segment of a conversation-wide unit: waited for until none is still being written;
/// segments Genesys failed are left out, and if all failed there is no summary.
fn segments_ready(
    sessions: &[&crate::ports::genesys::ApiSummary],
    event: &GenesysEvent,
) -> Result<Result<Summary, Waiting>, Outcome> {
    let states: Vec<Readiness> = sessions.iter().map(|s| readiness(s)).collect();
    let waiting = states.iter().filter(|r| **r == Readiness::NotReady).count();
    if waiting > 0 {
        let status = format!("{waiting} of {} agent segments not ready", sessions.len());
        return Ok(Err(Waiting::NotReady(status)));
    }
    let ready: Vec<_> = sessions
        .iter()
        .zip(&states)
        .filter(|(_, r)| **r == Readiness::Ready)
        .map(|(s, _)| *s)
        .collect();
    combine(&ready, event)
        .map(Ok)
        .ok_or_else(|| Outcome::Unavailable {
            reason: format!(
                "Genesys reported every one of {} agent segments failed",
                sessions.len()
            ),
        })
}

/// Polls until the summary is ready, within `SUMMARY_WAIT_SECONDS` and the invocation's deadline.
async fn from_copilot<G: GenesysApi>(
    api: &G,
    settings: &SummarySettings,
    event: &GenesysEvent,
    request: &SummaryRequest,
    deadline: &Deadline,
) -> Result<Generated, Outcome> {
    let on_demand_summary_id = if settings.request_on_demand {
        request_on_demand(api, event, request, deadline).await?
    } else {
        None
    };
    let started = Instant::now();
    let mut reads = 0;
    loop {
        reads += 1;
        let waiting = match read_once(api, event, deadline).await? {
            Ok((summary, genesys_correlation_id)) => {
                return Ok(Generated {
                    summary,
                    genesys_correlation_id,
                    reads,
                    on_demand_summary_id,
                });
            }
            Err(Waiting::NotFound) if beyond_copilot_retention(event) => {
                return from_analytics(api, event, deadline).await;
            }
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

/// True when the event is older than Copilot keeps summaries (a replay, a backfill).
fn beyond_copilot_retention(event: &GenesysEvent) -> bool {
    let now = crate::clock::unix_millis() as i64;
    event
        .event_time_ms
        .is_some_and(|at| now - at > COPILOT_RETENTION.as_millis() as i64)
}

/// Speech and Text Analytics' own summary of the unit: the agent's for an agent unit (else the
/// conversation's), the conversation's for a conversation-wide one.
async fn from_analytics<G: GenesysApi>(
    api: &G,
    event: &GenesysEvent,
    deadline: &Deadline,
) -> Result<Generated, Outcome> {
    let unavailable = || {
        Outcome::Unavailable {
        reason: "no Copilot summary (HTTP 404; Copilot keeps summaries 10 days) and no Speech and Text Analytics summary".to_string(),
    }
    };
    let fetched = match api
        .analytics_summaries(&event.conversation_id, deadline)
        .await
    {
        Ok(fetched) => fetched,
        Err(GenesysError::Status { status: 404, .. }) => return Err(unavailable()),
        Err(other) => return Err(failed(other)),
    };
    let entities = &fetched.body.entities;
    let is = |e: &AnalyticsSummary, kind: &str| {
        e.summary_type
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case(kind))
    };
    let agent = event.agent_id.as_ref().map(|a| a.as_str());
    let chosen = agent
        .and_then(|agent| {
            entities
                .iter()
                .find(|e| is(e, "agent") && e.agent_id.as_deref() == Some(agent))
        })
        .or_else(|| entities.iter().find(|e| is(e, "conversation")))
        .filter(|e| e.summary.as_deref().is_some_and(|t| !t.trim().is_empty()));
    let Some(chosen) = chosen else {
        return Err(unavailable());
    };
    Ok(Generated {
        summary: analytics_summary(chosen, event),
        genesys_correlation_id: fetched.correlation_id,
        reads: 1,
        on_demand_summary_id: None,
    })
}

fn analytics_summary(entity: &AnalyticsSummary, event: &GenesysEvent) -> Summary {
    Summary {
        summary_id: entity.summary_id.clone(),
        language: entity
            .language
            .as_deref()
            .and_then(LanguageTag::parse_lenient),
        created_at: entity.date_created.clone(),
        ..Summary::new(
            event.conversation_id.clone(),
            entity.summary.clone().unwrap_or_default(),
            SummaryOrigin::SpeechAnalytics,
        )
    }
}

/// Asks Genesys to generate the summary now; returns the id it gave the generation. Media without
/// an on-demand endpoint (e-mail) are skipped, and other failures are logged: the stage goes on to
/// read, as the queue's own Copilot settings may well generate the summary.
async fn request_on_demand<G: GenesysApi>(
    api: &G,
    event: &GenesysEvent,
    request: &SummaryRequest,
    deadline: &Deadline,
) -> Result<Option<String>, Outcome> {
    let (Some(participant_id), Some(communication_id)) =
        (&event.participant_id, &event.communication_id)
    else {
        tracing::warn!(
            "on-demand summary skipped: the event names no participant or communication"
        );
        return Ok(None);
    };
    let media = event.media_type.as_deref().map(str::to_ascii_uppercase);
    let Some(media_path) = on_demand_path(media.as_deref()) else {
        tracing::info!(
            media_type = media.as_deref().unwrap_or(""),
            "on-demand summary skipped: Genesys has no on-demand endpoint for this media type; reading the summary"
        );
        return Ok(None);
    };
    let on_demand = OnDemandRequest {
        media_path,
        conversation_id: event.conversation_id.clone(),
        participant_id: participant_id.clone(),
        communication_id: communication_id.clone(),
        locale: request.language_code.as_str().to_ascii_lowercase(),
    };
    match api.request_summary(&on_demand, deadline).await {
        Ok(accepted) => {
            tracing::info!(
                summary_id = accepted.id.as_deref().unwrap_or(""),
                status = accepted.status.as_deref().unwrap_or(""),
                "on-demand summary requested"
            );
            Ok(accepted.id)
        }
        Err(error @ GenesysError::Token(_)) => Err(failed(error)),
        Err(error) => {
            tracing::warn!(%error, "on-demand summary request failed; reading the summary anyway");
            Ok(None)
        }
    }
}

/// The on-demand endpoint's media segment: calls and messages have one (docs/genesys.md); e-mail
/// and the rest do not. An event without a media type is taken for a call.
fn on_demand_path(media_type: Option<&str>) -> Option<&'static str> {
    match media_type {
        None | Some("VOICE" | "CALL" | "CALLBACK") => Some("calls"),
        Some("CHAT" | "MESSAGE" | "WEBMESSAGING" | "SMS") => Some("messages"),
        Some(_) => None,
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
    fn present(s: &Option<String>) -> Option<&str> {
        s.as_deref().filter(|t| !t.trim().is_empty())
    }
    let (id, text) = (present(&body.id), present(&body.summary_text));
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
            created_at: present(&body.created_date).map(str::to_string),
            ..Summary::new(
                request.interaction_id.clone(),
                text.to_string(),
                SummaryOrigin::AgentAssist,
            )
        },
        genesys_correlation_id: fetched.correlation_id,
        reads: 1,
        on_demand_summary_id: None,
    })
}

/// The record keys a conversation GET gives: the agent's queue (else any queue that routed it),
/// the direction of the agent's first session, every participant's external contact and
/// organization, the customer's numbers.
pub fn record_keys(conversation: &ConversationResponse, agent: Option<&UserId>) -> RecordKeys {
    let participants = &conversation.participants;
    let is = |p: &&ApiParticipant, purpose: &str| {
        p.purpose
            .as_deref()
            .is_some_and(|x| x.eq_ignore_ascii_case(purpose))
    };
    let agent_participant = participants.iter().find(|p| {
        is(p, "agent") && (agent.is_none() || p.user_id.as_deref() == agent.map(UserId::as_str))
    });
    let customer = participants.iter().find(|p| is(p, "customer"));
    let sessions = |p: &ApiParticipant| {
        p.calls
            .iter()
            .chain(&p.callbacks)
            .chain(&p.chats)
            .chain(&p.emails)
            .chain(&p.messages)
            .find_map(|s| s.direction.clone())
    };
    let unique = |values: Vec<String>| {
        let mut seen = Vec::new();
        for v in values {
            if !seen.contains(&v) {
                seen.push(v);
            }
        }
        seen
    };
    RecordKeys {
        queue_id: agent_participant
            .and_then(|p| p.queue_id.clone())
            .or_else(|| {
                participants
                    .iter()
                    .find(|p| is(p, "acd"))
                    .and_then(|p| p.queue_id.clone())
            }),
        direction: agent_participant.and_then(sessions),
        external_contact_ids: unique(
            participants
                .iter()
                .filter_map(|p| p.external_contact_id.clone())
                .collect(),
        ),
        external_organization_ids: unique(
            participants
                .iter()
                .filter_map(|p| p.external_organization_id.clone())
                .collect(),
        ),
        ani: customer.and_then(|p| p.ani.clone()),
        dnis: customer.and_then(|p| p.dnis.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::copilot::*;
    use super::*;
    use crate::domain::event::TriggerKind;
    use crate::domain::ids::{ConversationId, UserId};
    use crate::ports::genesys::{ApiSummary, SummariesResponse};
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

    #[test]
    fn a_conversation_wide_unit_takes_every_agent_segment() {
        let r = response(json!({"sessionSummaries": [
            {"id": "s1", "status": "Completed", "text": "Agent one took the order.", "participants": [{"id": AGENT_1}],
             "communication": {"id": "comm-1"}, "reason": {"text": "New order"}, "confidence": 0.9},
            {"id": "s2", "status": "Completed", "text": "Agent two arranged delivery.", "participants": [{"id": AGENT_2}],
             "communication": {"id": "comm-2"}, "resolution": {"text": "Delivery booked", "outcome": "Resolved"}, "confidence": 0.7}
        ]}));
        let mut e = event();
        e.agent_id = None;
        e.communication_id = Some("customer-session".into());
        let Some(Found::Segments(sessions)) = select(&r, &e) else {
            panic!("{:?}", select(&r, &e))
        };
        let s = combine(&sessions, &e).unwrap();
        assert_eq!(
            s.text,
            "Agent one took the order.\n\nAgent two arranged delivery."
        );
        assert_eq!(s.segments.len(), 2);
        assert_eq!(s.segments[1].agent_id.as_deref(), Some(AGENT_2));
        assert_eq!(
            (s.reason.as_deref(), s.resolution.as_deref()),
            (Some("New order"), Some("Delivery booked"))
        );
        assert_eq!(s.confidence, Some(0.7));
        // An agent unit still takes its own segment only.
        e.agent_id = Some(UserId::parse(AGENT_1).unwrap());
        assert!(matches!(select(&r, &e), Some(Found::One(one)) if one.id.as_deref() == Some("s1")));
    }

    #[test]
    fn on_demand_exists_for_calls_and_messages_only() {
        assert_eq!(on_demand_path(Some("VOICE")), Some("calls"));
        assert_eq!(on_demand_path(None), Some("calls"));
        assert_eq!(on_demand_path(Some("MESSAGE")), Some("messages"));
        assert_eq!(on_demand_path(Some("EMAIL")), None);
        assert_eq!(on_demand_path(Some("COBROWSE")), None);
    }

    #[test]
    fn a_pushed_error_ends_the_stage_or_falls_back_to_reading() {
        assert_eq!(pushed_error("RATE_LIMITED"), Ok(true));
        for (error_type, reason) in [
            (
                "CONVERSATION_TOO_SHORT",
                "Genesys did not summarise the conversation: CONVERSATION_TOO_SHORT",
            ),
            (
                "CONVERSATION_TOO_LONG",
                "Genesys did not summarise the conversation: CONVERSATION_TOO_LONG",
            ),
            (
                "UNKNOWN",
                "Genesys pushed errorType UNKNOWN instead of a summary",
            ),
        ] {
            assert_eq!(
                pushed_error(error_type),
                Err(Outcome::Unavailable {
                    reason: reason.to_string()
                })
            );
        }
    }
}
