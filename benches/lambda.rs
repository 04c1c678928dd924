//! The end-to-end half of `scripts/bench` (issue 5): the release handler binary, started the way
//! Lambda starts it, against a Runtime API stand-in (`genesys_sim::runtime_api`), moto behind a
//! call-counting, timing proxy, and the Genesys/CRM simulator, all on loopback with no artificial
//! latency. Measures cold start, the first event, warm per-event latency and the function's own
//! share of it (latency minus the stand-ins' service time), remote calls per event at the
//! stand-ins, peak RSS, a burst of cold instances against a rate-limited Genesys, and what an
//! invalid configuration does at start. Prints markdown table rows; `scripts/bench` puts them in
//! BENCHMARKS.md.
//!
//! `cargo bench --bench lambda -- BINARY [--events N] [--instances N]`

#[path = "../tests/it/harness.rs"]
mod support;

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use genesys_sim::RateLimit;
use genesys_sim::aws_proxy::{self, AwsProxyHandle};
use genesys_sim::runtime_api::{self, Completed, Outcome, RuntimeApiHandle};
use serde_json::Value;
use support::{World, acw_for, moto_endpoint};

const LOCALHOST: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 0);
/// The invocation deadline handed to the function (Lambda's configured timeout).
const INVOKE_TIMEOUT: Duration = Duration::from_secs(60);

struct Options {
    binary: PathBuf,
    cold_starts: usize,
    first_events: usize,
    warm_events: usize,
    burst_instances: usize,
    burst_events: usize,
}

impl Options {
    fn from_args() -> Result<Self, String> {
        let mut options = Options {
            binary: PathBuf::new(),
            cold_starts: 30,
            first_events: 20,
            warm_events: 1_000,
            burst_instances: 32,
            burst_events: 1_000,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let mut number = || -> Result<usize, String> {
                args.next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| format!("{arg} needs a number"))
            };
            match arg.as_str() {
                "--cold-starts" => options.cold_starts = number()?,
                "--first-events" => options.first_events = number()?,
                "--events" => options.warm_events = number()?,
                "--instances" => options.burst_instances = number()?,
                "--burst-events" => options.burst_events = number()?,
                "--bench" => {} // what `cargo bench` passes
                path if !path.starts_with("--") => options.binary = PathBuf::from(path),
                other => return Err(format!("unknown argument {other}")),
            }
        }
        if options.binary.as_os_str().is_empty() {
            return Err("usage: lambda BINARY [--cold-starts N] [--first-events N] [--events N] [--instances N] [--burst-events N]".into());
        }
        Ok(options)
    }
}

/// Remote calls as the stand-ins counted them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Calls {
    dynamodb: u64,
    secrets_manager: u64,
    oauth: u64,
    genesys: u64,
    crm: u64,
}

impl Calls {
    fn since(self, before: Calls) -> Calls {
        Calls {
            dynamodb: self.dynamodb - before.dynamodb,
            secrets_manager: self.secrets_manager - before.secrets_manager,
            oauth: self.oauth - before.oauth,
            genesys: self.genesys - before.genesys,
            crm: self.crm - before.crm,
        }
    }

    /// Per service, the larger of the two counts.
    fn max(self, other: Calls) -> Calls {
        Calls {
            dynamodb: self.dynamodb.max(other.dynamodb),
            secrets_manager: self.secrets_manager.max(other.secrets_manager),
            oauth: self.oauth.max(other.oauth),
            genesys: self.genesys.max(other.genesys),
            crm: self.crm.max(other.crm),
        }
    }

    fn describe(self) -> String {
        format!(
            "{} / {} / {} / {} / {}",
            self.dynamodb, self.secrets_manager, self.oauth, self.genesys, self.crm
        )
    }
}

/// Fresh tables, secret and simulator, with moto behind a counting, timing proxy.
struct Stage {
    world: World,
    aws: AwsProxyHandle,
    binary: PathBuf,
}

impl Stage {
    async fn new(binary: &std::path::Path) -> Self {
        let world = World::new().await;
        let aws = aws_proxy::spawn(moto_endpoint(), LOCALHOST)
            .await
            .expect("start the AWS proxy");
        Self {
            world,
            aws,
            binary: binary.to_path_buf(),
        }
    }

