//! Sentiment accuracy on the hand-labelled summaries in tests/data/sentiment_labelled.jsonl:
//! ours (VADER) beside the tutorial's ten-word analyser. `cargo test --test it
//! sentiment_accuracy -- --nocapture` prints the figures.

use genesys_summary_lambda::domain::ids::LanguageTag;
use genesys_summary_lambda::domain::verify::sentiment::SentimentAnalyzer;

fn labelled() -> Vec<(String, String)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/sentiment_labelled.jsonl"
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["text"].as_str().unwrap().to_string(),
                v["label"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// VADER's conventional thresholds on the compound score.
fn ours(analyzer: &SentimentAnalyzer, text: &str) -> &'static str {
    match analyzer
        .score(text, &LanguageTag::parse("en-US").unwrap())
        .unwrap()
    {
        c if c >= 0.05 => "positive",
        c if c <= -0.05 => "negative",
        _ => "neutral",
    }
}

/// The tutorial's analyzeSentiment, as written there.
fn tutorial(text: &str) -> &'static str {
    const POSITIVE: [&str; 5] = ["resolved", "thank", "great", "helpful", "satisfied"];
    const NEGATIVE: [&str; 5] = ["frustrated", "angry", "broken", "waiting", "complaint"];
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let score: i32 = words
        .iter()
        .map(|w| i32::from(POSITIVE.contains(w)) - i32::from(NEGATIVE.contains(w)))
        .sum();
    let normalized = (score as f64 / words.len().max(1) as f64).clamp(-1.0, 1.0);
    if normalized > 0.2 {
        "positive"
    } else if normalized < -0.2 {
        "negative"
    } else {
        "neutral"
    }
}

#[test]
fn accuracy_on_labelled_summaries() {
    let data = labelled();
    assert!(data.len() >= 100, "{} texts", data.len());
    let analyzer = SentimentAnalyzer::new();
    let accuracy = |label: &dyn Fn(&str) -> &'static str| {
        data.iter()
            .filter(|(text, expected)| label(text) == expected)
            .count() as f64
            / data.len() as f64
    };
    let ours_accuracy = accuracy(&|t| ours(&analyzer, t));
    let tutorial_accuracy = accuracy(&tutorial);
    println!(
        "\n{} labelled summaries: accuracy ours (VADER) {ours_accuracy:.3}, tutorial's analyser {tutorial_accuracy:.3}\n",
        data.len()
    );
    for (text, expected) in &data {
        let got = ours(&analyzer, text);
        if got != expected {
            println!("miss: expected {expected}, got {got}: {text}");
        }
    }
    assert!(ours_accuracy >= 0.85, "ours {ours_accuracy:.3}");
    assert!(ours_accuracy > tutorial_accuracy);
}
