//! The clinic group's learning record store (xAPI 1.0.3 statements API), as the shared store of
//! records that outgrow one PC.
//!
//! - Posting is honest: a POST is never turned into a GET — a 307/308 redirect is followed
//!   with the same method and body (credentials only to the same origin), a 301/302/303 is
//!   refused with the address it points to; success is read from the store's reply, which
//!   must name every statement posted.
//! - Nothing secret or hostile is printed: an address with a password in it is refused (the
//!   password comes from `MADOGUCHI_LRS_PASSWORD` or a prompt), and whatever the store answers
//!   is shown without control characters and cut short.
//! - [`sync`] posts the outbox in batches and marks each statement sent only once confirmed,
//!   so a sync interrupted at any moment loses nothing and a repost is harmless (stable ids).
//! - [`group_readiness`] reads every installation's assessments back for the manager.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use jiff::Timestamp;
use serde_json::Value;

use madoguchi_content::i18n::{Lang, Texts};

use crate::export::printable;
use crate::{Records, RecordsError};

/// The records' config key of the store's address (kept once set).
pub const CONFIG_ENDPOINT: &str = "lrs_endpoint";
/// The records' config key of the store's user.
pub const CONFIG_USER: &str = "lrs_user";
/// The environment variable the password may come from (it is never kept or shown).
pub const PASSWORD_VAR: &str = "MADOGUCHI_LRS_PASSWORD";

/// Statements in one request.
pub const BATCH: usize = 100;
/// The longest reply read from the store.
const MAX_REPLY: u64 = 16 * 1024 * 1024;
/// How much of an error reply is shown.
const SHOWN: usize = 300;

/// Why the store could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LrsError {
    /// The address is not an http(s) URL.
    #[error("{0}: not an http:// or https:// address")]
    BadUrl(String),
    /// The address holds a user name or password.
    #[error(
        "the address holds a user name or password; give the user with --user and the password in MADOGUCHI_LRS_PASSWORD"
    )]
    CredentialsInUrl,
    /// The store could not be reached.
    #[error("{url}: cannot reach the store ({detail})")]
    Transport {
        /// The address (without credentials).
        url: String,
        /// What went wrong.
        detail: String,
    },
    /// The store answered with an error status.
    #[error("{url}: the store refused (HTTP {status}): {body}")]
    Refused {
        /// The address.
        url: String,
        /// The status.
        status: u16,
        /// The start of its reply, printable.
        body: String,
    },
    /// A redirect a POST cannot follow without losing its body.
    #[error("{url}: the store redirects (HTTP {status}) to {location}; use that address")]
    Redirect {
        /// The address.
        url: String,
        /// The status.
        status: u16,
        /// Where it points.
        location: String,
    },
    /// Too many redirects.
    #[error("{url}: too many redirects")]
    TooManyRedirects {
        /// The address.
        url: String,
    },
    /// A reply that does not confirm the statements (not the JSON list of their ids).
    #[error("{url}: the store's reply does not confirm the statements: {detail}")]
    Unconfirmed {
        /// The address.
        url: String,
        /// What is wrong with the reply.
        detail: String,
    },
}

impl LrsError {
    /// The error in the language (`lrs-error-*` messages).
    pub fn describe(&self, texts: &Texts, lang: Lang) -> String {
        let (id, args): (&str, Vec<(&str, String)>) = match self {
            LrsError::BadUrl(url) => ("lrs-error-bad-url", vec![("url", url.clone())]),
            LrsError::CredentialsInUrl => ("lrs-error-credentials-in-url", vec![]),
            LrsError::Transport { url, detail } => (
                "lrs-error-unreachable",
                vec![("url", url.clone()), ("detail", detail.clone())],
            ),
            LrsError::Refused { url, status, body } => (
                "lrs-error-refused",
                vec![
                    ("url", url.clone()),
                    ("status", status.to_string()),
                    ("body", body.clone()),
                ],
            ),
            LrsError::Redirect {
                url,
                status,
                location,
            } => (
                "lrs-error-redirect",
                vec![
                    ("url", url.clone()),
                    ("status", status.to_string()),
                    ("location", location.clone()),
                ],
            ),
            LrsError::TooManyRedirects { url } => {
                ("lrs-error-too-many-redirects", vec![("url", url.clone())])
            }
            LrsError::Unconfirmed { url, detail } => (
                "lrs-error-unconfirmed",
                vec![("url", url.clone()), ("detail", detail.clone())],
            ),
        };
        texts.get_args(lang, id, &args)
    }
}