    /// The binary with the environment Lambda would give it, and ours from template.yaml.
    fn start(&self, runtime: &RuntimeApiHandle, overrides: &[(&str, &str)]) -> Child {
        Command::new(&self.binary)
            .env_clear()
            .envs(self.world.env(&[("FUNCTION_TIMEOUT_SECONDS", "60")]))
            .envs(overrides.iter().copied())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("AWS_ENDPOINT_URL", self.aws.url())
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ACCESS_KEY_ID", "testing")
            .env("AWS_SECRET_ACCESS_KEY", "testing")
            .env("AWS_SESSION_TOKEN", "testing")
            .env("AWS_LAMBDA_RUNTIME_API", runtime.runtime_api())
            .env("AWS_LAMBDA_FUNCTION_NAME", "genesys-summary")
            .env("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
            .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256")
            .env("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/genesys-summary")
            .env("AWS_LAMBDA_LOG_STREAM_NAME", "bench")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.binary.display()))
    }

    fn calls(&self) -> Calls {
        let sim = &self.world.sim.sim;
        Calls {
            dynamodb: self.aws.proxy.count("DynamoDB"),
            secrets_manager: self.aws.proxy.count("secretsmanager"),
            oauth: sim.requests("oauth"),
            genesys: ["summaries", "onDemand", "agentAssist", "sentiment"]
                .iter()
                .map(|route| sim.requests(route))
                .sum(),
            crm: sim.requests("crm"),
        }
    }

    /// Time the stand-ins have spent serving requests so far.
    fn service_time(&self) -> Duration {
        self.aws.proxy.service_time().total() + self.world.sim.sim.service_time().total()
    }
}

async fn runtime_api() -> RuntimeApiHandle {
    runtime_api::spawn(LOCALHOST)
        .await
        .expect("start the Runtime API stand-in")
}

fn new_event() -> Value {
    acw_for(&uuid::Uuid::new_v4().to_string())
}

fn outcome_name(completed: &Completed) -> String {
    match &completed.outcome {
        Outcome::Response(body) => serde_json::from_slice::<Value>(body)
            .ok()
            .and_then(|v| v.get("outcome").and_then(Value::as_str).map(str::to_string))
            .unwrap_or_else(|| "unreadable response".into()),
        Outcome::Error { body, .. } => {
            let error_type = serde_json::from_slice::<Value>(body).ok().and_then(|v| {
                v.get("errorType")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            });
            format!("error {}", error_type.as_deref().unwrap_or("(untyped)"))
        }
    }
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// CPU time (user, system) a live process has used so far; `/proc` counts in clock ticks of
/// 10 ms, fine enough over a thousand events.
fn cpu_time(pid: u32) -> Option<(Duration, Duration)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses and may contain spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    Some((
        Duration::from_millis(ticks(11)? * 10),
        Duration::from_millis(ticks(12)? * 10),
    ))
}

/// Peak resident set size of a live process (`VmHWM`), in kB.
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

/// Nearest-rank percentile of sorted samples.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn row(figure: &str, value: &str, target: &str) {
    println!("| {figure} | {value} | {target} |");
}

/// Cold start (figure 1): exec -> first `next` poll, one fresh stand-in per start.
async fn cold_starts(stage: &Stage, runs: usize) {
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let runtime = runtime_api().await;
        let started = Instant::now();
        let child = stage.start(&runtime, &[]);
        let polled = runtime.api.first_poll(Duration::from_secs(10)).await;
        stop(child);
        let polled = polled.expect("the function never polled for an event");
        samples.push(polled.duration_since(started));
    }
    samples.sort();
    row(
        &format!("cold start: exec -> first poll ({runs} starts)"),
        &format!(
            "median {}, max {}",
            ms(percentile(&samples, 50.0)),
            ms(samples[samples.len() - 1])
        ),
        "median <= 10 ms",
    );
}

