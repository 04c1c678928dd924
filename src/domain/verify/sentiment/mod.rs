//! Summary sentiment, in-process, for English, Spanish, French, German and Japanese: one
//! lexicon scorer (`lexicon`) and one data file per language (`lexicons/<lang>.json`). English
//! starts from VADER's lexicon (MIT, `lexicons/vader_en.tsv`) with a contact-centre layer on
//! top; the other languages' lexicons were written for contact-centre summaries by this project
//! (no lexicon of good quality with a permissive licence exists for Spanish; docs/architecture.md,
//! "Verification"). A language without a file gets `None`: alignment is then unknown, never
//! guessed. Amazon Comprehend is the other analyser (`SENTIMENT_ANALYZER=comprehend`,
//! `adapters::comprehend`).

pub mod lexicon;

use crate::domain::ids::LanguageTag;
pub use crate::domain::summary::{Polarity, SentimentReading};
use lexicon::{LexiconRules, LexiconScorer};

/// The language files, compiled into the binary. A new language is a file and a line here.
const LEXICON_FILES: [&str; 5] = [
    include_str!("lexicons/en.json"),
    include_str!("lexicons/es.json"),
    include_str!("lexicons/fr.json"),
    include_str!("lexicons/de.json"),
    include_str!("lexicons/ja.json"),
];
const VADER_LEXICON: &str = include_str!("lexicons/vader_en.tsv");

/// Built once per instance (on the verifier's thread): parsing the lexicons takes a few
/// milliseconds (`cargo bench --bench verify`).
#[derive(Debug)]
pub struct SentimentAnalyzer {
    scorers: Vec<LexiconScorer>,
}

impl Default for SentimentAnalyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl SentimentAnalyzer {
    /// The built-in languages. Panics only if a lexicon file is broken, which the unit tests
    /// rule out.
    pub fn new() -> Self {
        let scorers = LEXICON_FILES
            .iter()
            .map(|text| {
                let rules: LexiconRules =
                    serde_json::from_str(text).expect("sentiment lexicon parses");
                LexiconScorer::new(rules, Some(VADER_LEXICON))
            })
            .collect();
        Self { scorers }
    }

    /// The sentiment of `text`, or `None` when no lexicon reads `language`.
    pub fn read(&self, text: &str, language: &LanguageTag) -> Option<SentimentReading> {
        let primary = language.primary();
        let scorer = self.scorers.iter().find(|s| s.language() == primary)?;
        let score = scorer.score(text);
        Some(SentimentReading {
            score,
            polarity: polarity(score, scorer.threshold()),
        })
    }
}

fn polarity(score: f64, threshold: f64) -> Polarity {
    if score >= threshold {
        Polarity::Positive
    } else if score <= -threshold {
        Polarity::Negative
    } else {
        Polarity::Neutral
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(value: &str) -> LanguageTag {
        LanguageTag::parse(value).unwrap()
    }

    fn class(a: &SentimentAnalyzer, text: &str, lang: &str) -> Polarity {
        a.read(text, &tag(lang)).unwrap().polarity
    }

    #[test]
    fn every_lexicon_file_parses() {
        for text in LEXICON_FILES {
            let rules: LexiconRules = serde_json::from_str(text).unwrap();
            assert!(rules.threshold > 0.0 && rules.threshold < 1.0);
        }
    }

    #[test]
    fn polarity_negation_and_contrast_in_english() {
        let a = SentimentAnalyzer::new();
        use Polarity::*;
        let cases = [
            (
                "The issue was resolved and the customer was very satisfied.",
                Positive,
            ),
            ("Customer was angry about a broken router.", Negative),
            ("The billing problem was not resolved.", Negative),
            (
                "Agent was helpful but the outage continues and the customer is upset.",
                Negative,
            ),
            ("Customer asked for the opening hours.", Neutral),
            (
                "Customer reported a billing error; agent explained the charge.",
                Neutral,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(class(&a, text, "en-US"), expected, "{text}");
        }
    }

    #[test]
    fn every_builtin_language_reads_its_own_words() {
        let a = SentimentAnalyzer::new();
        use Polarity::*;
        let cases = [
            (
                "El cliente quedó muy satisfecho con la solución.",
                "es-ES",
                Positive,
            ),
            (
                "El cliente está muy enfadado porque la avería sigue sin resolverse.",
                "es",
                Negative,
            ),
            (
                "Le client est très satisfait de la résolution rapide.",
                "fr-FR",
                Positive,
            ),
            (
                "Le client est mécontent : le problème n'est toujours pas résolu.",
                "fr-CA",
                Negative,
            ),
            (
                "Der Kunde war sehr zufrieden mit der schnellen Lösung.",
                "de-DE",
                Positive,
            ),
            (
                "Der Kunde ist verärgert, das Problem ist weiterhin nicht gelöst.",
                "de",
                Negative,
            ),
            (
                "お客様は迅速な対応に大変満足されていました。",
                "ja-JP",
                Positive,
            ),
            ("お客様は対応の遅さに強い不満を示しました。", "ja", Negative),
            (
                "Agente restableció la contraseña y envió un correo de confirmación.",
                "es",
                Neutral,
            ),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(class(&a, text, lang), expected, "{lang}: {text}");
        }
    }

    #[test]
    fn unsupported_languages_get_no_score() {
        let a = SentimentAnalyzer::new();
        assert!(a.read("Il cliente è soddisfatto.", &tag("it-IT")).is_none());
        assert!(a.read("great", &tag("en-gb")).is_some());
        assert!(a.read("ótimo", &tag("pt-BR")).is_none());
    }
}
