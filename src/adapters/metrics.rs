//! Each invocation's outcome as a CloudWatch Embedded Metric Format line on stdout: metric
//! `GenesysSummary/Events` by `service` (the function's name) and `Outcome`, and `ColdStart` by
//! `service` on an instance's first invocation.
//!
//! With JSON logs, Lambda filters lines by their `level` and treats a line without one as INFO
//! ("If the level value field is invalid or missing, Lambda will assign the log output the level
//! INFO", AWS Lambda developer guide, log-level filtering). A metric line therefore carries the
//! configured level (INFO at least), so that a deployment logging at WARN or ERROR keeps its
//! metrics and its alarms.

use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::json;

pub const NAMESPACE: &str = "GenesysSummary";
pub const EVENTS: &str = "Events";
pub const COLD_START: &str = "ColdStart";

pub struct Metrics {
    service: String,
    level: &'static str,
    cold: AtomicBool,
}

impl Metrics {
    /// From the environment Lambda sets: `AWS_LAMBDA_FUNCTION_NAME`, `AWS_LAMBDA_LOG_LEVEL`.
    pub fn from_env() -> Self {
        Self::new(
            &std::env::var("AWS_LAMBDA_FUNCTION_NAME").unwrap_or_default(),
            std::env::var("AWS_LAMBDA_LOG_LEVEL").ok().as_deref(),
        )
    }

    pub fn new(service: &str, log_level: Option<&str>) -> Self {
        let level = match log_level.map(str::to_ascii_uppercase).as_deref() {
            Some("WARN") => "WARN",
            Some("ERROR") => "ERROR",
            Some("FATAL") => "FATAL",
            // TRACE, DEBUG, INFO or unset: INFO passes all of them.
            _ => "INFO",
        };
        Self {
            service: service.to_string(),
            level,
            cold: AtomicBool::new(true),
        }
    }

    /// Writes the line for one invocation that ended in `outcome`.
    pub fn record(&self, outcome: &str) {
        println!(
            "{}",
            self.line(outcome, chrono::Utc::now().timestamp_millis())
        );
    }

    fn line(&self, outcome: &str, timestamp_ms: i64) -> String {
        let cold = self.cold.swap(false, Ordering::Relaxed);
        let mut directives = vec![json!({
            "Namespace": NAMESPACE,
            "Dimensions": [["service", "Outcome"]],
            "Metrics": [{"Name": EVENTS, "Unit": "Count"}],
        })];
        let mut line = json!({
            "level": self.level,
            "service": self.service,
            "Outcome": outcome,
            EVENTS: 1,
        });
        if cold {
            directives.push(json!({
                "Namespace": NAMESPACE,
                "Dimensions": [["service"]],
                "Metrics": [{"Name": COLD_START, "Unit": "Count"}],
            }));
            line[COLD_START] = json!(1);
        }
        line["_aws"] = json!({"Timestamp": timestamp_ms, "CloudWatchMetrics": directives});
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn the_first_line_counts_a_cold_start_and_every_line_an_event() {
        let metrics = Metrics::new("summary-fn", Some("info"));
        let first: Value = serde_json::from_str(&metrics.line("synced", 1)).unwrap();
        assert_eq!(first["service"], "summary-fn");
        assert_eq!(
            (first["Outcome"].as_str(), first[EVENTS].as_i64()),
            (Some("synced"), Some(1))
        );
        assert_eq!(first[COLD_START], 1);
        let directives = first["_aws"]["CloudWatchMetrics"].as_array().unwrap();
        assert_eq!(directives[0]["Dimensions"], json!([["service", "Outcome"]]));
        assert_eq!(directives[1]["Dimensions"], json!([["service"]]));
        assert_eq!(first["_aws"]["Timestamp"], 1);

        let second: Value = serde_json::from_str(&metrics.line("duplicate", 2)).unwrap();
        assert!(second.get(COLD_START).is_none(), "{second}");
        assert_eq!(
            second["_aws"]["CloudWatchMetrics"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn the_line_carries_the_configured_level_so_lambda_keeps_it() {
        for (configured, carried) in [
            (None, "INFO"),
            (Some("debug"), "INFO"),
            (Some("INFO"), "INFO"),
            (Some("warn"), "WARN"),
            (Some("ERROR"), "ERROR"),
            (Some("fatal"), "FATAL"),
        ] {
            let line: Value =
                serde_json::from_str(&Metrics::new("f", configured).line("synced", 0)).unwrap();
            assert_eq!(line["level"], carried, "{configured:?}");
        }
    }
}
