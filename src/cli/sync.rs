//! `madoguchi sync`: the records to the clinic group's learning record store. Pending records
//! are stored first, every record's statements go to the outbox once, and the outbox is posted
//! in batches, each marked sent only once the store confirms it. `--status` shows the outbox;
//! `--group` shows every installation's latest assessment read back from the store.
//!
//! The store's address and user are kept in the records (set once with `--lrs` and `--user`);
//! the password comes from `MADOGUCHI_LRS_PASSWORD` or a prompt, never the command line, and
//! is never kept.

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_records::lrs::{self, Lrs, SyncError};
use madoguchi_records::{Access, Records};

use super::out::Out;
use crate::library;
use crate::paths::{DataDir, now};

/// Exit code when the learning record store refuses the statements or cannot be reached.
pub const EXIT_LRS: u8 = 4;

use lrs::{CONFIG_ENDPOINT as ENDPOINT, CONFIG_USER as USER, PASSWORD_VAR};

/// Arguments of `sync`.
#[derive(Debug, clap::Args)]
pub struct SyncArgs {
    #[arg(long)]
    lrs: Option<String>,
    #[arg(long)]
    user: Option<String>,
    #[arg(long)]
    iri_base: Option<String>,
    #[arg(long)]
    status: bool,
    #[arg(long)]
    group: bool,
}

/// The store the records are set up for (address and user from the records, the password
/// from the environment or a prompt), if any.
pub fn configured_lrs(records: &Records, prompt: bool) -> Result<Option<Lrs>, lrs::LrsError> {
    let Ok(Some(endpoint)) = records.config(ENDPOINT) else {
        return Ok(None);
    };
    let user = records.config(USER).ok().flatten();
    let password = match std::env::var(PASSWORD_VAR) {
        Ok(password) => Some(password),
        Err(_) if prompt && user.is_some() => super::prompt_secret(PASSWORD_VAR),
        Err(_) => None,
    };
    Lrs::new(&endpoint, user.as_deref(), password.as_deref()).map(Some)
}

/// Runs `sync`.
pub fn run(args: &SyncArgs, lang: Lang, data_dir: Option<PathBuf>) -> ExitCode {
    let texts = Texts::shipped();
    let dir = DataDir::resolve(data_dir);
    let mut records = match super::open_records(&dir, lang) {
        Ok(records) => records,
        Err(code) => return code,
    };
    let fail = |error: madoguchi_records::RecordsError| {
        super::say(&error.describe(texts, lang));
        ExitCode::from(super::records_exit(&error))
    };
    if let Some(endpoint) = &args.lrs {
        // Checked before it is kept: no credentials in the address.
        if let Err(error) = Lrs::new(endpoint, None, None) {
            super::say(&error.describe(texts, lang));
            return ExitCode::from(super::EXIT_BAD_INPUT);
        }
        if let Err(error) = records.set_config(ENDPOINT, endpoint.trim()) {
            return fail(error);
        }
    }
    if let Some(user) = &args.user
        && let Err(error) = records.set_config(USER, user.trim())
    {
        return fail(error);
    }
    let installation = match records.installation(args.iri_base.as_deref()) {
        Ok(installation) => installation,
        Err(error) => return fail(error),
    };
    let titles = library::titles();
    let added = match records.fill_outbox(&installation, texts, &titles, now()) {
        Ok(added) => added,
        Err(error) => return fail(error),
    };
    let mut out = Out::new();
    if args.status {
        match records.outbox_status() {
            Ok(status) => out.line(status_line(&status, texts, lang)),
            Err(error) => return fail(error),
        }
        return out.finish(ExitCode::SUCCESS, lang);
    }
    let lrs = match configured_lrs(&records, true) {
        Ok(Some(lrs)) => lrs,
        Ok(None) => {
            super::say(&texts.get(lang, "sync-no-lrs"));
            return ExitCode::from(super::EXIT_BAD_INPUT);
        }
        Err(error) => {
            super::say(&error.describe(texts, lang));
            return ExitCode::from(super::EXIT_BAD_INPUT);
        }
    };
    if args.group {
        return match lrs::group_readiness(&lrs, &installation.iri_base) {
            Ok(members) => {
                for line in group_lines(&members, texts, lang) {
                    out.line(line);
                }
                out.finish(ExitCode::SUCCESS, lang)
            }
            Err(error) => {
                super::say(&error.describe(texts, lang));
                ExitCode::from(EXIT_LRS)
            }
        };
    }
    match lrs::sync(&mut records, &lrs, now(), true) {
        Ok(report) => {
            out.line(texts.get_args(
                lang,
                "sync-done",
                &[
                    ("added", added.to_string()),
                    ("sent", report.sent.to_string()),
                    ("waiting", report.waiting.to_string()),
                    ("url", lrs.address().to_owned()),
                ],
            ));
            out.finish(ExitCode::SUCCESS, lang)
        }
        Err(SyncError::Store { error, sent }) => {
            super::say(&texts.get_args(
                lang,
                "sync-failed",
                &[
                    ("reason", error.describe(texts, lang)),
                    ("sent", sent.to_string()),
                ],
            ));
            ExitCode::from(EXIT_LRS)
        }
        Err(SyncError::Records(error)) => fail(error),
    }
}

