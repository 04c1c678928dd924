//! `summary-ops`, the real binary, against moto (SQS, DynamoDB, Secrets Manager), the simulator
//! (Genesys) and the real function under `cargo lambda watch` (Lambda's Invoke API). The emulator
//! runs an asynchronous invoke synchronously (it has no queue), so a replayed event has been
//! handled when the invoke returns.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use aws_sdk_sqs::types::{MessageAttributeValue, QueueAttributeName};
use genesys_summary_lambda::domain::event::TriggerKind;
use genesys_summary_lambda::domain::ids::{ConversationId, OrgId};
use genesys_summary_lambda::ports::genesys::ConversationResponse;
use genesys_summary_ops::backfill::{events_for, from_org};
use genesys_summary_ops::failed::{Origin, recognise, summary_of};
use serde_json::{Value, json};

use crate::harness::*;
use crate::runtime::*;

/// The `summary-ops` binary, built once for this test binary (cargo builds only the packages'
/// own binaries for their tests).
fn summary_ops() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
        let status = Command::new(cargo)
            .args([
                "build",
                "--quiet",
                "-p",
                "genesys-summary-ops",
                "--bin",
                "summary-ops",
            ])
            .current_dir(repo_root())
            .status()
            .expect("run cargo build");
        assert!(status.success(), "building summary-ops failed");
        // This test binary is target/debug/deps/it-<hash>.
        let exe = std::env::current_exe().unwrap();
        exe.parent().unwrap().parent().unwrap().join("summary-ops")
    })
}

/// A stack's worth of stand-ins: moto, the simulator, the function under the emulator.
struct Stack {
    world: World,
    lambda_port: u16,
    _emulator: tokio::process::Child,
    function: Option<Function>,
}

impl Stack {
    async fn start() -> Self {
        let world = World::new().await;
        let (emulator, lambda_port) = start_emulator().await;
        let function = Function::spawn(handler(&world, lambda_port, &[]));
        Self {
            world,
            lambda_port,
            _emulator: emulator,
            function: Some(function),
        }
    }

    /// Runs `summary-ops ARGS`; (succeeded, stdout, stderr).
    fn ops(&self, args: &[&str]) -> (bool, String, String) {
        let output = Command::new(summary_ops())
            .args(args)
            .env_clear()
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ACCESS_KEY_ID", "testing")
            .env("AWS_SECRET_ACCESS_KEY", "testing")
            .env("AWS_ENDPOINT_URL_SQS", moto_endpoint())
            .env("AWS_ENDPOINT_URL_DYNAMODB", moto_endpoint())
            .env("AWS_ENDPOINT_URL_SECRETS_MANAGER", moto_endpoint())
            .env(
                "AWS_ENDPOINT_URL_LAMBDA",
                format!("http://127.0.0.1:{}", self.lambda_port),
            )
            .output()
            .expect("run summary-ops");
        // Shown with `-- --nocapture`: what an operator sees.
        eprintln!(
            "$ summary-ops {}\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).to_string(),
            String::from_utf8_lossy(&output.stderr).to_string(),
        )
    }

    async fn stop(mut self) -> String {
        match self.function.take() {
            Some(function) => function.stop().await,
            None => String::new(),
        }
    }
}

fn sqs(world: &World) -> aws_sdk_sqs::Client {
    aws_sdk_sqs::Client::new(&world.aws)
}

async fn queue(world: &World) -> String {
    sqs(world)
        .create_queue()
        .queue_name(unique("failed-events"))
        .send()
        .await
        .unwrap()
        .queue_url
        .unwrap()
}

async fn send(world: &World, queue_url: &str, body: String, attributes: &[(&str, &str)]) {
    let mut request = sqs(world)
        .send_message()
        .queue_url(queue_url)
        .message_body(body);
    for (name, value) in attributes {
        request = request.message_attributes(
            *name,
            MessageAttributeValue::builder()
                .data_type("String")
                .string_value(*value)
                .build()
                .unwrap(),
        );
    }
    request.send().await.unwrap();
}

async fn visible_messages(world: &World, queue_url: &str) -> u64 {
    let attributes = sqs(world)
        .get_queue_attributes()
        .queue_url(queue_url)
        .attribute_names(QueueAttributeName::ApproximateNumberOfMessages)
        .send()
        .await
        .unwrap();
    attributes.attributes().unwrap()[&QueueAttributeName::ApproximateNumberOfMessages]
        .parse()
        .unwrap()
}

/// Lambda's on-failure record of an invocation that failed through its retries.
fn invocation_record(event: &Value) -> Value {
    json!({
        "version": "1.0", "timestamp": "2026-11-30T10:00:00.000Z",
        "requestContext": {"requestId": uuid::Uuid::new_v4().to_string(),
                           "functionArn": "arn:aws:lambda:us-east-1:123456789012:function:summary:$LATEST",
                           "condition": "RetriesExhausted", "approximateInvokeCount": 3},
        "requestPayload": event,
        "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
        "responsePayload": {"errorType": "SyncFailed", "errorMessage": "CRM sync failed"}
    })
}