/// Figures 2-4, one instance: the first event with empty caches, then `events` warm ones.
async fn warm_run(stage: &Stage, events: usize) {
    let runtime = runtime_api().await;
    let child = stage.start(&runtime, &[]);
    let pid = child.id();

    let before = stage.calls();
    let first = runtime
        .api
        .enqueue(&new_event(), INVOKE_TIMEOUT)
        .await
        .expect("first event answered");
    assert_eq!(outcome_name(&first), "synced", "first event");
    let cold_calls = stage.calls().since(before);

    let mut latencies = Vec::with_capacity(events);
    let mut own = Vec::with_capacity(events);
    let mut worst_calls = Calls::default();
    let before_all = stage.calls();
    let mut outcomes: HashMap<String, usize> = HashMap::new();
    let cpu_before = cpu_time(pid);
    for _ in 0..events {
        let (calls_before, served_before) = (stage.calls(), stage.service_time());
        let done = runtime
            .api
            .enqueue(&new_event(), INVOKE_TIMEOUT)
            .await
            .expect("event answered");
        let served = stage.service_time() - served_before;
        let calls = stage.calls().since(calls_before);
        worst_calls = worst_calls.max(calls);
        *outcomes.entry(outcome_name(&done)).or_default() += 1;
        latencies.push(done.latency());
        own.push(done.latency().saturating_sub(served));
    }
    let warm_calls = stage.calls().since(before_all);
    let per_event = |d: Duration| d / events as u32;
    let cpu = cpu_before
        .zip(cpu_time(pid))
        .map(|(a, b)| (per_event(b.0 - a.0), per_event(b.1 - a.1)));
    let rss = peak_rss_kb(pid);
    stop(child);

    latencies.sort();
    own.sort();
    let spread = |s: &[Duration]| {
        format!(
            "p50 {}, p95 {}, p99 {}, max {}",
            ms(percentile(s, 50.0)),
            ms(percentile(s, 95.0)),
            ms(percentile(s, 99.0)),
            ms(s[s.len() - 1])
        )
    };
    row(
        "calls for the first event, empty caches: DynamoDB / Secrets Manager / OAuth / Genesys / CRM",
        &cold_calls.describe(),
        "",
    );
    row(
        &format!("warm event latency, handed out -> answered ({events} events, {outcomes:?})"),
        &spread(&latencies),
        "",
    );
    row(
        "warm event: own share (latency minus stand-in service time)",
        &spread(&own),
        "p50 <= 1 ms, p99 <= 3 ms",
    );
    row(
        "warm event: CPU time of the function process, mean",
        &cpu.map_or("unavailable".into(), |(user, system)| {
            format!("{} user + {} system", ms(user), ms(system))
        }),
        "",
    );
    let n = events as f64;
    row(
        "warm event calls, mean (max): DynamoDB / Secrets Manager / OAuth / Genesys / CRM",
        &format!(
            "{:.2} ({}) / {:.2} ({}) / {:.2} ({}) / {:.2} ({}) / {:.2} ({})",
            warm_calls.dynamodb as f64 / n,
            worst_calls.dynamodb,
            warm_calls.secrets_manager as f64 / n,
            worst_calls.secrets_manager,
            warm_calls.oauth as f64 / n,
            worst_calls.oauth,
            warm_calls.genesys as f64 / n,
            worst_calls.genesys,
            warm_calls.crm as f64 / n,
            worst_calls.crm,
        ),
        "DynamoDB <= 2, Secrets Manager 0, OAuth 0",
    );
    row(
        &format!("peak RSS over {} events (VmHWM)", events + 1),
        &rss.map_or("unavailable".into(), |kb| {
            format!("{:.1} MB", kb as f64 / 1024.0)
        }),
        "<= 30 MB",
    );
}

/// Figure 1, second half: exec -> first response, the token already in the DynamoDB cache (the warm run put it
/// there), one fresh instance per run with the event waiting.
async fn first_events(stage: &Stage, runs: usize) {
    let mut totals = Vec::with_capacity(runs);
    let mut served = Vec::with_capacity(runs);
    let mut calls_seen = HashSet::new();
    for _ in 0..runs {
        let runtime = runtime_api().await;
        let answered = runtime.api.enqueue(&new_event(), INVOKE_TIMEOUT);
        let (calls_before, served_before) = (stage.calls(), stage.service_time());
        let started = Instant::now();
        let child = stage.start(&runtime, &[]);
        let done = answered.await.expect("first event answered");
        stop(child);
        assert_eq!(outcome_name(&done), "synced", "first event of an instance");
        let total = done.answered.duration_since(started);
        totals.push(total);
        served.push(stage.service_time() - served_before);
        calls_seen.insert(stage.calls().since(calls_before).describe());
    }
    totals.sort();
    served.sort();
    // The secret and token prefetch overlaps the event's own calls, so the stand-ins' summed
    // service time is not subtracted here: it can exceed the wall time.
    row(
        &format!("cold start: exec -> first response, token in the DynamoDB cache ({runs} starts)"),
        &format!(
            "median {}, max {}; stand-ins' service time in it (summed, calls overlap) median {}",
            ms(percentile(&totals, 50.0)),
            ms(totals[totals.len() - 1]),
            ms(percentile(&served, 50.0))
        ),
        "<= 30 ms",
    );
    let mut calls_seen: Vec<_> = calls_seen.into_iter().collect();
    calls_seen.sort();
    row(
        "calls for that first event: DynamoDB / Secrets Manager / OAuth / Genesys / CRM",
        &calls_seen.join("; "),
        "",
    );
}

/// Genesys allows 300 calls a minute per token; the burst scales that to a second so that it bites
/// within a run of a minute or two.
const BURST_RATE_LIMIT: RateLimit = RateLimit {
    requests: 25,
    window: Duration::from_secs(1),
};

