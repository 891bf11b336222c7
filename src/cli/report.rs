//! `madoguchi report`: the records as a readable table, CSV for Excel, JSON or xAPI 1.0.3
//! statements, to standard output or a file; with `--lrs` the statements are also posted to a
//! learning record store.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_content::pack::CheckOptions;
use madoguchi_records::Records;
use madoguchi_records::export::{self, DEFAULT_IRI_BASE, ReportData};

use super::EXIT_BAD_INPUT;
use crate::library;
use crate::paths::DataDir;

/// Exit code when the learning record store refuses the statements or cannot be reached.
pub const EXIT_LRS: u8 = 4;

/// How many statements go in one request to the store.
const BATCH: usize = 200;

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
    lrs: Option<String>,
    #[arg(long, requires = "lrs")]
    user: Option<String>,
    #[arg(long, requires = "lrs")]
    password: Option<String>,
    #[arg(long, default_value = DEFAULT_IRI_BASE)]
    iri_base: String,
    #[arg(long)]
    passcode: Option<String>,
}

/// Runs `report`.
pub fn run(args: &ReportArgs, lang: Lang, data_dir: Option<PathBuf>) -> ExitCode {
    let texts = Texts::shipped();
    let path = DataDir::resolve(data_dir).file("records.sqlite");
    // No records yet: report on nothing rather than create a database.
    let opened = if path.exists() {
        Records::open(&path)
    } else {
        eprintln!(
            "{}",
            texts.get_args(
                lang,
                "report-no-records",
                &[("path", path.display().to_string())]
            )
        );
        Records::in_memory()
    };
    let records = match opened {
        Ok(records) => records,
        Err(error) => {
            eprintln!("{}", error.describe(texts, lang));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    // Everyone's results are the manager's: once a passcode is set, the report needs it.
    match records.has_manager_passcode() {
        Ok(false) => {}
        Ok(true) => {
            let given = args
                .passcode
                .clone()
                .or_else(|| std::env::var("MADOGUCHI_MANAGER_PASSCODE").ok());
            let verified = match &given {
                Some(passcode) => records.verify_manager_passcode(passcode),
                None => Ok(false),
            };
            match verified {
                Ok(true) => {}
                Ok(false) => {
                    eprintln!(
                        "{}",
                        texts.get(
                            lang,
                            if given.is_some() {
                                "records-wrong-passcode"
                            } else {
                                "report-needs-passcode"
                            }
                        )
                    );
                    return ExitCode::from(EXIT_BAD_INPUT);
                }
                Err(error) => {
                    eprintln!("{}", error.describe(texts, lang));
                    return ExitCode::from(EXIT_BAD_INPUT);
                }
            }
        }
        Err(error) => {
            eprintln!("{}", error.describe(texts, lang));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    }
    if let Some(name) = &args.staff {
        match records.staff_named(name.trim()) {
            Ok(Some(_)) => {}
            Ok(None) => {
                eprintln!(
                    "{}",
                    texts.get_args(lang, "report-unknown-staff", &[("name", name.clone())])
                );
                return ExitCode::from(EXIT_BAD_INPUT);
            }
            Err(error) => {
                eprintln!("{}", error.describe(texts, lang));
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        }
    }
    let loaded = ReportData::load(&records, args.staff.as_deref().map(str::trim))
        .and_then(|data| Ok((data, records.thresholds()?)));
    let (data, thresholds) = match loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{}", error.describe(texts, lang));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let shipped = library::shipped(CheckOptions { seeds: 0 });
    let titles = |scenario: &str, lang: Lang| match shipped.pack.scenario(scenario) {
        Some(found) => shipped.pack.texts.get(lang, &found.def().title),
        None => scenario.to_owned(),
    };
    let statements = || export::xapi(&data, texts, &titles, &args.iri_base, thresholds.competency);
    let text = match args.format {
        ReportFormat::Table => export::table(&data, texts, lang, &titles),
        ReportFormat::Csv => export::csv(&data, &titles),
        ReportFormat::Json => pretty(&export::json(&data)),
        ReportFormat::Xapi => pretty(&serde_json::Value::Array(statements())),
    };
    if let Some(url) = &args.lrs {
        let password = args
            .password
            .clone()
            .or_else(|| std::env::var("MADOGUCHI_LRS_PASSWORD").ok());
        match post(
            url,
            args.user.as_deref(),
            password.as_deref(),
            &statements(),
        ) {
            Ok(count) => eprintln!(
                "{}",
                texts.get_args(
                    lang,
                    "report-posted",
                    &[("count", count.to_string()), ("url", url.clone())]
                )
            ),
            Err(problem) => {
                eprintln!("{}", problem.describe(texts, lang, url));
                return ExitCode::from(EXIT_LRS);
            }
        }
        if args.out.is_none() && args.format == ReportFormat::Table {
            return ExitCode::SUCCESS;
        }
    }
    match &args.out {
        Some(out) => match write_file(out, &text) {
            Ok(()) => {
                eprintln!(
                    "{}",
                    texts.get_args(
                        lang,
                        "report-written",
                        &[("path", out.display().to_string())]
                    )
                );
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!(
                    "{}",
                    texts.get_args(
                        lang,
                        "cli-error-write",
                        &[
                            ("path", out.display().to_string()),
                            ("reason", error.to_string())
                        ]
                    )
                );
                ExitCode::from(EXIT_BAD_INPUT)
            }
        },
        None => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
    }
}

fn pretty(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes a file whole: to a temporary name beside it, then renamed over it.
fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".tmp");
    let temporary = PathBuf::from(temporary);
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path)
}

/// Why posting to the store failed.
#[derive(Debug)]
pub enum LrsProblem {
    /// The store answered with an error status.
    Status(u16, String),
    /// The store could not be reached.
    Transport(String),
}

impl LrsProblem {
    fn describe(&self, texts: &Texts, lang: Lang, url: &str) -> String {
        match self {
            LrsProblem::Status(status, body) => texts.get_args(
                lang,
                "report-lrs-refused",
                &[
                    ("url", url.to_owned()),
                    ("status", status.to_string()),
                    ("body", body.chars().take(300).collect()),
                ],
            ),
            LrsProblem::Transport(detail) => texts.get_args(
                lang,
                "report-lrs-unreachable",
                &[("url", url.to_owned()), ("detail", detail.clone())],
            ),
        }
    }
}

/// Posts the statements to `{url}/statements` in batches (xAPI 1.0.3, basic authentication);
/// the count posted. Statement ids are stable, so posting the same records twice is harmless.
pub fn post(
    url: &str,
    user: Option<&str>,
    password: Option<&str>,
    statements: &[serde_json::Value],
) -> Result<usize, LrsProblem> {
    let endpoint = format!("{}/statements", url.trim_end_matches('/'));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(30)))
        .http_status_as_error(false)
        .build()
        .into();
    let authorization = user.map(|user| {
        format!(
            "Basic {}",
            base64(format!("{user}:{}", password.unwrap_or_default()).as_bytes())
        )
    });
    let mut posted = 0;
    for batch in statements.chunks(BATCH) {
        let body = serde_json::to_vec(batch).unwrap_or_default();
        let mut request = agent
            .post(&endpoint)
            .header("X-Experience-API-Version", "1.0.3")
            .header("Content-Type", "application/json");
        if let Some(authorization) = &authorization {
            request = request.header("Authorization", authorization);
        }
        let mut response = request
            .send(&body[..])
            .map_err(|e| LrsProblem::Transport(e.to_string()))?;
        let status = response.status().as_u16();
        if !(200..300).contains(&status) {
            let body = response.body_mut().read_to_string().unwrap_or_default();
            return Err(LrsProblem::Status(status, body));
        }
        posted += batch.len();
    }
    Ok(posted)
}

/// Standard base64 with padding (for the basic authentication header).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"user:pass"), "dXNlcjpwYXNz");
        assert_eq!(base64("窓口".as_bytes()), "56qT5Y+j");
    }
}
