//! Genesys authentication, built on the ports only: the OAuth client credentials cached in memory
//! ([`credentials::Credentials`]), and the access token from memory, the token cache shared in
//! DynamoDB, or the OAuth login ([`tokens::TokenProvider`], the production [`BearerTokens`]).
//!
//! [`BearerTokens`]: crate::ports::tokens::BearerTokens

pub mod credentials;
pub mod tokens;
