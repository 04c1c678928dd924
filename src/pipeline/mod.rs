//! The pipeline: parse -> claim -> validate -> generate -> verify -> sync -> commit
//! (docs/architecture.md, "The flow").
//!
//! Each stage is a function that returns its result or the [`Outcome`] that ends the run; the
//! outcome decides the audit event, the state the unit of work is left in, and the invocation's
//! result. The pipeline only sequences the stages, notes what they found for the audit record,
//! and commits.

pub mod generate;
pub mod orgs;
pub mod sync;

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;
use tracing::Instrument;

use crate::config::{Config, SentimentSource, ServedOrgs};
use crate::deadline::Deadline;
use crate::domain::audit::{AuditRecord, StageLatency, ValidationFlags};
use crate::domain::event::{self, EventError, GenesysEvent, ParsedEvent, Pushed, RecordKeys};
use crate::domain::ids::{ConversationId, LanguageTag, OrgId, UserId};
use crate::domain::outcome::{AuditEvent, Outcome, Rejection, Violation};
use crate::domain::request::{SummaryRequest, TranscriptCheck};
use crate::domain::summary::{Summary, SummaryOrigin};
use crate::domain::validate::validate;
use crate::domain::verify::{VerificationFlags, Verified, Verifier};
use crate::domain::work::{WorkState, WorkUnit};
use crate::ports::DependencyError;
use crate::ports::crm::CrmSink;
use crate::ports::genesys::GenesysApi;
use crate::ports::sentiment::{InProcessOnly, SentimentAnalysis};
use crate::ports::work_store::{Claim, Completion, Resume, WorkStore};
use generate::{Generated, generate};
use orgs::{Org, Orgs, Route};
use sync::{PayloadContext, build_payload, idempotency_key};

/// One invocation's context, from the Lambda runtime.
#[derive(Debug, Clone)]
pub struct Invocation {
    pub request_id: String,
    pub deadline: Deadline,
}

/// How an invocation ended: the outcome and the conversation and agent it was about.
#[derive(Debug, Clone, PartialEq)]
pub struct Handled {
    pub outcome: Outcome,
    /// The org the unit belongs to, when the deployment serves several.
    pub org_id: Option<OrgId>,
    pub conversation_id: Option<ConversationId>,
    pub agent_id: Option<UserId>,
}

impl Handled {
    fn new(outcome: Outcome, unit: Option<WorkUnit>) -> Self {
        let (org_id, conversation_id, agent_id) = match unit {
            Some(unit) => (unit.org_id, Some(unit.conversation_id), unit.agent_id),
            None => (None, None, None),
        };
        Self {
            outcome,
            org_id,
            conversation_id,
            agent_id,
        }
    }

    /// Lambda's view: success for the rows that end the event, an error for the rows that ask
    /// Lambda to retry it.
    fn into_result(self) -> Result<Handled, HandlerError> {
        if self.outcome.fails_invocation() {
            Err(HandlerError(Box::new(self)))
        } else {
            Ok(self)
        }
    }

    /// The conversation and scope, for messages.
    fn subject(&self) -> String {
        let conversation = self
            .conversation_id
            .as_ref()
            .map_or("(unknown)", ConversationId::as_str);
        let scope = self
            .agent_id
            .as_ref()
            .map_or("conversation", UserId::as_str);
        match &self.org_id {
            Some(org) => format!("conversation {conversation} ({scope}) of org {org}"),
            None => format!("conversation {conversation} ({scope})"),
        }
    }
}

/// The successful invocation result, as Lambda returns it:
/// `{"outcome", "orgId", "conversationId", "agentId", "auditEvent", "detail"}`.
impl Serialize for Handled {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Wire<'a> {
            outcome: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            org_id: Option<&'a OrgId>,
            #[serde(skip_serializing_if = "Option::is_none")]
            conversation_id: Option<&'a ConversationId>,
            #[serde(skip_serializing_if = "Option::is_none")]
            agent_id: Option<&'a UserId>,
            #[serde(skip_serializing_if = "Option::is_none")]
            audit_event: Option<AuditEvent>,
            #[serde(skip_serializing_if = "Option::is_none")]
            detail: Option<String>,
        }
        Wire {
            outcome: self.outcome.name(),
            org_id: self.org_id.as_ref(),
            conversation_id: self.conversation_id.as_ref(),
            agent_id: self.agent_id.as_ref(),
            audit_event: self.outcome.audit_event(),
            detail: self.outcome.reason(),
        }
        .serialize(serializer)
    }
}

