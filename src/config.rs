//! Configuration read from the environment once per instance, grouped by what it configures
//! (docs/contracts.md, "Configuration").
//!
//! Every problem is collected, so a bad deployment fails its init with one message naming all of
//! them rather than one per redeploy. Ids and tags are parsed into their types here, once.

use std::time::Duration;

use crate::domain::event::TriggerKind;
use crate::domain::ids::{
    KnowledgeBaseId, LanguageTag, OrgId, ParseError, RedactionPolicyId, quoted,
};
use crate::domain::request::{Format, RequestOptions, SummaryLength};

/// Where summaries come from (docs/genesys.md, "REST API").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummarySource {
    /// The real Genesys Cloud API: `GET /api/v2/conversations/{id}/summaries`.
    Copilot,
    /// The tutorial's `POST .../agentassist/summaries` contract, for gateways that expose it.
    AgentAssist,
}

/// What reads the summary's sentiment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentimentAnalyzer {
    /// The in-process lexicons: English, Spanish, French, German, Japanese.
    Builtin,
    /// Amazon Comprehend `DetectSentiment` (a call per summary; IAM permission in the template
    /// only when chosen).
    Comprehend,
}

/// Where the transcript sentiment for the alignment check comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentimentSource {
    /// Speech and Text Analytics `sentimentScore`.
    Genesys,
    /// No transcript sentiment: alignment is reported as unknown (`null`).
    None,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// Whose events this deployment handles, with each org's credentials, region and CRM.
    pub orgs: ServedOrgs,
    pub genesys: GenesysSettings,
    pub crm: CrmSettings,
    pub storage: StorageSettings,
    /// What every summary request asks for.
    pub request: RequestOptions,
    pub summaries: SummarySettings,
    /// The topics this deployment acts on.
    pub triggers: Vec<TriggerKind>,
    pub invocation: InvocationSettings,
}

/// The org or orgs a deployment serves.
#[derive(Debug, Clone)]
pub enum ServedOrgs {
    /// `GENESYS_SECRET_ID`, `GENESYS_REGION` (or the base URLs), `CRM_WEBHOOK_URL` and
    /// `CRM_REVIEW_WEBHOOK_URL`: every event is this org's.
    Single(OrgSettings),
    /// `GENESYS_ORGS`: events are routed by the org id in their source.
    Several(Vec<(OrgId, OrgSettings)>),
}

impl ServedOrgs {
    /// Every org's settings, with its id when there are several.
    pub fn iter(&self) -> Box<dyn Iterator<Item = (Option<&OrgId>, &OrgSettings)> + '_> {
        match self {
            ServedOrgs::Single(org) => Box::new(std::iter::once((None, org))),
            ServedOrgs::Several(orgs) => Box::new(orgs.iter().map(|(id, org)| (Some(id), org))),
        }
    }
}

/// What differs from one Genesys org to another: its OAuth client, its region and its CRM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgSettings {
    /// The Secrets Manager secret with the org's OAuth client (and the CRM signing secret).
    pub secret_id: String,
    pub api_base_url: String,
    pub login_base_url: String,
    pub crm_webhook_url: String,
    /// Summaries marked for review go here instead of `crm_webhook_url`, when set.
    pub crm_review_webhook_url: Option<String>,
    /// With several orgs: this org's units of work keep the keys of a single-org deployment (the
    /// conversation alone), so that the org a stack served before `GENESYS_ORGS` finds its
    /// finished work finished. At most one org.
    pub single_org_keys: bool,
}

impl OrgSettings {
    /// The OAuth token endpoint on the login host.
    pub fn token_url(&self) -> String {
        format!("{}/oauth/token", self.login_base_url)
    }
}

/// Reaching Genesys Cloud, whichever org: the secret's cache, the tutorial's path and the HTTP
/// client's bounds.
#[derive(Debug, Clone)]
pub struct GenesysSettings {
    /// How long the secret is cached in memory.
    pub secret_ttl: Duration,
    pub agent_assist_path: String,
    pub http_timeout: Duration,
}

/// The API and login base URLs of a Genesys Cloud domain (`mypurecloud.com` ->
/// `https://api.mypurecloud.com`, `https://login.mypurecloud.com`).
pub fn genesys_base_urls(domain: &str) -> (String, String) {
    (
        format!("https://api.{domain}"),
        format!("https://login.{domain}"),
    )
}

/// The CRM webhook, whichever org's.
#[derive(Debug, Clone)]
pub struct CrmSettings {
    pub http_timeout: Duration,
    /// Send the customer's number and the number dialled (E.164) in `match`: off by default,
    /// they are personal data.
    pub include_caller_numbers: bool,
    /// Read the conversation once (`GET /api/v2/conversations/{id}`) when the event carries no
    /// external contact: the summaries topic has none.
    pub read_conversation: bool,
    /// Below this confidence (0..1) a summary is marked for review; 0 turns the check off.
    pub review_confidence_below: f64,
    /// A PEM file of extra root certificates for the CRM (a private CA), e.g. in a layer:
    /// `/opt/crm-ca.pem`.
    pub ca_bundle: Option<std::path::PathBuf>,
}

/// The DynamoDB tables and the bounds on every DynamoDB and Secrets Manager call.
#[derive(Debug, Clone)]
pub struct StorageSettings {
    pub token_table: String,
    pub audit_table: String,
    /// Audit records expire after this many days (DynamoDB TTL); `None` keeps them forever.
    pub audit_retention_days: Option<u32>,
    /// One attempt of a DynamoDB or Secrets Manager call.
    pub aws_attempt_timeout: Duration,
    /// A whole DynamoDB or Secrets Manager call, the SDK's own retries included.
    pub aws_call_timeout: Duration,
}

