//! PII detection measured on labelled sets: precision and recall per type, per language, and
//! the false positives by kind of decoy. Three sets, each made by its own generator:
//! `tests/data/pii_corpus.jsonl` (scripts/make_pii_corpus.py, written alongside the detector: the
//! formats it was built for), `tests/data/eval_hard/pii.jsonl` (scripts/make_eval_hard.py) and
//! `tests/data/eval_heldout/pii.jsonl` (scripts/make_eval_heldout.py), both written by authors
//! who did not see the detector, aimed at what breaks it; the held-out set was not looked at
//! while the detector was tuned. `cargo test --test it pii_corpus -- --nocapture` prints the
//! tables.

use std::collections::BTreeMap;

use genesys_summary_lambda::domain::verify::{PiiKind, Redactor};
use regex::Regex;

struct Labelled {
    lang: String,
    text: String,
    /// PII spans: (start, end, type).
    spans: Vec<(usize, usize, String)>,
    /// Things that are not PII but look like it: (start, end, kind).
    decoys: Vec<(usize, usize, String)>,
}

/// A set's texts. A segment is `[text, label]`: a PII type, `decoy:<kind>`, or null.
fn corpus(relative: &str) -> Vec<Labelled> {
    let path = format!("{}/{relative}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let mut item = Labelled {
                lang: v["lang"].as_str().unwrap().to_string(),
                text: String::new(),
                spans: Vec::new(),
                decoys: Vec::new(),
            };
            for seg in v["segments"].as_array().unwrap() {
                let part = seg[0].as_str().unwrap();
                let span = (item.text.len(), item.text.len() + part.len());
                if let Some(label) = seg[1].as_str() {
                    match label.strip_prefix("decoy:") {
                        Some(kind) => item.decoys.push((span.0, span.1, kind.to_string())),
                        None => item.spans.push((span.0, span.1, label.to_string())),
                    }
                }
                item.text.push_str(part);
            }
            item
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

/// What scoring a set found.
#[derive(Default)]
struct Scores {
    by_type: BTreeMap<String, Counts>,
    by_language: BTreeMap<String, Counts>,
    /// False positives by the decoy kind they hit (`other` when no decoy was labelled there).
    false_positives: BTreeMap<String, u32>,
    mistakes: Vec<String>,
}

/// Scores detections against the labels: a detection is a true positive when it overlaps a
/// labelled span of its type; every labelled span no same-type detection overlaps is missed.
fn score(
    corpus: &[Labelled],
    detect: impl Fn(&str, &str) -> Vec<(usize, usize, String)>,
) -> Scores {
    let mut scores = Scores::default();
    let overlaps = |a: &(usize, usize, String), b: &(usize, usize, String)| {
        a.0 < b.1 && b.0 < a.1 && a.2 == b.2
    };
    for item in corpus {
        let found = detect(&item.text, &item.lang);
        for d in &found {
            let hit = item.spans.iter().any(|g| overlaps(d, g));
            for c in [
                scores.by_type.entry(d.2.clone()).or_default(),
                scores.by_language.entry(item.lang.clone()).or_default(),
            ] {
                if hit { c.tp += 1 } else { c.fp += 1 }
            }
            if !hit {
                let kind = item
                    .decoys
                    .iter()
                    .find(|g| d.0 < g.1 && g.0 < d.1)
                    .map_or("other", |g| g.2.as_str());
                *scores.false_positives.entry(kind.to_string()).or_default() += 1;
                scores.mistakes.push(format!(
                    "FP {} ({kind}) [{}] {:?} in {:?}",
                    d.2,
                    item.lang,
                    &item.text[d.0..d.1],
                    item.text
                ));
            }
        }
        for g in &item.spans {
            if !found.iter().any(|d| overlaps(d, g)) {
                scores.by_type.entry(g.2.clone()).or_default().fn_ += 1;
                scores.by_language.entry(item.lang.clone()).or_default().fn_ += 1;
                scores.mistakes.push(format!(
                    "FN {} [{}] {:?} in {:?}",
                    g.2,
                    item.lang,
                    &item.text[g.0..g.1],
                    item.text
                ));
            }
        }
    }
    scores
}

fn name(kind: PiiKind) -> String {
    serde_json::to_value(kind)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

fn ours(redactor: &Redactor) -> impl Fn(&str, &str) -> Vec<(usize, usize, String)> + '_ {
    move |text, lang| {
        redactor
            .find(text, Some(lang))
            .into_iter()
            .map(|s| (s.start, s.end, name(s.kind)))
            .collect()
    }
}

/// The tutorial's PII_PATTERNS, as written there (JavaScript `\b` is ASCII-only).
fn tutorial() -> impl Fn(&str, &str) -> Vec<(usize, usize, String)> {
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
    move |text, _lang| {
        patterns
            .iter()
            .flat_map(|(kind, re)| {
                re.find_iter(text)
                    .map(|m| (m.start(), m.end(), kind.to_string()))
            })
            .collect()
    }
}

fn row(name: &str, c: &Counts) -> String {
    format!(
        "| {name} | {} | {} | {} | {:.3} | {:.3} |\n",
        c.tp,
        c.fp,
        c.fn_,
        c.precision(),
        c.recall()
    )
}

const HEADER: &str =
    "| TP | FP | FN | precision | recall |\n| --- | --- | --- | --- | --- | --- |\n";

/// The per-type table (and the overall counts), the per-language table and the false
/// positives by kind.
fn report(title: &str, scores: &Scores) -> (String, Counts) {
    let mut total = Counts::default();
    let mut out = format!("{title}\n\n| type {HEADER}");
    for kind in ["phone", "email", "card", "ssn", "iban"] {
        let c = scores.by_type.get(kind).copied().unwrap_or_default();
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn_ += c.fn_;
        out.push_str(&row(kind, &c));
    }
    out.push_str(&row("**overall**", &total));
    out.push_str(&format!("\n| language {HEADER}"));
    for (lang, c) in &scores.by_language {
        out.push_str(&row(lang, c));
    }
    if !scores.false_positives.is_empty() {
        out.push_str("\nfalse positives by kind: ");
        let kinds: Vec<String> = scores
            .false_positives
            .iter()
            .map(|(kind, n)| format!("{kind} {n}"))
            .collect();
        out.push_str(&kinds.join(", "));
        out.push('\n');
    }
    (out, total)
}

/// Scores `relative` with our redactor, prints the tables and the first mistakes, and returns
/// the overall counts.
fn evaluate(relative: &str, min_texts: usize) -> Counts {
    let corpus = corpus(relative);
    assert!(
        corpus.len() >= min_texts,
        "{relative}: {} texts",
        corpus.len()
    );
    let redactor = Redactor::new();
    let scores = score(&corpus, ours(&redactor));
    let (table, total) = report(&format!("{relative}: {} texts", corpus.len()), &scores);
    println!("\n{table}");
    for m in scores.mistakes.iter().take(60) {
        println!("{m}");
    }
    total
}

/// The targets of issue 10 (README, "Verification quality, measured").
fn assert_targets(relative: &str, total: Counts) {
    assert!(
        total.recall() >= 0.995,
        "{relative}: overall recall {:.3} < 0.995",
        total.recall()
    );
    assert!(
        total.precision() >= 0.99,
        "{relative}: overall precision {:.3} < 0.99",
        total.precision()
    );
}

/// The first set, kept as a regression test; beside it the tutorial's regexes.
#[test]
fn precision_and_recall_on_the_first_set() {
    let relative = "tests/data/pii_corpus.jsonl";
    let total = evaluate(relative, 400);
    let (tutorial_table, _) = report(
        "tutorial's three regexes",
        &score(&corpus(relative), tutorial()),
    );
    println!("\n{tutorial_table}");
    assert_targets(relative, total);
}

#[test]
fn precision_and_recall_on_the_independent_set() {
    let relative = "tests/data/eval_hard/pii.jsonl";
    assert_targets(relative, evaluate(relative, 1000));
}

/// Held out: not looked at while the detector was tuned on the two sets above.
#[test]
fn precision_and_recall_on_the_held_out_set() {
    let relative = "tests/data/eval_heldout/pii.jsonl";
    assert_targets(relative, evaluate(relative, 1000));
}

/// Written last, by a third author, and measured once the detector was done (first look: 0.910
/// precision, 0.973 recall; README, "Verification quality, measured"). Recall holds the target;
/// precision does not: its decoys include reference numbers written exactly as local phone
/// numbers and introduced from several words away ("La référence du SMS, 02 03 71 10 04, vient
/// du transporteur"), which the detector redacts. This floor keeps what was reached.
#[test]
fn precision_and_recall_on_the_fresh_set() {
    let relative = "tests/data/eval_fresh/pii.jsonl";
    let total = evaluate(relative, 1000);
    assert!(total.recall() >= 0.995, "recall {:.3}", total.recall());
    assert!(
        total.precision() >= 0.92,
        "precision {:.3}",
        total.precision()
    );
}