fn conversation_ids_posted(world: &World) -> Vec<String> {
    let mut ids: Vec<String> = world
        .sim
        .sim
        .snapshot()
        .crm_posts
        .iter()
        .map(|p| {
            p.body["interactionId"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    ids.sort();
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replay_sends_both_shapes_through_again_and_leaves_what_it_cannot_read() {
    let stack = Stack::start().await;
    let world = &stack.world;
    let queue_url = queue(world).await;
    let (a, b) = (
        uuid::Uuid::new_v4().to_string(),
        uuid::Uuid::new_v4().to_string(),
    );
    send(
        world,
        &queue_url,
        acw_for(&a).to_string(),
        &[
            (
                "RULE_ARN",
                "arn:aws:events:us-east-1:123456789012:rule/bus/summary-genesys-events",
            ),
            ("ERROR_CODE", "NO_PERMISSIONS"),
            ("EXHAUSTED_RETRY_CONDITION", "MaximumRetryAttempts"),
        ],
    )
    .await;
    send(
        world,
        &queue_url,
        invocation_record(&acw_for(&b)).to_string(),
        &[],
    )
    .await;
    send(world, &queue_url, "this is not an event".to_string(), &[]).await;
    // The same event as the first, failed again later: replaying it is a harmless duplicate.
    send(
        world,
        &queue_url,
        invocation_record(&acw_for(&a)).to_string(),
        &[],
    )
    .await;

    let args = ["replay", "--queue-url", &queue_url, "--function", "_"];
    let (ok, out, err) = stack.ops(&[&args[..], &["--dry-run"]].concat());
    assert!(ok, "{out}{err}");
    assert!(out.contains("would replay 3, skipped 1, failed 0"), "{out}");
    assert!(
        out.contains("EventBridge dead letter: NO_PERMISSIONS, MaximumRetryAttempts"),
        "{out}"
    );
    assert!(
        out.contains("Lambda invocation record: RetriesExhausted, SyncFailed"),
        "{out}"
    );
    assert!(
        out.contains("skipped, left in the queue: the body is not JSON"),
        "{out}"
    );
    assert_eq!(
        visible_messages(world, &queue_url).await,
        4,
        "a dry run changes nothing"
    );
    assert!(conversation_ids_posted(world).is_empty());

    let (ok, out, err) = stack.ops(&args);
    assert!(ok, "{out}{err}");
    assert!(out.contains("replayed 3, skipped 1, failed 0"), "{out}");
    assert!(out.contains("harmless duplicate"), "{out}");
    let mut expected = vec![a.clone(), b.clone()];
    expected.sort();
    assert_eq!(
        conversation_ids_posted(world),
        expected,
        "one post each, the duplicate a no-op"
    );
    assert_eq!(
        visible_messages(world, &queue_url).await,
        1,
        "only the unreadable message is left"
    );

    // The trail of the replayed conversation, as a table and as JSON.
    let table = world.audit_table.clone();
    let (ok, out, err) = stack.ops(&["audit", &a, "--table", &table]);
    assert!(ok, "{out}{err}");
    assert!(out.contains("state COMPLETED"), "{out}");
    assert!(out.contains("SUMMARY_GENERATED_AND_SYNCED"), "{out}");
    let (ok, out, _) = stack.ops(&["audit", &a, "--table", &table, "--json"]);
    assert!(ok);
    let items: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(items.len(), 2, "the claim and its record: {out}");
    assert_eq!(items[0]["state"], "COMPLETED");
    let (ok, out, _) = stack.ops(&[
        "audit",
        &uuid::Uuid::new_v4().to_string(),
        "--table",
        &table,
    ]);
    assert!(ok && out.starts_with("no claims or audit records"), "{out}");
    stack.stop().await;
}

/// A conversation transferred between two agents, ended.
fn two_agent_conversation(agents: [&str; 2]) -> Value {
    json!({
        "id": "set-below",
        "startTime": "2025-12-12T10:00:00.000Z",
        "endTime": "2025-12-12T10:09:00.000Z",
        "participants": [
            {"id": "a1b2c3d4-0000-4000-8000-0000000000c1", "purpose": "customer",
             "calls": [{"id": "a1b2c3d4-0000-4000-8000-0000000000c2"}]},
            {"id": "a1b2c3d4-0000-4000-8000-0000000000a1", "purpose": "agent", "userId": agents[0],
             "endAcwTime": "2025-12-12T10:05:00.000Z", "wrapup": {"code": "a1b2c3d4-0000-4000-8000-000000000015"},
             "calls": [{"id": "a1b2c3d4-0000-4000-8000-0000000000a2"}]},
            {"id": "a1b2c3d4-0000-4000-8000-0000000000b1", "purpose": "agent", "userId": agents[1],
             "endAcwTime": "2025-12-12T10:10:00.000Z",
             "calls": [{"id": "a1b2c3d4-0000-4000-8000-0000000000b2"}]}
        ]
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backfill_builds_the_events_the_bus_would_have_sent_and_can_run_again() {
    let stack = Stack::start().await;
    let world = &stack.world;
    let conversation = uuid::Uuid::new_v4().to_string();
    let agents = [
        "a1b2c3d4-0000-4000-8000-0000000000a9",
        "a1b2c3d4-0000-4000-8000-0000000000b9",
    ];
    world
        .sim
        .sim
        .set_conversation(&conversation, two_agent_conversation(agents));
    let ids = std::env::temp_dir().join(unique("conversations"));
    std::fs::write(&ids, format!("# to backfill\n{conversation}\n\n")).unwrap();
    let base = [
        "backfill",
        "--function",
        "_",
        "--secret-id",
        &world.secret_id,
        "--token-table",
        &world.token_table,
        "--api-base-url",
        &world.sim.url(),
        "--login-base-url",
        &world.sim.url(),
    ];
    let file_args = [&base[..], &["--conversations", ids.to_str().unwrap()]].concat();

    let (ok, out, err) = stack.ops(&[&file_args[..], &["--dry-run"]].concat());
    assert!(ok, "{out}{err}");
    assert!(out.contains("events would send 2"), "{out}");
    assert!(conversation_ids_posted(world).is_empty());

    let (ok, out, err) = stack.ops(&file_args);
    assert!(ok, "{out}{err}");
    assert!(
        out.contains(&format!(
            "acw for agent {}, acw for agent {}",
            agents[0], agents[1]
        )),
        "{out}"
    );
    let posts = world.sim.sim.snapshot().crm_posts;
    let mut posted_agents: Vec<&str> = posts
        .iter()
        .filter_map(|p| p.body["agentId"].as_str())
        .collect();
    posted_agents.sort();
    assert_eq!(posted_agents, agents, "one summary per agent");

    // Again: the same events, every one a no-op.
    let (ok, out, err) = stack.ops(&file_args);
    assert!(ok && out.contains("events sent 2"), "{out}{err}");
    assert_eq!(world.sim.sim.snapshot().crm_posts.len(), 2);

    // By time: the query finds the conversation.
    let window = [
        &base[..],
        &[
            "--since",
            "2025-12-12T00:00:00Z",
            "--until",
            "2025-12-13T00:00:00Z",
            "--dry-run",
        ],
    ]
    .concat();
    let (ok, out, err) = stack.ops(&window);
    assert!(ok, "{out}{err}");
    assert!(out.contains("1 conversations started between"), "{out}");
    assert!(out.contains(&conversation), "{out}");

    // A bad line is named, and nothing is sent.
    std::fs::write(&ids, format!("{conversation}\nconv-12345\n")).unwrap();
    let (ok, _, err) = stack.ops(&file_args);
    assert!(!ok);
    assert!(
        err.contains("line 2: 'conv-12345' must be a valid Genesys Cloud UUID"),
        "{err}"
    );
    assert_eq!(world.sim.sim.snapshot().crm_posts.len(), 2);
    std::fs::remove_file(&ids).ok();
    stack.stop().await;
}

#[test]
fn the_command_line_explains_itself_and_names_what_is_missing() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let run = |args: &[&str]| {
        let mut out = Vec::new();
        let args = std::iter::once("summary-ops").chain(args.iter().copied());
        let result = runtime.block_on(genesys_summary_ops::cli::run(args, &mut out));
        (result, String::from_utf8(out).unwrap())
    };
    let (result, out) = run(&["--help"]);
    assert!(result.is_ok());
    for command in ["replay", "audit", "backfill"] {
        assert!(out.contains(command), "{out}");
    }
    let (result, _) = run(&["replay", "--function", "f"]);
    let error = result.unwrap_err().to_string();
    assert!(error.contains("--queue-url"), "{error}");
    let (result, _) = run(&[
        "backfill",
        "--function",
        "f",
        "--secret-id",
        "s",
        "--token-table",
        "t",
        "--genesys-region",
        "mypurecloud.com",
        "--conversations",
        "x",
        "--triggers",
        "summaries",
    ]);
    assert!(
        result
            .unwrap_err()
            .to_string()
            .contains("must be acw or customer.end")
    );
}

// The recognition of queue messages and the building of backfill events, on their own.

fn event() -> Value {
    json!({"id": "e1", "detail-type": "v2.detail.events.conversation.{id}.acw",
           "detail": {"eventBody": {"conversationId": "c1"}}})
}

#[test]
fn a_rule_dead_letter_is_the_event_itself_with_attributes() {
    let attributes = HashMap::from([
        ("ERROR_CODE".to_string(), "NO_PERMISSIONS".to_string()),
        (
            "EXHAUSTED_RETRY_CONDITION".to_string(),
            "MaximumRetryAttempts".to_string(),
        ),
    ]);
    let failed = recognise(&event().to_string(), &attributes).unwrap();
    assert_eq!(failed.origin, Origin::RuleDeadLetter);
    assert_eq!(failed.event, event());
    assert_eq!(failed.why, "NO_PERMISSIONS, MaximumRetryAttempts");
    assert_eq!(summary_of(&failed.event), "conversation c1 (acw)");
}

#[test]
fn an_invocation_record_carries_the_event_in_request_payload() {
    let failed = recognise(&invocation_record(&event()).to_string(), &HashMap::new()).unwrap();
    assert_eq!(failed.origin, Origin::InvocationRecord);
    assert_eq!(failed.event, event());
    assert_eq!(failed.why, "RetriesExhausted, SyncFailed");
}

#[test]
fn a_message_of_neither_shape_is_named_not_guessed() {
    for (body, why) in [
        ("not json", "the body is not JSON"),
        ("[1, 2]", "JSON that is not an EventBridge event"),
        (
            r#"{"hello": "world"}"#,
            "a JSON object that is not an EventBridge event",
        ),
        (
            r#"{"requestPayload": {}}"#,
            "requestPayload without a requestContext",
        ),
        (
            r#"{"requestContext": {}, "requestPayload": {"x": 1}}"#,
            "a JSON object that is not an EventBridge event",
        ),
    ] {
        assert_eq!(recognise(body, &HashMap::new()).unwrap_err(), why, "{body}");
    }
}

#[test]
fn backfill_events_are_the_buses_own_shape_and_are_what_the_function_accepts() {
    let id = ConversationId::parse("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b").unwrap();
    let agents = [
        "a1b2c3d4-0000-4000-8000-0000000000a9",
        "a1b2c3d4-0000-4000-8000-0000000000b9",
    ];
    let conversation: ConversationResponse =
        serde_json::from_value(two_agent_conversation(agents)).unwrap();
    let all = [TriggerKind::AfterCallWork, TriggerKind::CustomerEnd];
    let events = events_for(&id, &conversation, &all).unwrap();
    assert_eq!(events.len(), 3);
    for event in &events {
        let parsed = genesys_summary_lambda::domain::event::parse(event, &all);
        assert!(
            matches!(
                parsed,
                Ok(genesys_summary_lambda::domain::event::ParsedEvent::Supported(_))
            ),
            "{event}: {parsed:?}"
        );
    }
    let first = &events[0]["detail"]["eventBody"];
    assert_eq!(first["userId"], agents[0]);
    assert_eq!(first["sessionId"], "a1b2c3d4-0000-4000-8000-0000000000a2");
    assert_eq!(first["mediaType"], "VOICE");
    assert_eq!(first["wrapupCode"], "a1b2c3d4-0000-4000-8000-000000000015");
    assert_eq!(first["eventTime"], 1_765_533_900_000_i64);
    assert!(
        events[2]["detail"]["eventBody"].get("userId").is_none(),
        "customer.end has no agent"
    );
    // The same conversation gives the same event ids: a second backfill repeats, not adds.
    assert_eq!(
        events_for(&id, &conversation, &all).unwrap()[0]["id"],
        events[0]["id"]
    );
    // With --org the events name the org as its own source does, under ids of their own.
    let org = OrgId::parse("0f0e0d0c-0000-4000-8000-00000000000b").unwrap();
    let of_org = from_org(events[0].clone(), Some(&org));
    let Ok(genesys_summary_lambda::domain::event::ParsedEvent::Supported(parsed)) =
        genesys_summary_lambda::domain::event::parse(&of_org, &all)
    else {
        panic!("{of_org}")
    };
    assert_eq!(parsed.org_id.as_ref(), Some(&org));
    assert_ne!(of_org["id"], events[0]["id"]);
    assert_eq!(from_org(events[0].clone(), None), events[0]);

    let mut ongoing = conversation.clone();
    ongoing.end_time = None;
    assert!(
        events_for(&id, &ongoing, &all)
            .unwrap_err()
            .contains("has not ended")
    );
    let mut no_agent = conversation;
    no_agent
        .participants
        .retain(|p| p.purpose.as_deref() != Some("agent"));
    assert_eq!(
        events_for(&id, &no_agent, &[TriggerKind::AfterCallWork]).unwrap_err(),
        "no agent took part"
    );
}
