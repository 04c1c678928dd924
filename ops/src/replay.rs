//! `summary-ops replay`: every event in the failed-events queue, through the function again.
//!
//! A message is deleted only after Lambda accepted the invoke; one that is neither of the two
//! shapes ([`crate::failed`]) is skipped with the reason and left in the queue; a refused invoke
//! leaves its message too. A replayed event whose work already finished is a harmless duplicate:
//! the function's claim makes it a no-op. `--dry-run` reads and recognises, and changes nothing.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use aws_sdk_sqs::types::{Message, MessageSystemAttributeName};

use crate::OpsError;
use crate::clients::{Invoked, invoke_async};
use crate::failed::{recognise, summary_of};

/// How long a received message stays hidden from other readers while it is handled.
const VISIBILITY_SECONDS: i32 = 120;

pub struct Replay<'a> {
    pub sqs: &'a aws_sdk_sqs::Client,
    pub lambda: &'a aws_sdk_lambda::Client,
    pub queue_url: &'a str,
    pub function: &'a str,
    pub dry_run: bool,
    /// At most this many messages.
    pub limit: Option<usize>,
}

/// The final count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub replayed: usize,
    pub skipped: usize,
    pub failed: usize,
}

impl Replay<'_> {
    pub async fn run(&self, out: &mut dyn Write) -> Result<Counts, OpsError> {
        let verb = if self.dry_run {
            "would replay"
        } else {
            "replayed"
        };
        let mut counts = Counts::default();
        let (mut seen, mut handled) = (HashSet::new(), 0);
        // Messages this run holds hidden but leaves in the queue: shown again at the end.
        let mut left = Vec::new();
        'reading: while self.limit.is_none_or(|limit| handled < limit) {
            let messages = self.receive().await?;
            let fresh: Vec<Message> = messages
                .into_iter()
                .filter(|m| m.message_id().is_some_and(|id| seen.insert(id.to_string())))
                .collect();
            if fresh.is_empty() {
                break;
            }
            for message in fresh {
                handled += 1;
                let line = match self.handle(&message, &mut counts).await {
                    Handled::Replayed(what) => format!("{verb} {what}"),
                    Handled::Left(why) => {
                        left.extend(message.receipt_handle().map(str::to_string));
                        why
                    }
                };
                let id = message.message_id().unwrap_or("?");
                writeln!(out, "[{handled}] message {id}: {line}")?;
                if self.limit.is_some_and(|limit| handled >= limit) {
                    break 'reading;
                }
            }
        }
        self.show_again(&left).await;
        writeln!(
            out,
            "{verb} {}, skipped {}, failed {}. A replayed event whose summary was already synced is a harmless duplicate: the function's claim makes it a no-op.",
            counts.replayed, counts.skipped, counts.failed
        )?;
        Ok(counts)
    }

    async fn receive(&self) -> Result<Vec<Message>, OpsError> {
        let output = self
            .sqs
            .receive_message()
            .queue_url(self.queue_url)
            .max_number_of_messages(10)
            .wait_time_seconds(1)
            .visibility_timeout(VISIBILITY_SECONDS)
            .message_attribute_names("All")
            .message_system_attribute_names(MessageSystemAttributeName::ApproximateReceiveCount)
            .send()
            .await
            .map_err(|e| OpsError::aws("SQS ReceiveMessage", e))?;
        Ok(output.messages.unwrap_or_default())
    }

    async fn handle(&self, message: &Message, counts: &mut Counts) -> Handled {
        let attributes: HashMap<String, String> = message
            .message_attributes()
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k.clone(), v.string_value()?.to_string())))
            .collect();
        let failed = match recognise(message.body().unwrap_or_default(), &attributes) {
            Ok(failed) => failed,
            Err(why) => {
                counts.skipped += 1;
                return Handled::Left(format!("skipped, left in the queue: {why}"));
            }
        };
        let what = format!(
            "{} ({}: {})",
            summary_of(&failed.event),
            failed.origin.describe(),
            failed.why
        );
        if self.dry_run {
            counts.replayed += 1;
            return Handled::Left(format!("would replay {what}"));
        }
        match invoke_async(self.lambda, self.function, &failed.event).await {
            Invoked::Accepted(_) => match self.delete(message).await {
                Ok(()) => {
                    counts.replayed += 1;
                    Handled::Replayed(what)
                }
                Err(error) => {
                    counts.failed += 1;
                    Handled::Left(format!("replayed {what}, but the message stays: {error}"))
                }
            },
            Invoked::Refused(why) => {
                counts.failed += 1;
                Handled::Left(format!("failed, left in the queue: {what}: {why}"))
            }
        }
    }

    async fn delete(&self, message: &Message) -> Result<(), OpsError> {
        self.sqs
            .delete_message()
            .queue_url(self.queue_url)
            .receipt_handle(message.receipt_handle().unwrap_or_default())
            .send()
            .await
            .map(|_| ())
            .map_err(|e| OpsError::aws("SQS DeleteMessage", e))
    }

    /// Makes the messages this run left in the queue visible again at once (best effort: they
    /// reappear after the visibility timeout anyway).
    async fn show_again(&self, receipt_handles: &[String]) {
        for handle in receipt_handles {
            let _ = self
                .sqs
                .change_message_visibility()
                .queue_url(self.queue_url)
                .receipt_handle(handle)
                .visibility_timeout(0)
                .send()
                .await;
        }
    }
}

enum Handled {
    Replayed(String),
    /// The message stays in the queue; the line says why.
    Left(String),
}
