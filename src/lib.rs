//! Genesys Cloud conversation events in, verified and PII-safe call summaries out to a CRM.
//!
//! The domain (event model, the validate/generate/verify/sync stages, audit and the pipeline
//! decisions) knows nothing of AWS or HTTP; those live in [`adapters`] behind the narrow traits in
//! [`ports`]. `main.rs` only wires them together.

pub mod adapters;
pub mod audit;
pub mod clock;
pub mod config;
pub mod credentials;
pub mod deadline;
pub mod event;
pub mod generate;
pub mod pipeline;
pub mod ports;
pub mod retry;
pub mod summary;
pub mod sync;
pub mod token;
pub mod validate;
pub mod verify;
