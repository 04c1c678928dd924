//! The outcome table, row by row, on the in-memory adapters: what each row audits, the state it
//! leaves the unit of work in, the invocation's result, and what it does not do (no Genesys call,
//! no CRM post). The same rows run against moto and the simulator in `tests/it/pipeline.rs`.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use super::*;
use crate::adapters::memory::{MemoryCrm, MemoryGenesys, MemoryWorkStore};
use crate::domain::work::WorkState;
use crate::ports::crm::CrmError;
use crate::ports::genesys::GenesysError;

struct Fixture {
    genesys: MemoryGenesys,
    crm: MemoryCrm,
    work: MemoryWorkStore,
    pipeline: Pipeline<MemoryGenesys, MemoryCrm, MemoryWorkStore>,
}

fn fixture(overrides: &[(&str, &str)]) -> Fixture {
    let mut env: std::collections::HashMap<&str, &str> = [
        ("GENESYS_SECRET_ID", "genesys/oauth"),
        ("GENESYS_REGION", "mypurecloud.com"),
        ("TOKEN_TABLE_NAME", "tokens"),
        ("AUDIT_TABLE_NAME", "audit"),
        ("CRM_WEBHOOK_URL", "https://crm.example.com/hook"),
        ("TRIGGER_TOPICS", "acw,customer.end,summaries"),
        ("SUMMARY_WAIT_SECONDS", "0"),
    ]
    .into_iter()
    .collect();
    env.extend(overrides.iter().copied());
    let config = Config::from_lookup(|k| env.get(k).map(|v| v.to_string())).unwrap();
    let (genesys, crm, work) = (
        MemoryGenesys::default(),
        MemoryCrm::default(),
        MemoryWorkStore::default(),
    );
    let pipeline = Pipeline::new(
        Arc::new(config),
        MemoryGenesys::clone(&genesys),
        MemoryCrm::clone(&crm),
        MemoryWorkStore::clone(&work),
        Verifier::new(),
    );
    Fixture {
        genesys,
        crm,
        work,
        pipeline,
    }
}

fn invocation() -> Invocation {
    Invocation {
        request_id: uuid::Uuid::new_v4().to_string(),
        deadline: Deadline::after(Duration::from_secs(10), Duration::ZERO),
    }
}

