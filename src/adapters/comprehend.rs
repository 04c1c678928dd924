//! [`SentimentAnalysis`] on Amazon Comprehend `DetectSentiment`: for languages or wording the
//! built-in lexicons do not cover, at the price of a call per summary. Comprehend takes at most
//! 5 KB of UTF-8 and reads the first 500 characters for its real-time sentiment (AWS API
//! reference, `DetectSentiment`); the text sent is already redacted.

use aws_sdk_comprehend::Client;
use aws_sdk_comprehend::error::DisplayErrorContext;
use aws_sdk_comprehend::types::{LanguageCode, SentimentType};

use crate::deadline::Deadline;
use crate::domain::ids::LanguageTag;
use crate::domain::summary::{Polarity, SentimentReading};
use crate::ports::DependencyError;
use crate::ports::sentiment::{SentimentAnalysis, SentimentError};

/// Comprehend's limit on the text of one request, in bytes.
const MAX_TEXT_BYTES: usize = 5000;

pub struct ComprehendSentiment {
    client: Client,
}

impl ComprehendSentiment {
    pub fn new(client: Client) -> Self {
        Self { client }
    }
}

impl SentimentAnalysis for ComprehendSentiment {
    async fn read(
        &self,
        text: &str,
        language: &LanguageTag,
        deadline: &Deadline,
    ) -> Result<Option<SentimentReading>, SentimentError> {
        let Some(code) = language_code(language) else {
            return Ok(None);
        };
        if deadline.is_exhausted() {
            return Err(SentimentError::DeadlineExceeded);
        }
        let call = self
            .client
            .detect_sentiment()
            .text(truncate(text, MAX_TEXT_BYTES))
            .language_code(code)
            .send();
        let output = tokio::time::timeout(deadline.remaining(), call)
            .await
            .map_err(|_| SentimentError::DeadlineExceeded)?
            .map_err(|e| DependencyError {
                service: "Comprehend",
                operation: "DetectSentiment",
                message: DisplayErrorContext(&e).to_string(),
            })?;
        let scores = output.sentiment_score();
        let score = scores.map_or(0.0, |s| {
            f64::from(s.positive().unwrap_or_default())
                - f64::from(s.negative().unwrap_or_default())
        });
        let polarity = match output.sentiment() {
            Some(SentimentType::Positive) => Polarity::Positive,
            Some(SentimentType::Negative) => Polarity::Negative,
            // Neutral, and Mixed: praise and complaint together are no polarity to contradict.
            _ => Polarity::Neutral,
        };
        Ok(Some(SentimentReading { score, polarity }))
    }
}

/// Comprehend's code for the language, when `DetectSentiment` reads it: the primary languages
/// of the API reference, Traditional Chinese for zh-TW, zh-HK and zh-Hant.
pub fn language_code(language: &LanguageTag) -> Option<LanguageCode> {
    let primary = language.primary();
    let tag = language.as_str().to_ascii_lowercase();
    Some(match primary.as_str() {
        "zh" if ["-tw", "-hk", "-hant"].iter().any(|s| tag.contains(s)) => LanguageCode::ZhTw,
        "zh" => LanguageCode::Zh,
        "en" | "es" | "fr" | "de" | "it" | "pt" | "ar" | "hi" | "ja" | "ko" => {
            LanguageCode::from(primary.as_str())
        }
        _ => return None,
    })
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(value: &str) -> LanguageTag {
        LanguageTag::parse(value).unwrap()
    }

    #[test]
    fn language_codes() {
        assert_eq!(language_code(&tag("en-GB")), Some(LanguageCode::En));
        assert_eq!(language_code(&tag("pt-BR")), Some(LanguageCode::Pt));
        assert_eq!(language_code(&tag("zh-TW")), Some(LanguageCode::ZhTw));
        assert_eq!(language_code(&tag("zh-CN")), Some(LanguageCode::Zh));
        assert_eq!(language_code(&tag("nl-NL")), None);
    }

    #[test]
    fn truncation_keeps_whole_characters() {
        let text = "é".repeat(3000);
        let cut = truncate(&text, MAX_TEXT_BYTES);
        assert_eq!(cut.len(), 5000);
        assert_eq!(truncate("short", MAX_TEXT_BYTES), "short");
        assert_eq!(truncate("aé", 2), "a");
    }
}
