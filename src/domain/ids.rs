//! Identifiers and tags, parsed once where they enter (an event, the configuration). Code past
//! that edge holds a value known to be well formed, and never checks it again.
//!
//! Each type keeps the text exactly as it was sent (Genesys writes `en-us`, ids in lower case):
//! the conversation id is a DynamoDB key, and a key must not change with a re-rendering.

use std::fmt;

use serde::Serialize;

/// Why a value is not a well-formed id or tag. Quotes the value, shortened: it came from outside
/// and may be long enough to matter in a log line or an audit record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{value}' {expected}")]
pub struct ParseError {
    value: String,
    expected: &'static str,
}

impl ParseError {
    fn new(value: &str, expected: &'static str) -> Self {
        Self {
            value: quoted(value),
            expected,
        }
    }
}

/// At most 64 characters of `value`, marked when cut.
pub fn quoted(value: &str) -> String {
    const MAX: usize = 64;
    match value.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}...", &value[..cut]),
        None => value.to_string(),
    }
}

/// Canonical 8-4-4-4-12 hexadecimal UUID text (any version, either case).
fn is_uuid(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// A UUID-shaped id newtype: parsed from text, shown and serialised as that text.
macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident, $expected:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn parse(value: &str) -> Result<Self, ParseError> {
                if is_uuid(value) {
                    Ok(Self(value.to_string()))
                } else {
                    Err(ParseError::new(value, $expected))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

uuid_id!(
    /// A Genesys Cloud conversation id: the tutorial's `interactionId`, and the partition key of
    /// a conversation's claims and audit records.
    ConversationId,
    "must be a valid Genesys Cloud UUID"
);
uuid_id!(
    /// A Genesys Cloud user id: the agent a summary belongs to.
    UserId,
    "must be a valid Genesys Cloud UUID"
);
uuid_id!(
    /// The knowledge base the agent-assist request may name (`KNOWLEDGE_BASE_ID`).
    KnowledgeBaseId,
    "is not a UUID"
);
uuid_id!(
    /// The redaction policy the agent-assist request may name (`REDACTION_POLICY_ID`).
    RedactionPolicyId,
    "is not a UUID"
);

/// A Genesys Cloud organization id: which org an event came from when one deployment serves
/// several (`GENESYS_ORGS`). Kept in lower case, as Genesys writes it, so that the id in an
/// event's source and the one an operator typed in the mapping are the same key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct OrgId(String);

impl OrgId {
    pub fn parse(value: &str) -> Result<Self, ParseError> {
        if is_uuid(value) {
            Ok(Self(value.to_ascii_lowercase()))
        } else {
            Err(ParseError::new(
                value,
                "is not a Genesys Cloud organization id (a UUID)",
            ))
        }
    }

    /// The org of a Genesys partner event source: `aws.partner/genesys.com/cloud/{orgId}/{name}`
    /// (docs/genesys.md, "Events"); `None` for any other source.
    pub fn from_event_source(source: &str) -> Option<Self> {
        let rest = source.strip_prefix("aws.partner/genesys.com/cloud/")?;
        let (org, name) = rest.split_once('/')?;
        if name.is_empty() {
            return None;
        }
        Self::parse(org).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A BCP-47 language tag (`en-US`, `en-us`, `ja-JP`, `en`): a primary language subtag of two or
/// three letters, then subtags of one to eight letters or digits. Compared case-insensitively,
/// as BCP-47 says; kept as written.
#[derive(Debug, Clone, Eq, Serialize)]
#[serde(transparent)]
pub struct LanguageTag(String);

impl LanguageTag {
    pub fn parse(value: &str) -> Result<Self, ParseError> {
        let mut subtags = value.split('-');
        let primary = subtags.next().unwrap_or_default();
        let well_formed = (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_alphabetic())
            && subtags.all(|s| {
                (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if well_formed {
            Ok(Self(value.to_string()))
        } else {
            Err(ParseError::new(value, "is not a BCP-47 language tag"))
        }
    }

    /// A tag as Genesys or a gateway may write it: `en_US` is read as `en-US`. `None` when it is
    /// no language tag even so; a produced summary keeps its text either way.
    pub fn parse_lenient(value: &str) -> Option<Self> {
        Self::parse(value)
            .or_else(|_| Self::parse(&value.replace('_', "-")))
            .ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when this entry of a list of languages takes in `tag`: the same tag, or this is a
    /// whole language (`en`) and `tag` one of its variants (`en-GB`).
    pub fn covers(&self, tag: &LanguageTag) -> bool {
        self == tag || (!self.0.contains('-') && self.primary() == tag.primary())
    }

    /// The primary language subtag, lower case: `en` for `en-GB`.
    pub fn primary(&self) -> String {
        self.0
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    }
}

impl PartialEq for LanguageTag {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_shape_is_strict() {
        assert!(ConversationId::parse("3C5E8A42-7D1E-4F2B-9A6C-1B2D3E4F5A6B").is_ok());
        for bad in [
            "3c5e8a427d1e4f2b9a6c1b2d3e4f5a6b",
            "3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6g",
            "{3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b}",
            "conv-12345",
            "",
        ] {
            assert!(ConversationId::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ids_keep_their_text_and_name_the_bad_value() {
        let id = ConversationId::parse("3C5E8A42-7D1E-4F2B-9A6C-1B2D3E4F5A6B").unwrap();
        assert_eq!(id.as_str(), "3C5E8A42-7D1E-4F2B-9A6C-1B2D3E4F5A6B");
        assert_eq!(
            serde_json::to_value(&id).unwrap(),
            "3C5E8A42-7D1E-4F2B-9A6C-1B2D3E4F5A6B"
        );
        assert_eq!(
            KnowledgeBaseId::parse("kb-12345-abcde")
                .unwrap_err()
                .to_string(),
            "'kb-12345-abcde' is not a UUID"
        );
        assert_eq!(
            ConversationId::parse("conv-12345").unwrap_err().to_string(),
            "'conv-12345' must be a valid Genesys Cloud UUID"
        );
    }

    #[test]
    fn a_long_bad_value_is_quoted_shortened() {
        let long = "x".repeat(5000);
        let message = ConversationId::parse(&long).unwrap_err().to_string();
        assert!(message.len() < 120, "{message}");
        assert!(message.contains("..."));
    }

    #[test]
    fn language_tags_are_well_formed_and_compared_without_case() {
        for good in ["en-US", "en-us", "ja-JP", "en", "es-419", "zh-Hant-TW"] {
            assert!(LanguageTag::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "e",
            "english-US",
            "en_US",
            "en-",
            "en-toolongsubtag",
            "12-US",
        ] {
            assert!(LanguageTag::parse(bad).is_err(), "{bad}");
        }
        let upper = LanguageTag::parse("en-US").unwrap();
        assert_eq!(upper, LanguageTag::parse("en-us").unwrap());
        assert_eq!(upper.as_str(), "en-US");
        assert_eq!(LanguageTag::parse("en-GB").unwrap().primary(), "en");
        assert_eq!(
            LanguageTag::parse_lenient("en_GB").unwrap().as_str(),
            "en-GB"
        );
        assert!(LanguageTag::parse_lenient("english").is_none());
    }

    #[test]
    fn a_whole_language_covers_its_variants_and_a_tag_only_itself() {
        let tag = |v| LanguageTag::parse(v).unwrap();
        assert!(tag("en").covers(&tag("en-GB")));
        assert!(tag("en").covers(&tag("EN")));
        assert!(tag("en-US").covers(&tag("en-us")));
        assert!(!tag("en-US").covers(&tag("en-GB")));
        assert!(!tag("fr").covers(&tag("en-GB")));
    }

    #[test]
    fn the_org_comes_from_a_genesys_partner_event_source() {
        let org = "cf6cb7d5-d0ea-45b5-b0cf-73ad5f5b8721";
        let source = |s: &str| OrgId::from_event_source(s).map(|o| o.as_str().to_string());
        assert_eq!(
            source(&format!("aws.partner/genesys.com/cloud/{org}/DA-VOICE-SB")).as_deref(),
            Some(org)
        );
        assert_eq!(
            source(&format!(
                "aws.partner/genesys.com/cloud/{}/acme",
                org.to_uppercase()
            ))
            .as_deref(),
            Some(org),
            "one key whatever the case"
        );
        for other in [
            "aws.partner/genesys.com/cloud/test",
            &format!("aws.partner/genesys.com/cloud/{org}"),
            &format!("aws.partner/genesys.com/cloud/{org}/"),
            &format!("aws.partner/example.com/cloud/{org}/acme"),
            "genesyscloud",
        ] {
            assert_eq!(source(other), None, "{other}");
        }
    }
}
