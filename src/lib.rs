//! Genesys Cloud conversation events in, verified and PII-safe call summaries out to a CRM.
//!
//! # Where things are
//!
//! The code is in layers; each depends only on the ones above it in this list (a test,
//! `tests/it/architecture.rs`, keeps it so):
//!
//! | layer | modules | what it holds |
//! | --- | --- | --- |
//! | support | [`clock`], [`deadline`] | wall-clock time; the invocation's time budget |
//! | domain | [`domain`] | the event model, ids, the summary request, validation (stage 1), verification (stage 3), the outcome table ([`domain::outcome::Outcome`]), the audit record; pure, no I/O |
//! | ports | [`ports`] | one trait per outside dependency, each with its own request, response and error types |
//! | configuration | [`config`] | the environment, read and checked once at start, grouped by concern |
//! | services | [`auth`] | the credentials cache and the token provider, built on ports |
//! | pipeline | [`pipeline`] | the flow: the route to the event's org, claim, the stages in order (generate is stage 2, sync stage 4), commit |
//! | adapters | [`adapters`] | DynamoDB, Secrets Manager, Comprehend, Genesys, the CRM, the Lambda runtime; in-memory ones for tests |
//! | entry point | `main.rs` | wiring only |
//!
//! Start reading at [`pipeline::Pipeline::handle`]; `docs/architecture.md` has the flow as a
//! diagram, `docs/contracts.md` the outcome table, audit layout, webhook and configuration, and
//! `docs/genesys.md` the Genesys facts the code relies on, with their sources.

pub mod adapters;
pub mod auth;
pub mod clock;
pub mod config;
pub mod deadline;
pub mod domain;
pub mod pipeline;
pub mod ports;