/// A failed invocation: Lambda retries it, then hands the event to the on-failure destination.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", describe_failure(&self.0))]
pub struct HandlerError(pub Box<Handled>);

impl HandlerError {
    pub fn outcome(&self) -> &Outcome {
        &self.0.outcome
    }
}

fn describe_failure(handled: &Handled) -> String {
    let subject = handled.subject();
    match &handled.outcome {
        Outcome::InProgressElsewhere { lease_until_ms } => format!(
            "{subject} is being processed by another invocation until {lease_until_ms}; retry later"
        ),
        Outcome::Pending { reason } => format!("summary for {subject} not ready: {reason}"),
        Outcome::GenerationFailed { reason } => {
            format!("summary generation failed for {subject}: {reason}")
        }
        Outcome::SyncFailed { reason, .. } => format!("CRM sync failed for {subject}: {reason}"),
        Outcome::StoreUnavailable { reason } => format!("audit store unavailable: {reason}"),
        other => other.reason().unwrap_or_default(),
    }
}

/// The stages and the ports they use. `G` and `C` are one org's Genesys client and CRM sink
/// ([`Orgs`] holds one pair per org served); `S` is the sentiment analyser outside the process
/// (Comprehend), when one is configured; [`InProcessOnly`] when the built-in lexicons are used.
pub struct Pipeline<G, C, W, S = InProcessOnly> {
    config: Arc<Config>,
    orgs: Orgs<G, C>,
    work: W,
    verifier: Verifier,
    sentiment: Option<S>,
}

/// A claimed unit of work on its way through the stages.
struct Job<'a, G, C> {
    /// The adapters of the org the event came from.
    org: &'a Org<G, C>,
    event: &'a GenesysEvent,
    unit: &'a WorkUnit,
    invocation: &'a Invocation,
    claim_id: &'a str,
    attempt: u32,
    /// 1, and one more for each agent's edit synced after the first.
    revision: u32,
    idempotency_key: String,
}

/// What the stages found on the way, for the audit record.
#[derive(Default)]
struct Trail {
    latency: StageLatency,
    transcript: Option<TranscriptCheck>,
    genesys_correlation_id: Option<String>,
    summary_id: Option<String>,
    summary_source: Option<SummaryOrigin>,
    summary_language: Option<LanguageTag>,
    /// The version of the summary text handled (`Summary::version`).
    summary_version: Option<String>,
    on_demand_summary_id: Option<String>,
    verification: Option<VerificationFlags>,
    /// The post went to the review webhook.
    review_webhook: bool,
}

impl Trail {
    /// Notes what generate found for the audit record, and hands on the summary.
    fn note_generated(&mut self, generated: Generated) -> Summary {
        self.genesys_correlation_id = generated.genesys_correlation_id;
        self.on_demand_summary_id = generated.on_demand_summary_id;
        let summary = generated.summary;
        self.summary_id = summary.summary_id.clone();
        self.summary_source = Some(summary.origin);
        self.summary_language = summary.language.clone();
        self.summary_version = Some(summary.version());
        summary
    }
}

/// The version of an agent's edit of a summary the CRM already has: a summaries push that Genesys
/// published again after the edit (`lastEditedBy`), with a text the CRM does not have. A push
/// without an edit, or of a text already synced, is a re-delivery.
fn edited_version(event: &GenesysEvent, state: WorkState, synced: &[String]) -> Option<String> {
    let Some(Pushed::Summary(summary)) = &event.pushed else {
        return None;
    };
    let version = summary.version();
    (state == WorkState::Completed && summary.edited && !synced.contains(&version))
        .then_some(version)
}

/// The version of the text a summaries push carries.
fn pushed_version(event: &GenesysEvent) -> Option<String> {
    match &event.pushed {
        Some(Pushed::Summary(summary)) => Some(summary.version()),
        _ => None,
    }
}

fn millis(elapsed: Duration) -> Option<u64> {
    Some(elapsed.as_millis() as u64)
}

