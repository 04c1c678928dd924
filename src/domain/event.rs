//! The EventBridge envelope with a Genesys `detail` (docs/genesys.md, "Events").
//!
//! Parsing is deliberately field by field over `serde_json::Value` instead of one derived struct:
//! every eventBody field is optional in Genesys's own models, unknown fields must be accepted, and
//! a malformed event must be rejected with a message that names *every* bad field at once. Ids
//! and tags are parsed into their types here, once ([`super::ids`]).

use serde_json::{Map, Value};

use super::ids::{ConversationId, LanguageTag, OrgId, ParseError, UserId};
use super::summary::{AppliedWrapup, Summary, SummaryOrigin, WrapupCode};
use super::work::WorkUnit;

/// The triggers this function acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum TriggerKind {
    /// `v2.detail.events.conversation.{id}.acw`: the agent finished after-call work.
    #[serde(rename = "acw")]
    AfterCallWork,
    /// `v2.detail.events.conversation.{id}.customer.end`: the customer left.
    #[serde(rename = "customer.end")]
    CustomerEnd,
    /// `v2.users.{id}.conversations.summaries`: Genesys pushed a finished Copilot summary.
    #[serde(rename = "summaries")]
    CopilotSummary,
}

impl TriggerKind {
    const ALL: [TriggerKind; 3] = [Self::AfterCallWork, Self::CustomerEnd, Self::CopilotSummary];

    pub fn detail_type(self) -> &'static str {
        match self {
            TriggerKind::AfterCallWork => "v2.detail.events.conversation.{id}.acw",
            TriggerKind::CustomerEnd => "v2.detail.events.conversation.{id}.customer.end",
            TriggerKind::CopilotSummary => "v2.users.{id}.conversations.summaries",
        }
    }

    /// The short name used in configuration and audit records.
    pub fn name(self) -> &'static str {
        match self {
            TriggerKind::AfterCallWork => "acw",
            TriggerKind::CustomerEnd => "customer.end",
            TriggerKind::CopilotSummary => "summaries",
        }
    }

    /// Accepts the short name or the full detail-type.
    pub fn from_config_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.name().eq_ignore_ascii_case(name) || k.detail_type() == name)
    }

    /// Classifies by `detail-type`; falls back to `detail.topicName` (which carries real ids).
    fn classify(detail_type: &str, topic_name: Option<&str>) -> Option<Self> {
        if let Some(kind) = Self::ALL
            .into_iter()
            .find(|k| k.detail_type() == detail_type)
        {
            return Some(kind);
        }
        let topic = topic_name?;
        let mid = |prefix: &str, suffix: &str| {
            topic
                .strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(suffix))
                .is_some_and(|id| !id.is_empty() && !id.contains('.'))
        };
        if mid("v2.detail.events.conversation.", ".acw") {
            Some(Self::AfterCallWork)
        } else if mid("v2.detail.events.conversation.", ".customer.end") {
            Some(Self::CustomerEnd)
        } else if mid("v2.users.", ".conversations.summaries") {
            Some(Self::CopilotSummary)
        } else {
            None
        }
    }
}

/// One Genesys conversation event that should produce a summary.
#[derive(Debug, Clone, PartialEq)]
pub struct GenesysEvent {
    /// EventBridge event id (unique per event; re-deliveries keep it).
    pub event_id: String,
    /// The Genesys org, from the event's `source`; `None` when the source is not a Genesys
    /// partner event source.
    pub org_id: Option<OrgId>,
    pub kind: TriggerKind,
    /// `detail.metadata.CorrelationId`.
    pub correlation_id: Option<String>,
    pub conversation_id: ConversationId,
    /// The agent: `userId` on acw, the AGENT participant on the summaries topic, none on customer.end.
    pub agent_id: Option<UserId>,
    pub participant_id: Option<String>,
    /// `sessionId` on detail events, `latestCommunicationId` on the summaries topic.
    pub communication_id: Option<String>,
    pub media_type: Option<String>,
    pub interacting_duration_ms: Option<u64>,
    /// Epoch milliseconds (`eventBody.eventTime`).
    pub event_time_ms: Option<i64>,
    /// What Genesys pushed on the summaries topic: the summary, or why there is none.
    pub pushed: Option<Pushed>,
    /// The wrap-up the agent applied (acw only).
    pub applied_wrapup: Option<AppliedWrapup>,
    /// What lets a CRM find the record the summary belongs to.
    pub record_keys: RecordKeys,
}