/// The burst (figure 6): `instances` cold instances at once, sharing `events` events plus one
/// re-delivery in ten, against a Genesys that allows [`BURST_RATE_LIMIT`] per token. A failed
/// invocation is delivered again after a second, at most twice, as Lambda retries asynchronous
/// invocations.
async fn burst(binary: &std::path::Path, instances: usize, events: usize) {
    let stage = Stage::new(binary).await;
    stage.world.sim.sim.set_rate_limit(Some(BURST_RATE_LIMIT));
    let runtime = Arc::new(runtime_api().await);
    let mut deliveries: Vec<Value> = (0..events).map(|_| new_event()).collect();
    for i in 0..events / 10 {
        deliveries.push(deliveries[(i * 7919) % events].clone());
    }
    fastrand::seed(5);
    fastrand::shuffle(&mut deliveries);
    let delivery_count = deliveries.len();

    let started = Instant::now();
    let children: Vec<Child> = (0..instances).map(|_| stage.start(&runtime, &[])).collect();
    let tasks: Vec<_> = deliveries
        .into_iter()
        .map(|event| {
            let runtime = runtime.clone();
            tokio::spawn(async move {
                let mut attempts = Vec::new();
                for attempt in 0..3 {
                    if attempt > 0 {
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                    let done = runtime
                        .api
                        .enqueue(&event, INVOKE_TIMEOUT)
                        .await
                        .expect("event answered");
                    let failed = matches!(done.outcome, Outcome::Error { .. });
                    attempts.push(done);
                    if !failed {
                        break;
                    }
                }
                attempts
            })
        })
        .collect();
    let mut outcomes: HashMap<String, usize> = HashMap::new();
    let mut last = started;
    for task in tasks {
        for done in task.await.expect("delivery task") {
            last = last.max(done.answered);
            *outcomes.entry(outcome_name(&done)).or_default() += 1;
        }
    }
    let total = last.duration_since(started);
    for child in children {
        stop(child);
    }

    let snapshot = stage.world.sim.sim.snapshot();
    let keys: HashSet<_> = snapshot
        .crm_posts
        .iter()
        .filter_map(|p| p.idempotency_key.clone())
        .collect();
    let conversations: HashSet<_> = snapshot
        .crm_posts
        .iter()
        .filter_map(|p| {
            p.body
                .get("interactionId")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .collect();
    let duplicates = snapshot.crm_posts.len() - keys.len().min(snapshot.crm_posts.len());
    let calls = stage.calls();
    let mut outcomes: Vec<_> = outcomes.into_iter().collect();
    outcomes.sort();
    row(
        &format!(
            "burst: {instances} cold instances, {events} events + {} re-deliveries ({delivery_count} in all), Genesys limit {} calls per {:?} per token",
            delivery_count - events,
            BURST_RATE_LIMIT.requests,
            BURST_RATE_LIMIT.window
        ),
        &format!(
            "OAuth calls {}, 429s {}, events completed {} of {events} (CRM posts for {} conversations), duplicate CRM posts {duplicates}, total {:.2} s; invocations {outcomes:?}; DynamoDB {} / Secrets Manager {} calls",
            calls.oauth,
            snapshot.rate_limited,
            keys.len(),
            conversations.len(),
            total.as_secs_f64(),
            calls.dynamodb,
            calls.secrets_manager,
        ),
        "OAuth 1, duplicates 0",
    );
}

/// What an invalid configuration does at start: the error Lambda is told, and how fast.
async fn invalid_configuration(stage: &Stage) {
    let runtime = runtime_api().await;
    let started = Instant::now();
    let mut child = stage.start(&runtime, &[("CRM_WEBHOOK_URL", "not a url")]);
    let mut status = None;
    while started.elapsed() < Duration::from_secs(5) {
        if let Ok(Some(exit)) = child.try_wait() {
            status = Some(exit.code());
            break;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let elapsed = started.elapsed();
    stop(child); // already gone unless it hung

    let reported = runtime.api.init_error(Duration::ZERO).await;
    let report = match reported {
        Some(e) => format!(
            "/init/error {} {}",
            e.error_type.unwrap_or_default(),
            String::from_utf8_lossy(&e.body)
        ),
        None => "no /init/error report".into(),
    };
    row(
        "invalid configuration at start (CRM_WEBHOOK_URL=\"not a url\")",
        &format!(
            "{report}; exit status {status:?} after {}; polls {}",
            ms(elapsed),
            runtime.api.polls()
        ),
        "",
    );
}

#[tokio::main]
async fn main() {
    let options = match Options::from_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    let stage = Stage::new(&options.binary).await;
    cold_starts(&stage, options.cold_starts).await;
    warm_run(&stage, options.warm_events).await;
    first_events(&stage, options.first_events).await;
    invalid_configuration(&stage).await;
    drop(stage);
    // moto keeps every table; start the burst on an empty backend.
    reqwest::Client::new()
        .post(format!("{}/moto-api/reset", moto_endpoint()))
        .send()
        .await
        .expect("reset moto");
    burst(
        &options.binary,
        options.burst_instances,
        options.burst_events,
    )
    .await;
}
