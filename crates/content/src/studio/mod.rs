//! The trainer studio's model: a scenario being written, as its definition, its beats in the
//! author's order and its messages in every language, changed only through [`Edit`]s (what
//! the studio's buttons and fields send) and saved back as RON and fluent. Saving rewrites only
//! what changed: an untouched file saves byte for byte, an edited beat or field is written in
//! the canonical form described in `docs/authoring.md`, and comments stay where they were.
//! The engine's verdict on every choice and the pack check's findings, each placed on the beat
//! or choice it concerns, are computed from the draft as it stands.

mod ftl;
mod layout;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use madoguchi_play::scenario::{
    BeatDef, Cast, ChoiceDef, Difficulty, Ending, MAX_BEATS, MAX_CHOICES, Scenario, ScenarioDef,
    Vary,
};
use madoguchi_rules::wire::{from_ron, ron_options};
use madoguchi_rules::{Action, DocumentKind, Policy, Presented, Situation, Verdict};
use serde::Serialize;

pub use ftl::FtlDoc;
pub use layout::{Entry, Layout, split};

use crate::graph::choice_verdicts;
use crate::i18n::Lang;
use crate::pack::{CheckOptions, Finding, PackFiles, PackReport, check_pack};

/// The top-level fields in the order a new file writes them.
const FIELD_ORDER: [&str; 14] = [
    "version",
    "id",
    "title",
    "summary",
    "difficulty",
    "competencies",
    "cast",
    "facts",
    "variants",
    "assert",
    "historical",
    "free_lines",
    "start",
    "beats",
];

/// Fields the trainer writes as RON text in the studio (the rest are forms).
pub const TEXT_FIELDS: [&str; 4] = ["cast", "facts", "variants", "assert"];

/// Why a draft could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// The pack has no such file.
    #[error("no file {0} in the pack")]
    NoFile(String),
    /// The file is not a scenario this build reads (the check's finding says where).
    #[error("{0}")]
    Unreadable(String),
}

/// Why an edit was refused; each has a message `studio-refused-<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Refused {
    /// A beat id that is empty or not `[a-z0-9_]`.
    BadBeatId,
    /// A beat with this id exists.
    BeatExists,
    /// No such beat or choice (the draft changed under the request).
    Gone,
    /// The documented limit of beats or choices is reached.
    Limit,
    /// The RON text of a field does not parse; the text is kept and the error shown.
    FieldSyntax,
}

impl Refused {
    /// The message id that explains it.
    pub fn message_id(self) -> String {
        let name: &'static str = self.into();
        format!("studio-refused-{name}")
    }
}

/// One change to a draft, as the studio's controls send it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A message's text in one language.
    Message {
        /// The message id.
        id: String,
        /// The language.
        lang: Lang,
        /// The text.
        text: String,
    },
    /// A new beat, at the end.
    AddBeat {
        /// Its id.
        id: String,
    },
    /// A beat removed (choices that led to it then lead nowhere, which the check says).
    RemoveBeat {
        /// Its id.
        id: String,
    },
    /// A new line at the end of a beat, with a new message id.
    AddLine {
        /// The beat.
        beat: String,
    },
    /// A line removed from a beat.
    RemoveLine {
        /// The beat.
        beat: String,
        /// The line's index.
        index: usize,
    },
    /// A new choice at the end of a beat, with a new message id.
    AddChoice {
        /// The beat.
        beat: String,
    },
    /// A new choice at the end of beat `from` that leads to beat `to` (a link drawn on the
    /// map), with a new message id.
    LinkBeats {
        /// The beat the choice is in.
        from: String,
        /// The beat it leads to.
        to: String,
    },
    /// A choice removed.
    RemoveChoice {
        /// The beat.
        beat: String,
        /// The choice's index.
        index: usize,
    },
    /// A choice moved one place up (towards the first).
    MoveChoiceUp {
        /// The beat.
        beat: String,
        /// The choice's index.
        index: usize,
    },
    /// The action a choice stands for.
    SetAction {
        /// The beat.
        beat: String,
        /// The choice's index.
        index: usize,
        /// The action.
        action: Action,
    },
    /// Where a choice leads.
    SetNext {
        /// The beat.
        beat: String,
        /// The choice's index.
        index: usize,
        /// The beat it leads to.
        next: String,
    },
    /// The author's expectation of a choice.
    SetExpect {
        /// The beat.
        beat: String,
        /// The choice's index.
        index: usize,
        /// The expectation (none: the check does not compare).
        expect: Option<Verdict>,
    },
    /// Whether a beat ends the scenario, and how.
    SetEnd {
        /// The beat.
        beat: String,
        /// The ending (none: not an ending).
        end: Option<Ending>,
    },
    /// The first beat.
    SetStart {
        /// The beat.
        beat: String,
    },
    /// How hard the scenario is.
    SetDifficulty(Difficulty),
    /// The facts, as the studio's form changed them (the RON text of the facts follows).
    SetFacts(Box<Situation>),
    /// The variants, as the studio's form changed them.
    SetVariants(Vec<Vary>),
    /// The cast, as the studio's form changed it.
    SetCast(Box<Cast>),
    /// A field written as RON text (`cast`, `facts`, `variants`, `assert`).
    SetFieldText {
        /// The field.
        field: String,
        /// Its RON text.
        text: String,
    },
}

