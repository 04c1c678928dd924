//! parse event -> claim -> validate -> generate -> verify -> sync -> commit (DESIGN.md section 1),
//! and the outcome table of section 4: what is audited, and whether the invocation succeeds
//! (EventBridge invokes asynchronously, so an error means "retry me later").

use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;
use serde_json::Value;
use tracing::Instrument;

use crate::audit::{
    AuditEvent, AuditRecord, ClaimOutcome, StageLatency, ValidationFlags, WorkState, WorkUnit,
};
use crate::config::{Config, SentimentSource};
use crate::deadline::Deadline;
use crate::event::{self, EventError, GenesysEvent, ParsedEvent};
use crate::generate::{self, GenerateError};
use crate::ports::{CrmSink, DependencyError, GenesysApi, WorkStore};
use crate::sync::{self, CrmError, PayloadContext};
use crate::validate::{self, SummaryRequest};
use crate::verify::Verifier;

/// One invocation's context, from the Lambda runtime.
#[derive(Debug, Clone)]
pub struct Invocation {
    pub request_id: String,
    pub deadline: Deadline,
}

/// The successful invocation result (returned to Lambda as JSON).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Handled {
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit_event: Option<AuditEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Synced,
    /// The unit of work was already finished: no Genesys call, no CRM post.
    Duplicate,
    Rejected,
    Unavailable,
    Ignored,
}

/// Failed invocations: Lambda retries them, then hands the event to the on-failure destination.
#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    #[error("{0}")]
    MalformedEnvelope(#[from] EventError),
    #[error(
        "conversation {conversation_id} ({scope}) is being processed by another invocation until {lease_until_ms}; retry later"
    )]
    InProgressElsewhere {
        conversation_id: String,
        scope: String,
        lease_until_ms: u64,
    },
    #[error("summary for conversation {conversation_id} not ready: {reason}")]
    Pending {
        conversation_id: String,
        reason: String,
    },
    #[error("summary generation failed for conversation {conversation_id}: {reason}")]
    GenerationFailed {
        conversation_id: String,
        reason: String,
    },
    #[error("CRM sync failed for conversation {conversation_id}: {reason}")]
    SyncFailed {
        conversation_id: String,
        reason: String,
    },
    #[error("audit store unavailable: {0}")]
    Store(#[from] DependencyError),
}

pub struct Pipeline<G, C, W> {
    config: Arc<Config>,
    genesys: G,
    crm: C,
    work: W,
    verifier: Verifier,
}

/// How the stages after a successful claim ended.
struct Attempt {
    event: AuditEvent,
    state: WorkState,
    record: AuditRecord,
    resume_payload: Option<String>,
    result: Result<Outcome, HandlerError>,
}

impl<G: GenesysApi, C: CrmSink, W: WorkStore> Pipeline<G, C, W> {
    pub fn new(config: Arc<Config>, genesys: G, crm: C, work: W, verifier: Verifier) -> Self {
        Self {
            config,
            genesys,
            crm,
            work,
            verifier,
        }
    }

    pub async fn handle(
        &self,
        raw: &Value,
        invocation: &Invocation,
    ) -> Result<Handled, HandlerError> {
        match event::parse(raw, &self.config.trigger_topics) {
            Ok(ParsedEvent::Supported(event)) => self.run(*event, invocation).await,
            Ok(ParsedEvent::Ignored {
                detail_type,
                reason,
            }) => {
                tracing::info!(detail_type, reason, "event ignored");
                Ok(Handled {
                    outcome: Outcome::Ignored,
                    conversation_id: None,
                    agent_id: None,
                    audit_event: None,
                    detail: Some(format!("{detail_type}: {reason}")),
                })
            }
            Err(error) if error.is_envelope_error() => {
                tracing::error!(%error, "not an EventBridge event");
                Err(HandlerError::MalformedEnvelope(error))
            }
            Err(error) => self.reject_malformed(error, invocation).await,
        }
    }

    /// A supported topic whose body cannot be read: audited as rejected (retrying cannot fix it).
    async fn reject_malformed(
        &self,
        error: EventError,
        invocation: &Invocation,
    ) -> Result<Handled, HandlerError> {
        tracing::warn!(%error, "malformed Genesys event rejected");
        let violations = error
            .problems
            .iter()
            .map(|p| validate::Violation {
                rule: "event.schema",
                message: p.clone(),
            })
            .collect();
        let mut record = self.record(AuditEvent::SummaryRejected, invocation, None);
        record.trigger = error.kind;
        record.event_id = error
            .event_id
            .clone()
            .or_else(|| Some(invocation.request_id.clone()));
        record.conversation_id = error.conversation_id.clone();
        record.agent_id = error.agent_id.clone();
        record.correlation_id = error.correlation_id.clone();
        record.validation = Some(ValidationFlags {
            violations,
            transcript: None,
        });
        record.error = Some(error.to_string());
        self.work.record(&record).await?;
        Ok(Handled {
            outcome: Outcome::Rejected,
            conversation_id: error.conversation_id,
            agent_id: error.agent_id,
            audit_event: Some(AuditEvent::SummaryRejected),
            detail: Some(error.problems.join("; ")),
        })
    }

