//! The CRM's view of the signatures: every post carries Standard Webhooks headers that the
//! specification's own Python library (`standardwebhooks`, in the test venv) verifies, beside
//! `X-Signature`; during a rotation of the signing secret both secrets verify.

use std::io::Write;
use std::process::{Command, Stdio};

use genesys_sim::CrmPost;
use serde_json::json;

use crate::harness::*;

/// Verifies `post` with `standardwebhooks.Webhook`: `secret` as the library takes a `whsec_`
/// string, or as raw bytes (`Webhook(secret.encode())`) for any other secret.
fn verifies_with_the_library(post: &CrmPost, secret: &str) -> bool {
    let script = r#"
import json, sys
from standardwebhooks import Webhook
case = json.load(sys.stdin)
secret = case["secret"]
webhook = Webhook(secret if secret.startswith("whsec_") else secret.encode())
try:
    webhook.verify(case["body"], case["headers"])
    print("ok")
except Exception as error:
    print(f"refused: {error}")
"#;
    let mut child = Command::new(python())
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the venv's python runs");
    let case = json!({"secret": secret, "body": post.raw_body, "headers": post.webhook_headers});
    child
        .stdin
        .take()
        .unwrap()
        .write_all(case.to_string().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let answer = String::from_utf8_lossy(&output.stdout).trim().to_string();
    assert!(
        answer == "ok" || answer.starts_with("refused"),
        "the verifier failed: {answer} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    answer == "ok"
}

async fn one_post(world: &World) -> CrmPost {
    let handled = world
        .pipeline(&[])
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced");
    world.sim.sim.snapshot().crm_posts.pop().unwrap()
}

#[tokio::test]
async fn every_post_verifies_with_the_standard_webhooks_library() {
    let world = World::new().await;
    let post = one_post(&world).await;
    let headers = &post.webhook_headers;
    assert_eq!(headers.get("webhook-id"), post.idempotency_key.as_ref());
    assert_eq!(
        headers["webhook-signature"].split(' ').count(),
        1,
        "one secret, one signature"
    );
    assert_eq!(
        post.signature_valid,
        Some(true),
        "X-Signature still verifies"
    );
    assert!(verifies_with_the_library(&post, SIGNING_SECRET));
    assert!(!verifies_with_the_library(&post, "another-secret"));
}

#[tokio::test]
async fn during_a_rotation_both_secrets_verify() {
    let world = World::new().await;
    let new_secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let rotated = json!({
        "clientId": CLIENT_ID,
        "clientSecret": CLIENT_SECRET,
        "webhookSigningSecret": new_secret,
        "previousWebhookSigningSecret": SIGNING_SECRET,
    });
    aws_sdk_secretsmanager::Client::new(&world.aws)
        .put_secret_value()
        .secret_id(&world.secret_id)
        .secret_string(rotated.to_string())
        .send()
        .await
        .unwrap();
    let post = one_post(&world).await;
    assert_eq!(
        post.webhook_headers["webhook-signature"].split(' ').count(),
        2
    );
    assert!(
        verifies_with_the_library(&post, new_secret),
        "the new secret"
    );
    assert!(
        verifies_with_the_library(&post, SIGNING_SECRET),
        "the previous one"
    );
    assert!(!verifies_with_the_library(
        &post,
        "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    ));
    // The simulator checks X-Signature with the previous secret: its second v1.
    assert_eq!(post.signature_valid, Some(true));
}
