//! Configuration read from the environment once per instance (DESIGN.md section 6).
//!
//! Every problem is collected, so a bad deployment fails its init with one message naming all of
//! them rather than one per redeploy.

use std::time::Duration;

use crate::event::TriggerKind;
use crate::validate::{Format, SummaryLength, is_uuid};

/// Where summaries come from (DESIGN.md section 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummarySource {
    /// The real Genesys Cloud API: `GET /api/v2/conversations/{id}/summaries`.
    Copilot,
    /// The tutorial's `POST .../agentassist/summaries` contract, for gateways that expose it.
    AgentAssist,
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
    pub secret_id: String,
    pub api_base_url: String,
    pub login_base_url: String,
    pub token_table: String,
    pub audit_table: String,
    pub crm_webhook_url: String,
    pub summary_source: SummarySource,
    pub agent_assist_path: String,
    pub summary_length: SummaryLength,
    pub summary_format: Format,
    pub summary_language: String,
    pub supported_languages: Vec<String>,
    pub use_knowledge_base: bool,
    pub knowledge_base_id: Option<String>,
    pub redaction_policy_id: Option<String>,
    pub trigger_topics: Vec<TriggerKind>,
    pub sentiment_source: SentimentSource,
    pub request_on_demand_summary: bool,
    /// How long the generate stage waits for a Copilot summary to become ready.
    pub summary_wait: Duration,
    pub summary_poll_interval: Duration,
    /// Used as the invocation deadline when the runtime's deadline is unusable (already past,
    /// as the local emulator sends), so a valid event never fails for lack of a clock.
    pub function_timeout: Duration,
    /// Kept free at the end of every invocation to write the audit record before Lambda stops us.
    pub safety_margin: Duration,
    pub secret_ttl: Duration,
    pub genesys_http_timeout: Duration,
    pub crm_http_timeout: Duration,
    pub http_max_attempts: u32,
    /// One attempt of a DynamoDB or Secrets Manager call.
    pub aws_attempt_timeout: Duration,
    /// A whole DynamoDB or Secrets Manager call, the SDK's own retries included.
    pub aws_call_timeout: Duration,
    /// Audit records expire after this many days (DynamoDB TTL); `None` keeps them forever.
    pub audit_retention_days: Option<u32>,
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

        let secret_id = env.required("GENESYS_SECRET_ID");
        let (api_base_url, login_base_url) = env.genesys_urls();
        let token_table = env.required("TOKEN_TABLE_NAME");
        let audit_table = env.required("AUDIT_TABLE_NAME");
        let crm_webhook_url = env.required("CRM_WEBHOOK_URL");
        if !crm_webhook_url.is_empty() {
            env.check_url("CRM_WEBHOOK_URL", &crm_webhook_url);
        }
        let summary_source = env.parsed(
            "SUMMARY_SOURCE",
            SummarySource::Copilot,
            |v| match v.to_ascii_lowercase().as_str() {
                "copilot" => Some(SummarySource::Copilot),
                "agentassist" => Some(SummarySource::AgentAssist),
                _ => None,
            },
            "one of copilot, agentassist",
        );
        let agent_assist_path = env
            .optional("AGENT_ASSIST_PATH")
            .unwrap_or_else(|| DEFAULT_AGENT_ASSIST_PATH.to_string());
        if !agent_assist_path.starts_with('/') {
            env.problem("AGENT_ASSIST_PATH must start with '/'".to_string());
        }
        let summary_length = env.parsed(
            "SUMMARY_LENGTH",
            SummaryLength::Medium,
            SummaryLength::parse,
            "one of short, medium, long",
        );
        let summary_format = env.parsed(
            "SUMMARY_FORMAT",
            Format::Json,
            Format::parse,
            "one of json, text",
        );
        let supported_languages = env
            .optional("SUPPORTED_LANGUAGES")
            .map(|v| split_list(&v))
            .unwrap_or_else(|| {
                DEFAULT_SUPPORTED_LANGUAGES
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            });
        if supported_languages.is_empty() {
            env.problem("SUPPORTED_LANGUAGES must name at least one language tag".to_string());
        }
        let summary_language = env
            .optional("SUMMARY_LANGUAGE")
            .unwrap_or_else(|| "en-US".to_string());
        if !supported_languages
            .iter()
            .any(|l| l.eq_ignore_ascii_case(&summary_language))
        {
            env.problem(format!(
                "SUMMARY_LANGUAGE '{summary_language}' is not in SUPPORTED_LANGUAGES ({})",
                supported_languages.join(", ")
            ));
        }
        let use_knowledge_base = env.boolean("USE_KNOWLEDGE_BASE", false);
        let knowledge_base_id = env.optional("KNOWLEDGE_BASE_ID");
        if let Some(id) = &knowledge_base_id {
            if !is_uuid(id) {
                env.problem(format!("KNOWLEDGE_BASE_ID '{id}' is not a UUID"));
            }
        } else if use_knowledge_base {
            env.problem("USE_KNOWLEDGE_BASE is true but KNOWLEDGE_BASE_ID is not set".to_string());
        }
        let redaction_policy_id = env.optional("REDACTION_POLICY_ID");
        if let Some(id) = &redaction_policy_id
            && !is_uuid(id)
        {
            env.problem(format!("REDACTION_POLICY_ID '{id}' is not a UUID"));
        }
        let trigger_topics = env.trigger_topics();
        let sentiment_source = env.parsed(
            "SENTIMENT_SOURCE",
            SentimentSource::Genesys,
            |v| match v.to_ascii_lowercase().as_str() {
                "genesys" => Some(SentimentSource::Genesys),
                "none" => Some(SentimentSource::None),
                _ => None,
            },
            "one of genesys, none",
        );
        let request_on_demand_summary = env.boolean("REQUEST_ON_DEMAND_SUMMARY", false);
        let summary_wait = Duration::from_secs(env.number("SUMMARY_WAIT_SECONDS", 30, 0, 900));
        let summary_poll_interval =
            Duration::from_millis(env.number("SUMMARY_POLL_INTERVAL_MS", 2000, 10, 60_000));
        let function_timeout =
            Duration::from_secs(env.number("FUNCTION_TIMEOUT_SECONDS", 60, 1, 900));
        let safety_margin = Duration::from_millis(env.number("SAFETY_MARGIN_MS", 1500, 0, 60_000));
        let secret_ttl = Duration::from_secs(env.number("SECRET_TTL_SECONDS", 300, 0, 86_400));
        let genesys_http_timeout =
            Duration::from_millis(env.number("GENESYS_HTTP_TIMEOUT_MS", 10_000, 100, 300_000));
        let crm_http_timeout =
            Duration::from_millis(env.number("CRM_HTTP_TIMEOUT_MS", 10_000, 100, 300_000));
        let http_max_attempts = env.number("HTTP_MAX_ATTEMPTS", 4, 1, 10) as u32;
        let aws_attempt_timeout =
            Duration::from_millis(env.number("AWS_ATTEMPT_TIMEOUT_MS", 1000, 50, 60_000));
        let aws_call_timeout =
            Duration::from_millis(env.number("AWS_CALL_TIMEOUT_MS", 3000, 50, 120_000));
        let retention = env.number("AUDIT_RETENTION_DAYS", 365, 0, 36_500) as u32;
        if summary_wait + safety_margin >= function_timeout {
            env.problem(format!(
                "SUMMARY_WAIT_SECONDS ({}) plus SAFETY_MARGIN_MS must be shorter than FUNCTION_TIMEOUT_SECONDS ({})",
                summary_wait.as_secs(),
                function_timeout.as_secs()
            ));
        }

        if !env.problems.is_empty() {
            return Err(ConfigError {
                problems: env.problems,
            });
        }
        Ok(Config {
            secret_id,
            api_base_url,
            login_base_url,
            token_table,
            audit_table,
            crm_webhook_url,
            summary_source,
            agent_assist_path,
            summary_length,
            summary_format,
            summary_language,
            supported_languages,
            use_knowledge_base,
            knowledge_base_id,
            redaction_policy_id,
            trigger_topics,
            sentiment_source,
            request_on_demand_summary,
            summary_wait,
            summary_poll_interval,
            function_timeout,
            safety_margin,
            secret_ttl,
            genesys_http_timeout,
            crm_http_timeout,
            http_max_attempts,
            aws_attempt_timeout,
            aws_call_timeout,
            audit_retention_days: (retention > 0).then_some(retention),
        })
    }

    /// The OAuth token endpoint on the login host.
    pub fn token_url(&self) -> String {
        format!("{}/oauth/token", self.login_base_url)
    }

    pub fn triggers_on(&self, kind: TriggerKind) -> bool {
        self.trigger_topics.contains(&kind)
    }
}