impl<G: GenesysApi, C: CrmSink, W: WorkStore> Pipeline<G, C, W> {
    /// A pipeline for one org: the configuration's single org ([`ServedOrgs::Single`]).
    pub fn new(config: Arc<Config>, genesys: G, crm: C, work: W, verifier: Verifier) -> Self {
        let review_webhook = match &config.orgs {
            ServedOrgs::Single(org) => org.crm_review_webhook_url.is_some(),
            ServedOrgs::Several(_) => false,
        };
        let org = Org {
            genesys,
            crm,
            review_webhook,
            single_org_keys: false,
        };
        Self::serving(config, Orgs::Single(org), work, verifier)
    }

    /// A pipeline for `orgs`: one, or several routed by the event's org.
    pub fn serving(config: Arc<Config>, orgs: Orgs<G, C>, work: W, verifier: Verifier) -> Self {
        Self {
            config,
            orgs,
            work,
            verifier,
            sentiment: None,
        }
    }
}

impl<G: GenesysApi, C: CrmSink, W: WorkStore, S: SentimentAnalysis> Pipeline<G, C, W, S> {
    /// Reads the summary's sentiment with `analyser` (when `Some`) instead of the built-in
    /// lexicons.
    pub fn with_sentiment_analysis<T: SentimentAnalysis>(
        self,
        analyser: Option<T>,
    ) -> Pipeline<G, C, W, T> {
        Pipeline {
            config: self.config,
            orgs: self.orgs,
            work: self.work,
            verifier: self.verifier,
            sentiment: analyser,
        }
    }

    pub async fn handle(
        &self,
        raw: &Value,
        invocation: &Invocation,
    ) -> Result<Handled, HandlerError> {
        let handled = match event::parse(raw, &self.config.triggers) {
            Ok(ParsedEvent::Supported(event)) => match self.orgs.route(event.org_id.as_ref()) {
                Some(route) => {
                    let span = tracing::info_span!("work", org = route.unit_org.map(OrgId::as_str), conversation_id = %event.conversation_id, agent = event.agent_id.as_ref().map_or("conversation", UserId::as_str), trigger = event.kind.name());
                    self.run(&event, route, invocation).instrument(span).await
                }
                None => self.record_unknown_org(&event, invocation).await,
            },
            Ok(ParsedEvent::Ignored {
                detail_type,
                reason,
            }) => {
                tracing::info!(detail_type, reason, "event ignored");
                Handled::new(
                    Outcome::Ignored {
                        detail_type,
                        reason,
                    },
                    None,
                )
            }
            Err(error) if error.is_envelope_error() => {
                tracing::error!(%error, "not an EventBridge event");
                let reason = error.to_string();
                Handled::new(Outcome::MalformedEnvelope { reason }, None)
            }
            Err(error) => self.record_unreadable(error, invocation).await,
        };
        handled.into_result()
    }

    /// A supported topic whose body cannot be read: audited as rejected under the event's id
    /// (retrying cannot fix it); a re-delivery finds the record and is a duplicate.
    async fn record_unreadable(&self, error: EventError, invocation: &Invocation) -> Handled {
        tracing::warn!(%error, "malformed Genesys event rejected");
        let violations = error
            .problems
            .iter()
            .map(|p| Violation {
                rule: "event.schema",
                message: p.clone(),
            })
            .collect();
        let rejection = Rejection { violations };
        let record = unreadable_record(&error, &rejection, invocation);
        let outcome = self
            .record_event(&record, Outcome::Unreadable(rejection))
            .await;
        // With several orgs the result names the org, as the record does.
        let org_id = match self.orgs {
            Orgs::Several(_) => error.org_id,
            Orgs::Single(_) => None,
        };
        let unit = error.conversation_id.map(|conversation_id| WorkUnit {
            org_id,
            conversation_id,
            agent_id: error.agent_id,
        });
        Handled::new(outcome, unit)
    }

    /// An event from an org this deployment does not serve: audited as rejected under the
    /// event's id, never claimed, never sent to Genesys or a CRM; a re-delivery is a duplicate.
    async fn record_unknown_org(&self, event: &GenesysEvent, invocation: &Invocation) -> Handled {
        let outcome = Outcome::UnknownOrg {
            org_id: event.org_id.clone(),
        };
        tracing::warn!(org = event.org_id.as_ref().map(OrgId::as_str), conversation_id = %event.conversation_id, "event from an org this deployment does not serve: rejected");
        let record = AuditRecord {
            error: outcome.reason(),
            ..event_record(event, AuditEvent::SummaryRejected, invocation)
        };
        let outcome = self.record_event(&record, outcome).await;
        Handled::new(outcome, Some(event.unit(event.org_id.as_ref())))
    }

