//! DynamoDB adapters: the shared token cache ([`TokenCache`]) and the audit/idempotency table
//! ([`WorkStore`]).
//!
//! Audit table layout (partition key `pk`, sort key `sk`, both strings):
//! - `pk = <conversationId>`, `sk = work#<agentId|conversation>`: the claim of a unit of work
//!   (`state`, `claimId`, `leaseUntil` epoch ms, `attempts`, optional `resumePayload`).
//! - `pk = <conversationId>`, `sk = audit#<scope>#<recordedAt>#<claimId>`: an immutable audit record.
//! - `pk = event#<eventId>`, `sk = audit#rejected`: the record of an event whose body was
//!   unreadable, or that came from an org the deployment does not serve.
//!
//! With several orgs (`GENESYS_ORGS`) the conversation's `pk` is `<orgId>#<conversationId>`
//! ([`WorkUnit::partition`]). One `Query` on it returns the conversation's claims and its whole
//! audit trail.

use std::collections::HashMap;

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::error::{DisplayErrorContext, SdkError};
use aws_sdk_dynamodb::operation::put_item::PutItemError;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::operation::update_item::UpdateItemError;
use aws_sdk_dynamodb::operation::update_item::builders::UpdateItemFluentBuilder;
use aws_sdk_dynamodb::types::{
    AttributeValue, CancellationReason, Put, ReturnValue, ReturnValuesOnConditionCheckFailure,
    TransactWriteItem, Update,
};
use serde_json::Value;

use crate::clock::{unix_millis, unix_seconds};
use crate::domain::audit::AuditRecord;
use crate::domain::work::{WorkState, WorkUnit};
use crate::ports::tokens::{CachedToken, TokenCache};
use crate::ports::work_store::{Claim, Completion, Resume, WorkStore};
use crate::ports::{DependencyError, Secret};

type Item = HashMap<String, AttributeValue>;

fn failure<E: std::error::Error + 'static>(operation: &'static str, error: &E) -> DependencyError {
    DependencyError {
        service: "DynamoDB",
        operation,
        message: DisplayErrorContext(error).to_string(),
    }
}

fn s(value: impl Into<String>) -> AttributeValue {
    AttributeValue::S(value.into())
}

fn n(value: impl ToString) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

fn get_s<'a>(item: &'a Item, key: &str) -> Option<&'a str> {
    item.get(key)
        .and_then(|v| v.as_s().ok())
        .map(String::as_str)
}

fn get_n(item: &Item, key: &str) -> Option<i64> {
    item.get(key)
        .and_then(|v| v.as_n().ok())
        .and_then(|v| v.parse().ok())
}

/// A conditional `PutItem`: true when written, false when its condition did not hold.
fn conditional_put<R>(
    result: Result<R, SdkError<PutItemError, aws_sdk_dynamodb::config::http::HttpResponse>>,
) -> Result<bool, DependencyError> {
    match result {
        Ok(_) => Ok(true),
        Err(SdkError::ServiceError(context))
            if matches!(
                context.err(),
                PutItemError::ConditionalCheckFailedException(_)
            ) =>
        {
            Ok(false)
        }
        Err(e) => Err(failure("PutItem", &e)),
    }
}

/// JSON to a DynamoDB attribute; `null` becomes `NULL`.
pub fn to_attribute(value: &Value) -> AttributeValue {
    match value {
        Value::Null => AttributeValue::Null(true),
        Value::Bool(b) => AttributeValue::Bool(*b),
        Value::Number(num) => AttributeValue::N(num.to_string()),
        Value::String(text) => AttributeValue::S(text.clone()),
        Value::Array(items) => AttributeValue::L(items.iter().map(to_attribute).collect()),
        Value::Object(map) => AttributeValue::M(
            map.iter()
                .map(|(k, v)| (k.clone(), to_attribute(v)))
                .collect(),
        ),
    }
}

