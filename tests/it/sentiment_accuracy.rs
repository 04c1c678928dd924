//! Sentiment and alignment measured on labelled sets, each made by its own generator:
//! `tests/data/sentiment_labelled.jsonl` (120 English summaries written alongside the first
//! analyser), and `sentiment.jsonl` / `alignment.jsonl` in `tests/data/eval_hard/`,
//! `tests/data/eval_heldout/` and `tests/data/eval_fresh/` (written by authors who did not see
//! the analyser, in five languages). Beside ours: VADER with its conventional thresholds (the
//! analyser before) and the tutorial's ten-word analyser. `cargo test --test it
//! sentiment_accuracy -- --nocapture` prints the tables.

use std::collections::BTreeMap;

use genesys_summary_lambda::domain::ids::LanguageTag;
use genesys_summary_lambda::domain::verify::sentiment::{Polarity, SentimentAnalyzer};
use genesys_summary_lambda::domain::verify::{normalise_sentiment, sentiment_aligned};

struct Labelled {
    lang: String,
    text: String,
    label: Polarity,
}

struct Pair {
    lang: String,
    summary: String,
    transcript_score: f64,
    contradicts: bool,
}

fn read_lines(relative: &str) -> Vec<serde_json::Value> {
    let path = format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn polarity(label: &str) -> Polarity {
    match label {
        "positive" => Polarity::Positive,
        "negative" => Polarity::Negative,
        "neutral" => Polarity::Neutral,
        other => panic!("label {other}"),
    }
}

fn labelled(relative: &str) -> Vec<Labelled> {
    read_lines(relative)
        .into_iter()
        .map(|v| Labelled {
            lang: v["lang"].as_str().unwrap_or("en").to_string(),
            text: v["text"].as_str().unwrap().to_string(),
            label: polarity(v["label"].as_str().unwrap()),
        })
        .collect()
}

fn pairs(relative: &str) -> Vec<Pair> {
    read_lines(relative)
        .into_iter()
        .map(|v| Pair {
            lang: v["lang"].as_str().unwrap().to_string(),
            summary: v["summary"].as_str().unwrap().to_string(),
            transcript_score: v["transcriptScore"].as_f64().unwrap(),
            contradicts: v["relation"] == "contradict",
        })
        .collect()
}

fn tag(lang: &str) -> LanguageTag {
    LanguageTag::parse(lang).unwrap()
}

/// A classifier of (language, text); `None` when it does not read the language.
type Classifier<'a> = dyn Fn(&str, &str) -> Option<Polarity> + 'a;

fn ours(analyzer: &SentimentAnalyzer) -> impl Fn(&str, &str) -> Option<Polarity> + '_ {
    move |lang, text| analyzer.read(text, &tag(lang)).map(|r| r.polarity)
}

/// The analyser before: VADER 3.3.2 with its conventional ±0.05 thresholds, English only.
fn vader() -> impl Fn(&str, &str) -> Option<Polarity> {
    let vader = vader_parity::SentimentIntensityAnalyzer::new();
    move |lang, text| {
        (lang == "en").then(|| match vader.polarity_scores(text).compound {
            c if c >= 0.05 => Polarity::Positive,
            c if c <= -0.05 => Polarity::Negative,
            _ => Polarity::Neutral,
        })
    }
}

/// The tutorial's analyzeSentiment, as written there (English words).
fn tutorial(_lang: &str, text: &str) -> Option<Polarity> {
    const POSITIVE: [&str; 5] = ["resolved", "thank", "great", "helpful", "satisfied"];
    const NEGATIVE: [&str; 5] = ["frustrated", "angry", "broken", "waiting", "complaint"];
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let score: i32 = words
        .iter()
        .map(|w| i32::from(POSITIVE.contains(w)) - i32::from(NEGATIVE.contains(w)))
        .sum();
    let normalized = (score as f64 / words.len().max(1) as f64).clamp(-1.0, 1.0);
    Some(if normalized > 0.2 {
        Polarity::Positive
    } else if normalized < -0.2 {
        Polarity::Negative
    } else {
        Polarity::Neutral
    })
}

const CLASSES: [Polarity; 3] = [Polarity::Positive, Polarity::Neutral, Polarity::Negative];

