//! Total time a stand-in spent serving requests, so the benchmark can subtract it from an event's
//! latency and see the function's own share.

use std::io::{self, IoSlice};
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::serve::Listener;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

#[derive(Clone, Default)]
pub struct ServiceTime {
    nanos: Arc<AtomicU64>,
    requests: Arc<AtomicU64>,
}

impl ServiceTime {
    pub fn record(&self, spent: Duration) {
        let nanos = u64::try_from(spent.as_nanos()).unwrap_or(u64::MAX);
        self.nanos.fetch_add(nanos, Ordering::Relaxed);
        self.requests.fetch_add(1, Ordering::Relaxed);
    }

    /// Time spent so far, over all requests.
    pub fn total(&self) -> Duration {
        Duration::from_nanos(self.nanos.load(Ordering::Relaxed))
    }

    /// Requests served so far.
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }
}

/// A listener whose connections add their busy time to a [`ServiceTime`]: from the first bytes of
/// a request read to its response written, so the server's parsing, routing and writing count as
/// the stand-in's time, not the client's. Every connection gets TCP_NODELAY: a reply goes out at
/// once instead of waiting on the client's delayed ACK.
pub struct TimedListener {
    inner: TcpListener,
    time: ServiceTime,
}

impl TimedListener {
    pub fn new(inner: TcpListener, time: ServiceTime) -> Self {
        Self { inner, time }
    }
}

impl Listener for TimedListener {
    type Io = TimedStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (tcp, addr) = Listener::accept(&mut self.inner).await;
        let _ = tcp.set_nodelay(true);
        let stream = TimedStream {
            tcp,
            time: self.time.clone(),
            busy_since: None,
        };
        (stream, addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

pub struct TimedStream {
    tcp: TcpStream,
    time: ServiceTime,
    /// Set by the first read of a request, taken by the write that answers it.
    busy_since: Option<Instant>,
}

impl TimedStream {
    fn wrote(&mut self, result: &Poll<io::Result<usize>>) {
        if let Poll::Ready(Ok(n)) = result
            && *n > 0
            && let Some(since) = self.busy_since.take()
        {
            self.time.record(since.elapsed());
        }
    }
}

impl AsyncRead for TimedStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let result = Pin::new(&mut this.tcp).poll_read(cx, buf);
        if buf.filled().len() > before && this.busy_since.is_none() {
            this.busy_since = Some(Instant::now());
        }
        result
    }
}

impl AsyncWrite for TimedStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.tcp).poll_write(cx, buf);
        this.wrote(&result);
        result
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.tcp).poll_write_vectored(cx, bufs);
        this.wrote(&result);
        result
    }

    fn is_write_vectored(&self) -> bool {
        self.tcp.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().tcp).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().tcp).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::routing::get;

    /// A request's serving time is counted; the idle time of a keep-alive connection between
    /// requests is not (it would add at least 200 ms to the 60 ms served).
    #[tokio::test]
    async fn counts_serving_time_not_idle_time() {
        let time = ServiceTime::default();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = Router::new().route(
            "/",
            get(|| async {
                tokio::time::sleep(Duration::from_millis(30)).await;
                "ok"
            }),
        );
        let server = tokio::spawn(
            axum::serve(TimedListener::new(listener, time.clone()), app).into_future(),
        );
        let client = reqwest::Client::new();
        for _ in 0..2 {
            client
                .get(format!("http://{addr}/"))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        server.abort();
        assert_eq!(time.requests(), 2);
        let total = time.total();
        assert!(
            total >= Duration::from_millis(60) && total < Duration::from_millis(250),
            "{total:?}"
        );
    }
}
