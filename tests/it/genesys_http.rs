//! The Genesys, OAuth and CRM HTTP adapters against the simulator over real HTTP, with faults
//! injected at the simulator.

use std::time::{Duration, Instant, SystemTime};

use genesys_sim::Fault;
use genesys_summary_lambda::adapters::crm_http::{signature_header, verify_signature};
use genesys_summary_lambda::domain::event::{ParsedEvent, parse};
use genesys_summary_lambda::domain::ids::ConversationId;
use genesys_summary_lambda::domain::outcome::Outcome;
use genesys_summary_lambda::domain::validate::validate;
use genesys_summary_lambda::pipeline::generate::{Generated, generate};
use genesys_summary_lambda::ports::crm::{CrmError, CrmPost, CrmSink};
use genesys_summary_lambda::ports::genesys::{GenesysApi, GenesysError};
use genesys_summary_lambda::ports::tokens::{OAuthError, TokenError};

use crate::harness::*;

const CONVERSATION: &str = "3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b";

fn conversation() -> ConversationId {
    ConversationId::parse(CONVERSATION).unwrap()
}

fn post<'a>(body: &'a str, idempotency_key: &'a str) -> CrmPost<'a> {
    CrmPost {
        body,
        idempotency_key,
        for_review: false,
    }
}

fn status(code: u16) -> Fault {
    Fault::Status {
        status: code,
        retry_after: None,
    }
}

async fn fetch(world: &World) -> Result<(), GenesysError> {
    let config = world.config(&[]);
    let (_, genesys, _) = world.stack(&config);
    genesys
        .conversation_summaries(&conversation(), &deadline(15))
        .await
        .map(|_| ())
}

#[tokio::test]
async fn rate_limit_with_retry_after_in_seconds_is_honoured() {
    let world = World::new().await;
    world.sim.sim.push_faults(
        "summaries",
        [Fault::Status {
            status: 429,
            retry_after: Some("1".into()),
        }],
    );
    let started = Instant::now();
    fetch(&world).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(world.sim.sim.requests("summaries"), 2);
}