    async fn run(
        &self,
        event: GenesysEvent,
        invocation: &Invocation,
    ) -> Result<Handled, HandlerError> {
        let span = tracing::info_span!("work", conversation_id = %event.conversation_id, agent = event.agent_id.as_deref().unwrap_or("conversation"), trigger = event.kind.name());
        self.run_claimed(event, invocation).instrument(span).await
    }

    async fn run_claimed(
        &self,
        event: GenesysEvent,
        invocation: &Invocation,
    ) -> Result<Handled, HandlerError> {
        let unit = WorkUnit::for_event(&event);
        let claim_id = uuid::Uuid::new_v4().to_string();

        let (attempt, resume_payload) = match self
            .work
            .claim(
                &unit,
                &claim_id,
                invocation.deadline.invocation_end_epoch_ms(),
            )
            .await?
        {
            ClaimOutcome::Acquired {
                attempt,
                resume_payload,
            } => (attempt, resume_payload),
            ClaimOutcome::AlreadyDone { state } => {
                tracing::info!(
                    state = state.as_str(),
                    "duplicate delivery of finished work: nothing to do"
                );
                return Ok(self.handled(
                    Outcome::Duplicate,
                    &unit,
                    None,
                    Some(format!("already {}", state.as_str())),
                ));
            }
            ClaimOutcome::Busy { lease_until_ms } => {
                return Err(HandlerError::InProgressElsewhere {
                    scope: unit.scope().to_string(),
                    conversation_id: unit.conversation_id,
                    lease_until_ms,
                });
            }
        };

        let mut outcome = self
            .attempt(&event, &unit, invocation, resume_payload)
            .await;
        outcome.record.claim_id = Some(claim_id.clone());
        outcome.record.attempt = attempt;
        // Completion (state + immutable audit record) is one transaction. If it fails, the claim
        // stays IN_PROGRESS until its lease ends and the retried delivery takes it over.
        self.work
            .finish(
                &unit,
                &claim_id,
                outcome.state,
                &outcome.record,
                outcome.resume_payload.as_deref(),
            )
            .await?;
        tracing::info!(
            audit_event = outcome.event.as_str(),
            attempt,
            "work finished"
        );
        let detail = outcome.record.error.clone();
        outcome
            .result
            .map(|o| self.handled(o, &unit, Some(outcome.event), detail))
    }

