//! The summary request: what we ask Genesys for, built from the event and the configuration, and
//! the one type that carries it from validation to the Genesys call (the tutorial's agent-assist
//! body is this type serialised).

use serde::Serialize;

use super::ids::{ConversationId, KnowledgeBaseId, LanguageTag, RedactionPolicyId};

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

/// What the deployment asks for on every request (configuration, parsed at start).
#[derive(Debug, Clone, PartialEq)]
pub struct RequestOptions {
    /// Used when the event carries no language.
    pub default_language: LanguageTag,
    pub supported_languages: Vec<LanguageTag>,
    pub length: SummaryLength,
    pub format: Format,
    pub use_knowledge_base: bool,
    pub knowledge_base_id: Option<KnowledgeBaseId>,
    pub redaction_policy_id: Option<RedactionPolicyId>,
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

/// A request that passed every validation rule. Serialised, it is the tutorial's agent-assist
/// body: `{interactionId, languageCode, summaryLength, format, useKnowledgeBase,
/// knowledgeBaseId?, redactionPolicyId?}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SummaryRequest {
    pub interaction_id: ConversationId,
    /// The canonical tag from the supported list (`en-US` for an event's `en-us`).
    pub language_code: LanguageTag,
    pub summary_length: SummaryLength,
    pub format: Format,
    pub use_knowledge_base: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub knowledge_base_id: Option<KnowledgeBaseId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redaction_policy_id: Option<RedactionPolicyId>,
    /// Recorded in the audit record; not part of the request body.
    #[serde(skip)]
    pub transcript: TranscriptCheck,
}

impl SummaryRequest {
    /// The output token budget of the requested length.
    pub fn requested_token_limit(&self) -> u32 {
        self.summary_length.max_tokens()
    }
}
