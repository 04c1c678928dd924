//! The EventBridge envelope with a Genesys `detail` (DESIGN.md section 2, GENESYS.md).
//!
//! Parsing is deliberately field by field over `serde_json::Value` instead of one derived struct:
//! every eventBody field is optional in Genesys's own models, unknown fields must be accepted, and
//! a malformed event must be rejected with a message that names *every* bad field at once.

use serde_json::{Map, Value};

use crate::summary::{Summary, SummaryOrigin, WrapupCode};

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
        [Self::AfterCallWork, Self::CustomerEnd, Self::CopilotSummary]
            .into_iter()
            .find(|k| k.name().eq_ignore_ascii_case(name) || k.detail_type() == name)
    }

    /// Classifies by `detail-type`; falls back to `detail.topicName` (which carries real ids).
    fn classify(detail_type: &str, topic_name: Option<&str>) -> Option<Self> {
        if let Some(kind) = [Self::AfterCallWork, Self::CustomerEnd, Self::CopilotSummary]
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
    pub kind: TriggerKind,
    /// `detail.metadata.CorrelationId`.
    pub correlation_id: Option<String>,
    pub conversation_id: String,
    /// The agent: `userId` on acw, the AGENT participant on the summaries topic, none on customer.end.
    pub agent_id: Option<String>,
    pub participant_id: Option<String>,
    /// `sessionId` on detail events, `latestCommunicationId` on the summaries topic.
    pub communication_id: Option<String>,
    pub media_type: Option<String>,
    pub language: Option<String>,
    pub interacting_duration_ms: Option<u64>,
    /// Epoch milliseconds (`eventBody.eventTime`).
    pub event_time_ms: Option<i64>,
    /// The summary Genesys pushed (summaries topic only).
    pub pushed_summary: Option<Summary>,
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
    pub kind: Option<TriggerKind>,
    pub conversation_id: Option<String>,
    pub agent_id: Option<String>,
    pub correlation_id: Option<String>,
}

impl EventError {
    /// True when the envelope itself is not an EventBridge event: nothing is known to audit.
    pub fn is_envelope_error(&self) -> bool {
        self.kind.is_none()
    }
}

