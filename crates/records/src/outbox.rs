//! The outbox: every xAPI statement of the records, kept as it was first written until the
//! learning record store confirms it. Statements are written once per record (so a later
//! change of wording never makes the store see two different statements under one id), posted
//! at least once, retried with a growing pause after a failure, and marked sent only when the
//! store's reply names them.

use std::collections::BTreeSet;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde_json::Value;

use madoguchi_content::i18n::Texts;

use crate::export::xapi::{self, DEFAULT_IRI_BASE, Installation, Statement};
use crate::export::{ReportData, Titles};
use crate::{Records, RecordsError, stamp};

const IRI_BASE: &str = "xapi_iri_base";

/// One statement waiting in the outbox.
#[derive(Clone, Debug, PartialEq)]
pub struct Waiting {
    /// Its id.
    pub id: String,
    /// The statement.
    pub body: Value,
    /// Posts tried so far.
    pub tries: u32,
}

/// How the outbox stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutboxStatus {
    /// Statements in all.
    pub total: usize,
    /// Confirmed by the store.
    pub sent: usize,
    /// Not yet confirmed.
    pub waiting: usize,
    /// When the last one was confirmed.
    pub last_sent: Option<Timestamp>,
    /// The last error, if the latest try failed.
    pub last_error: Option<String>,
}

/// The pause before a statement is tried again after `tries` failed posts: 1, 2, 4… minutes,
/// at most a day.
pub fn retry_pause(tries: u32) -> jiff::SignedDuration {
    let minutes = 1i64 << tries.min(11);
    jiff::SignedDuration::from_mins(minutes.min(24 * 60))
}

impl Records {
    /// This installation's statement identity. The IRI base is fixed the first time it is
    /// asked for (`wanted`, or the default); asking later for a different one is refused, since
    /// every statement already written points at the first.
    pub fn installation(&mut self, wanted: Option<&str>) -> Result<Installation, RecordsError> {
        let id = self.installation_id()?;
        let stored = self.config(IRI_BASE)?;
        let iri_base = match (stored, wanted) {
            (Some(stored), Some(wanted))
                if stored.trim_end_matches('/') != wanted.trim_end_matches('/') =>
            {
                return Err(RecordsError::Config(format!(
                    "the xAPI IRI base of this installation is {stored}; it cannot change to {wanted} (statements already point at it)"
                )));
            }
            (Some(stored), _) => stored,
            (None, wanted) => {
                let base = wanted.unwrap_or(DEFAULT_IRI_BASE).to_owned();
                if self.access() == crate::Access::ReadWrite {
                    self.set_config(IRI_BASE, &base)?;
                }
                base
            }
        };
        Ok(Installation { id, iri_base })
    }

