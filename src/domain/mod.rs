//! The domain: what an event is, what a summary request and a summary are, how they are
//! validated and verified, and how an event ends ([`outcome::Outcome`]). Plain data and pure
//! functions: nothing here performs I/O or knows of AWS, HTTP or the ports.
//!
//! Two of the four pipeline stages live here because they only compute: [`validate`] (stage 1)
//! and [`verify`] (stage 3). The two that talk to the outside world, generate and sync, are in
//! [`crate::pipeline`].

pub mod audit;
pub mod event;
pub mod ids;
pub mod outcome;
pub mod request;
pub mod summary;
pub mod validate;
pub mod verify;
pub mod work;
