//! Genesys Cloud conversation events in, verified and PII-safe call summaries out to a CRM.
//!
//! The domain (event model, the validate/generate/verify/sync stages, audit and the pipeline
//! decisions) knows nothing of AWS or HTTP; those live in [`adapters`] behind the narrow traits in
//! [`ports`]. `main.rs` only wires them together.

pub mod config;
pub mod deadline;
pub mod event;
pub mod retry;
pub mod summary;
pub mod validate;
pub mod verify;
pub mod audit;
pub mod credentials;
pub mod generate;
pub mod pipeline;
pub mod ports;
pub mod sync;
pub mod token;
pub mod adapters;
