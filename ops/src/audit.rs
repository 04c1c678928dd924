//! `summary-ops audit CONVERSATION_ID`: a conversation's whole trail, its claims (one per unit of
//! work) and its immutable audit records, oldest record first (docs/contracts.md, "Audit table").

use std::io::Write;

use aws_sdk_dynamodb::types::AttributeValue;
use genesys_summary_lambda::adapters::dynamodb::from_attribute;
use serde_json::{Map, Value};

use genesys_summary_lambda::domain::ids::{ConversationId, OrgId};
use genesys_summary_lambda::domain::work::WorkUnit;

use crate::OpsError;

/// The partition key a conversation's claims and records are filed under: the conversation id,
/// or with `org` (a stack serving several orgs) `<orgId>#<conversationId>`, as the function keys
/// them ([`WorkUnit::partition`]).
pub fn partition(conversation_id: &str, org: Option<OrgId>) -> Result<String, OpsError> {
    let conversation_id = ConversationId::parse(conversation_id)
        .map_err(|e| OpsError::Input(format!("conversation id {e}")))?;
    Ok(WorkUnit {
        org_id: org,
        conversation_id,
        agent_id: None,
    }
    .partition())
}

/// Every item under `partition` (see [`partition`]), as JSON, claims first.
pub async fn trail(
    dynamodb: &aws_sdk_dynamodb::Client,
    table: &str,
    partition: &str,
) -> Result<Vec<Map<String, Value>>, OpsError> {
    let mut items = Vec::new();
    let mut start: Option<std::collections::HashMap<String, AttributeValue>> = None;
    loop {
        let page = dynamodb
            .query()
            .table_name(table)
            .key_condition_expression("pk = :pk")
            .expression_attribute_values(":pk", AttributeValue::S(partition.to_string()))
            .consistent_read(true)
            .set_exclusive_start_key(start.take())
            .send()
            .await
            .map_err(|e| OpsError::aws("DynamoDB Query", e))?;
        for item in page.items() {
            if let Value::Object(map) = from_attribute(&AttributeValue::M(item.clone())) {
                items.push(map);
            }
        }
        match page.last_evaluated_key() {
            Some(key) => start = Some(key.clone()),
            None => break,
        }
    }
    // Sort keys order the records by time already; claims (`work#...`) sort after `audit#...`.
    items.sort_by_key(|item| !text(item, "sk").starts_with("work#"));
    Ok(items)
}

fn text<'a>(item: &'a Map<String, Value>, key: &str) -> &'a str {
    item.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The trail as a table: one line per claim, one per record.
pub fn write_table(
    out: &mut dyn Write,
    conversation_id: &str,
    items: &[Map<String, Value>],
) -> std::io::Result<()> {
    if items.is_empty() {
        return writeln!(
            out,
            "no claims or audit records for conversation {conversation_id} (a stack serving several orgs files them by org: add --org <orgId>)"
        );
    }
    writeln!(out, "conversation {conversation_id}")?;
    let field = |item: &Map<String, Value>, key: &str| match item.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => "-".to_string(),
        Some(other) => other.to_string(),
    };
    for item in items {
        let line = if text(item, "sk").starts_with("work#") {
            format!(
                "claim   {:<36}  state {:<11} attempts {}  last {}",
                field(item, "scope"),
                field(item, "state"),
                field(item, "attempts"),
                field(item, "lastEvent"),
            )
        } else {
            format!(
                "record  {}  {:<28} {:<12} agent {}  attempt {}  webhook {}  {}",
                field(item, "recordedAt"),
                field(item, "event"),
                field(item, "trigger"),
                field(item, "agentId"),
                field(item, "attempt"),
                field(item, "webhookStatus"),
                item.get("error").and_then(Value::as_str).unwrap_or(""),
            )
        };
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
