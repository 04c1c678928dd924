//! Stage 3, verify (docs/architecture.md, "Stages"): redact PII from every text field before anything
//! leaves the function, compare the summary's sentiment with the transcript's, and check the
//! summary's length against the requested budget.

pub mod pii;
pub mod sentiment;

use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;

use serde::Serialize;

use super::ids::LanguageTag;
use super::request::SummaryLength;
use super::summary::{AppliedWrapup, SegmentSummary, Summary, SummaryOrigin, WrapupCode};
pub use pii::{PiiCounts, PiiKind, Redactor};
use sentiment::{Polarity, SentimentReading};

/// A call whose overall transcript sentiment is at or beyond ±15 (of Genesys's -100..+100) has
/// a clear polarity; nearer zero it is neutral, and no summary contradicts it.
pub const TRANSCRIPT_POLARITY_MARGIN: f64 = 15.0;

/// `sentimentAligned`: false when the summary's polarity is the opposite of the call's (a
/// positive summary of a clearly negative call, or the reverse), true otherwise, `None` when
/// either side is unknown. Both sides are compared as polarities, not as numbers: the summary's
/// score and Genesys's are on different scales, and a neutral summary of a mildly positive
/// call says nothing wrong.
pub fn sentiment_aligned(summary: Option<Polarity>, transcript_raw: Option<f64>) -> Option<bool> {
    let summary = summary?;
    let transcript = normalise_sentiment(transcript_raw?)? * 100.0;
    let call = if transcript >= TRANSCRIPT_POLARITY_MARGIN {
        Polarity::Positive
    } else if transcript <= -TRANSCRIPT_POLARITY_MARGIN {
        Polarity::Negative
    } else {
        Polarity::Neutral
    };
    let opposite = matches!(
        (summary, call),
        (Polarity::Positive, Polarity::Negative) | (Polarity::Negative, Polarity::Positive)
    );
    Some(!opposite)
}

/// A summary whose every text field has been through the redactor. Only [`Verifier::verify`]
/// makes one, so code that sends text out (sync, audit) cannot be handed unredacted text.
#[derive(Debug, Clone, PartialEq)]
pub struct RedactedSummary {
    inner: Summary,
}

impl RedactedSummary {
    pub fn text(&self) -> &str {
        &self.inner.text
    }
    pub fn reason(&self) -> Option<&str> {
        self.inner.reason.as_deref()
    }
    pub fn resolution(&self) -> Option<&str> {
        self.inner.resolution.as_deref()
    }
    pub fn resolution_outcome(&self) -> Option<&str> {
        self.inner.resolution_outcome.as_deref()
    }
    pub fn followup(&self) -> &[String] {
        &self.inner.followup
    }
    pub fn wrapup_codes(&self) -> &[WrapupCode] {
        &self.inner.wrapup_codes
    }
    pub fn summary_id(&self) -> Option<&str> {
        self.inner.summary_id.as_deref()
    }
    pub fn language(&self) -> Option<&LanguageTag> {
        self.inner.language.as_ref()
    }
    pub fn confidence(&self) -> Option<f64> {
        self.inner.confidence
    }
    pub fn origin(&self) -> SummaryOrigin {
        self.inner.origin
    }
    pub fn created_at(&self) -> Option<&str> {
        self.inner.created_at.as_deref()
    }
    pub fn edited(&self) -> bool {
        self.inner.edited
    }
    pub fn segments(&self) -> &[SegmentSummary] {
        &self.inner.segments
    }
    pub fn applied_wrapup(&self) -> Option<&AppliedWrapup> {
        self.inner.applied_wrapup.as_ref()
    }
}

/// What verification found; recorded in the CRM metadata and the audit record.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerificationFlags {
    /// PII found and redacted, by type.
    pub pii_redacted: PiiCounts,
    /// The outgoing text was re-scanned after redaction and holds no detectable PII (always true:
    /// the redactor stops only after a pass that finds nothing; kept for the CRM contract).
    pub redaction_verified: bool,
    /// The summary's score in -1..1 (the analyser's own scale).
    pub summary_sentiment: Option<f64>,
    /// The summary's class: what alignment compares.
    pub summary_polarity: Option<Polarity>,
    /// Transcript sentiment normalised to -1..1; `None` when unknown.
    pub transcript_sentiment: Option<f64>,
    /// False when the summary's polarity is opposite to the call's ([`sentiment_aligned`]);
    /// `None` (null) when either side is unknown.
    pub sentiment_aligned: Option<bool>,
    pub token_estimate: u32,
    pub token_budget: u32,
    pub length_within_budget: bool,
    /// What read the summary's sentiment.
    pub sentiment_analyzer: SentimentAnalyzerName,
    /// Why the sentiment is unknown when the analyser failed (Comprehend unreachable or
    /// throttled); the event goes on with alignment `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentiment_error: Option<String>,
    /// Whether someone should look at the summary before trusting it, and why.
    pub review: Review,
}

