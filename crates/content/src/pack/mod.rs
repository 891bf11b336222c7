//! Scenario packs: a folder of scenario files (`*.ron`) with their text
//! (`locales/<lang>/*.ftl`), loaded from disk or memory and checked as a whole. Checking
//! reports every finding with its file and line — syntax, unknown names, broken or unreachable
//! beats, dead ends, missing or unused text, facts that cannot happen, expectations the engine
//! disagrees with, and paths that end without the decisions a check-in needs — and keeps the
//! scenarios that passed.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Texts, parse_ftl, renderings, resource_ids};

mod quality;
use madoguchi_play::scenario::{
    Condition, FORMAT_VERSION, MAX_BEATS, MAX_CHOICES, Scenario, ScenarioDef, Vary, holds,
};
use madoguchi_rules::Name;
use madoguchi_rules::privacy::looks_like_my_number;
use madoguchi_rules::stable::fnv1a64;
use madoguchi_rules::wire::{InputError, from_ron};
use madoguchi_rules::{Decision, Policy, RuleId, RuleSet, Ruling, Situation, Verdict, judge, rule};

/// One text file of a pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The path inside the pack, with `/` separators.
    pub path: String,
    /// The contents.
    pub text: String,
}

/// The files of one pack, before checking.
#[derive(Clone, Debug, Default)]
pub struct PackFiles {
    /// How the pack is named in messages: its folder, or `scenarios` for the built-in one.
    pub label: String,
    /// The folder, for packs on disk.
    pub root: Option<PathBuf>,
    /// The scenario files.
    pub scenarios: Vec<SourceFile>,
    /// The fluent files, by language.
    pub locales: Vec<(Lang, SourceFile)>,
    /// Files that could not be read, and folders under `locales/` that are not a language.
    pub problems: Vec<Finding>,
}

impl PackFiles {
    /// Reads a pack folder: every `*.ron` outside `locales/`, every `locales/<lang>/*.ftl`,
    /// within the pack walker's limits (no link out of the pack or to a folder is followed; a
    /// byte-order mark is dropped). Fails only if the folder itself cannot be read.
    pub fn from_dir(dir: &Path) -> std::io::Result<PackFiles> {
        let mut files = PackFiles {
            label: dir.display().to_string(),
            root: Some(dir.to_path_buf()),
            ..PackFiles::default()
        };
        let (read, problems) = madoguchi_packfs::read_pack(dir, madoguchi_packfs::Limits::DEFAULT)?;
        for problem in problems {
            files.problems.push(Finding::new(
                problem.path().to_owned(),
                FindingKind::Io,
                &[("detail", problem.to_string())],
            ));
        }
        for file in read {
            files.add(file.path, file.text);
        }
        files.scenarios.sort_by(|a, b| a.path.cmp(&b.path));
        files
            .locales
            .sort_by(|a, b| (a.0, &a.1.path).cmp(&(b.0, &b.1.path)));
        Ok(files)
    }

    /// A pack from files held in memory (the built-in library, tests, generated packs).
    pub fn from_memory(label: &str, files: &[(&str, &str)]) -> PackFiles {
        let mut pack = PackFiles {
            label: label.to_owned(),
            ..PackFiles::default()
        };
        for (path, text) in files {
            pack.add((*path).to_owned(), (*text).to_owned());
        }
        pack
    }

    /// Adds a file by its path inside the pack (a byte-order mark is dropped).
    pub fn add(&mut self, path: String, text: String) {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        if let Some(rest) = path.strip_prefix("locales/") {
            let lang_code = rest.split('/').next().unwrap_or_default();
            match Lang::from_code(lang_code) {
                Some(lang) if path.ends_with(".ftl") => {
                    self.locales.push((lang, SourceFile { path, text }));
                }
                Some(_) => {}
                None => self.problems.push(Finding::new(
                    path.clone(),
                    FindingKind::UnknownLocale,
                    &[("folder", lang_code.to_owned())],
                )),
            }
        } else if path.ends_with(".ron") {
            self.scenarios.push(SourceFile { path, text });
        }
    }

    /// A hash of every file, for the records' "rules version".
    pub fn fingerprint(&self) -> u64 {
        let mut parts: Vec<&[u8]> = Vec::new();
        for file in &self.scenarios {
            parts.push(file.path.as_bytes());
            parts.push(file.text.as_bytes());
        }
        for (_, file) in &self.locales {
            parts.push(file.path.as_bytes());
            parts.push(file.text.as_bytes());
        }
        fnv1a64(&parts)
    }
}

/// What kind of problem a finding is.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum FindingKind {
    /// A file could not be read.
    Io,
    /// A folder under `locales/` that is not a language Madoguchi speaks.
    UnknownLocale,
    /// RON that does not parse, or a value of the wrong type.
    Syntax,
    /// A field the format does not have.
    UnknownField,
    /// An action the engine does not know.
    UnknownAction,
    /// A competency that does not exist.
    UnknownCompetency,
    /// Another value the format does not know.
    UnknownValue,
    /// A format version this build cannot read.
    UnsupportedVersion,
    /// A scenario id that is empty or not `[a-z0-9_]`.
    BadId,
    /// Two scenarios with the same id.
    DuplicateId,
    /// A scenario that trains no competency.
    NoCompetency,
    /// More beats, or more choices in a beat, than the documented limits.
    TooLarge,
    /// A decision with two options (a decision offers at least three).
    FewOptions,
    /// The right option is the longest in more than half the decisions.
    LengthTell,
    /// A drawn fact decides the answer but the trainee cannot see it.
    HiddenFact,
    /// A document detail that breaks the real format.
    DocumentFormat,
    /// A `free_lines` key that is no patient line.
    UnknownFreeLine,
    /// A beat that is named but does not exist.
    MissingBeat,
    /// A beat no path reaches.
    UnreachableBeat,
    /// A beat that is not an ending and has no choices.
    DeadEnd,
    /// Beats that loop with no way to an ending.
    EndlessCycle,
    /// An ending beat that also has choices.
    EndingWithChoices,
    /// A message used by a scenario that a language lacks.
    MissingMessage,
    /// A variable in a message that the scenario does not give (`{ $agee }`).
    UnknownVariable,
    /// A message a pack defines that no scenario uses.
    UnusedMessage,
    /// A fluent file that does not parse.
    FtlSyntax,
    /// A message defined twice, or redefining one of Madoguchi's own.
    MessageClash,
    /// Facts that cannot happen together.
    ImpossibleFact,
    /// An asserted state that the facts do not give.
    AssertionFailed,
    /// An author's expectation that the engine does not share.
    ExpectationMismatch,
    /// A path to a check-in that never decides the route or the copay.
    MissingDecision,
    /// A path to a check-in that skips a step of the right handling the scenario offers.
    MissedStep,
    /// Beats a player can go round forever (an assessment could never end).
    RepeatableCycle,
    /// A variant that cannot be drawn.
    BadVariant,
    /// Twelve digits in a row, as a My Number is written: Madoguchi never shows one.
    MyNumber,
    /// Characters the bundled fonts cannot draw (the trainee would see □).
    NoGlyph,
}

