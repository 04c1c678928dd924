//! A CRM behind a private certificate authority: a CA and a server certificate made here with
//! `openssl`, a TLS webhook sink (rustls) that presents it, and `CRM_CA_BUNDLE` naming the CA's
//! PEM. Without the bundle the post fails on the unknown issuer; a broken bundle fails the start
//! naming every problem.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use genesys_summary_lambda::adapters::{crm_http_client, http_client};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use crate::harness::*;

fn openssl(dir: &Path, args: &[&str]) {
    let status = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("openssl runs");
    assert!(status.success(), "openssl {args:?}");
}

/// A CA (`ca.pem`) and a certificate for localhost and 127.0.0.1 it signed (`server.pem`,
/// `server.key`), P-256 keys.
fn make_certificates() -> PathBuf {
    let dir = std::env::temp_dir().join(unique("private-ca"));
    std::fs::create_dir_all(&dir).unwrap();
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509", "-days", "1", "-subj", "/CN=Test CRM CA"];
    ca.extend(ec);
    ca.extend(["-keyout", "ca.key", "-out", "ca.pem"]);
    ca.extend(["-addext", "basicConstraints=critical,CA:TRUE"]);
    ca.extend(["-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
    openssl(&dir, &ca);
    let mut csr = vec!["req", "-new", "-subj", "/CN=localhost"];
    csr.extend(ec);
    csr.extend(["-keyout", "server.key", "-out", "server.csr"]);
    openssl(&dir, &csr);
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .unwrap();
    openssl(
        &dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "1",
            "-extfile",
            "server.ext",
            "-out",
            "server.pem",
        ],
    );
    dir
}

/// An HTTPS webhook on 127.0.0.1 with the server certificate: answers 201 and keeps each body.
fn tls_sink(dir: &Path) -> (u16, Arc<Mutex<Vec<String>>>) {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(dir.join("server.pem"))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let key = PrivateKeyDer::from_pem_file(dir.join("server.key")).unwrap();
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::aws_lc_rs::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let bodies = Arc::new(Mutex::new(Vec::new()));
    let seen = bodies.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let Ok(connection) = rustls::ServerConnection::new(config.clone()) else {
                continue;
            };
            let mut tls = rustls::StreamOwned::new(connection, stream);
            if let Some(body) = read_request(&mut tls) {
                seen.lock().unwrap().push(body);
                let _ = tls.write_all(
                    b"HTTP/1.1 201 Created\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                );
                let _ = tls.flush();
            }
        }
    });
    (port, bodies)
}

/// One HTTP/1.1 request's body (by `content-length`); `None` when the handshake or read fails.
fn read_request(stream: &mut impl Read) -> Option<String> {
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    String::from_utf8(body).ok()
}

#[tokio::test]
async fn a_crm_behind_a_private_ca_is_reached_with_the_bundle_and_refused_without() {
    let dir = make_certificates();
    let (port, bodies) = tls_sink(&dir);
    let world = World::new().await;
    let url = format!("https://localhost:{port}/crm");
    let bundle = dir.join("ca.pem").display().to_string();

    let handled = world
        .pipeline(&[
            ("CRM_WEBHOOK_URL", url.as_str()),
            ("CRM_CA_BUNDLE", bundle.as_str()),
        ])
        .handle(&event("acw.json"), &invocation(15))
        .await
        .unwrap();
    assert_eq!(handled.outcome.name(), "synced", "{handled:?}");
    assert_eq!(bodies.lock().unwrap().len(), 1);
    assert!(bodies.lock().unwrap()[0].contains("interactionId"));

    let failed = world
        .pipeline(&[
            ("CRM_WEBHOOK_URL", url.as_str()),
            ("HTTP_MAX_ATTEMPTS", "1"),
        ])
        .handle(&acw_for(&uuid::Uuid::new_v4().to_string()), &invocation(15))
        .await
        .unwrap_err();
    assert_eq!(
        failed.outcome().name(),
        "syncFailed",
        "Mozilla's roots do not know this CA"
    );
    assert!(failed.to_string().contains("UnknownIssuer"), "{failed}");
    assert_eq!(bodies.lock().unwrap().len(), 1);
}

#[test]
fn a_broken_bundle_stops_the_start_naming_every_problem() {
    let dir = std::env::temp_dir().join(unique("bad-ca"));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.pem");
    std::fs::write(
        &broken,
        "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n\
         -----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
    )
    .unwrap();
    let empty = dir.join("empty.pem");
    std::fs::write(&empty, "nothing here\n").unwrap();
    let missing = dir.join("missing.pem");
    for (path, expected) in [
        (
            &broken,
            vec!["certificate 1:", "1 PEM section(s) are not certificates"],
        ),
        (&empty, vec!["holds no PEM certificate"]),
        (&missing, vec!["cannot be read"]),
    ] {
        let world_config = genesys_summary_lambda::config::Config::from_lookup(|k| match k {
            "GENESYS_SECRET_ID" => Some("s".into()),
            "GENESYS_REGION" => Some("mypurecloud.com".into()),
            "TOKEN_TABLE_NAME" => Some("t".into()),
            "AUDIT_TABLE_NAME" => Some("a".into()),
            "CRM_WEBHOOK_URL" => Some("https://crm.example".into()),
            "CRM_CA_BUNDLE" => Some(path.display().to_string()),
            _ => None,
        })
        .unwrap();
        let shared = http_client(&world_config).unwrap();
        let error = crm_http_client(&world_config, &shared)
            .unwrap_err()
            .to_string();
        for part in expected {
            assert!(error.contains(part), "{error} lacks {part}");
        }
        assert!(error.starts_with("CRM_CA_BUNDLE "), "{error}");
    }
}