/// Where in a draft a finding belongs.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    /// The scenario as a whole (its facts, cast, variants, messages of the title).
    Scenario,
    /// A beat.
    Beat(String),
    /// A choice of a beat.
    Choice(String, usize),
}

/// A draft checked: the pack check's report over the draft's files, and each finding's place.
#[derive(Clone, Debug)]
pub struct DraftCheck {
    /// The report (its texts include the draft's messages).
    pub report: PackReport,
    /// Each finding with its place, in the report's order.
    pub placed: Vec<(Finding, Place)>,
}

/// A scenario being written.
#[derive(Clone, Debug)]
pub struct Draft {
    /// The scenario file's path in its pack.
    pub path: String,
    /// The definition as it stands.
    pub def: ScenarioDef,
    /// The beats in the author's order.
    pub order: Vec<String>,
    /// The fluent file of each language: its path in the pack and its contents.
    pub texts: BTreeMap<Lang, (String, FtlDoc)>,
    /// The RON text the trainer typed for a text field, with its parse error if it has one.
    pub field_texts: BTreeMap<String, (String, Option<String>)>,
    /// The file as read (a new draft: an empty struct), and its definition.
    source: Layout,
    original: Option<ScenarioDef>,
}

/// A RON value written on one line, as the scenario files write it.
fn ron_line<T: Serialize + ?Sized>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::new().depth_limit(0);
    ron_options()
        .to_string_pretty(value, config)
        .unwrap_or_default()
}

/// A RON value written over several lines at `indent` spaces, for the larger fields.
fn ron_block<T: Serialize + ?Sized>(value: &T, indent: usize) -> String {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_owned())
        .depth_limit(2)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let text = ron_options()
        .to_string_pretty(value, config)
        .unwrap_or_default();
    text.replace('\n', &format!("\n{}", " ".repeat(indent)))
}

/// The field's value in JSON, for telling whether it changed (absent when the file would not
/// write it).
fn json_fields(def: &ScenarioDef) -> serde_json::Map<String, serde_json::Value> {
    match serde_json::to_value(def) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    }
}