/// One problem, with where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The file, relative to the pack.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What kind of problem.
    pub kind: FindingKind,
    /// The details the message shows (`beat`, `id`, `lang`, `detail`, …).
    pub args: BTreeMap<String, String>,
}

impl Finding {
    fn new(file: String, kind: FindingKind, args: &[(&str, String)]) -> Finding {
        Finding {
            file,
            line: None,
            column: None,
            kind,
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        }
    }

    fn at(mut self, position: Option<(usize, usize)>) -> Finding {
        if let Some((line, column)) = position {
            self.line = Some(line);
            self.column = Some(column);
        }
        self
    }

    /// `file:line:column` (as far as known).
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column}", self.file),
            (Some(line), None) => format!("{}:{line}", self.file),
            _ => self.file.clone(),
        }
    }

    /// The message in a language, from `finding-<kind>` with the finding's details. Names of
    /// decisions and steps are given in the language (`確認方法`, not `route`).
    pub fn message(&self, texts: &Texts, lang: Lang) -> String {
        let worded = |prefix: &str, names: &str| {
            names
                .split(", ")
                .map(|name| texts.get(lang, &format!("{prefix}-{name}")))
                .collect::<Vec<_>>()
                .join(if lang == Lang::Ja { "、" } else { ", " })
        };
        let mut args: Vec<(&str, String)> = self
            .args
            .iter()
            .filter(|(k, _)| !k.starts_with("p."))
            .map(|(k, v)| match k.as_str() {
                "decisions" => (k.as_str(), worded("decision", v)),
                "steps" => (k.as_str(), worded("step", v)),
                _ => (k.as_str(), v.clone()),
            })
            .collect();
        // Verdicts and rules in words; which draw, in words.
        if self.kind == FindingKind::ExpectationMismatch {
            for (k, v) in &mut args {
                match *k {
                    "expected" | "engine" => *v = texts.get(lang, &format!("verdict-{v}")),
                    "rules" => {
                        // Each rule by its title, dates filled in from the calendar.
                        let policy = Policy::builtin();
                        *v = v
                            .split(", ")
                            .filter_map(|id| RuleId::ALL.iter().find(|r| r.as_str() == id))
                            .map(|rule| texts.rule_title(lang, policy, *rule))
                            .collect::<Vec<_>>()
                            .join(if lang == Lang::Ja { "、" } else { ", " });
                    }
                    _ => {}
                }
            }
        }
        // A condition in words, not in RON.
        if let Some(condition) = self
            .args
            .get("condition")
            .and_then(|c| from_ron::<Condition>(c).ok())
        {
            args.retain(|(k, _)| *k != "condition");
            args.push(("condition", condition_words(&condition, texts, lang)));
        }
        if let Some(seed) = self.args.get("seed") {
            let draw = if seed == "-" {
                texts.get(lang, "finding-draw-authored")
            } else {
                texts.get_args(lang, "finding-draw-seed", &[("seed", seed.clone())])
            };
            args.push(("draw", draw));
        }
        // A fact the engine finds impossible is worded from its own message.
        if let Some(problem) = self.args.get("problem") {
            let values: Vec<(&str, String)> = self
                .args
                .iter()
                .filter_map(|(k, v)| k.strip_prefix("p.").map(|k| (k, v.clone())))
                .collect();
            let detail = texts.get_args(lang, problem, &values);
            args.retain(|(k, _)| *k != "detail");
            args.push(("detail", detail));
        }
        // A reading error in the reader's language, where its kind is known.
        if let Some(code) = self.args.get("code") {
            let id = format!("syntax-{code}");
            // A message naming values only when they are known.
            let complete = match code.as_str() {
                "unknown_value" => self.args.contains_key("found"),
                "unknown_field" => self.args.contains_key("expected"),
                _ => true,
            };
            if complete && texts.has(lang, &id) {
                let values: Vec<(&str, String)> = self
                    .args
                    .iter()
                    .filter(|(k, _)| matches!(k.as_str(), "found" | "expected" | "near" | "path"))
                    .map(|(k, v)| (k.as_str(), v.clone()))
                    .collect();
                let worded = texts.get_args(lang, &id, &values);
                let path = self.args.get("path").filter(|p| !p.is_empty());
                let detail = match path {
                    Some(path) => format!("{path}: {worded}"),
                    None => worded,
                };
                args.retain(|(k, _)| *k != "detail");
                args.push(("detail", detail));
            }
        }
        let message = texts.get_args(lang, &format!("finding-{}", self.kind.name()), &args);
        // The line as written, with a caret under the place.
        match (self.args.get("source"), self.args.get("caret")) {
            (Some(source), Some(caret)) => format!("{message}\n    {source}\n    {caret}"),
            _ => message,
        }
    }
}

/// A pack that passed checking: its scenarios and its texts.
#[derive(Clone, Debug)]
pub struct Pack {
    /// How the pack is named.
    pub label: String,
    /// Its folder, for packs on disk.
    pub root: Option<PathBuf>,
    /// The scenarios that passed, in file order.
    pub scenarios: Vec<Arc<Scenario>>,
    /// Madoguchi's texts with the pack's on top.
    pub texts: Texts,
    /// A hash of the pack's files.
    pub fingerprint: u64,
}

impl Pack {
    /// A scenario by id.
    pub fn scenario(&self, id: &str) -> Option<&Arc<Scenario>> {
        self.scenarios.iter().find(|s| s.id() == id)
    }
}