#[tokio::test]
async fn rate_limit_with_retry_after_as_http_date_is_honoured() {
    let world = World::new().await;
    let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    world.sim.sim.push_faults(
        "summaries",
        [Fault::Status {
            status: 429,
            retry_after: Some(at),
        }],
    );
    let started = Instant::now();
    fetch(&world).await.unwrap();
    // HTTP dates have one-second resolution: at least one second must have been waited.
    assert!(
        started.elapsed() >= Duration::from_millis(1000),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(world.sim.sim.requests("summaries"), 2);
}

#[tokio::test]
async fn rate_limit_with_retry_after_does_not_spend_attempts() {
    let world = World::new().await;
    let limited = || Fault::Status {
        status: 429,
        retry_after: Some("0".into()),
    };
    // More 429s than HTTP_MAX_ATTEMPTS (4), then a 503: all retried within the deadline.
    world.sim.sim.push_faults(
        "summaries",
        [
            limited(),
            limited(),
            limited(),
            limited(),
            limited(),
            status(503),
        ],
    );
    fetch(&world).await.unwrap();
    assert_eq!(world.sim.sim.requests("summaries"), 7);
}

#[tokio::test]
async fn rate_limit_without_retry_after_spends_attempts() {
    let world = World::new().await;
    world
        .sim
        .sim
        .push_faults("summaries", std::iter::repeat_n(status(429), 10));
    assert_eq!(fetch(&world).await.unwrap_err().status(), Some(429));
    assert_eq!(world.sim.sim.requests("summaries"), 4);
}

#[tokio::test]
async fn server_errors_are_retried_until_success() {
    let world = World::new().await;
    world
        .sim
        .sim
        .push_faults("summaries", [status(503), status(502), status(500)]);
    fetch(&world).await.unwrap();
    assert_eq!(world.sim.sim.requests("summaries"), 4);
}

#[tokio::test]
async fn not_implemented_and_other_client_errors_are_not_retried() {
    let world = World::new().await;
    world.sim.sim.push_faults("summaries", [status(501)]);
    let err = fetch(&world).await.unwrap_err();
    assert_eq!(err.status(), Some(501));
    assert!(err.to_string().contains("contextId"), "{err}");
    world.sim.sim.push_faults("summaries", [status(403)]);
    assert_eq!(fetch(&world).await.unwrap_err().status(), Some(403));
    assert_eq!(world.sim.sim.requests("summaries"), 2);
}

#[tokio::test]
async fn attempts_are_bounded() {
    let world = World::new().await;
    world
        .sim
        .sim
        .push_faults("summaries", std::iter::repeat_n(status(503), 10));
    assert_eq!(fetch(&world).await.unwrap_err().status(), Some(503));
    assert_eq!(
        world.sim.sim.requests("summaries"),
        4,
        "HTTP_MAX_ATTEMPTS defaults to 4"
    );
}

#[tokio::test]
async fn a_401_mid_run_refreshes_the_cached_token_once() {
    let world = World::new().await;
    fetch(&world).await.unwrap();
    assert_eq!(world.sim.sim.requests("oauth"), 1);
    world.sim.sim.revoke_tokens();
    // A new adapter stack (empty memory) finds the revoked token in DynamoDB, is refused, refreshes.
    fetch(&world).await.unwrap();
    assert_eq!(world.sim.sim.requests("oauth"), 2);
    assert_eq!(world.sim.sim.snapshot().unauthorized, 1);
    // The refreshed token was written back: a third stack logs in no more.
    fetch(&world).await.unwrap();
    assert_eq!(world.sim.sim.requests("oauth"), 2);
}

#[tokio::test]
async fn a_persistent_401_fails_after_one_refresh() {
    let world = World::new().await;
    world
        .sim
        .sim
        .push_faults("summaries", [status(401), status(401)]);
    assert_eq!(fetch(&world).await.unwrap_err().status(), Some(401));
    assert_eq!(world.sim.sim.requests("summaries"), 2);
}

#[tokio::test]
async fn rejected_client_credentials_are_reported_as_such() {
    let world = World::new().await;
    world.sim.sim.push_faults("oauth", [status(401)]);
    let err = fetch(&world).await.unwrap_err();
    assert!(
        matches!(
            err,
            GenesysError::Token(TokenError::OAuth(OAuthError::Rejected { status: 401, .. }))
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_rotated_secret_is_picked_up_when_the_login_rejects_the_cached_one() {
    let world = World::new().await;
    let stale =
        serde_json::json!({"clientId": CLIENT_ID, "clientSecret": "rotated-away"}).to_string();
    aws_sdk_secretsmanager::Client::new(&world.aws)
        .put_secret_value()
        .secret_id(&world.secret_id)
        .secret_string(stale)
        .send()
        .await
        .unwrap();
    let config = world.config(&[]);
    let (_, genesys, _) = world.stack(&config);
    // The instance caches the stale secret (e.g. it started before the rotation) ...
    assert!(fetch_with(&genesys).await.is_err());
    // ... then the secret is rotated to the value Genesys accepts.
    aws_sdk_secretsmanager::Client::new(&world.aws)
        .put_secret_value()
        .secret_id(&world.secret_id)
        .secret_string(secret_json())
        .send()
        .await
        .unwrap();
    fetch_with(&genesys).await.unwrap();
    assert_eq!(
        world.sim.sim.requests("oauth"),
        3,
        "stale, stale re-read and rejected, rotated"
    );
}

async fn fetch_with(genesys: &Genesys) -> Result<(), GenesysError> {
    genesys
        .conversation_summaries(&conversation(), &deadline(15))
        .await
        .map(|_| ())
}

#[tokio::test]
async fn responses_slower_than_the_client_timeout_are_retried() {
    let world = World::new().await;
    world
        .sim
        .sim
        .push_faults("summaries", [Fault::Delay { ms: 3_000 }]);
    fetch(&world).await.unwrap();
    assert_eq!(world.sim.sim.requests("summaries"), 2);
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported() {
    let world = World::new().await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let config = world.config(&[("GENESYS_API_BASE_URL", &format!("http://{closed}"))]);
    let (_, genesys, _) = world.stack(&config);
    let err = genesys
        .conversation_summaries(&conversation(), &deadline(15))
        .await
        .unwrap_err();
    assert!(matches!(err, GenesysError::Unreachable(_)), "{err:?}");
}

async fn generate_for(
    world: &World,
    overrides: &[(&str, &str)],
    event_file: &str,
) -> Result<Generated, Outcome> {
    let config = world.config(overrides);
    let (_, genesys, _) = world.stack(&config);
    let ParsedEvent::Supported(event) = parse(&event(event_file), &config.triggers).unwrap() else {
        panic!()
    };
    let request = validate(&event, &config.request).unwrap();
    generate(&genesys, &config.summaries, &event, &request, &deadline(15)).await
}

#[tokio::test]
async fn a_summary_not_ready_for_some_polls_is_read_once_ready() {
    let world = World::new().await;
    world.sim.sim.push_faults(
        "summaries",
        [Fault::NotReady, Fault::NotReady, Fault::NotReady],
    );
    let generated = generate_for(&world, &[], "acw.json").await.unwrap();
    assert_eq!(generated.reads, 4);
    assert!(generated.genesys_correlation_id.is_some());
    assert_eq!(
        generated.summary.resolution.as_deref(),
        Some("Duplicate charge refunded")
    );
}

#[tokio::test]
async fn a_summary_never_ready_within_the_budget_is_pending() {
    let world = World::new().await;
    world
        .sim
        .sim
        .push_faults("summaries", std::iter::repeat_n(Fault::NotReady, 100));
    let err = generate_for(&world, &[("SUMMARY_WAIT_SECONDS", "1")], "acw.json")
        .await
        .unwrap_err();
    assert!(matches!(err, Outcome::Pending { .. }), "{err:?}");
}

#[tokio::test]
async fn status_error_and_404_after_the_wait_are_unavailable() {
    let world = World::new().await;
    world
        .sim
        .sim
        .push_faults("summaries", [Fault::SummaryError]);
    assert!(matches!(
        generate_for(&world, &[], "acw.json").await,
        Err(Outcome::Unavailable { .. })
    ));

    world
        .sim
        .sim
        .set_summaries(CONVERSATION, serde_json::Value::Null);
    let err = generate_for(&world, &[("SUMMARY_WAIT_SECONDS", "1")], "acw.json")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Outcome::Unavailable { reason } if reason.contains("404")),
        "{err:?}"
    );
}

#[tokio::test]
async fn on_demand_generation_is_requested_when_configured() {
    let world = World::new().await;
    generate_for(&world, &[("REQUEST_ON_DEMAND_SUMMARY", "true")], "acw.json")
        .await
        .unwrap();
    assert_eq!(world.sim.sim.requests("onDemand"), 1);
}

#[tokio::test]
async fn agent_assist_responses_are_format_verified() {
    let world = World::new().await;
    let generated = generate_for(&world, &[("SUMMARY_SOURCE", "agentassist")], "acw.json")
        .await
        .unwrap();
    assert!(generated.summary.summary_id.is_some());

    world
        .sim
        .sim
        .push_faults("agentAssist", [Fault::MissingSummaryText]);
    let err = generate_for(&world, &[("SUMMARY_SOURCE", "agentassist")], "acw.json")
        .await
        .unwrap_err();
    assert_eq!(
        err,
        Outcome::GenerationFailed {
            reason: "Genesys response failed format verification: agent-assist response is missing summaryText".to_string()
        }
    );
}

#[tokio::test]
async fn crm_posts_are_signed_and_retried_on_5xx() {
    let world = World::new().await;
    let config = world.config(&[]);
    let (_, _, crm) = world.stack(&config);
    world.sim.sim.push_faults(
        "crm",
        [
            status(503),
            Fault::Status {
                status: 429,
                retry_after: Some("0".into()),
            },
        ],
    );
    let delivery = crm
        .deliver(post(r#"{"summaryText":"ok"}"#, "gsl-key"), &deadline(15))
        .await
        .unwrap();
    assert_eq!((delivery.status, delivery.attempts), (201, 3));
    let posts = world.sim.sim.snapshot().crm_posts;
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].idempotency_key.as_deref(), Some("gsl-key"));
    assert_eq!(posts[0].signature_valid, Some(true));
}

#[tokio::test]
async fn crm_client_errors_are_refused_without_retry_and_timeouts_exhaust() {
    let world = World::new().await;
    let config = world.config(&[]);
    let (_, _, crm) = world.stack(&config);
    world.sim.sim.push_faults("crm", [status(422)]);
    let err = crm
        .deliver(post("{}", "k"), &deadline(15))
        .await
        .unwrap_err();
    assert!(
        matches!(err, CrmError::Refused { status: 422, .. }),
        "{err:?}"
    );
    assert_eq!(world.sim.sim.requests("crm"), 1);

    world
        .sim
        .sim
        .push_faults("crm", std::iter::repeat_n(Fault::Delay { ms: 2_500 }, 4));
    let err = crm
        .deliver(post("{}", "k"), &deadline(30))
        .await
        .unwrap_err();
    assert!(
        matches!(err, CrmError::Exhausted { attempts: 4, .. }),
        "{err:?}"
    );
}

#[test]
fn the_sinks_signature_check_agrees_with_ours() {
    let now = chrono::Utc::now().timestamp();
    let header = signature_header(&[b"k"], now, b"{}");
    assert!(genesys_sim::signature_valid("k", &header, b"{}"));
    assert!(verify_signature(b"k", &header, b"{}", now, 300));
}