/// How the generate stage obtains a summary, and the transcript sentiment verify compares it with.
#[derive(Debug, Clone)]
pub struct SummarySettings {
    pub source: SummarySource,
    /// Ask Genesys to generate the summary before reading it.
    pub request_on_demand: bool,
    /// How long the generate stage waits for a Copilot summary to become ready.
    pub wait: Duration,
    pub poll_interval: Duration,
    pub sentiment_source: SentimentSource,
    pub sentiment_analyzer: SentimentAnalyzer,
}

/// The time and the attempts one invocation has.
#[derive(Debug, Clone)]
pub struct InvocationSettings {
    /// Used as the invocation deadline when the runtime's deadline is unusable (already past,
    /// as the local emulator sends), so a valid event never fails for lack of a clock.
    pub function_timeout: Duration,
    /// Kept free at the end of every invocation to write the audit record before Lambda stops us.
    pub safety_margin: Duration,
    /// Attempts per Genesys or CRM call, the first included.
    pub http_max_attempts: u32,
}

/// Every problem found in the environment, reported together.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid configuration: {}", problems.join("; "))]
pub struct ConfigError {
    pub problems: Vec<String>,
}

pub const DEFAULT_SUPPORTED_LANGUAGES: &[&str] = &["en-US", "es-ES", "fr-FR", "de-DE", "ja-JP"];
pub const DEFAULT_AGENT_ASSIST_PATH: &str = "/api/v2/conversations/agentassist/summaries";

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mut env = Reader {
            lookup: &lookup,
            problems: Vec::new(),
        };
        let config = Config {
            orgs: env.served_orgs(),
            genesys: env.genesys(),
            crm: env.crm(),
            storage: env.storage(),
            request: env.request(),
            summaries: env.summaries(),
            triggers: env.trigger_topics(),
            invocation: env.invocation(),
        };
        let (wait, margin) = (config.summaries.wait, config.invocation.safety_margin);
        if wait + margin >= config.invocation.function_timeout {
            env.problem(format!(
                "SUMMARY_WAIT_SECONDS ({}) plus SAFETY_MARGIN_MS must be shorter than FUNCTION_TIMEOUT_SECONDS ({})",
                wait.as_secs(),
                config.invocation.function_timeout.as_secs()
            ));
        }
        if env.problems.is_empty() {
            Ok(config)
        } else {
            Err(ConfigError {
                problems: env.problems,
            })
        }
    }

    pub fn triggers_on(&self, kind: TriggerKind) -> bool {
        self.triggers.contains(&kind)
    }

    /// What is valid but likely a mistake, for one log line each at start.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.summaries.source != SummarySource::AgentAssist {
            return warnings;
        }
        for (_, org) in self.orgs.iter() {
            if is_genesys_cloud_host(&org.api_base_url) {
                warnings.push(format!(
                    "SUMMARY_SOURCE=agentassist POSTs to {}{}, which Genesys Cloud does not have: it is the tutorial's contract, for gateways that expose it; with Genesys Cloud itself use SUMMARY_SOURCE=copilot",
                    org.api_base_url, self.genesys.agent_assist_path
                ));
            }
        }
        warnings
    }
}

