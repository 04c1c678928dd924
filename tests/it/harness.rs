//! The shared harness: moto on port 0 (one for the whole test binary), AWS clients pointed at
//! it, the tables and secret as template.yaml defines them, the Genesys/CRM simulator, and the
//! function's environment and adapters over them.
#![allow(dead_code)] // benches/lambda.rs includes this file too and uses part of it.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, KeySchemaElement, KeyType, ScalarAttributeType,
};
use genesys_sim::{SimHandle, SimOptions};

pub const CLIENT_ID: &str = "test-client-id";
pub const CLIENT_SECRET: &str = "test-client-secret-Zq8v";
pub const SIGNING_SECRET: &str = "test-webhook-signing-secret-Kp3w";

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The Python that has moto: `MOTO_PYTHON`, else the project's `.venv`.
pub fn python() -> PathBuf {
    std::env::var_os("MOTO_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join(".venv/bin/python"))
}

struct Moto {
    endpoint: String,
    // Held so the server's stdin stays open; it exits when this process does.
    _child: Child,
}

/// The endpoint of this test binary's moto server, started on first use.
pub fn moto_endpoint() -> &'static str {
    static MOTO: OnceLock<Moto> = OnceLock::new();
    &MOTO
        .get_or_init(|| {
            let script = repo_root().join("scripts/moto_server.py");
            let mut child = Command::new(python())
                .arg(&script)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit())
                .spawn()
                .unwrap_or_else(|e| {
                    panic!(
                        "cannot start moto ({}): {e}; run scripts/setup first",
                        python().display()
                    )
                });
            let mut line = String::new();
            BufReader::new(child.stdout.take().expect("stdout"))
                .read_line(&mut line)
                .expect("moto prints its address");
            let endpoint = line
                .trim()
                .strip_prefix("listening on ")
                .unwrap_or_else(|| panic!("unexpected moto output {line:?}"))
                .to_string();
            Moto {
                endpoint,
                _child: child,
            }
        })
        .endpoint
}

pub async fn aws_config() -> SdkConfig {
    aws_config_at(moto_endpoint()).await
}

/// AWS configuration for an endpoint in front of moto (the fault-injecting proxy).
pub async fn aws_config_at(endpoint: &str) -> SdkConfig {
    aws_config::defaults(BehaviorVersion::latest())
        .http_client(genesys_summary_lambda::adapters::aws_http::sdk_http_client(
            reqwest::Client::new(),
        ))
        .region(Region::new("us-east-1"))
        .endpoint_url(endpoint)
        .credentials_provider(aws_sdk_dynamodb::config::Credentials::new(
            "testing", "testing", None, None, "tests",
        ))
        .load()
        .await
}

pub fn unique(prefix: &str) -> String {
    format!(
        "{prefix}-{}",
        &uuid::Uuid::new_v4().simple().to_string()[..12]
    )
}

/// A table as template.yaml defines it: string keys `pk` (and `sk` when `with_sort_key`), on demand.
async fn create_table(config: &SdkConfig, name: &str, with_sort_key: bool) {
    let key = |attr: &str, kind| {
        (
            AttributeDefinition::builder()
                .attribute_name(attr)
                .attribute_type(ScalarAttributeType::S)
                .build()
                .unwrap(),
            KeySchemaElement::builder()
                .attribute_name(attr)
                .key_type(kind)
                .build()
                .unwrap(),
        )
    };
    let mut keys = vec![key("pk", KeyType::Hash)];
    if with_sort_key {
        keys.push(key("sk", KeyType::Range));
    }
    let (attributes, schema): (Vec<_>, Vec<_>) = keys.into_iter().unzip();
    aws_sdk_dynamodb::Client::new(config)
        .create_table()
        .table_name(name)
        .billing_mode(BillingMode::PayPerRequest)
        .set_attribute_definitions(Some(attributes))
        .set_key_schema(Some(schema))
        .send()
        .await
        .unwrap_or_else(|e| panic!("create table {name}: {e}"));
}

pub async fn create_token_table(config: &SdkConfig, name: &str) {
    create_table(config, name, false).await;
}

pub async fn create_audit_table(config: &SdkConfig, name: &str) {
    create_table(config, name, true).await;
}