/// A DynamoDB attribute as JSON (numbers as JSON numbers when they parse, sets as arrays), for
/// reading items back (the operations tool shows audit trails with it).
pub fn from_attribute(value: &AttributeValue) -> Value {
    match value {
        AttributeValue::S(text) => Value::String(text.clone()),
        AttributeValue::N(number) => number
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| number.parse::<f64>().map(Value::from))
            .unwrap_or_else(|_| Value::String(number.clone())),
        AttributeValue::Bool(b) => Value::Bool(*b),
        AttributeValue::L(items) => Value::Array(items.iter().map(from_attribute).collect()),
        AttributeValue::M(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), from_attribute(v)))
                .collect(),
        ),
        AttributeValue::Ss(items) => items.iter().cloned().map(Value::String).collect(),
        AttributeValue::Ns(items) => items.iter().cloned().map(Value::String).collect(),
        _ => Value::Null,
    }
}

/// The shared token cache: one item per OAuth client, `pk = token#<hash>`, and its refresh lease,
/// `pk = token#<hash>#lease` (`holder`, `leaseUntil` epoch ms).
#[derive(Clone)]
pub struct DynamoTokenCache {
    client: Client,
    table: String,
}

impl DynamoTokenCache {
    pub fn new(client: Client, table: impl Into<String>) -> Self {
        Self {
            client,
            table: table.into(),
        }
    }
}

impl TokenCache for DynamoTokenCache {
    async fn load(&self, key: &str) -> Result<Option<CachedToken>, DependencyError> {
        let output = self
            .client
            .get_item()
            .table_name(&self.table)
            .key("pk", s(key))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| failure("GetItem", &e))?;
        Ok(output.item().and_then(|item| {
            Some(CachedToken {
                access_token: Secret::new(get_s(item, "accessToken")?),
                expires_at: get_n(item, "expiresAt")?,
            })
        }))
    }

    async fn store(&self, key: &str, token: &CachedToken) -> Result<(), DependencyError> {
        self.client
            .put_item()
            .table_name(&self.table)
            .item("pk", s(key))
            .item("accessToken", s(token.access_token.expose()))
            .item("expiresAt", n(token.expires_at))
            .item("ttl", n(token.expires_at.max(unix_seconds())))
            .item("updatedAt", n(unix_seconds()))
            .send()
            .await
            .map_err(|e| failure("PutItem", &e))?;
        Ok(())
    }

    async fn try_lease(
        &self,
        key: &str,
        holder: &str,
        until_ms: u64,
    ) -> Result<bool, DependencyError> {
        self.put_lease(
            key,
            holder,
            until_ms,
            "attribute_not_exists(pk) OR leaseUntil < :now OR holder = :holder",
        )
        .await
    }

    async fn release_lease(&self, key: &str, holder: &str) -> Result<(), DependencyError> {
        // An expired lease, written only while we still hold it (PutItem keeps IAM to Get/PutItem).
        self.put_lease(key, holder, 0, "holder = :holder")
            .await
            .map(|_| ())
    }
}

impl DynamoTokenCache {
    /// Writes the lease item if `condition` holds; false when it does not.
    async fn put_lease(
        &self,
        key: &str,
        holder: &str,
        until_ms: u64,
        condition: &str,
    ) -> Result<bool, DependencyError> {
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .item("pk", s(format!("{key}#lease")))
            .item("holder", s(holder))
            .item("leaseUntil", n(until_ms))
            .item("ttl", n(unix_seconds() + 3600))
            .condition_expression(condition)
            .expression_attribute_values(":holder", s(holder))
            .expression_attribute_values(":now", n(unix_millis()))
            .send()
            .await;
        conditional_put(result)
    }
}

/// Claims and audit records in the audit table.
#[derive(Clone)]
pub struct DynamoWorkStore {
    client: Client,
    table: String,
    retention_days: Option<u32>,
}

impl DynamoWorkStore {
    pub fn new(client: Client, table: impl Into<String>, retention_days: Option<u32>) -> Self {
        Self {
            client,
            table: table.into(),
            retention_days,
        }
    }

    fn work_key(unit: &WorkUnit) -> (AttributeValue, AttributeValue) {
        (s(unit.partition()), s(format!("work#{}", unit.scope())))
    }