/// The result of checking a pack.
#[derive(Clone, Debug)]
pub struct PackReport {
    /// The scenarios that passed, with the texts.
    pub pack: Pack,
    /// Every finding, in file order.
    pub findings: Vec<Finding>,
    /// The rules the pack's play-throughs cite.
    pub coverage: RuleSet,
    /// How many scenario files were read.
    pub files_checked: usize,
}

/// How thoroughly to check.
#[derive(Clone, Copy, Debug)]
pub struct CheckOptions {
    /// Seeds sampled for scenarios with variants (besides the authored facts).
    pub seeds: u64,
}

impl Default for CheckOptions {
    fn default() -> CheckOptions {
        CheckOptions { seeds: 16 }
    }
}

/// Checks a pack and keeps what passed.
pub fn check_pack(files: &PackFiles, policy: &Arc<Policy>, options: CheckOptions) -> PackReport {
    let mut findings = files.problems.clone();

    // The texts, language by language.
    let mut texts = Texts::shipped().clone();
    let mut defined: BTreeMap<Lang, BTreeMap<String, (String, usize)>> = BTreeMap::new();
    for lang in Lang::ALL {
        let mut resources: Vec<Arc<FluentResource>> = Vec::new();
        let ids = defined.entry(lang).or_default();
        for (file_lang, file) in &files.locales {
            if *file_lang != lang {
                continue;
            }
            let (resource, errors) = parse_ftl(&file.path, file.text.clone());
            for error in errors {
                let mut args = vec![("detail", error.message.clone())];
                if let Some((code, token)) = &error.code {
                    args.push(("code", format!("ftl_{code}")));
                    if let Some(token) = token {
                        args.push(("found", token.clone()));
                    }
                }
                args.extend(source_and_caret(&file.text, error.line, error.column));
                findings.push(
                    Finding::new(file.path.clone(), FindingKind::FtlSyntax, &args)
                        .at(Some((error.line, error.column))),
                );
            }
            // Privacy: no My Number anywhere in the file — comments, every variant and
            // attribute, escaped string literals. The finding never repeats the digits.
            let mut flagged = BTreeSet::new();
            for (id, text) in renderings(&file.text) {
                if looks_like_my_number(&text) && flagged.insert(id.clone()) {
                    findings.push(
                        Finding::new(
                            file.path.clone(),
                            FindingKind::MyNumber,
                            &[("id", id.clone()), ("lang", lang.code().to_owned())],
                        )
                        .at(Some((ftl_line(&file.text, &id), 1))),
                    );
                }
            }
            if flagged.is_empty() {
                findings.extend(raw_lines_with_my_number(file));
            }
            findings.extend(undrawable_characters(file));
            for id in resource_ids(&resource) {
                let line = ftl_line(&file.text, &id);
                if let Some((other, _)) = ids.get(&id) {
                    findings.push(
                        Finding::new(
                            file.path.clone(),
                            FindingKind::MessageClash,
                            &[
                                ("id", id.clone()),
                                ("lang", lang.code().to_owned()),
                                ("other", other.clone()),
                            ],
                        )
                        .at(Some((line, 1))),
                    );
                } else if Texts::shipped().has(lang, &id) {
                    findings.push(
                        Finding::new(
                            file.path.clone(),
                            FindingKind::MessageClash,
                            &[
                                ("id", id.clone()),
                                ("lang", lang.code().to_owned()),
                                ("other", "Madoguchi".to_owned()),
                            ],
                        )
                        .at(Some((line, 1))),
                    );
                } else {
                    ids.insert(id, (file.path.clone(), line));
                }
            }
            resources.push(resource);
        }
        texts = texts.with_layer(lang, &resources).0;
    }

    let mut scenarios = Vec::new();
    let mut coverage = RuleSet::EMPTY;
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut unparsed = false;
    let mut ids: BTreeMap<String, String> = BTreeMap::new();
    for file in &files.scenarios {
        // Privacy: no My Number in the scenario file, comments included, nor in any string
        // once its escapes are read (the texts it shows are checked with their files), even
        // when it does not parse. The finding never repeats the digits.
        let strings = ron_strings(&file.text);
        match strings.iter().find(|s| looks_like_my_number(s)) {
            Some(found) => findings.push(
                Finding::new(
                    file.path.clone(),
                    FindingKind::MyNumber,
                    &[("id", "none".to_owned()), ("lang", String::new())],
                )
                .at(file
                    .text
                    .lines()
                    .position(|line| line.contains(found.as_str()))
                    .map(|n| (n + 1, 1))
                    .or_else(|| locate(&file.text, "\\"))),
            ),
            None => findings.extend(raw_lines_with_my_number(file)),
        }
        findings.extend(undrawable_characters(file));
        let def: ScenarioDef = match from_ron(&file.text) {
            Ok(def) => def,
            Err(error) => {
                findings.push(parse_finding(&file.path, &file.text, error));
                unparsed = true;
                continue;
            }
        };
        let mut local = Vec::new();
        let check = ScenarioCheck {
            policy,
            file,
            def: &def,
            defined: &defined,
            texts: &texts,
            options,
        };
        let messages = check.messages();
        for id in &messages {
            used.insert(id.clone());
        }
        if let Some(other) = ids.get(&def.id) {
            local.push(
                Finding::new(
                    file.path.clone(),
                    FindingKind::DuplicateId,
                    &[("id", def.id.clone()), ("other", other.clone())],
                )
                .at(locate(&file.text, "id:")),
            );
        } else {
            ids.insert(def.id.clone(), file.path.clone());
        }
        let scenario_coverage = check.run(&mut local);
        if local.is_empty() {
            coverage.extend(scenario_coverage);
            scenarios.push(Scenario::checked(def, file.path.clone()));
        }
        findings.extend(local);
    }

    // Messages the pack defines that no scenario uses (not known while a file does not parse).
    for (lang, messages) in defined.iter().filter(|_| !unparsed) {
        for (id, (file, line)) in messages {
            if !used.contains(id) {
                findings.push(
                    Finding::new(
                        file.clone(),
                        FindingKind::UnusedMessage,
                        &[("id", id.clone()), ("lang", lang.code().to_owned())],
                    )
                    .at(Some((*line, 1))),
                );
            }
        }
    }
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.kind).cmp(&(&b.file, b.line, b.column, b.kind))
    });

    PackReport {
        pack: Pack {
            label: files.label.clone(),
            root: files.root.clone(),
            scenarios,
            texts,
            fingerprint: files.fingerprint(),
        },
        findings,
        coverage,
        files_checked: files.scenarios.len(),
    }
}

