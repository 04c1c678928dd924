//! The verify stage's cost: start-up (compiling the PII patterns, loading the VADER lexicon) and
//! throughput on 1 KB and 16 KB summaries that carry PII. `cargo bench --bench verify`.
//! Plain std timing (medians over repeated runs); no statistics crate to build.

use std::hint::black_box;
use std::time::{Duration, Instant};

use genesys_summary_lambda::domain::ids::{ConversationId, LanguageTag};
use genesys_summary_lambda::domain::request::SummaryLength;
use genesys_summary_lambda::domain::summary::{Summary, SummaryOrigin};
use genesys_summary_lambda::domain::verify::sentiment::SentimentAnalyzer;
use genesys_summary_lambda::domain::verify::{Redactor, Verifier};

const SENTENCES: &[&str] = &[
    "Customer Jane Doe called from +1 (212) 555-0143 about a double charge on card 4111 1111 1111 1111. ",
    "The agent refunded the duplicate charge of $1,234.56 on 2025-12-12 and emailed jane.doe@example.com. ",
    "Order #48213 ships on 12/15/2025; the customer was very satisfied with the quick resolution. ",
    "Refund goes to IBAN GB82 WEST 1234 5698 7654 32 within five working days, reference INC0012345. ",
    "The customer asked about version 10.2.3 of the app and a 12.5% discount, then thanked the agent. ",
];

fn text_of(bytes: usize) -> String {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(SENTENCES[i % SENTENCES.len()]);
        i += 1;
    }
    let mut cut = bytes.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let started = Instant::now();
                black_box(f());
                started.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let redactor_init = time(30, Redactor::new);
    let sentiment_init = time(30, SentimentAnalyzer::new);
    let verifier_init = time(30, Verifier::new);
    println!(
        "start-up (median of 30): PII patterns and rules {redactor_init:?}, sentiment lexicons (5 languages) {sentiment_init:?}, whole Verifier {verifier_init:?}"
    );

    let verifier = Verifier::new();
    let english = LanguageTag::parse("en-US").expect("a tag");
    let conversation =
        ConversationId::parse("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b").expect("a conversation id");
    for size in [1024, 16 * 1024] {
        let text = text_of(size);
        let summary = Summary {
            summary_id: Some("s".into()),
            language: Some(english.clone()),
            reason: Some("Double charge".into()),
            resolution: Some("Refunded".into()),
            followup: vec!["Call back on 212-555-0143".into()],
            ..Summary::new(
                conversation.clone(),
                text.clone(),
                SummaryOrigin::CopilotApi,
            )
        };
        // Enough iterations for about a second.
        let once = time(5, || {
            verifier.verify(summary.clone(), &english, SummaryLength::Long, Some(0.5))
        });
        let runs = (Duration::from_secs(1).as_nanos() / once.as_nanos().max(1)).clamp(10, 100_000)
            as usize;
        let per_call = time(runs, || {
            verifier.verify(summary.clone(), &english, SummaryLength::Long, Some(0.5))
        });
        let mb_per_s = text.len() as f64 / per_call.as_secs_f64() / 1e6;
        let redact_only = time(runs, || verifier.redactor().redact(&text, Some("en")));
        println!(
            "verify {:>5} B: {per_call:>10?} per call, {mb_per_s:6.1} MB/s (redaction alone {redact_only:?}, {:.1} MB/s) over {runs} runs",
            text.len(),
            text.len() as f64 / redact_only.as_secs_f64() / 1e6
        );
    }
}