/// `metadata.review`: a summary Genesys was unsure of, or one verification found a problem in.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub needed: bool,
    pub reasons: Vec<ReviewReason>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ReviewReason {
    /// Genesys's confidence in the summary is below `REVIEW_CONFIDENCE_BELOW`.
    LowConfidence,
    /// The re-scan after redaction was not clean (kept for the contract; redaction runs to a
    /// fixed point).
    RedactionNotVerified,
    /// The summary reads the opposite of the call (`sentimentAligned` false).
    SentimentMisaligned,
    /// Longer than the requested length's budget.
    OverLengthBudget,
}

impl Verified {
    /// Decides `review` from the flags and the summary's confidence; `confidence_below` 0
    /// turns the confidence check off. A confidence Genesys did not give is no reason.
    pub fn decide_review(&mut self, confidence_below: f64) {
        let f = &self.flags;
        let low = self
            .summary
            .confidence()
            .is_some_and(|c| c < confidence_below);
        let reasons: Vec<ReviewReason> = [
            (low, ReviewReason::LowConfidence),
            (!f.redaction_verified, ReviewReason::RedactionNotVerified),
            (
                f.sentiment_aligned == Some(false),
                ReviewReason::SentimentMisaligned,
            ),
            (!f.length_within_budget, ReviewReason::OverLengthBudget),
        ]
        .into_iter()
        .filter_map(|(applies, reason)| applies.then_some(reason))
        .collect();
        self.flags.review = Review {
            needed: !reasons.is_empty(),
            reasons,
        };
    }
}

/// The analyser named in the audit record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SentimentAnalyzerName {
    Builtin,
    Comprehend,
}

impl VerificationFlags {
    /// Replaces the built-in reading with the one of an analyser outside the process
    /// (Comprehend): its reading, `Ok(None)` when it does not read the language, or why it
    /// failed. Alignment is decided again from it.
    pub fn read_by_service(
        &mut self,
        reading: Result<Option<SentimentReading>, String>,
        transcript_raw: Option<f64>,
    ) {
        let (reading, error) = match reading {
            Ok(reading) => (reading, None),
            Err(error) => (None, Some(error)),
        };
        self.sentiment_analyzer = SentimentAnalyzerName::Comprehend;
        self.summary_sentiment = reading.map(|r| round3(r.score));
        self.summary_polarity = reading.map(|r| r.polarity);
        self.sentiment_aligned = sentiment_aligned(self.summary_polarity, transcript_raw);
        self.sentiment_error = error;
    }
}

#[derive(Debug, Clone)]
pub struct Verified {
    pub summary: RedactedSummary,
    pub flags: VerificationFlags,
}

/// What is compiled once per instance: the PII patterns and the sentiment lexicon.
#[derive(Debug, Default)]
struct Compiled {
    redactor: Redactor,
    sentiment: sentiment::SentimentAnalyzer,
}

/// Holds [`Compiled`], built at once ([`Verifier::new`]) or on a thread of its own
/// ([`Verifier::build_in_background`]). Building takes about 3.5 ms (VADER's lexicon 2.6 ms, the
/// PII patterns 0.9 ms: `cargo bench --bench verify`); in the background it no longer delays the
/// instance's first poll, and the first event needs it only after its DynamoDB and Genesys calls.
#[derive(Debug)]
pub struct Verifier {
    compiled: OnceLock<Compiled>,
    building: Mutex<Option<JoinHandle<Compiled>>>,
}

impl Default for Verifier {
    fn default() -> Self {
        Self::new()
    }
}

impl Verifier {
    pub fn new() -> Self {
        Self {
            compiled: OnceLock::from(Compiled::default()),
            building: Mutex::new(None),
        }
    }

