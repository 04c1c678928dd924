//! `template.yaml` as CloudFormation sees it: translated by the SAM translator (`samtranslator`,
//! which the SAM CLI uses) through `scripts/template.py`, then checked for the wiring the README's
//! deploy section relies on. `scripts/test` also runs `sam validate --lint` and `cfn-lint` with the
//! serverless rules on it.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use std::sync::OnceLock;

use genesys_summary_lambda::adapters::metrics;
use genesys_summary_lambda::domain::outcome::Outcome;
use serde_json::{Value, json};

use crate::harness::repo_root;

fn python() -> std::path::PathBuf {
    repo_root().join(".venv/bin/python")
}

/// `scripts/template.py ARGS`' output; fails the test when the script fails.
fn template_py<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Vec<u8> {
    let output = Command::new(python())
        .arg(repo_root().join("scripts/template.py"))
        .args(args)
        .output()
        .expect("run scripts/template.py (scripts/setup installs the SAM CLI)");
    assert!(
        output.status.success(),
        "scripts/template.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// `path` translated by the SAM translator.
fn translate(path: &std::path::Path) -> Value {
    serde_json::from_slice(&template_py(&[
        std::ffi::OsStr::new("translate"),
        path.as_os_str(),
    ]))
    .unwrap()
}

/// The translated template (translated once per test binary).
fn template() -> &'static Value {
    static TRANSLATED: OnceLock<Value> = OnceLock::new();
    TRANSLATED.get_or_init(|| translate(&repo_root().join("template.yaml")))
}

fn resource(name: &str) -> &'static Value {
    let found = &template()["Resources"][name];
    assert!(found.is_object(), "no resource {name}");
    found
}

fn of_type(kind: &str) -> Vec<(&'static str, &'static Value)> {
    template()["Resources"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, r)| r["Type"] == kind)
        .map(|(name, r)| (name.as_str(), r))
        .collect()
}

fn get_att(resource: &str, attribute: &str) -> Value {
    json!({"Fn::GetAtt": [resource, attribute]})
}

fn reference(name: &str) -> Value {
    json!({"Ref": name})
}

/// The bus name the rule and the alarms use: the created bus, or the one that already exists.
fn bus_name(created: Value) -> Value {
    json!({"Fn::If": ["CreateEventBus", created, reference("ExistingEventBusName")]})
}

#[test]
fn the_stack_creates_the_bus_from_the_partner_event_source() {
    let bus = resource("GenesysEventBus");
    assert_eq!(bus["Type"], "AWS::Events::EventBus");
    assert_eq!(bus["Condition"], "CreateEventBus");
    assert_eq!(
        bus["Properties"]["Name"],
        reference("GenesysEventSourceName")
    );
    assert_eq!(
        bus["Properties"]["EventSourceName"],
        reference("GenesysEventSourceName")
    );
    assert_eq!(
        template()["Conditions"]["CreateEventBus"],
        json!({"Fn::Equals": [reference("ExistingEventBusName"), ""]})
    );
}

#[test]
fn the_rule_on_that_bus_invokes_the_function_and_dead_letters_to_the_queue() {
    let rule = &resource("GenesysEventsRule")["Properties"];
    assert_eq!(rule["EventBusName"], bus_name(reference("GenesysEventBus")));
    let targets = rule["Targets"].as_array().unwrap();
    assert_eq!(targets.len(), 1);
    assert_eq!(targets[0]["Arn"], get_att("SummaryFunction", "Arn"));
    assert_eq!(
        targets[0]["DeadLetterConfig"]["Arn"],
        get_att("FailedEventsQueue", "Arn")
    );
    assert!(targets[0]["RetryPolicy"]["MaximumRetryAttempts"].as_u64() > Some(0));

    let permission = &resource("GenesysEventsPermission")["Properties"];
    assert_eq!(permission["Principal"], "events.amazonaws.com");
    assert_eq!(permission["SourceArn"], get_att("GenesysEventsRule", "Arn"));

    // What the function itself fails goes to the same queue, after Lambda's two retries.
    let destination = &resource("FailedInvocationsDestination")["Properties"];
    assert_eq!(destination["MaximumRetryAttempts"], 2);
    assert_eq!(
        destination["DestinationConfig"]["OnFailure"]["Destination"],
        get_att("FailedEventsQueue", "Arn")
    );
}

