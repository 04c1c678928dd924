//! The DynamoDB, Secrets Manager and Comprehend adapters against moto_server. The work-store contract (claims,
//! completions, audit records) runs against both the DynamoDB adapter and the in-memory one the
//! unit tests use, so the in-memory adapter cannot drift from the real one.

use genesys_summary_lambda::adapters::dynamodb::{DynamoTokenCache, DynamoWorkStore};
use genesys_summary_lambda::adapters::memory::MemoryWorkStore;
use genesys_summary_lambda::adapters::secrets_manager::SecretsManagerStore;
use std::time::Duration;

use genesys_summary_lambda::deadline::Deadline;
use genesys_summary_lambda::domain::audit::AuditRecord;
use genesys_summary_lambda::domain::ids::{ConversationId, LanguageTag, UserId};
use genesys_summary_lambda::domain::outcome::AuditEvent;
use genesys_summary_lambda::domain::verify::sentiment::Polarity;
use genesys_summary_lambda::domain::work::{WorkState, WorkUnit};
use genesys_summary_lambda::ports::Secret;
use genesys_summary_lambda::ports::secrets::{SecretError, SecretStore};
use genesys_summary_lambda::ports::sentiment::SentimentAnalysis;
use genesys_summary_lambda::ports::tokens::{CachedToken, TokenCache};
use genesys_summary_lambda::ports::work_store::{Claim, Completion, Resume, WorkStore};

use crate::harness::*;

fn unit() -> WorkUnit {
    WorkUnit {
        org_id: None,
        conversation_id: ConversationId::parse(&uuid::Uuid::new_v4().to_string()).unwrap(),
        agent_id: Some(UserId::parse("a1b2c3d4-0000-4000-8000-000000000013").unwrap()),
    }
}

fn record(event: AuditEvent, unit: &WorkUnit) -> AuditRecord {
    AuditRecord {
        conversation_id: Some(unit.conversation_id.clone()),
        agent_id: unit.agent_id.clone(),
        event_id: Some(uuid::Uuid::new_v4().to_string()),
        webhook_status: Some(201),
        ..AuditRecord::new(event, "req-1")
    }
}

fn done<'a>(state: WorkState, record: &'a AuditRecord, payload: Option<&'a str>) -> Completion<'a> {
    Completion {
        state,
        record,
        resume_payload: payload,
        version: None,
    }
}

fn lease_ms(from_now_ms: i64) -> u64 {
    (chrono::Utc::now().timestamp_millis() + from_now_ms) as u64
}

async fn dynamo() -> (aws_config::SdkConfig, String, DynamoWorkStore) {
    let config = aws_config().await;
    let table = unique("audit");
    create_audit_table(&config, &table).await;
    let store = DynamoWorkStore::new(aws_sdk_dynamodb::Client::new(&config), &table, Some(30));
    (config, table, store)
}

/// Runs one contract against the DynamoDB adapter (on moto) and the in-memory adapter.
macro_rules! on_both_stores {
    ($($contract:ident),* $(,)?) => {
        mod work_store_contract {
            use super::*;
            $(
                mod $contract {
                    use super::*;
                    #[tokio::test]
                    async fn dynamodb() {
                        super::super::$contract(&dynamo().await.2).await;
                    }
                    #[tokio::test]
                    async fn memory() {
                        super::super::$contract(&MemoryWorkStore::default()).await;
                    }
                }
            )*
        }
    };
}

on_both_stores!(
    claim_complete_then_duplicate_is_a_no_op,
    an_expired_lease_is_taken_over_and_the_old_claim_cannot_finish,
    a_failed_attempt_releases_the_claim_and_keeps_the_payload_for_the_retry,
    event_records_are_never_overwritten,
    completions_are_idempotent_and_never_overwrite_a_record,
    an_edit_reopens_a_synced_unit_for_a_revision_and_a_synced_version_never,
    one_conversation_id_in_two_orgs_is_two_units,
);

