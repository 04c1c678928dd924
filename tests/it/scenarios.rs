//! Fault scenarios end to end through the pipeline, delivered the way Lambda's asynchronous
//! invocation delivers (up to three attempts; a failure goes to the on-failure destination).
//! Prints one table row per scenario and checks that no log line, CRM payload or audit record
//! holds a secret, an access token or unredacted PII.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use crate::harness::*;
use genesys_sim::Fault;
use genesys_summary_lambda::domain::outcome::Outcome;
use genesys_summary_lambda::pipeline::HandlerError;
use serde_json::Value;

/// Everything every component logged during this test binary.
fn captured_logs() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Arc::new(Mutex::new(Vec::new()));
        let sink = logs.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || Capture(sink.clone()))
            .finish();
        let filter = tracing_subscriber::filter::Targets::new()
            .with_default(tracing::Level::DEBUG)
            .with_target("genesys_summary_lambda", tracing::Level::TRACE);
        use tracing_subscriber::layer::SubscriberExt;
        tracing::subscriber::set_global_default(subscriber.with(filter)).expect("one subscriber");
        logs
    })
}

struct Capture(Arc<Mutex<Vec<u8>>>);
impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Scenario {
    name: &'static str,
    /// Extra configuration.
    env: &'static [(&'static str, &'static str)],
    /// Faults to script before the first delivery: (route, faults).
    faults: Vec<(&'static str, Vec<Fault>)>,
    /// Deliveries of the same event (re-deliveries beyond Lambda's retries model EventBridge's
    /// at-least-once duplicates).
    deliveries: usize,
    /// Invocation time budget in seconds.
    budget: u64,
    expect_posts: usize,
    expect_oauth: u64,
    expect_final: &'static str,
}

fn status(code: u16, n: usize) -> Vec<Fault> {
    vec![
        Fault::Status {
            status: code,
            retry_after: None
        };
        n
    ]
}

fn scenarios() -> Vec<Scenario> {
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    let s = |name, faults, expect_posts, expect_final| Scenario {
        name,
        env: &[],
        faults,
        deliveries: 1,
        budget: 20,
        expect_posts,
        expect_oauth: 1,
        expect_final,
    };
    vec![
        s("no faults", vec![], 1, "synced"),
        Scenario {
            deliveries: 3,
            ..s(
                "same event delivered 3 times",
                vec![],
                1,
                "synced, duplicate, duplicate",
            )
        },
        s(
            "Genesys 429, Retry-After: 1",
            vec![(
                "summaries",
                vec![Fault::Status {
                    status: 429,
                    retry_after: Some("1".into()),
                }],
            )],
            1,
            "synced",
        ),
        s(
            "Genesys 429, Retry-After: HTTP date",
            vec![(
                "summaries",
                vec![Fault::Status {
                    status: 429,
                    retry_after: Some(date),
                }],
            )],
            1,
            "synced",
        ),
        s(
            "Genesys 500, 502, 503, then 200",
            vec![(
                "summaries",
                [500, 502, 503].iter().flat_map(|c| status(*c, 1)).collect(),
            )],
            1,
            "synced",
        ),
        Scenario {
            deliveries: 3,
            ..s(
                "Genesys 501 (not retried), every delivery",
                vec![("summaries", status(501, 3))],
                0,
                "failed x3 -> on-failure queue",
            )
        },
        s(
            "Genesys slower than the client timeout once",
            vec![("summaries", vec![Fault::Delay { ms: 3000 }])],
            1,
            "synced",
        ),
        Scenario {
            env: &[("GENESYS_API_BASE_URL", "http://127.0.0.1:9")],
            deliveries: 3,
            ..s(
                "Genesys connection refused, every delivery",
                vec![],
                0,
                "failed x3 -> on-failure queue",
            )
        },
        Scenario {
            expect_oauth: 2,
            ..s(
                "Genesys 401 mid-run with a cached token",
                vec![],
                1,
                "synced",
            )
        },
        s("Genesys 404 for the whole wait", vec![], 0, "unavailable"),
        s(
            "Genesys Pending for 3 polls, then Completed",
            vec![("summaries", vec![Fault::NotReady; 3])],
            1,
            "synced",
        ),
        s(
            "Genesys status Error",
            vec![("summaries", vec![Fault::SummaryError])],
            0,
            "unavailable",
        ),
        Scenario {
            deliveries: 3,
            ..s(
                "Genesys never ready within the wait budget",
                vec![("summaries", vec![Fault::NotReady; 200])],
                0,
                "pending x3 -> on-failure queue",
            )
        },
        Scenario {
            budget: 5,
            deliveries: 2,
            ..s(
                "Genesys Retry-After: 30 beyond the deadline",
                vec![(
                    "summaries",
                    vec![Fault::Status {
                        status: 429,
                        retry_after: Some("30".into()),
                    }],
                )],
                1,
                "failed fast, then synced",
            )
        },
        s(
            "CRM 503 once, then 201",
            vec![("crm", status(503, 1))],
            1,
            "synced",
        ),
        Scenario {
            deliveries: 2,
            ..s(
                "CRM 503 through every retry, then back",
                vec![("crm", status(503, 4))],
                1,
                "sync failed, then resumed: synced",
            )
        },
        Scenario {
            deliveries: 3,
            ..s(
                "CRM 422 (permanent), every delivery",
                vec![("crm", status(422, 3))],
                0,
                "sync failed x3 -> on-failure queue",
            )
        },
        Scenario {
            deliveries: 2,
            ..s(
                "CRM slower than its timeout, every attempt",
                vec![("crm", vec![Fault::Delay { ms: 2500 }; 4])],
                1,
                "sync failed, then resumed: synced",
            )
        },
    ]
}

const FORBIDDEN: &[&str] = &[
    CLIENT_SECRET,
    SIGNING_SECRET,
    "4111 1111 1111 1111",
    "jane.doe@example.com",
    "555-0143",
    "15555550520",
];

#[tokio::test]
async fn fault_scenarios_table() {
    let logs = captured_logs();
    let mut rows = vec![
        "| scenario | deliveries | CRM posts (distinct Idempotency-Keys) | OAuth calls | Genesys summary reads | outcome |".to_string(),
        "| --- | --- | --- | --- | --- | --- |".to_string(),
    ];
    let mut tokens = Vec::new();
    let mut stored = String::new();
    for scenario in scenarios() {
        let world = World::new().await;
        for (route, faults) in &scenario.faults {
            world.sim.sim.push_faults(route, faults.clone());
        }
        let mut env: Vec<(&str, &str)> = vec![
            ("SUMMARY_WAIT_SECONDS", "1"),
            ("SUMMARY_POLL_INTERVAL_MS", "100"),
        ];
        env.extend_from_slice(scenario.env);
        let pipeline = world.pipeline(&env);
        let event = event("acw.json");

        if scenario.name.contains("401 mid-run") {
            // Warm the instance with another conversation, then have Genesys revoke the token.
            pipeline
                .handle(&acw_for(&uuid::Uuid::new_v4().to_string()), &invocation(20))
                .await
                .unwrap();
            world.sim.sim.revoke_tokens();
        }
        if scenario.name.contains("404") {
            world
                .sim
                .sim
                .set_summaries("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b", Value::Null);
        }

        let mut outcomes = Vec::new();
        for _ in 0..scenario.deliveries {
            match pipeline.handle(&event, &invocation(scenario.budget)).await {
                Ok(handled) => outcomes.push(handled.outcome.name().to_string()),
                Err(error) => {
                    assert!(
                        !matches!(
                            error.outcome(),
                            Outcome::MalformedEnvelope { .. } | Outcome::InProgressElsewhere { .. }
                        ),
                        "{}: {error}",
                        scenario.name
                    );
                    outcomes.push(format!("error ({})", short(&error)));
                }
            }
        }
        let snapshot = world.sim.sim.snapshot();
        let ours: Vec<_> = snapshot
            .crm_posts
            .iter()
            .filter(|p| p.body["interactionId"] == event["detail"]["eventBody"]["conversationId"])
            .collect();
        let posts = ours.len();
        let keys: std::collections::BTreeSet<_> =
            ours.iter().map(|p| p.idempotency_key.clone()).collect();
        let oauth = snapshot.requests.get("oauth").copied().unwrap_or(0);
        let reads = snapshot.requests.get("summaries").copied().unwrap_or(0);
        rows.push(format!(
            "| {} | {} | {} ({}) | {} | {} | {} |",
            scenario.name,
            scenario.deliveries,
            posts,
            keys.len(),
            oauth,
            reads,
            outcomes.join(", ")
        ));

        assert!(
            keys.len() <= 1,
            "{}: more than one Idempotency-Key",
            scenario.name
        );
        if scenario.name.contains("slower than its timeout") {
            // The CRM may store a post whose response came too late; the key lets it drop repeats.
            assert_eq!(keys.len(), 1, "{}: {outcomes:?}", scenario.name);
        } else {
            assert_eq!(
                posts, scenario.expect_posts,
                "{}: {outcomes:?}",
                scenario.name
            );
        }
        assert_eq!(
            oauth, scenario.expect_oauth,
            "{}: {outcomes:?}",
            scenario.name
        );
        let last = outcomes.last().cloned().unwrap_or_default();
        match scenario.expect_final {
            f if f.ends_with("on-failure queue") => {
                assert!(last.starts_with("error"), "{}: {outcomes:?}", scenario.name)
            }
            f if f.starts_with("synced, duplicate") => {
                assert_eq!(outcomes, ["synced", "duplicate", "duplicate"])
            }
            f => assert!(
                f.ends_with(&last) || f == last,
                "{}: {outcomes:?} vs {f}",
                scenario.name
            ),
        }
        if scenario.expect_final.contains("resumed") {
            assert_eq!(
                reads, 1,
                "{}: the retry must not call Genesys again",
                scenario.name
            );
        }

        tokens.extend(world.sim.sim.issued_tokens());
        stored.push_str(&serde_json::to_string(&snapshot.crm_posts).unwrap());
        stored.push_str(&format!("{:?}", world.audit_items().await));
    }
    println!("\n{}\n", rows.join("\n"));

    let logs = String::from_utf8_lossy(&logs.lock().unwrap()).to_string();
    assert!(
        logs.len() > 10_000,
        "logs were captured ({} bytes)",
        logs.len()
    );
    let mut forbidden: Vec<String> = FORBIDDEN.iter().map(|s| s.to_string()).collect();
    forbidden.extend(tokens);
    for needle in &forbidden {
        assert!(
            !logs.contains(needle.as_str()),
            "{needle} appears in the logs"
        );
        assert!(
            !stored.contains(needle.as_str()),
            "{needle} appears in a CRM payload or the audit table"
        );
    }
}

fn short(error: &HandlerError) -> &'static str {
    match error.outcome() {
        Outcome::Pending { .. } => "pending",
        Outcome::GenerationFailed { .. } => "generation failed",
        Outcome::SyncFailed { .. } => "sync failed",
        Outcome::StoreUnavailable { .. } => "store",
        Outcome::InProgressElsewhere { .. } => "busy",
        _ => "malformed",
    }
}