/// Which of `events/` the rule's pattern lets through, with `TriggerDetailTypes` set to `topics`.
fn matching(topics: &[&str]) -> BTreeMap<String, bool> {
    let mut pattern = resource("GenesysEventsRule")["Properties"]["EventPattern"].clone();
    assert_eq!(pattern["detail-type"], reference("TriggerDetailTypes"));
    pattern["detail-type"] = json!(topics);
    let mut files: Vec<String> = std::fs::read_dir(repo_root().join("events"))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().to_string())
        .collect();
    files.sort();
    let args: Vec<String> = ["match".to_string(), pattern.to_string()]
        .into_iter()
        .chain(files)
        .collect();
    String::from_utf8(template_py(&args))
        .unwrap()
        .lines()
        .map(|line| {
            let (file, matched) = line.rsplit_once(' ').unwrap();
            let name = std::path::Path::new(file).file_name().unwrap();
            (name.to_string_lossy().to_string(), matched == "true")
        })
        .collect()
}

const ALL_TOPICS: [&str; 3] = [
    "v2.detail.events.conversation.{id}.acw",
    "v2.detail.events.conversation.{id}.customer.end",
    "v2.users.{id}.conversations.summaries",
];

#[test]
fn the_rule_pattern_lets_every_supported_sample_through_and_no_other() {
    let all = matching(&ALL_TOPICS);
    assert!(all.len() >= 8, "{all:?}");
    for (file, matched) in &all {
        // Malformed samples carry a supported detail-type: the function records them as rejected.
        let supported = !file.starts_with("unsupported-");
        assert_eq!(*matched, supported, "{file}");
    }
    let default = template()["Parameters"]["TriggerDetailTypes"]["Default"]
        .as_str()
        .unwrap()
        .to_string();
    let topics: Vec<&str> = default.split(',').collect();
    let by_default = matching(&topics);
    assert!(by_default["acw.json"] && by_default["copilot-summary.json"]);
    assert!(
        !by_default["customer-end.json"],
        "customer.end is off by default"
    );
}

/// The queue policy's `aws:SourceArn` pattern (`ArnLike`, `*` for any characters) with this
/// account's partition, region and id put in.
fn dead_letter_source_pattern() -> String {
    let policy = &resource("FailedEventsQueuePolicy")["Properties"];
    let statements = policy["PolicyDocument"]["Statement"].as_array().unwrap();
    let pattern = statements[0]["Condition"]["ArnLike"]["aws:SourceArn"]["Fn::Sub"]
        .as_str()
        .expect("an ArnLike on the rule's ARN, with Fn::Sub");
    pattern
        .replace("${AWS::Partition}", "aws")
        .replace("${AWS::Region}", "eu-west-1")
        .replace("${AWS::AccountId}", "123456789012")
}

/// `ArnLike`: `*` matches any run of characters, the rest literally.
fn arn_like(pattern: &str, arn: &str) -> bool {
    let literal: Vec<String> = pattern.split('*').map(regex::escape).collect();
    regex::Regex::new(&format!("^{}$", literal.join(".*")))
        .unwrap()
        .is_match(arn)
}

