//! At-least-once delivery and concurrency: re-delivered events, concurrent instances sharing
//! DynamoDB, and bursts of cold instances sharing one OAuth login. Each "instance" is a separate
//! adapter stack (its own memory caches and HTTP pools) over moto and the simulator.

use std::time::Duration;

use futures::future::join_all;
use genesys_summary_lambda::adapters::dynamodb::DynamoTokenCache;
use genesys_summary_lambda::auth::tokens::cache_key;
use genesys_summary_lambda::domain::outcome::Outcome;
use genesys_summary_lambda::ports::tokens::TokenCache;

use crate::harness::*;

#[tokio::test]
async fn thirty_two_cold_instances_on_different_events_log_in_once() {
    let world = World::new().await;
    let instances: Vec<_> = (0..32).map(|_| world.pipeline(&[])).collect();
    let events: Vec<_> = (0..32)
        .map(|_| acw_for(&uuid::Uuid::new_v4().to_string()))
        .collect();
    let results = join_all(
        instances
            .iter()
            .zip(&events)
            .map(|(p, e)| async move { p.handle(e, &invocation(20)).await }),
    )
    .await;
    for result in &results {
        assert_eq!(outcome_name(result), "synced", "{result:?}");
    }
    assert_eq!(
        world.sim.sim.requests("oauth"),
        1,
        "one login for the whole burst"
    );
    assert_eq!(world.sim.sim.snapshot().crm_posts.len(), 32);
}

#[tokio::test]
async fn the_same_event_three_times_in_a_row_posts_once() {
    let world = World::new().await;
    let mut outcomes = Vec::new();
    for _ in 0..3 {
        let instance = world.pipeline(&[]);
        outcomes.push(
            instance
                .handle(&event("acw.json"), &invocation(20))
                .await
                .unwrap()
                .outcome
                .name(),
        );
    }
    assert_eq!(outcomes, vec!["synced", "duplicate", "duplicate"]);
    assert_eq!(world.sim.sim.snapshot().crm_posts.len(), 1);
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_GENERATED_AND_SYNCED"]
    );
}

#[tokio::test]
async fn the_same_event_three_times_at_once_posts_once() {
    let world = World::new().await;
    // Slow Genesys a little so the three deliveries truly overlap.
    world
        .sim
        .sim
        .push_faults("summaries", [genesys_sim::Fault::Delay { ms: 300 }]);
    let instances: Vec<_> = (0..3).map(|_| world.pipeline(&[])).collect();
    let event = event("acw.json");
    let results = join_all(
        instances
            .iter()
            .map(|p| async { p.handle(&event, &invocation(20)).await }),
    )
    .await;
    let synced = results
        .iter()
        .filter(|r| matches!(r, Ok(h) if h.outcome.name() == "synced"))
        .count();
    assert_eq!(synced, 1, "{results:?}");
    for result in &results {
        match result {
            Ok(h) => assert!(matches!(h.outcome.name(), "synced" | "duplicate"), "{h:?}"),
            // A delivery that lost the race is told to retry; Lambda's retry then finds it done.
            Err(e) => assert!(
                matches!(e.outcome(), Outcome::InProgressElsewhere { .. }),
                "{e}"
            ),
        }
    }
    for instance in &instances {
        assert_eq!(
            instance
                .handle(&event, &invocation(20))
                .await
                .unwrap()
                .outcome
                .name(),
            "duplicate"
        );
    }
    assert_eq!(world.sim.sim.snapshot().crm_posts.len(), 1);
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_GENERATED_AND_SYNCED"]
    );
}

#[tokio::test]
async fn a_refresh_lease_whose_holder_died_expires_and_another_instance_logs_in() {
    let world = World::new().await;
    let cache = DynamoTokenCache::new(
        aws_sdk_dynamodb::Client::new(&world.aws),
        &world.token_table,
    );
    let key = cache_key(CLIENT_ID, &world.sim.url());
    let now_ms = chrono::Utc::now().timestamp_millis() as u64;
    // A holder that took the lease and died before logging in.
    assert!(
        cache
            .try_lease(&key, "dead-instance", now_ms + 1_000)
            .await
            .unwrap()
    );
    assert!(
        !cache
            .try_lease(&key, "someone-else", now_ms + 1_000)
            .await
            .unwrap()
    );

    let started = std::time::Instant::now();
    let handled = world
        .pipeline(&[])
        .handle(&event("acw.json"), &invocation(20))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "it waited for the dead holder's lease"
    );
    assert_eq!(world.sim.sim.requests("oauth"), 1);
}