/// The line where a fluent message is defined.
fn ftl_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

/// Line and column of the first occurrence of `needle`.
fn locate(text: &str, needle: &str) -> Option<(usize, usize)> {
    text.find(needle)
        .map(|offset| crate::i18n::line_column(text, offset))
}

/// Line and column of `needle` inside the definition of a beat (or anywhere, if the beat's key
/// is not found).
fn locate_in_beat(text: &str, beat: &str, needle: &str) -> Option<(usize, usize)> {
    let key = format!("\"{beat}\":");
    let start = text.find(&key).unwrap_or(0);
    text[start..]
        .find(needle)
        .map(|offset| crate::i18n::line_column(text, start + offset))
        .or_else(|| locate(text, &key))
}

/// A condition of `assert` or `branches` in the reader's words (`cert(in_grace)` →
/// 「電子証明書：期限切れ・猶予期間中」).
pub fn condition_words(condition: &Condition, texts: &Texts, lang: Lang) -> String {
    let value = |prefix: &str, name: &str| texts.get(lang, &format!("{prefix}-{name}"));
    let says = |id: &str, v: String| texts.get_args(lang, id, &[("value", v)]);
    let join = |items: &[Condition], sep: &str| {
        items
            .iter()
            .map(|c| condition_words(c, texts, lang))
            .collect::<Vec<_>>()
            .join(&texts.get(lang, sep))
    };
    match condition {
        Condition::Verdict(v) => says("cond-verdict", value("verdict", v.name())),
        Condition::Cert(c) => says("cond-cert", value("cert", c.name())),
        Condition::MynaConfirmed => texts.get(lang, "cond-myna_confirmed"),
        Condition::MynaFailed(f) => says("cond-myna_failed", value("myna", f.name())),
        Condition::MynaNotPresented => texts.get(lang, "cond-myna_not_presented"),
        Condition::ConfirmedBy(r) => says("cond-confirmed_by", value("confirmed", r.name())),
        Condition::Copay(r) => says("cond-copay", value("copay", r.name())),
        Condition::Auth(a) => says(
            "cond-auth",
            value("auth", a.map_or("none", |mode| mode.name())),
        ),
        Condition::All(items) => join(items, "cond-and"),
        Condition::Any(items) => join(items, "cond-or"),
        Condition::Not(inner) => says("cond-not", condition_words(inner, texts, lang)),
    }
}

/// The line as written and a caret under the column (by display width: a kanji is two), as
/// a finding's `source` and `caret`.
fn source_and_caret(text: &str, line: usize, column: usize) -> Vec<(&'static str, String)> {
    let Some(source) = text.lines().nth(line.saturating_sub(1)) else {
        return Vec::new();
    };
    let before: String = source.chars().take(column.saturating_sub(1)).collect();
    let width = unicode_width::UnicodeWidthStr::width(before.as_str());
    vec![
        ("source", source.trim_end().to_owned()),
        ("caret", format!("{}^", " ".repeat(width))),
    ]
}

fn parse_finding(file: &str, text: &str, error: InputError) -> Finding {
    let kind = match error.code {
        Some("unknown_field") => FindingKind::UnknownField,
        Some("unknown_value") => {
            if error.path.ends_with(".action") || error.path.contains(".action.") {
                FindingKind::UnknownAction
            } else if error.path.starts_with("competencies") {
                FindingKind::UnknownCompetency
            } else {
                FindingKind::UnknownValue
            }
        }
        _ => FindingKind::Syntax,
    };
    let detail = if error.path.is_empty() {
        error.message.clone()
    } else {
        format!("{}: {}", error.path, error.message)
    };
    let mut args = vec![("detail", detail), ("path", error.path.clone())];
    if let Some(code) = error.code {
        args.push(("code", code.to_owned()));
    }
    // The value found and those allowed, for the message in the reader's language, with the
    // allowed value nearest to a misspelt one.
    args.extend(error.details.iter().cloned());
    if let (Some((_, found)), Some((_, expected))) = (
        error.details.iter().find(|(k, _)| *k == "found"),
        error.details.iter().find(|(k, _)| *k == "expected"),
    ) {
        let allowed: Vec<String> = expected.split(", ").map(str::to_owned).collect();
        args.push((
            "near",
            nearest(&allowed, found).unwrap_or_else(|| "none".to_owned()),
        ));
    }
    if let Some(line) = error.line {
        args.extend(source_and_caret(text, line, error.column.unwrap_or(1)));
    }
    Finding::new(file.to_owned(), kind, &args).at(error.line.zip(error.column.or(Some(1))))
}

/// Checks one parsed scenario.
struct ScenarioCheck<'a> {
    policy: &'a Arc<Policy>,
    file: &'a SourceFile,
    def: &'a ScenarioDef,
    defined: &'a BTreeMap<Lang, BTreeMap<String, (String, usize)>>,
    texts: &'a Texts,
    options: CheckOptions,
}