/// The conversation's queue, direction, external contacts and numbers, as the event carries them
/// (acw and customer.end: all of them; the summaries topic: the queue), or as the conversation
/// GET adds them (`CRM_READ_CONVERSATION`). Sent to the CRM in `match`
/// (docs/contracts.md, "CRM webhook"); read leniently: a malformed value here never makes the
/// event unreadable.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecordKeys {
    pub queue_id: Option<String>,
    /// `INBOUND` or `OUTBOUND`, as Genesys writes it.
    pub direction: Option<String>,
    pub external_contact_ids: Vec<String>,
    pub external_organization_ids: Vec<String>,
    /// The customer's number and the number dialled, as Genesys writes them (`tel:+1...`).
    pub ani: Option<String>,
    pub dnis: Option<String>,
}

impl RecordKeys {
    /// Fills what is missing here from `other`.
    pub fn fill_from(&mut self, other: RecordKeys) {
        self.queue_id = self.queue_id.take().or(other.queue_id);
        self.direction = self.direction.take().or(other.direction);
        self.ani = self.ani.take().or(other.ani);
        self.dnis = self.dnis.take().or(other.dnis);
        if self.external_contact_ids.is_empty() {
            self.external_contact_ids = other.external_contact_ids;
        }
        if self.external_organization_ids.is_empty() {
            self.external_organization_ids = other.external_organization_ids;
        }
    }
}

