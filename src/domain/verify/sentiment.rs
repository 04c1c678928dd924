//! Summary sentiment with VADER (Hutto & Gilbert, ICWSM-14) through `vader-parity`, which scores
//! exactly as the reference Python vaderSentiment 3.3.2: negation ("not resolved"), boosters and
//! dampeners, "but" contrast, capitals and punctuation emphasis. The compound score is in -1..1.
//! VADER's lexicon is English: other languages get `None`, so alignment is reported as unknown
//! rather than guessed.

use vader_parity::SentimentIntensityAnalyzer;

use crate::domain::ids::LanguageTag;

/// Built once per instance: construction parses the lexicon.
pub struct SentimentAnalyzer {
    vader: SentimentIntensityAnalyzer,
}

impl std::fmt::Debug for SentimentAnalyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SentimentAnalyzer(VADER 3.3.2)")
    }
}

impl Default for SentimentAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl SentimentAnalyzer {
    pub fn new() -> Self {
        Self {
            vader: SentimentIntensityAnalyzer::new(),
        }
    }

    /// Compound score of `text` in -1..1, or `None` when `language` is not one VADER reads.
    pub fn score(&self, text: &str, language: &LanguageTag) -> Option<f64> {
        supports(language).then(|| self.vader.polarity_scores(text).compound)
    }
}

/// True when the analyser supports the language: English, in any region.
pub fn supports(language: &LanguageTag) -> bool {
    language.primary() == "en"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(value: &str) -> LanguageTag {
        LanguageTag::parse(value).unwrap()
    }

    #[test]
    fn polarity_negation_and_contrast() {
        let a = SentimentAnalyzer::new();
        let s = |t| a.score(t, &tag("en-US")).unwrap();
        assert!(s("The issue was resolved and the customer was very satisfied.") > 0.3);
        assert!(s("Customer was angry about a broken router.") < -0.3);
        assert!(s("The billing problem was not resolved.") < 0.0);
        assert!(s("Agent was helpful but the outage continues and the customer is upset.") < 0.0);
        assert_eq!(s("Customer asked for the opening hours."), 0.0);
    }

    #[test]
    fn english_only() {
        let a = SentimentAnalyzer::new();
        assert!(a.score("great", &tag("en-gb")).is_some());
        assert_eq!(a.score("すばらしい", &tag("ja-JP")), None);
        assert_eq!(a.score("genial", &tag("es-ES")), None);
    }
}
