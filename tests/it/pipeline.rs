//! The whole pipeline in-process with the real adapters: moto for DynamoDB and Secrets Manager,
//! the simulator for Genesys and the CRM. Checks the outcome table (docs/contracts.md,
//! "Outcomes"); the same rows run on in-memory adapters in `src/pipeline/tests.rs`.

use genesys_sim::Fault;
use genesys_summary_lambda::domain::outcome::Outcome;
use serde_json::json;

use crate::harness::*;

const PII: &[&str] = &[
    "555-0143",
    "4111 1111 1111 1111",
    "jane.doe@example.com",
    "212-555-0143",
];

#[tokio::test]
async fn acw_event_is_synced_redacted_and_audited_and_a_redelivery_is_a_no_op() {
    let world = World::new().await;
    let pipeline = world.pipeline(&[]);
    let handled = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");

    let posts = world.sim.sim.snapshot().crm_posts;
    assert_eq!(posts.len(), 1);
    let body = &posts[0].body;
    let text = body.to_string();
    for pii in PII {
        assert!(
            !text.contains(pii),
            "{pii} leaked into the CRM payload: {text}"
        );
    }
    assert!(
        body["summaryText"]
            .as_str()
            .unwrap()
            .contains("[REDACTED:CARD]")
    );
    assert_eq!(
        body["interactionId"],
        "3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b"
    );
    assert_eq!(body["agentId"], "a1b2c3d4-0000-4000-8000-000000000013");
    assert_eq!(body["metadata"]["redactionVerified"], true);
    assert_eq!(body["metadata"]["sentimentAligned"], true, "{body}");
    assert_eq!(
        body["metadata"]["trackingId"].as_str(),
        posts[0].idempotency_key.as_deref()
    );
    assert_eq!(posts[0].signature_valid, Some(true));

    let before = world.sim.sim.snapshot().requests;
    let again = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(again.outcome.name(), "duplicate");
    assert_eq!(
        world.sim.sim.snapshot().requests,
        before,
        "a duplicate makes no Genesys or CRM call"
    );
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_GENERATED_AND_SYNCED"]
    );

    let audit_text = format!("{:?}", world.audit_items().await);
    for pii in PII {
        assert!(
            !audit_text.contains(pii),
            "{pii} leaked into the audit table"
        );
    }
}