    /// The audit record as top-level attributes, plus keys and TTL.
    fn audit_item(&self, pk: String, sk: String, record: &AuditRecord) -> Item {
        let mut item: Item = match serde_json::to_value(record) {
            Ok(Value::Object(map)) => map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), to_attribute(v)))
                .collect(),
            _ => Item::new(),
        };
        item.insert("pk".into(), s(pk));
        item.insert("sk".into(), s(sk));
        item.insert("kind".into(), s("audit"));
        if let Some(at) = self.expiry() {
            item.insert("ttl".into(), n(at));
        }
        item
    }

    /// The conditional `UpdateItem` that claims `unit`. A first claim is taken when the unit is
    /// new, FAILED, or held by an expired lease; a reopening, when the unit is COMPLETED and the
    /// CRM does not have `version` yet, for the next revision. The claim expires with the audit
    /// records it belongs to.
    fn claim_request(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
        reopen_for: Option<&str>,
    ) -> UpdateItemFluentBuilder {
        let (pk, sk) = Self::work_key(unit);
        let (set_optional, optional) = self.optional_claim_attributes(unit);
        let (set_revision, condition) = match reopen_for {
            None => (
                "",
                // The last clause makes the claim idempotent: an SDK retry of a write that did
                // land (the response timed out) finds its own claim id and succeeds again.
                "attribute_not_exists(pk) OR #state = :failed OR (#state = :in_progress AND leaseUntil < :now) \
                 OR (#state = :in_progress AND claimId = :claim)",
            ),
            Some(_) => (
                ", revision = if_not_exists(revision, :one) + :one",
                "#state = :completed AND NOT contains(syncedVersions, :version)",
            ),
        };
        let request = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", pk)
            .key("sk", sk)
            .update_expression(format!(
                "SET #state = :in_progress, claimId = :claim, leaseUntil = :lease, claimedAt = :now, \
                 conversationId = :conversation, #scope = :scope, kind = :kind, \
                 attempts = if_not_exists(attempts, :zero) + :one{set_optional}{set_revision}"
            ))
            .condition_expression(condition)
            .expression_attribute_names("#state", "state")
            .expression_attribute_names("#scope", "scope")
            .expression_attribute_values(":in_progress", s(WorkState::InProgress.as_str()))
            .expression_attribute_values(":claim", s(claim_id))
            .expression_attribute_values(":lease", n(lease_until_ms))
            .expression_attribute_values(":now", n(unix_millis()))
            .expression_attribute_values(":conversation", s(unit.conversation_id.as_str()))
            .expression_attribute_values(":scope", s(unit.scope()))
            .expression_attribute_values(":kind", s("work"))
            .expression_attribute_values(":zero", n(0))
            .expression_attribute_values(":one", n(1))
            .return_values(ReturnValue::AllNew)
            .return_values_on_condition_check_failure(ReturnValuesOnConditionCheckFailure::AllOld);
        let request = match reopen_for {
            None => request.expression_attribute_values(":failed", s(WorkState::Failed.as_str())),
            Some(version) => request
                .expression_attribute_values(":completed", s(WorkState::Completed.as_str()))
                .expression_attribute_values(":version", s(version)),
        };
        optional(request)
    }

    /// What a claim holds only sometimes, as `SET` clauses and a function that adds their values:
    /// its expiry (with a retention), and its org (with several orgs; the key holds it too, this
    /// lets a reader see it).
    fn optional_claim_attributes(
        &self,
        unit: &WorkUnit,
    ) -> (
        String,
        impl FnOnce(UpdateItemFluentBuilder) -> UpdateItemFluentBuilder,
    ) {
        let (expiry, org) = (self.expiry(), unit.org_id.clone());
        let mut sets = String::new();
        if expiry.is_some() {
            // `ttl` is a reserved word, hence `#ttl`.
            sets.push_str(", #ttl = :ttl");
        }
        if org.is_some() {
            sets.push_str(", orgId = :org");
        }
        let add = move |request: UpdateItemFluentBuilder| {
            let request = match expiry {
                Some(at) => request
                    .expression_attribute_names("#ttl", "ttl")
                    .expression_attribute_values(":ttl", n(at)),
                None => request,
            };
            match org {
                Some(org) => request.expression_attribute_values(":org", s(org.as_str())),
                None => request,
            }
        };
        (sets, add)
    }

    /// Sends a claim request: acquired, or refused with what stands in its way.
    async fn send_claim(&self, request: UpdateItemFluentBuilder) -> Result<Claim, DependencyError> {
        match request.send().await {
            Ok(output) => {
                let item = output.attributes().cloned().unwrap_or_default();
                Ok(Claim::Acquired {
                    attempt: get_n(&item, "attempts").unwrap_or(1).max(1) as u32,
                    revision: get_n(&item, "revision").unwrap_or(1).max(1) as u32,
                    resume: get_s(&item, "resumePayload").map(|payload| Resume {
                        payload: payload.to_string(),
                        version: get_s(&item, "resumeVersion").map(str::to_string),
                    }),
                })
            }
            Err(SdkError::ServiceError(context)) => match context.err() {
                UpdateItemError::ConditionalCheckFailedException(e) => {
                    Ok(claim_refused(e.item().cloned().unwrap_or_default()))
                }
                _ => Err(failure("UpdateItem", &SdkError::ServiceError(context))),
            },
            Err(e) => Err(failure("UpdateItem", &e)),
        }
    }

    /// When an item written now expires (epoch seconds), if records expire at all.
    fn expiry(&self) -> Option<i64> {
        self.retention_days
            .map(|days| unix_seconds() + i64::from(days) * 86_400)
    }

    /// The completion's update of the claim: its state, and the verified payload of a failed post
    /// kept (or a kept one dropped); only while this invocation still holds the claim.
    fn end_claim(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        completion: &Completion<'_>,
        audit_sk: &str,
    ) -> Result<Update, DependencyError> {
        let (pk, sk) = Self::work_key(unit);
        let update = Update::builder()
            .table_name(&self.table)
            .key("pk", pk)
            .key("sk", sk)
            .condition_expression("claimId = :claim")
            .expression_attribute_names("#state", "state")
            .expression_attribute_values(":state", s(completion.state.as_str()))
            .expression_attribute_values(":claim", s(claim_id))
            .expression_attribute_values(":now", n(unix_millis()))
            .expression_attribute_values(":event", s(completion.record.event.as_str()))
            .expression_attribute_values(":audit", s(audit_sk));
        let mut set = vec![
            "#state = :state",
            "finishedAt = :now",
            "lastEvent = :event",
            "lastAudit = :audit",
        ];
        let mut remove = vec!["leaseUntil"];
        let mut add = Vec::new();
        let mut update = update;
        match (completion.resume_payload, completion.version) {
            (Some(payload), version) => {
                set.push("resumePayload = :payload");
                update = update.expression_attribute_values(":payload", s(payload));
                match version {
                    Some(version) => {
                        set.push("resumeVersion = :version");
                        update = update.expression_attribute_values(":version", s(version));
                    }
                    None => remove.push("resumeVersion"),
                }
            }
            (None, version) => {
                remove.extend(["resumePayload", "resumeVersion"]);
                if let (WorkState::Completed, Some(version)) = (completion.state, version) {
                    add.push("syncedVersions :versions");
                    update = update.expression_attribute_values(
                        ":versions",
                        AttributeValue::Ss(vec![version.to_string()]),
                    );
                }
            }
        }
        let mut expression = format!("SET {} REMOVE {}", set.join(", "), remove.join(", "));
        if !add.is_empty() {
            expression.push_str(&format!(" ADD {}", add.join(", ")));
        }
        let update = update.update_expression(expression);
        update
            .build()
            .map_err(|e| failure("TransactWriteItems", &e))
    }
}

