//! The function as Lambda runs it, for the end-to-end and operations tests: `cargo lambda watch`
//! (the Runtime API and the Invoke API), the handler process (the x86_64 test binary, or the
//! arm64 bootstrap under QEMU), and invoking it.

use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use tokio::io::AsyncReadExt;
use tokio::process::{Child, Command};

use crate::harness::*;

pub fn cargo_lambda() -> std::path::PathBuf {
    std::env::var_os("CARGO_LAMBDA")
        .map(Into::into)
        .unwrap_or_else(|| repo_root().join(".venv/bin/cargo-lambda"))
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `cargo lambda watch --only-lambda-apis`: the runtime API and the invoke API, no function.
pub async fn start_emulator() -> (Child, u16) {
    let port = free_port();
    let child = Command::new(cargo_lambda())
        .args([
            "lambda",
            "watch",
            "--only-lambda-apis",
            "--invoke-address",
            "127.0.0.1",
            "--invoke-port",
        ])
        .arg(port.to_string())
        .current_dir(repo_root())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot start {} ({e}); run scripts/setup first",
                cargo_lambda().display()
            )
        });
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return (child, port);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the runtime emulator did not start on port {port}");
}

/// The artefact under test: the x86_64 binary cargo builds for the tests, or the arm64
/// `bootstrap` that `sam build` packages and Lambda runs, executed under user-mode QEMU.
#[derive(Debug, Clone)]
pub enum Artefact {
    Native,
    Arm64Bootstrap(std::path::PathBuf),
}

impl Artefact {
    /// The arm64 bootstrap `scripts/test` builds (`cargo lambda build --release --arm64`) and names
    /// in `GSL_ARM64_BOOTSTRAP`; `None` in a plain `cargo test`.
    pub fn arm64() -> Option<Self> {
        let path = std::env::var_os("GSL_ARM64_BOOTSTRAP")?;
        Some(Self::Arm64Bootstrap(path.into()))
    }

    pub fn command(&self) -> Command {
        match self {
            Artefact::Native => Command::new(env!("CARGO_BIN_EXE_genesys-summary-lambda")),
            Artefact::Arm64Bootstrap(bootstrap) => {
                let mut command = Command::new("qemu-aarch64");
                command
                    .arg("-L")
                    .arg("/usr/aarch64-linux-gnu")
                    .arg(bootstrap);
                command
            }
        }
    }
}

pub fn handler(world: &World, runtime_port: u16, overrides: &[(&str, &str)]) -> Command {
    handler_for(&Artefact::Native, world, runtime_port, overrides)
}

pub fn handler_for(
    artefact: &Artefact,
    world: &World,
    runtime_port: u16,
    overrides: &[(&str, &str)],
) -> Command {
    let mut command = artefact.command();
    command
        .env_clear()
        .envs(world.env(overrides))
        .env("AWS_ENDPOINT_URL", moto_endpoint())
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", "testing")
        .env(
            "AWS_LAMBDA_RUNTIME_API",
            format!("http://127.0.0.1:{runtime_port}/.rt"),
        )
        .env("AWS_LAMBDA_FUNCTION_NAME", "_")
        .env("AWS_LAMBDA_FUNCTION_VERSION", "1")
        .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256")
        // The most verbose level our code and the runtime log at, so the hygiene check sees everything.
        .env("AWS_LAMBDA_LOG_LEVEL", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    command
}

/// Runs a handler whose configuration is invalid: it must exit on its own (init fails) and not
/// succeed; returns its "invalid configuration" log line.
pub async fn init_failure(mut command: Command) -> String {
    let child = command.spawn().expect("start the handler binary");
    let result = tokio::time::timeout(Duration::from_secs(20), child.wait_with_output())
        .await
        .expect("init exits")
        .expect("the handler's output");
    assert!(!result.status.success());
    let logs = format!(
        "{}{}",
        String::from_utf8_lossy(&result.stdout),
        String::from_utf8_lossy(&result.stderr)
    );
    logs.lines()
        .find(|l| l.contains("invalid configuration"))
        .unwrap_or_else(|| panic!("{logs}"))
        .to_string()
}

/// Invokes the function through the emulator; returns (whether the function failed, payload).
/// On a transport failure the function's own output is shown, which is what one needs to debug.
pub async fn invoke(
    client: &reqwest::Client,
    port: u16,
    event: &Value,
    function: &mut Option<Function>,
) -> (bool, Value) {
    let sent = client
        .post(format!(
            "http://127.0.0.1:{port}/2015-03-31/functions/_/invocations"
        ))
        .json(event)
        .timeout(Duration::from_secs(45))
        .send()
        .await;
    let response = match sent {
        Ok(response) => response,
        Err(error) => {
            let logs = match function.take() {
                Some(f) => f.stop().await,
                None => String::new(),
            };
            panic!("invoke failed: {error}\nfunction output:\n{logs}");
        }
    };
    // The emulator answers a function error with HTTP 500 and the error document.
    let failed =
        !response.status().is_success() || response.headers().contains_key("x-amz-function-error");
    let text = response.text().await.unwrap();
    (
        failed,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// The handler process with its stdout and stderr drained continuously (a full pipe would block
/// the function mid-invocation).
pub struct Function {
    child: Child,
    logs: std::sync::Arc<std::sync::Mutex<String>>,
    readers: Vec<tokio::task::JoinHandle<()>>,
}

impl Function {
    pub fn spawn(mut command: Command) -> Self {
        let mut child = command.spawn().expect("start the handler binary");
        let logs = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let mut readers = Vec::new();
        let streams: [Box<dyn tokio::io::AsyncRead + Unpin + Send>; 2] = [
            Box::new(child.stdout.take().expect("stdout")),
            Box::new(child.stderr.take().expect("stderr")),
        ];
        for mut stream in streams {
            let logs = logs.clone();
            readers.push(tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                while let Ok(n) = stream.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                    logs.lock()
                        .unwrap()
                        .push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            }));
        }
        Self {
            child,
            logs,
            readers,
        }
    }

    /// Stops the process and returns everything it printed.
    pub async fn stop(mut self) -> String {
        self.child.start_kill().ok();
        self.child.wait().await.ok();
        for reader in self.readers.drain(..) {
            reader.await.ok();
        }
        self.logs.lock().unwrap().clone()
    }
}
