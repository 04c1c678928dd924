//! Stage 1, validate (DESIGN.md section 4.1): the summary request built from the event and the
//! configuration must pass every rule; every violated rule is reported, not only the first.

use serde::Serialize;

/// Requested summary length and its output token budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SummaryLength {
    Short,
    Medium,
    Long,
}

impl SummaryLength {
    pub fn parse(value: &str) -> Option<Self> {
        match value.to_ascii_lowercase().as_str() {
            "short" => Some(Self::Short),
            "medium" => Some(Self::Medium),
            "long" => Some(Self::Long),
            _ => None,
        }
    }

    /// The token matrix: 60 / 150 / 500.
    pub fn max_tokens(self) -> u32 {
        match self {
            Self::Short => 60,
            Self::Medium => 150,
            Self::Long => 500,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Short => "short",
            Self::Medium => "medium",
            Self::Long => "long",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Json,
    Text,
}

impl Format {
    pub fn parse(value: &str) -> Option<Self> {
        match value.to_ascii_lowercase().as_str() {
            "json" => Some(Self::Json),
            "text" => Some(Self::Text),
            _ => None,
        }
    }
}

/// The LLM context window the transcript must fit in.
pub const MAX_TRANSCRIPT_TOKENS: u64 = 16_000;
/// Documented estimate of transcript tokens per second of talk time (speech runs at roughly
/// 150 words a minute, about 1.3 tokens a word, plus speaker labels).
pub const TRANSCRIPT_TOKENS_PER_SECOND: f64 = 3.0;

/// The request as built from the event and configuration, before validation.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRequest {
    pub interaction_id: String,
    pub language_code: String,
    pub summary_length: SummaryLength,
    pub format: Format,
    pub use_knowledge_base: bool,
    pub knowledge_base_id: Option<String>,
    pub redaction_policy_id: Option<String>,
    /// Talk time from the event, for the transcript token estimate.
    pub interacting_duration_ms: Option<u64>,
}

/// Whether the transcript-size rule could be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "status")]
pub enum TranscriptCheck {
    Within {
        estimated_tokens: u64,
    },
    /// The event carried no talk time, so the rule was recorded as not checked.
    NotChecked,
}

/// A request that passed every rule; `language_code` is the canonical tag from the supported list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidatedRequest {
    pub interaction_id: String,
    pub language_code: String,
    pub summary_length: SummaryLength,
    pub format: Format,
    pub use_knowledge_base: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub knowledge_base_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redaction_policy_id: Option<String>,
    pub requested_token_limit: u32,
    pub transcript: TranscriptCheck,
}

/// One violated rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub rule: &'static str,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("summary request rejected: {}", violations.iter().map(|v| v.message.as_str()).collect::<Vec<_>>().join("; "))]
pub struct Rejection {
    pub violations: Vec<Violation>,
}