#[test]
fn only_rules_on_genesys_partner_buses_may_write_to_the_failed_events_queue() {
    let policy = &resource("FailedEventsQueuePolicy")["Properties"];
    assert_eq!(policy["Queues"], json!([reference("FailedEventsQueue")]));
    let statements = policy["PolicyDocument"]["Statement"].as_array().unwrap();
    assert_eq!(statements.len(), 1);
    let statement = &statements[0];
    assert_eq!(statement["Effect"], "Allow");
    assert_eq!(
        statement["Principal"],
        json!({"Service": "events.amazonaws.com"})
    );
    assert_eq!(statement["Action"], "sqs:SendMessage");
    assert_eq!(statement["Resource"], get_att("FailedEventsQueue", "Arn"));
    // A rule on a partner bus is `rule/<bus name>/<rule name>` (EventBridge API reference,
    // DescribeRule's example), and a Genesys bus is named after its source.
    let pattern = dead_letter_source_pattern();
    let rule = |bus: &str| {
        format!("arn:aws:events:eu-west-1:123456789012:rule/{bus}/my-stack-genesys-events")
    };
    for admitted in [
        rule("aws.partner/genesys.com/cloud/0f0e0d0c-0000-4000-8000-00000000000a/acme"),
        rule("aws.partner/genesys.com/cloud/0f0e0d0c-0000-4000-8000-00000000000b/acme-b"),
    ] {
        assert!(
            arn_like(&pattern, &admitted),
            "{pattern} must admit {admitted}"
        );
    }
    for refused in [
        "arn:aws:events:eu-west-1:123456789012:rule/default-bus-rule".to_string(),
        rule("aws.partner/stripe.com/acct/x"),
        rule("my-bus"),
        "arn:aws:events:eu-west-1:999999999999:rule/aws.partner/genesys.com/cloud/x/y/r"
            .to_string(),
        "arn:aws:events:us-east-1:123456789012:rule/aws.partner/genesys.com/cloud/x/y/r"
            .to_string(),
    ] {
        assert!(
            !arn_like(&pattern, &refused),
            "{pattern} must refuse {refused}"
        );
    }
}

/// With `GenesysOrgs` the function gets the mapping instead of the one secret, and may read the
/// secrets in `GenesysOrgSecretArns`; the Rules allow one way or the other, not both or neither.
#[test]
fn several_orgs_swap_the_one_secret_for_the_mapping_and_its_secrets() {
    assert_eq!(
        template()["Conditions"]["ServesSeveralOrgs"],
        json!({"Fn::Not": [{"Fn::Equals": [reference("GenesysOrgs"), ""]}]})
    );
    let variables = &resource("SummaryFunction")["Properties"]["Environment"]["Variables"];
    assert_eq!(variables["GENESYS_ORGS"], reference("GenesysOrgs"));
    assert_eq!(
        variables["GENESYS_SECRET_ID"],
        json!({"Fn::If": ["ServesSeveralOrgs", reference("AWS::NoValue"), reference("GenesysSecretArn")]})
    );
    let role = resource("SummaryFunctionRole").to_string();
    let credentials = json!({
        "Action": "secretsmanager:GetSecretValue",
        "Effect": "Allow",
        "Resource": {"Fn::If": ["ServesSeveralOrgs", reference("GenesysOrgSecretArns"), reference("GenesysSecretArn")]},
        "Sid": "GenesysCredentials",
    });
    assert!(role.contains(&credentials.to_string()), "{role}");
    let rules = template()["Rules"].to_string();
    assert!(
        rules.contains("OneOrSeveralOrgs") && rules.contains("GenesysOrgs"),
        "{rules}"
    );
    // With several orgs, an empty list of secrets is refused before IAM sees it.
    assert!(
        rules.contains(r#"{"Fn::Not":[{"Fn::Contains":[{"Ref":"GenesysOrgSecretArns"},""]}]}"#),
        "{rules}"
    );
}

/// The README's block for a further org's event source, pasted into the template as it says:
/// the SAM translator and cfn-lint accept it, and it is a bus for that source, a rule on it that
/// invokes the function and dead-letters to the queue (whose policy admits it), and a permission
/// scoped to that rule.
#[test]
fn a_further_orgs_event_source_as_the_readme_shows_it_is_a_bus_a_rule_and_a_permission() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let marker = readme
        .find("<!-- further-org-event-source")
        .expect("the README marks the block");
    let block: String = readme[marker..]
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("```yaml"))
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with("```"))
        .map(|l| format!("{}\n", l.strip_prefix("   ").unwrap_or(l)))
        .collect();
    let org = "0f0e0d0c-0000-4000-8000-00000000000b";
    let block = block.replace("<orgB>", org).replace("<suffix>", "acme-b");
    let template = std::fs::read_to_string(repo_root().join("template.yaml")).unwrap();
    let combined = template.replacen("\nResources:\n", &format!("\nResources:\n{block}"), 1);
    let dir = std::env::temp_dir().join(format!("gsl-template-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("template.yaml");
    std::fs::write(&path, &combined).unwrap();

    let translated = translate(&path);
    let resources = &translated["Resources"];
    let source = format!("aws.partner/genesys.com/cloud/{org}/acme-b");
    assert_eq!(
        resources["OrgBEventBus"]["Properties"]["EventSourceName"],
        source.as_str()
    );
    let rule = &resources["OrgBEventsRule"]["Properties"];
    assert_eq!(rule["EventBusName"], reference("OrgBEventBus"));
    assert_eq!(
        rule["EventPattern"],
        resource("GenesysEventsRule")["Properties"]["EventPattern"]
    );
    assert_eq!(rule["Targets"][0]["Arn"], get_att("SummaryFunction", "Arn"));
    assert_eq!(
        rule["Targets"][0]["DeadLetterConfig"]["Arn"],
        get_att("FailedEventsQueue", "Arn")
    );
    assert_eq!(
        resources["OrgBEventsPermission"]["Properties"]["SourceArn"],
        get_att("OrgBEventsRule", "Arn")
    );
    // Whatever name CloudFormation gives the rule, it is on this bus.
    let arn =
        format!("arn:aws:events:eu-west-1:123456789012:rule/{source}/stack-OrgBEventsRule-1A2B3C");
    assert!(arn_like(&dead_letter_source_pattern(), &arn));

    let lint = Command::new(repo_root().join(".venv/bin/cfn-lint"))
        .arg(&path)
        .args(["--append-rules", "cfn_lint_serverless.rules"])
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        lint.status.success(),
        "cfn-lint: {}{}",
        String::from_utf8_lossy(&lint.stdout),
        String::from_utf8_lossy(&lint.stderr)
    );
}

