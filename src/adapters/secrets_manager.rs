//! [`SecretStore`] on AWS Secrets Manager. The secret is JSON:
//! `{"clientId": "...", "clientSecret": "...", "webhookSigningSecret": "...",
//! "previousWebhookSigningSecret": "..."}` (the last two optional).

use aws_sdk_secretsmanager::Client;
use aws_sdk_secretsmanager::error::DisplayErrorContext;
use serde_json::Value;

use crate::ports::secrets::{GenesysCredentials, SecretError, SecretStore};
use crate::ports::{DependencyError, Secret};

pub struct SecretsManagerStore {
    client: Client,
    secret_id: String,
}

impl SecretsManagerStore {
    pub fn new(client: Client, secret_id: impl Into<String>) -> Self {
        Self {
            client,
            secret_id: secret_id.into(),
        }
    }
}

impl SecretStore for SecretsManagerStore {
    async fn fetch(&self) -> Result<GenesysCredentials, SecretError> {
        let output = self
            .client
            .get_secret_value()
            .secret_id(&self.secret_id)
            .send()
            .await
            .map_err(|e| DependencyError {
                service: "Secrets Manager",
                operation: "GetSecretValue",
                message: DisplayErrorContext(&e).to_string(),
            })?;
        parse_secret(&self.secret_id, output.secret_string())
    }
}

/// Parses the secret JSON; problems name fields, never values.
pub fn parse_secret(
    secret_id: &str,
    text: Option<&str>,
) -> Result<GenesysCredentials, SecretError> {
    let malformed = |problem: &str| SecretError::Malformed {
        secret_id: secret_id.to_string(),
        problem: problem.to_string(),
    };
    let text = text.ok_or_else(|| malformed("it has no SecretString"))?;
    let json: Value = serde_json::from_str(text).map_err(|_| malformed("it is not JSON"))?;
    let field = |name: &str| {
        json.get(name)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let missing: Vec<&str> = ["clientId", "clientSecret"]
        .into_iter()
        .filter(|f| field(f).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(malformed(&format!(
            "{} missing or empty",
            missing.join(" and ")
        )));
    }
    Ok(GenesysCredentials {
        client_id: field("clientId").unwrap_or_default().to_string(),
        client_secret: Secret::new(field("clientSecret").unwrap_or_default()),
        webhook_signing_secret: field("webhookSigningSecret").map(Secret::new),
        previous_webhook_signing_secret: field("previousWebhookSigningSecret").map(Secret::new),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_names_missing_fields_without_values() {
        let c = parse_secret(
            "s",
            Some(r#"{"clientId":"id","clientSecret":"pw","webhookSigningSecret":"wh"}"#),
        )
        .unwrap();
        assert_eq!(c.client_id, "id");
        assert_eq!(c.webhook_signing_secret.unwrap().expose(), "wh");
        let err = parse_secret("s", Some(r#"{"clientId":"id","clientSecret":"  "}"#)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "secret s is malformed: clientSecret missing or empty"
        );
        let err = parse_secret("s", Some("hunter2")).unwrap_err().to_string();
        assert!(err.contains("not JSON") && !err.contains("hunter2"));
    }
}
