//! Genesys Cloud over HTTPS: the OAuth client-credentials login ([`OAuthClient`]) and the API
//! calls of the generate stage ([`GenesysApi`]), with a bearer token from [`BearerTokens`].

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use reqwest::{Client, Method};
use serde::Deserialize;
use serde_json::Value;

use super::http::{CORRELATION_HEADER, Failure, GaveUp, header, send};
use super::retry::RetryPolicy;
use crate::deadline::Deadline;
use crate::domain::ids::ConversationId;
use crate::domain::request::SummaryRequest;
use crate::ports::Secret;
use crate::ports::genesys::{
    AgentAssistResponse, AnalyticsSummaries, ConversationQueryResponse, ConversationResponse,
    ConversationSearch, Fetched, GenesysApi, GenesysError, OnDemandAccepted, OnDemandRequest,
    SummariesResponse,
};
use crate::ports::secrets::GenesysCredentials;
use crate::ports::tokens::{BearerTokens, CachedToken, OAuthClient, OAuthError};

/// Every API request carries a fresh id, as the tutorial's `X-Genesys-Request-Id`.
pub const REQUEST_ID_HEADER: &str = "X-Genesys-Request-Id";

/// `POST {login}/oauth/token` with Basic auth and `grant_type=client_credentials`.
pub struct GenesysLogin {
    client: Client,
    token_url: String,
    policy: RetryPolicy,
    timeout: Duration,
}

impl GenesysLogin {
    pub fn new(
        client: Client,
        token_url: impl Into<String>,
        policy: RetryPolicy,
        timeout: Duration,
    ) -> Self {
        Self {
            client,
            token_url: token_url.into(),
            policy,
            timeout,
        }
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: i64,
}

#[derive(Deserialize, Default)]
struct OAuthErrorBody {
    error: Option<String>,
    error_description: Option<String>,
}

impl OAuthClient for GenesysLogin {
    async fn client_credentials(
        &self,
        credentials: &GenesysCredentials,
        deadline: &Deadline,
    ) -> Result<CachedToken, OAuthError> {
        let basic = base64::engine::general_purpose::STANDARD.encode(format!(
            "{}:{}",
            credentials.client_id,
            credentials.client_secret.expose()
        ));
        let build = || {
            self.client
                .post(&self.token_url)
                .header(reqwest::header::AUTHORIZATION, format!("Basic {basic}"))
                .header(
                    reqwest::header::CONTENT_TYPE,
                    "application/x-www-form-urlencoded",
                )
                .body("grant_type=client_credentials")
        };
        let response = match send(build, &self.policy, self.timeout, deadline).await {
            Ok((response, _)) => response,
            Err(GaveUp::Failed {
                failure:
                    Failure::Status {
                        status: status @ (400 | 401 | 403),
                        body,
                        ..
                    },
                ..
            }) => {
                let parsed: OAuthErrorBody = serde_json::from_str(&body).unwrap_or_default();
                let message = parsed
                    .error_description
                    .or(parsed.error)
                    .unwrap_or_else(|| "no error description".to_string());
                return Err(OAuthError::Rejected { status, message });
            }
            Err(gave_up) => return Err(OAuthError::Unavailable(gave_up.failure().to_string())),
        };
        let token: TokenResponse = response.json().await.map_err(|_| {
            OAuthError::Unavailable("the token response is not the expected JSON".to_string())
        })?;
        let now = crate::clock::unix_seconds();
        Ok(CachedToken {
            access_token: Secret::new(token.access_token),
            expires_at: now + token.expires_in.max(0),
        })
    }
}

/// The Genesys Cloud REST API.
pub struct GenesysHttp<T> {
    client: Client,
    api_base: String,
    agent_assist_path: String,
    tokens: Arc<T>,
    policy: RetryPolicy,
    timeout: Duration,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ErrorBody {
    message: Option<String>,
    code: Option<String>,
    context_id: Option<String>,
}

impl<T: BearerTokens> GenesysHttp<T> {
    pub fn new(
        client: Client,
        api_base: impl Into<String>,
        agent_assist_path: impl Into<String>,
        tokens: Arc<T>,
        policy: RetryPolicy,
        timeout: Duration,
    ) -> Self {
        Self {
            client,
            api_base: api_base.into(),
            agent_assist_path: agent_assist_path.into(),
            tokens,
            policy,
            timeout,
        }
    }