/// Text from the network, safe to show: printable and cut short.
fn shown(text: &str) -> String {
    let text = printable(text);
    let mut out: String = text.chars().take(SHOWN).collect();
    if text.chars().count() > SHOWN {
        out.push('…');
    }
    out.trim().to_owned()
}

/// The scheme, host and port of an http(s) URL, or none.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    Some(format!(
        "{}://{}",
        scheme.to_ascii_lowercase(),
        authority.to_ascii_lowercase()
    ))
}

/// A learning record store's statements API.
pub struct Lrs {
    endpoint: String,
    authorization: Option<String>,
    agent: ureq::Agent,
}

impl std::fmt::Debug for Lrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lrs")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl Lrs {
    /// A store at an address (the xAPI endpoint; `/statements` is added), with basic
    /// authentication when a user is given.
    pub fn new(
        endpoint: &str,
        user: Option<&str>,
        password: Option<&str>,
    ) -> Result<Lrs, LrsError> {
        let endpoint = endpoint.trim().trim_end_matches('/').to_owned();
        let Some((scheme, rest)) = endpoint.split_once("://") else {
            return Err(LrsError::BadUrl(shown(&endpoint)));
        };
        if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") || rest.is_empty() {
            return Err(LrsError::BadUrl(shown(&endpoint)));
        }
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.contains('@') {
            return Err(LrsError::CredentialsInUrl);
        }
        use base64::Engine;
        let authorization = user.map(|user| {
            format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{user}:{}", password.unwrap_or_default()))
            )
        });
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        Ok(Lrs {
            endpoint,
            authorization,
            agent,
        })
    }

    /// The address, safe to print.
    pub fn address(&self) -> &str {
        &self.endpoint
    }

    fn statements_url(&self) -> String {
        format!("{}/statements", self.endpoint)
    }

    /// Sends a request, following 307/308 redirects with the same method and body (at most
    /// three; credentials only to the first address's origin) and refusing 301/302/303.
    fn send(
        &self,
        method: &str,
        url: &str,
        body: Option<&[u8]>,
    ) -> Result<(u16, String, String), LrsError> {
        let first = origin(url);
        let mut url = url.to_owned();
        for _ in 0..4 {
            let with_auth = origin(&url) == first;
            let mut response = match (method, body) {
                ("POST", Some(body)) => {
                    let mut request = self
                        .agent
                        .post(&url)
                        .header("X-Experience-API-Version", "1.0.3")
                        .header("Content-Type", "application/json");
                    if with_auth && let Some(auth) = &self.authorization {
                        request = request.header("Authorization", auth);
                    }
                    request.send(body)
                }
                _ => {
                    let mut request = self
                        .agent
                        .get(&url)
                        .header("X-Experience-API-Version", "1.0.3");
                    if with_auth && let Some(auth) = &self.authorization {
                        request = request.header("Authorization", auth);
                    }
                    request.call()
                }
            }
            .map_err(|e| LrsError::Transport {
                url: self.endpoint.clone(),
                detail: shown(&e.to_string()),
            })?;
            let status = response.status().as_u16();
            if (300..400).contains(&status) {
                let location = response
                    .headers()
                    .get("location")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
                    .unwrap_or_default();
                let resolved =
                    if location.starts_with("http://") || location.starts_with("https://") {
                        location.clone()
                    } else if location.starts_with('/') {
                        format!("{}{location}", origin(&url).unwrap_or_default())
                    } else {
                        location.clone()
                    };
                if matches!(status, 307 | 308) && !resolved.is_empty() {
                    url = resolved;
                    continue;
                }
                return Err(LrsError::Redirect {
                    url: self.endpoint.clone(),
                    status,
                    location: shown(&resolved),
                });
            }
            let text = response
                .body_mut()
                .with_config()
                .limit(MAX_REPLY)
                .read_to_string()
                .map_err(|e| LrsError::Transport {
                    url: self.endpoint.clone(),
                    detail: shown(&e.to_string()),
                })?;
            return Ok((status, text, url));
        }
        Err(LrsError::TooManyRedirects {
            url: self.endpoint.clone(),
        })
    }

    /// Posts statements; returns their ids once the store's reply names every one of them.
    pub fn post(&self, statements: &[Value]) -> Result<Vec<String>, LrsError> {
        let body = serde_json::to_vec(statements).unwrap_or_default();
        let (status, text, _) = self.send("POST", &self.statements_url(), Some(&body))?;
        if !(200..300).contains(&status) {
            return Err(LrsError::Refused {
                url: self.endpoint.clone(),
                status,
                body: shown(&text),
            });
        }
        let posted: Vec<String> = statements
            .iter()
            .filter_map(|s| s["id"].as_str().map(str::to_owned))
            .collect();
        let unconfirmed = |detail: String| LrsError::Unconfirmed {
            url: self.endpoint.clone(),
            detail,
        };
        let reply: Value = serde_json::from_str(&text)
            .map_err(|e| unconfirmed(format!("not JSON ({e}): {}", shown(&text))))?;
        let confirmed: BTreeSet<String> = reply
            .as_array()
            .ok_or_else(|| unconfirmed(format!("not a list of ids: {}", shown(&text))))?
            .iter()
            .filter_map(|v| v.as_str().map(str::to_ascii_lowercase))
            .collect();
        let missing = posted
            .iter()
            .filter(|id| !confirmed.contains(&id.to_ascii_lowercase()))
            .count();
        if missing > 0 {
            return Err(unconfirmed(format!(
                "{missing} of {} statements are not in the reply",
                posted.len()
            )));
        }
        Ok(posted)
    }

    /// Statements matching a query, following the store's `more` links.
    pub fn statements(&self, query: &[(&str, &str)]) -> Result<Vec<Value>, LrsError> {
        let encode = |text: &str| {
            let mut out = String::new();
            for byte in text.bytes() {
                if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                    out.push(char::from(byte));
                } else {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
            out
        };
        let query: Vec<String> = query
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        let mut url = format!("{}?{}", self.statements_url(), query.join("&"));
        let mut out = Vec::new();
        for _ in 0..10_000 {
            let (status, text, at) = self.send("GET", &url, None)?;
            if !(200..300).contains(&status) {
                return Err(LrsError::Refused {
                    url: self.endpoint.clone(),
                    status,
                    body: shown(&text),
                });
            }
            let reply: Value = serde_json::from_str(&text).map_err(|e| LrsError::Unconfirmed {
                url: self.endpoint.clone(),
                detail: format!("not JSON ({e})"),
            })?;
            if let Some(statements) = reply["statements"].as_array() {
                out.extend(statements.iter().cloned());
            }
            match reply["more"].as_str().filter(|m| !m.is_empty()) {
                Some(more) if more.starts_with("http") => url = more.to_owned(),
                Some(more) => url = format!("{}{more}", origin(&at).unwrap_or_default()),
                None => return Ok(out),
            }
        }
        Ok(out)
    }
}

