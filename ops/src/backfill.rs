//! `summary-ops backfill`: summaries for conversations the stack never heard of (from before it
//! was deployed, or an outage of the integration). For each conversation it reads who the agents
//! were from the Genesys conversation API and builds the events the bus would have delivered (an
//! `acw` per agent, and `customer.end` when asked), then invokes the function with each, as
//! EventBridge does. Work that already finished is a no-op, so a backfill can be run again.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Duration;

use chrono::{DateTime, Utc};
use genesys_summary_lambda::deadline::Deadline;
use genesys_summary_lambda::domain::event::TriggerKind;
use genesys_summary_lambda::domain::ids::{ConversationId, OrgId};
use genesys_summary_lambda::ports::genesys::{
    ApiParticipant, ConversationResponse, ConversationSearch, GenesysApi,
};
use serde_json::{Value, json};

use crate::OpsError;
use crate::clients::{Invoked, invoke_async};

/// The analytics conversation details query spans at most 7 days without filters.
const QUERY_SPAN: chrono::TimeDelta = chrono::TimeDelta::days(7);
const PAGE_SIZE: u32 = 100;

pub struct Backfill<'a, G> {
    pub genesys: &'a G,
    pub lambda: &'a aws_sdk_lambda::Client,
    pub function: &'a str,
    /// `acw` and/or `customer.end`.
    pub triggers: &'a [TriggerKind],
    /// The org the conversations belong to, when the stack serves several (`GENESYS_ORGS`):
    /// the events then name it in their source, as the org's own events do.
    pub org: Option<&'a OrgId>,
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub conversations: usize,
    pub events: usize,
    pub skipped: usize,
    pub failed: usize,
}

fn deadline() -> Deadline {
    Deadline::after(Duration::from_secs(60), Duration::ZERO)
}

impl<G: GenesysApi + ConversationSearch> Backfill<'_, G> {
    /// The conversations that started between `since` and `until`, a week of the query at a time.
    pub async fn conversations_between(
        &self,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<ConversationId>, OpsError> {
        let mut found = Vec::new();
        let mut start = since;
        while start < until {
            let end = (start + QUERY_SPAN).min(until);
            let interval = format!(
                "{}/{}",
                start.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                end.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
            );
            for page in 1.. {
                let result = self
                    .genesys
                    .conversations_started(&interval, page, PAGE_SIZE, &deadline())
                    .await?;
                let ids = result
                    .conversations
                    .iter()
                    .filter_map(|c| ConversationId::parse(c.conversation_id.as_deref()?).ok());
                let before = found.len();
                // Pages shift while new conversations arrive: keep each id once.
                for id in ids {
                    if !found.contains(&id) {
                        found.push(id);
                    }
                }
                if result.conversations.len() < PAGE_SIZE as usize || found.len() == before {
                    break;
                }
            }
            start = end;
        }
        Ok(found)
    }

    pub async fn run(
        &self,
        conversations: &[ConversationId],
        out: &mut dyn Write,
    ) -> Result<Counts, OpsError> {
        let mut counts = Counts::default();
        for (n, id) in conversations.iter().enumerate() {
            counts.conversations += 1;
            let line = self.backfill_one(id, &mut counts, out).await?;
            writeln!(
                out,
                "[{}/{}] conversation {id}: {line}",
                n + 1,
                conversations.len()
            )?;
        }
        let verb = if self.dry_run { "would send" } else { "sent" };
        writeln!(
            out,
            "conversations {}, events {verb} {}, skipped {}, failed {}. Work that already finished is a harmless duplicate: the function's claim makes it a no-op.",
            counts.conversations, counts.events, counts.skipped, counts.failed
        )?;
        Ok(counts)
    }

    async fn backfill_one(
        &self,
        id: &ConversationId,
        counts: &mut Counts,
        out: &mut dyn Write,
    ) -> Result<String, OpsError> {
        let conversation = match self.genesys.conversation(id, &deadline()).await {
            Ok(conversation) => conversation,
            Err(error) => {
                counts.failed += 1;
                return Ok(format!("failed: {error}"));
            }
        };
        let events = match events_for(id, &conversation, self.triggers) {
            Ok(events) => events
                .into_iter()
                .map(|event| from_org(event, self.org))
                .collect::<Vec<_>>(),
            Err(why) => {
                counts.skipped += 1;
                return Ok(format!("skipped: {why}"));
            }
        };
        let mut sent = Vec::new();
        for event in &events {
            let what = describe(event);
            if self.dry_run {
                writeln!(out, "{event}")?;
                counts.events += 1;
                sent.push(what);
                continue;
            }
            match invoke_async(self.lambda, self.function, event).await {
                Invoked::Accepted(_) => {
                    counts.events += 1;
                    sent.push(what);
                }
                Invoked::Refused(why) => {
                    counts.failed += 1;
                    return Ok(format!("failed at {what}: {why}"));
                }
            }
        }
        let verb = if self.dry_run { "would send" } else { "sent" };
        Ok(format!("{verb} {}", sent.join(", ")))
    }
}

