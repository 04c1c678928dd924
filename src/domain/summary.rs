//! The one summary type every source produces (the Copilot API, a pushed Copilot summary, the
//! tutorial's agent-assist POST): docs/architecture.md, "The summary".

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::ids::{ConversationId, LanguageTag};

/// Where a summary came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SummaryOrigin {
    /// Read with `GET /api/v2/conversations/{id}/summaries`.
    CopilotApi,
    /// Pushed by Genesys on the `v2.users.{id}.conversations.summaries` topic.
    CopilotPush,
    /// Generated with the tutorial's agent-assist POST.
    AgentAssist,
    /// Read from Speech and Text Analytics, which keeps its own AI summaries after Copilot's
    /// retention.
    SpeechAnalytics,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WrapupCode {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// One agent's part of a conversation-wide summary (after a transfer, Genesys summarises each
/// agent segment on its own).
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentSummary {
    pub agent_id: Option<String>,
    pub communication_id: Option<String>,
    pub summary_id: Option<String>,
    pub text: String,
    pub edited: bool,
}

/// The wrap-up the agent applied at the end of after-call work (the acw event's `wrapupCode`,
/// an id, and `wrapupNotes`, free text that may hold PII).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppliedWrapup {
    pub code: Option<String>,
    pub notes: Option<String>,
}

/// A summary as obtained from Genesys, before verification. Its text may hold PII.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub conversation_id: ConversationId,
    pub summary_id: Option<String>,
    pub text: String,
    pub language: Option<LanguageTag>,
    pub reason: Option<String>,
    pub resolution: Option<String>,
    /// Genesys's resolution outcome (`Resolved`, `Unresolved`, ...), kept as sent.
    pub resolution_outcome: Option<String>,
    pub followup: Vec<String>,
    pub wrapup_codes: Vec<WrapupCode>,
    pub confidence: Option<f64>,
    pub origin: SummaryOrigin,
    /// When Genesys created the summary (RFC 3339, as sent).
    pub created_at: Option<String>,
    /// True when the text is the agent's edit rather than the generated text.
    pub edited: bool,
    /// For a conversation-wide summary of several agent segments: each segment (`text` is then
    /// theirs joined).
    pub segments: Vec<SegmentSummary>,
    /// The agent's own wrap-up, from the event, sent beside the summary.
    pub applied_wrapup: Option<AppliedWrapup>,
}

impl Summary {
    /// The version of the text: the same text, the same version. An agent's edit is a new one.
    pub fn version(&self) -> String {
        let digest = Sha256::digest(self.text.as_bytes());
        format!("v{}", hex::encode(&digest[..8]))
    }

    /// A summary with only its text known; each source fills in what it has with
    /// `Summary { reason, ..Summary::new(...) }`.
    pub fn new(conversation_id: ConversationId, text: String, origin: SummaryOrigin) -> Self {
        Self {
            conversation_id,
            summary_id: None,
            text,
            language: None,
            reason: None,
            resolution: None,
            resolution_outcome: None,
            followup: Vec::new(),
            wrapup_codes: Vec::new(),
            confidence: None,
            origin,
            created_at: None,
            edited: false,
            segments: Vec::new(),
            applied_wrapup: None,
        }
    }
}

/// A summary's sentiment class: what the alignment check compares with the call's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    Positive,
    Neutral,
    Negative,
}

/// A summary's sentiment: the score in -1..1 and its class.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentimentReading {
    pub score: f64,
    pub polarity: Polarity,
}