#[tokio::test]
async fn token_cache_round_trip() {
    let config = aws_config().await;
    let table = unique("tokens");
    create_token_table(&config, &table).await;
    let cache = DynamoTokenCache::new(aws_sdk_dynamodb::Client::new(&config), &table);
    assert_eq!(cache.load("token#abc").await.unwrap(), None);
    let token = CachedToken {
        access_token: Secret::new("tok-123"),
        expires_at: 1_900_000_000,
    };
    cache.store("token#abc", &token).await.unwrap();
    assert_eq!(cache.load("token#abc").await.unwrap(), Some(token));
    assert_eq!(cache.load("token#other").await.unwrap(), None);
}

/// With several orgs the unit carries the org: the same conversation and agent in another org, or
/// in a single-org deployment, is claimed and finished on its own.
async fn one_conversation_id_in_two_orgs_is_two_units(store: &impl WorkStore) {
    let single = unit();
    let in_org = |org: &str| WorkUnit {
        org_id: Some(genesys_summary_lambda::domain::ids::OrgId::parse(org).unwrap()),
        ..single.clone()
    };
    let (a, b) = (
        in_org("0f0e0d0c-0000-4000-8000-00000000000a"),
        in_org("0f0e0d0c-0000-4000-8000-00000000000b"),
    );
    for (n, unit) in [&a, &b, &single].into_iter().enumerate() {
        let claimed = store
            .claim(unit, &format!("claim-{n}"), lease_ms(30_000))
            .await
            .unwrap();
        assert!(
            matches!(claimed, Claim::Acquired { .. }),
            "{unit:?}: {claimed:?}"
        );
    }
    let synced = record(AuditEvent::SummaryGeneratedAndSynced, &a);
    store
        .finish(&a, "claim-0", done(WorkState::Completed, &synced, None))
        .await
        .unwrap();
    assert!(matches!(
        store.claim(&a, "claim-3", lease_ms(30_000)).await.unwrap(),
        Claim::AlreadyDone { .. }
    ));
    // Org B's claim is still its own live one.
    assert!(matches!(
        store.claim(&b, "claim-4", lease_ms(30_000)).await.unwrap(),
        Claim::Busy { .. }
    ));
}

async fn claim_complete_then_duplicate_is_a_no_op(store: &impl WorkStore) {
    let unit = unit();
    let first = store
        .claim(&unit, "claim-1", lease_ms(30_000))
        .await
        .unwrap();
    assert_eq!(
        first,
        Claim::Acquired {
            attempt: 1,
            revision: 1,
            resume: None
        }
    );

    // A second delivery while the first is live is told to come back later.
    match store
        .claim(&unit, "claim-2", lease_ms(30_000))
        .await
        .unwrap()
    {
        Claim::Busy { lease_until_ms } => assert!(lease_until_ms > lease_ms(0)),
        other => panic!("{other:?}"),
    }

    let synced = record(AuditEvent::SummaryGeneratedAndSynced, &unit);
    store
        .finish(&unit, "claim-1", done(WorkState::Completed, &synced, None))
        .await
        .unwrap();
    assert_eq!(
        store
            .claim(&unit, "claim-3", lease_ms(30_000))
            .await
            .unwrap(),
        Claim::AlreadyDone {
            state: WorkState::Completed,
            synced_versions: vec![]
        }
    );
}

/// The audit items the DynamoDB adapter writes for a completion.
#[tokio::test]
async fn a_completion_is_one_audit_item_with_its_ttl() {
    let (config, table, store) = dynamo().await;
    claim_complete_then_duplicate_is_a_no_op(&store).await;
    let items = scan(&config, &table).await;
    let audits: Vec<_> = items
        .iter()
        .filter(|i| i["sk"].as_s().unwrap().starts_with("audit#"))
        .collect();
    assert_eq!(audits.len(), 1);
    assert_eq!(
        audits[0]["event"].as_s().unwrap(),
        "SUMMARY_GENERATED_AND_SYNCED"
    );
    assert_eq!(audits[0]["webhookStatus"].as_n().unwrap(), "201");
    assert!(audits[0].contains_key("ttl"));
}