    /// Writes the record of an event that has no unit of work: `outcome` when it is new, a
    /// duplicate when a delivery before this one wrote it.
    async fn record_event(&self, record: &AuditRecord, outcome: Outcome) -> Outcome {
        match self.work.record(record).await {
            Ok(true) => outcome,
            Ok(false) => Outcome::Duplicate {
                state: WorkState::Rejected,
            },
            Err(error) => Outcome::StoreUnavailable {
                reason: error.to_string(),
            },
        }
    }

    /// Claims the event's unit of work and, if this invocation owns it, runs the stages. A unit
    /// already synced is claimed again only for an agent's edit the CRM does not have yet.
    async fn run(
        &self,
        event: &GenesysEvent,
        route: Route<'_, G, C>,
        invocation: &Invocation,
    ) -> Handled {
        let unit = event.unit(route.unit_org);
        let claim_id = uuid::Uuid::new_v4().to_string();
        let lease_until_ms = invocation.deadline.invocation_end_epoch_ms();
        let outcome = match self.claim(event, &unit, &claim_id, lease_until_ms).await {
            Err(error) => Outcome::StoreUnavailable {
                reason: error.to_string(),
            },
            Ok(Claim::AlreadyDone { state, .. }) => {
                tracing::info!(
                    state = state.as_str(),
                    "duplicate delivery of finished work: nothing to do"
                );
                Outcome::Duplicate { state }
            }
            Ok(Claim::Busy { lease_until_ms }) => Outcome::InProgressElsewhere { lease_until_ms },
            Ok(Claim::Acquired {
                attempt,
                revision,
                resume,
            }) => {
                let version = match &resume {
                    Some(resume) => resume.version.clone(),
                    None => pushed_version(event),
                };
                let job = Job {
                    org: route.org,
                    event,
                    unit: &unit,
                    invocation,
                    claim_id: &claim_id,
                    attempt,
                    revision,
                    idempotency_key: idempotency_key(&unit, revision, version.as_deref()),
                };
                self.attempt_and_commit(&job, resume).await
            }
        };
        Handled::new(outcome, Some(unit))
    }

    /// Claims the unit; a synced unit is reopened for an agent's edit the CRM does not have.
    async fn claim(
        &self,
        event: &GenesysEvent,
        unit: &WorkUnit,
        claim_id: &str,
        lease_until_ms: u64,
    ) -> Result<Claim, DependencyError> {
        match self.work.claim(unit, claim_id, lease_until_ms).await? {
            Claim::AlreadyDone {
                state,
                synced_versions,
            } => match edited_version(event, state, &synced_versions) {
                Some(version) => {
                    tracing::info!(version, "an agent's edit of a synced summary: a revision");
                    self.work
                        .reopen(unit, claim_id, lease_until_ms, &version)
                        .await
                }
                None => Ok(Claim::AlreadyDone {
                    state,
                    synced_versions,
                }),
            },
            other => Ok(other),
        }
    }

    /// Runs the stages, then ends the claim and writes the audit record in one transaction. If
    /// that fails, the claim stays IN_PROGRESS until its lease ends and a retry takes it over.
    async fn attempt_and_commit(&self, job: &Job<'_, G, C>, resume: Option<Resume>) -> Outcome {
        let started = Instant::now();
        let mut trail = Trail::default();
        let outcome = match self.attempt(job, resume, &mut trail).await {
            Ok(finished) | Err(finished) => finished,
        };
        trail.latency.total_ms = started.elapsed().as_millis() as u64;
        let version = trail.summary_version.take();
        let record = job.audit_record(&outcome, trail);
        let completion = Completion {
            // Every row an attempt can end in has a state; FAILED (claimable again) is the safe one.
            state: outcome.work_state().unwrap_or(WorkState::Failed),
            record: &record,
            resume_payload: outcome.resume_payload(),
            version: version.as_deref(),
        };
        if let Err(error) = self.work.finish(job.unit, job.claim_id, completion).await {
            return Outcome::StoreUnavailable {
                reason: error.to_string(),
            };
        }
        tracing::info!(
            audit_event = record.event.as_str(),
            attempt = job.attempt,
            revision = job.revision,
            "work finished"
        );
        outcome
    }