/// True for Genesys Cloud's own API hosts (`api.mypurecloud.com`, `api.euw2.pure.cloud`, ...;
/// docs/genesys.md, "Authentication, limits and errors").
fn is_genesys_cloud_host(base_url: &str) -> bool {
    let host = base_url
        .split("://")
        .nth(1)
        .unwrap_or(base_url)
        .split(['/', ':'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    [
        "mypurecloud.com",
        "mypurecloud.ie",
        "mypurecloud.com.au",
        "mypurecloud.jp",
        "mypurecloud.de",
    ]
    .iter()
    .any(|domain| host.ends_with(&format!(".{domain}")))
        || host.ends_with("pure.cloud")
}

/// Collects problems while reading variables.
struct Reader<'a> {
    lookup: &'a dyn Fn(&str) -> Option<String>,
    problems: Vec<String>,
}

/// The groups, one reader each.
impl Reader<'_> {
    fn genesys(&mut self) -> GenesysSettings {
        let agent_assist_path = self
            .optional("AGENT_ASSIST_PATH")
            .unwrap_or_else(|| DEFAULT_AGENT_ASSIST_PATH.to_string());
        if !agent_assist_path.starts_with('/') {
            self.problem("AGENT_ASSIST_PATH must start with '/'".to_string());
        }
        GenesysSettings {
            secret_ttl: Duration::from_secs(self.number("SECRET_TTL_SECONDS", 300, 0, 86_400)),
            agent_assist_path,
            http_timeout: self.millis("GENESYS_HTTP_TIMEOUT_MS", 10_000, 100, 300_000),
        }
    }

    fn crm(&mut self) -> CrmSettings {
        CrmSettings {
            http_timeout: self.millis("CRM_HTTP_TIMEOUT_MS", 10_000, 100, 300_000),
            include_caller_numbers: self.boolean("CRM_INCLUDE_CALLER_NUMBERS", false),
            read_conversation: self.boolean("CRM_READ_CONVERSATION", false),
            review_confidence_below: self.fraction("REVIEW_CONFIDENCE_BELOW", 0.5),
            ca_bundle: self.optional("CRM_CA_BUNDLE").map(std::path::PathBuf::from),
        }
    }

    fn storage(&mut self) -> StorageSettings {
        let retention = self.number("AUDIT_RETENTION_DAYS", 365, 0, 36_500) as u32;
        StorageSettings {
            token_table: self.required("TOKEN_TABLE_NAME"),
            audit_table: self.required("AUDIT_TABLE_NAME"),
            audit_retention_days: (retention > 0).then_some(retention),
            aws_attempt_timeout: self.millis("AWS_ATTEMPT_TIMEOUT_MS", 1000, 50, 60_000),
            aws_call_timeout: self.millis("AWS_CALL_TIMEOUT_MS", 3000, 50, 120_000),
        }
    }

    fn request(&mut self) -> RequestOptions {
        let supported_languages = self.supported_languages();
        let default_language = self.language("SUMMARY_LANGUAGE", "en-US");
        if !supported_languages.is_empty()
            && !supported_languages
                .iter()
                .any(|l| l.covers(&default_language))
        {
            let listed: Vec<&str> = supported_languages
                .iter()
                .map(LanguageTag::as_str)
                .collect();
            self.problem(format!(
                "SUMMARY_LANGUAGE '{default_language}' is not in SUPPORTED_LANGUAGES ({})",
                listed.join(", ")
            ));
        }
        let use_knowledge_base = self.boolean("USE_KNOWLEDGE_BASE", false);
        let knowledge_base_id = self.id("KNOWLEDGE_BASE_ID", KnowledgeBaseId::parse);
        if use_knowledge_base
            && knowledge_base_id.is_none()
            && self.optional("KNOWLEDGE_BASE_ID").is_none()
        {
            self.problem("USE_KNOWLEDGE_BASE is true but KNOWLEDGE_BASE_ID is not set".to_string());
        }
        RequestOptions {
            default_language,
            supported_languages,
            length: self.parsed(
                "SUMMARY_LENGTH",
                SummaryLength::Medium,
                SummaryLength::parse,
                "one of short, medium, long",
            ),
            format: self.parsed(
                "SUMMARY_FORMAT",
                Format::Json,
                Format::parse,
                "one of json, text",
            ),
            use_knowledge_base,
            knowledge_base_id,
            redaction_policy_id: self.id("REDACTION_POLICY_ID", RedactionPolicyId::parse),
        }
    }

    fn summaries(&mut self) -> SummarySettings {
        SummarySettings {
            source: self.parsed(
                "SUMMARY_SOURCE",
                SummarySource::Copilot,
                |v| match v.to_ascii_lowercase().as_str() {
                    "copilot" => Some(SummarySource::Copilot),
                    "agentassist" => Some(SummarySource::AgentAssist),
                    _ => None,
                },
                "one of copilot, agentassist",
            ),
            request_on_demand: self.boolean("REQUEST_ON_DEMAND_SUMMARY", false),
            wait: Duration::from_secs(self.number("SUMMARY_WAIT_SECONDS", 30, 0, 900)),
            poll_interval: self.millis("SUMMARY_POLL_INTERVAL_MS", 2000, 10, 60_000),
            sentiment_source: self.parsed(
                "SENTIMENT_SOURCE",
                SentimentSource::Genesys,
                |v| match v.to_ascii_lowercase().as_str() {
                    "genesys" => Some(SentimentSource::Genesys),
                    "none" => Some(SentimentSource::None),
                    _ => None,
                },
                "one of genesys, none",
            ),
            sentiment_analyzer: self.parsed(
                "SENTIMENT_ANALYZER",
                SentimentAnalyzer::Builtin,
                |v| match v.to_ascii_lowercase().as_str() {
                    "builtin" => Some(SentimentAnalyzer::Builtin),
                    "comprehend" => Some(SentimentAnalyzer::Comprehend),
                    _ => None,
                },
                "one of builtin, comprehend",
            ),
        }
    }

    fn invocation(&mut self) -> InvocationSettings {
        InvocationSettings {
            function_timeout: Duration::from_secs(self.number(
                "FUNCTION_TIMEOUT_SECONDS",
                60,
                1,
                900,
            )),
            safety_margin: self.millis("SAFETY_MARGIN_MS", 1500, 0, 60_000),
            http_max_attempts: self.number("HTTP_MAX_ATTEMPTS", 4, 1, 10) as u32,
        }
    }
}

/// One org's settings as given, before defaults and checks: by the environment (one org), or
/// by a `GENESYS_ORGS` entry.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct OrgFields {
    secret_id: Option<String>,
    region: Option<String>,
    api_base_url: Option<String>,
    login_base_url: Option<String>,
    crm_webhook_url: Option<String>,
    crm_review_webhook_url: Option<String>,
    /// Only in an entry: this org's units keep the single-org keys.
    single_org_keys: Option<bool>,
}

impl OrgFields {
    /// Blank values are unset, as they are in the environment.
    fn trimmed(self) -> OrgFields {
        let set = |v: Option<String>| v.map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        OrgFields {
            secret_id: set(self.secret_id),
            region: set(self.region),
            api_base_url: set(self.api_base_url),
            login_base_url: set(self.login_base_url),
            crm_webhook_url: set(self.crm_webhook_url),
            crm_review_webhook_url: set(self.crm_review_webhook_url),
            single_org_keys: self.single_org_keys,
        }
    }

