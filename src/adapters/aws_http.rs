//! The AWS SDK's HTTP client, on the same `reqwest` client (one connection pool, one TLS
//! configuration with compiled-in roots) as the Genesys and CRM calls. The SDK's default client
//! reads and parses the system CA bundle when it is built, and `reqwest`'s platform verifier does
//! it again: together half of the instructions before the first poll (callgrind, issue 5).

use std::sync::Arc;

use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpClient,
    SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse};
use aws_smithy_runtime_api::client::result::ConnectorError;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::body::SdkBody;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use std::path::Path;

/// TLS for every outbound call: Mozilla's roots as compiled into `webpki-roots` (nothing to read
/// or parse at start), aws-lc-rs for the cryptography, TLS 1.2 and 1.3.
pub fn tls_config() -> rustls::ClientConfig {
    tls_config_with(rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    })
}

/// Mozilla's roots and the certificates of a PEM bundle: for a CRM behind a private certificate
/// authority (`CRM_CA_BUNDLE`). Every problem of the bundle is named, none is skipped.
pub fn tls_config_with_bundle(path: &Path) -> Result<rustls::ClientConfig, Vec<String>> {
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let pem = std::fs::read(path).map_err(|e| vec![format!("cannot be read: {e}")])?;
    let mut problems = Vec::new();
    let mut added = 0;
    for (n, cert) in CertificateDer::pem_slice_iter(&pem).enumerate() {
        match cert
            .map_err(|e| e.to_string())
            .and_then(|c| roots.add(c).map_err(|e| e.to_string()))
        {
            Ok(()) => added += 1,
            Err(error) => problems.push(format!("certificate {}: {error}", n + 1)),
        }
    }
    let sections = pem.windows(11).filter(|w| *w == b"-----BEGIN ").count();
    if sections > added + problems.len() {
        problems.push(format!(
            "{} PEM section(s) are not certificates",
            sections - added - problems.len()
        ));
    }
    if added == 0 && problems.is_empty() {
        problems.push("holds no PEM certificate".to_string());
    }
    if problems.is_empty() {
        Ok(tls_config_with(roots))
    } else {
        Err(problems)
    }
}

fn tls_config_with(roots: rustls::RootCertStore) -> rustls::ClientConfig {
    let mut config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("aws-lc-rs supports the default TLS versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    config
}

/// The SDK's [`HttpClient`] over `http`.
pub fn sdk_http_client(http: reqwest::Client) -> SharedHttpClient {
    SharedHttpClient::new(ReqwestClient(http))
}

#[derive(Debug, Clone)]
struct ReqwestClient(reqwest::Client);

impl HttpClient for ReqwestClient {
    /// Timeouts are the SDK's own (connect and attempt timeouts from `Adapters::new`), enforced
    /// around this connector, so the settings need no translation.
    fn http_connector(
        &self,
        _settings: &HttpConnectorSettings,
        _components: &RuntimeComponents,
    ) -> SharedHttpConnector {
        SharedHttpConnector::new(self.clone())
    }
}

impl HttpConnector for ReqwestClient {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let client = self.0.clone();
        HttpConnectorFuture::new(async move {
            let request = request
                .try_into_http1x()
                .map_err(|e| ConnectorError::user(e.into()))?;
            let (parts, body) = request.into_parts();
            // DynamoDB and Secrets Manager requests are small JSON documents, always in memory.
            let body = body
                .bytes()
                .ok_or_else(|| {
                    ConnectorError::user("streaming request bodies are not supported".into())
                })?
                .to_vec();
            let response = client
                .request(parts.method, parts.uri.to_string())
                .headers(parts.headers)
                .body(body)
                .send()
                .await
                .map_err(connector_error)?;
            let mut builder = http::Response::builder().status(response.status());
            if let Some(headers) = builder.headers_mut() {
                *headers = response.headers().clone();
            }
            let body = response.bytes().await.map_err(connector_error)?;
            let response = builder
                .body(SdkBody::from(body))
                .map_err(|e| ConnectorError::other(e.into(), None))?;
            HttpResponse::try_from(response).map_err(|e| ConnectorError::other(e.into(), None))
        })
    }
}

/// Sorted as the SDK's retry classifier expects: timeouts and I/O failures are transient.
fn connector_error(error: reqwest::Error) -> ConnectorError {
    if error.is_timeout() {
        ConnectorError::timeout(error.into())
    } else if error.is_connect() || error.is_request() || error.is_body() {
        ConnectorError::io(error.into())
    } else {
        ConnectorError::other(error.into(), None)
    }
}
