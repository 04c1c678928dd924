//! Several Genesys orgs in one deployment (`GENESYS_ORGS`): two simulators stand for two orgs in
//! two regions, each accepting only its own OAuth client and only webhooks signed with its own
//! signing secret; moto holds one secret per org and the shared token and audit tables.

use std::net::SocketAddr;

use genesys_sim::{SimHandle, SimOptions};
use genesys_summary_lambda::config::Config;
use serde_json::{Value, json};

use crate::harness::*;
use crate::runtime::{Function, handler, init_failure, invoke, start_emulator};

const ORG_A: &str = "0f0e0d0c-0000-4000-8000-00000000000a";
const ORG_B: &str = "0f0e0d0c-0000-4000-8000-00000000000b";
const ORG_UNKNOWN: &str = "0f0e0d0c-0000-4000-8000-0000000000ff";

/// The world's simulator and secret are org A's; org B gets its own simulator (its region),
/// OAuth client, signing secret and secret.
struct TwoOrgs {
    world: World,
    sim_b: SimHandle,
    /// `GENESYS_ORGS` for the two.
    mapping: String,
    config: Config,
}

async fn two_orgs() -> TwoOrgs {
    let world = World::new().await;
    let sim_b = genesys_sim::spawn(
        SimOptions {
            client_id: "org-b-client".into(),
            client_secret: "org-b-client-secret-7Hq2".into(),
            signing_secret: Some("org-b-signing-secret-Wm4x".into()),
            ..SimOptions::default()
        },
        SocketAddr::from(([127, 0, 0, 1], 0)),
    )
    .await
    .expect("start org B's simulator");
    let secret_b = unique("genesys/org-b");
    let secret = json!({
        "clientId": "org-b-client",
        "clientSecret": "org-b-client-secret-7Hq2",
        "webhookSigningSecret": "org-b-signing-secret-Wm4x",
    });
    create_secret(&world.aws, &secret_b, &secret.to_string()).await;
    let org = |secret_id: &str, url: &str| {
        json!({
            "secretId": secret_id,
            "apiBaseUrl": url,
            "loginBaseUrl": url,
            "crmWebhookUrl": format!("{url}/crm/webhook"),
        })
    };
    let mapping = json!({
        ORG_A: org(&world.secret_id, &world.sim.url()),
        // Upper case in the mapping: the same org as the events' lower-case id.
        ORG_B.to_uppercase(): org(&secret_b, &sim_b.url()),
    })
    .to_string();
    // The single-org variables the harness sets are the defaults; the secret is per org.
    let config = world.config(&[("GENESYS_ORGS", &mapping), ("GENESYS_SECRET_ID", "")]);
    TwoOrgs {
        world,
        sim_b,
        mapping,
        config,
    }
}

/// An acw event of `conversation_id` from `org`.
fn acw_from(org: &str, conversation_id: &str) -> Value {
    let mut event = acw_for(conversation_id);
    event["source"] = json!(format!("aws.partner/genesys.com/cloud/{org}/genesys_acme"));
    event
}

fn text(
    item: &std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>,
    key: &str,
) -> String {
    item.get(key)
        .and_then(|v| v.as_s().ok())
        .cloned()
        .unwrap_or_default()
}