    /// An entry completed from the environment's settings, each group as a whole: an entry that
    /// names a region takes none of the environment's base URLs, and one that names its own CRM
    /// webhook takes no review webhook from the environment (that would be another org's CRM).
    /// The secret is never shared: a Genesys OAuth client belongs to one org.
    fn with_defaults(self, env: &OrgFields) -> OrgFields {
        let names_location =
            self.region.is_some() || self.api_base_url.is_some() || self.login_base_url.is_some();
        let (region, api_base_url, login_base_url) = if names_location {
            (self.region, self.api_base_url, self.login_base_url)
        } else {
            let env = (&env.region, &env.api_base_url, &env.login_base_url);
            (env.0.clone(), env.1.clone(), env.2.clone())
        };
        let crm_review_webhook_url = match (&self.crm_webhook_url, self.crm_review_webhook_url) {
            (_, Some(review)) => Some(review),
            (Some(_), None) => None,
            (None, None) => env.crm_review_webhook_url.clone(),
        };
        OrgFields {
            secret_id: self.secret_id,
            region,
            api_base_url,
            login_base_url,
            crm_webhook_url: self.crm_webhook_url.or_else(|| env.crm_webhook_url.clone()),
            crm_review_webhook_url,
            single_org_keys: self.single_org_keys,
        }
    }
}

/// Where a setting came from, to name it in a message: a variable, or a field of an org's
/// `GENESYS_ORGS` entry.
enum Origin {
    Env,
    Entry(String),
}

impl Origin {
    fn name(&self, variable: &str, field: &str) -> String {
        match self {
            Origin::Env => variable.to_string(),
            Origin::Entry(org) => format!("GENESYS_ORGS[{org}].{field}"),
        }
    }
}