/// What a sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Statements written to the outbox now (records not seen before).
    pub added: usize,
    /// Statements confirmed by the store now.
    pub sent: usize,
    /// Statements still waiting.
    pub waiting: usize,
}

/// Why a sync stopped.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SyncError {
    /// The records could not be read or written.
    #[error(transparent)]
    Records(#[from] RecordsError),
    /// The store failed; `sent` statements were confirmed before it did.
    #[error("{error} ({sent} sent before)")]
    Store {
        /// What the store did.
        error: LrsError,
        /// Confirmed before the failure.
        sent: usize,
    },
}

/// Posts every waiting statement of the outbox, in batches, marking each batch sent once the
/// store confirms it. A failed batch is noted (and waits before it is tried again) and the sync
/// stops there; everything confirmed so far stays confirmed.
pub fn sync(
    records: &mut Records,
    lrs: &Lrs,
    now: Timestamp,
    ignore_pause: bool,
) -> Result<SyncReport, SyncError> {
    let mut report = SyncReport::default();
    let due = if ignore_pause { Timestamp::MAX } else { now };
    loop {
        let batch = records.waiting_statements(due, BATCH)?;
        if batch.is_empty() {
            break;
        }
        let bodies: Vec<Value> = batch.iter().map(|w| w.body.clone()).collect();
        let ids: Vec<String> = batch.iter().map(|w| w.id.clone()).collect();
        match lrs.post(&bodies) {
            Ok(_) => {
                records.mark_sent(&ids, now)?;
                report.sent += ids.len();
            }
            Err(error) => {
                records.mark_failed(&ids, &error.to_string(), now)?;
                return Err(SyncError::Store {
                    error,
                    sent: report.sent,
                });
            }
        }
    }
    report.waiting = records.outbox_status()?.waiting;
    Ok(report)
}

