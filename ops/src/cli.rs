//! The command line. AWS is configured as for the AWS CLI (`AWS_PROFILE`, `AWS_REGION`, ...);
//! the names of the stack's resources come from flags or the environment variables the stack's
//! outputs are named after.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use genesys_summary_lambda::domain::event::TriggerKind;
use genesys_summary_lambda::domain::ids::{ConversationId, OrgId};

use crate::backfill::Backfill;
use crate::clients::{self, GenesysAccess};
use crate::replay::Replay;
use crate::{OpsError, audit};

#[derive(Debug, Parser)]
#[command(
    name = "summary-ops",
    about = "Operations for genesys-summary-lambda: replay failed events, read a conversation's audit trail, backfill summaries",
    after_help = "AWS credentials and region come from the environment, as for the AWS CLI."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Send the events in the failed-events queue through the function again.
    Replay(ReplayArgs),
    /// Show a conversation's claims and audit records.
    Audit(AuditArgs),
    /// Summaries for conversations the stack never heard of (before it was deployed, an outage).
    Backfill(BackfillArgs),
}

#[derive(Debug, Args)]
struct ReplayArgs {
    /// The failed-events queue (the stack's output FailedEventsQueueUrl).
    #[arg(long, env = "FAILED_EVENTS_QUEUE_URL")]
    queue_url: String,
    /// The summary function (the stack's output FunctionName).
    #[arg(long, env = "FUNCTION_NAME")]
    function: String,
    /// Read and recognise the messages; invoke nothing, delete nothing.
    #[arg(long)]
    dry_run: bool,
    /// Handle at most this many messages.
    #[arg(long)]
    limit: Option<usize>,
}

#[derive(Debug, Args)]
struct AuditArgs {
    /// The Genesys Cloud conversation id.
    conversation_id: String,
    /// The conversation's org, when the stack serves several (`GENESYS_ORGS`).
    #[arg(long)]
    org: Option<String>,
    /// The audit table (the stack's output AuditTableName).
    #[arg(long, env = "AUDIT_TABLE_NAME")]
    table: String,
    /// Print the items as JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct BackfillArgs {
    /// The summary function (the stack's output FunctionName).
    #[arg(long, env = "FUNCTION_NAME")]
    function: String,
    /// A file of conversation ids, one per line (`-` reads them from standard input).
    #[arg(long, conflicts_with_all = ["since", "until"], required_unless_present = "since")]
    conversations: Option<PathBuf>,
    /// With --until: every conversation that started in this window (RFC 3339 times).
    #[arg(long, requires = "until")]
    since: Option<String>,
    #[arg(long, requires = "since")]
    until: Option<String>,
    /// The events to build: acw (one per agent) and/or customer.end.
    #[arg(long, value_delimiter = ',', default_value = "acw")]
    triggers: Vec<String>,
    /// The conversations' org, when the stack serves several (`GENESYS_ORGS`): the events name
    /// it as the org's own do. The secret and region are then that org's.
    #[arg(long)]
    org: Option<String>,
    /// The Secrets Manager secret the function uses (GENESYS_SECRET_ID).
    #[arg(long, env = "GENESYS_SECRET_ID")]
    secret_id: String,
    /// The token table (the stack's output TokenTableName): the function's cached token is used.
    #[arg(long, env = "TOKEN_TABLE_NAME")]
    token_table: String,
    /// The Genesys Cloud domain, e.g. mypurecloud.com (or both base URLs below).
    #[arg(long, env = "GENESYS_REGION", required_unless_present = "api_base_url")]
    genesys_region: Option<String>,
    #[arg(long, env = "GENESYS_API_BASE_URL", requires = "login_base_url")]
    api_base_url: Option<String>,
    #[arg(long, env = "GENESYS_LOGIN_BASE_URL")]
    login_base_url: Option<String>,
    /// Print the events that would be sent; invoke nothing.
    #[arg(long)]
    dry_run: bool,
}

/// Parses `args` (the program name first) and runs the command, writing to `out`. Argument
/// errors and `--help` print clap's text and end the run as clap says.
pub async fn run<I, T>(args: I, out: &mut dyn Write) -> Result<(), OpsError>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => {
            write!(out, "{error}")?;
            return Ok(());
        }
        Err(error) => return Err(OpsError::Input(error.to_string())),
    };
    let http = clients::http()?;
    let aws = clients::aws(&http).await;
    match cli.command {
        Command::Replay(args) => replay(args, &aws, out).await,
        Command::Audit(args) => {
            let dynamodb = aws_sdk_dynamodb::Client::new(&aws);
            let partition = audit::partition(&args.conversation_id, org(args.org.as_deref())?)?;
            let items = audit::trail(&dynamodb, &args.table, &partition).await?;
            if args.json {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&items).unwrap_or_default()
                )?;
            } else {
                audit::write_table(out, &args.conversation_id, &items)?;
            }
            Ok(())
        }
        Command::Backfill(args) => backfill(args, &http, &aws, out).await,
    }
}