/// Claims expire with their audit records, and a kept payload leaves the claim once the work is
/// finished.
#[tokio::test]
async fn claims_expire_with_the_records_and_drop_the_kept_payload_when_done() {
    let (config, table, store) = dynamo().await;
    let claim_item =
        |items: &[std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>]| {
            items
                .iter()
                .find(|i| i["sk"].as_s().unwrap().starts_with("work#"))
                .cloned()
                .unwrap()
        };
    let unit = unit();
    store.claim(&unit, "first", lease_ms(30_000)).await.unwrap();
    let claim = claim_item(&scan(&config, &table).await);
    let ttl: i64 = claim["ttl"].as_n().unwrap().parse().unwrap();
    let thirty_days = chrono::Utc::now().timestamp() + 30 * 86_400;
    assert!((thirty_days - 5..=thirty_days + 5).contains(&ttl), "{ttl}");

    let failed = record(AuditEvent::SummarySyncFailed, &unit);
    store
        .finish(&unit, "first", done(WorkState::Failed, &failed, Some("{}")))
        .await
        .unwrap();
    assert!(claim_item(&scan(&config, &table).await).contains_key("resumePayload"));
    store
        .claim(&unit, "second", lease_ms(30_000))
        .await
        .unwrap();
    let synced = record(AuditEvent::SummaryGeneratedAndSynced, &unit);
    store
        .finish(&unit, "second", done(WorkState::Completed, &synced, None))
        .await
        .unwrap();
    let claim = claim_item(&scan(&config, &table).await);
    assert!(!claim.contains_key("resumePayload"), "{claim:?}");
    assert!(!claim.contains_key("leaseUntil"), "{claim:?}");

    // Without a retention, nothing expires.
    let forever = DynamoWorkStore::new(aws_sdk_dynamodb::Client::new(&config), &table, None);
    let other = self::unit();
    forever.claim(&other, "c", lease_ms(30_000)).await.unwrap();
    let items = scan(&config, &table).await;
    let claim = items
        .iter()
        .find(|i| i["pk"].as_s().unwrap() == other.conversation_id.as_str())
        .unwrap();
    assert!(!claim.contains_key("ttl"), "{claim:?}");
}

async fn an_expired_lease_is_taken_over_and_the_old_claim_cannot_finish(store: &impl WorkStore) {
    let unit = unit();
    store
        .claim(&unit, "crashed", lease_ms(-1_000))
        .await
        .unwrap();
    assert_eq!(
        store
            .claim(&unit, "rescuer", lease_ms(30_000))
            .await
            .unwrap(),
        Claim::Acquired {
            attempt: 2,
            revision: 1,
            resume: None
        }
    );
    let synced = record(AuditEvent::SummaryGeneratedAndSynced, &unit);
    let err = store
        .finish(&unit, "crashed", done(WorkState::Completed, &synced, None))
        .await
        .unwrap_err();
    assert!(err.message.contains("taken over"), "{err}");
}

async fn a_failed_attempt_releases_the_claim_and_keeps_the_payload_for_the_retry(
    store: &impl WorkStore,
) {
    let unit = unit();
    store.claim(&unit, "first", lease_ms(30_000)).await.unwrap();
    let failed = record(AuditEvent::SummarySyncFailed, &unit);
    let payload = r#"{"summaryText":"redacted"}"#;
    store
        .finish(
            &unit,
            "first",
            done(WorkState::Failed, &failed, Some(payload)),
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .claim(&unit, "second", lease_ms(30_000))
            .await
            .unwrap(),
        Claim::Acquired {
            attempt: 2,
            revision: 1,
            resume: Some(Resume {
                payload: payload.into(),
                version: None
            })
        }
    );
    let synced = record(AuditEvent::SummaryGeneratedAndSynced, &unit);
    store
        .finish(&unit, "second", done(WorkState::Completed, &synced, None))
        .await
        .unwrap();
}