    async fn attempt(
        &self,
        event: &GenesysEvent,
        unit: &WorkUnit,
        invocation: &Invocation,
        resume_payload: Option<String>,
    ) -> Attempt {
        let config = &self.config;
        let started = Instant::now();
        let mut record = self.record(
            AuditEvent::SummaryGeneratedAndSynced,
            invocation,
            Some(event),
        );
        let idempotency_key = sync::idempotency_key(unit);
        record.idempotency_key = Some(idempotency_key.clone());
        let conversation_id = unit.conversation_id.clone();
        let finish = |mut record: AuditRecord,
                      event: AuditEvent,
                      state,
                      error: Option<String>,
                      resume_payload,
                      result| {
            record.event = event;
            record.error = error;
            record.latency.total_ms = started.elapsed().as_millis() as u64;
            Attempt {
                event,
                state,
                record,
                resume_payload,
                result,
            }
        };

        // Stage 1: validate.
        let t = Instant::now();
        let request = SummaryRequest {
            interaction_id: event.conversation_id.clone(),
            language_code: event
                .language
                .clone()
                .unwrap_or_else(|| config.summary_language.clone()),
            summary_length: config.summary_length,
            format: config.summary_format,
            use_knowledge_base: config.use_knowledge_base,
            knowledge_base_id: config.knowledge_base_id.clone(),
            redaction_policy_id: config.redaction_policy_id.clone(),
            interacting_duration_ms: event.interacting_duration_ms,
        };
        let validated = validate::validate(&request, &config.supported_languages);
        record.latency.validate_ms = Some(t.elapsed().as_millis() as u64);
        let validated = match validated {
            Ok(v) => {
                record.validation = Some(ValidationFlags {
                    violations: Vec::new(),
                    transcript: Some(v.transcript),
                });
                v
            }
            Err(rejection) => {
                let message = rejection.to_string();
                record.validation = Some(ValidationFlags {
                    violations: rejection.violations,
                    transcript: None,
                });
                return finish(
                    record,
                    AuditEvent::SummaryRejected,
                    WorkState::Rejected,
                    Some(message),
                    None,
                    Ok(Outcome::Rejected),
                );
            }
        };

        // Stages 2 and 3, unless an earlier attempt left a verified payload to resume with.
        let payload = match resume_payload {
            Some(payload) => {
                tracing::info!(
                    "resuming with the verified payload of an earlier attempt; Genesys is not called again"
                );
                payload.into_bytes()
            }
            None => {
                // The transcript sentiment does not depend on the summary: both are read at once,
                // one Genesys round trip per event instead of two. (When generation fails, the
                // sentiment read was for nothing; that is the rarer case.)
                let generate = async {
                    let t = Instant::now();
                    let generated = generate::generate(
                        &self.genesys,
                        config,
                        event,
                        &validated,
                        &invocation.deadline,
                    )
                    .await;
                    (generated, t.elapsed())
                };
                let ((generated, generate_time), transcript_sentiment) = tokio::join!(
                    generate,
                    self.transcript_sentiment(&event.conversation_id, &invocation.deadline)
                );
                record.latency.generate_ms = Some(generate_time.as_millis() as u64);
                let generated = match generated {
                    Ok(g) => g,
                    Err(GenerateError::Unavailable(reason)) => {
                        return finish(
                            record,
                            AuditEvent::SummaryUnavailable,
                            WorkState::Unavailable,
                            Some(reason),
                            None,
                            Ok(Outcome::Unavailable),
                        );
                    }
                    Err(GenerateError::Pending(reason)) => {
                        let err = HandlerError::Pending {
                            conversation_id,
                            reason: reason.clone(),
                        };
                        return finish(
                            record,
                            AuditEvent::SummaryPending,
                            WorkState::Failed,
                            Some(reason),
                            None,
                            Err(err),
                        );
                    }
                    Err(GenerateError::Failed(error)) => {
                        let reason = error.to_string();
                        let err = HandlerError::GenerationFailed {
                            conversation_id,
                            reason: reason.clone(),
                        };
                        return finish(
                            record,
                            AuditEvent::SummaryGenerationFailed,
                            WorkState::Failed,
                            Some(reason),
                            None,
                            Err(err),
                        );
                    }
                };
                record.genesys_correlation_id = generated.genesys_correlation_id.clone();
                record.summary_id = generated.summary.summary_id.clone();
                record.summary_source = Some(generated.summary.origin);

                let t = Instant::now();
                let verified = self.verifier.verify(
                    generated.summary,
                    &validated.language_code,
                    validated.summary_length,
                    transcript_sentiment,
                );
                record.latency.verify_ms = Some(t.elapsed().as_millis() as u64);
                record.verification = Some(verified.flags.clone());
                let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
                sync::build_payload(
                    &verified,
                    &PayloadContext {
                        unit,
                        trigger: event.kind,
                        correlation_id: event.correlation_id.as_deref(),
                        language: &validated.language_code,
                        summary_length: validated.summary_length,
                        tracking_id: &idempotency_key,
                        fallback_generated_at: &now,
                    },
                )
            }
        };

        // Stage 4: sync.
        let t = Instant::now();
        let delivered = self
            .crm
            .deliver(&payload, &idempotency_key, &invocation.deadline)
            .await;
        record.latency.sync_ms = Some(t.elapsed().as_millis() as u64);
        match delivered {
            Ok(delivery) => {
                record.webhook_status = Some(delivery.status);
                finish(
                    record,
                    AuditEvent::SummaryGeneratedAndSynced,
                    WorkState::Completed,
                    None,
                    None,
                    Ok(Outcome::Synced),
                )
            }
            Err(error) => {
                record.webhook_status = error.status();
                let reason = error.to_string();
                let err = HandlerError::SyncFailed {
                    conversation_id,
                    reason: reason.clone(),
                };
                // Keep the verified (redacted) payload so the retry posts exactly these bytes.
                let keep = String::from_utf8(payload).ok();
                if matches!(error, CrmError::Secret(_)) {
                    tracing::error!(%error, "webhook signing secret unavailable");
                }
                finish(
                    record,
                    AuditEvent::SummarySyncFailed,
                    WorkState::Failed,
                    Some(reason),
                    keep,
                    Err(err),
                )
            }
        }
    }

    /// Transcript sentiment when configured; a failure is logged and reported as unknown.
    async fn transcript_sentiment(
        &self,
        conversation_id: &str,
        deadline: &Deadline,
    ) -> Option<f64> {
        if self.config.sentiment_source != SentimentSource::Genesys {
            return None;
        }
        match self
            .genesys
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

    fn record(
        &self,
        event: AuditEvent,
        invocation: &Invocation,
        source: Option<&GenesysEvent>,
    ) -> AuditRecord {
        AuditRecord {
            event,
            trigger: source.map(|e| e.kind),
            conversation_id: source.map(|e| e.conversation_id.clone()),
            agent_id: source.and_then(|e| e.agent_id.clone()),
            event_id: source.map(|e| e.event_id.clone()),
            lambda_request_id: invocation.request_id.clone(),
            correlation_id: source.and_then(|e| e.correlation_id.clone()),
            genesys_correlation_id: None,
            claim_id: None,
            attempt: 1,
            idempotency_key: None,
            summary_id: None,
            summary_source: None,
            latency: StageLatency::default(),
            validation: None,
            verification: None,
            webhook_status: None,
            error: None,
            recorded_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        }
    }

    fn handled(
        &self,
        outcome: Outcome,
        unit: &WorkUnit,
        audit_event: Option<AuditEvent>,
        detail: Option<String>,
    ) -> Handled {
        Handled {
            outcome,
            conversation_id: Some(unit.conversation_id.clone()),
            agent_id: unit.agent_id.clone(),
            audit_event,
            detail,
        }
    }
}