    /// The stages in order; each returns its result or the outcome that ends the run.
    async fn attempt(
        &self,
        job: &Job<'_, G, C>,
        resume: Option<Resume>,
        trail: &mut Trail,
    ) -> Result<Outcome, Outcome> {
        let t = Instant::now();
        let request = validate(job.event, &self.config.request);
        trail.latency.validate_ms = millis(t.elapsed());
        let request = request?;
        trail.transcript = Some(request.transcript);

        let payload = match resume {
            Some(resume) => {
                tracing::info!(
                    "resuming with the verified payload of an earlier attempt; Genesys is not called again"
                );
                trail.summary_version = resume.version;
                resume.payload
            }
            None => self.generate_and_verify(job, &request, trail).await?,
        };

        // Known from verification; a resumed payload says it itself.
        let for_review = match &trail.verification {
            Some(flags) => flags.review.needed,
            None => sync::marked_for_review(&payload),
        };
        trail.review_webhook = for_review && job.org.review_webhook;
        let t = Instant::now();
        let synced = sync::sync(
            &job.org.crm,
            payload,
            &job.idempotency_key,
            for_review,
            &job.invocation.deadline,
        )
        .await;
        trail.latency.sync_ms = millis(t.elapsed());
        let webhook_status = synced?;
        Ok(Outcome::Synced { webhook_status })
    }

    /// Stages 2 and 3: the summary from Genesys, verified and serialised as the CRM payload.
    async fn generate_and_verify(
        &self,
        job: &Job<'_, G, C>,
        request: &SummaryRequest,
        trail: &mut Trail,
    ) -> Result<String, Outcome> {
        let deadline = &job.invocation.deadline;
        // The transcript sentiment does not depend on the summary: both are read at once, one
        // Genesys round trip per event instead of two. (When generation fails, the sentiment
        // read was for nothing; that is the rarer case.)
        let generate = async {
            let t = Instant::now();
            let generated = generate(
                &job.org.genesys,
                &self.config.summaries,
                job.event,
                request,
                deadline,
            )
            .await;
            (generated, t.elapsed())
        };
        let ((generated, generate_time), transcript_sentiment, record_keys) = tokio::join!(
            generate,
            self.transcript_sentiment(&job.org.genesys, &job.event.conversation_id, deadline),
            self.record_keys(&job.org.genesys, job.event, deadline)
        );
        trail.latency.generate_ms = millis(generate_time);
        let generated = generated?;
        let mut summary = trail.note_generated(generated);
        // The agent's own wrap-up goes out beside the summary, redacted like it.
        summary.applied_wrapup = job.event.applied_wrapup.clone();

        let t = Instant::now();
        let verified = self
            .verify(summary, request, transcript_sentiment, deadline)
            .await;
        trail.latency.verify_ms = millis(t.elapsed());
        trail.verification = Some(verified.flags.clone());
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        Ok(build_payload(
            &verified,
            &PayloadContext {
                unit: job.unit,
                trigger: job.event.kind,
                correlation_id: job.event.correlation_id.as_deref(),
                language: &request.language_code,
                summary_length: request.summary_length,
                tracking_id: &job.idempotency_key,
                revision: job.revision,
                fallback_generated_at: &now,
                record_keys: &record_keys,
                media_type: job.event.media_type.as_deref(),
                include_caller_numbers: self.config.crm.include_caller_numbers,
            },
        ))
    }

    /// Stage 3: redaction, sentiment (the built-in lexicons, or the analyser outside the
    /// process when one is configured), alignment, length, and whether to mark it for review.
    async fn verify(
        &self,
        summary: Summary,
        request: &SummaryRequest,
        transcript_sentiment: Option<f64>,
        deadline: &Deadline,
    ) -> Verified {
        let mut verified = self.verifier.verify(
            summary,
            &request.language_code,
            request.summary_length,
            transcript_sentiment,
        );
        if let Some(analyser) = &self.sentiment {
            let language = verified
                .summary
                .language()
                .unwrap_or(&request.language_code)
                .clone();
            let reading = analyser
                .read(verified.summary.text(), &language, deadline)
                .await
                .map_err(|error| {
                    tracing::warn!(%error, "summary sentiment unavailable; alignment reported as unknown");
                    error.to_string()
                });
            verified
                .flags
                .read_by_service(reading, transcript_sentiment);
        }
        verified.decide_review(self.config.crm.review_confidence_below);
        verified
    }