/// Which orgs, and each one's credentials, region and CRM (docs/contracts.md, "Several orgs").
impl Reader<'_> {
    fn served_orgs(&mut self) -> ServedOrgs {
        let env = OrgFields {
            secret_id: self.optional("GENESYS_SECRET_ID"),
            region: self.optional("GENESYS_REGION"),
            api_base_url: self.optional("GENESYS_API_BASE_URL"),
            login_base_url: self.optional("GENESYS_LOGIN_BASE_URL"),
            crm_webhook_url: self.optional("CRM_WEBHOOK_URL"),
            crm_review_webhook_url: self.optional("CRM_REVIEW_WEBHOOK_URL"),
            single_org_keys: None,
        };
        self.check_org_fields(&env, &Origin::Env);
        let Some(raw) = self.optional("GENESYS_ORGS") else {
            return ServedOrgs::Single(self.resolve_org(env, &Origin::Env));
        };
        if env.secret_id.is_some() {
            self.problem(
                "GENESYS_SECRET_ID must not be set with GENESYS_ORGS: each org names its own secretId"
                    .to_string(),
            );
        }
        ServedOrgs::Several(self.org_mapping(&raw, &env))
    }

    /// `GENESYS_ORGS`: `{"<orgId>": {"secretId", "region" | "apiBaseUrl" + "loginBaseUrl",
    /// "crmWebhookUrl", "crmReviewWebhookUrl"}, ...}`.
    fn org_mapping(&mut self, raw: &str, env: &OrgFields) -> Vec<(OrgId, OrgSettings)> {
        // Parsed as a value first: serde's message for a string where an object belongs quotes
        // the string, and a secret pasted by mistake must not reach the init error.
        let entries = match serde_json::from_str::<serde_json::Value>(raw) {
            Ok(serde_json::Value::Object(entries)) => entries,
            Ok(_) => {
                self.problem(
                    "GENESYS_ORGS must be a JSON object of org id to settings".to_string(),
                );
                return Vec::new();
            }
            Err(error) => {
                self.problem(format!(
                    "GENESYS_ORGS must be a JSON object of org id to settings: {error}"
                ));
                return Vec::new();
            }
        };
        if entries.is_empty() {
            self.problem("GENESYS_ORGS must name at least one org".to_string());
        }
        let mut orgs: Vec<(OrgId, OrgSettings)> = Vec::new();
        for (key, value) in entries {
            let id = OrgId::parse(&key)
                .map_err(|error| self.problem(format!("GENESYS_ORGS key {error}")))
                .ok();
            let Some(settings) = self.org_entry(&key, value, env) else {
                continue;
            };
            match id {
                Some(id) if orgs.iter().any(|(known, _)| *known == id) => self.problem(format!(
                    "GENESYS_ORGS names org {id} twice (org ids are compared without case)"
                )),
                Some(id) => orgs.push((id, settings)),
                None => {}
            }
        }
        self.check_one_client_per_org(&orgs);
        self.check_one_org_keeps_single_org_keys(&orgs);
        orgs
    }

    /// One entry's settings; `None` when it cannot be read at all (the problem is named).
    fn org_entry(
        &mut self,
        key: &str,
        value: serde_json::Value,
        env: &OrgFields,
    ) -> Option<OrgSettings> {
        if !value.is_object() {
            self.problem(format!(
                "GENESYS_ORGS[{}] must be an object of settings",
                quoted(key)
            ));
            return None;
        }
        let fields = match serde_json::from_value::<OrgFields>(value) {
            Ok(fields) => fields.trimmed(),
            Err(error) => {
                self.problem(format!("GENESYS_ORGS[{}]: {error}", quoted(key)));
                return None;
            }
        };
        let origin = Origin::Entry(quoted(key));
        self.check_org_fields(&fields, &origin);
        Some(self.resolve_org(fields.with_defaults(env), &origin))
    }

    fn check_one_org_keeps_single_org_keys(&mut self, orgs: &[(OrgId, OrgSettings)]) {
        let keeping: Vec<String> = orgs
            .iter()
            .filter(|(_, org)| org.single_org_keys)
            .map(|(id, _)| id.to_string())
            .collect();
        if keeping.len() > 1 {
            self.problem(format!(
                "GENESYS_ORGS: only one org can keep the single-org keys (singleOrgKeys), not {}",
                keeping.join(", ")
            ));
        }
    }

    /// A Genesys OAuth client belongs to one org: two orgs naming one secret is a mistake that
    /// would send one org's events to the other's API.
    fn check_one_client_per_org(&mut self, orgs: &[(OrgId, OrgSettings)]) {
        for (i, (id, org)) in orgs.iter().enumerate() {
            if let Some((other, _)) = orgs[..i].iter().find(|(_, earlier)| {
                !org.secret_id.is_empty() && earlier.secret_id == org.secret_id
            }) {
                self.problem(format!(
                    "GENESYS_ORGS orgs {other} and {id} name the same secretId '{}': each org has its own OAuth client",
                    org.secret_id
                ));
            }
        }
    }

    /// The formats of what is set; what is missing is named by [`Self::resolve_org`].
    fn check_org_fields(&mut self, fields: &OrgFields, origin: &Origin) {
        if let Some(domain) = &fields.region
            && (domain.contains('/') || domain.contains(':') || !domain.contains('.'))
        {
            self.problem(format!(
                "{} '{domain}' must be a Genesys Cloud domain such as mypurecloud.com",
                origin.name("GENESYS_REGION", "region")
            ));
        }
        for (value, variable, field) in [
            (&fields.api_base_url, "GENESYS_API_BASE_URL", "apiBaseUrl"),
            (
                &fields.login_base_url,
                "GENESYS_LOGIN_BASE_URL",
                "loginBaseUrl",
            ),
            (&fields.crm_webhook_url, "CRM_WEBHOOK_URL", "crmWebhookUrl"),
            (
                &fields.crm_review_webhook_url,
                "CRM_REVIEW_WEBHOOK_URL",
                "crmReviewWebhookUrl",
            ),
        ] {
            if let Some(value) = value {
                self.check_url(&origin.name(variable, field), value);
            }
        }
    }

    /// The org's settings; the base URLs win over the region.
    fn resolve_org(&mut self, fields: OrgFields, origin: &Origin) -> OrgSettings {
        let (api_derived, login_derived) = fields.region.as_deref().map(genesys_base_urls).unzip();
        let url = |explicit: Option<String>, derived: Option<String>| {
            explicit
                .map(|v| v.trim_end_matches('/').to_string())
                .or(derived)
                .unwrap_or_default()
        };
        let api_base_url = url(fields.api_base_url, api_derived);
        let login_base_url = url(fields.login_base_url, login_derived);
        if api_base_url.is_empty() || login_base_url.is_empty() {
            self.problem(match origin {
                Origin::Env => "GENESYS_REGION is required unless both GENESYS_API_BASE_URL and GENESYS_LOGIN_BASE_URL are set".to_string(),
                Origin::Entry(org) => format!("GENESYS_ORGS[{org}] needs a region (or apiBaseUrl and loginBaseUrl); GENESYS_REGION or the base URL variables are the default"),
            });
        }
        let mut required = |value: Option<String>, variable: &str, field: &str, default: &str| {
            value.unwrap_or_else(|| {
                self.problem(format!(
                    "{} is required{default}",
                    origin.name(variable, field)
                ));
                String::new()
            })
        };
        let every_orgs = |variable: &str| match origin {
            Origin::Env => String::new(),
            Origin::Entry(_) => format!(" ({variable} is every org's default)"),
        };
        OrgSettings {
            secret_id: required(fields.secret_id, "GENESYS_SECRET_ID", "secretId", ""),
            crm_webhook_url: required(
                fields.crm_webhook_url,
                "CRM_WEBHOOK_URL",
                "crmWebhookUrl",
                &every_orgs("CRM_WEBHOOK_URL"),
            ),
            api_base_url,
            login_base_url,
            crm_review_webhook_url: fields.crm_review_webhook_url,
            single_org_keys: fields.single_org_keys.unwrap_or(false),
        }
    }
}