/// Parses one EventBridge event. `enabled` lists the triggers configured for this deployment.
// The error carries what the audit record needs; it is built at most once per malformed event.
#[allow(clippy::result_large_err)]
pub fn parse(value: &Value, enabled: &[TriggerKind]) -> Result<ParsedEvent, EventError> {
    let mut p = Problems::default();
    let Some(envelope) = value.as_object() else {
        return Err(EventError::envelope(format!(
            "the event must be a JSON object, found {}",
            kind_of(value)
        )));
    };
    let event_id = p.required_string(envelope, "id", "id");
    let detail_type = p.required_string(envelope, "detail-type", "detail-type");
    let detail = match envelope.get("detail") {
        Some(Value::Object(d)) => Some(d),
        None | Some(Value::Null) => {
            p.push("detail is missing".to_string());
            None
        }
        Some(other) => {
            p.push(format!(
                "detail must be an object, found {}",
                kind_of(other)
            ));
            None
        }
    };
    let topic_name = detail
        .and_then(|d| d.get("topicName"))
        .and_then(Value::as_str);
    let Some(detail_type) = detail_type else {
        return Err(EventError {
            event_id,
            ..EventError::envelope_problems(p.0)
        });
    };
    let Some(kind) = TriggerKind::classify(&detail_type, topic_name) else {
        return Ok(ParsedEvent::Ignored {
            detail_type,
            reason: "not a supported Genesys topic".to_string(),
        });
    };
    if !enabled.contains(&kind) {
        return Ok(ParsedEvent::Ignored {
            detail_type,
            reason: format!("topic '{}' is not enabled in TRIGGER_TOPICS", kind.name()),
        });
    }
    let Some(detail) = detail else {
        return Err(EventError {
            event_id,
            kind: Some(kind),
            ..EventError::envelope_problems(p.0)
        });
    };

    let correlation_id = match detail.get("metadata") {
        Some(Value::Object(m)) => p.string(m, "CorrelationId", "detail.metadata.CorrelationId"),
        _ => None,
    };
    let body = match detail.get("eventBody") {
        Some(Value::Object(b)) => b,
        None | Some(Value::Null) => {
            p.push("detail.eventBody is missing".to_string());
            return Err(p.into_error(event_id, Some(kind), None, None, correlation_id));
        }
        Some(other) => {
            p.push(format!(
                "detail.eventBody must be an object, found {}",
                kind_of(other)
            ));
            return Err(p.into_error(event_id, Some(kind), None, None, correlation_id));
        }
    };

    let conversation_id = p.string(body, "conversationId", "eventBody.conversationId");
    if conversation_id.is_none() && !body.contains_key("conversationId") {
        p.push("eventBody.conversationId is missing".to_string());
    }
    let participant_id = p.string(body, "participantId", "eventBody.participantId");
    let media_type = p.string(body, "mediaType", "eventBody.mediaType");
    let event_time_ms = p.integer(body, "eventTime", "eventBody.eventTime");
    let interacting_duration_ms = p
        .integer(
            body,
            "interactingDurationMs",
            "eventBody.interactingDurationMs",
        )
        .and_then(|ms| match u64::try_from(ms) {
            Ok(v) => Some(v),
            Err(_) => {
                p.push(format!(
                    "eventBody.interactingDurationMs must not be negative, found {ms}"
                ));
                None
            }
        });

    let (agent_id, communication_id, language, pushed) = match kind {
        TriggerKind::AfterCallWork => {
            let agent = p.string(body, "userId", "eventBody.userId");
            if agent.is_none() && !body.contains_key("userId") {
                p.push("eventBody.userId (the agent) is missing on an acw event".to_string());
            }
            (
                agent,
                p.string(body, "sessionId", "eventBody.sessionId"),
                None,
                None,
            )
        }
        TriggerKind::CustomerEnd => (
            None,
            p.string(body, "sessionId", "eventBody.sessionId"),
            None,
            None,
        ),
        TriggerKind::CopilotSummary => {
            let agent = agent_from_participants(body, &mut p)
                .or_else(|| topic_name.and_then(user_from_summaries_topic));
            let communication = p.string(
                body,
                "latestCommunicationId",
                "eventBody.latestCommunicationId",
            );
            let language = p.string(body, "language", "eventBody.language");
            let pushed = conversation_id
                .as_deref()
                .and_then(|id| pushed_summary(body, id, language.clone(), &mut p));
            (agent, communication, language, pushed)
        }
    };

    if !p.0.is_empty() {
        return Err(p.into_error(
            event_id,
            Some(kind),
            conversation_id,
            agent_id,
            correlation_id,
        ));
    }
    let (Some(event_id), Some(conversation_id)) = (event_id, conversation_id) else {
        // Unreachable in practice: a missing id or conversation id pushed a problem above.
        return Err(EventError::envelope(
            "event id or conversation id missing".to_string(),
        ));
    };
    Ok(ParsedEvent::Supported(Box::new(GenesysEvent {
        event_id,
        kind,
        correlation_id,
        conversation_id,
        agent_id,
        participant_id,
        communication_id,
        media_type,
        language,
        interacting_duration_ms,
        event_time_ms,
        pushed_summary: pushed,
    })))
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
    let agents: Vec<&str> = participants
        .iter()
        .filter_map(Value::as_object)
        .filter(|o| {
            o.get("purpose")
                .and_then(Value::as_str)
                .is_none_or(|purpose| purpose.eq_ignore_ascii_case("agent"))
        })
        .filter_map(|o| o.get("userId").and_then(Value::as_str))
        .collect();
    agents.first().map(|s| s.to_string())
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

fn pushed_summary(
    body: &Map<String, Value>,
    conversation_id: &str,
    language: Option<String>,
    p: &mut Problems,
) -> Option<Summary> {
    let Some(text) = text_of(body, "summary") else {
        p.push("eventBody.summary.text is missing or empty on a summaries event".to_string());
        return None;
    };
    let followup = match body.get("followupActions") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| i.get("text").and_then(Value::as_str))
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    };
    let wrapup_codes = match body.get("wrapUpCodes") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| {
                Some(WrapupCode {
                    id: i.get("wrapUpCodeId").and_then(Value::as_str)?.to_string(),
                    name: i.get("name").and_then(Value::as_str).map(str::to_string),
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    Some(Summary {
        conversation_id: conversation_id.to_string(),
        summary_id: body
            .get("summaryId")
            .and_then(Value::as_str)
            .map(str::to_string),
        text,
        language,
        reason: text_of(body, "reason"),
        resolution: text_of(body, "resolution"),
        resolution_outcome: body
            .get("resolution")
            .and_then(|r| r.get("resolutionValue"))
            .and_then(Value::as_str)
            .map(str::to_string),
        followup,
        wrapup_codes,
        confidence: body
            .get("summary")
            .and_then(|s| s.get("score"))
            .and_then(Value::as_f64),
        origin: SummaryOrigin::CopilotPush,
        created_at: body
            .get("createdDate")
            .and_then(Value::as_str)
            .map(str::to_string),
        edited: false,
    })
}

/// Collected problems and typed field readers that record a precise message on a wrong type.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, message: String) {
        self.0.push(message);
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

    fn into_error(
        self,
        event_id: Option<String>,
        kind: Option<TriggerKind>,
        conversation_id: Option<String>,
        agent_id: Option<String>,
        correlation_id: Option<String>,
    ) -> EventError {
        EventError {
            problems: self.0,
            event_id,
            kind,
            conversation_id,
            agent_id,
            correlation_id,
        }
    }
}

impl EventError {
    fn envelope(problem: String) -> Self {
        Self::envelope_problems(vec![problem])
    }

    fn envelope_problems(problems: Vec<String>) -> Self {
        EventError {
            problems,
            event_id: None,
            kind: None,
            conversation_id: None,
            agent_id: None,
            correlation_id: None,
        }
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
        assert_eq!(e.conversation_id, "3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b");
        assert_eq!(
            e.agent_id.as_deref(),
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
        assert!(e.pushed_summary.is_none());
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
            e.agent_id.as_deref(),
            Some("a1b2c3d4-0000-4000-8000-000000000013")
        );
        assert_eq!(e.language.as_deref(), Some("en-us"));
        let s = e.pushed_summary.expect("summary");
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

    #[test]
    fn non_uuid_conversation_id_parses_and_is_left_to_validation() {
        let e = supported(&event_file("malformed-non-uuid-id.json"));
        assert_eq!(e.conversation_id, "conv-12345");
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
            if name.starts_with("malformed-non-uuid") {
                assert!(
                    matches!(result, Ok(ParsedEvent::Supported(_))),
                    "{name}: {result:?}"
                );
            } else if name.starts_with("malformed-") {
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
}
