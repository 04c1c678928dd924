//! The unit of work that makes re-delivered events no-ops, and the states it moves through
//! (docs/contracts.md, "Audit table").

use super::ids::{ConversationId, OrgId, UserId};

/// What one summary is about: a conversation and its agent (acw, summaries topic), or the whole
/// conversation (customer.end carries no agent); in a deployment serving several orgs, of which
/// org, so that two orgs' conversations are never one unit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WorkUnit {
    /// `None` in a single-org deployment: its keys are the conversation's alone, as they always were.
    pub org_id: Option<OrgId>,
    pub conversation_id: ConversationId,
    pub agent_id: Option<UserId>,
}

impl WorkUnit {
    /// What the unit's claim and audit records are filed under: the conversation id, or
    /// `<orgId>#<conversationId>` when the unit belongs to one of several orgs.
    pub fn partition(&self) -> String {
        match &self.org_id {
            Some(org) => format!("{org}#{}", self.conversation_id),
            None => self.conversation_id.to_string(),
        }
    }

    /// The agent, or `conversation` for a conversation-wide unit.
    pub fn scope(&self) -> &str {
        self.agent_id
            .as_ref()
            .map_or("conversation", |agent| agent.as_str())
    }
}

/// The state of a unit of work in the audit table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkState {
    InProgress,
    /// Synced to the CRM.
    Completed,
    /// Validation rejected the request: retrying cannot help.
    Rejected,
    /// Genesys has no summary and will not have one.
    Unavailable,
    /// The attempt failed in a way a retry may fix; the next delivery may claim it at once.
    Failed,
}

impl WorkState {
    pub fn as_str(self) -> &'static str {
        match self {
            WorkState::InProgress => "IN_PROGRESS",
            WorkState::Completed => "COMPLETED",
            WorkState::Rejected => "REJECTED",
            WorkState::Unavailable => "UNAVAILABLE",
            WorkState::Failed => "FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            Self::InProgress,
            Self::Completed,
            Self::Rejected,
            Self::Unavailable,
            Self::Failed,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }

    /// A terminal state makes every later delivery a no-op.
    pub fn is_terminal(self) -> bool {
        matches!(
            self,
            WorkState::Completed | WorkState::Rejected | WorkState::Unavailable
        )
    }
}