impl ScenarioCheck<'_> {
    fn finding(
        &self,
        kind: FindingKind,
        args: &[(&str, String)],
        at: Option<(usize, usize)>,
    ) -> Finding {
        Finding::new(self.file.path.clone(), kind, args).at(at)
    }

    /// Every message id the scenario uses.
    fn messages(&self) -> Vec<String> {
        let mut ids = vec![self.def.title.clone(), self.def.summary.clone()];
        for beat in self.def.beats.values() {
            ids.extend(beat.lines.iter().cloned());
            ids.extend(beat.choices.iter().map(|c| c.text.clone()));
        }
        ids.extend(self.def.free_lines.values().cloned());
        ids
    }

    /// Free-play lines keyed by something that is not a patient line.
    fn check_free_lines(&self, findings: &mut Vec<Finding>) {
        let keys: Vec<String> = madoguchi_play::free::PatientLine::all()
            .into_iter()
            .map(|line| line.key())
            .collect();
        for key in self.def.free_lines.keys() {
            if !keys.contains(key) {
                let near = keys
                    .iter()
                    .min_by_key(|k| strsim_distance(k, key))
                    .cloned()
                    .unwrap_or_default();
                findings.push(self.finding(
                    FindingKind::UnknownFreeLine,
                    &[("key", key.clone()), ("near", near)],
                    locate(&self.file.text, &format!("\"{key}\"")),
                ));
            }
        }
    }

    fn run(&self, findings: &mut Vec<Finding>) -> RuleSet {
        let def = self.def;
        let text = &self.file.text;
        if def.version != FORMAT_VERSION {
            findings.push(self.finding(
                FindingKind::UnsupportedVersion,
                &[("version", def.version.to_string())],
                locate(text, "version:"),
            ));
            return RuleSet::EMPTY;
        }
        let widest = def
            .beats
            .iter()
            .max_by_key(|(_, beat)| beat.choices.len())
            .map(|(id, beat)| (id.clone(), beat.choices.len()));
        if def.beats.len() > MAX_BEATS {
            findings.push(self.finding(
                FindingKind::TooLarge,
                &[
                    ("what", "beats".to_owned()),
                    ("count", def.beats.len().to_string()),
                    ("limit", MAX_BEATS.to_string()),
                    ("beat", String::new()),
                ],
                locate(text, "beats:"),
            ));
            return RuleSet::EMPTY;
        }
        if let Some((beat, count)) = widest.filter(|(_, count)| *count > MAX_CHOICES) {
            findings.push(self.finding(
                FindingKind::TooLarge,
                &[
                    ("what", "choices".to_owned()),
                    ("count", count.to_string()),
                    ("limit", MAX_CHOICES.to_string()),
                    ("beat", beat.clone()),
                ],
                locate(text, &format!("\"{beat}\":")),
            ));
            return RuleSet::EMPTY;
        }
        if def.id.is_empty()
            || !def
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            findings.push(self.finding(
                FindingKind::BadId,
                &[("id", def.id.clone())],
                locate(text, "id:"),
            ));
        }
        if def.competencies.is_empty() {
            findings.push(self.finding(
                FindingKind::NoCompetency,
                &[],
                locate(text, "competencies:"),
            ));
        }
        let before = findings.len();
        self.check_graph(findings);
        self.check_free_lines(findings);
        self.check_messages(findings);
        self.check_variants(findings);
        if findings.len() > before {
            return RuleSet::EMPTY;
        }
        self.check_options(findings);
        self.check_samples(findings)
    }

    fn check_graph(&self, findings: &mut Vec<Finding>) {
        let def = self.def;
        let text = &self.file.text;
        if !def.beats.contains_key(&def.start) {
            let ids: Vec<String> = def.beats.keys().cloned().collect();
            findings.push(self.finding(
                FindingKind::MissingBeat,
                &[
                    ("beat", def.start.clone()),
                    ("from", "start".to_owned()),
                    (
                        "near",
                        nearest(&ids, &def.start).unwrap_or_else(|| "none".to_owned()),
                    ),
                ],
                locate(text, "start:"),
            ));
            return;
        }
        if let Some(beat) = &def.cast.away_until
            && !def.beats.contains_key(beat)
        {
            let ids: Vec<String> = def.beats.keys().cloned().collect();
            findings.push(self.finding(
                FindingKind::MissingBeat,
                &[
                    ("beat", beat.clone()),
                    ("from", "cast.away_until".to_owned()),
                    (
                        "near",
                        nearest(&ids, beat).unwrap_or_else(|| "none".to_owned()),
                    ),
                ],
                locate(text, "away_until:"),
            ));
        }
        for (id, beat) in &def.beats {
            if beat.end.is_some() && !beat.choices.is_empty() {
                findings.push(self.finding(
                    FindingKind::EndingWithChoices,
                    &[("beat", id.clone())],
                    locate_in_beat(text, id, "end:"),
                ));
            }
            if beat.end.is_none() && beat.choices.is_empty() {
                findings.push(self.finding(
                    FindingKind::DeadEnd,
                    &[("beat", id.clone())],
                    locate(text, &format!("\"{id}\":")),
                ));
            }
            for choice in &beat.choices {
                let targets =
                    std::iter::once(&choice.next).chain(choice.branches.iter().map(|b| &b.next));
                for target in targets {
                    if !def.beats.contains_key(target) {
                        let ids: Vec<String> = def.beats.keys().cloned().collect();
                        findings.push(self.finding(
                            FindingKind::MissingBeat,
                            &[
                                ("beat", target.clone()),
                                ("from", id.clone()),
                                (
                                    "near",
                                    nearest(&ids, target).unwrap_or_else(|| "none".to_owned()),
                                ),
                            ],
                            locate_in_beat(text, id, &format!("\"{target}\"")),
                        ));
                    }
                }
            }
        }
        // Reachability from the start.
        let edges = |id: &str| -> Vec<String> {
            def.beats.get(id).map_or_else(Vec::new, |beat| {
                beat.choices
                    .iter()
                    .flat_map(|c| {
                        std::iter::once(c.next.clone())
                            .chain(c.branches.iter().map(|b| b.next.clone()))
                    })
                    .filter(|t| def.beats.contains_key(t))
                    .collect()
            })
        };
        let mut reached = BTreeSet::new();
        let mut stack = vec![def.start.clone()];
        while let Some(id) = stack.pop() {
            if reached.insert(id.clone()) {
                stack.extend(edges(&id));
            }
        }
        for id in def.beats.keys() {
            if !reached.contains(id) {
                findings.push(self.finding(
                    FindingKind::UnreachableBeat,
                    &[("beat", id.clone())],
                    locate(text, &format!("\"{id}\":")),
                ));
            }
        }
        // Beats that can never reach an ending: a cycle with no way out. Found backwards from
        // the endings over the reversed edges, once (linear in beats and choices).
        let mut into: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for id in def.beats.keys() {
            for target in edges(id) {
                if let Some((key, _)) = def.beats.get_key_value(&target) {
                    into.entry(key.as_str()).or_default().push(id.as_str());
                }
            }
        }
        let mut can_end: BTreeSet<String> = BTreeSet::new();
        let mut queue: Vec<&str> = def
            .beats
            .iter()
            .filter(|(_, b)| b.end.is_some())
            .map(|(id, _)| id.as_str())
            .collect();
        while let Some(id) = queue.pop() {
            if can_end.insert(id.to_owned()) {
                queue.extend(into.get(id).into_iter().flatten().copied());
            }
        }
        for id in &reached {
            let beat = &def.beats[id];
            if !can_end.contains(id) && !beat.choices.is_empty() {
                findings.push(self.finding(
                    FindingKind::EndlessCycle,
                    &[("beat", id.clone())],
                    locate(text, &format!("\"{id}\":")),
                ));
            }
        }
        // Beats a player can go round forever, even where a way out exists: the player who
        // keeps choosing the loop never ends (an assessment would never finish).
        for cycle in cycles(&reached, &edges) {
            let first = cycle[0].clone();
            if !can_end.contains(&first) {
                continue; // Already reported as an endless cycle.
            }
            let mut shown = cycle.clone();
            shown.push(first.clone());
            findings.push(self.finding(
                FindingKind::RepeatableCycle,
                &[("beat", first.clone()), ("cycle", shown.join(" → "))],
                locate(text, &format!("\"{first}\":")),
            ));
        }
    }

    fn check_messages(&self, findings: &mut Vec<Finding>) {
        let scenario = Scenario::checked(self.def.clone(), self.file.path.clone());
        let (situation, _) = scenario.situation(None);
        let mut seen = BTreeSet::new();
        for id in self.messages() {
            if !seen.insert(id.clone()) {
                continue;
            }
            for lang in Lang::ALL {
                let has = self.defined.get(&lang).is_some_and(|m| m.contains_key(&id));
                if !has {
                    findings.push(self.finding(
                        FindingKind::MissingMessage,
                        &[("id", id.clone()), ("lang", lang.code().to_owned())],
                        locate(&self.file.text, &format!("\"{id}\"")),
                    ));
                    continue;
                }
                let args = crate::present::message_args(lang, &scenario, &situation);
                let given: Vec<String> = args.iter().map(|(name, _)| name.to_owned()).collect();
                for name in self.texts.unknown_variables(lang, &id, &args) {
                    let near = nearest(&given, &name).unwrap_or_else(|| "none".to_owned());
                    let (file, line) = self
                        .defined
                        .get(&lang)
                        .and_then(|m| m.get(&id))
                        .cloned()
                        .unwrap_or_else(|| (self.file.path.clone(), 1));
                    findings.push(
                        Finding::new(
                            file,
                            FindingKind::UnknownVariable,
                            &[
                                ("id", id.clone()),
                                ("lang", lang.code().to_owned()),
                                ("name", name),
                                ("near", near),
                                ("given", given.join(", ")),
                            ],
                        )
                        .at(Some((line, 1))),
                    );
                }
            }
        }
    }

    fn check_variants(&self, findings: &mut Vec<Finding>) {
        let text = &self.file.text;
        let has_card = self.def.facts.my_number_card().is_some();
        for vary in &self.def.variants {
            let problem = match vary {
                Vary::VisitDays { min, max }
                | Vary::CertExpiresMonthsBefore { min, max }
                | Vary::AgeYears { min, max }
                    if min > max =>
                {
                    Some(format!("min {min} > max {max}"))
                }
                Vary::AgeYears { min, .. } if *min < 0 => Some(format!("age {min}")),
                Vary::BirthBetween { from, to } if from > to => Some(format!("{from} > {to}")),
                Vary::CertExpiresMonthsBefore { .. } | Vary::Pin(_) if !has_card => {
                    Some("no my_number_card in the facts".to_owned())
                }
                Vary::Pin(v) if v.is_empty() => Some("no values".to_owned()),
                Vary::OnlineRecord(v) if v.is_empty() => Some("no values".to_owned()),
                Vary::Returning(v) if v.is_empty() => Some("no values".to_owned()),
                Vary::LateElderlyShare(v)
                    if v.is_empty() || v.iter().any(|s| ![10, 20, 30].contains(s)) =>
                {
                    Some(format!("shares {v:?}, expected 10, 20 or 30"))
                }
                _ => None,
            };
            if let Some(detail) = problem {
                findings.push(self.finding(
                    FindingKind::BadVariant,
                    &[("detail", detail)],
                    locate(text, "variants:"),
                ));
            }
        }
    }

    /// The authored facts and every sampled variant: facts, asserts, expectations, paths.
    fn check_samples(&self, findings: &mut Vec<Finding>) -> RuleSet {
        let def = self.def;
        let mut seeds: Vec<Option<u64>> = vec![None];
        if !def.variants.is_empty() {
            seeds.extend((0..self.options.seeds).map(Some));
        }
        let scenario = Scenario::checked(def.clone(), self.file.path.clone());
        let mut seen: Vec<Situation> = Vec::new();
        let mut seen_seeds: Vec<Option<u64>> = Vec::new();
        let mut coverage = RuleSet::EMPTY;
        for seed in seeds {
            let (situation, _) = scenario.situation(seed);
            if seen.contains(&situation) {
                continue;
            }
            seen.push(situation.clone());
            seen_seeds.push(seed);
            let before = findings.len();
            self.check_facts(&situation, seed, findings);
            if findings.len() > before {
                break;
            }
            self.check_formats(&situation, seed, findings);
            let ruling = match rule(self.policy, &situation) {
                Ok(ruling) => ruling,
                Err(error) => {
                    findings.push(self.finding(
                        FindingKind::ImpossibleFact,
                        &[("detail", error.to_string()), ("seed", seed_text(seed))],
                        locate(&self.file.text, "facts:"),
                    ));
                    break;
                }
            };
            coverage.extend(ruling.rules);
            for condition in &def.assert {
                if !holds(condition, self.policy, &situation, &ruling, None) {
                    findings.push(self.finding(
                        FindingKind::AssertionFailed,
                        &[
                            ("condition", condition_text(condition)),
                            ("seed", seed_text(seed)),
                        ],
                        locate(&self.file.text, "assert:"),
                    ));
                }
            }
            let reachable = self.explore(&scenario, &situation, &ruling, seed, findings);
            for (beat_id, beat) in &def.beats {
                if !reachable.contains(beat_id) {
                    continue;
                }
                for (index, choice) in beat.choices.iter().enumerate() {
                    let judgment = judge(self.policy, &situation, &ruling, choice.action);
                    coverage.extend(judgment.rules);
                    if let Some(expected) = choice.expect
                        && expected != judgment.verdict
                    {
                        findings.push(
                            self.finding(
                                FindingKind::ExpectationMismatch,
                                &[
                                    ("beat", beat_id.clone()),
                                    ("choice", (index + 1).to_string()),
                                    ("expected", verdict_text(expected)),
                                    ("engine", verdict_text(judgment.verdict)),
                                    (
                                        "rules",
                                        judgment
                                            .rules
                                            .iter()
                                            .map(|r| r.as_str())
                                            .collect::<Vec<_>>()
                                            .join(", "),
                                    ),
                                    ("seed", seed_text(seed)),
                                ],
                                locate_in_beat(
                                    &self.file.text,
                                    beat_id,
                                    &format!("\"{}\"", choice.text),
                                ),
                            ),
                        );
                    }
                }
            }
            if findings.len() > before {
                break;
            }
        }
        if seen.len() > 1 {
            let draws: Vec<(Option<u64>, Situation)> = seen_seeds
                .iter()
                .copied()
                .zip(seen.iter().cloned())
                .collect();
            self.check_hidden_facts(&scenario, &draws, findings);
        }
        coverage
    }

    /// Facts that cannot happen together.
    fn check_facts(&self, s: &Situation, seed: Option<u64>, findings: &mut Vec<Finding>) {
        // What cannot hold together is the engine's to say (the judge refuses the same); the
        // cast's own fact is checked here.
        for problem in madoguchi_rules::inconsistencies(self.policy, s) {
            // Worded in the reader's language when shown: the message id and its values.
            let mut args = vec![
                ("detail", problem.to_string()),
                ("problem", problem.message_id()),
                ("seed", seed_text(seed)),
            ];
            let values: Vec<(String, String)> = problem
                .args()
                .into_iter()
                .map(|(k, v)| (format!("p.{k}"), v))
                .collect();
            let owned: Vec<(&str, String)> = values
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            args.extend(owned);
            findings.push(self.finding(
                FindingKind::ImpossibleFact,
                &args,
                locate(&self.file.text, "facts:"),
            ));
        }
        let mut problems: Vec<String> = Vec::new();
        let p = &s.patient;
        let black_circle = self
            .def
            .cast
            .terminal_name
            .as_deref()
            .is_some_and(|name| name.contains('●'));
        if p.name_has_black_circle != black_circle {
            problems.push("name_has_black_circle must match a ● in cast.terminal_name".to_owned());
        }
        for detail in problems {
            findings.push(self.finding(
                FindingKind::ImpossibleFact,
                &[("detail", detail), ("seed", seed_text(seed))],
                locate(&self.file.text, "facts:"),
            ));
        }
    }

    /// Explores every path of the scenario for one draw, as states (beat, decisions made,
    /// required steps taken, whether every choice so far was right): each state
    /// is visited once, so the work grows with the number of beats and choices, not with the
    /// number of paths. Reports endings that check the patient in without deciding the route
    /// or the copay, and endings reached by right choices only that still skip a required step
    /// the scenario offers — the trainee would be told they did well while the handling was
    /// incomplete (a wrong path that skips a step is scored down in the debrief instead). Each
    /// kind is reported once, with an example path and how many endings share it. Returns the
    /// beats reached.
    fn explore(
        &self,
        scenario: &Arc<Scenario>,
        situation: &Situation,
        ruling: &Ruling,
        seed: Option<u64>,
        findings: &mut Vec<Finding>,
    ) -> BTreeSet<String> {
        let def = scenario.def();
        let ids: Vec<&String> = def.beats.keys().collect();
        let index: BTreeMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        let required = madoguchi_play::session::offered_steps(scenario, ruling);
        // Each choice's move: the beat it leads to, the decision it settles, the steps it takes.
        let moves: Vec<Vec<(usize, u8, u32, bool)>> = ids
            .iter()
            .map(|id| {
                def.beats[*id]
                    .choices
                    .iter()
                    .filter_map(|choice| {
                        let verdict = judge(self.policy, situation, ruling, choice.action).verdict;
                        let next = choice
                            .branches
                            .iter()
                            .find(|b| holds(&b.when, self.policy, situation, ruling, Some(verdict)))
                            .map_or(&choice.next, |b| &b.next);
                        let decided = choice.action.decision().map_or(0, |d| 1u8 << (d as u8));
                        let steps = required
                            .iter()
                            .enumerate()
                            .filter(|(_, step)| {
                                madoguchi_play::handling::performs(choice.action, **step)
                            })
                            .fold(0u32, |bits, (i, _)| bits | (1 << i));
                        let fine = verdict == Verdict::Right;
                        index.get(next.as_str()).map(|n| (*n, decided, steps, fine))
                    })
                    .collect()
            })
            .collect();
        let Some(&start) = index.get(def.start.as_str()) else {
            return BTreeSet::new();
        };
        type State = (usize, u8, u32, bool);
        let mut parent: HashMap<State, Option<State>> = HashMap::new();
        let mut queue = std::collections::VecDeque::new();
        parent.insert((start, 0, 0, true), None);
        queue.push_back((start, 0u8, 0u32, true));
        let mut reached = BTreeSet::new();
        let all_steps: u32 = if required.is_empty() {
            0
        } else {
            (1u32 << required.len()) - 1
        };
        let route = 1u8 << (Decision::Route as u8);
        let copay = 1u8 << (Decision::Copay as u8);
        // (missing decisions, missed steps) → (example ending state, endings with it).
        let mut bad: BTreeMap<(u8, u32), (State, usize)> = BTreeMap::new();
        while let Some(state) = queue.pop_front() {
            let (beat, decided, steps, clean) = state;
            reached.insert(ids[beat].clone());
            let beat_def = &def.beats[ids[beat]];
            if let Some(ending) = beat_def.end {
                if ending.checks_in() {
                    let missing = (route | copay) & !decided;
                    let missed = if clean { all_steps & !steps } else { 0 };
                    if missing != 0 || missed != 0 {
                        bad.entry((missing, missed)).or_insert((state, 0)).1 += 1;
                    }
                }
                continue;
            }
            for (next, d, st, fine) in &moves[beat] {
                let to = (*next, decided | d, steps | st, clean && *fine);
                if let std::collections::hash_map::Entry::Vacant(slot) = parent.entry(to) {
                    slot.insert(Some(state));
                    queue.push_back(to);
                }
            }
        }
        let path_to = |mut state: State| {
            let mut beats = vec![ids[state.0].clone()];
            while let Some(Some(previous)) = parent.get(&state) {
                beats.push(ids[previous.0].clone());
                state = *previous;
            }
            beats.reverse();
            beats
        };
        for ((missing, missed), (state, count)) in bad {
            let path = path_to(state).join(" → ");
            let at = locate(&self.file.text, &format!("\"{}\":", ids[state.0]));
            if missing != 0 {
                let names: Vec<String> = [Decision::Route, Decision::Copay]
                    .iter()
                    .filter(|d| missing & (1 << (**d as u8)) != 0)
                    .map(decision_text)
                    .collect();
                findings.push(self.finding(
                    FindingKind::MissingDecision,
                    &[
                        ("decisions", names.join(", ")),
                        ("path", path.clone()),
                        ("count", count.to_string()),
                        ("seed", seed_text(seed)),
                    ],
                    at,
                ));
            }
            if missed != 0 {
                let names: Vec<String> = required
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| missed & (1 << i) != 0)
                    .map(|(_, step)| step.name().to_owned())
                    .collect();
                findings.push(self.finding(
                    FindingKind::MissedStep,
                    &[
                        ("steps", names.join(", ")),
                        ("path", path),
                        ("count", count.to_string()),
                        ("seed", seed_text(seed)),
                    ],
                    at,
                ));
            }
        }
        reached
    }
}

