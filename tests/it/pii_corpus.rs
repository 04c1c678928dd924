//! PII detection measured on the labelled corpus in tests/data/pii_corpus.jsonl (made by
//! scripts/make_pii_corpus.py): precision and recall per type and overall, for our redactor and,
//! beside it, for the tutorial's three regexes. `cargo test --test it pii_corpus -- --nocapture`
//! prints the table.

use std::collections::BTreeMap;

use genesys_summary_lambda::domain::verify::{PiiKind, Redactor};
use regex::Regex;

struct Labelled {
    lang: String,
    text: String,
    spans: Vec<(usize, usize, String)>,
}

fn corpus() -> Vec<Labelled> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pii_corpus.jsonl");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let mut text = String::new();
            let mut spans = Vec::new();
            for seg in v["segments"].as_array().unwrap() {
                let part = seg[0].as_str().unwrap();
                if let Some(kind) = seg[1].as_str() {
                    spans.push((text.len(), text.len() + part.len(), kind.to_string()));
                }
                text.push_str(part);
            }
            Labelled {
                lang: v["lang"].as_str().unwrap().to_string(),
                text,
                spans,
            }
        })
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// Scores detections against the labels: a detection is a true positive when it overlaps a
/// labelled span of its type; every labelled span no same-type detection overlaps is missed.
fn score(
    corpus: &[Labelled],
    detect: impl Fn(&str) -> Vec<(usize, usize, String)>,
) -> (BTreeMap<String, Counts>, Vec<String>) {
    let mut by_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut mistakes = Vec::new();
    let overlaps = |a: &(usize, usize, String), b: &(usize, usize, String)| {
        a.0 < b.1 && b.0 < a.1 && a.2 == b.2
    };
    for item in corpus {
        let found = detect(&item.text);
        for d in &found {
            let c = by_type.entry(d.2.clone()).or_default();
            if item.spans.iter().any(|g| overlaps(d, g)) {
                c.tp += 1;
            } else {
                c.fp += 1;
                mistakes.push(format!(
                    "FP {} [{}] {:?} in {:?}",
                    d.2,
                    item.lang,
                    &item.text[d.0..d.1],
                    item.text
                ));
            }
        }
        for g in &item.spans {
            if !found.iter().any(|d| overlaps(d, g)) {
                by_type.entry(g.2.clone()).or_default().fn_ += 1;
                mistakes.push(format!(
                    "FN {} [{}] {:?} in {:?}",
                    g.2,
                    item.lang,
                    &item.text[g.0..g.1],
                    item.text
                ));
            }
        }
    }
    (by_type, mistakes)
}

fn name(kind: PiiKind) -> String {
    serde_json::to_value(kind)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

fn ours(redactor: &Redactor) -> impl Fn(&str) -> Vec<(usize, usize, String)> + '_ {
    move |text| {
        redactor
            .find(text)
            .into_iter()
            .map(|s| (s.start, s.end, name(s.kind)))
            .collect()
    }
}

/// The tutorial's PII_PATTERNS, as written there (JavaScript `\b` is ASCII-only).
fn tutorial() -> impl Fn(&str) -> Vec<(usize, usize, String)> {
    let patterns = [
        (
            "phone",
            Regex::new(r"(?-u:\b)\d{3}[-.]?\d{3}[-.]?\d{4}(?-u:\b)").unwrap(),
        ),
        (
            "email",
            Regex::new(r"(?-u:\b)[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Z|a-z]{2,}(?-u:\b)").unwrap(),
        ),
        (
            "card",
            Regex::new(r"(?-u:\b)\d{4}[-\s]?\d{4}[-\s]?\d{4}[-\s]?\d{4}(?-u:\b)").unwrap(),
        ),
    ];
    move |text| {
        patterns
            .iter()
            .flat_map(|(kind, re)| {
                re.find_iter(text)
                    .map(|m| (m.start(), m.end(), kind.to_string()))
            })
            .collect()
    }
}

fn table(title: &str, by_type: &BTreeMap<String, Counts>) -> (String, Counts) {
    let mut total = Counts::default();
    let mut rows = format!(
        "{title}\n| type | TP | FP | FN | precision | recall |\n| --- | --- | --- | --- | --- | --- |\n"
    );
    for kind in ["phone", "email", "card", "ssn", "iban"] {
        let c = by_type.get(kind).copied().unwrap_or_default();
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn_ += c.fn_;
        rows.push_str(&format!(
            "| {kind} | {} | {} | {} | {:.3} | {:.3} |\n",
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall()
        ));
    }
    rows.push_str(&format!(
        "| **overall** | {} | {} | {} | **{:.3}** | **{:.3}** |\n",
        total.tp,
        total.fp,
        total.fn_,
        total.precision(),
        total.recall()
    ));
    (rows, total)
}

#[test]
fn precision_and_recall_on_the_labelled_corpus() {
    let corpus = corpus();
    assert!(corpus.len() >= 400, "{} texts", corpus.len());
    let redactor = Redactor::new();
    let (by_type, mistakes) = score(&corpus, ours(&redactor));
    let (tutorial_by_type, _) = score(&corpus, tutorial());
    let (ours_table, total) = table("ours", &by_type);
    let (tutorial_table, _) = table("tutorial's three regexes", &tutorial_by_type);
    println!("\n{} texts\n\n{ours_table}\n{tutorial_table}", corpus.len());
    for m in mistakes.iter().take(40) {
        println!("{m}");
    }
    assert!(
        total.recall() >= 0.99,
        "overall recall {:.3} < 0.99",
        total.recall()
    );
    assert!(
        total.precision() >= 0.98,
        "overall precision {:.3} < 0.98",
        total.precision()
    );
}