/// Typed readers of one variable each.
impl Reader<'_> {
    fn problem(&mut self, message: String) {
        self.problems.push(message);
    }

    /// A set, non-blank variable, trimmed.
    fn optional(&self, name: &str) -> Option<String> {
        (self.lookup)(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    }

    fn required(&mut self, name: &str) -> String {
        self.optional(name).unwrap_or_else(|| {
            self.problem(format!("{name} is required"));
            String::new()
        })
    }

    fn parsed<T>(
        &mut self,
        name: &str,
        default: T,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
    ) -> T {
        match self.optional(name) {
            None => default,
            Some(v) => parse(&v).unwrap_or_else(|| {
                self.problem(format!("{name} '{v}' must be {expected}"));
                default
            }),
        }
    }

    /// An optional id: absent is `None`; malformed is a problem naming the variable and value.
    fn id<T>(&mut self, name: &str, parse: fn(&str) -> Result<T, ParseError>) -> Option<T> {
        let value = self.optional(name)?;
        parse(&value)
            .map_err(|error| self.problem(format!("{name} {error}")))
            .ok()
    }

    fn language(&mut self, name: &str, default: &str) -> LanguageTag {
        let value = self.optional(name).unwrap_or_else(|| default.to_string());
        LanguageTag::parse(&value).unwrap_or_else(|error| {
            self.problem(format!("{name} {error}"));
            LanguageTag::parse(default).unwrap_or_else(|_| unreachable!("the default is a tag"))
        })
    }

    fn supported_languages(&mut self) -> Vec<LanguageTag> {
        let raw = self.optional("SUPPORTED_LANGUAGES");
        let entries = match &raw {
            Some(v) => split_list(v),
            None => DEFAULT_SUPPORTED_LANGUAGES
                .iter()
                .map(|s| s.to_string())
                .collect(),
        };
        let mut languages = Vec::new();
        for entry in entries {
            match LanguageTag::parse(&entry) {
                Ok(tag) => languages.push(tag),
                Err(error) => self.problem(format!("SUPPORTED_LANGUAGES entry {error}")),
            }
        }
        if raw.is_some() && languages.is_empty() {
            self.problem("SUPPORTED_LANGUAGES must name at least one language tag".to_string());
        }
        languages
    }

    fn boolean(&mut self, name: &str, default: bool) -> bool {
        self.parsed(
            name,
            default,
            |v| match v.to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => Some(true),
                "false" | "0" | "no" => Some(false),
                _ => None,
            },
            "true or false",
        )
    }

    fn number(&mut self, name: &str, default: u64, min: u64, max: u64) -> u64 {
        let expected = format!("a whole number from {min} to {max}");
        self.parsed(
            name,
            default,
            |v| v.parse::<u64>().ok().filter(|n| (min..=max).contains(n)),
            &expected,
        )
    }

    /// A number from 0 to 1 (`0.5`).
    fn fraction(&mut self, name: &str, default: f64) -> f64 {
        self.parsed(
            name,
            default,
            |v| v.parse::<f64>().ok().filter(|x| (0.0..=1.0).contains(x)),
            "a number from 0 to 1",
        )
    }

    fn millis(&mut self, name: &str, default: u64, min: u64, max: u64) -> Duration {
        Duration::from_millis(self.number(name, default, min, max))
    }

    fn check_url(&mut self, name: &str, value: &str) {
        let rest = value
            .strip_prefix("https://")
            .or_else(|| value.strip_prefix("http://"));
        match rest {
            Some(host) if !host.is_empty() && !host.starts_with('/') => {}
            _ => self.problem(format!(
                "{name} '{value}' must be an http:// or https:// URL"
            )),
        }
    }

    fn trigger_topics(&mut self) -> Vec<TriggerKind> {
        let Some(raw) = self.optional("TRIGGER_TOPICS") else {
            return vec![TriggerKind::AfterCallWork, TriggerKind::CopilotSummary];
        };
        let mut topics = Vec::new();
        for item in split_list(&raw) {
            match TriggerKind::from_config_name(&item) {
                Some(kind) if !topics.contains(&kind) => topics.push(kind),
                Some(_) => {}
                None => self.problem(format!(
                    "TRIGGER_TOPICS entry '{item}' must be one of acw, customer.end, summaries"
                )),
            }
        }
        if topics.is_empty() {
            self.problem("TRIGGER_TOPICS must name at least one topic".to_string());
        }
        topics
    }
}

