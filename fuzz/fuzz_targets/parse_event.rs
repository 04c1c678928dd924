//! Coverage-guided fuzzing of the event parser and the redactor on arbitrary bytes.
#![no_main]

use std::sync::LazyLock;

use genesys_summary_lambda::domain::event::{ParsedEvent, TriggerKind, parse};
use genesys_summary_lambda::domain::verify::Redactor;
use libfuzzer_sys::fuzz_target;

const ALL: &[TriggerKind] = &[TriggerKind::AfterCallWork, TriggerKind::CustomerEnd, TriggerKind::CopilotSummary];
static REDACTOR: LazyLock<Redactor> = LazyLock::new(Redactor::new);

fuzz_target!(|data: &[u8]| {
    if let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) {
        match parse(&value, ALL) {
            Ok(ParsedEvent::Supported(event)) => assert!(!event.conversation_id.as_str().is_empty()),
            Ok(ParsedEvent::Ignored { reason, .. }) => assert!(!reason.is_empty()),
            Err(error) => assert!(!error.problems.is_empty()),
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let (once, _) = REDACTOR.redact(text, None);
        assert_eq!(REDACTOR.redact(&once, None).0, once, "redaction is idempotent");
    }
});