/// The cycles among the reached beats: every strongly connected group of more than one beat,
/// or a beat that leads to itself, each in a stable order.
fn cycles(reached: &BTreeSet<String>, edges: &dyn Fn(&str) -> Vec<String>) -> Vec<Vec<String>> {
    // Tarjan's algorithm, iterative.
    let nodes: Vec<&String> = reached.iter().collect();
    let at: BTreeMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let next: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| {
            edges(n)
                .iter()
                .filter_map(|t| at.get(t.as_str()).copied())
                .collect()
        })
        .collect();
    let count = nodes.len();
    let mut index = vec![usize::MAX; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut counter = 0;
    let mut out = Vec::new();
    for root in 0..count {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some((node, child)) = work.pop() {
            if child < next[node].len() {
                work.push((node, child + 1));
                let to = next[node][child];
                if index[to] == usize::MAX {
                    index[to] = counter;
                    low[to] = counter;
                    counter += 1;
                    stack.push(to);
                    on_stack[to] = true;
                    work.push((to, 0));
                } else if on_stack[to] {
                    low[node] = low[node].min(index[to]);
                }
                continue;
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let mut group = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    group.push(member);
                    if member == node {
                        break;
                    }
                }
                let looping = group.len() > 1 || next[node].contains(&node);
                if looping {
                    let mut names: Vec<String> = group.iter().map(|i| nodes[*i].clone()).collect();
                    names.sort();
                    out.push(names);
                }
            }
        }
    }
    out.sort();
    out
}

