//! Retry policy shared by every outbound HTTP call: 429 honours `Retry-After` in seconds or as an
//! HTTP date; 5xx except 501 backs off exponentially with jitter; timeouts and refused connections
//! are transient; other 4xx fail at once. See docs/architecture.md, "Time, retries and failure".

use std::time::{Duration, SystemTime};

/// What to do with a response status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusClass {
    Success,
    /// 429: wait for `Retry-After` when given, else back off.
    RateLimited,
    /// 5xx except 501: back off and retry.
    Transient,
    /// 401: the token is stale; refresh once and retry.
    Unauthorized,
    /// Everything else, including 501: retrying cannot help.
    Permanent,
}

pub fn classify(status: u16) -> StatusClass {
    match status {
        200..=299 => StatusClass::Success,
        429 => StatusClass::RateLimited,
        401 => StatusClass::Unauthorized,
        501 => StatusClass::Permanent,
        500..=599 => StatusClass::Transient,
        _ => StatusClass::Permanent,
    }
}

/// Parses `Retry-After`: delta-seconds or an HTTP date (a date in the past means "now").
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    if let Ok(seconds) = value.parse::<f64>()
        && seconds.is_finite()
        && seconds >= 0.0
    {
        return Some(Duration::from_secs_f64(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Total attempts, the first included.
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl RetryPolicy {
    pub fn new(max_attempts: u32) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
        }
    }

    /// Exponential backoff with "equal jitter": half the step fixed, half random, so concurrent
    /// instances spread out while every wait still grows. `attempt` counts from 1.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let step = self
            .base_delay
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16))
            .min(self.max_delay);
        let half = step / 2;
        half + half.mul_f64(fastrand::f64())
    }

    /// The wait before the next attempt, given the server's `Retry-After` if any (never less than
    /// `base_delay`: 429s with `Retry-After` are retried without spending attempts, and a server
    /// that keeps saying "0" must not turn that into a busy loop).
    pub fn wait_for(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        retry_after.map_or_else(|| self.backoff(attempt), |d| d.max(self.base_delay))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_classified_as_the_design_says() {
        assert_eq!(classify(200), StatusClass::Success);
        assert_eq!(classify(202), StatusClass::Success);
        assert_eq!(classify(429), StatusClass::RateLimited);
        assert_eq!(classify(401), StatusClass::Unauthorized);
        for s in [500, 502, 503, 504, 599] {
            assert_eq!(classify(s), StatusClass::Transient, "{s}");
        }
        for s in [400, 403, 404, 409, 422, 501] {
            assert_eq!(classify(s), StatusClass::Permanent, "{s}");
        }
    }

    #[test]
    fn retry_after_accepts_seconds_and_http_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_765_551_842);
        assert_eq!(parse_retry_after("3", now), Some(Duration::from_secs(3)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("1.5", now),
            Some(Duration::from_millis(1500))
        );
        let later = httpdate::fmt_http_date(now + Duration::from_secs(7));
        assert_eq!(parse_retry_after(&later, now), Some(Duration::from_secs(7)));
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(7));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-4", now), None);
    }

    #[test]
    fn backoff_grows_stays_jittered_and_is_capped() {
        let p = RetryPolicy::new(4);
        for attempt in 1..=8 {
            let step =
                (Duration::from_millis(200) * (1 << (attempt - 1))).min(Duration::from_secs(10));
            for _ in 0..50 {
                let d = p.backoff(attempt);
                assert!(d >= step / 2 && d <= step, "attempt {attempt}: {d:?}");
            }
        }
        assert_eq!(
            p.wait_for(1, Some(Duration::from_secs(4))),
            Duration::from_secs(4)
        );
        assert_eq!(p.wait_for(1, Some(Duration::ZERO)), p.base_delay);
    }
}