fn sample(name: &str) -> Value {
    let path = format!("{}/events/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The unit of work of `events/acw.json`.
fn acw_unit() -> WorkUnit {
    WorkUnit {
        org_id: None,
        conversation_id: ConversationId::parse("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b").unwrap(),
        agent_id: Some(UserId::parse("a1b2c3d4-0000-4000-8000-000000000013").unwrap()),
    }
}

impl Fixture {
    async fn handle(&self, event: &Value) -> Result<Handled, HandlerError> {
        self.pipeline.handle(event, &invocation()).await
    }

    fn audit_events(&self) -> Vec<&'static str> {
        self.work
            .records()
            .iter()
            .map(|r| r.event.as_str())
            .collect()
    }
}

/// A synced attempt's audit record: status, key, Genesys correlation, verification, latency, and
/// no summary text or PII.
fn assert_synced_record(record: &AuditRecord, idempotency_key: &str) {
    assert_eq!(record.webhook_status, Some(201));
    assert_eq!(record.error, None);
    assert_eq!(record.idempotency_key.as_deref(), Some(idempotency_key));
    assert_eq!(
        record.genesys_correlation_id.as_deref(),
        Some("memory-correlation")
    );
    assert!(
        record
            .verification
            .as_ref()
            .is_some_and(|v| v.redaction_verified)
    );
    assert!(record.latency.sync_ms.is_some() && record.latency.generate_ms.is_some());
    let audit = serde_json::to_string(record).unwrap();
    assert!(
        !audit.contains("212-555-0143") && !audit.contains("refund"),
        "{audit}"
    );
}

#[tokio::test]
async fn synced_posts_the_redacted_summary_once_and_completes_the_unit() {
    let f = fixture(&[]);
    let handled = f.handle(&sample("acw.json")).await.unwrap();
    assert_eq!(
        handled.outcome,
        Outcome::Synced {
            webhook_status: 201
        }
    );
    assert_eq!(
        handled.conversation_id.as_ref().map(ConversationId::as_str),
        Some("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b")
    );

    let posts = f.crm.posts();
    assert_eq!(posts.len(), 1);
    let body: Value = serde_json::from_str(&posts[0].body).unwrap();
    assert!(!posts[0].body.contains("212-555-0143"), "{body}");
    assert!(
        body["summaryText"]
            .as_str()
            .unwrap()
            .contains("[REDACTED:PHONE]")
    );
    assert_eq!(
        body["metadata"]["trackingId"],
        posts[0].idempotency_key.as_str()
    );
    assert_eq!(body["metadata"]["sentimentAligned"], true, "{body}");
    assert_eq!(body["agentId"], "a1b2c3d4-0000-4000-8000-000000000013");

    assert_eq!(f.work.state(&acw_unit()), Some(WorkState::Completed));
    assert_eq!(f.audit_events(), ["SUMMARY_GENERATED_AND_SYNCED"]);
    assert_synced_record(&f.work.records()[0], &posts[0].idempotency_key);

    let wire = serde_json::to_value(&handled).unwrap();
    assert_eq!(wire["outcome"], "synced");
    assert_eq!(wire["auditEvent"], "SUMMARY_GENERATED_AND_SYNCED");
    assert!(wire.get("detail").is_none(), "{wire}");
}

#[tokio::test]
async fn a_duplicate_calls_nobody_and_records_nothing() {
    let f = fixture(&[]);
    f.handle(&sample("acw.json")).await.unwrap();
    let calls = f.genesys.calls();
    let handled = f.handle(&sample("acw.json")).await.unwrap();
    assert_eq!(
        handled.outcome,
        Outcome::Duplicate {
            state: WorkState::Completed
        }
    );
    assert_eq!(f.genesys.calls(), calls);
    assert_eq!(f.crm.posts().len(), 1);
    assert_eq!(f.audit_events(), ["SUMMARY_GENERATED_AND_SYNCED"]);
    let wire = serde_json::to_value(&handled).unwrap();
    assert_eq!(
        (wire["outcome"].as_str(), wire["detail"].as_str()),
        (Some("duplicate"), Some("already COMPLETED"))
    );
}

#[tokio::test]
async fn an_unsupported_topic_is_ignored_without_a_record() {
    let f = fixture(&[]);
    let handled = f.handle(&sample("unsupported-topic.json")).await.unwrap();
    assert!(
        matches!(handled.outcome, Outcome::Ignored { .. }),
        "{handled:?}"
    );
    assert!(
        handled
            .outcome
            .reason()
            .unwrap()
            .contains("not a supported Genesys topic")
    );
    assert!(f.work.records().is_empty());
    assert_eq!(f.genesys.calls().total(), 0);
}

#[tokio::test]
async fn a_rejected_request_is_audited_once_and_never_retried() {
    let f = fixture(&[]);
    // Five hours of talk: more transcript than the model's context window.
    let mut event = sample("customer-end.json");
    event["detail"]["eventBody"]["interactingDurationMs"] = json!(18_000_000);
    let handled = f.handle(&event).await.unwrap();
    let Outcome::Rejected(rejection) = &handled.outcome else {
        panic!("{handled:?}")
    };
    assert_eq!(rejection.violations[0].rule, "transcript.contextWindow");
    let record = &f.work.records()[0];
    assert_eq!(record.event.as_str(), "SUMMARY_REJECTED");
    assert_eq!(record.validation.as_ref().unwrap().violations.len(), 1);
    assert!(
        record
            .error
            .as_deref()
            .unwrap()
            .contains("exceeds the 16000-token context window")
    );

    let again = f.handle(&event).await.unwrap();
    assert_eq!(
        again.outcome,
        Outcome::Duplicate {
            state: WorkState::Rejected
        }
    );
    assert_eq!(f.audit_events(), ["SUMMARY_REJECTED"]);
    assert_eq!((f.genesys.calls().total(), f.crm.posts().len()), (0, 0));
}

/// A summary Genesys already wrote is never refused for its language: its locale goes to the CRM
/// and the audit record, and sentiment is read where an analyser covers the language.
#[tokio::test]
async fn a_pushed_summary_in_any_language_is_synced_with_its_locale() {
    for (language, has_sentiment) in [("en-gb", true), ("fr-ca", true), ("pt-br", false)] {
        let f = fixture(&[]);
        let mut event = sample("copilot-summary.json");
        event["detail"]["eventBody"]["language"] = json!(language);
        let handled = f.handle(&event).await.unwrap();
        assert!(
            matches!(handled.outcome, Outcome::Synced { .. }),
            "{language}: {handled:?}"
        );
        let body: Value = serde_json::from_str(&f.crm.posts()[0].body).unwrap();
        assert_eq!(body["language"], language);
        assert_eq!(
            body["metadata"]["summarySentiment"].is_number(),
            has_sentiment,
            "{language}: {body}"
        );
        let record = &f.work.records()[0];
        assert_eq!(
            record.summary_language.as_ref().map(|l| l.as_str()),
            Some(language)
        );
    }
}

#[tokio::test]
async fn an_unreadable_body_is_recorded_under_the_event_and_its_redelivery_is_a_duplicate() {
    let f = fixture(&[]);
    let event = sample("malformed-non-uuid-id.json");
    let handled = f.handle(&event).await.unwrap();
    assert!(
        matches!(handled.outcome, Outcome::Unreadable(_)),
        "{handled:?}"
    );
    let detail = handled.outcome.reason().unwrap();
    assert!(
        detail.contains("eventBody.conversationId 'conv-12345' must be a valid Genesys Cloud UUID"),
        "{detail}"
    );
    let records = f.work.records();
    assert_eq!(
        records[0].event_id.as_deref(),
        Some("22222222-3333-4444-8555-666666666666")
    );
    assert_eq!(
        records[0].validation.as_ref().unwrap().violations[0].rule,
        "event.schema"
    );

    let again = f.handle(&event).await.unwrap();
    assert!(
        matches!(again.outcome, Outcome::Duplicate { .. }),
        "{again:?}"
    );
    assert_eq!(f.audit_events(), ["SUMMARY_REJECTED"]);
}

#[tokio::test]
async fn an_unavailable_summary_is_final() {
    let f = fixture(&[]);
    f.genesys
        .answer_summaries([Err(MemoryGenesys::not_found())]);
    let handled = f.handle(&sample("acw.json")).await.unwrap();
    assert!(
        matches!(&handled.outcome, Outcome::Unavailable { reason } if reason.contains("404")),
        "{handled:?}"
    );
    assert_eq!(f.work.state(&acw_unit()), Some(WorkState::Unavailable));
    assert_eq!(f.audit_events(), ["SUMMARY_UNAVAILABLE"]);
    assert!(f.crm.posts().is_empty());
}

#[tokio::test]
async fn a_pending_summary_fails_retryably_and_the_retry_completes() {
    let f = fixture(&[]);
    f.genesys.answer_summaries([
        Ok(MemoryGenesys::with_status("Pending")),
        Ok(MemoryGenesys::completed(MemoryGenesys::SUMMARY_TEXT)),
    ]);
    let err = f.handle(&sample("acw.json")).await.unwrap_err();
    assert!(matches!(err.outcome(), Outcome::Pending { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with("summary for conversation 3c5e8a42"),
        "{err}"
    );
    assert_eq!(f.work.state(&acw_unit()), Some(WorkState::Failed));

    let handled = f.handle(&sample("acw.json")).await.unwrap();
    assert!(matches!(handled.outcome, Outcome::Synced { .. }));
    assert_eq!(
        f.audit_events(),
        ["SUMMARY_PENDING", "SUMMARY_GENERATED_AND_SYNCED"]
    );
    assert_eq!(f.work.records()[1].attempt, 2);
}

#[tokio::test]
async fn a_genesys_failure_fails_retryably_with_genesys_s_message() {
    let f = fixture(&[]);
    f.genesys.answer_summaries([Err(GenesysError::Status {
        status: 403,
        code: Some("missing.permissions".into()),
        message: "no conversation:summary:view".into(),
        context_id: Some("ctx-1".into()),
    })]);
    let err = f.handle(&sample("acw.json")).await.unwrap_err();
    assert!(
        matches!(err.outcome(), Outcome::GenerationFailed { .. }),
        "{err}"
    );
    assert!(
        err.to_string().contains("HTTP 403") && err.to_string().contains("ctx-1"),
        "{err}"
    );
    assert_eq!(f.work.state(&acw_unit()), Some(WorkState::Failed));
    assert_eq!(f.audit_events(), ["SUMMARY_GENERATION_FAILED"]);
}

#[tokio::test]
async fn a_failed_post_keeps_the_payload_and_the_retry_posts_it_without_genesys() {
    let f = fixture(&[]);
    f.crm.fail_next([CrmError::Refused {
        status: 422,
        detail: "bad field".into(),
    }]);
    let err = f.handle(&sample("acw.json")).await.unwrap_err();
    assert!(
        matches!(
            err.outcome(),
            Outcome::SyncFailed {
                webhook_status: Some(422),
                ..
            }
        ),
        "{err}"
    );
    let kept = f
        .work
        .resume_payload(&acw_unit())
        .expect("payload kept for the retry");
    assert_eq!(f.work.records()[0].webhook_status, Some(422));

    let calls = f.genesys.calls();
    let handled = f.handle(&sample("acw.json")).await.unwrap();
    assert!(matches!(handled.outcome, Outcome::Synced { .. }));
    assert_eq!(
        f.genesys.calls(),
        calls,
        "the retry resumed instead of regenerating"
    );
    assert_eq!(f.crm.posts()[0].body, kept, "the same bytes");
    assert_eq!(
        f.work.resume_payload(&acw_unit()),
        None,
        "dropped once synced"
    );
    assert_eq!(
        f.audit_events(),
        ["SUMMARY_SYNC_FAILED", "SUMMARY_GENERATED_AND_SYNCED"]
    );
}

#[tokio::test]
async fn a_unit_claimed_elsewhere_fails_retryably_without_a_record() {
    let f = fixture(&[]);
    let until = crate::clock::unix_millis() + 60_000;
    f.work.hold(&acw_unit(), until);
    let err = f.handle(&sample("acw.json")).await.unwrap_err();
    assert_eq!(
        err.outcome(),
        &Outcome::InProgressElsewhere {
            lease_until_ms: until
        }
    );
    assert!(
        err.to_string()
            .contains("being processed by another invocation"),
        "{err}"
    );
    assert!(f.work.records().is_empty());
    assert_eq!(f.genesys.calls().total(), 0);
}

#[tokio::test]
async fn an_envelope_that_is_not_an_event_fails_without_a_record() {
    let f = fixture(&[]);
    let err = f.handle(&json!(["not", "an", "event"])).await.unwrap_err();
    assert!(
        matches!(err.outcome(), Outcome::MalformedEnvelope { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("must be a JSON object"), "{err}");
    assert!(f.work.records().is_empty());
}

#[tokio::test]
async fn an_unreachable_store_fails_retryably_before_any_call() {
    let f = fixture(&[]);
    f.work.set_unavailable(true);
    for event in [
        sample("acw.json"),
        sample("malformed-missing-conversation-id.json"),
    ] {
        let err = f.handle(&event).await.unwrap_err();
        assert!(
            matches!(err.outcome(), Outcome::StoreUnavailable { .. }),
            "{err}"
        );
        assert!(
            err.to_string().starts_with("audit store unavailable"),
            "{err}"
        );
    }
    assert_eq!(f.genesys.calls().total(), 0);
    f.work.set_unavailable(false);
    assert!(
        f.handle(&sample("acw.json")).await.is_ok(),
        "the instance recovers"
    );
}

#[tokio::test]
async fn the_transcript_sentiment_is_skipped_when_not_configured() {
    let f = fixture(&[("SENTIMENT_SOURCE", "none")]);
    f.handle(&sample("acw.json")).await.unwrap();
    assert_eq!(f.genesys.calls().sentiment, 0);
    let body: Value = serde_json::from_str(&f.crm.posts()[0].body).unwrap();
    assert_eq!(body["metadata"]["sentimentAligned"], Value::Null);
}

const ORG_A: &str = "0f0e0d0c-0000-4000-8000-00000000000a";
const ORG_B: &str = "0f0e0d0c-0000-4000-8000-00000000000b";

/// Two orgs served, each with its own in-memory Genesys and CRM; one work store.
struct TwoOrgs {
    genesys: [MemoryGenesys; 2],
    crm: [MemoryCrm; 2],
    work: MemoryWorkStore,
    pipeline: Pipeline<MemoryGenesys, MemoryCrm, MemoryWorkStore>,
}

fn two_orgs() -> TwoOrgs {
    let mapping = format!(
        r#"{{"{ORG_A}": {{"secretId": "genesys/a"}}, "{ORG_B}": {{"secretId": "genesys/b"}}}}"#
    );
    let env: std::collections::HashMap<&str, &str> = [
        ("GENESYS_ORGS", mapping.as_str()),
        ("GENESYS_REGION", "mypurecloud.com"),
        ("TOKEN_TABLE_NAME", "tokens"),
        ("AUDIT_TABLE_NAME", "audit"),
        ("CRM_WEBHOOK_URL", "https://crm.example.com/hook"),
        ("SUMMARY_WAIT_SECONDS", "0"),
    ]
    .into_iter()
    .collect();
    let config = Config::from_lookup(|k| env.get(k).map(|v| v.to_string())).unwrap();
    let (genesys, crm) = (
        [MemoryGenesys::default(), MemoryGenesys::default()],
        [MemoryCrm::default(), MemoryCrm::default()],
    );
    let org = |i: usize| Org {
        genesys: MemoryGenesys::clone(&genesys[i]),
        crm: MemoryCrm::clone(&crm[i]),
        review_webhook: false,
        single_org_keys: false,
    };
    let orgs = Orgs::Several(std::collections::HashMap::from([
        (OrgId::parse(ORG_A).unwrap(), org(0)),
        (OrgId::parse(ORG_B).unwrap(), org(1)),
    ]));
    let work = MemoryWorkStore::default();
    let pipeline = Pipeline::serving(
        Arc::new(config),
        orgs,
        MemoryWorkStore::clone(&work),
        Verifier::new(),
    );
    TwoOrgs {
        genesys,
        crm,
        work,
        pipeline,
    }
}

/// `events/acw.json` as `org` sends it.
fn acw_from(org: &str) -> Value {
    let mut event = sample("acw.json");
    event["id"] = json!(uuid::Uuid::new_v4().to_string());
    event["source"] = json!(format!("aws.partner/genesys.com/cloud/{org}/genesys_acme"));
    event
}

#[tokio::test]
async fn each_org_is_served_by_its_own_genesys_and_crm_and_one_conversation_id_is_two_units() {
    let f = two_orgs();
    for org in [ORG_A, ORG_B, ORG_A] {
        f.pipeline.handle(&acw_from(org), &invocation()).await.ok();
    }
    // The same conversation id in both orgs: one summary and one post each, the third
    // delivery a duplicate of org A's.
    assert_eq!(f.crm[0].posts().len(), 1);
    assert_eq!(f.crm[1].posts().len(), 1);
    assert_eq!(f.genesys[0].calls().summaries, 1);
    assert_eq!(f.genesys[1].calls().summaries, 1);
    assert_ne!(
        f.crm[0].posts()[0].idempotency_key,
        f.crm[1].posts()[0].idempotency_key
    );
    let orgs: Vec<Option<String>> = f
        .work
        .records()
        .iter()
        .map(|r| r.org_id.as_ref().map(|o| o.to_string()))
        .collect();
    assert_eq!(orgs, [Some(ORG_A.to_string()), Some(ORG_B.to_string())]);
    let unit = |org: &str| WorkUnit {
        org_id: Some(OrgId::parse(org).unwrap()),
        ..acw_unit()
    };
    assert_eq!(f.work.state(&unit(ORG_A)), Some(WorkState::Completed));
    assert_eq!(f.work.state(&unit(ORG_B)), Some(WorkState::Completed));
    assert_eq!(f.work.state(&acw_unit()), None);
}

#[tokio::test]
async fn an_event_from_an_org_not_served_is_rejected_once_and_reaches_nobody() {
    let f = two_orgs();
    let stranger = "0f0e0d0c-0000-4000-8000-0000000000ff";
    let event = acw_from(stranger);
    let handled = f.pipeline.handle(&event, &invocation()).await.unwrap();
    assert_eq!(
        handled.outcome,
        Outcome::UnknownOrg {
            org_id: Some(OrgId::parse(stranger).unwrap())
        }
    );
    let wire = serde_json::to_value(&handled).unwrap();
    assert_eq!(wire["outcome"], "unknownOrg");
    assert_eq!(wire["orgId"], stranger);
    assert_eq!(wire["auditEvent"], "SUMMARY_REJECTED");
    assert!(
        wire["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("org {stranger} is not in GENESYS_ORGS")),
        "{wire}"
    );
    let records = f.work.records();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].event.as_str(), "SUMMARY_REJECTED");
    assert_eq!(records[0].org_id.as_ref().unwrap().as_str(), stranger);
    assert_eq!(records[0].event_id.as_deref(), event["id"].as_str());

    // A re-delivery finds the record; a source naming no org is rejected the same way.
    let again = f.pipeline.handle(&event, &invocation()).await.unwrap();
    assert_eq!(
        again.outcome,
        Outcome::Duplicate {
            state: WorkState::Rejected
        }
    );
    let mut no_org = acw_from(ORG_A);
    no_org["source"] = json!("aws.partner/genesys.com/cloud/test");
    let handled = f.pipeline.handle(&no_org, &invocation()).await.unwrap();
    assert_eq!(handled.outcome, Outcome::UnknownOrg { org_id: None });
    assert_eq!(f.work.records().len(), 2);
    for org in 0..2 {
        assert_eq!(f.genesys[org].calls().total(), 0);
        assert!(f.crm[org].posts().is_empty());
    }
}

#[tokio::test]
async fn a_single_org_takes_every_source_and_keeps_its_keys() {
    let f = fixture(&[]);
    let handled = f
        .handle(&acw_from("0f0e0d0c-0000-4000-8000-0000000000ff"))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(handled.org_id, None);
    assert_eq!(f.work.state(&acw_unit()), Some(WorkState::Completed));
    // The record says which org the event came from.
    assert_eq!(
        f.work.records()[0].org_id.as_ref().map(OrgId::as_str),
        Some("0f0e0d0c-0000-4000-8000-0000000000ff")
    );
}
