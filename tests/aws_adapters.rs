//! The DynamoDB and Secrets Manager adapters against moto_server.

mod support;

use genesys_summary_lambda::adapters::dynamodb::{DynamoTokenCache, DynamoWorkStore};
use genesys_summary_lambda::adapters::secrets_manager::SecretsManagerStore;
use genesys_summary_lambda::audit::{
    AuditEvent, AuditRecord, ClaimOutcome, StageLatency, WorkState, WorkUnit,
};
use genesys_summary_lambda::ports::{
    CachedToken, Secret, SecretError, SecretStore, TokenCache, WorkStore,
};
use support::*;

fn unit() -> WorkUnit {
    WorkUnit {
        conversation_id: uuid::Uuid::new_v4().to_string(),
        agent_id: Some("a1b2c3d4-0000-4000-8000-000000000013".into()),
    }
}

fn record(event: AuditEvent, unit: &WorkUnit) -> AuditRecord {
    AuditRecord {
        event,
        trigger: None,
        conversation_id: Some(unit.conversation_id.clone()),
        agent_id: unit.agent_id.clone(),
        event_id: Some(uuid::Uuid::new_v4().to_string()),
        lambda_request_id: "req-1".into(),
        correlation_id: None,
        genesys_correlation_id: None,
        claim_id: None,
        attempt: 1,
        idempotency_key: None,
        summary_id: None,
        summary_source: None,
        latency: StageLatency::default(),
        validation: None,
        verification: None,
        webhook_status: Some(201),
        error: None,
        recorded_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    }
}

fn lease_ms(from_now_ms: i64) -> u64 {
    (chrono::Utc::now().timestamp_millis() + from_now_ms) as u64
}

async fn store() -> (aws_config::SdkConfig, String, DynamoWorkStore) {
    let config = aws_config().await;
    let table = unique("audit");
    create_audit_table(&config, &table).await;
    let store = DynamoWorkStore::new(aws_sdk_dynamodb::Client::new(&config), &table, Some(30));
    (config, table, store)
}

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

#[tokio::test]
async fn claim_complete_then_duplicate_is_a_no_op() {
    let (config, table, store) = store().await;
    let unit = unit();
    let first = store
        .claim(&unit, "claim-1", lease_ms(30_000))
        .await
        .unwrap();
    assert_eq!(
        first,
        ClaimOutcome::Acquired {
            attempt: 1,
            resume_payload: None
        }
    );

    // A second delivery while the first is live is told to come back later.
    match store
        .claim(&unit, "claim-2", lease_ms(30_000))
        .await
        .unwrap()
    {
        ClaimOutcome::Busy { lease_until_ms } => assert!(lease_until_ms > lease_ms(0)),
        other => panic!("{other:?}"),
    }

    store
        .finish(
            &unit,
            "claim-1",
            WorkState::Completed,
            &record(AuditEvent::SummaryGeneratedAndSynced, &unit),
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .claim(&unit, "claim-3", lease_ms(30_000))
            .await
            .unwrap(),
        ClaimOutcome::AlreadyDone {
            state: WorkState::Completed
        }
    );

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

#[tokio::test]
async fn an_expired_lease_is_taken_over_and_the_old_claim_cannot_finish() {
    let (_, _, store) = store().await;
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
        ClaimOutcome::Acquired {
            attempt: 2,
            resume_payload: None
        }
    );
    let err = store
        .finish(
            &unit,
            "crashed",
            WorkState::Completed,
            &record(AuditEvent::SummaryGeneratedAndSynced, &unit),
            None,
        )
        .await
        .unwrap_err();
    assert!(err.message.contains("taken over"), "{err}");
}

#[tokio::test]
async fn a_failed_attempt_releases_the_claim_and_keeps_the_payload_for_the_retry() {
    let (_, _, store) = store().await;
    let unit = unit();
    store.claim(&unit, "first", lease_ms(30_000)).await.unwrap();
    store
        .finish(
            &unit,
            "first",
            WorkState::Failed,
            &record(AuditEvent::SummarySyncFailed, &unit),
            Some(r#"{"summaryText":"redacted"}"#),
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .claim(&unit, "second", lease_ms(30_000))
            .await
            .unwrap(),
        ClaimOutcome::Acquired {
            attempt: 2,
            resume_payload: Some(r#"{"summaryText":"redacted"}"#.into())
        }
    );
    store
        .finish(
            &unit,
            "second",
            WorkState::Completed,
            &record(AuditEvent::SummaryGeneratedAndSynced, &unit),
            None,
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn audit_records_cannot_be_overwritten() {
    let (config, table, store) = store().await;
    let unit = unit();
    let mut rejected = record(AuditEvent::SummaryRejected, &unit);
    rejected.error = Some("first".into());
    assert!(store.record(&rejected).await.unwrap());
    rejected.error = Some("second".into());
    assert!(
        !store.record(&rejected).await.unwrap(),
        "a re-delivery must not overwrite the record"
    );
    let items = scan(&config, &table).await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["error"].as_s().unwrap(), "first");

    // A different record under an existing audit key fails the whole completion.
    store.claim(&unit, "c", lease_ms(30_000)).await.unwrap();
    let failed = record(AuditEvent::SummarySyncFailed, &unit);
    store
        .finish(&unit, "c", WorkState::Failed, &failed, None)
        .await
        .unwrap();
    store.claim(&unit, "c", lease_ms(30_000)).await.unwrap();
    let synced = AuditRecord {
        event: AuditEvent::SummaryGeneratedAndSynced,
        ..failed.clone()
    };
    let err = store
        .finish(&unit, "c", WorkState::Completed, &synced, None)
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
        ClaimOutcome::Acquired { .. }
    ));
    // The SDK retries the claim too: it finds its own claim id and succeeds.
    assert!(matches!(
        store.claim(&other, "d", lease_ms(30_000)).await.unwrap(),
        ClaimOutcome::Acquired { .. }
    ));
    let done = record(AuditEvent::SummaryGeneratedAndSynced, &other);
    store
        .finish(&other, "d", WorkState::Completed, &done, None)
        .await
        .unwrap();
    store
        .finish(&other, "d", WorkState::Completed, &done, None)
        .await
        .unwrap();
    assert_eq!(
        store.claim(&other, "e", lease_ms(30_000)).await.unwrap(),
        ClaimOutcome::AlreadyDone {
            state: WorkState::Completed
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
