//! DynamoDB and Secrets Manager throttled, failing or slow, injected by a proxy in front of moto:
//! a clear retryable error, an audit record where one can be written, no panic, and the same
//! instance works again once the dependency is back.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use genesys_sim::aws_proxy::{self, AwsFault, AwsProxyHandle};
use genesys_summary_lambda::adapters::Adapters;
use genesys_summary_lambda::adapters::dynamodb::DynamoWorkStore;
use genesys_summary_lambda::domain::outcome::Outcome;
use genesys_summary_lambda::domain::verify::Verifier;
use genesys_summary_lambda::pipeline::Pipeline;

use crate::harness::*;

const FAST_AWS: &[(&str, &str)] = &[
    ("AWS_ATTEMPT_TIMEOUT_MS", "400"),
    ("AWS_CALL_TIMEOUT_MS", "1500"),
];

/// A pipeline whose AWS traffic goes through the fault proxy.
async fn through_proxy(world: &World) -> (AwsProxyHandle, Pipeline<Genesys, Crm, DynamoWorkStore>) {
    let proxy = aws_proxy::spawn(moto_endpoint(), SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let aws = aws_config_at(&proxy.url()).await;
    let config = world.config(FAST_AWS);
    let http = genesys_summary_lambda::adapters::http_client(&config).unwrap();
    let a = Adapters::new(&config, &aws, http.clone(), http);
    let pipeline = Pipeline::serving(Arc::new(config), a.orgs, a.work, Verifier::new());
    (proxy, pipeline)
}

#[tokio::test]
async fn throttling_is_absorbed_by_the_sdks_retries() {
    let world = World::new().await;
    let (proxy, pipeline) = through_proxy(&world).await;
    proxy
        .proxy
        .push_fault("DynamoDB_20120810.UpdateItem", AwsFault::Throttle, 2);
    proxy
        .proxy
        .push_fault("secretsmanager", AwsFault::Throttle, 1);
    let handled = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(proxy.proxy.count("DynamoDB_20120810.UpdateItem"), 3);
    assert_eq!(proxy.proxy.count("secretsmanager.GetSecretValue"), 2);
}

#[tokio::test]
async fn dynamodb_down_is_a_retryable_error_and_the_instance_recovers() {
    let world = World::new().await;
    let (proxy, pipeline) = through_proxy(&world).await;
    proxy
        .proxy
        .push_fault("DynamoDB", AwsFault::Status(500), 50);
    let err = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap_err();
    assert!(
        matches!(err.outcome(), Outcome::StoreUnavailable { reason } if reason.contains("DynamoDB UpdateItem failed")),
        "{err}"
    );
    assert_eq!(
        world.sim.sim.requests("summaries"),
        0,
        "nothing is done without a claim"
    );

    proxy.proxy.clear_faults();
    assert_eq!(
        pipeline
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "synced"
    );
    assert_eq!(world.sim.sim.snapshot().crm_posts.len(), 1);
}

#[tokio::test]
async fn slow_dynamodb_is_cut_off_by_the_call_timeout() {
    let world = World::new().await;
    let (proxy, pipeline) = through_proxy(&world).await;
    proxy.proxy.push_fault(
        "DynamoDB_20120810.UpdateItem",
        AwsFault::Delay(Duration::from_secs(3)),
        3,
    );
    let err = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap_err();
    assert!(
        matches!(err.outcome(), Outcome::StoreUnavailable { .. }),
        "{err}"
    );
    assert_eq!(
        pipeline
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "synced"
    );
}

#[tokio::test]
async fn secrets_manager_down_is_audited_and_retryable() {
    let world = World::new().await;
    let (proxy, pipeline) = through_proxy(&world).await;
    proxy
        .proxy
        .push_fault("secretsmanager", AwsFault::Status(503), 50);
    let err = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("Secrets Manager GetSecretValue failed"),
        "{err}"
    );
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_GENERATION_FAILED"]
    );

    proxy.proxy.clear_faults();
    assert_eq!(
        pipeline
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "synced"
    );
}

/// The one window that cannot be exactly-once: the CRM accepted the post, then the completion
/// write failed. The claim stays IN_PROGRESS until its lease ends; the retry then redoes the work
/// and posts again with the same Idempotency-Key, which is what lets the CRM drop the duplicate.
#[tokio::test]
async fn a_failed_completion_after_the_post_is_retried_with_the_same_idempotency_key() {
    let world = World::new().await;
    let (proxy, pipeline) = through_proxy(&world).await;
    proxy.proxy.push_fault(
        "DynamoDB_20120810.TransactWriteItems",
        AwsFault::Status(500),
        3,
    );
    let err = pipeline
        .handle(&event("acw.json"), &invocation(3))
        .await
        .unwrap_err();
    assert!(
        matches!(err.outcome(), Outcome::StoreUnavailable { .. }),
        "{err}"
    );

    // While the lease lasts, a re-delivery is told to come back later.
    let busy = pipeline
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap_err();
    assert!(
        matches!(busy.outcome(), Outcome::InProgressElsewhere { .. }),
        "{busy}"
    );

    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        pipeline
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap()
            .outcome
            .name(),
        "synced"
    );
    let posts = world.sim.sim.snapshot().crm_posts;
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0].idempotency_key, posts[1].idempotency_key);
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_GENERATED_AND_SYNCED"]
    );
}