    /// Starts building on another thread; the first use waits for it (or builds inline if the
    /// thread could not be started or died).
    pub fn build_in_background() -> Self {
        match std::thread::Builder::new()
            .name("verifier-init".into())
            .spawn(Compiled::default)
        {
            Ok(handle) => Self {
                compiled: OnceLock::new(),
                building: Mutex::new(Some(handle)),
            },
            Err(_) => Self::new(),
        }
    }

    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            let handle = self
                .building
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .take();
            handle.and_then(|h| h.join().ok()).unwrap_or_default()
        })
    }

    pub fn redactor(&self) -> &Redactor {
        &self.compiled().redactor
    }

    /// `language` is the validated request language; `transcript_sentiment` is Genesys's raw score.
    pub fn verify(
        &self,
        summary: Summary,
        language: &LanguageTag,
        length: SummaryLength,
        transcript_sentiment: Option<f64>,
    ) -> Verified {
        let summary_language = summary.language.clone().unwrap_or_else(|| language.clone());
        let (redacted, counts) = self.redact_every_field(summary, &summary_language.primary());
        // `redact` runs to a fixed point: its last pass re-scanned each field and found nothing,
        // so the outgoing text is verified without scanning it again here.
        let redaction_verified = true;

        let reading = self
            .compiled()
            .sentiment
            .read(&redacted.text, &summary_language);
        let summary_polarity = reading.map(|r| r.polarity);
        let sentiment_aligned = sentiment_aligned(summary_polarity, transcript_sentiment);
        let transcript_sentiment = transcript_sentiment
            .and_then(normalise_sentiment)
            .map(round3);
        let token_estimate = estimate_tokens(&redacted.text);
        let token_budget = length.max_tokens();

        Verified {
            summary: RedactedSummary { inner: redacted },
            flags: VerificationFlags {
                pii_redacted: counts,
                redaction_verified,
                summary_sentiment: reading.map(|r| round3(r.score)),
                summary_polarity,
                transcript_sentiment,
                sentiment_aligned,
                token_estimate,
                token_budget,
                length_within_budget: token_estimate <= token_budget,
                sentiment_analyzer: SentimentAnalyzerName::Builtin,
                sentiment_error: None,
                review: Review::default(),
            },
        }
    }

    /// Every text field of `summary` redacted, with what was found, by type.
    fn redact_every_field(&self, summary: Summary, language: &str) -> (Summary, PiiCounts) {
        let mut counts = PiiCounts::new();
        let mut redact = |text: &str| -> String {
            let (clean, found) = self.redactor().redact(text, Some(language));
            for (kind, n) in found {
                *counts.entry(kind).or_default() += n;
            }
            clean
        };
        let segments = summary
            .segments
            .iter()
            .map(|segment| SegmentSummary {
                text: redact(&segment.text),
                ..segment.clone()
            })
            .collect();
        let applied_wrapup = summary.applied_wrapup.as_ref().map(|wrapup| AppliedWrapup {
            notes: wrapup.notes.as_deref().map(&mut redact),
            ..wrapup.clone()
        });
        let redacted = Summary {
            text: redact(&summary.text),
            reason: summary.reason.as_deref().map(&mut redact),
            resolution: summary.resolution.as_deref().map(&mut redact),
            followup: summary.followup.iter().map(|f| redact(f)).collect(),
            segments,
            applied_wrapup,
            ..summary
        };
        (redacted, counts)
    }
}

/// Speech and Text Analytics `sentimentScore` is on -100..+100 (docs/genesys.md, "REST API"):
/// divided by 100 to the -1..1 of the summary's score. Anything outside the scale, or not a
/// number, is unknown: no alignment is computed from it.
pub fn normalise_sentiment(raw: f64) -> Option<f64> {
    (raw.is_finite() && raw.abs() <= 100.0).then_some(raw / 100.0)
}

