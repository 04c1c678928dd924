//! Stage 1, validate (docs/architecture.md, "Stages"): the summary request built from the event
//! and the configuration must pass every rule; every violated rule is reported, not only the first.
//!
//! The tutorial's shape rules are enforced where the values enter, by their types: the
//! conversation id is a UUID when the event is parsed ([`super::ids::ConversationId`]), and the
//! knowledge-base and redaction-policy ids are UUIDs when the configuration is read. What is left
//! here is what depends on the combination: the requested language against the supported list
//! (the language we *ask* for; a summary Genesys already wrote is never refused for its own), and
//! the transcript against the model's context window.

use super::event::GenesysEvent;
use super::outcome::{Outcome, Rejection, Violation};
use super::request::{RequestOptions, SummaryRequest, TranscriptCheck};

/// The LLM context window the transcript must fit in.
pub const MAX_TRANSCRIPT_TOKENS: u64 = 16_000;
/// Documented estimate of transcript tokens per second of talk time (speech runs at roughly
/// 150 words a minute, about 1.3 tokens a word, plus speaker labels).
pub const TRANSCRIPT_TOKENS_PER_SECOND: f64 = 3.0;

/// Estimated transcript tokens from talk time, rounded up.
pub fn transcript_tokens(interacting_duration_ms: u64) -> u64 {
    ((interacting_duration_ms as f64 / 1000.0) * TRANSCRIPT_TOKENS_PER_SECOND).ceil() as u64
}