fn describe(event: &Value) -> String {
    let body = &event["detail"]["eventBody"];
    match body["userId"].as_str() {
        Some(agent) => format!("acw for agent {agent}"),
        None => "customer.end".to_string(),
    }
}

/// The events the bus would have delivered for `conversation`: an `acw` for each agent (its
/// last segment, as the unit of work is per agent), and `customer.end` when asked for.
pub fn events_for(
    id: &ConversationId,
    conversation: &ConversationResponse,
    triggers: &[TriggerKind],
) -> Result<Vec<Value>, String> {
    let Some(ended) = conversation.end_time.as_deref() else {
        return Err("the conversation has not ended; its events are still to come".to_string());
    };
    let mut events = Vec::new();
    if triggers.contains(&TriggerKind::AfterCallWork) {
        let mut agents: BTreeMap<&str, &ApiParticipant> = BTreeMap::new();
        for participant in &conversation.participants {
            if is(participant, "agent")
                && let Some(user) = participant.user_id.as_deref()
            {
                agents.insert(user, participant);
            }
        }
        if agents.is_empty() {
            return Err("no agent took part".to_string());
        }
        for (user, participant) in agents {
            let at = participant.end_acw_time.as_deref().unwrap_or(ended);
            events.push(acw_event(id, user, participant, at));
        }
    }
    if triggers.contains(&TriggerKind::CustomerEnd) {
        let customer = conversation.participants.iter().find(|p| is(p, "customer"));
        events.push(customer_end_event(id, customer, ended));
    }
    Ok(events)
}

fn is(participant: &ApiParticipant, purpose: &str) -> bool {
    participant
        .purpose
        .as_deref()
        .is_some_and(|p| p.eq_ignore_ascii_case(purpose))
}

/// The participant's first media session: its id and the notification's media type.
fn session(participant: &ApiParticipant) -> Option<(&str, &'static str)> {
    [
        (&participant.calls, "VOICE"),
        (&participant.callbacks, "CALLBACK"),
        (&participant.chats, "CHAT"),
        (&participant.emails, "EMAIL"),
        (&participant.messages, "MESSAGE"),
    ]
    .into_iter()
    .find_map(|(sessions, media)| Some((sessions.first()?.id.as_deref()?, media)))
}

fn epoch_ms(time: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(time)
        .ok()
        .map(|t| t.timestamp_millis())
}

/// An EventBridge envelope like the bus's, with an id derived from what it is about, so a second
/// backfill sends the same event again rather than a new one.
fn envelope(id: &ConversationId, topic: &str, scope: &str, body: Value) -> Value {
    let event_id = uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("genesys-summary-ops/backfill/{id}/{scope}/{topic}").as_bytes(),
    )
    .to_string();
    json!({
        "version": "0",
        "id": event_id,
        "detail-type": format!("v2.detail.events.conversation.{{id}}.{topic}"),
        "source": "summary-ops/backfill",
        "time": Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "resources": [],
        "detail": {
            "topicName": format!("v2.detail.events.conversation.{id}.{topic}"),
            "version": "2",
            "eventBody": body,
            "metadata": {"CorrelationId": event_id},
        }
    })
}

/// The event as `org`'s event source would send it: its source names the org, and its id is the
/// org's own (the same conversation id in two orgs is two events).
pub fn from_org(mut event: Value, org: Option<&OrgId>) -> Value {
    let Some(org) = org else {
        return event;
    };
    let id = event["id"].as_str().unwrap_or_default().to_string();
    event["id"] = json!(
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("{id}/{org}").as_bytes())
            .to_string()
    );
    event["source"] = json!(format!(
        "aws.partner/genesys.com/cloud/{org}/summary-ops-backfill"
    ));
    event
}

fn acw_event(id: &ConversationId, user: &str, agent: &ApiParticipant, at: &str) -> Value {
    let (session_id, media) = session(agent).unzip();
    let mut body = json!({
        "eventTime": epoch_ms(at),
        "conversationId": id.as_str(),
        "participantId": agent.id,
        "sessionId": session_id,
        "mediaType": media,
        "userId": user,
        "queueId": agent.queue_id,
        "wrapupCode": agent.wrapup.as_ref().and_then(|w| w.code.clone()),
        "wrapupNotes": agent.wrapup.as_ref().and_then(|w| w.notes.clone()),
    });
    drop_nulls(&mut body);
    envelope(id, "acw", user, body)
}

fn customer_end_event(id: &ConversationId, customer: Option<&ApiParticipant>, at: &str) -> Value {
    let (session_id, media) = customer.and_then(session).unzip();
    let mut body = json!({
        "eventTime": epoch_ms(at),
        "conversationId": id.as_str(),
        "participantId": customer.and_then(|c| c.id.clone()),
        "sessionId": session_id,
        "mediaType": media,
    });
    drop_nulls(&mut body);
    envelope(id, "customer.end", "conversation", body)
}

/// Genesys leaves out what it does not know; so do we.
fn drop_nulls(body: &mut Value) {
    if let Value::Object(map) = body {
        map.retain(|_, v| !v.is_null());
    }
}
