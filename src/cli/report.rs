//! `madoguchi report`: the records as a readable table, CSV for Excel, JSON or xAPI 1.0.3
//! statements, to standard output or a file. It reads one snapshot of the file and changes
//! nothing in it (a read-only copy or disk can be reported too); the manager passcode, once
//! set, comes from `MADOGUCHI_MANAGER_PASSCODE` or a prompt, never the command line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_records::export::{self, ReportData, xapi};
use madoguchi_records::{Access, Records};

use super::EXIT_BAD_INPUT;
use super::out::Out;
use crate::library;
use crate::paths::{DataDir, now};

/// The report's format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// A readable table in the language.
    #[default]
    Table,
    /// CSV (UTF-8 with a byte-order mark, so Excel keeps the Japanese).
    Csv,
    /// Everything as JSON.
    Json,
    /// xAPI 1.0.3 statements (a JSON array).
    Xapi,
}

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(long)]
    staff: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    format: ReportFormat,
    #[arg(long)]
    out: Option<PathBuf>,
    #[arg(long)]
    iri_base: Option<String>,
}

/// Opens the records to report on: read and written when possible (so the passcode's wrong
/// tries are counted and the outbox filled), else read-only. No file yet is no records.
fn open_for_report(path: &Path, lang: Lang) -> Result<Records, ExitCode> {
    let texts = Texts::shipped();
    if !path.exists() {
        super::say(&texts.get_args(
            lang,
            "report-no-records",
            &[("path", path.display().to_string())],
        ));
        return Records::in_memory().map_err(|error| {
            super::say(&error.describe(texts, lang));
            ExitCode::from(super::records_exit(&error))
        });
    }
    match Records::open(path) {
        Ok(records) => Ok(records),
        Err(error) if error.severity() == madoguchi_records::Severity::Unwritable => {
            Records::open_read_only(path).map_err(|error| {
                super::say(&error.describe(texts, lang));
                ExitCode::from(super::records_exit(&error))
            })
        }
        Err(error) => {
            super::say(&error.describe(texts, lang));
            Err(ExitCode::from(super::records_exit(&error)))
        }
    }
}

/// Runs `report`.
pub fn run(args: &ReportArgs, lang: Lang, data_dir: Option<PathBuf>) -> ExitCode {
    let texts = Texts::shipped();
    let path = DataDir::resolve(data_dir).records();
    let mut records = match open_for_report(&path, lang) {
        Ok(records) => records,
        Err(code) => return code,
    };
    if let Err(code) = super::manager_gate(&mut records, lang) {
        return code;
    }
    if let Some(name) = &args.staff {
        match records.staff_named(name.trim()) {
            Ok(Some(_)) => {}
            Ok(None) => {
                super::say(&texts.get_args(
                    lang,
                    "report-unknown-staff",
                    &[("name", export::printable(name))],
                ));
                return ExitCode::from(EXIT_BAD_INPUT);
            }
            Err(error) => {
                super::say(&error.describe(texts, lang));
                return ExitCode::from(super::records_exit(&error));
            }
        }
    }
    let data = match ReportData::load(&records, args.staff.as_deref().map(str::trim)) {
        Ok(data) => data,
        Err(error) => {
            super::say(&error.describe(texts, lang));
            return ExitCode::from(super::records_exit(&error));
        }
    };
    let titles = library::titles();
    let text = match args.format {
        ReportFormat::Table => export::table(&data, texts, lang, &titles),
        ReportFormat::Csv => export::csv(&data, &titles),
        ReportFormat::Json => pretty(&export::json(&data)),
        ReportFormat::Xapi => match statements(&mut records, &data, args, lang) {
            Ok(statements) => pretty(&serde_json::Value::Array(statements)),
            Err(code) => return code,
        },
    };
    match &args.out {
        Some(out) => match write_file(out, &text) {
            Ok(()) => {
                super::say(&texts.get_args(
                    lang,
                    "report-written",
                    &[("path", out.display().to_string())],
                ));
                ExitCode::SUCCESS
            }
            Err(error) => {
                super::say(&texts.get_args(
                    lang,
                    "cli-error-write",
                    &[
                        ("path", out.display().to_string()),
                        ("reason", error.to_string()),
                    ],
                ));
                ExitCode::from(super::EXIT_OUTPUT)
            }
        },
        None => {
            let mut stdout = Out::new();
            stdout.text(&text);
            stdout.finish(ExitCode::SUCCESS, lang)
        }
    }
}

/// The xAPI statements: those of the outbox, written first for any record that has none yet
/// (on a read-only file, made for this report only). The statements of one staff member when
/// `--staff` is given.
fn statements(
    records: &mut Records,
    data: &ReportData,
    args: &ReportArgs,
    lang: Lang,
) -> Result<Vec<serde_json::Value>, ExitCode> {
    let texts = Texts::shipped();
    let fail = |error: madoguchi_records::RecordsError| {
        super::say(&error.describe(texts, lang));
        ExitCode::from(super::records_exit(&error))
    };
    let installation = records
        .installation(args.iri_base.as_deref())
        .map_err(fail)?;
    let titles = library::titles();
    if records.access() == Access::ReadOnly {
        let threshold = records.thresholds().map_err(fail)?.competency;
        return Ok(
            xapi::statements(&installation, data, texts, &titles, threshold)
                .into_iter()
                .map(|s| s.body)
                .collect(),
        );
    }
    records
        .fill_outbox(&installation, texts, &titles, now())
        .map_err(fail)?;
    let all = records.outbox_statements().map_err(fail)?;
    if args.staff.is_none() {
        return Ok(all);
    }
    let uids: Vec<&str> = data.staff.iter().map(|s| s.uid.as_str()).collect();
    Ok(all
        .into_iter()
        .filter(|s| {
            s["actor"]["account"]["name"]
                .as_str()
                .is_some_and(|name| uids.contains(&name))
        })
        .collect())
}

fn pretty(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes a file whole: to a temporary file in the same folder, synced, then renamed over it.
/// A folder given as the file is refused; a failed write leaves no temporary file behind.
fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
    if path.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "it is a folder",
        ));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".to_owned());
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let temporary = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    };
    write().inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}