/// One person's latest assessment in the group's store.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupMember {
    /// The installation's IRI (which clinic PC).
    pub installation: String,
    /// The staff member's random id.
    pub staff: String,
    /// The name they were recorded under.
    pub name: String,
    /// When their latest assessment ended.
    pub at: Option<Timestamp>,
    /// Whether it was passed.
    pub passed: bool,
    /// Its overall share.
    pub overall: f64,
    /// Its share per competency (by competency name).
    pub competencies: BTreeMap<String, f64>,
    /// Assessments they have taken.
    pub assessments: usize,
}

/// Every person's latest assessment across the group's installations, read from the store
/// (statements with the readiness-assessment category), by name.
pub fn group_readiness(lrs: &Lrs, iri_base: &str) -> Result<Vec<GroupMember>, LrsError> {
    let base = iri_base.trim_end_matches('/');
    let category = format!("{base}/categories/readiness-assessment");
    let statements = lrs.statements(&[
        ("activity", &category),
        ("related_activities", "true"),
        ("limit", "500"),
    ])?;
    let mut members: BTreeMap<(String, String), GroupMember> = BTreeMap::new();
    for statement in statements {
        let in_category = statement["context"]["contextActivities"]["category"]
            .as_array()
            .is_some_and(|list| list.iter().any(|c| c["id"] == category.as_str()));
        if !in_category {
            continue;
        }
        let account = &statement["actor"]["account"];
        let (Some(home), Some(staff)) = (account["homePage"].as_str(), account["name"].as_str())
        else {
            continue;
        };
        let at: Option<Timestamp> = statement["timestamp"].as_str().and_then(|t| t.parse().ok());
        let entry = members
            .entry((home.to_owned(), staff.to_owned()))
            .or_insert_with(|| GroupMember {
                installation: home.to_owned(),
                staff: staff.to_owned(),
                name: String::new(),
                at: None,
                passed: false,
                overall: 0.0,
                competencies: BTreeMap::new(),
                assessments: 0,
            });
        entry.assessments += 1;
        if entry
            .at
            .is_none_or(|latest| at.is_some_and(|at| at > latest))
        {
            entry.at = at;
            entry.name = printable(statement["actor"]["name"].as_str().unwrap_or_default());
            entry.passed = statement["result"]["success"].as_bool().unwrap_or(false);
            entry.overall = statement["result"]["score"]["scaled"]
                .as_f64()
                .unwrap_or(0.0);
            entry.competencies = statement["context"]["extensions"]
                [format!("{base}/extensions/competencies").as_str()]
            .as_object()
            .map(|map| {
                map.iter()
                    .filter_map(|(k, v)| v.as_f64().map(|share| (k.clone(), share)))
                    .collect()
            })
            .unwrap_or_default();
        }
    }
    let mut out: Vec<GroupMember> = members.into_values().collect();
    out.sort_by(|a, b| (&a.name, &a.installation).cmp(&(&b.name, &b.installation)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_with_credentials_or_other_schemes_are_refused() {
        assert_eq!(
            Lrs::new("http://clinic:secret@127.0.0.1:9/xapi", None, None).unwrap_err(),
            LrsError::CredentialsInUrl
        );
        assert!(matches!(
            Lrs::new("ftp://example.org", None, None),
            Err(LrsError::BadUrl(_))
        ));
        let lrs = Lrs::new("https://lrs.example/xAPI/", Some("u"), Some("p")).unwrap();
        assert_eq!(lrs.address(), "https://lrs.example/xAPI");
        assert!(!format!("{lrs:?}").contains("Basic"), "no secret in Debug");
    }

    #[test]
    fn network_text_is_shown_without_control_characters() {
        let hostile = "\u{1b}]0;PWNED\u{7}\u{1b}[2Jline\nbreak";
        let safe = shown(hostile);
        assert!(!safe.chars().any(char::is_control), "{safe:?}");
        assert!(shown(&"x".repeat(1000)).chars().count() <= SHOWN + 1);
        assert_eq!(
            origin("https://A.example:8443/x?y").unwrap(),
            "https://a.example:8443"
        );
    }
}