/// Canonical 8-4-4-4-12 hexadecimal UUID text (any version, either case).
pub fn is_uuid(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// Estimated transcript tokens from talk time, rounded up.
pub fn transcript_tokens(interacting_duration_ms: u64) -> u64 {
    ((interacting_duration_ms as f64 / 1000.0) * TRANSCRIPT_TOKENS_PER_SECOND).ceil() as u64
}

pub fn validate(
    request: &SummaryRequest,
    supported_languages: &[String],
) -> Result<ValidatedRequest, Rejection> {
    let mut violations = Vec::new();
    let mut violate =
        |rule: &'static str, message: String| violations.push(Violation { rule, message });

    if !is_uuid(&request.interaction_id) {
        violate(
            "interactionId.uuid",
            format!(
                "interactionId '{}' must be a valid Genesys Cloud UUID",
                request.interaction_id
            ),
        );
    }
    let language = supported_languages
        .iter()
        .find(|l| l.eq_ignore_ascii_case(&request.language_code));
    if language.is_none() {
        violate(
            "languageCode.supported",
            format!(
                "languageCode '{}' must be one of: {}",
                request.language_code,
                supported_languages.join(", ")
            ),
        );
    }
    match (&request.knowledge_base_id, request.use_knowledge_base) {
        (None, true) => violate(
            "knowledgeBaseId.required",
            "knowledgeBaseId is required when useKnowledgeBase is true".to_string(),
        ),
        (Some(id), _) if !is_uuid(id) => violate(
            "knowledgeBaseId.uuid",
            format!("knowledgeBaseId '{id}' must be a UUID"),
        ),
        _ => {}
    }
    if let Some(id) = &request.redaction_policy_id
        && !is_uuid(id)
    {
        violate(
            "redactionPolicyId.uuid",
            format!("redactionPolicyId '{id}' must be a UUID"),
        );
    }
    let transcript = match request.interacting_duration_ms {
        None => TranscriptCheck::NotChecked,
        Some(ms) => {
            let estimated_tokens = transcript_tokens(ms);
            if estimated_tokens > MAX_TRANSCRIPT_TOKENS {
                violate(
                    "transcript.contextWindow",
                    format!(
                        "transcript estimate of {estimated_tokens} tokens ({} s of talk time) exceeds the {MAX_TRANSCRIPT_TOKENS}-token context window",
                        ms / 1000
                    ),
                );
            }
            TranscriptCheck::Within { estimated_tokens }
        }
    };

    match language {
        Some(language) if violations.is_empty() => Ok(ValidatedRequest {
            interaction_id: request.interaction_id.clone(),
            language_code: language.clone(),
            summary_length: request.summary_length,
            format: request.format,
            use_knowledge_base: request.use_knowledge_base,
            knowledge_base_id: request.knowledge_base_id.clone(),
            redaction_policy_id: request.redaction_policy_id.clone(),
            requested_token_limit: request.summary_length.max_tokens(),
            transcript,
        }),
        _ => Err(Rejection { violations }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages() -> Vec<String> {
        ["en-US", "es-ES", "fr-FR", "de-DE", "ja-JP"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn request() -> SummaryRequest {
        SummaryRequest {
            interaction_id: "3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b".to_string(),
            language_code: "en-us".to_string(),
            summary_length: SummaryLength::Medium,
            format: Format::Json,
            use_knowledge_base: false,
            knowledge_base_id: None,
            redaction_policy_id: None,
            interacting_duration_ms: Some(183_000),
        }
    }

    fn rules(r: &SummaryRequest) -> Vec<&'static str> {
        validate(r, &languages())
            .unwrap_err()
            .violations
            .iter()
            .map(|v| v.rule)
            .collect()
    }

    #[test]
    fn a_good_request_passes_with_canonical_language_and_budget() {
        let v = validate(&request(), &languages()).unwrap();
        assert_eq!(v.language_code, "en-US");
        assert_eq!(v.requested_token_limit, 150);
        assert_eq!(
            v.transcript,
            TranscriptCheck::Within {
                estimated_tokens: 549
            }
        );
    }

    #[test]
    fn token_matrix_is_60_150_500() {
        assert_eq!(
            [
                SummaryLength::Short,
                SummaryLength::Medium,
                SummaryLength::Long
            ]
            .map(SummaryLength::max_tokens),
            [60, 150, 500]
        );
    }

    #[test]
    fn every_violation_is_reported_together() {
        let mut r = request();
        r.interaction_id = "123".to_string();
        r.language_code = "pt-BR".to_string();
        r.use_knowledge_base = true;
        r.redaction_policy_id = Some("redact-67890-fghij".to_string());
        r.interacting_duration_ms = Some(6_000_000);
        assert_eq!(
            rules(&r),
            vec![
                "interactionId.uuid",
                "languageCode.supported",
                "knowledgeBaseId.required",
                "redactionPolicyId.uuid",
                "transcript.contextWindow"
            ]
        );
    }

    #[test]
    fn the_tutorials_example_knowledge_base_id_fails_its_own_rule() {
        let mut r = request();
        r.use_knowledge_base = true;
        r.knowledge_base_id = Some("kb-12345-abcde".to_string());
        assert_eq!(rules(&r), vec!["knowledgeBaseId.uuid"]);
    }

    #[test]
    fn transcript_rule_is_recorded_as_not_checked_without_talk_time() {
        let mut r = request();
        r.interacting_duration_ms = None;
        assert_eq!(
            validate(&r, &languages()).unwrap().transcript,
            TranscriptCheck::NotChecked
        );
    }

    #[test]
    fn the_context_window_boundary_is_inclusive() {
        let mut r = request();
        // 16 000 tokens at 3 tokens/s is 5 333.33 s.
        r.interacting_duration_ms = Some(5_333_000);
        assert!(validate(&r, &languages()).is_ok());
        r.interacting_duration_ms = Some(5_334_000);
        assert_eq!(rules(&r), vec!["transcript.contextWindow"]);
    }

    #[test]
    fn uuid_shape_is_strict() {
        assert!(is_uuid("3C5E8A42-7D1E-4F2B-9A6C-1B2D3E4F5A6B"));
        assert!(!is_uuid("3c5e8a427d1e4f2b9a6c1b2d3e4f5a6b"));
        assert!(!is_uuid("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6g"));
        assert!(!is_uuid("{3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b}"));
    }
}
