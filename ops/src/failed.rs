//! What sits in the failed-events queue, in its two shapes (docs/contracts.md, "Failed events"):
//!
//! - the rule's dead letters: the EventBridge event itself as the body, with message attributes
//!   `RULE_ARN`, `TARGET_ARN`, `ERROR_CODE`, `ERROR_MESSAGE`, `EXHAUSTED_RETRY_CONDITION`;
//! - Lambda's on-failure destination: an invocation record, `{version, timestamp,
//!   requestContext{requestId, functionArn, condition, approximateInvokeCount}, requestPayload,
//!   responseContext{statusCode, functionError}, responsePayload}`, the event in `requestPayload`.

use std::collections::HashMap;

use serde_json::Value;

/// A failed event, recognised.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedEvent {
    /// The EventBridge event to send through again.
    pub event: Value,
    pub origin: Origin,
    /// Why it failed, as the message says.
    pub why: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// EventBridge could not deliver it (the rule's dead-letter queue).
    RuleDeadLetter,
    /// The function failed it through Lambda's retries (the on-failure destination).
    InvocationRecord,
}

impl Origin {
    pub fn describe(self) -> &'static str {
        match self {
            Origin::RuleDeadLetter => "EventBridge dead letter",
            Origin::InvocationRecord => "Lambda invocation record",
        }
    }
}

/// Recognises a queue message; `Err` says why it is not one of the two shapes.
pub fn recognise(body: &str, attributes: &HashMap<String, String>) -> Result<FailedEvent, String> {
    let value: Value =
        serde_json::from_str(body).map_err(|_| "the body is not JSON".to_string())?;
    if let Some(payload) = value.get("requestPayload") {
        if !value.get("requestContext").is_some_and(Value::is_object) {
            return Err("requestPayload without a requestContext".to_string());
        }
        let event = event_or_why(payload.clone())?;
        let condition = value["requestContext"]["condition"]
            .as_str()
            .unwrap_or("unknown condition");
        let error = value["responsePayload"]["errorType"]
            .as_str()
            .or_else(|| value["responseContext"]["functionError"].as_str())
            .unwrap_or("no error type");
        return Ok(FailedEvent {
            event,
            origin: Origin::InvocationRecord,
            why: format!("{condition}, {error}"),
        });
    }
    let event = event_or_why(value)?;
    let attribute = |name: &str| attributes.get(name).map(String::as_str);
    let why = match (
        attribute("ERROR_CODE"),
        attribute("EXHAUSTED_RETRY_CONDITION"),
    ) {
        (Some(code), Some(condition)) => format!("{code}, {condition}"),
        (Some(code), None) => code.to_string(),
        _ => "no ERROR_CODE attribute".to_string(),
    };
    Ok(FailedEvent {
        event,
        origin: Origin::RuleDeadLetter,
        why,
    })
}

/// `value` when it looks like an EventBridge event (an object with `detail-type`).
fn event_or_why(value: Value) -> Result<Value, String> {
    match value.get("detail-type") {
        Some(Value::String(_)) => Ok(value),
        _ if value.is_object() => Err("a JSON object that is not an EventBridge event".to_string()),
        _ => Err("JSON that is not an EventBridge event".to_string()),
    }
}

/// The conversation and topic an event is about, for the progress line.
pub fn summary_of(event: &Value) -> String {
    let conversation = event["detail"]["eventBody"]["conversationId"]
        .as_str()
        .unwrap_or("(no conversation id)");
    let topic = event["detail-type"].as_str().unwrap_or("(no detail-type)");
    let kind = topic.rsplit("}.").next().unwrap_or(topic);
    format!("conversation {conversation} ({kind})")
}
