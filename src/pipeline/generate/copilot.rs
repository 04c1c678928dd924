//! Reading the Copilot API's answer (docs/genesys.md, "REST API"): which summary belongs to the
//! event's unit of work, whether it is ready, and the domain summary it makes. Pure functions on
//! the port's response types.

use crate::domain::event::GenesysEvent;
use crate::domain::ids::LanguageTag;
use crate::domain::summary::{SegmentSummary, Summary, SummaryOrigin, WrapupCode};
use crate::ports::genesys::{ApiSummary, ApiText, SummariesResponse};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    NotReady,
    Failed,
}

pub fn readiness(summary: &ApiSummary) -> Readiness {
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

/// What belongs to the event's unit of work.
#[derive(Debug, PartialEq)]
pub enum Found<'a> {
    One(&'a ApiSummary),
    /// A conversation-wide unit of a conversation with several agent segments and no
    /// conversation-level summary (after a transfer): every segment.
    Segments(Vec<&'a ApiSummary>),
}

/// The session summary for the event's communication, else the agent's latest session, else the
/// top-level summary, else the only session there is; for a conversation-wide unit with several
/// sessions, all of them.
pub fn select<'a>(response: &'a SummariesResponse, event: &GenesysEvent) -> Option<Found<'a>> {
    if let Some(one) = select_summary(response, event) {
        return Some(Found::One(one));
    }
    let sessions = &response.session_summaries;
    (event.agent_id.is_none() && sessions.len() > 1)
        .then(|| Found::Segments(sessions.iter().collect()))
}

/// The one summary that belongs to the event, when there is one.
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
pub fn to_summary(api: &ApiSummary, event: &GenesysEvent) -> Option<Summary> {
    let (text, edited) = best_text(api)?;
    let text_of = |t: Option<&ApiText>| t.and_then(|t| non_empty(&t.text)).map(str::to_string);
    Some(Summary {
        summary_id: api.id.clone(),
        // A language Genesys wrote in a form that is not a tag is left out, not guessed at.
        language: api.language.as_deref().and_then(LanguageTag::parse_lenient),
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

/// The conversation-wide summary of several agent segments: each segment kept, the text theirs
/// in order, the reason from the first, the resolution from the last (where the call ended), the
/// follow-ups and wrap-up codes of all, the lowest confidence. `None` when no segment has text.
pub fn combine(sessions: &[&ApiSummary], event: &GenesysEvent) -> Option<Summary> {
    let parts: Vec<(&ApiSummary, Summary)> = sessions
        .iter()
        .filter_map(|s| Some((*s, to_summary(s, event)?)))
        .collect();
    let (first, last) = (&parts.first()?.1, &parts.last()?.1);
    let segments: Vec<SegmentSummary> = parts
        .iter()
        .map(|(api, summary)| SegmentSummary {
            agent_id: api.participants.first().and_then(|p| p.id.clone()),
            communication_id: api.communication.as_ref().and_then(|c| c.id.clone()),
            summary_id: summary.summary_id.clone(),
            text: summary.text.clone(),
            edited: summary.edited,
        })
        .collect();
    let mut wrapup_codes: Vec<WrapupCode> = Vec::new();
    for code in parts.iter().flat_map(|(_, s)| &s.wrapup_codes) {
        if !wrapup_codes.iter().any(|c| c.id == code.id) {
            wrapup_codes.push(code.clone());
        }
    }
    let texts: Vec<&str> = parts.iter().map(|(_, s)| s.text.as_str()).collect();
    Some(Summary {
        language: first.language.clone(),
        reason: first.reason.clone(),
        resolution: last.resolution.clone(),
        resolution_outcome: last.resolution_outcome.clone(),
        followup: parts.iter().flat_map(|(_, s)| s.followup.clone()).collect(),
        wrapup_codes,
        confidence: parts
            .iter()
            .filter_map(|(_, s)| s.confidence)
            .reduce(f64::min),
        created_at: parts.iter().filter_map(|(_, s)| s.created_at.clone()).max(),
        edited: parts.iter().any(|(_, s)| s.edited),
        segments,
        ..Summary::new(
            event.conversation_id.clone(),
            texts.join("\n\n"),
            SummaryOrigin::CopilotApi,
        )
    })
}