pub async fn create_secret(config: &SdkConfig, name: &str, json: &str) {
    aws_sdk_secretsmanager::Client::new(config)
        .create_secret()
        .name(name)
        .secret_string(json)
        .send()
        .await
        .expect("create secret");
}

pub fn secret_json() -> String {
    serde_json::json!({"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET, "webhookSigningSecret": SIGNING_SECRET}).to_string()
}

pub async fn start_sim() -> SimHandle {
    genesys_sim::spawn(
        SimOptions {
            client_id: CLIENT_ID.into(),
            client_secret: CLIENT_SECRET.into(),
            signing_secret: Some(SIGNING_SECRET.into()),
            ..SimOptions::default()
        },
        SocketAddr::from(([127, 0, 0, 1], 0)),
    )
    .await
    .expect("start simulator")
}

/// Every item of an audit table (a scan; tables in tests are small).
pub async fn scan(
    config: &SdkConfig,
    table: &str,
) -> Vec<std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
    aws_sdk_dynamodb::Client::new(config)
        .scan()
        .table_name(table)
        .send()
        .await
        .expect("scan")
        .items()
        .to_vec()
}

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use genesys_summary_lambda::adapters::Adapters;
use genesys_summary_lambda::adapters::crm_http::CrmHttp;
use genesys_summary_lambda::adapters::dynamodb::DynamoWorkStore;
use genesys_summary_lambda::adapters::genesys_http::GenesysHttp;
use genesys_summary_lambda::adapters::secrets_manager::SecretsManagerStore;
use genesys_summary_lambda::config::Config;
use genesys_summary_lambda::deadline::Deadline;
use genesys_summary_lambda::domain::verify::Verifier;
use genesys_summary_lambda::pipeline::orgs::Orgs;
use genesys_summary_lambda::pipeline::{Handled, HandlerError, Invocation, Pipeline};

pub use genesys_summary_lambda::adapters::LiveTokens as Tokens;
pub type Genesys = GenesysHttp<Tokens>;
pub type Crm = CrmHttp<SecretsManagerStore>;
pub type LivePipeline = Pipeline<Genesys, Crm, DynamoWorkStore, ComprehendSentiment>;
pub use genesys_summary_lambda::adapters::comprehend::ComprehendSentiment;

/// Fresh tables and secret on moto, the simulator, and the environment the function would get.
pub struct World {
    pub aws: SdkConfig,
    pub sim: SimHandle,
    pub token_table: String,
    pub audit_table: String,
    pub secret_id: String,
}

impl World {
    pub async fn new() -> Self {
        let aws = aws_config().await;
        let (token_table, audit_table, secret_id) =
            (unique("tokens"), unique("audit"), unique("genesys/oauth"));
        create_token_table(&aws, &token_table).await;
        create_audit_table(&aws, &audit_table).await;
        create_secret(&aws, &secret_id, &secret_json()).await;
        Self {
            aws,
            sim: start_sim().await,
            token_table,
            audit_table,
            secret_id,
        }
    }

    /// The function's environment; `overrides` replace or add variables.
    pub fn env(&self, overrides: &[(&str, &str)]) -> HashMap<String, String> {
        let url = self.sim.url();
        let mut env: HashMap<String, String> = [
            ("GENESYS_SECRET_ID", self.secret_id.as_str()),
            ("GENESYS_API_BASE_URL", url.as_str()),
            ("GENESYS_LOGIN_BASE_URL", url.as_str()),
            ("TOKEN_TABLE_NAME", self.token_table.as_str()),
            ("AUDIT_TABLE_NAME", self.audit_table.as_str()),
            ("CRM_WEBHOOK_URL", &format!("{url}/crm/webhook")),
            ("SUMMARY_WAIT_SECONDS", "2"),
            ("SUMMARY_POLL_INTERVAL_MS", "100"),
            ("FUNCTION_TIMEOUT_SECONDS", "20"),
            ("SAFETY_MARGIN_MS", "500"),
            ("GENESYS_HTTP_TIMEOUT_MS", "1500"),
            ("CRM_HTTP_TIMEOUT_MS", "1500"),
            ("TRIGGER_TOPICS", "acw,customer.end,summaries"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        for (k, v) in overrides {
            env.insert(k.to_string(), v.to_string());
        }
        env
    }

    pub fn config(&self, overrides: &[(&str, &str)]) -> Config {
        let env = self.env(overrides);
        Config::from_lookup(|k| env.get(k).cloned()).expect("valid test configuration")
    }

    /// The production adapters (as main.rs builds them) against moto and the simulator.
    pub fn adapters(&self, config: &Config) -> Adapters {
        let http = genesys_summary_lambda::adapters::http_client(config).expect("HTTP client");
        let crm_http = genesys_summary_lambda::adapters::crm_http_client(config, &http)
            .expect("the CRM's HTTP client");
        Adapters::new(config, &self.aws, http, crm_http)
    }

    /// The single org's token provider, Genesys client and CRM sink.
    pub fn stack(&self, config: &Config) -> (Arc<Tokens>, Genesys, Crm) {
        let a = self.adapters(config);
        let tokens = a.tokens.into_iter().next().expect("one org's tokens");
        let Orgs::Single(org) = a.orgs else {
            panic!("a single-org configuration")
        };
        (tokens, org.genesys, org.crm)
    }

    /// The pipeline as main.rs wires it (Comprehend on moto when `SENTIMENT_ANALYZER=comprehend`).
    pub fn pipeline(&self, overrides: &[(&str, &str)]) -> LivePipeline {
        self.pipeline_for(self.config(overrides))
    }

    pub fn pipeline_for(&self, config: Config) -> LivePipeline {
        let a = self.adapters(&config);
        Pipeline::serving(Arc::new(config), a.orgs, a.work, Verifier::new())
            .with_sentiment_analysis(a.sentiment)
    }

    pub async fn audit_items(
        &self,
    ) -> Vec<HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
        scan(&self.aws, &self.audit_table).await
    }

    /// Audit records (not claims), oldest first.
    pub async fn audit_records(
        &self,
    ) -> Vec<HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
        let text = |item: &HashMap<String, aws_sdk_dynamodb::types::AttributeValue>, key: &str| {
            item.get(key)
                .and_then(|v| v.as_s().ok())
                .cloned()
                .unwrap_or_default()
        };
        let mut records: Vec<_> = self
            .audit_items()
            .await
            .into_iter()
            .filter(|i| text(i, "kind") == "audit")
            .collect();
        // Records of one millisecond in a fixed order.
        records.sort_by_key(|i| (text(i, "recordedAt"), text(i, "event"), text(i, "error")));
        records
    }

    /// The audit records' events, oldest first.
    pub async fn audit_events(&self) -> Vec<String> {
        self.audit_records()
            .await
            .iter()
            .map(|i| i["event"].as_s().unwrap().clone())
            .collect()
    }
}

pub fn deadline(seconds: u64) -> Deadline {
    Deadline::after(Duration::from_secs(seconds), Duration::ZERO)
}

/// One invocation with `seconds` left, 500 ms of them kept for the audit write.
pub fn invocation(seconds: u64) -> Invocation {
    Invocation {
        request_id: uuid::Uuid::new_v4().to_string(),
        deadline: Deadline::after(Duration::from_secs(seconds), Duration::from_millis(500)),
    }
}

/// The outcome's name (`synced`, `duplicate`, ...) of a handled or failed invocation.
pub fn outcome_name(result: &Result<Handled, HandlerError>) -> &'static str {
    match result {
        Ok(handled) => handled.outcome.name(),
        Err(error) => error.outcome().name(),
    }
}

/// A sample from `events/`.
pub fn event(name: &str) -> serde_json::Value {
    let path = repo_root().join("events").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// `events/acw.json` for another conversation (a new EventBridge event id too).
pub fn acw_for(conversation_id: &str) -> serde_json::Value {
    let mut e = event("acw.json");
    e["id"] = serde_json::json!(uuid::Uuid::new_v4().to_string());
    e["detail"]["eventBody"]["conversationId"] = serde_json::json!(conversation_id);
    e["detail"]["topicName"] = serde_json::json!(format!(
        "v2.detail.events.conversation.{conversation_id}.acw"
    ));
    e
}