fn seed_text(seed: Option<u64>) -> String {
    seed.map_or_else(|| "-".to_owned(), |s| s.to_string())
}

fn verdict_text(verdict: Verdict) -> String {
    verdict.name().to_owned()
}

fn decision_text(decision: &Decision) -> String {
    decision.name().to_owned()
}

fn condition_text(condition: &Condition) -> String {
    ron::to_string(condition).unwrap_or_default()
}

/// The lines of a file that hold a My Number, each as a finding (for text outside any string:
/// comments, or a file that does not parse).
fn raw_lines_with_my_number(file: &SourceFile) -> Vec<Finding> {
    file.text
        .lines()
        .enumerate()
        .filter(|(_, line)| looks_like_my_number(line))
        .map(|(number, _)| {
            Finding::new(
                file.path.clone(),
                FindingKind::MyNumber,
                &[("id", "none".to_owned()), ("lang", String::new())],
            )
            .at(Some((number + 1, 1)))
        })
        .collect()
}

/// Characters of a file the bundled fonts cannot draw, one finding per line that has them.
fn undrawable_characters(file: &SourceFile) -> Vec<Finding> {
    file.text
        .lines()
        .enumerate()
        .filter_map(|(number, line)| {
            let missing = crate::glyphs::undrawable(line);
            let first = missing.first()?;
            let column = line.chars().position(|c| c == *first).map_or(1, |i| i + 1);
            let listed: Vec<String> = missing
                .iter()
                .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
                .collect();
            Some(
                Finding::new(
                    file.path.clone(),
                    FindingKind::NoGlyph,
                    &[("chars", listed.join(", "))],
                )
                .at(Some((number + 1, column))),
            )
        })
        .collect()
}