/// A claim whose condition did not hold: the unit is finished, or another claim is live.
fn claim_refused(old: Item) -> Claim {
    match get_s(&old, "state").and_then(WorkState::parse) {
        Some(state) if state.is_terminal() => Claim::AlreadyDone {
            state,
            synced_versions: match old.get("syncedVersions") {
                Some(AttributeValue::Ss(versions)) => versions.clone(),
                _ => Vec::new(),
            },
        },
        _ => Claim::Busy {
            lease_until_ms: get_n(&old, "leaseUntil").unwrap_or(0).max(0) as u64,
        },
    }
}

/// A cancelled completion. When only the audit put failed and the record in its place is this
/// very record (its key holds our claim id and its time; same event), an earlier attempt of this
/// transaction committed and only its response was lost: done. Otherwise the claim was taken over
/// (the update's condition failed) or the record's key is taken.
fn completion_cancelled(
    reasons: &[CancellationReason],
    record: &AuditRecord,
) -> Result<(), DependencyError> {
    let codes: Vec<&str> = reasons.iter().map(|r| r.code().unwrap_or("None")).collect();
    let claim_lost = codes.first() == Some(&"ConditionalCheckFailed");
    let same_record = reasons.get(1).and_then(|r| r.item()).is_some_and(|item| {
        get_s(item, "event") == Some(record.event.as_str())
            && get_s(item, "recordedAt") == Some(record.recorded_at.as_str())
    });
    if !claim_lost && same_record {
        return Ok(());
    }
    Err(DependencyError {
        service: "DynamoDB",
        operation: "TransactWriteItems",
        message: if claim_lost {
            "the claim was taken over by another invocation after its lease expired".to_string()
        } else {
            format!("transaction cancelled: {}", codes.join(", "))
        },
    })
}