    /// Writes to the outbox the statements of every record that has none there yet (all of
    /// them in one transaction). Returns how many statements were added.
    pub fn fill_outbox(
        &mut self,
        installation: &Installation,
        texts: &Texts,
        titles: &dyn Titles,
        now: Timestamp,
    ) -> Result<usize, RecordsError> {
        let data = ReportData::load(self, None)?;
        let threshold = self.thresholds()?.competency;
        let known: BTreeSet<String> = {
            let mut statement = self
                .conn()
                .prepare("SELECT DISTINCT source_uid FROM outbox")
                .map_err(|e| crate::error::classify(self.path(), e))?;
            let rows = statement
                .query_map([], |r| r.get::<_, String>(0))
                .map_err(|e| crate::error::classify(self.path(), e))?;
            rows.collect::<Result<_, _>>()
                .map_err(|e| crate::error::classify(self.path(), e))?
        };
        let new: Vec<Statement> = xapi::statements(installation, &data, texts, titles, threshold)
            .into_iter()
            .filter(|s| !known.contains(&s.source))
            .collect();
        if new.is_empty() {
            return Ok(0);
        }
        let path = self.path().to_path_buf();
        let conn = self.conn_mut()?;
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| crate::error::classify(&path, e))?;
        let mut added = 0;
        for statement in &new {
            added += tx
                .execute(
                    "INSERT INTO outbox (statement_id, source_uid, seq, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT(statement_id) DO NOTHING",
                    params![
                        statement.id(),
                        statement.source,
                        statement.seq,
                        statement.body.to_string(),
                        stamp(now)
                    ],
                )
                .map_err(|e| crate::error::classify(&path, e))?;
        }
        tx.commit().map_err(|e| crate::error::classify(&path, e))?;
        Ok(added)
    }

    /// Every statement in the outbox, in the order written (for `report --format xapi`).
    pub fn outbox_statements(&self) -> Result<Vec<Value>, RecordsError> {
        let mut statement = self
            .conn()
            .prepare("SELECT body FROM outbox ORDER BY created_at, rowid")
            .map_err(|e| crate::error::classify(self.path(), e))?;
        let rows = statement
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| crate::error::classify(self.path(), e))?;
        let mut out = Vec::new();
        for (index, body) in rows.enumerate() {
            let body = body.map_err(|e| crate::error::classify(self.path(), e))?;
            out.push(
                serde_json::from_str(&body).map_err(|e| RecordsError::DamagedRow {
                    path: self.path().to_path_buf(),
                    table: "outbox",
                    row: i64::try_from(index).unwrap_or(0),
                    column: "body",
                    detail: e.to_string(),
                })?,
            );
        }
        Ok(out)
    }

    /// Statements not yet confirmed whose pause has passed, oldest first, at most `limit`.
    pub fn waiting_statements(
        &self,
        now: Timestamp,
        limit: usize,
    ) -> Result<Vec<Waiting>, RecordsError> {
        let mut statement = self
            .conn()
            .prepare(
                "SELECT statement_id, body, tries FROM outbox
                 WHERE sent_at IS NULL AND (next_try_at IS NULL OR next_try_at <= ?1)
                 ORDER BY created_at, rowid LIMIT ?2",
            )
            .map_err(|e| crate::error::classify(self.path(), e))?;
        let mut rows = statement
            .query(params![
                stamp(now),
                i64::try_from(limit).unwrap_or(i64::MAX)
            ])
            .map_err(|e| crate::error::classify(self.path(), e))?;
        let mut out = Vec::new();
        while let Some(row) = rows
            .next()
            .map_err(|e| crate::error::classify(self.path(), e))?
        {
            let id: String = row
                .get(0)
                .map_err(|e| crate::error::classify(self.path(), e))?;
            let body: String = row
                .get(1)
                .map_err(|e| crate::error::classify(self.path(), e))?;
            let tries: u32 = row
                .get(2)
                .map_err(|e| crate::error::classify(self.path(), e))?;
            let body = serde_json::from_str(&body).map_err(|e| RecordsError::DamagedRow {
                path: self.path().to_path_buf(),
                table: "outbox",
                row: 0,
                column: "body",
                detail: format!("statement {id}: {e}"),
            })?;
            out.push(Waiting { id, body, tries });
        }
        Ok(out)
    }

    /// Marks statements as confirmed by the store.
    pub fn mark_sent(&mut self, ids: &[String], now: Timestamp) -> Result<(), RecordsError> {
        let path = self.path().to_path_buf();
        let conn = self.conn_mut()?;
        let tx = conn
            .transaction()
            .map_err(|e| crate::error::classify(&path, e))?;
        for id in ids {
            tx.execute(
                "UPDATE outbox SET sent_at = ?2, last_error = NULL WHERE statement_id = ?1",
                params![id, stamp(now)],
            )
            .map_err(|e| crate::error::classify(&path, e))?;
        }
        tx.commit().map_err(|e| crate::error::classify(&path, e))
    }

    /// Notes a failed post of these statements: counted, and not tried again before the pause.
    pub fn mark_failed(
        &mut self,
        ids: &[String],
        error: &str,
        now: Timestamp,
    ) -> Result<(), RecordsError> {
        let path = self.path().to_path_buf();
        let conn = self.conn_mut()?;
        let tx = conn
            .transaction()
            .map_err(|e| crate::error::classify(&path, e))?;
        for id in ids {
            let tries: u32 = tx
                .query_row(
                    "SELECT tries FROM outbox WHERE statement_id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(|e| crate::error::classify(&path, e))?
                .unwrap_or(0);
            let next = now.checked_add(retry_pause(tries)).unwrap_or(now);
            tx.execute(
                "UPDATE outbox SET tries = tries + 1, next_try_at = ?2, last_error = ?3 WHERE statement_id = ?1",
                params![id, stamp(next), error],
            )
            .map_err(|e| crate::error::classify(&path, e))?;
        }
        tx.commit().map_err(|e| crate::error::classify(&path, e))
    }

    /// How the outbox stands.
    pub fn outbox_status(&self) -> Result<OutboxStatus, RecordsError> {
        let path = self.path().to_path_buf();
        let (total, sent): (i64, i64) = self
            .conn()
            .query_row("SELECT COUNT(*), COUNT(sent_at) FROM outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(|e| crate::error::classify(&path, e))?;
        let last_sent: Option<String> = self
            .conn()
            .query_row("SELECT MAX(sent_at) FROM outbox", [], |r| r.get(0))
            .map_err(|e| crate::error::classify(&path, e))?;
        let last_error: Option<String> = self
            .conn()
            .query_row(
                "SELECT last_error FROM outbox WHERE sent_at IS NULL AND last_error IS NOT NULL
                 ORDER BY next_try_at DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| crate::error::classify(&path, e))?;
        let total = usize::try_from(total).unwrap_or(0);
        let sent = usize::try_from(sent).unwrap_or(0);
        Ok(OutboxStatus {
            total,
            sent,
            waiting: total - sent,
            last_sent: last_sent.and_then(|t| t.parse().ok()),
            last_error,
        })
    }
}