#[tokio::test]
async fn the_pushed_copilot_summary_is_used_without_a_fetch() {
    let world = World::new().await;
    let handled = world
        .pipeline(&[("SENTIMENT_SOURCE", "none")])
        .handle(&event("copilot-summary.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(world.sim.sim.requests("summaries"), 0);
    let post = &world.sim.sim.snapshot().crm_posts[0].body;
    assert!(
        post["summaryText"]
            .as_str()
            .unwrap()
            .contains("[REDACTED:EMAIL]")
    );
    assert_eq!(
        post["metadata"]["sentimentAligned"],
        serde_json::Value::Null,
        "unknown, not invented"
    );
    assert_eq!(post["metadata"]["source"], "copilotPush");
}

#[tokio::test]
async fn customer_end_is_one_unit_for_the_whole_conversation() {
    let world = World::new().await;
    let handled = world
        .pipeline(&[])
        .handle(&event("customer-end.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(handled.agent_id, None);
    assert_eq!(
        world.sim.sim.snapshot().crm_posts[0].body["agentId"],
        serde_json::Value::Null
    );
}

#[tokio::test]
async fn invalid_requests_are_rejected_once_and_audited() {
    let world = World::new().await;
    let pipeline = world.pipeline(&[]);
    let handled = pipeline
        .handle(&event("malformed-non-uuid-id.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "rejected");
    assert!(
        handled
            .outcome
            .reason()
            .unwrap()
            .contains("eventBody.conversationId 'conv-12345' must be a valid Genesys Cloud UUID")
    );
    assert_eq!(
        pipeline
            .handle(&event("malformed-non-uuid-id.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "duplicate"
    );
    assert_eq!(world.audit_events().await, vec!["SUMMARY_REJECTED"]);
    assert_eq!(world.sim.sim.snapshot().requests.values().sum::<u64>(), 0);
}

#[tokio::test]
async fn unreadable_bodies_are_audited_and_envelopes_that_are_not_events_fail() {
    let world = World::new().await;
    let pipeline = world.pipeline(&[]);
    for name in [
        "malformed-missing-conversation-id.json",
        "malformed-wrong-types.json",
        "malformed-detail-not-object.json",
    ] {
        let handled = pipeline
            .handle(&event(name), &invocation(15))
            .await
            .unwrap();
        assert_eq!(handled.outcome.name(), "rejected", "{name}");
        // The same event again does not write a second record.
        pipeline
            .handle(&event(name), &invocation(15))
            .await
            .unwrap();
    }
    assert_eq!(world.audit_events().await.len(), 3);

    let err = pipeline
        .handle(&json!(["not", "an", "event"]), &invocation(15))
        .await
        .unwrap_err();
    assert!(
        matches!(err.outcome(), Outcome::MalformedEnvelope { .. }),
        "{err}"
    );
    assert_eq!(
        pipeline
            .handle(&event("unsupported-topic.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "ignored"
    );
    assert_eq!(
        world.audit_events().await.len(),
        3,
        "ignored events leave no record"
    );
}

#[tokio::test]
async fn a_summary_not_ready_in_time_fails_retryably_and_the_retry_succeeds() {
    let world = World::new().await;
    let pipeline = world.pipeline(&[("SUMMARY_WAIT_SECONDS", "1")]);
    world
        .sim
        .sim
        .push_faults("summaries", std::iter::repeat_n(Fault::NotReady, 30));
    let err = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap_err();
    assert!(matches!(err.outcome(), Outcome::Pending { .. }), "{err}");
    world.sim.sim.reset();
    assert_eq!(
        pipeline
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "synced"
    );
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_PENDING", "SUMMARY_GENERATED_AND_SYNCED"]
    );
}

#[tokio::test]
async fn a_missing_summary_is_unavailable_and_final() {
    let world = World::new().await;
    world.sim.sim.set_summaries(
        "3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b",
        serde_json::Value::Null,
    );
    let pipeline = world.pipeline(&[("SUMMARY_WAIT_SECONDS", "1")]);
    assert_eq!(
        pipeline
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "unavailable"
    );
    assert_eq!(
        pipeline
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "duplicate"
    );
    assert_eq!(world.audit_events().await, vec!["SUMMARY_UNAVAILABLE"]);
}

#[tokio::test]
async fn a_failed_crm_post_is_resumed_with_the_same_payload_and_no_genesys_call() {
    let world = World::new().await;
    let pipeline = world.pipeline(&[]);
    world.sim.sim.push_faults(
        "crm",
        std::iter::repeat_n(
            Fault::Status {
                status: 503,
                retry_after: None,
            },
            4,
        ),
    );
    let err = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap_err();
    assert!(matches!(err.outcome(), Outcome::SyncFailed { .. }), "{err}");
    let genesys_reads = world.sim.sim.requests("summaries");

    assert_eq!(
        pipeline
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "synced"
    );
    assert_eq!(
        world.sim.sim.requests("summaries"),
        genesys_reads,
        "the retry resumed instead of regenerating"
    );
    let posts = world.sim.sim.snapshot().crm_posts;
    assert_eq!(posts.len(), 1);
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_SYNC_FAILED", "SUMMARY_GENERATED_AND_SYNCED"]
    );
}

#[tokio::test]
async fn genesys_failures_are_audited_and_retryable() {
    let world = World::new().await;
    world.sim.sim.push_faults(
        "summaries",
        [Fault::Status {
            status: 403,
            retry_after: None,
        }],
    );
    let err = world
        .pipeline(&[])
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("HTTP 403"), "{err}");
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_GENERATION_FAILED"]
    );
}