/// A number in E.164 (`+13175550100`) from what Genesys writes (`tel:+13175550100`,
/// `sip:+13175550100@host`); `None` for anything else (a chat address, a short code): never
/// guessed.
pub fn e164(address: &str) -> Option<String> {
    let number = address
        .trim()
        .trim_start_matches("tel:")
        .trim_start_matches("sip:")
        .split(['@', ';'])
        .next()?;
    let digits = number.strip_prefix('+')?;
    let valid = (7..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    valid.then(|| number.to_string())
}

/// The body of a summaries-topic event.
#[derive(Debug, Clone, PartialEq)]
pub enum Pushed {
    /// A finished summary, used as it is (its language is the summary's own).
    Summary(Box<Summary>),
    /// Genesys did not produce one and says why (`errorType`: `CONVERSATION_TOO_SHORT`,
    /// `CONVERSATION_TOO_LONG`, `RATE_LIMITED`, ...); the body then has no summary text.
    Failed { error_type: String },
}

impl GenesysEvent {
    /// An event with only its identity known (tests and tools fill in the rest).
    pub fn new(event_id: &str, kind: TriggerKind, conversation_id: ConversationId) -> Self {
        Self {
            event_id: event_id.to_string(),
            org_id: None,
            kind,
            correlation_id: None,
            conversation_id,
            agent_id: None,
            participant_id: None,
            communication_id: None,
            media_type: None,
            interacting_duration_ms: None,
            event_time_ms: None,
            pushed: None,
            applied_wrapup: None,
            record_keys: RecordKeys::default(),
        }
    }

    /// The unit of work this event is about; `org` is the org it was routed to when the
    /// deployment serves several.
    pub fn unit(&self, org: Option<&OrgId>) -> WorkUnit {
        WorkUnit {
            org_id: org.cloned(),
            conversation_id: self.conversation_id.clone(),
            agent_id: self.agent_id.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ParsedEvent {
    Supported(Box<GenesysEvent>),
    /// A topic this function does not act on: logged and counted, no audit record, no error.
    Ignored {
        detail_type: String,
        reason: String,
    },
}

/// A malformed event: every problem found, plus what could be read for the audit record.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("malformed event: {}", problems.join("; "))]
pub struct EventError {
    pub problems: Vec<String>,
    pub event_id: Option<String>,
    pub org_id: Option<OrgId>,
    pub kind: Option<TriggerKind>,
    pub conversation_id: Option<ConversationId>,
    pub agent_id: Option<UserId>,
    pub correlation_id: Option<String>,
}

impl EventError {
    /// True when the envelope itself is not an EventBridge event: nothing is known to audit.
    pub fn is_envelope_error(&self) -> bool {
        self.kind.is_none()
    }

    fn envelope(problems: Vec<String>, event_id: Option<String>) -> Self {
        EventError {
            problems,
            event_id,
            org_id: None,
            kind: None,
            conversation_id: None,
            agent_id: None,
            correlation_id: None,
        }
    }
}

/// Parses one EventBridge event. `enabled` lists the triggers configured for this deployment.
// The error carries what the audit record needs; it is built at most once per malformed event.
#[allow(clippy::result_large_err)]
pub fn parse(value: &Value, enabled: &[TriggerKind]) -> Result<ParsedEvent, EventError> {
    let mut p = Problems::default();
    let envelope = Envelope::read(value, &mut p)?;
    let kind = match TriggerKind::classify(&envelope.detail_type, envelope.topic_name()) {
        None => {
            return Ok(ParsedEvent::Ignored {
                detail_type: envelope.detail_type,
                reason: "not a supported Genesys topic".to_string(),
            });
        }
        Some(kind) if !enabled.contains(&kind) => {
            return Ok(ParsedEvent::Ignored {
                detail_type: envelope.detail_type,
                reason: format!("topic '{}' is not enabled in TRIGGER_TOPICS", kind.name()),
            });
        }
        Some(kind) => kind,
    };
    let mut known = Known {
        event_id: envelope.event_id,
        org_id: envelope.org_id,
        kind: Some(kind),
        ..Known::default()
    };
    let Some(detail) = envelope.detail else {
        return Err(p.into_error(known));
    };
    known.correlation_id = match detail.get("metadata") {
        Some(Value::Object(m)) => p.string(m, "CorrelationId", "detail.metadata.CorrelationId"),
        _ => None,
    };
    let Some(body) = p.object(detail, "eventBody", "detail.eventBody") else {
        return Err(p.into_error(known));
    };
    let fields = read_body(kind, body, envelope.topic_name, &mut p);
    known.conversation_id = fields.conversation_id.clone();
    known.agent_id = fields.agent_id.clone();
    if p.0.is_empty()
        && let Some(event) = fields.into_event(&known)
    {
        return Ok(ParsedEvent::Supported(Box::new(event)));
    }
    // A missing id or conversation id always pushed a problem, so this names it.
    Err(p.into_error(known))
}

/// The EventBridge fields every event has; `detail` is `None` when it is missing or not an object.
struct Envelope<'a> {
    event_id: Option<String>,
    org_id: Option<OrgId>,
    detail_type: String,
    detail: Option<&'a Map<String, Value>>,
    topic_name: Option<&'a str>,
}

impl<'a> Envelope<'a> {
    /// Fails when the value is not an EventBridge event at all (no `detail-type` to classify by).
    #[allow(clippy::result_large_err)]
    fn read(value: &'a Value, p: &mut Problems) -> Result<Self, EventError> {
        let Some(envelope) = value.as_object() else {
            let problem = format!("the event must be a JSON object, found {}", kind_of(value));
            return Err(EventError::envelope(vec![problem], None));
        };
        let event_id = p.required_string(envelope, "id", "id");
        let detail_type = p.required_string(envelope, "detail-type", "detail-type");
        let detail = p.object(envelope, "detail", "detail");
        let Some(detail_type) = detail_type else {
            return Err(EventError::envelope(std::mem::take(&mut p.0), event_id));
        };
        Ok(Self {
            event_id,
            org_id: envelope
                .get("source")
                .and_then(Value::as_str)
                .and_then(OrgId::from_event_source),
            detail_type,
            detail,
            topic_name: detail
                .and_then(|d| d.get("topicName"))
                .and_then(Value::as_str),
        })
    }

    fn topic_name(&self) -> Option<&'a str> {
        self.topic_name
    }
}

/// What has been read so far, for the audit record of a malformed event.
#[derive(Default)]
struct Known {
    event_id: Option<String>,
    org_id: Option<OrgId>,
    kind: Option<TriggerKind>,
    correlation_id: Option<String>,
    conversation_id: Option<ConversationId>,
    agent_id: Option<UserId>,
}

/// The `eventBody` fields, each `None` when absent or malformed (a problem names the latter).
#[derive(Default)]
struct BodyFields {
    conversation_id: Option<ConversationId>,
    agent_id: Option<UserId>,
    participant_id: Option<String>,
    communication_id: Option<String>,
    media_type: Option<String>,
    interacting_duration_ms: Option<u64>,
    event_time_ms: Option<i64>,
    pushed: Option<Pushed>,
    applied_wrapup: Option<AppliedWrapup>,
    record_keys: RecordKeys,
}

impl BodyFields {
    /// The event, when the envelope's id and the conversation id are known.
    fn into_event(self, known: &Known) -> Option<GenesysEvent> {
        Some(GenesysEvent {
            event_id: known.event_id.clone()?,
            org_id: known.org_id.clone(),
            kind: known.kind?,
            correlation_id: known.correlation_id.clone(),
            conversation_id: self.conversation_id?,
            agent_id: self.agent_id,
            participant_id: self.participant_id,
            communication_id: self.communication_id,
            media_type: self.media_type,
            interacting_duration_ms: self.interacting_duration_ms,
            event_time_ms: self.event_time_ms,
            pushed: self.pushed,
            applied_wrapup: self.applied_wrapup,
            record_keys: self.record_keys,
        })
    }
}

/// Reads the fields every topic shares, then the ones of `kind`.
fn read_body(
    kind: TriggerKind,
    body: &Map<String, Value>,
    topic_name: Option<&str>,
    p: &mut Problems,
) -> BodyFields {
    let mut fields = BodyFields {
        conversation_id: p.required(
            body,
            "conversationId",
            "eventBody.conversationId",
            ConversationId::parse,
        ),
        participant_id: p.string(body, "participantId", "eventBody.participantId"),
        media_type: p.string(body, "mediaType", "eventBody.mediaType"),
        event_time_ms: p.integer(body, "eventTime", "eventBody.eventTime"),
        interacting_duration_ms: p.duration(
            body,
            "interactingDurationMs",
            "eventBody.interactingDurationMs",
        ),
        record_keys: record_keys(body),
        ..BodyFields::default()
    };
    match kind {
        TriggerKind::AfterCallWork => {
            if matches!(body.get("userId"), None | Some(Value::Null)) {
                p.push("eventBody.userId (the agent) is missing on an acw event".to_string());
            }
            fields.agent_id = p.parsed(body, "userId", "eventBody.userId", UserId::parse);
            fields.communication_id = p.string(body, "sessionId", "eventBody.sessionId");
            fields.applied_wrapup = applied_wrapup(body, p);
        }
        TriggerKind::CustomerEnd => {
            fields.communication_id = p.string(body, "sessionId", "eventBody.sessionId");
        }
        TriggerKind::CopilotSummary => read_pushed_summary(body, topic_name, &mut fields, p),
    }
    fields
}

/// The summaries topic: the agent, the communication, and the summary itself or why there is none.
fn read_pushed_summary(
    body: &Map<String, Value>,
    topic_name: Option<&str>,
    fields: &mut BodyFields,
    p: &mut Problems,
) {
    let agent =
        agent_from_participants(body, p).or_else(|| topic_name.and_then(user_from_summaries_topic));
    fields.agent_id =
        agent.and_then(|id| p.parse_value(&id, "the summary's agent userId", UserId::parse));
    fields.communication_id = p.string(
        body,
        "latestCommunicationId",
        "eventBody.latestCommunicationId",
    );
    let error_type = p.string(body, "errorType", "eventBody.errorType");
    fields.pushed = match (fields.conversation_id.clone(), error_type) {
        (Some(id), error_type) => match (pushed_summary(body, id), error_type) {
            (Some(summary), _) => Some(Pushed::Summary(Box::new(summary))),
            (None, Some(error_type)) => Some(Pushed::Failed { error_type }),
            (None, None) => {
                p.push(
                    "eventBody.summary.text is missing or empty on a summaries event, and no errorType says why"
                        .to_string(),
                );
                None
            }
        },
        (None, _) => None,
    };
}

/// The queue, direction, external contacts and numbers: read where present and well-formed,
/// skipped otherwise.
fn record_keys(body: &Map<String, Value>) -> RecordKeys {
    let text = |key: &str| {
        body.get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let texts = |key: &str| -> Vec<String> {
        body.get(key)
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .filter(|s| !s.trim().is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    RecordKeys {
        queue_id: text("queueId"),
        direction: text("direction"),
        external_contact_ids: texts("conversationExternalContactIds"),
        external_organization_ids: texts("conversationExternalOrganizationIds"),
        ani: text("ani"),
        dnis: text("dnis"),
    }
}

/// The acw's `wrapupCode` and `wrapupNotes`, when the agent applied any.
fn applied_wrapup(body: &Map<String, Value>, p: &mut Problems) -> Option<AppliedWrapup> {
    let wrapup = AppliedWrapup {
        code: p.string(body, "wrapupCode", "eventBody.wrapupCode"),
        notes: match body.get("wrapupNotes") {
            // Genesys sends "" when the agent wrote nothing.
            Some(Value::String(s)) if s.trim().is_empty() => None,
            _ => p.string(body, "wrapupNotes", "eventBody.wrapupNotes"),
        },
    };
    (wrapup != AppliedWrapup::default()).then_some(wrapup)
}

fn agent_from_participants(body: &Map<String, Value>, p: &mut Problems) -> Option<String> {
    let participants = match body.get("participants") {
        None | Some(Value::Null) => return None,
        Some(Value::Array(items)) => items,
        Some(other) => {
            p.push(format!(
                "eventBody.participants must be an array, found {}",
                kind_of(other)
            ));
            return None;
        }
    };
    participants
        .iter()
        .filter_map(Value::as_object)
        .filter(|o| {
            o.get("purpose")
                .and_then(Value::as_str)
                .is_none_or(|purpose| purpose.eq_ignore_ascii_case("agent"))
        })
        .find_map(|o| o.get("userId").and_then(Value::as_str))
        .map(str::to_string)
}

fn user_from_summaries_topic(topic: &str) -> Option<String> {
    topic
        .strip_prefix("v2.users.")?
        .strip_suffix(".conversations.summaries")
        .map(str::to_string)
}

fn text_of(body: &Map<String, Value>, key: &str) -> Option<String> {
    body.get(key)?
        .get("text")?
        .as_str()
        .filter(|s| !s.trim().is_empty())
        .map(str::to_string)
}

fn pushed_summary(body: &Map<String, Value>, conversation_id: ConversationId) -> Option<Summary> {
    let text = text_of(body, "summary")?;
    let str_of = |value: Option<&Value>| value.and_then(Value::as_str).map(str::to_string);
    let items = |key| {
        body.get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
    };
    Some(Summary {
        summary_id: str_of(body.get("summaryId")),
        // Never a reason to refuse a summary Genesys already wrote: a tag that is not one is
        // left out.
        language: body
            .get("language")
            .and_then(Value::as_str)
            .and_then(LanguageTag::parse_lenient),
        reason: text_of(body, "reason"),
        resolution: text_of(body, "resolution"),
        resolution_outcome: str_of(
            body.get("resolution")
                .and_then(|r| r.get("resolutionValue")),
        ),
        followup: items("followupActions")
            .filter_map(|i| str_of(i.get("text")))
            .collect(),
        wrapup_codes: items("wrapUpCodes")
            .filter_map(|i| {
                Some(WrapupCode {
                    id: str_of(i.get("wrapUpCodeId"))?,
                    name: str_of(i.get("name")),
                })
            })
            .collect(),
        confidence: body
            .get("summary")
            .and_then(|s| s.get("score"))
            .and_then(Value::as_f64),
        created_at: str_of(body.get("createdDate")),
        // Genesys publishes the topic again after an agent edits the summary.
        edited: body.get("lastEditedBy").is_some_and(|v| !v.is_null()),
        ..Summary::new(conversation_id, text, SummaryOrigin::CopilotPush)
    })
}

/// Collected problems and typed field readers that record a precise message on a wrong type.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, message: String) {
        self.0.push(message);
    }

    fn into_error(self, known: Known) -> EventError {
        EventError {
            problems: self.0,
            event_id: known.event_id,
            org_id: known.org_id,
            kind: known.kind,
            conversation_id: known.conversation_id,
            agent_id: known.agent_id,
            correlation_id: known.correlation_id,
        }
    }

    /// A nested object; a problem when present but not an object (or, if `required`, absent).
    fn object<'a>(
        &mut self,
        obj: &'a Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<&'a Map<String, Value>> {
        match obj.get(key) {
            Some(Value::Object(inner)) => Some(inner),
            None | Some(Value::Null) => {
                self.push(format!("{path} is missing"));
                None
            }
            Some(other) => {
                self.push(format!(
                    "{path} must be an object, found {}",
                    kind_of(other)
                ));
                None
            }
        }
    }

    fn string(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.push(format!("{path} must not be empty"));
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                self.push(format!("{path} must be a string, found {}", kind_of(other)));
                None
            }
        }
    }

    fn required_string(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<String> {
        if matches!(obj.get(key), None | Some(Value::Null)) {
            self.push(format!("{path} is missing"));
        }
        self.string(obj, key, path)
    }

    /// A string field parsed into its type; a problem names the field and the bad value.
    fn parsed<T>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        parse: fn(&str) -> Result<T, ParseError>,
    ) -> Option<T> {
        let text = self.string(obj, key, path)?;
        self.parse_value(&text, path, parse)
    }

    fn parse_value<T>(
        &mut self,
        text: &str,
        path: &str,
        parse: fn(&str) -> Result<T, ParseError>,
    ) -> Option<T> {
        parse(text)
            .map_err(|error| self.push(format!("{path} {error}")))
            .ok()
    }

    fn required<T>(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        parse: fn(&str) -> Result<T, ParseError>,
    ) -> Option<T> {
        if matches!(obj.get(key), None | Some(Value::Null)) {
            self.push(format!("{path} is missing"));
        }
        self.parsed(obj, key, path, parse)
    }

    fn integer(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<i64> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => n.as_i64().or_else(|| {
                self.push(format!("{path} must be a whole number, found {n}"));
                None
            }),
            Some(other) => {
                self.push(format!("{path} must be a number, found {}", kind_of(other)));
                None
            }
        }
    }

    fn duration(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<u64> {
        let ms = self.integer(obj, key, path)?;
        u64::try_from(ms)
            .map_err(|_| self.push(format!("{path} must not be negative, found {ms}")))
            .ok()
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ALL: &[TriggerKind] = &[
        TriggerKind::AfterCallWork,
        TriggerKind::CustomerEnd,
        TriggerKind::CopilotSummary,
    ];

    fn event_file(name: &str) -> Value {
        let path = format!("{}/events/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn supported(value: &Value) -> GenesysEvent {
        match parse(value, ALL) {
            Ok(ParsedEvent::Supported(e)) => *e,
            other => panic!("expected a supported event, got {other:?}"),
        }
    }

    #[test]
    fn acw_sample_parses_with_the_agent_as_user_id() {
        let e = supported(&event_file("acw.json"));
        assert_eq!(e.kind, TriggerKind::AfterCallWork);
        assert_eq!(
            e.conversation_id.as_str(),
            "3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b"
        );
        assert_eq!(
            e.agent_id.as_ref().map(UserId::as_str),
            Some("a1b2c3d4-0000-4000-8000-000000000013")
        );
        assert_eq!(
            e.communication_id.as_deref(),
            Some("a1b2c3d4-0000-4000-8000-000000000012")
        );
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b")
        );
        assert_eq!(e.event_time_ms, Some(1_765_551_842_000));
        assert!(e.pushed.is_none());
        let wrapup = e.applied_wrapup.expect("the applied wrap-up");
        assert_eq!(
            wrapup.code.as_deref(),
            Some("a1b2c3d4-0000-4000-8000-000000000015")
        );
        assert_eq!(wrapup.notes, None, "Genesys's empty notes are no notes");
    }

    #[test]
    fn customer_end_sample_has_no_agent_and_carries_talk_time() {
        let e = supported(&event_file("customer-end.json"));
        assert_eq!(e.kind, TriggerKind::CustomerEnd);
        assert_eq!(e.agent_id, None);
        assert_eq!(e.interacting_duration_ms, Some(183_000));
    }

    #[test]
    fn copilot_summary_sample_carries_the_pushed_summary() {
        let e = supported(&event_file("copilot-summary.json"));
        assert_eq!(e.kind, TriggerKind::CopilotSummary);
        assert_eq!(
            e.agent_id.as_ref().map(UserId::as_str),
            Some("a1b2c3d4-0000-4000-8000-000000000013")
        );
        let Some(Pushed::Summary(s)) = e.pushed else {
            panic!("a pushed summary: {:?}", e.pushed)
        };
        assert_eq!(s.language.as_ref().map(LanguageTag::as_str), Some("en-us"));
        assert!(s.text.contains("appointment"));
        assert_eq!(s.resolution.as_deref(), Some("Appointment time confirmed"));
        assert_eq!(s.resolution_outcome.as_deref(), Some("Resolved"));
        assert_eq!(s.wrapup_codes[0].name.as_deref(), Some("Appointment"));
        assert_eq!(s.origin, SummaryOrigin::CopilotPush);
    }

    #[test]
    fn unsupported_topic_is_ignored_not_an_error() {
        match parse(&event_file("unsupported-topic.json"), ALL) {
            Ok(ParsedEvent::Ignored { detail_type, .. }) => {
                assert!(detail_type.contains("routing"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_topic_not_enabled_is_ignored_with_the_reason() {
        match parse(
            &event_file("customer-end.json"),
            &[TriggerKind::AfterCallWork],
        ) {
            Ok(ParsedEvent::Ignored { reason, .. }) => {
                assert!(reason.contains("TRIGGER_TOPICS"), "{reason}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn topic_name_is_used_when_detail_type_carries_real_ids() {
        let mut v = event_file("acw.json");
        v["detail-type"] =
            json!("v2.detail.events.conversation.3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b.acw");
        assert_eq!(supported(&v).kind, TriggerKind::AfterCallWork);
    }

    #[test]
    fn missing_conversation_id_is_named() {
        let err = parse(&event_file("malformed-missing-conversation-id.json"), ALL).unwrap_err();
        assert_eq!(err.kind, Some(TriggerKind::AfterCallWork));
        assert!(
            err.problems
                .iter()
                .any(|p| p == "eventBody.conversationId is missing"),
            "{err}"
        );
        assert!(err.event_id.is_some());
    }

    #[test]
    fn wrong_types_are_all_reported_together() {
        let err = parse(&event_file("malformed-wrong-types.json"), ALL).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("eventBody.conversationId must be a string, found a number"),
            "{text}"
        );
        assert!(
            text.contains("eventBody.eventTime must be a number, found a string"),
            "{text}"
        );
        assert!(
            text.contains("eventBody.userId must be a string, found an array"),
            "{text}"
        );
        assert_eq!(err.problems.len(), 3, "{text}");
    }

    /// The tutorial's `interactionId` rule, enforced where the id enters: a unit of work (and a
    /// DynamoDB key) is never made of an id that is not a conversation id.
    #[test]
    fn a_non_uuid_conversation_id_is_named_and_the_event_rejected() {
        let err = parse(&event_file("malformed-non-uuid-id.json"), ALL).unwrap_err();
        assert_eq!(err.kind, Some(TriggerKind::AfterCallWork));
        assert_eq!(
            err.problems,
            vec!["eventBody.conversationId 'conv-12345' must be a valid Genesys Cloud UUID"]
        );
    }

    #[test]
    fn ids_are_parsed_a_language_never_refuses_a_summary_and_a_null_required_field_is_missing() {
        let mut v = event_file("copilot-summary.json");
        v["detail"]["eventBody"]["language"] = json!("en_GB");
        let Some(Pushed::Summary(s)) = supported(&v).pushed else {
            panic!()
        };
        assert_eq!(s.language.unwrap().as_str(), "en-GB");
        v["detail"]["eventBody"]["language"] = json!("klingon!");
        let Some(Pushed::Summary(s)) = supported(&v).pushed else {
            panic!()
        };
        assert_eq!(s.language, None, "left out, not refused");

        v["detail"]["eventBody"]["participants"][0]["userId"] = json!("agent-7");
        let err = parse(&v, ALL).unwrap_err();
        assert_eq!(
            err.problems,
            vec!["the summary's agent userId 'agent-7' must be a valid Genesys Cloud UUID"]
        );
        let mut v = event_file("acw.json");
        v["detail"]["eventBody"]["conversationId"] = Value::Null;
        let err = parse(&v, ALL).unwrap_err();
        assert!(!err.is_envelope_error());
        assert_eq!(err.problems, vec!["eventBody.conversationId is missing"]);
    }

    /// A summaries body with `errorType` has no summary text (Genesys's
    /// ConversationSummaryTopicConversationSummaryEvent).
    #[test]
    fn a_summaries_event_that_carries_an_error_is_read_as_the_error() {
        let mut v = event_file("copilot-summary.json");
        let body = &mut v["detail"]["eventBody"];
        body.as_object_mut().unwrap().remove("summary");
        body["errorType"] = json!("CONVERSATION_TOO_SHORT");
        assert_eq!(
            supported(&v).pushed,
            Some(Pushed::Failed {
                error_type: "CONVERSATION_TOO_SHORT".into()
            })
        );
        v["detail"]["eventBody"]
            .as_object_mut()
            .unwrap()
            .remove("errorType");
        let err = parse(&v, ALL).unwrap_err();
        assert!(err.problems[0].contains("no errorType says why"), "{err}");
    }

    #[test]
    fn envelope_errors_know_nothing_to_audit() {
        for value in [json!([]), json!("acw"), json!({"detail": {}}), json!(null)] {
            let err = parse(&value, ALL).unwrap_err();
            assert!(err.is_envelope_error(), "{value}: {err:?}");
            assert!(!err.problems.is_empty());
        }
    }

    #[test]
    fn unknown_fields_and_enum_values_are_accepted() {
        let mut v = event_file("acw.json");
        v["detail"]["eventBody"]["mediaType"] = json!("HOLOGRAM");
        v["detail"]["eventBody"]["brandNewField"] = json!({"nested": [1, 2]});
        v["detail"]["somethingElse"] = json!(true);
        assert_eq!(supported(&v).media_type.as_deref(), Some("HOLOGRAM"));
    }

    /// Every sample in events/ must parse to the outcome its name promises.
    #[test]
    fn every_file_in_events_parses_to_its_expected_outcome() {
        let dir = format!("{}/events", env!("CARGO_MANIFEST_DIR"));
        let mut seen = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if !name.ends_with(".json") {
                continue;
            }
            seen += 1;
            let result = parse(&event_file(&name), ALL);
            if name.starts_with("malformed-") {
                let err = result.expect_err(&name);
                assert!(!err.problems.is_empty(), "{name}");
            } else if name.starts_with("unsupported-") {
                assert!(
                    matches!(result, Ok(ParsedEvent::Ignored { .. })),
                    "{name}: {result:?}"
                );
            } else {
                assert!(
                    matches!(result, Ok(ParsedEvent::Supported(_))),
                    "{name}: {result:?}"
                );
            }
        }
        assert!(seen >= 7, "only {seen} samples in {dir}");
    }

    #[test]
    fn record_keys_are_read_leniently_and_numbers_only_in_e164() {
        let mut v = event_file("acw.json");
        v["detail"]["eventBody"]["conversationExternalContactIds"] = json!(["c1", "", 7]);
        v["detail"]["eventBody"]["queueId"] = json!(42);
        let keys = supported(&v).record_keys;
        assert_eq!(keys.external_contact_ids, ["c1"]);
        assert_eq!(
            keys.queue_id, None,
            "a malformed queue id is skipped, not an error"
        );
        assert_eq!(keys.direction.as_deref(), Some("INBOUND"));
        assert_eq!(keys.ani.as_deref(), Some("tel:+15555550520"));
        assert_eq!(e164("tel:+15555550520").as_deref(), Some("+15555550520"));
        assert_eq!(
            e164("sip:+4930123456@edge.example;user=phone").as_deref(),
            Some("+4930123456")
        );
        assert_eq!(e164("tel:5555550520"), None);
        assert_eq!(e164("customer@example.com"), None);
        assert_eq!(e164("+0123456789"), None);
    }
}