/// Collects problems while reading variables.
struct Reader<'a> {
    lookup: &'a dyn Fn(&str) -> Option<String>,
    problems: Vec<String>,
}

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

    /// `GENESYS_API_BASE_URL`/`GENESYS_LOGIN_BASE_URL` win over `GENESYS_REGION`.
    fn genesys_urls(&mut self) -> (String, String) {
        let region = self.optional("GENESYS_REGION");
        if let Some(domain) = &region
            && (domain.contains('/') || domain.contains(':') || !domain.contains('.'))
        {
            self.problem(format!(
                "GENESYS_REGION '{domain}' must be a Genesys Cloud domain such as mypurecloud.com"
            ));
        }
        let mut url = |name: &str, host_prefix: &str| -> String {
            match self.optional(name) {
                Some(explicit) => {
                    self.check_url(name, &explicit);
                    explicit.trim_end_matches('/').to_string()
                }
                None => match &region {
                    Some(domain) => format!("https://{host_prefix}.{domain}"),
                    None => String::new(),
                },
            }
        };
        let api = url("GENESYS_API_BASE_URL", "api");
        let login = url("GENESYS_LOGIN_BASE_URL", "login");
        if api.is_empty() || login.is_empty() {
            self.problem(
                "GENESYS_REGION is required unless both GENESYS_API_BASE_URL and GENESYS_LOGIN_BASE_URL are set"
                    .to_string(),
            );
        }
        (api, login)
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

    #[test]
    fn minimal_configuration_gets_documented_defaults() {
        let config = load(&minimal()).unwrap();
        assert_eq!(config.api_base_url, "https://api.mypurecloud.ie");
        assert_eq!(
            config.token_url(),
            "https://login.mypurecloud.ie/oauth/token"
        );
        assert_eq!(config.summary_source, SummarySource::Copilot);
        assert_eq!(config.summary_length, SummaryLength::Medium);
        assert_eq!(config.summary_format, Format::Json);
        assert_eq!(
            config.trigger_topics,
            vec![TriggerKind::AfterCallWork, TriggerKind::CopilotSummary]
        );
        assert_eq!(config.supported_languages.len(), 5);
        assert_eq!(config.audit_retention_days, Some(365));
    }

    #[test]
    fn explicit_urls_override_region_and_lose_trailing_slash() {
        let mut vars = minimal();
        vars.remove("GENESYS_REGION");
        vars.insert("GENESYS_API_BASE_URL", "http://127.0.0.1:8080/");
        vars.insert("GENESYS_LOGIN_BASE_URL", "http://127.0.0.1:8080");
        let config = load(&vars).unwrap();
        assert_eq!(config.api_base_url, "http://127.0.0.1:8080");
        assert_eq!(config.token_url(), "http://127.0.0.1:8080/oauth/token");
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
}