async fn an_edit_reopens_a_synced_unit_for_a_revision_and_a_synced_version_never(
    store: &impl WorkStore,
) {
    let unit = unit();
    let with_version = |state, record, payload, version| Completion {
        version: Some(version),
        ..done(state, record, payload)
    };
    store.claim(&unit, "first", lease_ms(30_000)).await.unwrap();
    let synced = record(AuditEvent::SummaryGeneratedAndSynced, &unit);
    store
        .finish(
            &unit,
            "first",
            with_version(WorkState::Completed, &synced, None, "v1"),
        )
        .await
        .unwrap();
    assert_eq!(
        store.claim(&unit, "again", lease_ms(30_000)).await.unwrap(),
        Claim::AlreadyDone {
            state: WorkState::Completed,
            synced_versions: vec!["v1".to_string()]
        }
    );
    // The CRM has v1: reopening for it is a duplicate.
    assert!(matches!(
        store
            .reopen(&unit, "edit", lease_ms(30_000), "v1")
            .await
            .unwrap(),
        Claim::AlreadyDone { .. }
    ));
    // An edit, v2: the next revision.
    assert_eq!(
        store
            .reopen(&unit, "edit", lease_ms(30_000), "v2")
            .await
            .unwrap(),
        Claim::Acquired {
            attempt: 2,
            revision: 2,
            resume: None
        }
    );
    // While it is being synced, another edit waits.
    assert!(matches!(
        store
            .reopen(&unit, "other", lease_ms(30_000), "v3")
            .await
            .unwrap(),
        Claim::Busy { .. }
    ));
    // The revision's post fails: its retry resumes the same revision with the payload and version.
    let failed = record(AuditEvent::SummarySyncFailed, &unit);
    store
        .finish(
            &unit,
            "edit",
            with_version(WorkState::Failed, &failed, Some("{}"), "v2"),
        )
        .await
        .unwrap();
    assert_eq!(
        store.claim(&unit, "retry", lease_ms(30_000)).await.unwrap(),
        Claim::Acquired {
            attempt: 3,
            revision: 2,
            resume: Some(Resume {
                payload: "{}".into(),
                version: Some("v2".into())
            })
        }
    );
    let resynced = record(AuditEvent::SummaryGeneratedAndSynced, &unit);
    store
        .finish(
            &unit,
            "retry",
            with_version(WorkState::Completed, &resynced, None, "v2"),
        )
        .await
        .unwrap();
    let Claim::AlreadyDone {
        mut synced_versions,
        ..
    } = store.claim(&unit, "late", lease_ms(30_000)).await.unwrap()
    else {
        panic!("done")
    };
    synced_versions.sort();
    assert_eq!(synced_versions, ["v1", "v2"]);
}

async fn event_records_are_never_overwritten(store: &impl WorkStore) {
    let unit = unit();
    let mut rejected = record(AuditEvent::SummaryRejected, &unit);
    rejected.error = Some("first".into());
    assert!(store.record(&rejected).await.unwrap());
    rejected.error = Some("second".into());
    assert!(
        !store.record(&rejected).await.unwrap(),
        "a re-delivery must not overwrite the record"
    );
}

#[tokio::test]
async fn an_event_record_keeps_its_first_version() {
    let (config, table, store) = dynamo().await;
    event_records_are_never_overwritten(&store).await;
    let items = scan(&config, &table).await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["error"].as_s().unwrap(), "first");
}