/// Token estimate of summary text: one token per CJK character, and about four characters per
/// token for everything else (whitespace excluded), rounded up. Deliberately simple and
/// documented; it decides a flag, not a rejection.
pub fn estimate_tokens(text: &str) -> u32 {
    let (mut cjk, mut other) = (0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        if is_cjk(c) { cjk += 1 } else { other += 1 }
    }
    cjk + other.div_ceil(4)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul
        | 0xF900..=0xFAFF) // CJK Compatibility Ideographs
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::ConversationId;

    fn summary(text: &str) -> Summary {
        let id = ConversationId::parse("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b").unwrap();
        Summary {
            summary_id: Some("s".into()),
            reason: Some("Call back on 212-555-0143".into()),
            followup: vec!["Email jo@example.com".into()],
            ..Summary::new(id, text.into(), SummaryOrigin::CopilotApi)
        }
    }

    fn tag(value: &str) -> LanguageTag {
        LanguageTag::parse(value).unwrap()
    }

    #[test]
    fn segments_and_the_agents_wrapup_notes_are_redacted_too() {
        let s = Summary {
            segments: vec![SegmentSummary {
                agent_id: Some("a".into()),
                communication_id: None,
                summary_id: None,
                text: "Callback on 212-555-0143".into(),
                edited: false,
            }],
            applied_wrapup: Some(AppliedWrapup {
                code: Some("c".into()),
                notes: Some("card 4111111111111111".into()),
            }),
            ..summary("ok")
        };
        let v = Verifier::new().verify(s, &tag("en-US"), SummaryLength::Medium, None);
        assert_eq!(v.summary.segments()[0].text, "Callback on [REDACTED:PHONE]");
        assert_eq!(
            v.summary.applied_wrapup().unwrap().notes.as_deref(),
            Some("card [REDACTED:CARD]")
        );
    }

    #[test]
    fn every_text_field_is_redacted_and_counted() {
        let v = Verifier::new().verify(
            summary("Card 4111111111111111 refunded."),
            &tag("en-US"),
            SummaryLength::Medium,
            None,
        );
        assert_eq!(v.summary.text(), "Card [REDACTED:CARD] refunded.");
        assert_eq!(v.summary.reason(), Some("Call back on [REDACTED:PHONE]"));
        assert_eq!(v.summary.followup(), ["Email [REDACTED:EMAIL]"]);
        assert_eq!(v.flags.pii_redacted.values().sum::<u32>(), 3);
        assert!(v.flags.redaction_verified);
    }

    #[test]
    fn alignment_is_null_when_either_side_is_unknown() {
        let v = Verifier::new();
        let s = summary("The problem was resolved and the customer was very happy.");
        assert_eq!(
            v.verify(s.clone(), &tag("en-US"), SummaryLength::Medium, None)
                .flags
                .sentiment_aligned,
            None
        );
        assert_eq!(
            v.verify(s.clone(), &tag("it-IT"), SummaryLength::Medium, Some(80.0))
                .flags
                .sentiment_aligned,
            None
        );
        assert_eq!(
            v.verify(s.clone(), &tag("en-US"), SummaryLength::Medium, Some(250.0))
                .flags
                .sentiment_aligned,
            None
        );
        assert_eq!(
            v.verify(s.clone(), &tag("en-US"), SummaryLength::Medium, Some(60.0))
                .flags
                .sentiment_aligned,
            Some(true)
        );
        assert_eq!(
            v.verify(s, &tag("en-US"), SummaryLength::Medium, Some(-70.0))
                .flags
                .sentiment_aligned,
            Some(false)
        );
    }

    #[test]
    fn review_is_needed_for_low_confidence_and_for_what_verification_found() {
        let v = Verifier::new();
        let mut confident = v.verify(
            Summary {
                confidence: Some(0.9),
                ..summary("The problem was resolved and the customer was very happy.")
            },
            &tag("en-US"),
            SummaryLength::Medium,
            Some(60.0),
        );
        confident.decide_review(0.5);
        assert_eq!(confident.flags.review, Review::default());

        let mut doubtful = v.verify(
            Summary {
                confidence: Some(0.3),
                ..summary(&"The customer was very happy. ".repeat(40))
            },
            &tag("en-US"),
            SummaryLength::Short,
            Some(-70.0),
        );
        doubtful.decide_review(0.5);
        assert!(doubtful.flags.review.needed);
        assert_eq!(
            doubtful.flags.review.reasons,
            [
                ReviewReason::LowConfidence,
                ReviewReason::SentimentMisaligned,
                ReviewReason::OverLengthBudget
            ]
        );
        doubtful.decide_review(0.0);
        assert!(
            !doubtful
                .flags
                .review
                .reasons
                .contains(&ReviewReason::LowConfidence)
        );
    }

    #[test]
    fn only_opposite_polarities_are_not_aligned() {
        use Polarity::*;
        let aligned = |s, t| sentiment_aligned(Some(s), Some(t));
        assert_eq!(aligned(Positive, -40.0), Some(false));
        assert_eq!(aligned(Negative, 30.0), Some(false));
        assert_eq!(aligned(Positive, -10.0), Some(true));
        assert_eq!(aligned(Neutral, -80.0), Some(true));
        assert_eq!(aligned(Negative, -5.0), Some(true));
        assert_eq!(sentiment_aligned(None, Some(50.0)), None);
        assert_eq!(sentiment_aligned(Some(Positive), None), None);
    }

    #[test]
    fn sentiment_scale_is_normalised() {
        // A near-neutral call scored 1 is +0.01, not fully positive.
        assert_eq!(normalise_sentiment(1.0), Some(0.01));
        assert_eq!(normalise_sentiment(-0.5), Some(-0.005));
        assert_eq!(normalise_sentiment(-55.0), Some(-0.55));
        assert_eq!(normalise_sentiment(100.0), Some(1.0));
        assert_eq!(normalise_sentiment(250.0), None);
        assert_eq!(normalise_sentiment(-100.5), None);
        assert_eq!(normalise_sentiment(f64::NAN), None);
    }

    #[test]
    fn length_is_checked_against_the_requested_budget() {
        let long = "word ".repeat(300);
        let v = Verifier::new().verify(summary(&long), &tag("en-US"), SummaryLength::Short, None);
        assert_eq!(v.flags.token_budget, 60);
        assert_eq!(v.flags.token_estimate, 300);
        assert!(!v.flags.length_within_budget);
        assert_eq!(estimate_tokens("予約の時間を確認しました"), 12);
    }
}
