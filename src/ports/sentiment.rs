//! A sentiment analyser outside the process: Amazon Comprehend, chosen with
//! `SENTIMENT_ANALYZER=comprehend` (docs/architecture.md, "Verification"). The built-in analyser
//! is in the domain (`domain::verify::sentiment`) and needs no port.

use super::DependencyError;
use crate::deadline::Deadline;
use crate::domain::ids::LanguageTag;
use crate::domain::summary::SentimentReading;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SentimentError {
    #[error(transparent)]
    Dependency(#[from] DependencyError),
    #[error("no time left in the invocation for the sentiment analyser")]
    DeadlineExceeded,
}

pub trait SentimentAnalysis {
    /// The sentiment of redacted summary text; `Ok(None)` when the analyser does not read the
    /// language.
    async fn read(
        &self,
        text: &str,
        language: &LanguageTag,
        deadline: &Deadline,
    ) -> Result<Option<SentimentReading>, SentimentError>;
}

/// The pipeline's analyser when only the built-in one is used: a type with no values, so it is
/// never called.
#[derive(Debug)]
pub enum InProcessOnly {}

impl SentimentAnalysis for InProcessOnly {
    async fn read(
        &self,
        _text: &str,
        _language: &LanguageTag,
        _deadline: &Deadline,
    ) -> Result<Option<SentimentReading>, SentimentError> {
        match *self {}
    }
}