/// Whether `id` is a valid beat or scenario id.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A template's text with its scenario id and every message id renamed from `old` to `new`.
pub fn renamed(text: &str, old: &str, new: &str) -> String {
    text.replace(&format!("\"{old}\""), &format!("\"{new}\""))
        .replace(&format!("\"{old}-"), &format!("\"{new}-"))
        .lines()
        .map(|line| match line.strip_prefix(&format!("{old}-")) {
            Some(rest) => format!("{new}-{rest}"),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// A beat written in the canonical form, at the beats map's indentation.
fn canonical_beat(id: &str, beat: &BeatDef) -> String {
    let lines = ron_line(&beat.lines);
    let end = beat
        .end
        .map(|end| format!(", end: {}", ron_line(&end)))
        .unwrap_or_default();
    if beat.choices.is_empty() {
        return format!("{}: (lines: {lines}{end})", ron_line(id));
    }
    let mut out = format!("{}: (\n            lines: {lines},\n", ron_line(id));
    out.push_str("            choices: [\n");
    for choice in &beat.choices {
        out.push_str(&format!("                {},\n", canonical_choice(choice)));
    }
    out.push_str("            ],\n");
    if let Some(end) = beat.end {
        out.push_str(&format!("            end: {},\n", ron_line(&end)));
    }
    out.push_str("        )");
    out
}

fn canonical_choice(choice: &ChoiceDef) -> String {
    let mut out = format!(
        "(text: {}, action: {}, next: {}",
        ron_line(&choice.text),
        ron_line(&choice.action),
        ron_line(&choice.next)
    );
    if !choice.branches.is_empty() {
        let branches: Vec<String> = choice
            .branches
            .iter()
            .map(|b| format!("(when: {}, next: {})", ron_line(&b.when), ron_line(&b.next)))
            .collect();
        out.push_str(&format!(", branches: [{}]", branches.join(", ")));
    }
    if let Some(expect) = choice.expect {
        out.push_str(&format!(", expect: {}", ron_line(&expect)));
    }
    out.push(')');
    out
}

/// A document of `kind` as the studio's palette adds it, with dates that fit the patient and
/// the visit (a card's certificate and the card itself expire on a birthday; a certificate
/// runs a year past the visit; a 高齢受給者証 to the next 31 July).
pub fn palette_document(kind: DocumentKind, facts: &Situation) -> Option<Presented> {
    let visit = facts.date;
    let birth = facts.patient.birth_date;
    let birthday_in = |year: i16| {
        jiff::civil::Date::new(year, birth.month(), birth.day())
            .or_else(|_| jiff::civil::Date::new(year, birth.month(), 28))
            .ok()
    };
    let next_birthday = |years: i16| {
        let this = birthday_in(visit.year())?;
        let first = if this >= visit {
            this
        } else {
            birthday_in(visit.year() + 1)?
        };
        birthday_in(first.year() + years)
    };
    let year_on = visit.checked_add(jiff::Span::new().years(1)).ok()?;
    let july = jiff::civil::Date::new(
        if visit.month() > 7 {
            visit.year() + 1
        } else {
            visit.year()
        },
        7,
        31,
    )
    .ok()?;
    let text = match kind {
        DocumentKind::MyNumberCard => format!(
            "my_number_card(cert_expires: \"{}\", card_expires: \"{}\", pin: known)",
            next_birthday(2)?,
            next_birthday(7)?
        ),
        DocumentKind::SmartphoneCard => "smartphone_card()".to_owned(),
        DocumentKind::InsuranceCard => "insurance_card()".to_owned(),
        DocumentKind::EligibilityCertificate => {
            format!("eligibility_certificate(expires: \"{year_on}\")")
        }
        DocumentKind::EligibilityNotice => "eligibility_notice()".to_owned(),
        DocumentKind::PortalScreen => "portal_screen()".to_owned(),
        DocumentKind::SubsidyCertificate => {
            format!("subsidy_certificate(expires: \"{year_on}\")")
        }
        DocumentKind::ElderlyRecipientCertificate => {
            format!("elderly_recipient_certificate(share_percent: 20, expires: \"{july}\")")
        }
    };
    from_ron(&text).ok()
}

/// Every kind of variant as the studio's palette adds it: a small range around the authored
/// facts, or every value of a choice.
pub fn palette_variants(facts: &Situation) -> Vec<Vary> {
    use madoguchi_rules::{OnlineRecord, PinState, VariantArray};
    let age = madoguchi_rules::dates::age_on(facts.patient.birth_date, facts.date);
    let birth = facts.patient.birth_date;
    let year = |d: jiff::civil::Date, by: i16| {
        jiff::civil::Date::new(d.year() + by, d.month(), d.day().min(28)).unwrap_or(d)
    };
    vec![
        Vary::VisitDays { min: -7, max: 7 },
        Vary::CertExpiresMonthsBefore { min: 1, max: 6 },
        Vary::AgeYears {
            min: (age - 2).max(0),
            max: age + 2,
        },
        Vary::BirthBetween {
            from: year(birth, -2),
            to: year(birth, 2),
        },
        Vary::Pin(PinState::VARIANTS.to_vec()),
        Vary::OnlineRecord(OnlineRecord::VARIANTS.to_vec()),
        Vary::LateElderlyShare(vec![10, 20, 30]),
        Vary::Returning(vec![true, false]),
    ]
}

/// Where each beat sits on the studio's map of the beats: its column is its distance from the
/// start (beats no path reaches come last), its row its place among the beats of that column
/// in the author's order.
pub fn map_positions(def: &ScenarioDef, order: &[String]) -> Vec<(String, usize, usize)> {
    let mut depth: BTreeMap<&str, usize> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::new();
    if def.beats.contains_key(&def.start) {
        depth.insert(&def.start, 0);
        queue.push_back(def.start.as_str());
    }
    while let Some(id) = queue.pop_front() {
        let here = depth[id];
        let Some(beat) = def.beats.get(id) else {
            continue;
        };
        for choice in &beat.choices {
            let targets =
                std::iter::once(&choice.next).chain(choice.branches.iter().map(|b| &b.next));
            for target in targets {
                if def.beats.contains_key(target) && !depth.contains_key(target.as_str()) {
                    depth.insert(target, here + 1);
                    queue.push_back(target);
                }
            }
        }
    }
    let unreached = depth.values().max().map_or(0, |d| d + 1);
    let mut rows: BTreeMap<usize, usize> = BTreeMap::new();
    order
        .iter()
        .filter(|id| def.beats.contains_key(*id))
        .map(|id| {
            let column = depth.get(id.as_str()).copied().unwrap_or(unreached);
            let row = rows.entry(column).or_insert(0);
            *row += 1;
            (id.clone(), column, *row - 1)
        })
        .collect()
}

/// The indentation of a top-level field's lines in a scenario file.
const FIELD_INDENT: usize = 4;

/// A field's value as the trainer edits it: its lines after the first without the indentation
/// they share (the file's nesting).
fn dedent(value: &str) -> String {
    let mut lines = value.lines();
    let Some(first) = lines.next() else {
        return String::new();
    };
    let rest: Vec<&str> = lines.collect();
    let shared = shared_indent(&rest);
    let mut out = first.to_owned();
    for line in rest {
        out.push('\n');
        out.push_str(line.get(shared..).unwrap_or(line.trim_start()));
    }
    out
}

/// The indentation the non-blank lines share (RON fields and fluent messages alike).
fn shared_indent(lines: &[&str]) -> usize {
    lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0)
}

/// A value typed by the trainer, indented to sit in the file at `by` spaces.
fn indent(value: &str, by: usize) -> String {
    value.replace('\n', &format!("\n{}", " ".repeat(by)))
}

/// The 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl Draft {
    /// Opens the scenario file `path` of a pack with its messages.
    pub fn open(files: &PackFiles, path: &str) -> Result<Draft, OpenError> {
        let file = files
            .scenarios
            .iter()
            .find(|f| f.path == path)
            .ok_or_else(|| OpenError::NoFile(path.to_owned()))?;
        let def: ScenarioDef =
            from_ron(&file.text).map_err(|e| OpenError::Unreadable(e.to_string()))?;
        let source = split(&file.text)
            .ok_or_else(|| OpenError::Unreadable(format!("{path}: not a RON struct")))?;
        let mut order: Vec<String> = source
            .entry("beats")
            .and_then(layout::split_value)
            .map(|(_, beats)| beats.entries.into_iter().map(|e| e.key).collect())
            .unwrap_or_default();
        order.retain(|id| def.beats.contains_key(id));
        for id in def.beats.keys() {
            if !order.contains(id) {
                order.push(id.clone());
            }
        }
        let mut texts = BTreeMap::new();
        for lang in Lang::ALL {
            let found = files
                .locales
                .iter()
                .filter(|(l, _)| *l == lang)
                .map(|(_, f)| (f.path.clone(), FtlDoc::parse(&f.text)))
                .find(|(_, doc)| doc.get(&def.title).is_some());
            let (ftl_path, doc) = found.unwrap_or_else(|| {
                (
                    format!("{}{}.ftl", locale_dir(lang), def.id),
                    FtlDoc::default(),
                )
            });
            texts.insert(lang, (ftl_path, doc));
        }
        Ok(Draft {
            path: path.to_owned(),
            order,
            texts,
            field_texts: BTreeMap::new(),
            source,
            original: Some(def.clone()),
            def,
        })
    }

    /// A new draft with id `id` from a template scenario (its RON and its two fluent files,
    /// whose id is `template_id`), saved as `<dir>/<id>.ron` with `locales/<lang>/<id>.ftl`
    /// beside it; `header` is its opening comment.
    pub fn from_template(
        id: &str,
        template_id: &str,
        template: [&str; 3],
        header: &str,
    ) -> Result<Draft, OpenError> {
        let [ron, ja, en] = template;
        let body = renamed(ron, template_id, id);
        let body: String = body
            .lines()
            .skip_while(|line| line.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let ron_text = format!("// {header}\n{body}\n");
        let path = format!("{id}.ron");
        let files = PackFiles::from_memory(
            "studio",
            &[
                (&path, &ron_text),
                (
                    &format!("locales/ja/{id}.ftl"),
                    &renamed(ja, template_id, id),
                ),
                (
                    &format!("locales/en/{id}.ftl"),
                    &renamed(en, template_id, id),
                ),
            ],
        );
        Draft::open(&files, &path)
    }

    /// The draft with every field and beat written in the canonical form (only the file's
    /// opening comment kept): what a file written wholly by the studio looks like.
    pub fn canonical(&self) -> Draft {
        let comment_end = self.source.head.rfind(['(', '{']).unwrap_or(0);
        let comment = self.source.head[..comment_end].trim_end();
        let head = if comment.is_empty() {
            "(".to_owned()
        } else {
            format!("{comment}\n(")
        };
        Draft {
            source: Layout {
                head,
                entries: Vec::new(),
                tail: "\n)\n".to_owned(),
            },
            original: None,
            field_texts: BTreeMap::new(),
            ..self.clone()
        }
    }

    /// A message's text in a language (empty when the file lacks it).
    pub fn message(&self, id: &str, lang: Lang) -> &str {
        self.texts
            .get(&lang)
            .and_then(|(_, doc)| doc.get(id))
            .unwrap_or("")
    }

    /// The RON text of a text field: what the trainer typed, or the value as the file has it.
    pub fn field_text(&self, field: &str) -> String {
        if let Some((text, _)) = self.field_texts.get(field) {
            return text.clone();
        }
        if self.original.is_some()
            && self.unchanged(field)
            && let Some(entry) = self.source.entry(field)
        {
            return dedent(entry.value());
        }
        dedent(&self.print_field(field).unwrap_or_default())
    }

    fn beat_mut(&mut self, id: &str) -> Result<&mut BeatDef, Refused> {
        self.def.beats.get_mut(id).ok_or(Refused::Gone)
    }

    fn choice_mut(&mut self, beat: &str, index: usize) -> Result<&mut ChoiceDef, Refused> {
        self.beat_mut(beat)?
            .choices
            .get_mut(index)
            .ok_or(Refused::Gone)
    }

    /// A message id for a new line or choice of `beat`, used nowhere yet.
    fn new_message_id(&self, beat: &str, kind: &str) -> String {
        let used: BTreeSet<String> = self
            .def
            .beats
            .values()
            .flat_map(|b| {
                b.lines
                    .iter()
                    .cloned()
                    .chain(b.choices.iter().map(|c| c.text.clone()))
            })
            .chain(
                self.texts
                    .values()
                    .flat_map(|(_, doc)| doc.ids().into_iter().map(str::to_owned)),
            )
            .collect();
        let base = format!("{}-{}-{kind}", self.def.id, beat.replace('_', "-"));
        (1..)
            .map(|n| format!("{base}{n}"))
            .find(|id| !used.contains(id))
            .unwrap_or(base)
    }

    /// Applies an edit.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), Refused> {
        match edit {
            Edit::Message { id, lang, text } => {
                let (_, doc) = self.texts.get_mut(lang).ok_or(Refused::Gone)?;
                doc.set(id, text);
            }
            Edit::AddBeat { id } => {
                if !valid_id(id) {
                    return Err(Refused::BadBeatId);
                }
                if self.def.beats.contains_key(id) {
                    return Err(Refused::BeatExists);
                }
                if self.def.beats.len() >= MAX_BEATS {
                    return Err(Refused::Limit);
                }
                self.def.beats.insert(
                    id.clone(),
                    BeatDef {
                        lines: Vec::new(),
                        choices: Vec::new(),
                        end: None,
                    },
                );
                self.order.push(id.clone());
            }
            Edit::RemoveBeat { id } => {
                self.def.beats.remove(id).ok_or(Refused::Gone)?;
                self.order.retain(|b| b != id);
            }
            Edit::AddLine { beat } => {
                let id = self.new_message_id(beat, "line");
                self.beat_mut(beat)?.lines.push(id);
            }
            Edit::RemoveLine { beat, index } => {
                let lines = &mut self.beat_mut(beat)?.lines;
                if *index >= lines.len() {
                    return Err(Refused::Gone);
                }
                lines.remove(*index);
            }
            Edit::AddChoice { beat } => {
                let id = self.new_message_id(beat, "choice");
                let choices = &mut self.beat_mut(beat)?.choices;
                if choices.len() >= MAX_CHOICES {
                    return Err(Refused::Limit);
                }
                choices.push(ChoiceDef {
                    text: id,
                    action: Action::AskForInsuranceDocument,
                    next: String::new(),
                    branches: Vec::new(),
                    expect: None,
                });
            }
            Edit::LinkBeats { from, to } => {
                if !self.def.beats.contains_key(to) {
                    return Err(Refused::Gone);
                }
                self.apply(&Edit::AddChoice { beat: from.clone() })?;
                let choices = &mut self.beat_mut(from)?.choices;
                if let Some(choice) = choices.last_mut() {
                    choice.next.clone_from(to);
                }
            }
            Edit::RemoveChoice { beat, index } => {
                let choices = &mut self.beat_mut(beat)?.choices;
                if *index >= choices.len() {
                    return Err(Refused::Gone);
                }
                choices.remove(*index);
            }
            Edit::MoveChoiceUp { beat, index } => {
                let choices = &mut self.beat_mut(beat)?.choices;
                if *index == 0 || *index >= choices.len() {
                    return Err(Refused::Gone);
                }
                choices.swap(*index - 1, *index);
            }
            Edit::SetAction {
                beat,
                index,
                action,
            } => self.choice_mut(beat, *index)?.action = *action,
            Edit::SetNext { beat, index, next } => {
                self.choice_mut(beat, *index)?.next.clone_from(next);
            }
            Edit::SetExpect {
                beat,
                index,
                expect,
            } => self.choice_mut(beat, *index)?.expect = *expect,
            Edit::SetEnd { beat, end } => self.beat_mut(beat)?.end = *end,
            Edit::SetStart { beat } => {
                if !self.def.beats.contains_key(beat) {
                    return Err(Refused::Gone);
                }
                self.def.start.clone_from(beat);
            }
            Edit::SetDifficulty(difficulty) => self.def.difficulty = *difficulty,
            Edit::SetFacts(facts) => {
                self.def.facts = (**facts).clone();
                self.field_texts.remove("facts");
            }
            Edit::SetCast(cast) => {
                self.def.cast = (**cast).clone();
                self.field_texts.remove("cast");
            }
            Edit::SetVariants(variants) => {
                variants.clone_into(&mut self.def.variants);
                self.field_texts.remove("variants");
            }
            Edit::SetFieldText { field, text } => return self.set_field_text(field, text),
        }
        Ok(())
    }

    fn set_field_text(&mut self, field: &str, text: &str) -> Result<(), Refused> {
        let parsed = match field {
            "cast" => from_ron(text).map(|v| self.def.cast = v),
            "facts" => from_ron(text).map(|v| self.def.facts = v),
            "variants" => from_ron(text).map(|v| self.def.variants = v),
            "assert" => from_ron(text).map(|v| self.def.assert = v),
            _ => return Err(Refused::Gone),
        };
        let error = parsed.err().map(|e| e.to_string());
        let refused = error.is_some();
        self.field_texts
            .insert(field.to_owned(), (text.to_owned(), error));
        if refused {
            Err(Refused::FieldSyntax)
        } else {
            Ok(())
        }
    }

    /// Whether a top-level field has the value the file was read with.
    fn unchanged(&self, field: &str) -> bool {
        let Some(original) = &self.original else {
            return false;
        };
        json_fields(original).get(field) == json_fields(&self.def).get(field)
    }

    /// A field's value written as RON, or `None` when the file does not write it.
    fn print_field(&self, field: &str) -> Option<String> {
        let def = &self.def;
        let present = json_fields(def).contains_key(field);
        if !present {
            return None;
        }
        if let Some((text, None)) = self.field_texts.get(field) {
            return Some(indent(text.trim(), FIELD_INDENT));
        }
        Some(match field {
            "version" => ron_line(&def.version),
            "id" => ron_line(&def.id),
            "title" => ron_line(&def.title),
            "summary" => ron_line(&def.summary),
            "difficulty" => ron_line(&def.difficulty),
            "competencies" => ron_line(&def.competencies),
            "cast" => ron_block(&def.cast, 4),
            "facts" => ron_block(&def.facts, 4),
            "variants" => ron_line(&def.variants),
            "assert" => ron_line(&def.assert),
            "historical" => ron_line(&def.historical),
            "free_lines" => ron_block(&def.free_lines, 4),
            "start" => ron_line(&def.start),
            _ => return None,
        })
    }

    /// The beats map's entry, rebuilt: unchanged beats as the file had them, changed and new
    /// ones in the canonical form, in the author's order.
    fn beats_entry(&self, entry: Option<&Entry>) -> Entry {
        let split = entry.and_then(layout::split_value);
        let (prefix, mut beats) = split.unwrap_or_else(|| {
            (
                "beats: ".to_owned(),
                Layout {
                    head: "{".to_owned(),
                    entries: Vec::new(),
                    tail: "\n    }".to_owned(),
                },
            )
        });
        let old = std::mem::take(&mut beats.entries);
        for id in &self.order {
            let Some(beat) = self.def.beats.get(id) else {
                continue;
            };
            let kept = old.iter().find(|e| &e.key == id).filter(|_| {
                self.original
                    .as_ref()
                    .and_then(|o| o.beats.get(id))
                    .is_some_and(|b| b == beat)
            });
            beats.entries.push(match kept {
                Some(entry) => entry.clone(),
                None => Entry {
                    lead: "\n        ".to_owned(),
                    key: id.clone(),
                    body: canonical_beat(id, beat),
                    sep: ",".to_owned(),
                },
            });
        }
        let count = beats.entries.len();
        for (n, entry) in beats.entries.iter_mut().enumerate() {
            if n + 1 < count && entry.sep.is_empty() {
                entry.sep = ",".to_owned();
            }
        }
        if !beats.tail.contains('\n') && count > 0 {
            beats.tail = format!("\n    {}", beats.tail.trim_start());
        }
        Entry {
            lead: entry.map_or_else(|| "\n    ".to_owned(), |e| e.lead.clone()),
            key: "beats".to_owned(),
            body: format!("{prefix}{}", beats.text()),
            sep: entry.map_or_else(|| ",".to_owned(), |e| e.sep.clone()),
        }
    }

    /// The scenario file's text.
    pub fn ron_text(&self) -> String {
        let mut layout = self.source.clone();
        let mut entries: Vec<Entry> = Vec::new();
        for entry in &layout.entries {
            if entry.key == "beats" {
                entries.push(self.beats_entry(Some(entry)));
            } else if self.unchanged(&entry.key) && !self.field_texts.contains_key(&entry.key) {
                entries.push(entry.clone());
            } else if let Some(value) = self.print_field(&entry.key) {
                entries.push(Entry {
                    body: format!("{}: {value}", entry.key),
                    ..entry.clone()
                });
            }
        }
        // Fields the file did not have, each before the first field that follows it.
        for (rank, field) in FIELD_ORDER.iter().enumerate() {
            // A field the file leaves to its default stays unwritten while it is unchanged.
            if entries.iter().any(|e| e.key == *field)
                || (self.original.is_some()
                    && self.unchanged(field)
                    && !self.field_texts.contains_key(*field))
            {
                continue;
            }
            let entry = if *field == "beats" {
                self.beats_entry(None)
            } else {
                let Some(value) = self.print_field(field) else {
                    continue;
                };
                Entry {
                    lead: "\n    ".to_owned(),
                    key: (*field).to_owned(),
                    body: format!("{field}: {value}"),
                    sep: ",".to_owned(),
                }
            };
            let at = entries
                .iter()
                .position(|e| {
                    FIELD_ORDER
                        .iter()
                        .position(|f| *f == e.key)
                        .is_some_and(|r| r > rank)
                })
                .unwrap_or(entries.len());
            entries.insert(at, entry);
        }
        let count = entries.len();
        for (n, entry) in entries.iter_mut().enumerate() {
            if n + 1 < count && entry.sep.is_empty() {
                entry.sep = ",".to_owned();
            }
        }
        layout.entries = entries;
        layout.text()
    }

    /// Every file the draft saves: the scenario, then the fluent file of each language.
    pub fn files(&self) -> Vec<(String, String)> {
        let mut out = vec![(self.path.clone(), self.ron_text())];
        for (path, doc) in self.texts.values() {
            out.push((path.clone(), doc.text()));
        }
        out
    }

    /// The draft checked as `check` would check its files.
    pub fn check(&self, policy: &Arc<Policy>, options: CheckOptions) -> DraftCheck {
        let files = self.files();
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let report = check_pack(&PackFiles::from_memory("studio", &refs), policy, options);
        let ron = &files[0].1;
        let spans = beat_spans(ron);
        let placed = report
            .findings
            .iter()
            .map(|f| (f.clone(), self.place(f, ron, &spans)))
            .collect();
        DraftCheck { report, placed }
    }

    /// Where a finding belongs.
    fn place(&self, finding: &Finding, ron: &str, spans: &[(String, usize, usize)]) -> Place {
        let beat_choice = |beat: &str, line: Option<usize>| -> Place {
            if let Some(index) = finding
                .args
                .get("choice")
                .and_then(|c| c.parse::<usize>().ok())
            {
                return Place::Choice(beat.to_owned(), index.saturating_sub(1));
            }
            if let (Some(line), Some(b)) = (line, self.def.beats.get(beat)) {
                for (n, choice) in b.choices.iter().enumerate() {
                    let needle = format!("\"{}\"", choice.text);
                    if ron
                        .lines()
                        .nth(line - 1)
                        .is_some_and(|text| text.contains(&needle))
                    {
                        return Place::Choice(beat.to_owned(), n);
                    }
                }
            }
            Place::Beat(beat.to_owned())
        };
        if finding.file == self.path {
            if let Some(line) = finding.line
                && let Some((beat, _, _)) = spans
                    .iter()
                    .find(|(_, from, to)| (*from..=*to).contains(&line))
            {
                return beat_choice(beat, Some(line));
            }
            if let Some(beat) = finding
                .args
                .get("beat")
                .filter(|b| self.def.beats.contains_key(*b))
            {
                return beat_choice(beat, None);
            }
            return Place::Scenario;
        }
        // A message: the beat or choice that uses it.
        if let Some(id) = finding.args.get("id") {
            for (beat_id, beat) in &self.def.beats {
                if beat.lines.contains(id) {
                    return Place::Beat(beat_id.clone());
                }
                if let Some(n) = beat.choices.iter().position(|c| &c.text == id) {
                    return Place::Choice(beat_id.clone(), n);
                }
            }
        }
        Place::Scenario
    }

    /// The engine's verdicts on every choice as the draft stands (see
    /// [`crate::graph::choice_verdicts`]).
    pub fn verdicts(&self, policy: &Policy) -> BTreeMap<(String, usize), BTreeSet<Verdict>> {
        let scenario = Scenario::checked(self.def.clone(), self.path.clone());
        choice_verdicts(&scenario, policy)
    }

    /// The draft as a scenario that starts at `beat`, for "play from here" (drafts with
    /// findings too: the session refuses only what it cannot play).
    pub fn scenario_from(&self, beat: &str) -> Arc<Scenario> {
        let mut def = self.def.clone();
        beat.clone_into(&mut def.start);
        Scenario::checked(def, self.path.clone())
    }
}

/// The folder of a language's fluent files (packs keep `locales/` at their root).
fn locale_dir(lang: Lang) -> String {
    format!("locales/{}/", lang.code())
}

/// Each beat's first and last line in a scenario file.
fn beat_spans(ron: &str) -> Vec<(String, usize, usize)> {
    let Some(layout) = split(ron) else {
        return Vec::new();
    };
    let mut offset = layout.head.len();
    for entry in &layout.entries {
        if entry.key == "beats" {
            let Some((prefix, beats)) = layout::split_value(entry) else {
                return Vec::new();
            };
            let mut at = offset + entry.lead.len() + prefix.len() + beats.head.len();
            let mut spans = Vec::new();
            for beat in &beats.entries {
                let start = at + beat.lead.len();
                let end = start + beat.body.len();
                spans.push((beat.key.clone(), line_at(ron, start), line_at(ron, end)));
                at = end + beat.sep.len();
            }
            return spans;
        }
        offset += entry.lead.len() + entry.body.len() + entry.sep.len();
    }
    Vec::new()
}