#[tokio::test]
async fn two_orgs_use_two_credentials_two_token_items_and_two_webhooks() {
    let t = two_orgs().await;
    let pipeline = t.world.pipeline_for(t.config.clone());
    let shared = uuid::Uuid::new_v4().to_string();
    let mut events = vec![acw_from(ORG_A, &shared), acw_from(ORG_B, &shared)];
    for org in [ORG_A, ORG_B] {
        for _ in 0..2 {
            events.push(acw_from(org, &uuid::Uuid::new_v4().to_string()));
        }
    }
    // Every event delivered twice, as EventBridge may.
    let deliveries: Vec<Value> = events.iter().chain(events.iter()).cloned().collect();
    let mut outcomes = std::collections::BTreeMap::<&str, u32>::new();
    for event in &deliveries {
        let result = pipeline.handle(event, &invocation(15)).await;
        *outcomes.entry(outcome_name(&result)).or_default() += 1;
    }
    assert_eq!(
        outcomes,
        [("duplicate", 6), ("synced", 6)].into_iter().collect(),
        "12 deliveries of 6 events"
    );

    // Each org's CRM got its org's three summaries, each signed with that org's secret (the
    // simulator refuses anything else), and the shared conversation id once in each.
    let (posts_a, posts_b) = (
        t.world.sim.sim.snapshot().crm_posts,
        t.sim_b.sim.snapshot().crm_posts,
    );
    for posts in [&posts_a, &posts_b] {
        assert_eq!(posts.len(), 3);
        assert!(posts.iter().all(|p| p.signature_valid == Some(true)));
        let shared_posts = posts
            .iter()
            .filter(|p| p.body["interactionId"] == shared.as_str())
            .count();
        assert_eq!(shared_posts, 1);
    }
    // One login per org, each with its own client, at its own org's login host.
    assert_eq!(t.world.sim.sim.requests("oauth"), 1);
    assert_eq!(t.sim_b.sim.requests("oauth"), 1);

    // Two token items, one per org, in the shared table (beside each one's refresh lease).
    let tokens = scan(&t.world.aws, &t.world.token_table).await;
    let token_keys: std::collections::BTreeSet<String> = tokens
        .iter()
        .map(|item| text(item, "pk"))
        .filter(|key| !key.ends_with("#lease"))
        .collect();
    assert_eq!(token_keys.len(), 2, "{token_keys:?}");

    // The audit trail: six records, each filed under its org's partition and naming its org.
    let records = t.world.audit_records().await;
    assert_eq!(records.len(), 6);
    for record in &records {
        let org = text(record, "orgId");
        let conversation = text(record, "conversationId");
        assert_eq!(text(record, "pk"), format!("{org}#{conversation}"));
        assert_eq!(text(record, "event"), "SUMMARY_GENERATED_AND_SYNCED");
    }
    let per_org = |org: &str| records.iter().filter(|r| text(r, "orgId") == org).count();
    assert_eq!((per_org(ORG_A), per_org(ORG_B)), (3, 3));
}

#[tokio::test]
async fn an_event_from_an_org_not_served_is_rejected_with_a_record_and_reaches_nobody() {
    let t = two_orgs().await;
    let pipeline = t.world.pipeline_for(t.config.clone());
    let event = acw_from(ORG_UNKNOWN, &uuid::Uuid::new_v4().to_string());
    let first = pipeline.handle(&event, &invocation(15)).await;
    let again = pipeline.handle(&event, &invocation(15)).await;
    assert_eq!(
        (outcome_name(&first), outcome_name(&again)),
        ("unknownOrg", "duplicate"),
        "not a failure: retrying cannot help"
    );
    for sim in [&t.world.sim, &t.sim_b] {
        assert_eq!(sim.sim.requests("oauth"), 0);
        assert!(sim.sim.snapshot().crm_posts.is_empty());
    }
    let records = t.world.audit_records().await;
    assert_eq!(records.len(), 1);
    let record = &records[0];
    assert_eq!(text(record, "event"), "SUMMARY_REJECTED");
    assert_eq!(text(record, "orgId"), ORG_UNKNOWN);
    assert_eq!(
        text(record, "pk"),
        format!("event#{}", event["id"].as_str().unwrap())
    );
    assert!(
        text(record, "error").contains(&format!("org {ORG_UNKNOWN} is not in GENESYS_ORGS")),
        "{record:?}"
    );
}

