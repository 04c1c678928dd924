//! Property tests: arbitrary and mutated events through the parser and the pipeline entry never
//! panic, and every rejection carries a message; redaction never panics, is idempotent and leaves
//! no detectable PII. The pipeline here runs on the in-memory adapters: this is a test of the
//! domain's logic on hostile input, not of the adapters (those have their own tests).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use genesys_summary_lambda::adapters::memory::{MemoryCrm, MemoryGenesys, MemoryWorkStore};
use genesys_summary_lambda::config::Config;
use genesys_summary_lambda::deadline::Deadline;
use genesys_summary_lambda::domain::event::{self, ParsedEvent, TriggerKind};
use genesys_summary_lambda::domain::outcome::Outcome;
use genesys_summary_lambda::domain::verify::{Redactor, Verifier};
use genesys_summary_lambda::pipeline::{Invocation, Pipeline};
use proptest::prelude::*;
use serde_json::{Value, json};

const ALL: &[TriggerKind] = &[
    TriggerKind::AfterCallWork,
    TriggerKind::CustomerEnd,
    TriggerKind::CopilotSummary,
];

fn sample(name: &str) -> Value {
    let path = format!("{}/events/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Field names the parser looks at, so random objects hit real code paths often.
const KEYS: &[&str] = &[
    "id",
    "detail-type",
    "detail",
    "topicName",
    "eventBody",
    "metadata",
    "CorrelationId",
    "conversationId",
    "userId",
    "participantId",
    "sessionId",
    "mediaType",
    "eventTime",
    "interactingDurationMs",
    "participants",
    "purpose",
    "summary",
    "text",
    "language",
    "summaryId",
    "followupActions",
    "wrapUpCodes",
    "wrapUpCodeId",
    "name",
    "resolution",
    "resolutionValue",
    "reason",
    "latestCommunicationId",
    "createdDate",
    "score",
];

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)),
        "\\PC{0,40}".prop_map(Value::String),
        Just(json!("3c5e8a42-7d1e-4f2b-9a6c-1b2d3e4f5a6b")),
        Just(json!("v2.detail.events.conversation.{id}.acw")),
        Just(json!("v2.users.{id}.conversations.summaries")),
        Just(json!("")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (prop::sample::select(KEYS).prop_map(str::to_string), inner),
                0..8
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A path of object keys into an event.
fn paths(value: &Value, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    if let Value::Object(map) = value {
        for (k, v) in map {
            let mut p = prefix.clone();
            p.push(k.clone());
            out.push(p.clone());
            paths(v, p, out);
        }
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Remove(usize),
    Replace(usize, Value),
    Insert(usize, String, Value),
}

fn apply(event: &mut Value, mutation: &Mutation) {
    let mut all = Vec::new();
    paths(event, Vec::new(), &mut all);
    if all.is_empty() {
        return;
    }
    let (index, path) = match mutation {
        Mutation::Remove(i) | Mutation::Replace(i, _) | Mutation::Insert(i, _, _) => {
            (*i % all.len(), &all)
        }
    };
    let path = &path[index];
    let (last, parents) = path.split_last().expect("non-empty");
    let mut node = &mut *event;
    for key in parents {
        node = &mut node[key.as_str()];
    }
    let Some(map) = node.as_object_mut() else {
        return;
    };
    match mutation {
        Mutation::Remove(_) => {
            map.remove(last);
        }
        Mutation::Replace(_, v) => {
            map.insert(last.clone(), v.clone());
        }
        Mutation::Insert(_, k, v) => {
            if let Some(Value::Object(child)) = map.get_mut(last) {
                child.insert(k.clone(), v.clone());
            } else {
                map.insert(k.clone(), v.clone());
            }
        }
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Remove),
        (any::<usize>(), arbitrary_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (
            any::<usize>(),
            prop::sample::select(KEYS).prop_map(str::to_string),
            arbitrary_json()
        )
            .prop_map(|(i, k, v)| Mutation::Insert(i, k, v)),
    ]
}

fn mutated_event() -> impl Strategy<Value = Value> {
    let base = prop::sample::select(vec![
        "acw.json",
        "customer-end.json",
        "copilot-summary.json",
        "unsupported-topic.json",
    ]);
    (base, prop::collection::vec(mutation(), 1..6)).prop_map(|(name, mutations)| {
        let mut event = sample(name);
        for m in &mutations {
            apply(&mut event, m);
        }
        event
    })
}

fn any_event() -> impl Strategy<Value = Value> {
    prop_oneof![3 => mutated_event(), 1 => arbitrary_json()]
}

fn check_parse(value: &Value) -> Result<(), TestCaseError> {
    match event::parse(value, ALL) {
        Ok(ParsedEvent::Supported(e)) => {
            prop_assert!(!e.conversation_id.as_str().is_empty() && !e.event_id.is_empty())
        }
        Ok(ParsedEvent::Ignored { reason, .. }) => prop_assert!(!reason.is_empty()),
        Err(error) => {
            prop_assert!(!error.problems.is_empty());
            prop_assert!(error.problems.iter().all(|p| !p.trim().is_empty()));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn parsing_never_panics_and_every_rejection_says_why(value in any_event()) {
        check_parse(&value)?;
    }

    #[test]
    fn the_pipeline_entry_never_panics_and_every_rejection_says_why(value in any_event()) {
        let (pipeline, runtime) = (&*PIPELINE, &*RUNTIME);
        let invocation = Invocation {
            request_id: "req".into(),
            deadline: Deadline::after(Duration::from_secs(5), Duration::ZERO),
        };
        let written = WORK.records().len();
        let result = runtime.block_on(pipeline.handle(&value, &invocation));
        // Every audit record serialises, and every one that is not a success says why.
        for record in WORK.records().iter().skip(written) {
            prop_assert!(serde_json::to_value(record).is_ok());
            if record.event.as_str() != "SUMMARY_GENERATED_AND_SYNCED" {
                prop_assert!(record.error.as_deref().is_some_and(|e| !e.is_empty()), "{record:?}");
            }
        }
        match result {
            Ok(handled) => {
                if matches!(handled.outcome, Outcome::Rejected(_) | Outcome::Unreadable(_) | Outcome::Ignored { .. }) {
                    prop_assert!(handled.outcome.reason().is_some_and(|d| !d.trim().is_empty()), "{handled:?}");
                }
            }
            Err(error) => prop_assert!(!error.to_string().trim().is_empty()),
        }
    }

    #[test]
    fn redaction_never_panics_is_idempotent_and_leaves_no_pii(text in "\\PC{0,200}", digits in "[0-9 +().-]{0,40}") {
        let redactor = &*REDACTOR;
        let input = format!("{text} {digits} {text}");
        let (once, _) = redactor.redact(&input, None);
        let (twice, counts) = redactor.redact(&once, None);
        prop_assert_eq!(&once, &twice);
        prop_assert!(counts.is_empty());
        prop_assert!(redactor.find(&once, None).is_empty());
    }
}

fn config() -> Config {
    let env: HashMap<&str, &str> = HashMap::from([
        ("GENESYS_SECRET_ID", "s"),
        ("GENESYS_REGION", "mypurecloud.com"),
        ("TOKEN_TABLE_NAME", "t"),
        ("AUDIT_TABLE_NAME", "a"),
        ("CRM_WEBHOOK_URL", "https://crm.example.com/hook"),
        ("TRIGGER_TOPICS", "acw,customer.end,summaries"),
        ("SUMMARY_WAIT_SECONDS", "0"),
    ]);
    Config::from_lookup(|k| env.get(k).map(|v| v.to_string())).unwrap()
}

/// Built once: an instance serves many events, and its state (finished units) carries over, so
/// later cases also exercise the duplicate path.
static PIPELINE: LazyLock<Pipeline<MemoryGenesys, MemoryCrm, MemoryWorkStore>> =
    LazyLock::new(|| {
        Pipeline::new(
            Arc::new(config()),
            MemoryGenesys::default(),
            MemoryCrm::default(),
            WORK.clone(),
            Verifier::new(),
        )
    });
static WORK: LazyLock<MemoryWorkStore> = LazyLock::new(MemoryWorkStore::default);
static RUNTIME: LazyLock<tokio::runtime::Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap()
});
static REDACTOR: LazyLock<Redactor> = LazyLock::new(Redactor::new);
