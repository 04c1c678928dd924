//! Wall-clock time as Unix epoch seconds and milliseconds, for what is stored or sent (token
//! expiry, leases, signatures). A clock set before 1970 reads as 0 rather than failing.

use std::time::{SystemTime, UNIX_EPOCH};

pub fn unix_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

pub fn unix_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