async fn replay(
    args: ReplayArgs,
    aws: &aws_config::SdkConfig,
    out: &mut dyn Write,
) -> Result<(), OpsError> {
    let (sqs, lambda) = (
        aws_sdk_sqs::Client::new(aws),
        aws_sdk_lambda::Client::new(aws),
    );
    let replay = Replay {
        sqs: &sqs,
        lambda: &lambda,
        queue_url: &args.queue_url,
        function: &args.function,
        dry_run: args.dry_run,
        limit: args.limit,
    };
    replay.run(out).await.map(|_| ())
}

async fn backfill(
    args: BackfillArgs,
    http: &reqwest::Client,
    aws: &aws_config::SdkConfig,
    out: &mut dyn Write,
) -> Result<(), OpsError> {
    let triggers = triggers(&args.triggers)?;
    let org = org(args.org.as_deref())?;
    let access = genesys_access(&args, org.as_ref())?;
    let genesys = clients::genesys(http, aws, &access);
    let lambda = aws_sdk_lambda::Client::new(aws);
    let backfill = Backfill {
        genesys: &genesys,
        lambda: &lambda,
        function: &args.function,
        triggers: &triggers,
        org: org.as_ref(),
        dry_run: args.dry_run,
    };
    let conversations = match (&args.conversations, &args.since, &args.until) {
        (Some(path), _, _) => read_ids(path)?,
        (None, Some(since), Some(until)) => {
            let ids = backfill
                .conversations_between(time(since)?, time(until)?)
                .await?;
            writeln!(
                out,
                "{} conversations started between {since} and {until}",
                ids.len()
            )?;
            ids
        }
        _ => {
            return Err(OpsError::Input(
                "--conversations or --since and --until are required".to_string(),
            ));
        }
    };
    backfill.run(&conversations, out).await.map(|_| ())
}

/// The secret, hosts and token table backfill reads Genesys with.
fn genesys_access(args: &BackfillArgs, org: Option<&OrgId>) -> Result<GenesysAccess, OpsError> {
    // A single-org GENESYS_SECRET_ID left in the environment would search the wrong org and
    // label its conversations as this one's.
    if org.is_some() && std::env::var("GENESYS_SECRET_ID").ok().as_ref() == Some(&args.secret_id) {
        return Err(OpsError::Input(
            "with --org, give that org's secret as --secret-id (GENESYS_SECRET_ID in the environment is a single-org setting)"
                .to_string(),
        ));
    }
    let (api_base_url, login_base_url) = match (
        &args.api_base_url,
        &args.login_base_url,
        &args.genesys_region,
    ) {
        (Some(api), Some(login), _) => (
            api.trim_end_matches('/').to_string(),
            login.trim_end_matches('/').to_string(),
        ),
        (_, _, Some(domain)) => genesys_summary_lambda::config::genesys_base_urls(domain),
        _ => {
            return Err(OpsError::Input(
                "--genesys-region or both base URLs are required".to_string(),
            ));
        }
    };
    Ok(GenesysAccess {
        secret_id: args.secret_id.clone(),
        api_base_url,
        login_base_url,
        token_table: args.token_table.clone(),
    })
}

fn triggers(names: &[String]) -> Result<Vec<TriggerKind>, OpsError> {
    names
        .iter()
        .map(|name| match TriggerKind::from_config_name(name) {
            Some(kind @ (TriggerKind::AfterCallWork | TriggerKind::CustomerEnd)) => Ok(kind),
            _ => Err(OpsError::Input(format!(
                "--triggers entry '{name}' must be acw or customer.end"
            ))),
        })
        .collect()
}

fn org(text: Option<&str>) -> Result<Option<OrgId>, OpsError> {
    text.map(OrgId::parse)
        .transpose()
        .map_err(|e| OpsError::Input(format!("--org {e}")))
}

fn time(text: &str) -> Result<chrono::DateTime<chrono::Utc>, OpsError> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|e| OpsError::Input(format!("'{text}' is not an RFC 3339 time: {e}")))
}

/// Conversation ids, one per line; blank lines and `#` comments are skipped; every bad line is named.
fn read_ids(path: &PathBuf) -> Result<Vec<ConversationId>, OpsError> {
    let lines: Vec<String> = if path.as_os_str() == "-" {
        std::io::stdin().lock().lines().collect::<Result<_, _>>()?
    } else {
        std::fs::read_to_string(path)?
            .lines()
            .map(str::to_string)
            .collect()
    };
    let mut ids = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match ConversationId::parse(line) {
            Ok(id) => ids.push(id),
            Err(error) => problems.push(format!("line {}: {error}", n + 1)),
        }
    }
    if problems.is_empty() {
        Ok(ids)
    } else {
        Err(OpsError::Input(format!(
            "{}: {}",
            path.display(),
            problems.join("; ")
        )))
    }
}
