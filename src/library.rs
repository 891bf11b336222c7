//! The scenario packs the app and the command line play: the shipped library, built into the
//! binary, and trainers' folders given on the command line or chosen in the settings.

use std::path::{Path, PathBuf};
use std::sync::Arc;

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