async fn completions_are_idempotent_and_never_overwrite_a_record(store: &impl WorkStore) {
    // A different record under an existing audit key fails the whole completion.
    let unit = unit();
    store.claim(&unit, "c", lease_ms(30_000)).await.unwrap();
    let failed = record(AuditEvent::SummarySyncFailed, &unit);
    store
        .finish(&unit, "c", done(WorkState::Failed, &failed, None))
        .await
        .unwrap();
    store.claim(&unit, "c", lease_ms(30_000)).await.unwrap();
    let synced = AuditRecord {
        event: AuditEvent::SummaryGeneratedAndSynced,
        ..failed.clone()
    };
    let err = store
        .finish(&unit, "c", done(WorkState::Completed, &synced, None))
        .await
        .unwrap_err();
    assert!(
        err.message.contains("ConditionalCheckFailed") || err.message.contains("cancelled"),
        "{err}"
    );

    // The same completion sent twice (an SDK retry after a lost response) is not an error.
    let other = self::unit();
    assert!(matches!(
        store.claim(&other, "d", lease_ms(30_000)).await.unwrap(),
        Claim::Acquired { .. }
    ));
    // The SDK retries the claim too: it finds its own claim id and succeeds.
    assert!(matches!(
        store.claim(&other, "d", lease_ms(30_000)).await.unwrap(),
        Claim::Acquired { .. }
    ));
    let synced = record(AuditEvent::SummaryGeneratedAndSynced, &other);
    store
        .finish(&other, "d", done(WorkState::Completed, &synced, None))
        .await
        .unwrap();
    store
        .finish(&other, "d", done(WorkState::Completed, &synced, None))
        .await
        .unwrap();
    assert_eq!(
        store.claim(&other, "e", lease_ms(30_000)).await.unwrap(),
        Claim::AlreadyDone {
            state: WorkState::Completed,
            synced_versions: vec![]
        }
    );
}

#[tokio::test]
async fn secrets_are_read_and_malformed_ones_named() {
    let config = aws_config().await;
    let name = unique("genesys/oauth");
    create_secret(&config, &name, &secret_json()).await;
    let store = SecretsManagerStore::new(aws_sdk_secretsmanager::Client::new(&config), &name);
    let creds = store.fetch().await.unwrap();
    assert_eq!(creds.client_id, CLIENT_ID);
    assert_eq!(creds.client_secret.expose(), CLIENT_SECRET);

    let bad = unique("genesys/bad");
    create_secret(&config, &bad, r#"{"clientId": "x"}"#).await;
    let err = SecretsManagerStore::new(aws_sdk_secretsmanager::Client::new(&config), &bad)
        .fetch()
        .await
        .unwrap_err();
    assert!(matches!(err, SecretError::Malformed { .. }), "{err}");

    let missing = SecretsManagerStore::new(
        aws_sdk_secretsmanager::Client::new(&config),
        "does/not/exist",
    )
    .fetch()
    .await
    .unwrap_err();
    assert!(missing.to_string().contains("GetSecretValue"), "{missing}");
}

/// Comprehend on moto (which answers every supported language with a fixed NEUTRAL reading and
/// refuses text over 5,000 characters): the language is mapped, text is cut to Comprehend's
/// limit on a character boundary, a language it does not read is not sent.
#[tokio::test]
async fn comprehend_reads_supported_languages_within_its_limit() {
    let aws = aws_config().await;
    let analyser = ComprehendSentiment::new(aws_sdk_comprehend::Client::new(&aws));
    let deadline = Deadline::after(Duration::from_secs(10), Duration::ZERO);
    let tag = |t| LanguageTag::parse(t).unwrap();

    let reading = analyser
        .read("Customer was pleased.", &tag("en-GB"), &deadline)
        .await
        .unwrap()
        .expect("English is read");
    assert_eq!(reading.polarity, Polarity::Neutral);
    assert!(reading.score.abs() < 0.1);

    let long = "é".repeat(4000);
    assert!(
        analyser
            .read(&long, &tag("fr-FR"), &deadline)
            .await
            .unwrap()
            .is_some(),
        "8,000 bytes are cut to 5,000"
    );
    assert_eq!(
        analyser
            .read("Klant is tevreden.", &tag("nl-NL"), &deadline)
            .await,
        Ok(None)
    );
}

#[tokio::test]
async fn an_unreachable_comprehend_is_an_error_not_a_guess() {
    let aws = aws_config_at("http://127.0.0.1:9").await;
    let analyser = ComprehendSentiment::new(aws_sdk_comprehend::Client::new(&aws));
    let deadline = Deadline::after(Duration::from_secs(5), Duration::ZERO);
    let error = analyser
        .read(
            "Customer was pleased.",
            &LanguageTag::parse("en").unwrap(),
            &deadline,
        )
        .await
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("Comprehend DetectSentiment failed"),
        "{error}"
    );
}