/// The request for `event`, or [`Outcome::Rejected`] naming every violated rule.
pub fn validate(event: &GenesysEvent, options: &RequestOptions) -> Result<SummaryRequest, Outcome> {
    let mut violations = Vec::new();
    let requested = &options.default_language;
    // The canonical form: the list's own tag, or the requested one when the list names the
    // whole language (`en` takes in `en-GB`).
    let language = options
        .supported_languages
        .iter()
        .find(|supported| supported.covers(requested))
        .map(|supported| {
            if supported == requested {
                supported
            } else {
                requested
            }
        });
    if language.is_none() {
        violations.push(Violation {
            rule: "languageCode.supported",
            message: format!(
                "languageCode '{requested}' must be one of: {}",
                options
                    .supported_languages
                    .iter()
                    .map(|l| l.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    let transcript = transcript_check(event.interacting_duration_ms, &mut violations);
    match language {
        Some(language) if violations.is_empty() => Ok(SummaryRequest {
            interaction_id: event.conversation_id.clone(),
            language_code: language.clone(),
            summary_length: options.length,
            format: options.format,
            use_knowledge_base: options.use_knowledge_base,
            knowledge_base_id: options.knowledge_base_id.clone(),
            redaction_policy_id: options.redaction_policy_id.clone(),
            transcript,
        }),
        _ => Err(Outcome::Rejected(Rejection { violations })),
    }
}

/// The transcript estimate from talk time; a violation when it exceeds the context window.
fn transcript_check(
    interacting_duration_ms: Option<u64>,
    violations: &mut Vec<Violation>,
) -> TranscriptCheck {
    let Some(ms) = interacting_duration_ms else {
        return TranscriptCheck::NotChecked;
    };
    let estimated_tokens = transcript_tokens(ms);
    if estimated_tokens > MAX_TRANSCRIPT_TOKENS {
        violations.push(Violation {
            rule: "transcript.contextWindow",
            message: format!(
                "transcript estimate of {estimated_tokens} tokens ({} s of talk time) exceeds the {MAX_TRANSCRIPT_TOKENS}-token context window",
                ms / 1000
            ),
        });
    }
    TranscriptCheck::Within { estimated_tokens }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::event::TriggerKind;
    use crate::domain::ids::{ConversationId, KnowledgeBaseId, LanguageTag};
    use crate::domain::request::{Format, SummaryLength};

    fn tag(value: &str) -> LanguageTag {
        LanguageTag::parse(value).unwrap()
    }

    fn options() -> RequestOptions {
        RequestOptions {
            default_language: tag("en-US"),
            supported_languages: ["en-US", "es-ES", "fr-FR", "de-DE", "ja-JP"]
                .map(tag)
                .to_vec(),
            length: SummaryLength::Medium,
            format: Format::Json,
            use_knowledge_base: false,
            knowledge_base_id: None,
            redaction_policy_id: None,
        }
    }

    fn event() -> GenesysEvent {
        let id = ConversationId::parse("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b").unwrap();
        GenesysEvent {
            interacting_duration_ms: Some(183_000),
            ..GenesysEvent::new("e", TriggerKind::CustomerEnd, id)
        }
    }

    fn rules(e: &GenesysEvent) -> Vec<&'static str> {
        rules_with(e, &options())
    }

    fn rules_with(e: &GenesysEvent, o: &RequestOptions) -> Vec<&'static str> {
        match validate(e, o) {
            Err(Outcome::Rejected(rejection)) => {
                rejection.violations.iter().map(|v| v.rule).collect()
            }
            other => panic!("expected a rejection, got {other:?}"),
        }
    }

    #[test]
    fn a_good_request_passes_with_canonical_language_and_budget() {
        let v = validate(&event(), &options()).unwrap();
        assert_eq!(v.language_code.as_str(), "en-US");
        assert_eq!(v.requested_token_limit(), 150);
        assert_eq!(
            v.transcript,
            TranscriptCheck::Within {
                estimated_tokens: 549
            }
        );
    }

    #[test]
    fn the_request_asks_for_the_configured_language_in_the_lists_own_form() {
        let mut o = options();
        o.default_language = tag("en-us");
        assert_eq!(
            validate(&event(), &o).unwrap().language_code.as_str(),
            "en-US"
        );
        // A whole language in the list takes in its variants, which stay as asked.
        o.supported_languages = vec![tag("en"), tag("fr")];
        o.default_language = tag("en-GB");
        assert_eq!(
            validate(&event(), &o).unwrap().language_code.as_str(),
            "en-GB"
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

    /// The id rules of the tutorial (`interactionId`, `knowledgeBaseId`, `redactionPolicyId`)
    /// are enforced by their types where the values enter: `ids::tests`, `event::tests`,
    /// `config::tests`.
    #[test]
    fn every_violation_is_reported_together() {
        let mut e = event();
        e.interacting_duration_ms = Some(6_000_000);
        let mut o = options();
        o.default_language = tag("pt-BR");
        assert_eq!(
            rules_with(&e, &o),
            vec!["languageCode.supported", "transcript.contextWindow"]
        );
    }

    #[test]
    fn a_knowledge_base_id_is_passed_through_as_configured() {
        let mut o = options();
        o.use_knowledge_base = true;
        o.knowledge_base_id =
            Some(KnowledgeBaseId::parse("a1b2c3d4-0000-4000-8000-00000000000b").unwrap());
        let request = validate(&event(), &o).unwrap();
        let body = serde_json::to_value(&request).unwrap();
        assert_eq!(body["useKnowledgeBase"], true);
        assert_eq!(
            body["knowledgeBaseId"],
            "a1b2c3d4-0000-4000-8000-00000000000b"
        );
        assert!(body.get("transcript").is_none(), "{body}");
    }

    #[test]
    fn transcript_rule_is_recorded_as_not_checked_without_talk_time() {
        let mut e = event();
        e.interacting_duration_ms = None;
        assert_eq!(
            validate(&e, &options()).unwrap().transcript,
            TranscriptCheck::NotChecked
        );
    }

    #[test]
    fn the_context_window_boundary_is_inclusive() {
        let mut e = event();
        // 16 000 tokens at 3 tokens/s is 5 333.33 s.
        e.interacting_duration_ms = Some(5_333_000);
        assert!(validate(&e, &options()).is_ok());
        e.interacting_duration_ms = Some(5_334_000);
        assert_eq!(rules(&e), vec!["transcript.contextWindow"]);
    }
}
