//! The integration tests, one binary (so the AWS SDK is compiled and linked once), one module per
//! area and one shared harness. `cargo test --test it MODULE` runs one area, for example
//! `cargo test --test it pii_corpus -- --nocapture` prints the PII table.
//!
//! | module | what it checks | against |
//! | --- | --- | --- |
//! | `architecture` | the layers in `src/` and that no module imports in a cycle | the source |
//! | `aws_adapters` | the DynamoDB, Secrets Manager and Comprehend adapters; the work-store contract on both the DynamoDB and the in-memory store | moto |
//! | `genesys_cases` | what a live Genesys org sends: sentiment scale, pushed errors, locales, transfers, wrap-up, on-demand, retention | moto + simulator |
//! | `genesys_http` | the Genesys, OAuth and CRM HTTP adapters, retries, the generate stage | the simulator |
//! | `pipeline` | the outcome table with the real adapters | moto + simulator |
//! | `scenarios` | fault scenarios delivered as Lambda delivers; log, CRM and audit hygiene | moto + simulator |
//! | `concurrency` | re-deliveries, concurrent instances, a burst of cold instances | moto + simulator |
//! | `outages` | DynamoDB and Secrets Manager throttled, failing, slow | moto behind a fault proxy |
//! | `end_to_end` | the handler binary under the runtime emulator | `cargo lambda watch`, moto, simulator |
//! | `properties` | arbitrary and mutated events; redaction on arbitrary text | in-memory adapters |
//! | `private_ca` | a CRM behind a private CA: `CRM_CA_BUNDLE` with a CA and a TLS sink made by the test | `openssl`, rustls |
//! | `record_match` | the payload's `match`: record keys from the event or one conversation read | moto + simulator |
//! | `pii_corpus`, `sentiment_accuracy` | verification quality on labelled data | data files |
//! | `orgs` | several Genesys orgs in one deployment: routing by the event's org, one OAuth client, token item and webhook each, an unserved org rejected | moto + two simulators |
//! | `ops` | `summary-ops`, the binary: replay, audit, backfill | moto, the simulator, the function under `cargo lambda watch` |
//! | `template` | `template.yaml` as CloudFormation sees it: bus, rule, queue policy, alarms, IAM | the SAM translator, moto's event pattern matcher |
//! | `webhook_signatures` | the CRM's signatures, Standard Webhooks and `X-Signature`, and a secret rotation | moto + simulator + the `standardwebhooks` Python package |

mod architecture;
mod aws_adapters;
mod concurrency;
mod end_to_end;
mod genesys_cases;
mod genesys_http;
mod harness;
mod ops;
mod orgs;
mod outages;
mod pii_corpus;
mod pipeline;
mod private_ca;
mod properties;
mod record_match;
mod runtime;
mod scenarios;
mod sentiment_accuracy;
mod template;
mod webhook_signatures;
