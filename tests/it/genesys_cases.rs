//! Genesys Cloud as a live org sends it (the facts are in docs/genesys.md): each case through the
//! real pipeline with the real adapters, moto and the simulator.

use genesys_sim::Fault;
use genesys_summary_lambda::domain::outcome::Outcome;
use serde_json::{Value, json};

use crate::harness::*;

const CONVERSATION: &str = "3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b";
const AGENT_1: &str = "a1b2c3d4-0000-4000-8000-0000000000a1";
const AGENT_2: &str = "a1b2c3d4-0000-4000-8000-0000000000a2";

fn posts(world: &World) -> Vec<Value> {
    world
        .sim
        .sim
        .snapshot()
        .crm_posts
        .into_iter()
        .map(|p| p.body)
        .collect()
}

/// The audit records' `error` texts, oldest first.
async fn audit_errors(world: &World) -> Vec<String> {
    world
        .audit_records()
        .await
        .iter()
        .map(|i| {
            i.get("error")
                .and_then(|e| e.as_s().ok())
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

/// Speech and Text Analytics scores -100..+100: a near-neutral 1 is +0.01, not +1.0.
#[tokio::test]
async fn transcript_sentiment_is_read_on_its_own_scale() {
    for (score, expected, aligned) in [
        (Some(1.0), json!(0.01), json!(true)),
        (Some(-0.5), json!(-0.005), json!(true)),
        (Some(-55.0), json!(-0.55), json!(false)),
        (Some(150.0), Value::Null, Value::Null),
    ] {
        let world = World::new().await;
        world.sim.sim.set_sentiment(score);
        let handled = world
            .pipeline(&[])
            .handle(&event("acw.json"), &invocation(15))
            .await
            .unwrap();
        assert_eq!(handled.outcome.name(), "synced");
        let metadata = &posts(&world)[0]["metadata"];
        assert_eq!(
            metadata["transcriptSentiment"], expected,
            "{score:?}: {metadata}"
        );
        // The summary is positive: a near-neutral call does not contradict it, a clearly
        // negative one does, and a score out of scale is unknown.
        assert_eq!(
            metadata["sentimentAligned"], aligned,
            "{score:?}: {metadata}"
        );
    }
}

fn pushed_error(error_type: &str) -> Value {
    let mut e = event("copilot-summary.json");
    let body = e["detail"]["eventBody"].as_object_mut().unwrap();
    body.remove("summary");
    body.insert("errorType".into(), json!(error_type));
    e
}

#[tokio::test]
async fn a_push_without_a_summary_ends_as_what_genesys_says() {
    for (error_type, reason) in [
        ("CONVERSATION_TOO_SHORT", "CONVERSATION_TOO_SHORT"),
        ("CONVERSATION_TOO_LONG", "CONVERSATION_TOO_LONG"),
        ("UNKNOWN", "errorType UNKNOWN"),
    ] {
        let world = World::new().await;
        let handled = world
            .pipeline(&[])
            .handle(&pushed_error(error_type), &invocation(15))
            .await
            .unwrap();
        assert_eq!(handled.outcome.name(), "unavailable", "{error_type}");
        assert_eq!(world.audit_events().await, ["SUMMARY_UNAVAILABLE"]);
        assert!(audit_errors(&world).await[0].contains(reason));
        assert_eq!(world.sim.sim.requests("summaries"), 0, "nothing to read");
        assert!(posts(&world).is_empty());
    }
}

#[tokio::test]
async fn a_rate_limited_push_reads_the_summary_or_asks_to_be_retried() {
    let world = World::new().await;
    let handled = world
        .pipeline(&[])
        .handle(&pushed_error("RATE_LIMITED"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(world.sim.sim.requests("summaries"), 1, "read with the GET");
    assert_eq!(posts(&world).len(), 1);

    let world = World::new().await;
    let pushed = pushed_error("RATE_LIMITED");
    let conversation = pushed["detail"]["eventBody"]["conversationId"]
        .as_str()
        .unwrap();
    world.sim.sim.set_summaries(conversation, Value::Null);
    let err = world
        .pipeline(&[("SUMMARY_WAIT_SECONDS", "1")])
        .handle(&pushed, &invocation(15))
        .await
        .unwrap_err();
    assert!(matches!(err.outcome(), Outcome::Pending { .. }), "{err}");
    assert_eq!(world.audit_events().await, ["SUMMARY_PENDING"]);
}

/// Copilot summarises in more locales than we ask in; a summary it already wrote is synced in its
/// own, with sentiment where an analyser covers the language.
#[tokio::test]
async fn a_summary_in_any_locale_is_synced_in_it() {
    let world = World::new().await;
    let pipeline = world.pipeline(&[
        ("SUPPORTED_LANGUAGES", "en,fr,es-ES"),
        ("SUMMARY_LANGUAGE", "en-GB"),
    ]);
    for (language, sentiment) in [("en-gb", true), ("fr-ca", true), ("pt-br", false)] {
        let mut e = acw_for(&uuid::Uuid::new_v4().to_string());
        e["detail-type"] = json!("v2.users.{id}.conversations.summaries");
        let pushed = event("copilot-summary.json")["detail"]["eventBody"].clone();
        let conversation = e["detail"]["eventBody"]["conversationId"].clone();
        e["detail"]["eventBody"] = pushed;
        e["detail"]["eventBody"]["conversationId"] = conversation;
        e["detail"]["eventBody"]["language"] = json!(language);
        e["detail"]["topicName"] =
            json!("v2.users.a1b2c3d4-0000-4000-8000-000000000013.conversations.summaries");
        let handled = pipeline.handle(&e, &invocation(15)).await.unwrap();
        assert_eq!(handled.outcome.name(), "synced", "{language}");
        let post = posts(&world).pop().unwrap();
        assert_eq!(post["language"], language);
        assert_eq!(
            post["metadata"]["summarySentiment"].is_number(),
            sentiment,
            "{language}"
        );
    }
}

/// A conversation transferred from one agent to another: one session summary per agent segment,
/// no conversation-level summary.
fn transferred() -> Value {
    json!({
        "conversation": {"id": CONVERSATION},
        "sessionSummaries": [
            {"id": "a1b2c3d4-0000-4000-8000-0000000000e1", "status": "Completed", "language": "en-us",
             "text": "Customer asked to move a delivery; the first agent checked the order.",
             "participants": [{"id": AGENT_1}], "communication": {"id": "a1b2c3d4-0000-4000-8000-0000000000c1"},
             "reason": {"text": "Delivery change"}},
            {"id": "a1b2c3d4-0000-4000-8000-0000000000e2", "status": "Completed", "language": "en-us",
             "text": "The second agent booked the new delivery slot and the customer was happy.",
             "participants": [{"id": AGENT_2}], "communication": {"id": "a1b2c3d4-0000-4000-8000-0000000000c2"},
             "resolution": {"text": "Delivery moved", "outcome": "Resolved"}}
        ]
    })
}

fn acw_of(agent: &str, session: &str) -> Value {
    let mut e = event("acw.json");
    e["id"] = json!(uuid::Uuid::new_v4().to_string());
    e["detail"]["eventBody"]["userId"] = json!(agent);
    e["detail"]["eventBody"]["sessionId"] = json!(session);
    e
}

#[tokio::test]
async fn after_a_transfer_each_agent_and_the_whole_conversation_get_their_summaries() {
    let world = World::new().await;
    world.sim.sim.set_summaries(CONVERSATION, transferred());
    let pipeline = world.pipeline(&[("SUMMARY_WAIT_SECONDS", "1")]);
    for (agent, session, words) in [
        (
            AGENT_1,
            "a1b2c3d4-0000-4000-8000-0000000000c1",
            "first agent",
        ),
        (
            AGENT_2,
            "a1b2c3d4-0000-4000-8000-0000000000c2",
            "second agent",
        ),
    ] {
        let handled = pipeline
            .handle(&acw_of(agent, session), &invocation(15))
            .await
            .unwrap();
        assert_eq!(handled.outcome.name(), "synced");
        let post = posts(&world).pop().unwrap();
        assert_eq!(post["agentId"], agent);
        assert!(
            post["summaryText"].as_str().unwrap().contains(words),
            "{post}"
        );
    }

    // customer.end: the whole conversation, in one post naming every segment.
    let handled = pipeline
        .handle(&event("customer-end.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    let post = posts(&world).pop().unwrap();
    assert_eq!(post["agentId"], Value::Null);
    let segments = post["segments"].as_array().unwrap();
    assert_eq!(segments.len(), 2);
    assert_eq!(segments[0]["agentId"], AGENT_1);
    assert_eq!(segments[1]["agentId"], AGENT_2);
    let text = post["summaryText"].as_str().unwrap();
    assert!(
        text.contains("first agent") && text.contains("second agent"),
        "{text}"
    );
    assert_eq!(post["reason"], "Delivery change");
    assert_eq!(post["resolution"], "Delivery moved");
    assert_eq!(posts(&world).len(), 3);
}

#[tokio::test]
async fn the_agents_applied_wrap_up_reaches_the_crm_redacted() {
    let world = World::new().await;
    let mut e = event("acw.json");
    e["detail"]["eventBody"]["wrapupNotes"] = json!("Call back on 212-555-0143 after the refund.");
    world
        .pipeline(&[])
        .handle(&e, &invocation(15))
        .await
        .unwrap();
    let post = posts(&world).pop().unwrap();
    assert_eq!(
        post["appliedWrapUp"],
        json!({"code": "a1b2c3d4-0000-4000-8000-000000000015", "notes": "Call back on [REDACTED:PHONE] after the refund."})
    );
    assert!(!post.to_string().contains("555-0143"));
    // Copilot's predicted codes stay where they were.
    assert_eq!(post["wrapUpCodes"][0]["name"], "Billing");
}

#[tokio::test]
async fn on_demand_generation_is_asked_once_and_never_for_email() {
    // E-mail has no on-demand endpoint: not asked, the summary read as usual.
    let world = World::new().await;
    let mut e = event("acw.json");
    e["detail"]["eventBody"]["mediaType"] = json!("EMAIL");
    let handled = world
        .pipeline(&[("REQUEST_ON_DEMAND_SUMMARY", "true")])
        .handle(&e, &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(world.sim.sim.requests("onDemand"), 0);

    // A 500 may hide a generation that started: no second POST; the summary is read anyway.
    let world = World::new().await;
    world.sim.sim.push_faults(
        "onDemand",
        [Fault::Status {
            status: 500,
            retry_after: None,
        }],
    );
    let handled = world
        .pipeline(&[("REQUEST_ON_DEMAND_SUMMARY", "true")])
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(world.sim.sim.requests("onDemand"), 1, "not retried");

    // Accepted: the generation's id is kept in the audit record.
    let world = World::new().await;
    world
        .pipeline(&[("REQUEST_ON_DEMAND_SUMMARY", "true")])
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    let items = world.audit_items().await;
    let record = items
        .iter()
        .find(|i| {
            i.get("kind")
                .and_then(|k| k.as_s().ok())
                .map(String::as_str)
                == Some("audit")
        })
        .unwrap();
    assert!(record.contains_key("onDemandSummaryId"), "{record:?}");
}

/// A conversation older than Copilot's retention (a replay, a backfill): its 404 is read as
/// "gone from Copilot", and Speech and Text Analytics' summary is used.
#[tokio::test]
async fn past_copilots_retention_the_speech_analytics_summary_is_used() {
    let world = World::new().await;
    world.sim.sim.set_summaries(CONVERSATION, Value::Null);
    world.sim.sim.set_analytics_summaries(
        CONVERSATION,
        json!({"entities": [
            {"summaryType": "Conversation", "summaryId": "sta-conv", "summary": "Conversation-level summary.", "language": "en-us"},
            {"summaryType": "Agent", "agentId": "a1b2c3d4-0000-4000-8000-000000000013", "summaryId": "sta-agent",
             "summary": "Customer asked about a refund; the agent refunded it. Card 4111 1111 1111 1111.", "language": "en-us"}
        ]}),
    );
    let mut e = event("acw.json");
    let thirty_days_ago = chrono::Utc::now().timestamp_millis() - 30 * 86_400_000;
    e["detail"]["eventBody"]["eventTime"] = json!(thirty_days_ago);
    let handled = world
        .pipeline(&[("SUMMARY_WAIT_SECONDS", "5")])
        .handle(&e, &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(
        world.sim.sim.requests("summaries"),
        1,
        "no wait on a 404 that will not change"
    );
    let post = posts(&world).pop().unwrap();
    assert_eq!(post["metadata"]["source"], "speechAnalytics");
    assert_eq!(post["metadata"]["summaryId"], "sta-agent");
    assert!(
        post["summaryText"]
            .as_str()
            .unwrap()
            .contains("[REDACTED:CARD]")
    );

    // Nothing there either: unavailable at once, with the reason.
    let world = World::new().await;
    world.sim.sim.set_summaries(CONVERSATION, Value::Null);
    let handled = world
        .pipeline(&[("SUMMARY_WAIT_SECONDS", "5")])
        .handle(&e, &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "unavailable");
    assert!(audit_errors(&world).await[0].contains("Speech and Text Analytics"));
}

/// An agent edits a summary after it was synced; Genesys publishes the summaries topic again
/// (`lastEditedBy`). The edit reaches the CRM as revision 2 of the same interaction, under a key of
/// its own; every re-delivery, of either version, changes nothing.
#[tokio::test]
async fn an_agents_edit_after_sync_reaches_the_crm_as_a_revision() {
    let world = World::new().await;
    let pipeline = world.pipeline(&[]);
    let original = event("copilot-summary.json");
    let mut edited = original.clone();
    edited["id"] = json!(uuid::Uuid::new_v4().to_string());
    edited["detail"]["eventBody"]["summary"]["text"] = json!(
        "Customer asked to confirm an appointment time; agent confirmed Thursday 10:00 and sent a reminder."
    );
    edited["detail"]["eventBody"]["lastEditedBy"] =
        json!({"id": "a1b2c3d4-0000-4000-8000-000000000013"});

    let outcomes: Vec<&str> = {
        let mut names = Vec::new();
        for e in [&original, &original, &edited, &edited, &original] {
            let handled = pipeline.handle(e, &invocation(15)).await.unwrap();
            names.push(handled.outcome.name());
        }
        names
    };
    assert_eq!(
        outcomes,
        ["synced", "duplicate", "synced", "duplicate", "duplicate"]
    );

    let snapshot = world.sim.sim.snapshot();
    let posts = &snapshot.crm_posts;
    assert_eq!(posts.len(), 2);
    assert_eq!(
        posts[0].body["interactionId"],
        posts[1].body["interactionId"]
    );
    assert_eq!(posts[0].body["metadata"]["revision"], 1);
    assert_eq!(posts[1].body["metadata"]["revision"], 2);
    assert_ne!(posts[0].idempotency_key, posts[1].idempotency_key);
    assert_eq!(posts[1].body["metadata"]["agentEdited"], true);
    assert!(
        posts[1].body["summaryText"]
            .as_str()
            .unwrap()
            .contains("Thursday")
    );
    assert_eq!(
        world.audit_events().await,
        [
            "SUMMARY_GENERATED_AND_SYNCED",
            "SUMMARY_GENERATED_AND_SYNCED"
        ]
    );
}

/// `SENTIMENT_ANALYZER=comprehend`: the summary's sentiment is Comprehend's (moto answers
/// NEUTRAL), recorded as such; when Comprehend fails, the summary is still synced, alignment is
/// `null` and the audit record says why.
#[tokio::test]
async fn comprehend_reads_the_summary_when_chosen_and_its_failure_is_no_guess() {
    let world = World::new().await;
    let overrides = [("SENTIMENT_ANALYZER", "comprehend")];
    let handled = world
        .pipeline(&overrides)
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    let metadata = posts(&world)[0]["metadata"].clone();
    assert_eq!(metadata["summaryPolarity"], "neutral", "{metadata}");
    assert_eq!(
        metadata["sentimentAligned"], true,
        "a neutral summary contradicts no call"
    );

    let config = world.config(&overrides);
    let mut a = world.adapters(&config);
    let unreachable = aws_config_at("http://127.0.0.1:9").await;
    a.sentiment = Some(ComprehendSentiment::new(aws_sdk_comprehend::Client::new(
        &unreachable,
    )));
    let pipeline = genesys_summary_lambda::pipeline::Pipeline::serving(
        std::sync::Arc::new(config),
        a.orgs,
        a.work,
        genesys_summary_lambda::domain::verify::Verifier::new(),
    )
    .with_sentiment_analysis(a.sentiment);
    let mut second = event("acw.json");
    second["detail"]["eventBody"]["conversationId"] = json!(uuid::Uuid::new_v4().to_string());
    let handled = pipeline.handle(&second, &invocation(15)).await.unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    let metadata = posts(&world)[1]["metadata"].clone();
    assert_eq!(metadata["sentimentAligned"], Value::Null, "{metadata}");
    assert_eq!(metadata["summarySentiment"], Value::Null);
    let records = world.audit_items().await;
    let verification: Vec<String> = records
        .iter()
        .filter_map(|r| r.get("verification"))
        .map(|v| format!("{v:?}"))
        .collect();
    assert!(
        verification
            .iter()
            .any(|v| v.contains("Comprehend DetectSentiment failed")),
        "{verification:?}"
    );
    assert!(verification.iter().any(|v| v.contains("comprehend")));
}