#[test]
fn every_alarm_is_present_and_notifies_the_topic() {
    let alarms = of_type("AWS::CloudWatch::Alarm");
    let found: BTreeSet<(String, String)> = alarms
        .iter()
        .map(|(_, a)| {
            let p = &a["Properties"];
            (
                p["Namespace"].as_str().unwrap().to_string(),
                p["MetricName"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("AWS/SQS", "ApproximateNumberOfMessagesVisible"),
        ("AWS/Lambda", "Errors"),
        ("AWS/Lambda", "Throttles"),
        ("AWS/Lambda", "AsyncEventsDropped"),
        ("AWS/Lambda", "DestinationDeliveryFailures"),
        ("AWS/Events", "FailedInvocations"),
        ("AWS/Events", "InvocationsFailedToBeSentToDlq"),
        (metrics::NAMESPACE, metrics::EVENTS),
    ]
    .iter()
    .map(|(n, m)| (n.to_string(), m.to_string()))
    .collect();
    assert_eq!(found, expected);

    let rule_name = &resource("GenesysEventsRule")["Properties"]["Name"];
    for (name, alarm) in alarms {
        let p = &alarm["Properties"];
        assert_eq!(
            p["AlarmActions"],
            json!([reference("AlarmTopic")]),
            "{name}"
        );
        assert_eq!(p["Threshold"], 0, "{name}");
        assert_eq!(p["ComparisonOperator"], "GreaterThanThreshold", "{name}");
        assert_eq!(p["TreatMissingData"], "notBreaching", "{name}");
        let dimensions: BTreeMap<&str, &Value> = p["Dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["Name"].as_str().unwrap(), &d["Value"]))
            .collect();
        match p["Namespace"].as_str().unwrap() {
            // A rule on a partner (non-default) bus reports by bus and rule name.
            "AWS/Events" => {
                assert_eq!(
                    dimensions["EventBusName"],
                    &bus_name(reference("GenesysEventSourceName")),
                    "{name}"
                );
                assert_eq!(dimensions["RuleName"], rule_name, "{name}");
            }
            "AWS/Lambda" => {
                assert_eq!(dimensions["FunctionName"], &reference("SummaryFunction"))
            }
            "AWS/SQS" => assert_eq!(
                dimensions["QueueName"],
                &get_att("FailedEventsQueue", "QueueName")
            ),
            // The function's own metric, as `adapters::metrics` writes it: the CRM refusing
            // summaries, and (only with several orgs) events from an org not served.
            _ => {
                let sync_failed = Outcome::SyncFailed {
                    reason: String::new(),
                    webhook_status: None,
                    resume_payload: None,
                };
                let unknown_org = Outcome::UnknownOrg { org_id: None };
                let (outcome, condition) = match name {
                    "SyncFailedAlarm" => (sync_failed.name(), None),
                    "UnknownOrgAlarm" => (unknown_org.name(), Some("ServesSeveralOrgs")),
                    other => panic!("unexpected alarm {other}"),
                };
                assert_eq!(dimensions["Outcome"], outcome);
                assert_eq!(alarm["Condition"].as_str(), condition, "{name}");
                assert_eq!(dimensions["service"], &reference("SummaryFunction"));
            }
        }
    }

    let subscription = &resource("AlarmEmailSubscription");
    assert_eq!(subscription["Condition"], "HasAlarmEmail");
    assert_eq!(
        subscription["Properties"]["TopicArn"],
        reference("AlarmTopic")
    );
    assert_eq!(subscription["Properties"]["Protocol"], "email");
}

/// The IAM actions each SDK operation in `src/adapters/` needs. TransactWriteItems is authorised
/// per item, as the actions of the items (the claim update and the record put).
fn iam_actions(operation: &str) -> Vec<&'static str> {
    match operation {
        "get_item" => vec!["dynamodb:GetItem"],
        "put_item" => vec!["dynamodb:PutItem"],
        "update_item" => vec!["dynamodb:UpdateItem"],
        "transact_write_items" => vec!["dynamodb:UpdateItem", "dynamodb:PutItem"],
        "get_secret_value" => vec!["secretsmanager:GetSecretValue"],
        "detect_sentiment" => vec!["comprehend:DetectSentiment"],
        other => panic!(
            "an SDK call without a known IAM action: {other}; add it here and to template.yaml"
        ),
    }
}

/// The SDK operations the function's adapters call (`self.client.<operation>()`).
fn sdk_operations() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for file in ["dynamodb.rs", "secrets_manager.rs", "comprehend.rs"] {
        let code = std::fs::read_to_string(repo_root().join("src/adapters").join(file)).unwrap();
        let code: String = code.split_whitespace().collect();
        for (at, _) in code.match_indices(".client.") {
            let rest = &code[at + ".client.".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if rest[name.len()..].starts_with("()") {
                found.insert(name);
            }
        }
    }
    found
}

#[test]
fn the_functions_permissions_are_exactly_what_the_code_calls() {
    let role = &resource("SummaryFunctionRole")["Properties"];
    // A policy is there always, or under a condition (`Fn::If` [condition, policy, NoValue]).
    let policies: Vec<(Option<&str>, &Value)> = role["Policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| match p["Fn::If"].as_array() {
            Some(branches) => {
                assert_eq!(branches[2], reference("AWS::NoValue"), "{p}");
                (branches[0].as_str(), &branches[1])
            }
            None => (None, p),
        })
        .collect();
    let condition_of = |sid: &str| {
        policies
            .iter()
            .find(|(_, p)| p.to_string().contains(&format!("\"Sid\":\"{sid}\"")))
            .and_then(|(condition, _)| *condition)
    };
    let statements: Vec<&Value> = policies
        .iter()
        .flat_map(|(_, p)| p["PolicyDocument"]["Statement"].as_array().unwrap())
        .collect();
    let by_sid: BTreeMap<&str, BTreeSet<String>> = statements
        .iter()
        .filter_map(|s| {
            let actions = match &s["Action"] {
                Value::String(one) => vec![one.clone()],
                Value::Array(many) => many
                    .iter()
                    .map(|a| a.as_str().unwrap().to_string())
                    .collect(),
                _ => return None,
            };
            Some((s["Sid"].as_str()?, actions.into_iter().collect()))
        })
        .collect();
    let set = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        by_sid["TokenCache"],
        set(&["dynamodb:GetItem", "dynamodb:PutItem"])
    );
    assert_eq!(
        by_sid["ClaimsAndAudit"],
        set(&["dynamodb:UpdateItem", "dynamodb:PutItem"])
    );
    assert_eq!(
        by_sid["GenesysCredentials"],
        set(&["secretsmanager:GetSecretValue"])
    );
    // Lambda's own delivery of failed invocations, not a call of the code.
    assert_eq!(by_sid["FailedEventsDestination"], set(&["sqs:SendMessage"]));
    // Comprehend only when chosen.
    assert_eq!(
        by_sid["SummarySentiment"],
        set(&["comprehend:DetectSentiment"])
    );
    assert_eq!(condition_of("SummarySentiment"), Some("UseComprehend"));
    assert_eq!(condition_of("TokenCache"), None);
    assert_eq!(
        template()["Conditions"]["UseComprehend"],
        json!({"Fn::Equals": [{"Ref": "SentimentAnalyzer"}, "comprehend"]})
    );
    assert_eq!(
        resource("SummaryFunction")["Properties"]["Environment"]["Variables"]["SENTIMENT_ANALYZER"],
        reference("SentimentAnalyzer")
    );

    let operations = sdk_operations();
    assert!(
        operations.contains("transact_write_items"),
        "{operations:?}"
    );
    let needed: BTreeSet<String> = operations
        .iter()
        .flat_map(|op| iam_actions(op))
        .map(str::to_string)
        .collect();
    let granted: BTreeSet<String> = [
        "TokenCache",
        "ClaimsAndAudit",
        "GenesysCredentials",
        "SummarySentiment",
    ]
    .iter()
    .flat_map(|sid| by_sid[sid].iter().cloned())
    .collect();
    assert_eq!(
        granted, needed,
        "the role grants exactly what the code calls"
    );

    let managed = role["ManagedPolicyArns"].to_string();
    assert!(managed.contains("AWSLambdaBasicExecutionRole"), "{managed}");
}

#[test]
fn logs_tracing_and_concurrency_are_set_as_the_parameters_say() {
    let function = &resource("SummaryFunction")["Properties"];
    assert_eq!(function["TracingConfig"]["Mode"], reference("TracingMode"));
    assert_eq!(template()["Parameters"]["TracingMode"]["Default"], "Active");
    assert_eq!(
        function["ReservedConcurrentExecutions"],
        json!({"Fn::If": ["HasReservedConcurrency", reference("ReservedConcurrency"), reference("AWS::NoValue")]})
    );
    assert_eq!(function["LoggingConfig"]["LogFormat"], "JSON");
    let log_group = &resource("FunctionLogGroup")["Properties"];
    assert_eq!(log_group["RetentionInDays"], reference("LogRetentionDays"));
    assert_eq!(
        log_group["LogGroupName"],
        json!({"Fn::Sub": "/aws/lambda/${SummaryFunction}"})
    );
    assert_eq!(
        resource("GenesysEventsRule")["DependsOn"],
        "FunctionLogGroup",
        "no event reaches the function before its log group exists"
    );
    let webhook = &function["Environment"]["Variables"]["CRM_WEBHOOK_URL"];
    assert_eq!(
        webhook,
        &json!({"Fn::If": ["UsePlainHttpWebhook", reference("TestOnlyPlainHttpWebhookUrl"), reference("CrmWebhookUrl")]})
    );
}

#[test]
fn every_output_says_what_it_is() {
    let outputs = template()["Outputs"].as_object().unwrap();
    for name in [
        "EventBusName",
        "FailedEventsQueueUrl",
        "AlarmTopicArn",
        "FunctionName",
        "AuditTableName",
    ] {
        assert!(outputs.contains_key(name), "{name}");
    }
    for (name, output) in outputs {
        assert!(
            output["Description"].as_str().is_some_and(|d| d.len() > 10),
            "{name} has no description"
        );
    }
}

/// CloudFormation matches `AllowedPattern` against the whole value; a value out of range is
/// refused with the parameter's name and its `ConstraintDescription`.
#[test]
fn parameters_refuse_values_out_of_range() {
    let parameters = template()["Parameters"].as_object().unwrap();
    let accepts = |name: &str, value: &str| {
        let pattern = parameters[name]["AllowedPattern"].as_str().unwrap();
        regex::Regex::new(&format!("^(?:{pattern})$"))
            .unwrap()
            .is_match(value)
    };
    for (name, good, bad) in [
        (
            "GenesysEventSourceName",
            "aws.partner/genesys.com/cloud/0a1b2c3d-0000-4000-8000-000000000000/acme",
            "my-bus",
        ),
        ("ExistingEventBusName", "", "default"),
        (
            "CrmWebhookUrl",
            "https://crm.example.com/hooks/genesys",
            "http://crm.example.com/hooks/genesys",
        ),
        (
            "TestOnlyPlainHttpWebhookUrl",
            "http://10.0.0.5:8080/hook",
            "ftp://x",
        ),
        (
            "GenesysSecretArn",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:genesys-AbCdEf",
            "genesys/oauth",
        ),
        (
            "GenesysRegion",
            "euw2.pure.cloud",
            "https://api.mypurecloud.com",
        ),
        ("AlarmEmail", "ops@example.com", "ops"),
        (
            "GenesysOrgs",
            r#"{"0f0e0d0c-0000-4000-8000-00000000000a": {"secretId": "genesys/a"}}"#,
            "genesys/oauth",
        ),
        ("SummaryLanguage", "en-GB", "english"),
    ] {
        assert!(accepts(name, good), "{name} must accept {good:?}");
        assert!(!accepts(name, bad), "{name} must refuse {bad:?}");
        assert!(
            parameters[name]["ConstraintDescription"].is_string(),
            "{name}: a refusal should say what is expected"
        );
    }
    assert!(
        accepts("CrmWebhookUrl", ""),
        "empty only with the test-only plain http URL (Rules)"
    );
    let rule = template()["Rules"]["WebhookRequired"].to_string();
    assert!(
        rule.contains("CrmWebhookUrl") && rule.contains("TestOnlyPlainHttpWebhookUrl"),
        "{rule}"
    );
}

/// The CRM settings reach the function: review webhook and threshold, record keys, and a private
/// CA's bundle from an optional layer.
#[test]
fn the_crm_settings_reach_the_function_and_the_ca_layer_is_optional() {
    let function = &resource("SummaryFunction")["Properties"];
    let variables = &function["Environment"]["Variables"];
    for (variable, parameter) in [
        ("CRM_REVIEW_WEBHOOK_URL", "CrmReviewWebhookUrl"),
        ("REVIEW_CONFIDENCE_BELOW", "ReviewConfidenceBelow"),
        ("CRM_INCLUDE_CALLER_NUMBERS", "CrmIncludeCallerNumbers"),
        ("CRM_READ_CONVERSATION", "CrmReadConversation"),
        ("CRM_CA_BUNDLE", "CrmCaBundle"),
    ] {
        assert_eq!(variables[variable], reference(parameter), "{variable}");
    }
    assert_eq!(
        function["Layers"],
        json!({"Fn::If": ["HasCaBundleLayer", [{"Ref": "CrmCaBundleLayerArn"}], {"Ref": "AWS::NoValue"}]})
    );
}