    /// One API call: retries per the client's policy; on 401 drops the token and tries once more
    /// with a new one.
    async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        deadline: &Deadline,
    ) -> Result<(Value, Option<String>), GenesysError> {
        self.call_with(&self.policy, method, path, body, deadline)
            .await
    }

    /// [`Self::call`] with another retry policy.
    async fn call_with(
        &self,
        policy: &RetryPolicy,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        deadline: &Deadline,
    ) -> Result<(Value, Option<String>), GenesysError> {
        let url = format!("{}{}", self.api_base, path);
        let mut refreshed = false;
        loop {
            let token = self.tokens.bearer(deadline).await?;
            let build = || {
                let request = self
                    .client
                    .request(method.clone(), &url)
                    .bearer_auth(token.expose())
                    .header(reqwest::header::ACCEPT, "application/json")
                    .header(REQUEST_ID_HEADER, uuid::Uuid::new_v4().to_string());
                match &body {
                    Some(bytes) => request
                        .header(reqwest::header::CONTENT_TYPE, "application/json")
                        .body(bytes.clone()),
                    None => request,
                }
            };
            match send(build, policy, self.timeout, deadline).await {
                Ok((response, attempts)) => {
                    let correlation_id = header(&response, CORRELATION_HEADER);
                    tracing::debug!(%path, attempts, correlation_id = correlation_id.as_deref().unwrap_or(""), "Genesys call succeeded");
                    let text = response.bytes().await.map_err(|_| {
                        GenesysError::InvalidResponse("the body could not be read".to_string())
                    })?;
                    let value = if text.is_empty() {
                        Value::Null
                    } else {
                        serde_json::from_slice(&text).map_err(|_| {
                            GenesysError::InvalidResponse("the body is not JSON".to_string())
                        })?
                    };
                    return Ok((value, correlation_id));
                }
                Err(GaveUp::Failed {
                    failure: Failure::Status { status: 401, .. },
                    ..
                }) if !refreshed => {
                    tracing::info!("Genesys refused the token (401); refreshing it once");
                    self.tokens.invalidate(&token).await;
                    refreshed = true;
                }
                Err(gave_up) => return Err(to_genesys_error(gave_up)),
            }
        }
    }
}

fn to_genesys_error(gave_up: GaveUp) -> GenesysError {
    let (failure, deadline) = match gave_up {
        GaveUp::Failed { failure, .. } => (failure, false),
        GaveUp::Deadline { failure, .. } => (failure, true),
    };
    if deadline {
        return GenesysError::DeadlineExceeded(format!("last attempt: {failure}"));
    }
    match failure {
        Failure::Status {
            status,
            body,
            correlation_id,
        } => {
            let parsed: ErrorBody = serde_json::from_str(&body).unwrap_or_default();
            if let Some(id) = &correlation_id {
                tracing::warn!(status, correlation_id = %id, "Genesys call failed");
            }
            GenesysError::Status {
                status,
                code: parsed.code,
                message: parsed.message.unwrap_or_else(|| "no message".to_string()),
                context_id: parsed.context_id.or(correlation_id),
            }
        }
        Failure::Timeout => GenesysError::Timeout,
        Failure::Unreachable(why) => GenesysError::Unreachable(why),
    }
}

/// A JSON body as the port's response type; every field is optional, so only a body of the wrong
/// shape (not an object, a field of the wrong type) fails.
fn typed<R: serde::de::DeserializeOwned>(value: Value, what: &str) -> Result<R, GenesysError> {
    serde_json::from_value(value).map_err(|e| GenesysError::InvalidResponse(format!("{what}: {e}")))
}

impl<T: BearerTokens> GenesysApi for GenesysHttp<T> {
    async fn conversation_summaries(
        &self,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Result<Fetched<SummariesResponse>, GenesysError> {
        let path = format!("/api/v2/conversations/{conversation_id}/summaries");
        let (value, correlation_id) = self.call(Method::GET, &path, None, deadline).await?;
        Ok(Fetched {
            body: typed(value, "summaries response")?,
            correlation_id,
        })
    }

    async fn request_summary(
        &self,
        request: &OnDemandRequest,
        deadline: &Deadline,
    ) -> Result<OnDemandAccepted, GenesysError> {
        let path = format!(
            "/api/v2/conversations/{}/{}/participants/{}/communications/{}/summaries",
            request.media_path,
            request.conversation_id,
            request.participant_id,
            request.communication_id
        );
        let body = serde_json::to_vec(&serde_json::json!({ "locale": request.locale }))
            .unwrap_or_default();
        // One attempt: after a 5xx or a timeout Genesys may have started the generation, and a
        // second POST could start another. (A 429 or 401 was refused outright: those are retried.)
        let once = RetryPolicy::new(1);
        let (value, _) = self
            .call_with(&once, Method::POST, &path, Some(body), deadline)
            .await?;
        typed(value, "on-demand summary response")
    }

    async fn agent_assist_summary(
        &self,
        request: &SummaryRequest,
        deadline: &Deadline,
    ) -> Result<Fetched<AgentAssistResponse>, GenesysError> {
        let body = serde_json::to_vec(request).unwrap_or_default();
        let (value, correlation_id) = self
            .call(Method::POST, &self.agent_assist_path, Some(body), deadline)
            .await?;
        Ok(Fetched {
            body: typed(value, "agent-assist response")?,
            correlation_id,
        })
    }

    async fn transcript_sentiment(
        &self,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Result<Option<f64>, GenesysError> {
        let path = format!("/api/v2/speechandtextanalytics/conversations/{conversation_id}");
        match self.call(Method::GET, &path, None, deadline).await {
            Ok((value, _)) => Ok(value.get("sentimentScore").and_then(Value::as_f64)),
            Err(GenesysError::Status { status: 404, .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn analytics_summaries(
        &self,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Result<Fetched<AnalyticsSummaries>, GenesysError> {
        let path =
            format!("/api/v2/speechandtextanalytics/conversations/{conversation_id}/summaries");
        let (value, correlation_id) = self.call(Method::GET, &path, None, deadline).await?;
        Ok(Fetched {
            body: typed(value, "speech and text analytics summaries")?,
            correlation_id,
        })
    }

    async fn conversation(
        &self,
        conversation_id: &ConversationId,
        deadline: &Deadline,
    ) -> Result<ConversationResponse, GenesysError> {
        let path = format!("/api/v2/conversations/{conversation_id}");
        let (value, _) = self.call(Method::GET, &path, None, deadline).await?;
        typed(value, "conversation")
    }
}

impl<T: BearerTokens> ConversationSearch for GenesysHttp<T> {
    async fn conversations_started(
        &self,
        interval: &str,
        page: u32,
        page_size: u32,
        deadline: &Deadline,
    ) -> Result<ConversationQueryResponse, GenesysError> {
        let query = serde_json::json!({
            "interval": interval,
            "order": "asc",
            "orderBy": "conversationStart",
            "paging": {"pageSize": page_size, "pageNumber": page},
        });
        let body = serde_json::to_vec(&query).unwrap_or_default();
        let path = "/api/v2/analytics/conversations/details/query";
        let (value, _) = self.call(Method::POST, path, Some(body), deadline).await?;
        typed(value, "conversation details query")
    }
}
