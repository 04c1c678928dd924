//! A small lexicon-based sentiment scorer for summary text (English only), with negation,
//! intensifiers and "but" contrast, normalised to -1..1 the way VADER does (x / sqrt(x^2 + 15)).
//! Other languages get `None`: alignment is then reported as unknown, never guessed.

const POSITIVE: &[(&str, f64)] = &[
    ("resolved", 2.0),
    ("resolve", 1.5),
    ("fixed", 1.8),
    ("solved", 2.0),
    ("confirmed", 1.2),
    ("thank", 1.5),
    ("thanks", 1.5),
    ("thanked", 1.5),
    ("grateful", 2.0),
    ("appreciated", 1.8),
    ("happy", 2.2),
    ("pleased", 2.0),
    ("satisfied", 2.0),
    ("great", 2.5),
    ("good", 1.8),
    ("excellent", 2.8),
    ("helpful", 1.8),
    ("successful", 2.0),
    ("successfully", 2.0),
    ("refunded", 1.2),
    ("restored", 1.5),
    ("working", 1.0),
    ("easy", 1.5),
    ("quick", 1.2),
    ("quickly", 1.2),
    ("glad", 2.0),
    ("love", 2.8),
    ("calm", 1.0),
    ("approved", 1.5),
];

const NEGATIVE: &[(&str, f64)] = &[
    ("frustrated", -2.2),
    ("frustrating", -2.2),
    ("angry", -2.5),
    ("upset", -2.0),
    ("annoyed", -2.0),
    ("broken", -1.8),
    ("complaint", -1.8),
    ("complained", -1.8),
    ("unhappy", -2.2),
    ("disappointed", -2.2),
    ("failed", -1.8),
    ("failure", -2.0),
    ("error", -1.2),
    ("problem", -1.2),
    ("issue", -0.8),
    ("waiting", -0.8),
    ("delay", -1.2),
    ("delayed", -1.2),
    ("late", -1.0),
    ("cancel", -1.0),
    ("cancelled", -1.2),
    ("refused", -1.8),
    ("escalated", -1.5),
    ("escalate", -1.5),
    ("rude", -2.5),
    ("terrible", -3.0),
    ("bad", -2.0),
    ("poor", -1.8),
    ("wrong", -1.8),
    ("overcharged", -2.0),
    ("unresolved", -2.0),
    ("outage", -1.8),
    ("dissatisfied", -2.2),
    ("threatened", -2.2),
    ("lost", -1.5),
];

const NEGATORS: &[&str] = &[
    "not", "no", "never", "without", "nothing", "neither", "nor", "cannot", "didn't", "wasn't",
    "isn't", "couldn't", "won't", "don't", "doesn't", "hasn't", "haven't", "unable",
];
const BOOSTERS: &[&str] = &[
    "very",
    "extremely",
    "really",
    "highly",
    "so",
    "totally",
    "completely",
    "fully",
    "incredibly",
    "deeply",
];

fn lookup(word: &str) -> Option<f64> {
    POSITIVE
        .iter()
        .chain(NEGATIVE)
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// True when the scorer supports the language (BCP-47 tag, case-insensitive).
pub fn supports(language: &str) -> bool {
    language.to_ascii_lowercase().starts_with("en")
}

/// Compound score of `text` in -1..1.
pub fn score(text: &str) -> f64 {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let contrast = words.iter().position(|w| w == "but");
    let mut total = 0.0;
    for (i, word) in words.iter().enumerate() {
        let Some(mut valence) = lookup(word) else {
            continue;
        };
        let window = &words[i.saturating_sub(3)..i];
        if window
            .last()
            .is_some_and(|w| BOOSTERS.contains(&w.as_str()))
        {
            valence += 0.293 * valence.signum();
        }
        if window.iter().any(|w| NEGATORS.contains(&w.as_str())) {
            valence *= -0.74;
        }
        match contrast {
            Some(at) if i < at => valence *= 0.5,
            Some(at) if i > at => valence *= 1.5,
            _ => {}
        }
        total += valence;
    }
    total / (total * total + 15.0).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polarity_negation_and_contrast() {
        assert!(score("The issue was resolved and the customer was very satisfied.") > 0.3);
        assert!(score("Customer was angry about a broken router.") < -0.3);
        assert!(score("The billing problem was not resolved.") < 0.0);
        assert!(
            score("Agent was helpful but the outage is unresolved and the customer is upset.")
                < 0.0
        );
        assert_eq!(score("Customer asked for the opening hours."), 0.0);
    }

    #[test]
    fn english_only() {
        assert!(supports("en-US") && supports("en-gb"));
        assert!(!supports("ja-JP") && !supports("de-DE"));
    }
}