/// Every string (and map key) in a RON text with its escapes read, in file order.
pub(crate) fn ron_strings(text: &str) -> Vec<String> {
    fn walk(value: &ron::Value, out: &mut Vec<String>) {
        match value {
            ron::Value::String(s) => out.push(s.clone()),
            ron::Value::Char(c) => out.push(c.to_string()),
            ron::Value::Seq(items) => items.iter().for_each(|v| walk(v, out)),
            ron::Value::Map(map) => {
                for (k, v) in map.iter() {
                    walk(k, out);
                    walk(v, out);
                }
            }
            ron::Value::Option(Some(inner)) => walk(inner, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(value) = ron::from_str::<ron::Value>(text) {
        walk(&value, &mut out);
    }
    out
}

/// The closest of `names` to a misspelt `name`, if one is close enough to be meant (at most
/// two edits, and fewer than half its letters).
pub(crate) fn nearest(names: &[String], name: &str) -> Option<String> {
    names
        .iter()
        .map(|n| (strsim_distance(n, name), n))
        .filter(|(d, n)| *d > 0 && *d <= 2 && *d * 2 < n.chars().count().max(name.chars().count()))
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n.clone())
}

/// The edit distance between two short names (for "did you mean").
pub(crate) fn strsim_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let next = (previous + cost).min(row[j] + 1).min(row[j + 1] + 1);
            previous = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}