fn split_list(raw: &str) -> Vec<String> {
    raw.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn minimal() -> HashMap<&'static str, &'static str> {
        HashMap::from([
            ("GENESYS_SECRET_ID", "genesys/oauth"),
            ("GENESYS_REGION", "mypurecloud.ie"),
            ("TOKEN_TABLE_NAME", "tokens"),
            ("AUDIT_TABLE_NAME", "audit"),
            ("CRM_WEBHOOK_URL", "https://crm.example.com/hooks/genesys"),
        ])
    }

    fn load(vars: &HashMap<&str, &str>) -> Result<Config, ConfigError> {
        Config::from_lookup(|k| vars.get(k).map(|v| v.to_string()))
    }

    fn single(config: &Config) -> &OrgSettings {
        match &config.orgs {
            ServedOrgs::Single(org) => org,
            ServedOrgs::Several(_) => panic!("one org expected"),
        }
    }

    #[test]
    fn minimal_configuration_gets_documented_defaults() {
        let config = load(&minimal()).unwrap();
        let org = single(&config);
        assert_eq!(org.api_base_url, "https://api.mypurecloud.ie");
        assert_eq!(org.token_url(), "https://login.mypurecloud.ie/oauth/token");
        assert_eq!(org.secret_id, "genesys/oauth");
        assert_eq!(org.crm_webhook_url, "https://crm.example.com/hooks/genesys");
        assert_eq!(config.summaries.source, SummarySource::Copilot);
        assert_eq!(config.request.length, SummaryLength::Medium);
        assert_eq!(config.request.format, Format::Json);
        assert_eq!(
            config.triggers,
            vec![TriggerKind::AfterCallWork, TriggerKind::CopilotSummary]
        );
        assert_eq!(config.request.supported_languages.len(), 5);
        assert_eq!(config.storage.audit_retention_days, Some(365));
    }

    #[test]
    fn explicit_urls_override_region_and_lose_trailing_slash() {
        let mut vars = minimal();
        vars.remove("GENESYS_REGION");
        vars.insert("GENESYS_API_BASE_URL", "http://127.0.0.1:8080/");
        vars.insert("GENESYS_LOGIN_BASE_URL", "http://127.0.0.1:8080");
        let config = load(&vars).unwrap();
        let org = single(&config);
        assert_eq!(org.api_base_url, "http://127.0.0.1:8080");
        assert_eq!(org.token_url(), "http://127.0.0.1:8080/oauth/token");
    }

    #[test]
    fn every_problem_is_named_in_one_error() {
        let vars = HashMap::from([
            ("SUMMARY_LENGTH", "huge"),
            ("USE_KNOWLEDGE_BASE", "true"),
            ("REDACTION_POLICY_ID", "redact-67890-fghij"),
            ("TRIGGER_TOPICS", "acw,hangup"),
            ("SUMMARY_WAIT_SECONDS", "ten"),
            ("CRM_WEBHOOK_URL", "crm.example.com"),
        ]);
        let err = load(&vars).unwrap_err();
        let text = err.to_string();
        for needle in [
            "GENESYS_SECRET_ID is required",
            "GENESYS_REGION is required",
            "TOKEN_TABLE_NAME is required",
            "AUDIT_TABLE_NAME is required",
            "CRM_WEBHOOK_URL 'crm.example.com' must be an http:// or https:// URL",
            "SUMMARY_LENGTH 'huge' must be one of short, medium, long",
            "KNOWLEDGE_BASE_ID is not set",
            "REDACTION_POLICY_ID 'redact-67890-fghij' is not a UUID",
            "TRIGGER_TOPICS entry 'hangup'",
            "SUMMARY_WAIT_SECONDS 'ten' must be a whole number",
        ] {
            assert!(text.contains(needle), "missing {needle:?} in {text}");
        }
        assert_eq!(err.problems.len(), 10, "{text}");
    }

    #[test]
    fn the_tutorials_knowledge_base_id_is_rejected_at_init() {
        let mut vars = minimal();
        vars.insert("USE_KNOWLEDGE_BASE", "true");
        vars.insert("KNOWLEDGE_BASE_ID", "kb-12345-abcde");
        let err = load(&vars).unwrap_err();
        assert_eq!(
            err.problems,
            vec!["KNOWLEDGE_BASE_ID 'kb-12345-abcde' is not a UUID"]
        );
    }

    #[test]
    fn summary_language_must_be_supported_case_insensitively() {
        let mut vars = minimal();
        vars.insert("SUMMARY_LANGUAGE", "en-us");
        assert!(load(&vars).is_ok());
        vars.insert("SUMMARY_LANGUAGE", "pt-BR");
        assert!(
            load(&vars)
                .unwrap_err()
                .to_string()
                .contains("SUMMARY_LANGUAGE 'pt-BR'")
        );
    }

    #[test]
    fn the_tutorials_endpoint_on_genesys_cloud_is_named_at_start() {
        let mut vars = minimal();
        assert!(load(&vars).unwrap().warnings().is_empty());
        vars.insert("SUMMARY_SOURCE", "agentassist");
        let warnings = load(&vars).unwrap().warnings();
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0]
                .contains("https://api.mypurecloud.ie/api/v2/conversations/agentassist/summaries"),
            "{warnings:?}"
        );
        vars.insert("GENESYS_REGION", "euw2.pure.cloud");
        assert_eq!(load(&vars).unwrap().warnings().len(), 1);
        // A gateway that exposes the tutorial's endpoint is what the source is for.
        vars.insert(
            "GENESYS_API_BASE_URL",
            "https://genesys-gateway.example.com",
        );
        assert!(load(&vars).unwrap().warnings().is_empty());
    }

    #[test]
    fn language_tags_are_parsed_at_start() {
        let mut vars = minimal();
        vars.insert("SUPPORTED_LANGUAGES", "en-US, en_GB, fr");
        vars.insert("SUMMARY_LANGUAGE", "english");
        let err = load(&vars).unwrap_err();
        assert_eq!(
            err.problems,
            vec![
                "SUPPORTED_LANGUAGES entry 'en_GB' is not a BCP-47 language tag",
                "SUMMARY_LANGUAGE 'english' is not a BCP-47 language tag",
            ]
        );
    }

    const ORG_A: &str = "0f0e0d0c-0000-4000-8000-00000000000a";
    const ORG_B: &str = "0f0e0d0c-0000-4000-8000-00000000000b";
    const ORG_C: &str = "0f0e0d0c-0000-4000-8000-00000000000c";

    fn several(config: &Config) -> Vec<(String, OrgSettings)> {
        match &config.orgs {
            ServedOrgs::Several(orgs) => orgs
                .iter()
                .map(|(id, org)| (id.to_string(), org.clone()))
                .collect(),
            ServedOrgs::Single(_) => panic!("several orgs expected"),
        }
    }

    #[test]
    fn several_orgs_each_get_credentials_region_and_crm_with_the_environments_as_defaults() {
        let mut vars = minimal();
        vars.remove("GENESYS_SECRET_ID");
        vars.insert("CRM_REVIEW_WEBHOOK_URL", "https://crm.example.com/review");
        let mapping = format!(
            r#"{{"{}": {{"secretId": "genesys/a", "crmReviewWebhookUrl": "https://crm-a.example.com/review"}},
                "{ORG_B}": {{"secretId": " genesys/b ", "region": "mypurecloud.de", "crmWebhookUrl": "https://crm-b.example.com/hooks"}},
                "{ORG_C}": {{"secretId": "genesys/c", "singleOrgKeys": true}}}}"#,
            ORG_A.to_uppercase()
        );
        vars.insert("GENESYS_ORGS", &mapping);
        let orgs = several(&load(&vars).unwrap());
        assert_eq!(orgs.len(), 3);
        let (a, b, c) = (&orgs[0], &orgs[1], &orgs[2]);
        assert_eq!(a.0, ORG_A, "org ids are kept in lower case");
        assert_eq!(
            a.1,
            OrgSettings {
                secret_id: "genesys/a".into(),
                api_base_url: "https://api.mypurecloud.ie".into(),
                login_base_url: "https://login.mypurecloud.ie".into(),
                crm_webhook_url: "https://crm.example.com/hooks/genesys".into(),
                crm_review_webhook_url: Some("https://crm-a.example.com/review".into()),
                single_org_keys: false,
            }
        );
        assert_eq!(b.0, ORG_B);
        assert_eq!(b.1.secret_id, "genesys/b");
        assert_eq!(b.1.token_url(), "https://login.mypurecloud.de/oauth/token");
        assert_eq!(b.1.crm_webhook_url, "https://crm-b.example.com/hooks");
        // Org B's own CRM does not inherit a review webhook that belongs to another CRM.
        assert_eq!(b.1.crm_review_webhook_url, None);
        assert_eq!(c.0, ORG_C);
        assert_eq!(c.1.crm_webhook_url, "https://crm.example.com/hooks/genesys");
        assert_eq!(
            c.1.crm_review_webhook_url.as_deref(),
            Some("https://crm.example.com/review")
        );
        assert!(c.1.single_org_keys && !a.1.single_org_keys && !b.1.single_org_keys);
    }

    #[test]
    fn a_malformed_org_mapping_is_named_in_one_error_with_every_problem() {
        let mut vars = minimal();
        vars.remove("CRM_WEBHOOK_URL");
        vars.remove("GENESYS_REGION");
        let mapping = format!(
            r#"{{"acme": {{"secretId": "genesys/x", "region": "mypurecloud.ie", "crmWebhookUrl": "https://crm.example.com"}},
                "{ORG_A}": {{"secretId": "genesys/shared", "region": "eu", "crmWebhookUrl": "crm.example.com"}},
                "{ORG_B}": {{"secretId": "genesys/shared", "crmWebhookURL": "https://crm.example.com"}},
                "0f0e0d0c-0000-4000-8000-00000000000c": {{"region": "mypurecloud.ie"}},
                "0F0E0D0C-0000-4000-8000-00000000000C": {{"secretId": "genesys/c2", "region": "mypurecloud.ie", "crmWebhookUrl": "https://crm.example.com"}},
                "0f0e0d0c-0000-4000-8000-00000000000d": {{"secretId": "genesys/d", "crmWebhookUrl": "https://crm.example.com"}},
                "0f0e0d0c-0000-4000-8000-00000000000e": {{"secretId": "genesys/shared", "region": "mypurecloud.ie", "crmWebhookUrl": "https://crm.example.com"}}}}"#
        );
        vars.insert("GENESYS_ORGS", &mapping);
        let error = load(&vars).unwrap_err();
        let text = error.to_string();
        let c = "0f0e0d0c-0000-4000-8000-00000000000c";
        for needle in [
            "GENESYS_SECRET_ID must not be set with GENESYS_ORGS",
            "GENESYS_ORGS key 'acme' is not a Genesys Cloud organization id",
            &format!("GENESYS_ORGS[{ORG_A}].region 'eu' must be a Genesys Cloud domain"),
            &format!(
                "GENESYS_ORGS[{ORG_A}].crmWebhookUrl 'crm.example.com' must be an http:// or https:// URL"
            ),
            &format!("GENESYS_ORGS[{ORG_B}]: unknown field `crmWebhookURL`"),
            &format!("GENESYS_ORGS[{c}].secretId is required"),
            &format!(
                "GENESYS_ORGS[{c}].crmWebhookUrl is required (CRM_WEBHOOK_URL is every org's default)"
            ),
            &format!("GENESYS_ORGS names org {c} twice"),
            "GENESYS_ORGS[0f0e0d0c-0000-4000-8000-00000000000d] needs a region",
            &format!(
                "GENESYS_ORGS orgs {ORG_A} and 0f0e0d0c-0000-4000-8000-00000000000e name the same secretId 'genesys/shared'"
            ),
        ] {
            assert!(text.contains(needle), "missing {needle:?} in {text}");
        }
        assert_eq!(error.problems.len(), 10, "{text}");
    }

    #[test]
    fn an_org_mapping_that_is_not_a_json_object_is_one_problem() {
        let mut vars = minimal();
        vars.remove("GENESYS_SECRET_ID");
        let entry_not_object = format!(r#"{{"{ORG_A}": "s3cr3t-pasted-here"}}"#);
        let two_keep = format!(
            r#"{{"{ORG_A}": {{"secretId": "a", "singleOrgKeys": true}}, "{ORG_B}": {{"secretId": "b", "singleOrgKeys": true}}}}"#
        );
        let not_a_mapping = "GENESYS_ORGS must be a JSON object of org id to settings";
        let entry = format!("GENESYS_ORGS[{ORG_A}] must be an object of settings");
        for (raw, expected) in [
            ("genesys/a", not_a_mapping),
            ("[]", not_a_mapping),
            (r#""s3cr3t-pasted-here""#, not_a_mapping),
            ("{}", "GENESYS_ORGS must name at least one org"),
            (&entry_not_object, &entry),
            (
                &two_keep,
                "GENESYS_ORGS: only one org can keep the single-org keys",
            ),
        ] {
            vars.insert("GENESYS_ORGS", raw);
            let error = load(&vars).unwrap_err();
            assert_eq!(error.problems.len(), 1, "{raw}: {error}");
            assert!(error.problems[0].starts_with(expected), "{raw}: {error}");
            assert!(!error.to_string().contains("s3cr3t"), "{error}");
        }
    }
}
