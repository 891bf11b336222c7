//! The scenario packs the app and the command line play: the shipped library, built into the
//! binary, and trainers' folders given on the command line or chosen in the settings.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use madoguchi_content::i18n::Lang;
use madoguchi_content::pack::PackFiles;
use madoguchi_content::pack::{CheckOptions, PackReport, check_pack};
use madoguchi_play::scenario::Scenario;
use madoguchi_rules::Policy;

include!(concat!(env!("OUT_DIR"), "/shipped_pack.rs"));

/// How the shipped pack is named in messages.
pub const SHIPPED_LABEL: &str = "scenarios";

/// The policy every session judges by, shared.
pub fn policy() -> Arc<Policy> {
    static POLICY: std::sync::OnceLock<Arc<Policy>> = std::sync::OnceLock::new();
    POLICY
        .get_or_init(|| Arc::new(Policy::builtin().clone()))
        .clone()
}

/// The rules version stored with records: the policy's and the pack's fingerprints.
pub fn rules_version(pack_fingerprint: u64) -> String {
    format!("{:016x}-{pack_fingerprint:016x}", policy().fingerprint())
}

/// A new seed from the clock, mixed so that seeds taken close together differ in every digit;
/// kept to nine digits so that a person can read it out and type it back.
pub fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut z = u64::try_from(nanos % u128::from(u64::MAX)).unwrap_or(0);
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) % 1_000_000_000
}

/// Scenario titles for reports: the shipped library's, or a generated patient's, in either
/// language (the id for a scenario it does not have, such as a trainer's pack's).
pub fn titles() -> impl Fn(&str, madoguchi_content::i18n::Lang) -> String {
    let shipped = shipped(CheckOptions { seeds: 0 });
    let policy = policy();
    move |scenario: &str, lang| {
        let item = madoguchi_play::assessment::Item {
            scenario: scenario.to_owned(),
            seed: None,
            style: madoguchi_play::session::PlayStyle::Free,
        };
        match item.scenario_in(&shipped.pack.scenarios, &policy) {
            Some(found) => {
                let (situation, _) = found.situation(None);
                madoguchi_content::present::Presenter {
                    texts: &shipped.pack.texts,
                    lang,
                    policy: &policy,
                    scenario: &found,
                    situation: &situation,
                }
                .title()
            }
            None => scenario.to_owned(),
        }
    }
}

/// The shipped library's files.
pub fn shipped_files() -> PackFiles {
    PackFiles::from_memory(SHIPPED_LABEL, SHIPPED_PACK)
}

/// Checks the shipped library.
pub fn shipped(options: CheckOptions) -> PackReport {
    check_pack(&shipped_files(), &policy(), options)
}

/// Checks a pack folder; the error is the folder's I/O error.
pub fn from_dir(dir: &Path, options: CheckOptions) -> std::io::Result<PackReport> {
    let files = PackFiles::from_dir(dir)?;
    Ok(check_pack(&files, &policy(), options))
}

/// The pack folder a scenario file belongs to: the nearest folder above it with `locales/`.
pub fn pack_root_of(file: &Path) -> Option<PathBuf> {
    file.ancestors()
        .skip(1)
        .find(|dir| dir.join("locales").is_dir())
        .map(Path::to_path_buf)
}

/// A scenario by shipped id or by file path, with the report of the pack it belongs to.
pub fn find_scenario(
    spec: &str,
    extra_packs: &[PathBuf],
    options: CheckOptions,
) -> Result<(Arc<Scenario>, PackReport), FindError> {
    let path = Path::new(spec);
    if spec.ends_with(".ron") || path.is_file() {
        let root = pack_root_of(path).ok_or_else(|| FindError::NoPack(spec.to_owned()))?;
        let report = from_dir(&root, options)
            .map_err(|e| FindError::Io(root.display().to_string(), e.to_string()))?;
        let canonical = std::fs::canonicalize(path)
            .map_err(|e| FindError::Io(spec.to_owned(), e.to_string()))?;
        let scenario = report
            .pack
            .scenarios
            .iter()
            .find(|s| std::fs::canonicalize(root.join(s.file())).is_ok_and(|p| p == canonical))
            .cloned()
            .ok_or_else(|| FindError::Invalid(spec.to_owned()))?;
        return Ok((scenario, report));
    }
    let mut reports = vec![shipped(options)];
    for dir in extra_packs {
        reports.push(
            from_dir(dir, options)
                .map_err(|e| FindError::Io(dir.display().to_string(), e.to_string()))?,
        );
    }
    for report in reports {
        if let Some(scenario) = report.pack.scenario(spec).cloned() {
            return Ok((scenario, report));
        }
    }
    Err(FindError::Unknown(spec.to_owned()))
}

/// Why a scenario could not be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    /// No scenario has that id.
    Unknown(String),
    /// The file is not inside a pack (no `locales/` above it).
    NoPack(String),
    /// The file did not pass checking.
    Invalid(String),
    /// A file or folder could not be read.
    Io(String, String),
}

/// The worked example of `docs/authoring.md`, the default template of a new scenario.
const EXAMPLE_RON: &str = include_str!("../docs/example-pack/example_expired_cert.ron");
const EXAMPLE_JA: &str = include_str!("../docs/example-pack/locales/ja/example.ftl");
const EXAMPLE_EN: &str = include_str!("../docs/example-pack/locales/en/example.ftl");
const EXAMPLE_ID: &str = "example_expired_cert";

/// A template of a new scenario: the scenario file, its id and its messages in each language.
pub struct Template {
    /// The template's scenario id (renamed in the copy).
    pub id: String,
    /// The scenario file.
    pub ron: String,
    /// Its Japanese messages.
    pub ja: String,
    /// Its English messages.
    pub en: String,
}

/// The messages of `id` in a pack's files of one language, in file order.
fn messages_of(files: &PackFiles, lang: Lang, id: &str) -> String {
    let prefix = format!("{id}-");
    let mut out = String::new();
    for (file_lang, file) in &files.locales {
        if *file_lang != lang {
            continue;
        }
        // A message runs from its `id =` line to the next line that starts a message.
        let mut keep = false;
        for line in file.text.lines() {
            let starts = line
                .split_once('=')
                .is_some_and(|(key, _)| !key.starts_with(' ') && !key.trim().is_empty());
            if starts {
                keep = line.starts_with(&prefix);
            }
            if keep {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The template `from` names: a shipped scenario's id, or the worked example when none.
pub fn template(from: Option<&str>) -> Option<Template> {
    let Some(from) = from else {
        return Some(Template {
            id: EXAMPLE_ID.to_owned(),
            ron: EXAMPLE_RON.to_owned(),
            ja: EXAMPLE_JA.to_owned(),
            en: EXAMPLE_EN.to_owned(),
        });
    };
    let files = shipped_files();
    let report = shipped(CheckOptions { seeds: 0 });
    let scenario = report.pack.scenarios.iter().find(|s| s.id() == from)?;
    let ron = files
        .scenarios
        .iter()
        .find(|f| f.path == scenario.file())?
        .text
        .clone();
    Some(Template {
        id: from.to_owned(),
        ron,
        ja: messages_of(&files, Lang::Ja, from),
        en: messages_of(&files, Lang::En, from),
    })
}
