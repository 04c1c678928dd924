//! The invocation's time budget. Every wait (Retry-After, backoff, readiness polling) asks the
//! deadline first, so the function fails with a retryable error and an audit record instead of
//! being killed by Lambda mid-write.

use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    /// When work must stop: the invocation deadline minus the safety margin.
    work_ends: Instant,
    safety_margin: Duration,
}

impl Deadline {
    /// From the Lambda context's deadline (epoch milliseconds). When that deadline is unusable
    /// (already past, as the local emulator sends a fixed one), the configured function timeout
    /// is used instead of failing a valid event.
    pub fn from_lambda(
        deadline_epoch_ms: u64,
        fallback_timeout: Duration,
        safety_margin: Duration,
    ) -> Self {
        let now_ms = crate::clock::unix_millis();
        let remaining = if deadline_epoch_ms > now_ms {
            Duration::from_millis(deadline_epoch_ms - now_ms)
        } else {
            fallback_timeout
        };
        Self::after(remaining, safety_margin)
    }

    /// A deadline `remaining` from now, keeping `safety_margin` free at the end.
    pub fn after(remaining: Duration, safety_margin: Duration) -> Self {
        Self {
            work_ends: Instant::now() + remaining.saturating_sub(safety_margin),
            safety_margin,
        }
    }

    /// Time left for work.
    pub fn remaining(&self) -> Duration {
        self.work_ends.saturating_duration_since(Instant::now())
    }

    pub fn is_exhausted(&self) -> bool {
        self.remaining().is_zero()
    }

    /// Whether waiting `wait` would still leave time for work afterwards.
    pub fn allows_wait(&self, wait: Duration) -> bool {
        wait < self.remaining()
    }

    /// Wall-clock milliseconds since the epoch when the invocation itself ends (work deadline
    /// plus the safety margin). Used as the claim lease: no other delivery may take the work over
    /// while this invocation can still be writing its audit record.
    pub fn invocation_end_epoch_ms(&self) -> u64 {
        let now = crate::clock::unix_millis();
        now + (self.remaining() + self.safety_margin).as_millis() as u64
    }

    /// Sleeps `wait` if the budget allows; returns false (without sleeping) when it does not.
    pub async fn sleep(&self, wait: Duration) -> bool {
        if !self.allows_wait(wait) {
            return false;
        }
        tokio::time::sleep(wait).await;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_past_deadline_falls_back_to_the_configured_timeout() {
        let d = Deadline::from_lambda(1_000, Duration::from_secs(60), Duration::from_secs(2));
        let left = d.remaining();
        assert!(
            left > Duration::from_secs(57) && left <= Duration::from_secs(58),
            "{left:?}"
        );
    }

    #[test]
    fn a_future_deadline_is_used_minus_the_margin() {
        let now_ms = crate::clock::unix_millis();
        let d = Deadline::from_lambda(
            now_ms + 10_000,
            Duration::from_secs(60),
            Duration::from_secs(1),
        );
        let left = d.remaining();
        assert!(
            left > Duration::from_secs(8) && left <= Duration::from_secs(9),
            "{left:?}"
        );
    }

    #[test]
    fn the_lease_covers_the_safety_margin() {
        let d = Deadline::after(Duration::from_secs(10), Duration::from_secs(2));
        let now_ms = crate::clock::unix_millis();
        let lease = d.invocation_end_epoch_ms() - now_ms;
        assert!((9_900..=10_000).contains(&lease), "{lease}");
    }

    #[test]
    fn waits_beyond_the_budget_are_refused() {
        let d = Deadline::after(Duration::from_secs(3), Duration::from_secs(1));
        assert!(d.allows_wait(Duration::from_millis(1500)));
        assert!(!d.allows_wait(Duration::from_secs(2)));
        let spent = Deadline::after(Duration::from_millis(500), Duration::from_secs(1));
        assert!(spent.is_exhausted());
    }
}