/// Accuracy per language (texts a classifier does not read count as wrong) and the confusion
/// matrix of every language together (rows: label, columns: predicted, `-` none).
struct Accuracy {
    by_language: BTreeMap<String, (u32, u32)>,
    confusion: BTreeMap<(Polarity, Option<Polarity>), u32>,
    misses: Vec<String>,
}

impl Accuracy {
    fn of(set: &[Labelled], classify: &Classifier<'_>) -> Self {
        let mut acc = Accuracy {
            by_language: BTreeMap::new(),
            confusion: BTreeMap::new(),
            misses: Vec::new(),
        };
        for item in set {
            let got = classify(&item.lang, &item.text);
            let entry = acc.by_language.entry(item.lang.clone()).or_default();
            entry.1 += 1;
            if got == Some(item.label) {
                entry.0 += 1;
            } else {
                acc.misses.push(format!(
                    "[{}] expected {:?}, got {got:?}: {}",
                    item.lang, item.label, item.text
                ));
            }
            *acc.confusion.entry((item.label, got)).or_default() += 1;
        }
        acc
    }

    fn rate(&self, lang: &str) -> f64 {
        let (right, all) = self.by_language.get(lang).copied().unwrap_or_default();
        right as f64 / all.max(1) as f64
    }

    fn languages(&self) -> String {
        self.by_language
            .iter()
            .map(|(lang, (right, all))| {
                format!("{lang} {:.3} ({right}/{all})", *right as f64 / *all as f64)
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn confusion_table(&self) -> String {
        let mut out = String::from(
            "| label \\ predicted | positive | neutral | negative | none |\n| --- | --- | --- | --- | --- |\n",
        );
        for label in CLASSES {
            let cell = |p| self.confusion.get(&(label, p)).copied().unwrap_or_default();
            out.push_str(&format!(
                "| {label:?} | {} | {} | {} | {} |\n",
                cell(Some(Polarity::Positive)),
                cell(Some(Polarity::Neutral)),
                cell(Some(Polarity::Negative)),
                cell(None)
            ));
        }
        out
    }
}

/// Flag rates: how often `sentimentAligned` is false on pairs that agree (false alarms) and on
/// pairs that contradict (detections), and how often it is null.
struct Alignment {
    false_alarms: (u32, u32),
    detections: (u32, u32),
    unknown: u32,
}

impl Alignment {
    fn of(pairs: &[Pair], flag: &dyn Fn(&Pair) -> Option<bool>) -> Self {
        let mut a = Alignment {
            false_alarms: (0, 0),
            detections: (0, 0),
            unknown: 0,
        };
        for pair in pairs {
            let raised = match flag(pair) {
                Some(aligned) => !aligned,
                None => {
                    a.unknown += 1;
                    false
                }
            };
            let bucket = if pair.contradicts {
                &mut a.detections
            } else {
                &mut a.false_alarms
            };
            bucket.0 += u32::from(raised);
            bucket.1 += 1;
        }
        a
    }

    fn false_alarm_rate(&self) -> f64 {
        self.false_alarms.0 as f64 / self.false_alarms.1.max(1) as f64
    }

    fn detection_rate(&self) -> f64 {
        self.detections.0 as f64 / self.detections.1.max(1) as f64
    }

    fn line(&self) -> String {
        format!(
            "flag raised on agreeing pairs {:.3} ({}/{}), on contradicting pairs {:.3} ({}/{}), null {}",
            self.false_alarm_rate(),
            self.false_alarms.0,
            self.false_alarms.1,
            self.detection_rate(),
            self.detections.0,
            self.detections.1,
            self.unknown
        )
    }
}

/// Ours: the summary's polarity against the transcript's, as the verifier decides.
fn our_flag(analyzer: &SentimentAnalyzer) -> impl Fn(&Pair) -> Option<bool> + '_ {
    move |pair| {
        let reading = analyzer.read(&pair.summary, &tag(&pair.lang))?;
        sentiment_aligned(Some(reading.polarity), Some(pair.transcript_score))
    }
}

/// The rule before: |VADER compound - transcript/100| < 0.3, English only.
fn old_flag() -> impl Fn(&Pair) -> Option<bool> {
    let vader = vader_parity::SentimentIntensityAnalyzer::new();
    move |pair| {
        let transcript = normalise_sentiment(pair.transcript_score)?;
        (pair.lang == "en")
            .then(|| (vader.polarity_scores(&pair.summary).compound - transcript).abs() < 0.3)
    }
}

fn report_sentiment(relative: &str) -> Accuracy {
    let set = labelled(relative);
    let analyzer = SentimentAnalyzer::new();
    let ours = Accuracy::of(&set, &ours(&analyzer));
    let vader = Accuracy::of(&set, &vader());
    let tutorial = Accuracy::of(&set, &tutorial);
    println!("\n{relative}: {} texts", set.len());
    println!("ours:     {}", ours.languages());
    println!("VADER:    {}", vader.languages());
    println!("tutorial: {}", tutorial.languages());
    println!("\nours, confusion:\n{}", ours.confusion_table());
    for miss in ours.misses.iter().take(400) {
        println!("miss {miss}");
    }
    ours
}

fn report_alignment(relative: &str) -> Alignment {
    let pairs = pairs(relative);
    let analyzer = SentimentAnalyzer::new();
    let ours = Alignment::of(&pairs, &our_flag(&analyzer));
    let before = Alignment::of(&pairs, &old_flag());
    let english: Vec<Pair> = pairs.into_iter().filter(|p| p.lang == "en").collect();
    let before_english = Alignment::of(&english, &old_flag());
    println!("\n{relative}");
    println!("ours:                {}", ours.line());
    println!("before (all):        {}", before.line());
    println!("before (English):    {}", before_english.line());
    ours
}

/// The targets of issue 10 on every set: English accuracy >= 0.85, a sentiment for every
/// text in es, fr, de and ja.
fn assert_sentiment_targets(relative: &str, accuracy: &Accuracy) {
    assert!(
        accuracy.rate("en") >= 0.85,
        "{relative}: English accuracy {:.3} < 0.85",
        accuracy.rate("en")
    );
    for lang in ["es", "fr", "de", "ja"] {
        let none = accuracy
            .misses
            .iter()
            .filter(|m| m.starts_with(&format!("[{lang}]")) && m.contains("got None"))
            .count();
        assert_eq!(none, 0, "{relative}: {lang} texts without a sentiment");
    }
}

fn assert_alignment_targets(relative: &str, alignment: &Alignment) {
    assert!(
        alignment.false_alarm_rate() <= 0.10,
        "{relative}: false alarms {:.3} > 0.10",
        alignment.false_alarm_rate()
    );
    assert!(
        alignment.detection_rate() >= 0.90,
        "{relative}: detections {:.3} < 0.90",
        alignment.detection_rate()
    );
    assert_eq!(alignment.unknown, 0, "{relative}: pairs without a flag");
}

#[test]
fn accuracy_on_the_first_set() {
    let relative = "tests/data/sentiment_labelled.jsonl";
    let accuracy = report_sentiment(relative);
    assert!(accuracy.by_language["en"].1 >= 100);
    assert_sentiment_targets(relative, &accuracy);
}

#[test]
fn accuracy_and_alignment_on_the_independent_set() {
    let accuracy = report_sentiment("tests/data/eval_hard/sentiment.jsonl");
    assert_sentiment_targets("eval_hard", &accuracy);
    let alignment = report_alignment("tests/data/eval_hard/alignment.jsonl");
    assert_alignment_targets("eval_hard", &alignment);
}

#[test]
fn accuracy_and_alignment_on_the_held_out_set() {
    let accuracy = report_sentiment("tests/data/eval_heldout/sentiment.jsonl");
    assert_sentiment_targets("eval_heldout", &accuracy);
    let alignment = report_alignment("tests/data/eval_heldout/alignment.jsonl");
    assert_alignment_targets("eval_heldout", &alignment);
}

/// Written last, by a third author, and measured once the analyser was done.
#[test]
fn accuracy_and_alignment_on_the_fresh_set() {
    let accuracy = report_sentiment("tests/data/eval_fresh/sentiment.jsonl");
    assert_sentiment_targets("eval_fresh", &accuracy);
    let alignment = report_alignment("tests/data/eval_fresh/alignment.jsonl");
    assert_alignment_targets("eval_fresh", &alignment);
}