    /// The event's record keys, completed from one conversation GET when configured and the
    /// event names no external contact; a failure is logged and the event's keys are sent.
    async fn record_keys(
        &self,
        genesys: &G,
        event: &GenesysEvent,
        deadline: &Deadline,
    ) -> RecordKeys {
        let mut keys = event.record_keys.clone();
        if !self.config.crm.read_conversation || !keys.external_contact_ids.is_empty() {
            return keys;
        }
        match genesys.conversation(&event.conversation_id, deadline).await {
            Ok(conversation) => keys.fill_from(generate::record_keys(
                &conversation,
                event.agent_id.as_ref(),
            )),
            Err(error) => {
                tracing::warn!(%error, "conversation unavailable; the CRM gets the event's record keys")
            }
        }
        keys
    }

    /// Transcript sentiment when configured; a failure is logged and reported as unknown.
    async fn transcript_sentiment(
        &self,
        genesys: &G,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Option<f64> {
        if self.config.summaries.sentiment_source != SentimentSource::Genesys {
            return None;
        }
        match genesys
            .transcript_sentiment(conversation_id, deadline)
            .await
        {
            Ok(score) => score,
            Err(error) => {
                tracing::warn!(%error, "transcript sentiment unavailable; alignment reported as unknown");
                None
            }
        }
    }
}

impl<G, C> Job<'_, G, C> {
    /// The audit record of this attempt: what the stages found and how it ended.
    fn audit_record(&self, outcome: &Outcome, trail: Trail) -> AuditRecord {
        let (event, invocation) = (self.event, self.invocation);
        let validation = match outcome {
            Outcome::Rejected(rejection) => Some(ValidationFlags {
                violations: rejection.violations.clone(),
                transcript: None,
            }),
            _ => trail.transcript.map(|transcript| ValidationFlags {
                violations: Vec::new(),
                transcript: Some(transcript),
            }),
        };
        AuditRecord {
            genesys_correlation_id: trail.genesys_correlation_id,
            claim_id: Some(self.claim_id.to_string()),
            attempt: self.attempt,
            idempotency_key: Some(self.idempotency_key.clone()),
            summary_id: trail.summary_id,
            summary_source: trail.summary_source,
            summary_language: trail.summary_language,
            on_demand_summary_id: trail.on_demand_summary_id,
            latency: trail.latency,
            validation,
            verification: trail.verification,
            webhook_status: outcome.webhook_status(),
            review_webhook: trail.review_webhook,
            error: outcome.reason(),
            // Every row an attempt can end in writes a record; the default is never used.
            ..event_record(
                event,
                outcome
                    .audit_event()
                    .unwrap_or(AuditEvent::SummaryGenerationFailed),
                invocation,
            )
        }
    }
}

/// A record of `audit_event` about `event`: what the event says of itself.
fn event_record(
    event: &GenesysEvent,
    audit_event: AuditEvent,
    invocation: &Invocation,
) -> AuditRecord {
    AuditRecord {
        trigger: Some(event.kind),
        org_id: event.org_id.clone(),
        conversation_id: Some(event.conversation_id.clone()),
        agent_id: event.agent_id.clone(),
        event_id: Some(event.event_id.clone()),
        correlation_id: event.correlation_id.clone(),
        ..AuditRecord::new(audit_event, &invocation.request_id)
    }
}

/// The audit record of an event whose body could not be read.
fn unreadable_record(
    error: &EventError,
    rejection: &Rejection,
    invocation: &Invocation,
) -> AuditRecord {
    AuditRecord {
        trigger: error.kind,
        org_id: error.org_id.clone(),
        event_id: error
            .event_id
            .clone()
            .or_else(|| Some(invocation.request_id.clone())),
        conversation_id: error.conversation_id.clone(),
        agent_id: error.agent_id.clone(),
        correlation_id: error.correlation_id.clone(),
        validation: Some(ValidationFlags {
            violations: rejection.violations.clone(),
            transcript: None,
        }),
        error: Some(error.to_string()),
        ..AuditRecord::new(AuditEvent::SummaryRejected, &invocation.request_id)
    }
}

#[cfg(test)]
mod tests;