impl WorkStore for DynamoWorkStore {
    async fn claim(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
    ) -> Result<Claim, DependencyError> {
        self.send_claim(self.claim_request(unit, claim_id, lease_until_ms, None))
            .await
    }

    async fn reopen(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
        version: &str,
    ) -> Result<Claim, DependencyError> {
        self.send_claim(self.claim_request(unit, claim_id, lease_until_ms, Some(version)))
            .await
    }

    async fn finish(
        &self,
        unit: &WorkUnit,
        claim_id: &str,
        completion: Completion<'_>,
    ) -> Result<(), DependencyError> {
        let record = completion.record;
        let audit_sk = format!("audit#{}#{}#{}", unit.scope(), record.recorded_at, claim_id);
        let update = self.end_claim(unit, claim_id, &completion, &audit_sk)?;
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(self.audit_item(unit.partition(), audit_sk, record)))
            .condition_expression("attribute_not_exists(pk)")
            .return_values_on_condition_check_failure(ReturnValuesOnConditionCheckFailure::AllOld)
            .build()
            .map_err(|e| failure("TransactWriteItems", &e))?;
        let result = self
            .client
            .transact_write_items()
            .transact_items(TransactWriteItem::builder().update(update).build())
            .transact_items(TransactWriteItem::builder().put(put).build())
            .send()
            .await;
        match result {
            Ok(_) => Ok(()),
            Err(SdkError::ServiceError(context)) => match context.err() {
                TransactWriteItemsError::TransactionCanceledException(e) => {
                    completion_cancelled(e.cancellation_reasons(), record)
                }
                _ => Err(failure(
                    "TransactWriteItems",
                    &SdkError::ServiceError(context),
                )),
            },
            Err(e) => Err(failure("TransactWriteItems", &e)),
        }
    }

    async fn record(&self, record: &AuditRecord) -> Result<bool, DependencyError> {
        let event_id = record
            .event_id
            .as_deref()
            .unwrap_or(&record.lambda_request_id);
        let item = self.audit_item(
            format!("event#{event_id}"),
            "audit#rejected".to_string(),
            record,
        );
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await;
        conditional_put(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_maps_to_native_attributes() {
        let a = to_attribute(&json!({"a": 1, "b": [true, null], "c": "x"}));
        let AttributeValue::M(m) = a else { panic!() };
        assert_eq!(m["a"], AttributeValue::N("1".into()));
        assert_eq!(
            m["b"],
            AttributeValue::L(vec![AttributeValue::Bool(true), AttributeValue::Null(true)])
        );
        assert_eq!(m["c"], AttributeValue::S("x".into()));
    }

    #[test]
    fn attributes_read_back_as_the_json_they_were() {
        let value = json!({"a": 1, "b": [true, null], "c": "x", "d": {"e": 2.5}});
        assert_eq!(from_attribute(&to_attribute(&value)), value);
    }
}