/// One line on how the outbox stands.
pub fn status_line(
    status: &madoguchi_records::outbox::OutboxStatus,
    texts: &Texts,
    lang: Lang,
) -> String {
    texts.get_args(
        lang,
        "sync-status",
        &[
            ("total", status.total.to_string()),
            ("sent", status.sent.to_string()),
            ("waiting", status.waiting.to_string()),
            (
                "last",
                status
                    .last_sent
                    .map(madoguchi_records::export::local_time)
                    .unwrap_or_else(|| "-".to_owned()),
            ),
        ],
    )
}

/// The group's readiness as an aligned table.
fn group_lines(members: &[lrs::GroupMember], texts: &Texts, lang: Lang) -> Vec<String> {
    let mut lines = vec![texts.get_args(
        lang,
        "sync-group-header",
        &[("count", members.len().to_string())],
    )];
    for member in members {
        lines.push(
            texts.get_args(
                lang,
                "sync-group-row",
                &[
                    ("name", member.name.clone()),
                    (
                        "installation",
                        member
                            .installation
                            .rsplit('/')
                            .next()
                            .unwrap_or_default()
                            .chars()
                            .take(8)
                            .collect(),
                    ),
                    (
                        "result",
                        texts.get(
                            lang,
                            if member.passed {
                                "report-passed"
                            } else {
                                "report-failed"
                            },
                        ),
                    ),
                    ("overall", format!("{:.0}", member.overall * 100.0)),
                    ("count", member.assessments.to_string()),
                    (
                        "at",
                        member
                            .at
                            .map(madoguchi_records::export::local_time)
                            .unwrap_or_default(),
                    ),
                ],
            ),
        );
    }
    lines
}

/// After a record is stored: if the records are set up for a store and its password is in the
/// environment, post what waits (a failure only means the statements wait for the next sync).
pub fn after_store(records: &mut Records, lang: Lang) {
    if records.access() != Access::ReadWrite {
        return;
    }
    let Ok(Some(lrs)) = configured_lrs(records, false) else {
        return;
    };
    let texts = Texts::shipped();
    let Ok(installation) = records.installation(None) else {
        return;
    };
    let titles = library::titles();
    if records
        .fill_outbox(&installation, texts, &titles, now())
        .is_err()
    {
        return;
    }
    match lrs::sync(records, &lrs, now(), false) {
        Ok(report) => super::say(&texts.get_args(
            lang,
            "sync-done",
            &[
                ("added", "0".to_owned()),
                ("sent", report.sent.to_string()),
                ("waiting", report.waiting.to_string()),
                ("url", lrs.address().to_owned()),
            ],
        )),
        Err(error) => {
            super::say(&texts.get_args(lang, "sync-later", &[("reason", error.to_string())]))
        }
    }
}
