//! AWS and HTTP implementations of the [`crate::ports`] traits, plus the Lambda entry point.

pub mod crm_http;
pub mod dynamodb;
pub mod genesys_http;
pub mod http;
pub mod lambda;
pub mod secrets_manager;
