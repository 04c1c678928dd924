//! The release artefact's behaviour end to end: the real handler binary polls the `cargo lambda
//! watch` runtime emulator, talks to moto and the simulator, and is fed every file in `events/`.
//! Everything the binary prints is then searched for secrets, tokens and PII.

use std::time::Duration;

use serde_json::Value;

use crate::harness::*;
use crate::runtime::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_sample_event_through_the_real_binary_and_the_runtime_emulator() {
    every_sample_event(Artefact::Native).await;
}

/// The artefact that ships: the same run against the arm64 `bootstrap` under QEMU. `scripts/test`
/// (what CI runs) always builds it and sets `GSL_ARM64_BOOTSTRAP`, so there this never skips.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_sample_event_through_the_arm64_bootstrap_that_ships() {
    match Artefact::arm64() {
        Some(arm64) => every_sample_event(arm64).await,
        None => eprintln!("skipped: GSL_ARM64_BOOTSTRAP is not set (scripts/test sets it)"),
    }
}

async fn every_sample_event(artefact: Artefact) {
    let world = World::new().await;
    let (_emulator, port) = start_emulator().await;
    let mut function = Some(Function::spawn(handler_for(&artefact, &world, port, &[])));
    let client = reqwest::Client::new();

    let expectations = [
        ("acw.json", "synced"),
        ("acw.json", "duplicate"),
        ("customer-end.json", "synced"),
        ("copilot-summary.json", "synced"),
        ("copilot-summary.json", "duplicate"),
        ("copilot-summary-en-gb.json", "synced"),
        ("copilot-summary-error.json", "unavailable"),
        ("unsupported-topic.json", "ignored"),
        ("malformed-missing-conversation-id.json", "rejected"),
        ("malformed-non-uuid-id.json", "rejected"),
        ("malformed-wrong-types.json", "rejected"),
        ("malformed-detail-not-object.json", "rejected"),
    ];
    let in_events_dir = std::fs::read_dir(repo_root().join("events"))
        .unwrap()
        .count();
    assert_eq!(
        expectations
            .iter()
            .map(|(f, _)| *f)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        in_events_dir,
        "every file in events/ is exercised"
    );
    for (file, expected) in expectations {
        let (failed, payload) = invoke(&client, port, &event(file), &mut function).await;
        assert!(!failed, "{file}: {payload}");
        assert_eq!(payload["outcome"], expected, "{file}: {payload}");
    }

    // Not an EventBridge event at all: a function error (Lambda retries, then the DLQ keeps it).
    let (failed, payload) = invoke(
        &client,
        port,
        &serde_json::json!({"hello": "world"}),
        &mut function,
    )
    .await;
    assert!(failed, "{payload}");
    assert_eq!(payload["errorType"], "MalformedEnvelope", "{payload}");

    let snapshot = world.sim.sim.snapshot();
    assert_eq!(
        snapshot.crm_posts.len(),
        4,
        "acw, customer.end and the two pushed summaries"
    );
    assert!(
        snapshot
            .crm_posts
            .iter()
            .all(|p| p.signature_valid == Some(true))
    );
    assert_eq!(
        snapshot.requests.get("oauth"),
        Some(&1),
        "one login for the whole run"
    );
    let events = world.audit_events().await;
    assert_eq!(
        events
            .iter()
            .filter(|e| *e == "SUMMARY_GENERATED_AND_SYNCED")
            .count(),
        4,
        "{events:?}"
    );
    assert_eq!(
        events.iter().filter(|e| *e == "SUMMARY_REJECTED").count(),
        4,
        "{events:?}"
    );

    // Log hygiene: nothing secret or personal in anything the binary printed, the CRM got or
    // the audit table holds.
    let tokens = world.sim.sim.issued_tokens();
    assert!(!tokens.is_empty());
    let logs = function
        .take()
        .expect("the function is still running")
        .stop()
        .await;
    assert!(
        logs.contains("GenesysSummary"),
        "metrics were emitted:\n{logs}"
    );
    // One metric line per invocation, by function name; one cold start for the one instance.
    let metric_lines: Vec<&str> = logs.lines().filter(|l| l.contains("\"_aws\"")).collect();
    assert_eq!(metric_lines.len(), expectations.len() + 1, "{logs}");
    assert!(
        metric_lines.iter().all(|l| l.contains("\"service\":\"_\"")),
        "{logs}"
    );
    assert_eq!(logs.matches("\"ColdStart\":1").count(), 1, "{logs}");
    let crm = serde_json::to_string(&snapshot.crm_posts).unwrap();
    let audit = format!("{:?}", world.audit_items().await);
    let mut forbidden: Vec<String> = [
        CLIENT_SECRET,
        SIGNING_SECRET,
        "4111 1111 1111 1111",
        "jane.doe@example.com",
        "555-0143",
        "sam.lee@example.org",
        "15555550520",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    forbidden.extend(tokens);
    for needle in &forbidden {
        assert!(
            !logs.contains(needle.as_str()),
            "{needle} appears in the function's logs"
        );
        assert!(
            !crm.contains(needle.as_str()),
            "{needle} appears in a CRM payload"
        );
        assert!(
            !audit.contains(needle.as_str()),
            "{needle} appears in the audit table"
        );
    }
}

#[tokio::test]
async fn a_bad_configuration_fails_init_with_one_message_naming_every_problem() {
    let world = World::new().await;
    let (_emulator, port) = start_emulator().await;
    let line = init_failure(handler(
        &world,
        port,
        &[
            ("SUMMARY_LENGTH", "huge"),
            ("CRM_WEBHOOK_URL", "crm.example.com"),
            ("TRIGGER_TOPICS", "acw,hangup"),
        ],
    ))
    .await;
    for needle in [
        "SUMMARY_LENGTH 'huge'",
        "CRM_WEBHOOK_URL 'crm.example.com'",
        "TRIGGER_TOPICS entry 'hangup'",
    ] {
        assert!(line.contains(needle), "{needle} missing from {line}");
    }
}

/// Lambda learns why init failed from `/runtime/init/error` (as `errorType`/`errorMessage`) rather
/// than from a bare exit; the instance never polls for an event.
#[tokio::test]
async fn a_bad_configuration_is_reported_to_the_runtime_api_as_an_init_error() {
    let world = World::new().await;
    let runtime = genesys_sim::runtime_api::spawn(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let mut command = handler(&world, 0, &[("CRM_WEBHOOK_URL", "crm.example.com")]);
    command.env("AWS_LAMBDA_RUNTIME_API", runtime.runtime_api());
    let result = tokio::time::timeout(
        Duration::from_secs(20),
        command.spawn().unwrap().wait_with_output(),
    )
    .await
    .expect("init exits")
    .unwrap();
    assert!(!result.status.success());
    let report = runtime
        .api
        .init_error(Duration::from_secs(1))
        .await
        .expect("an /init/error report");
    assert_eq!(report.error_type.as_deref(), Some("Runtime.InitError"));
    let body: Value = serde_json::from_slice(&report.body).unwrap();
    assert_eq!(body["errorType"], "InvalidConfiguration");
    let message = body["errorMessage"].as_str().unwrap();
    assert!(
        message.contains("CRM_WEBHOOK_URL 'crm.example.com'"),
        "{message}"
    );
    assert_eq!(runtime.api.polls(), 0);
}

async fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    for _ in 0..200 {
        if condition() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting until {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_instance_killed_between_generate_and_sync_is_finished_by_a_redelivery_after_its_lease()
{
    let world = World::new().await;
    let (_emulator, port) = start_emulator().await;
    let env = [
        ("FUNCTION_TIMEOUT_SECONDS", "4"),
        ("SAFETY_MARGIN_MS", "500"),
        ("SUMMARY_WAIT_SECONDS", "1"),
    ];
    // The first CRM post never answers: the instance sits in sync, after generate and verify.
    world.sim.sim.push_faults("crm", [genesys_sim::Fault::Drop]);
    let first = Function::spawn(handler(&world, port, &env));
    let client = reqwest::Client::new();
    let delivery = {
        let (client, event) = (client.clone(), event("acw.json"));
        tokio::spawn(async move {
            client
                .post(format!(
                    "http://127.0.0.1:{port}/2015-03-31/functions/_/invocations"
                ))
                .json(&event)
                .timeout(Duration::from_secs(30))
                .send()
                .await
        })
    };
    wait_until("the instance is posting to the CRM", || {
        world.sim.sim.requests("crm") == 1
    })
    .await;
    assert_eq!(world.sim.sim.requests("summaries"), 1);
    let killed_at = std::time::Instant::now();
    let first_logs = first.stop().await; // SIGKILL
    delivery.abort();

    let mut second = Some(Function::spawn(handler(&world, port, &env)));
    // Before the killed instance's lease ends, a re-delivery is told to retry later.
    let (failed, payload) = invoke(&client, port, &event("acw.json"), &mut second).await;
    if killed_at.elapsed() < Duration::from_secs(3) {
        assert!(failed, "{payload}");
        assert_eq!(payload["errorType"], "InProgressElsewhere", "{payload}");
    }
    tokio::time::sleep(
        Duration::from_secs(4).saturating_sub(killed_at.elapsed()) + Duration::from_millis(500),
    )
    .await;
    let (failed, payload) = invoke(&client, port, &event("acw.json"), &mut second).await;
    assert!(!failed, "{payload}");
    assert_eq!(payload["outcome"], "synced", "{payload}");

    let posts = world.sim.sim.snapshot().crm_posts;
    assert_eq!(posts.len(), 1, "one CRM post in all");
    assert_eq!(
        world.audit_events().await,
        vec!["SUMMARY_GENERATED_AND_SYNCED"]
    );
    let logs = format!("{first_logs}{}", second.take().unwrap().stop().await);
    assert!(!logs.contains(CLIENT_SECRET) && !logs.contains("4111 1111 1111 1111"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_aws_unreachable_the_instance_starts_fails_each_event_retryably_and_stays_up() {
    let world = World::new().await;
    let (_emulator, port) = start_emulator().await;
    let mut command = handler(
        &world,
        port,
        &[
            ("AWS_ATTEMPT_TIMEOUT_MS", "300"),
            ("AWS_CALL_TIMEOUT_MS", "1000"),
        ],
    );
    command.env("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
    let mut function = Some(Function::spawn(command));
    let client = reqwest::Client::new();
    for _ in 0..2 {
        let (failed, payload) = invoke(&client, port, &event("acw.json"), &mut function).await;
        assert!(failed, "{payload}");
        assert_eq!(payload["errorType"], "StoreUnavailable", "{payload}");
        assert!(
            payload["errorMessage"]
                .as_str()
                .unwrap()
                .contains("DynamoDB UpdateItem failed"),
            "{payload}"
        );
    }
    let logs = function.take().unwrap().stop().await;
    assert!(!logs.contains("panicked"), "{logs}");
}