/// The handler binary under the runtime emulator, with `GENESYS_ORGS` in its environment as the
/// template sets it: both orgs' tokens are fetched at start, and each event goes to its org.
#[tokio::test]
async fn the_binary_serves_two_orgs_and_rejects_a_third() {
    let t = two_orgs().await;
    let (_emulator, port) = start_emulator().await;
    let env = [
        ("GENESYS_ORGS", t.mapping.as_str()),
        ("GENESYS_SECRET_ID", ""),
    ];
    let mut function = Some(Function::spawn(handler(&t.world, port, &env)));
    let client = reqwest::Client::new();
    let conversation = uuid::Uuid::new_v4().to_string();
    for (org, expected) in [
        (ORG_A, "synced"),
        (ORG_B, "synced"),
        (ORG_UNKNOWN, "unknownOrg"),
    ] {
        let event = acw_from(org, &conversation);
        let (failed, payload) = invoke(&client, port, &event, &mut function).await;
        assert!(!failed, "{payload}");
        assert_eq!(payload["outcome"], expected, "{payload}");
        if expected == "synced" {
            assert_eq!(payload["orgId"], org, "{payload}");
        }
    }
    for sim in [&t.world.sim, &t.sim_b] {
        assert_eq!(sim.sim.requests("oauth"), 1);
        let posts = sim.sim.snapshot().crm_posts;
        assert_eq!(posts.len(), 1);
        assert_eq!(posts[0].signature_valid, Some(true));
    }
    let logs = function.take().unwrap().stop().await;
    for secret in [
        "org-b-client-secret-7Hq2",
        "org-b-signing-secret-Wm4x",
        CLIENT_SECRET,
    ] {
        assert!(!logs.contains(secret), "a secret in the logs");
    }
}

/// A mapping with several mistakes stops the binary's init with one line naming each.
#[tokio::test]
async fn a_malformed_org_mapping_fails_the_binarys_init_naming_every_problem() {
    let world = World::new().await;
    let (_emulator, port) = start_emulator().await;
    let mapping = format!(
        r#"{{"acme": {{"secretId": "genesys/a"}}, "{ORG_B}": {{"region": "eu", "crmWebhookURL": "x"}}}}"#
    );
    let env = [
        ("GENESYS_ORGS", mapping.as_str()),
        ("GENESYS_SECRET_ID", ""),
    ];
    let line = init_failure(handler(&world, port, &env)).await;
    for needle in [
        "GENESYS_ORGS key 'acme' is not a Genesys Cloud organization id",
        &format!("GENESYS_ORGS[{ORG_B}]: unknown field `crmWebhookURL`"),
    ] {
        assert!(line.contains(needle), "{needle} missing from {line}");
    }
    assert_eq!(world.sim.sim.requests("oauth"), 0);
}

/// A stack that served org A alone switches to `GENESYS_ORGS` with A marked `singleOrgKeys`: a
/// re-delivery of A's conversation synced before the switch is still a duplicate, while org B's
/// conversation with the same id is its own unit.
#[tokio::test]
async fn the_org_served_before_the_switch_keeps_its_finished_work() {
    let t = two_orgs().await;
    let conversation = uuid::Uuid::new_v4().to_string();
    let event = acw_from(ORG_A, &conversation);
    let before = t.world.pipeline(&[]);
    assert_eq!(
        outcome_name(&before.handle(&event, &invocation(15)).await),
        "synced"
    );

    let mut mapping: Value = serde_json::from_str(&t.mapping).unwrap();
    mapping[ORG_A]["singleOrgKeys"] = json!(true);
    let mapping = mapping.to_string();
    let after = t.world.pipeline_for(
        t.world
            .config(&[("GENESYS_ORGS", &mapping), ("GENESYS_SECRET_ID", "")]),
    );
    let again = after.handle(&event, &invocation(15)).await;
    assert_eq!(outcome_name(&again), "duplicate");
    let from_b = after
        .handle(&acw_from(ORG_B, &conversation), &invocation(15))
        .await;
    assert_eq!(outcome_name(&from_b), "synced");
    assert_eq!(
        t.world.sim.sim.snapshot().crm_posts.len(),
        1,
        "no second post"
    );
    assert_eq!(t.sim_b.sim.snapshot().crm_posts.len(), 1);

    let partitions: std::collections::BTreeSet<String> = t
        .world
        .audit_records()
        .await
        .iter()
        .map(|r| text(r, "pk"))
        .collect();
    assert_eq!(
        partitions,
        [conversation.clone(), format!("{ORG_B}#{conversation}")]
            .into_iter()
            .collect()
    );
}
