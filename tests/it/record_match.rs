//! `match` in the CRM payload: what finds the CRM record a summary belongs to, from the event
//! or, when asked, from one read of the conversation (docs/contracts.md, "CRM webhook").

use serde_json::{Value, json};

use crate::harness::*;

fn last_match(world: &World) -> Value {
    world.sim.sim.snapshot().crm_posts.pop().unwrap().body["match"].clone()
}

#[tokio::test]
async fn the_acw_event_gives_queue_media_direction_and_contacts_and_numbers_only_when_asked() {
    let world = World::new().await;
    let mut acw = event("acw.json");
    acw["detail"]["eventBody"]["conversationExternalContactIds"] = json!(["contact-7"]);
    let handled = world
        .pipeline(&[])
        .handle(&acw, &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    assert_eq!(
        last_match(&world),
        json!({
            "queueId": "a1b2c3d4-0000-4000-8000-000000000014",
            "mediaType": "VOICE",
            "direction": "INBOUND",
            "externalContactIds": ["contact-7"],
        })
    );
    assert_eq!(world.sim.sim.snapshot().requests.get("conversation"), None);

    let mut other = acw_for(&uuid::Uuid::new_v4().to_string());
    other["detail"]["eventBody"]["conversationExternalContactIds"] = json!(["contact-7"]);
    world
        .pipeline(&[("CRM_INCLUDE_CALLER_NUMBERS", "true")])
        .handle(&other, &invocation(15))
        .await
        .unwrap();
    let matched = last_match(&world);
    assert_eq!(matched["ani"], "+15555550520");
    assert_eq!(matched["dnis"], "+15555550000");
    // Never in the audit record.
    let audit = format!("{:?}", world.audit_items().await);
    assert!(!audit.contains("5555550520"), "{audit}");
}

#[tokio::test]
async fn a_pushed_summary_is_matched_from_one_read_of_the_conversation_when_asked() {
    let world = World::new().await;
    let pushed = event("copilot-summary.json");
    let conversation = pushed["detail"]["eventBody"]["conversationId"]
        .as_str()
        .unwrap()
        .to_string();
    let agent = "a1b2c3d4-0000-4000-8000-000000000013";
    world.sim.sim.set_conversation(
        &conversation,
        json!({
            "id": conversation,
            "participants": [
                {"id": "p1", "purpose": "customer", "ani": "tel:+15555550520", "dnis": "tel:+15555550000",
                 "externalContactId": "contact-9", "externalOrganizationId": "org-3",
                 "calls": [{"id": "c1", "direction": "inbound"}]},
                {"id": "p2", "purpose": "acd", "queueId": "queue-acd"},
                {"id": "p3", "purpose": "agent", "userId": agent, "queueId": "queue-agent",
                 "calls": [{"id": "c2", "direction": "inbound"}]}
            ]
        }),
    );
    let handled = world
        .pipeline(&[("CRM_READ_CONVERSATION", "true")])
        .handle(&pushed, &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    let matched = last_match(&world);
    assert_eq!(matched["externalContactIds"], json!(["contact-9"]));
    assert_eq!(matched["externalOrganizationIds"], json!(["org-3"]));
    assert_eq!(matched["direction"], "inbound");
    assert!(matched.get("ani").is_none(), "numbers stay off by default");
    assert_eq!(
        world.sim.sim.snapshot().requests.get("conversation"),
        Some(&1)
    );
}

#[tokio::test]
async fn without_the_setting_the_conversation_is_not_read_and_a_failed_read_loses_nothing() {
    let world = World::new().await;
    let pushed = event("copilot-summary.json");
    world
        .pipeline(&[])
        .handle(&pushed, &invocation(15))
        .await
        .unwrap();
    assert_eq!(world.sim.sim.snapshot().requests.get("conversation"), None);

    let mut again = pushed.clone();
    again["id"] = json!(uuid::Uuid::new_v4().to_string());
    again["detail"]["eventBody"]["conversationId"] = json!(uuid::Uuid::new_v4().to_string());
    let conversation = again["detail"]["eventBody"]["conversationId"]
        .as_str()
        .unwrap()
        .to_string();
    world.sim.sim.set_conversation(&conversation, Value::Null);
    let handled = world
        .pipeline(&[("CRM_READ_CONVERSATION", "true")])
        .handle(&again, &invocation(15))
        .await
        .unwrap();
    assert_eq!(
        handled.outcome.name(),
        "synced",
        "a 404 on the read is no reason to fail"
    );
}

/// A summary Genesys is unsure of is marked for review and, with a review webhook, goes there
/// (same key, same signatures); the audit record says so.
#[tokio::test]
async fn a_doubtful_summary_is_marked_for_review_and_sent_to_the_review_webhook() {
    let world = World::new().await;
    let review_url = format!("{}/crm/review", world.sim.url());
    // The simulator's summaries have confidence 0.91.
    let handled = world
        .pipeline(&[("REVIEW_CONFIDENCE_BELOW", "0.95")])
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    let post = world.sim.sim.snapshot().crm_posts.pop().unwrap();
    assert_eq!(
        post.path, "/crm/webhook",
        "no review webhook: the main one, marked"
    );
    assert_eq!(
        post.body["metadata"]["review"],
        json!({"needed": true, "reasons": ["lowConfidence"]})
    );

    let handled = world
        .pipeline(&[
            ("REVIEW_CONFIDENCE_BELOW", "0.95"),
            ("CRM_REVIEW_WEBHOOK_URL", review_url.as_str()),
        ])
        .handle(&acw_for(&uuid::Uuid::new_v4().to_string()), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    let post = world.sim.sim.snapshot().crm_posts.pop().unwrap();
    assert_eq!(post.path, "/crm/review");
    assert_eq!(post.signature_valid, Some(true));
    let flagged: Vec<_> = world
        .audit_items()
        .await
        .into_iter()
        .filter(|i| i.get("reviewWebhook").is_some())
        .collect();
    assert_eq!(flagged.len(), 1);

    // A confident summary is not marked, and goes to the main webhook.
    world
        .pipeline(&[("CRM_REVIEW_WEBHOOK_URL", review_url.as_str())])
        .handle(&acw_for(&uuid::Uuid::new_v4().to_string()), &invocation(15))
        .await
        .unwrap();
    let post = world.sim.sim.snapshot().crm_posts.pop().unwrap();
    assert_eq!(post.path, "/crm/webhook");
    assert_eq!(
        post.body["metadata"]["review"],
        json!({"needed": false, "reasons": []})
    );
}
