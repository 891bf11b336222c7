//! The trainer studio: the scenario as forms (titles and lines in Japanese and English side by
//! side, each choice's action picked by its Japanese label, where it leads, the author's
//! expectation), the beats as a list with their findings, the engine's verdict beside every
//! choice, the findings on the item they concern with a one-click fix where there is one, and
//! the situation's RON fields with their parse errors. Every control sends a
//! [`StudioCommand`]; the studio flow changes the draft.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_content::i18n::Lang;
use madoguchi_content::pack::{Finding, FindingKind};
use std::collections::BTreeMap;

use jiff::civil::Date;
use madoguchi_content::studio::{Edit, Place, TEXT_FIELDS, palette_document, palette_variants};
use madoguchi_play::scenario::{Cast, Companion, Difficulty, Ending, Mood, Sex, Vary};
use madoguchi_rules::{Action, DocumentKind, Insurance, Name, Situation, VariantArray, Verdict};

use super::{Screen, root_ui};
use crate::app::UiText;
use crate::app::studio::{OpenDraft, Studio, StudioCommand};
use crate::app::widgets::{self, Columns};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_studio.run_if(in_state(Screen::Studio)),
    );
}

const PROBLEM: egui::Color32 = egui::Color32::from_rgb(170, 20, 20);

/// An action's label in the trainee's language (as the window names it).
pub fn action_label(text: &UiText, action: Action) -> String {
    let (name, value) = action.parts();
    match value {
        Some(value) => text.t(&format!("action-{name}-{value}")),
        None => text.t(&format!("action-{name}")),
    }
}

fn verdict_word(text: &UiText, verdict: Verdict) -> String {
    text.t(&format!("verdict-{}", verdict.name()))
}

/// Where the studio's controls write: the commands, collected while drawing.
struct Sink<'a> {
    commands: &'a mut Vec<StudioCommand>,
}

impl Sink<'_> {
    fn edit(&mut self, edit: Edit) {
        self.commands.push(StudioCommand::Edit(edit));
    }
}

/// A drop-down of `values`, each by its label (`fit`: as wide as the column, a long label cut
/// short); the value picked, once, when it is another than `current`.
fn pick<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    values: &[T],
    current: T,
    label: impl Fn(T) -> String,
    fit: bool,
) -> Option<T> {
    let mut picked = None;
    let mut combo = egui::ComboBox::from_id_salt(id).selected_text(label(current));
    if fit {
        combo = combo
            .width((ui.available_width() - 40.0).max(120.0))
            .truncate();
    }
    combo.show_ui(ui, |ui| {
        for value in values {
            if ui
                .selectable_label(*value == current, label(*value))
                .clicked()
                && *value != current
            {
                picked = Some(*value);
            }
        }
    });
    picked
}

/// Every value of an enum, with none first.
fn none_or<T: Copy>(values: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(values.iter().copied().map(Some))
        .collect()
}

/// The message field the trainer asked to be taken to (a missing message's "write it"), kept
/// in egui's memory until the field is drawn.
fn focus_id() -> egui::Id {
    egui::Id::new("studio-focus-message")
}

/// Whether a "write it" asks for a message (in either language) not yet drawn.
fn focus_wanted(ui: &egui::Ui, id: &str) -> bool {
    ui.data(|d| d.get_temp::<(String, Lang)>(focus_id()))
        .is_some_and(|(wanted, _)| wanted == id)
}

/// A one-line (growing) text field for a message in one language.
fn message_field(
    ui: &mut egui::Ui,
    open: &OpenDraft,
    id: &str,
    lang: Lang,
    width: f32,
    sink: &mut Sink<'_>,
) {
    let mut value = open.draft.message(id, lang).to_owned();
    let response = ui.add(
        egui::TextEdit::multiline(&mut value)
            .id_salt((id, lang.code()))
            .desired_rows(1)
            .desired_width(width),
    );
    let wanted = ui.data(|d| d.get_temp::<(String, Lang)>(focus_id()));
    if wanted.is_some_and(|(w, l)| w == id && l == lang) {
        ui.data_mut(|d| d.remove::<(String, Lang)>(focus_id()));
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
    }
    if response.changed() {
        sink.edit(Edit::Message {
            id: id.to_owned(),
            lang,
            text: value,
        });
    }
}

/// A message in both languages side by side (stacked when narrow).
fn bilingual(ui: &mut egui::Ui, text: &UiText, open: &OpenDraft, id: &str, sink: &mut Sink<'_>) {
    if ui.available_width() >= 520.0 {
        ui.columns(2, |columns| {
            for (column, lang) in columns.iter_mut().zip(Lang::ALL) {
                column.weak(text.t(&format!("studio-lang-{}", lang.code())));
                let width = column.available_width();
                message_field(column, open, id, lang, width, sink);
            }
        });
    } else {
        for lang in Lang::ALL {
            ui.weak(text.t(&format!("studio-lang-{}", lang.code())));
            let width = ui.available_width();
            message_field(ui, open, id, lang, width, sink);
        }
    }
}

/// The findings placed at `place`, each with its fix where one is known.
fn findings_at(
    ui: &mut egui::Ui,
    text: &UiText,
    open: &OpenDraft,
    place: &Place,
    sink: &mut Sink<'_>,
) {
    for (finding, at) in &open.check.placed {
        if at == place {
            finding_row(ui, text, open, finding, at, sink);
        }
    }
}

fn finding_row(
    ui: &mut egui::Ui,
    text: &UiText,
    open: &OpenDraft,
    finding: &Finding,
    place: &Place,
    sink: &mut Sink<'_>,
) {
    let message = finding.message(&open.check.report.pack.texts, text.lang);
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(PROBLEM, message);
        if let Some(fix) = fix_for(open, finding, place)
            && ui.button(fix_label(text, &fix)).clicked()
        {
            apply_fix(ui, fix, sink);
        }
    });
}

/// The one-click fix of a finding.
enum Fix {
    /// An edit: create the missing beat, set the expectation to the engine's verdict.
    Edit(Edit),
    /// Go to the empty field of a missing message, on its beat.
    Write {
        /// The message.
        id: String,
        /// The language it is missing in.
        lang: Lang,
        /// The beat it is on, if any.
        beat: Option<String>,
    },
}

/// The one-click fix of a finding, where there is one: create the missing beat, set the
/// expectation to the engine's verdict (when it does not change with the draw), or take the
/// trainer to a missing message's field.
fn fix_for(open: &OpenDraft, finding: &Finding, place: &Place) -> Option<Fix> {
    match finding.kind {
        FindingKind::MissingBeat => {
            let beat = finding.args.get("beat")?;
            madoguchi_content::studio::valid_id(beat)
                .then(|| Fix::Edit(Edit::AddBeat { id: beat.clone() }))
        }
        FindingKind::ExpectationMismatch => {
            let Place::Choice(beat, index) = place else {
                return None;
            };
            let verdicts = open.verdicts.get(&(beat.clone(), *index))?;
            let [verdict] = verdicts.iter().copied().collect::<Vec<_>>()[..] else {
                return None;
            };
            Some(Fix::Edit(Edit::SetExpect {
                beat: beat.clone(),
                index: *index,
                expect: Some(verdict),
            }))
        }
        FindingKind::MissingMessage => {
            let id = finding.args.get("id")?.clone();
            let lang = Lang::ALL
                .into_iter()
                .find(|l| Some(l.code()) == finding.args.get("lang").map(String::as_str))?;
            let beat = match place {
                Place::Beat(b) | Place::Choice(b, _) => Some(b.clone()),
                Place::Scenario => None,
            };
            Some(Fix::Write { id, lang, beat })
        }
        _ => None,
    }
}

fn fix_label(text: &UiText, fix: &Fix) -> String {
    match fix {
        Fix::Edit(Edit::AddBeat { id }) => text.t_args("studio-fix-beat", &[("beat", id.clone())]),
        Fix::Edit(Edit::SetExpect {
            expect: Some(verdict),
            ..
        }) => text.t_args(
            "studio-fix-expect",
            &[("verdict", verdict_word(text, *verdict))],
        ),
        Fix::Write { lang, .. } => text.t_args(
            "studio-fix-write",
            &[("lang", text.t(&format!("studio-lang-{}", lang.code())))],
        ),
        Fix::Edit(_) => String::new(),
    }
}

/// Carries out a fix.
fn apply_fix(ui: &egui::Ui, fix: Fix, sink: &mut Sink<'_>) {
    match fix {
        Fix::Edit(edit) => sink.edit(edit),
        Fix::Write { id, lang, beat } => {
            if let Some(beat) = beat {
                sink.commands.push(StudioCommand::Select(beat));
            }
            sink.commands.push(StudioCommand::ShowMap(false));
            ui.data_mut(|d| d.insert_temp(focus_id(), (id, lang)));
        }
    }
}

/// How many findings concern a beat or its choices.
fn findings_on_beat(open: &OpenDraft, beat: &str) -> usize {
    open.check
        .placed
        .iter()
        .filter(|(_, place)| match place {
            Place::Beat(b) | Place::Choice(b, _) => b == beat,
            Place::Scenario => false,
        })
        .count()
}

/// The scenario's own fields and the list of beats.
fn scenario_and_beats(
    ui: &mut egui::Ui,
    text: &UiText,
    open: &OpenDraft,
    new_beat: &mut String,
    sink: &mut Sink<'_>,
) {
    let def = &open.draft.def;
    ui.strong(text.t("studio-scenario"));
    ui.label(text.t("studio-field-title"));
    bilingual(ui, text, open, &def.title.clone(), sink);
    ui.label(text.t("studio-field-summary"));
    bilingual(ui, text, open, &def.summary.clone(), sink);
    ui.horizontal_wrapped(|ui| {
        ui.label(text.t("studio-field-difficulty"));
        let label = |d: Difficulty| text.t(&format!("difficulty-{}", d.name()));
        if let Some(difficulty) = pick(
            ui,
            "studio-difficulty",
            Difficulty::VARIANTS,
            def.difficulty,
            label,
            false,
        ) {
            sink.edit(Edit::SetDifficulty(difficulty));
        }
    });
    ui.separator();
    ui.strong(text.t("studio-beats"));
    for id in &open.draft.order {
        let Some(beat) = def.beats.get(id) else {
            continue;
        };
        let mut label = id.clone();
        if *id == def.start {
            label = format!("{label} {}", text.t("studio-beat-start-mark"));
        }
        if let Some(end) = beat.end {
            label = format!(
                "{label} — {}",
                text.t(&format!("studio-end-short-{}", end.name()))
            );
        }
        let count = findings_on_beat(open, id);
        let mut rich = egui::RichText::new(label).monospace();
        if count > 0 {
            rich = egui::RichText::new(format!(
                "{}  {}",
                rich.text(),
                text.t_args("studio-beat-findings", &[("count", count.to_string())])
            ))
            .monospace()
            .color(PROBLEM);
        }
        if ui.selectable_label(open.selected == *id, rich).clicked() {
            sink.commands.push(StudioCommand::Select(id.clone()));
        }
    }
    ui.add_space(6.0);
    ui.label(text.t("studio-beat-new-id"));
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(new_beat)
                .font(egui::TextStyle::Monospace)
                .desired_width(160.0),
        );
        if ui.button(text.t("studio-beat-add")).clicked() {
            sink.edit(Edit::AddBeat {
                id: new_beat.trim().to_owned(),
            });
            new_beat.clear();
        }
    });
}

/// The selected beat: its lines, its ending, its choices with verdicts and findings.
fn beat_editor(
    ui: &mut egui::Ui,
    text: &UiText,
    open: &OpenDraft,
    action_filter: &mut String,
    sink: &mut Sink<'_>,
) {
    let def = &open.draft.def;
    let id = open.selected.clone();
    let Some(beat) = def.beats.get(&id) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(text.t_args("studio-beat", &[("beat", id.clone())]))
                .monospace()
                .size(20.0),
        );
        if def.start == id {
            ui.weak(text.t("studio-beat-start"));
        } else if ui.button(text.t("studio-beat-make-start")).clicked() {
            sink.edit(Edit::SetStart { beat: id.clone() });
        }
        if ui.button(text.t("studio-play-here")).clicked() {
            sink.commands.push(StudioCommand::Play {
                beat: id.clone(),
                free: false,
            });
        }
        if ui.button(text.t("studio-beat-remove")).clicked() {
            sink.edit(Edit::RemoveBeat { id: id.clone() });
        }
    });
    findings_at(ui, text, open, &Place::Beat(id.clone()), sink);
    ui.add_space(4.0);
    ui.strong(text.t("studio-lines"));
    for (n, line) in beat.lines.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.weak(format!("{}.", n + 1));
                if ui.small_button(text.t("studio-remove")).clicked() {
                    sink.edit(Edit::RemoveLine {
                        beat: id.clone(),
                        index: n,
                    });
                }
            });
            bilingual(ui, text, open, line, sink);
        });
    }
    if ui.button(text.t("studio-line-add")).clicked() {
        sink.edit(Edit::AddLine { beat: id.clone() });
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(text.t("studio-end"));
        let label = |end: Option<Ending>| {
            end.map_or_else(
                || text.t("studio-end-none"),
                |end| text.t(&format!("ending-{}", end.name())),
            )
        };
        let values = none_or(Ending::VARIANTS);
        if let Some(end) = pick(ui, ("studio-end", &id), &values, beat.end, label, false) {
            sink.edit(Edit::SetEnd {
                beat: id.clone(),
                end,
            });
        }
    });
    ui.add_space(6.0);
    ui.strong(text.t("studio-choices"));
    for (n, choice) in beat.choices.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.strong(text.t_args("studio-choice", &[("n", (n + 1).to_string())]));
                if n > 0 && ui.small_button(text.t("studio-choice-up")).clicked() {
                    sink.edit(Edit::MoveChoiceUp {
                        beat: id.clone(),
                        index: n,
                    });
                }
                if ui.small_button(text.t("studio-remove")).clicked() {
                    sink.edit(Edit::RemoveChoice {
                        beat: id.clone(),
                        index: n,
                    });
                }
            });
            bilingual(ui, text, open, &choice.text, sink);
            ui.label(text.t("studio-action"));
            {
                egui::ComboBox::from_id_salt(("studio-action", &id, n))
                    .selected_text(action_label(text, choice.action))
                    .width((ui.available_width() - 64.0).max(120.0))
                    .truncate()
                    .height(420.0)
                    .show_ui(ui, |ui| {
                        // A filter at the top: part of the name narrows the list.
                        let filter = ui.add(
                            egui::TextEdit::singleline(&mut *action_filter)
                                .hint_text(text.t("studio-action-filter"))
                                .desired_width(f32::INFINITY),
                        );
                        filter.request_focus();
                        let wanted = action_filter.trim().to_lowercase();
                        for action in Action::all() {
                            let label = action_label(text, action);
                            if !wanted.is_empty() && !label.to_lowercase().contains(&wanted) {
                                continue;
                            }
                            if ui
                                .selectable_label(choice.action == action, label)
                                .clicked()
                            {
                                sink.edit(Edit::SetAction {
                                    beat: id.clone(),
                                    index: n,
                                    action,
                                });
                            }
                        }
                    });
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(text.t("studio-next"));
                // Beat ids in the monospace font (its underscores show at every size).
                let shown = if choice.next.is_empty() {
                    egui::RichText::new(text.t("studio-next-none"))
                } else {
                    egui::RichText::new(&choice.next).monospace()
                };
                egui::ComboBox::from_id_salt(("studio-next", &id, n))
                    .selected_text(shown)
                    .height(420.0)
                    .show_ui(ui, |ui| {
                        for target in &open.draft.order {
                            if ui
                                .selectable_label(
                                    choice.next == *target,
                                    egui::RichText::new(target).monospace(),
                                )
                                .clicked()
                            {
                                sink.edit(Edit::SetNext {
                                    beat: id.clone(),
                                    index: n,
                                    next: target.clone(),
                                });
                            }
                        }
                    });
                ui.label(text.t("studio-expect"));
                let label = |v: Option<Verdict>| {
                    v.map_or_else(|| text.t("studio-expect-none"), |v| verdict_word(text, v))
                };
                let values = none_or(Verdict::VARIANTS);
                let id_salt = ("studio-expect", &id, n);
                if let Some(expect) = pick(ui, id_salt, &values, choice.expect, label, false) {
                    sink.edit(Edit::SetExpect {
                        beat: id.clone(),
                        index: n,
                        expect,
                    });
                }
            });
            // The engine's verdict on this action in this situation, over the draws.
            match open.verdicts.get(&(id.clone(), n)) {
                Some(verdicts) if !verdicts.is_empty() => {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(text.t("studio-engine"));
                        for verdict in verdicts {
                            ui.colored_label(
                                widgets::verdict_color(*verdict),
                                egui::RichText::new(verdict_word(text, *verdict)).strong(),
                            );
                        }
                        if verdicts.len() > 1 {
                            ui.weak(text.t("studio-engine-varies"));
                        }
                    });
                }
                _ => {
                    ui.colored_label(PROBLEM, text.t("studio-engine-none"));
                }
            }
            findings_at(ui, text, open, &Place::Choice(id.clone(), n), sink);
        });
    }
    if ui.button(text.t("studio-choice-add")).clicked() {
        sink.edit(Edit::AddChoice { beat: id.clone() });
    }
}

/// A date typed in a field of the facts form: the draft's value while the field is not being
/// edited, the trainer's text while it is; a new date once the text reads as one.
fn date_field(
    ui: &mut egui::Ui,
    text: &UiText,
    key: &'static str,
    current: Date,
    dates: &mut BTreeMap<&'static str, String>,
) -> Option<Date> {
    let buffer = dates.entry(key).or_insert_with(|| current.to_string());
    let response = ui.add(
        egui::TextEdit::singleline(buffer)
            .font(egui::TextStyle::Monospace)
            .desired_width(120.0),
    );
    let read = buffer.trim().parse::<Date>().ok();
    if read.is_none() {
        ui.colored_label(PROBLEM, text.t("studio-date-format"));
    }
    if !response.has_focus() && !response.changed() {
        *buffer = current.to_string();
    }
    read.filter(|d| response.changed() && *d != current)
}

/// The facts most scenarios change, as a form: the visit date, the patient's birth date and
/// insurance, whether they came before with nothing changed, and what they show (each added
/// from a palette with dates that fit, or removed). The rest is the RON below.
fn facts_form(
    ui: &mut egui::Ui,
    text: &UiText,
    open: &OpenDraft,
    dates: &mut BTreeMap<&'static str, String>,
    sink: &mut Sink<'_>,
) {
    let facts = &open.draft.def.facts;
    let mut changed: Option<Situation> = None;
    // Label and field on one line where they fit, the label above where they do not: nothing
    // here may widen its column.
    ui.horizontal_wrapped(|ui| {
        ui.label(text.t("studio-facts-date"));
        if let Some(date) = date_field(ui, text, "date", facts.date, dates) {
            let mut new = facts.clone();
            new.date = date;
            changed = Some(new);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(text.t("studio-facts-birth"));
        if let Some(date) = date_field(ui, text, "birth", facts.patient.birth_date, dates) {
            let mut new = facts.clone();
            new.patient.birth_date = date;
            changed = Some(new);
        }
        let age = madoguchi_rules::dates::age_on(facts.patient.birth_date, facts.date);
        ui.weak(text.t_args("studio-facts-age", &[("age", age.to_string())]));
    });
    ui.label(text.t("studio-facts-insurance"));
    let label = |i: Insurance| text.t(&format!("insurance-{}", i.name()));
    let current = facts.patient.insurance;
    if let Some(insurance) = pick(
        ui,
        "studio-facts-insurance",
        Insurance::VARIANTS,
        current,
        label,
        true,
    ) {
        let mut new = facts.clone();
        new.patient.insurance = insurance;
        changed = Some(new);
    }
    let mut visited = facts.patient.visited_before;
    if ui
        .checkbox(&mut visited, text.t("studio-facts-visited"))
        .changed()
    {
        let mut new = facts.clone();
        new.patient.visited_before = visited;
        changed = Some(new);
    }
    let mut unchanged = facts.patient.details_unchanged;
    if ui
        .checkbox(&mut unchanged, text.t("studio-facts-unchanged"))
        .changed()
    {
        let mut new = facts.clone();
        new.patient.details_unchanged = unchanged;
        changed = Some(new);
    }
    ui.label(text.t("studio-facts-presented"));
    if facts.presented.is_empty() {
        ui.weak(text.t("studio-facts-presented-none"));
    }
    for (n, document) in facts.presented.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "{}. {}",
                n + 1,
                text.t(&format!("document-{}", document.kind().name()))
            ));
            if ui.small_button(text.t("studio-remove")).clicked() {
                let mut new = facts.clone();
                new.presented.remove(n);
                changed = Some(new);
            }
        });
    }
    egui::ComboBox::from_id_salt("studio-facts-add")
        .selected_text(text.t("studio-facts-add"))
        .width((ui.available_width() - 40.0).max(120.0))
        .truncate()
        .show_ui(ui, |ui| {
            for kind in DocumentKind::VARIANTS {
                if ui
                    .selectable_label(false, text.t(&format!("document-{}", kind.name())))
                    .clicked()
                    && let Some(document) = palette_document(*kind, facts)
                {
                    let mut new = facts.clone();
                    new.presented.push(document);
                    changed = Some(new);
                }
            }
        });
    if let Some(new) = changed {
        sink.edit(Edit::SetFacts(Box::new(new)));
    }
}

/// A one-line text field of the cast; the new text once changed.
fn cast_text(ui: &mut egui::Ui, label: String, value: &str) -> Option<String> {
    let mut typed = value.to_owned();
    ui.label(label);
    let response = ui.add(egui::TextEdit::singleline(&mut typed).desired_width(f32::INFINITY));
    response.changed().then_some(typed)
}

/// The cast as a form: the name as printed and in kana, sex, the time, the insurer, who comes
/// along, the mood.
fn cast_form(ui: &mut egui::Ui, text: &UiText, open: &OpenDraft, sink: &mut Sink<'_>) {
    let cast = &open.draft.def.cast;
    let mut next = None;
    if let Some(name) = cast_text(ui, text.t("studio-cast-name"), &cast.name) {
        next = Some(Cast {
            name,
            ..cast.clone()
        });
    }
    if let Some(kana) = cast_text(ui, text.t("studio-cast-kana"), &cast.kana) {
        next = Some(Cast {
            kana,
            ..cast.clone()
        });
    }
    if let Some(time) = cast_text(ui, text.t("studio-cast-time"), &cast.time) {
        next = Some(Cast {
            time,
            ..cast.clone()
        });
    }
    let insurer = cast.insurer.clone().unwrap_or_default();
    if let Some(insurer) = cast_text(ui, text.t("studio-cast-insurer"), &insurer) {
        let insurer = (!insurer.trim().is_empty()).then_some(insurer);
        next = Some(Cast {
            insurer,
            ..cast.clone()
        });
    }
    ui.horizontal_wrapped(|ui| {
        for sex in Sex::VARIANTS {
            if ui
                .radio(
                    cast.sex == *sex,
                    text.t(&format!("studio-sex-{}", sex.name())),
                )
                .clicked()
            {
                next = Some(Cast {
                    sex: *sex,
                    ..cast.clone()
                });
            }
        }
    });
    let label = |c: Companion| text.t(&format!("companion-{}", c.name()));
    if let Some(companion) = pick(
        ui,
        "studio-cast-companion",
        Companion::VARIANTS,
        cast.companion,
        label,
        true,
    ) {
        next = Some(Cast {
            companion,
            ..cast.clone()
        });
    }
    if cast.companion != Companion::None {
        ui.horizontal_wrapped(|ui| {
            ui.label(text.t("studio-cast-companion-sex"));
            for sex in [None, Some(Sex::Female), Some(Sex::Male)] {
                let label = match sex {
                    None => text.t("studio-cast-companion-sex-default"),
                    Some(sex) => text.t(&format!("studio-sex-{}", sex.name())),
                };
                if ui.radio(cast.companion_sex == sex, label).clicked() {
                    next = Some(Cast {
                        companion_sex: sex,
                        ..cast.clone()
                    });
                }
            }
        });
    }
    ui.label(text.t("studio-cast-away-until"));
    // At the start, from a beat, or never.
    let mut ways: Vec<(Option<&String>, bool)> = vec![(None, false)];
    ways.extend(open.draft.order.iter().map(|b| (Some(b), false)));
    ways.push((None, true));
    let current = ways
        .iter()
        .position(|(b, absent)| {
            *absent == cast.absent && b.map(String::as_str) == cast.away_until.as_deref()
        })
        .unwrap_or(0);
    let indexes: Vec<usize> = (0..ways.len()).collect();
    let label = |i: usize| match ways[i] {
        (_, true) => text.t("studio-cast-away-never"),
        (None, false) => text.t("studio-cast-away-none"),
        (Some(beat), false) => text.t_args("studio-cast-away-beat", &[("beat", beat.clone())]),
    };
    if let Some(i) = pick(ui, "studio-cast-away", &indexes, current, label, true) {
        next = Some(Cast {
            away_until: ways[i].0.cloned(),
            absent: ways[i].1,
            ..cast.clone()
        });
    }
    let label = |m: Mood| text.t(&format!("studio-mood-{}", m.name()));
    if let Some(mood) = pick(
        ui,
        "studio-cast-mood",
        Mood::VARIANTS,
        cast.mood,
        label,
        true,
    ) {
        next = Some(Cast {
            mood,
            ..cast.clone()
        });
    }
    if let Some(cast) = next {
        sink.edit(Edit::SetCast(Box::new(cast)));
    }
}

/// A variant's name as the files write it.
fn vary_key(vary: &Vary) -> &'static str {
    match vary {
        Vary::VisitDays { .. } => "visit_days",
        Vary::CertExpiresMonthsBefore { .. } => "cert_expires_months_before",
        Vary::AgeYears { .. } => "age_years",
        Vary::BirthBetween { .. } => "birth_between",
        Vary::Pin(_) => "pin",
        Vary::OnlineRecord(_) => "online_record",
        Vary::LateElderlyShare(_) => "late_elderly_share",
        Vary::Returning(_) => "returning",
    }
}

/// Ticks for the values a variant draws from: ticking adds a value, unticking removes it (the
/// last one stays).
fn value_ticks<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    all: &[T],
    chosen: &[T],
    label: impl Fn(T) -> String,
) -> Option<Vec<T>> {
    let mut out = None;
    for value in all {
        let mut on = chosen.contains(value);
        if ui.checkbox(&mut on, label(*value)).changed() {
            let next: Vec<T> = all
                .iter()
                .copied()
                .filter(|v| if v == value { on } else { chosen.contains(v) })
                .collect();
            if !next.is_empty() {
                out = Some(next);
            }
        }
    }
    out
}

/// The variants as a form: each drawn range with its two ends, each drawn choice with a tick
/// per value, removed with a button; a new one from the palette.
fn variants_form(ui: &mut egui::Ui, text: &UiText, open: &OpenDraft, sink: &mut Sink<'_>) {
    use madoguchi_rules::{OnlineRecord, PinState};
    let variants = &open.draft.def.variants;
    ui.label(text.t("studio-variants"));
    let mut changed: Option<Vec<Vary>> = None;
    let replace = |n: usize, vary: Vary| {
        let mut next = variants.clone();
        next[n] = vary;
        next
    };
    for (n, vary) in variants.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(text.t(&format!("studio-vary-{}", vary_key(vary))));
                if ui.small_button(text.t("studio-remove")).clicked() {
                    let mut next = variants.clone();
                    next.remove(n);
                    changed = Some(next);
                }
            });
            ui.horizontal_wrapped(|ui| match vary {
                Vary::VisitDays { min, max }
                | Vary::CertExpiresMonthsBefore { min, max }
                | Vary::AgeYears { min, max } => {
                    let (mut lo, mut hi) = (*min, *max);
                    ui.label(text.t("studio-vary-from"));
                    let a = ui.add(egui::DragValue::new(&mut lo).range(-3650..=hi));
                    ui.label(text.t("studio-vary-to"));
                    let b = ui.add(egui::DragValue::new(&mut hi).range(lo..=3650));
                    if a.changed() || b.changed() {
                        let next = match vary {
                            Vary::VisitDays { .. } => Vary::VisitDays { min: lo, max: hi },
                            Vary::AgeYears { .. } => Vary::AgeYears { min: lo, max: hi },
                            _ => Vary::CertExpiresMonthsBefore { min: lo, max: hi },
                        };
                        changed = Some(replace(n, next));
                    }
                }
                Vary::BirthBetween { from, to } => {
                    ui.monospace(format!("{from} – {to}"));
                    ui.weak(text.t("studio-vary-in-ron"));
                }
                Vary::Pin(values) => {
                    if let Some(next) = value_ticks(ui, PinState::VARIANTS, values, |v| {
                        text.t(&format!("pin-{}", v.name()))
                    }) {
                        changed = Some(replace(n, Vary::Pin(next)));
                    }
                }
                Vary::OnlineRecord(values) => {
                    if let Some(next) = value_ticks(ui, OnlineRecord::VARIANTS, values, |v| {
                        text.t(&format!("record-{}", v.name()))
                    }) {
                        changed = Some(replace(n, Vary::OnlineRecord(next)));
                    }
                }
                Vary::LateElderlyShare(values) => {
                    if let Some(next) = value_ticks(ui, &[10u8, 20, 30], values, |v| {
                        text.t(&format!("copay-{v}"))
                    }) {
                        changed = Some(replace(n, Vary::LateElderlyShare(next)));
                    }
                }
                Vary::Returning(values) => {
                    if let Some(next) = value_ticks(ui, &[true, false], values, |v| {
                        text.t(if v {
                            "studio-vary-returning-yes"
                        } else {
                            "studio-vary-returning-no"
                        })
                    }) {
                        changed = Some(replace(n, Vary::Returning(next)));
                    }
                }
            });
        });
    }
    egui::ComboBox::from_id_salt("studio-variants-add")
        .selected_text(text.t("studio-variants-add"))
        .width((ui.available_width() - 40.0).max(120.0))
        .truncate()
        .show_ui(ui, |ui| {
            for vary in palette_variants(&open.draft.def.facts) {
                let taken = variants.iter().any(|v| vary_key(v) == vary_key(&vary));
                if !taken
                    && ui
                        .selectable_label(
                            false,
                            text.t(&format!("studio-vary-{}", vary_key(&vary))),
                        )
                        .clicked()
                {
                    let mut next = variants.clone();
                    next.push(vary);
                    changed = Some(next);
                }
            }
        });
    if let Some(next) = changed {
        sink.edit(Edit::SetVariants(next));
    }
}

/// The situation (the forms, then the fields as RON), then every finding (a click shows its
/// beat): the forms stay where they are as findings come and go below them.
fn findings_and_fields(
    ui: &mut egui::Ui,
    text: &UiText,
    open: &OpenDraft,
    dates: &mut BTreeMap<&'static str, String>,
    sink: &mut Sink<'_>,
) {
    ui.strong(text.t("studio-situation"));
    egui::CollapsingHeader::new(text.t("studio-cast"))
        .id_salt("studio-cast-form")
        .show(ui, |ui| cast_form(ui, text, open, sink));
    facts_form(ui, text, open, dates, sink);
    ui.add_space(6.0);
    variants_form(ui, text, open, sink);
    ui.add_space(6.0);
    ui.small(text.t("studio-situation-hint"));
    for field in TEXT_FIELDS {
        egui::CollapsingHeader::new(text.t(&format!("studio-field-{field}")))
            .id_salt(("studio-field", field))
            .default_open(false)
            .show(ui, |ui| {
                ui.small(text.t(&format!("studio-field-{field}-hint")));
                let mut value = open.draft.field_text(field);
                let response = ui.add(
                    egui::TextEdit::multiline(&mut value)
                        .id_salt(("studio-field-text", field))
                        .code_editor()
                        .desired_width(ui.available_width()),
                );
                if response.changed() {
                    sink.edit(Edit::SetFieldText {
                        field: field.to_owned(),
                        text: value,
                    });
                }
                if let Some((_, Some(error))) = open.draft.field_texts.get(field) {
                    ui.colored_label(
                        PROBLEM,
                        text.t_args("studio-field-error", &[("error", error.clone())]),
                    );
                }
            });
    }
    // The window mode's own patient lines (their keys are written in the RON by hand): their
    // words, in both languages.
    let free_lines = &open.draft.def.free_lines;
    if !free_lines.is_empty() {
        let wanted = free_lines.values().any(|id| focus_wanted(ui, id));
        egui::CollapsingHeader::new(text.t("studio-free-lines"))
            .id_salt("studio-free-lines")
            .default_open(false)
            .open(wanted.then_some(true))
            .show(ui, |ui| {
                for (key, id) in free_lines {
                    ui.add_space(4.0);
                    ui.label(text.t_args("studio-free-line", &[("key", key.clone())]));
                    bilingual(ui, text, open, id, sink);
                }
            });
    }
    ui.separator();
    let placed = &open.check.placed;
    if placed.is_empty() {
        ui.label(text.t(if open.unsaved {
            "studio-findings-none"
        } else {
            "studio-findings-none-saved"
        }));
    } else {
        ui.strong(text.t_args("studio-findings", &[("count", placed.len().to_string())]));
        for (finding, place) in placed {
            let message = finding.message(&open.check.report.pack.texts, text.lang);
            let beat = match place {
                Place::Beat(b) | Place::Choice(b, _) => Some(b.clone()),
                Place::Scenario => None,
            };
            let named = beat.as_ref().is_some_and(|b| message.contains(b.as_str()));
            let label = match (&beat, place) {
                _ if named => String::new(),
                (Some(b), Place::Choice(_, n)) => text.t_args(
                    "studio-finding-at-choice",
                    &[("beat", b.clone()), ("n", (n + 1).to_string())],
                ),
                (Some(b), _) => text.t_args("studio-finding-at-beat", &[("beat", b.clone())]),
                _ => text.t("studio-finding-at-scenario"),
            };
            ui.horizontal_wrapped(|ui| {
                let response = ui.add(
                    egui::Label::new(
                        egui::RichText::new(if label.is_empty() {
                            message
                        } else {
                            let colon = if text.lang == Lang::Ja { "：" } else { ": " };
                            format!("{label}{colon}{message}")
                        })
                        .color(PROBLEM),
                    )
                    .sense(egui::Sense::click()),
                );
                if response.clicked()
                    && let Some(beat) = beat
                {
                    sink.commands.push(StudioCommand::Select(beat));
                }
                if let Some(fix) = fix_for(open, finding, place)
                    && ui.button(fix_label(text, &fix)).clicked()
                {
                    apply_fix(ui, fix, sink);
                }
            });
        }
    }
}

/// What is being dragged on the map.
#[derive(Default)]
struct MapDrag {
    /// A beat's box being moved, and how far (in points) so far.
    moving: Option<(String, egui::Vec2)>,
    /// A link being drawn from a beat (to make a choice leading where it is dropped).
    linking: Option<String>,
}

/// The map of the beats: each a box at its distance from the start (or where the trainer
/// dragged it), each choice an arrow in the colour of the engine's verdict (grey where it
/// changes with the draw or cannot be judged), endings in grey, beats with findings outlined in
/// red. A click opens the beat; dragging a box moves it; dragging from a box's handle to
/// another box adds a choice leading there; a beat can be added from the map's own field.
fn beat_map(
    ui: &mut egui::Ui,
    text: &UiText,
    open: &OpenDraft,
    moved: Option<&BTreeMap<String, (f32, f32)>>,
    typed: &mut Typed,
    sink: &mut Sink<'_>,
) {
    let def = &open.draft.def;
    let grid = madoguchi_content::studio::map_positions(def, &open.draft.order);
    let positions: Vec<(String, f32, f32)> = grid
        .iter()
        .map(|(id, c, r)| {
            let (x, y) = moved
                .and_then(|m| m.get(id))
                .copied()
                .unwrap_or((*c as f32, *r as f32));
            (id.clone(), x, y)
        })
        .collect();
    let columns = positions.iter().map(|p| p.1 + 1.0).fold(1.0, f32::max);
    let rows = positions.iter().map(|p| p.2 + 1.0).fold(1.0, f32::max);
    ui.small(text.t("studio-map-hint"));
    ui.horizontal_wrapped(|ui| {
        ui.label(text.t("studio-beat-new-id"));
        ui.add(
            egui::TextEdit::singleline(&mut typed.map_new_beat)
                .id_salt("studio-map-new-beat")
                .font(egui::TextStyle::Monospace)
                .desired_width(160.0),
        );
        if ui.button(text.t("studio-beat-add")).clicked() {
            sink.edit(Edit::AddBeat {
                id: typed.map_new_beat.trim().to_owned(),
            });
            typed.map_new_beat.clear();
        }
    });
    // The columns share the window's width (down to a readable box; then it scrolls).
    let step_x = ((ui.available_width() - 16.0) / columns.ceil()).clamp(120.0, 200.0);
    let box_size = egui::vec2(step_x - 36.0, 30.0);
    let step = egui::vec2(step_x, 46.0);
    let chars = ((box_size.x - 10.0) / 7.5).floor().max(6.0) as usize;
    let mut scroll = egui::ScrollArea::both().auto_shrink([false, false]);
    scroll = scroll.id_salt("studio-map-scroll");
    scroll.show(ui, |ui| {
        // Boxes past the side are scrolled to, not lost.
        crate::app::layout_check::scrolls_sideways(ui.ctx(), ui.clip_rect());
        let size = egui::vec2(columns * step.x + 16.0, rows * step.y + 16.0);
        let (area, _) = ui.allocate_exact_size(size, egui::Sense::hover());
        let painter = ui.painter_at(area);
        let drag = &mut typed.map_drag;
        let rect_of = |id: &str, x: f32, y: f32| {
            let mut min = area.min + egui::vec2(8.0 + x * step.x, 8.0 + y * step.y);
            if let Some((moving, by)) = &drag.moving
                && moving == id
            {
                min += *by;
            }
            egui::Rect::from_min_size(min, box_size)
        };
        let rects: BTreeMap<&str, egui::Rect> = positions
            .iter()
            .map(|(id, x, y)| (id.as_str(), rect_of(id, *x, *y)))
            .collect();
        for (id, beat) in &def.beats {
            let Some(from) = rects.get(id.as_str()) else {
                continue;
            };
            for (n, choice) in beat.choices.iter().enumerate() {
                let color = match open.verdicts.get(&(id.clone(), n)) {
                    Some(set) if set.len() == 1 => set
                        .iter()
                        .next()
                        .map_or(egui::Color32::GRAY, |v| widgets::verdict_color(*v)),
                    _ => egui::Color32::GRAY,
                };
                let targets =
                    std::iter::once(&choice.next).chain(choice.branches.iter().map(|b| &b.next));
                for target in targets {
                    if let Some(to) = rects.get(target.as_str()) {
                        let start = from.right_center();
                        let end = to.left_center();
                        painter.arrow(start, end - start, egui::Stroke::new(1.5, color));
                    }
                }
            }
        }
        let pointer = ui.input(|i| i.pointer.interact_pos());
        let mut dropped_link: Option<(String, egui::Pos2)> = None;
        for (id, x, y) in &positions {
            let rect = rects[id.as_str()];
            let Some(beat) = def.beats.get(id) else {
                continue;
            };
            let response = ui.interact(
                rect,
                ui.id().with(("studio-map", id)),
                egui::Sense::click_and_drag(),
            );
            let fill = if open.selected == *id {
                egui::Color32::from_rgb(200, 225, 255)
            } else if beat.end.is_some() {
                egui::Color32::from_gray(225)
            } else {
                egui::Color32::WHITE
            };
            let stroke = if findings_on_beat(open, id) > 0 {
                egui::Stroke::new(2.0, PROBLEM)
            } else {
                egui::Stroke::new(1.0, egui::Color32::from_gray(120))
            };
            painter.rect(rect, 4.0, fill, stroke, egui::StrokeKind::Inside);
            let mut label: String = id.chars().take(chars).collect();
            if id.chars().count() > chars {
                label.push('…');
            }
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                label,
                egui::FontId::monospace(12.0),
                egui::Color32::from_gray(20),
            );
            if response.dragged() {
                let by = drag.moving.take().map_or(egui::Vec2::ZERO, |(_, by)| by);
                drag.moving = Some((id.clone(), by + response.drag_delta()));
            }
            if response.drag_stopped()
                && let Some((_, by)) = drag.moving.take()
            {
                sink.commands.push(StudioCommand::MoveOnMap {
                    beat: id.clone(),
                    to: (x + by.x / step.x, y + by.y / step.y),
                });
            }
            // A click opens the beat (and puts the map away, which would cover it).
            if response.on_hover_text(id).clicked() {
                sink.commands.push(StudioCommand::Select(id.clone()));
                sink.commands.push(StudioCommand::ShowMap(false));
            }
            // The handle a link is drawn from (an ending has no choices to add).
            if beat.end.is_none() {
                let handle =
                    egui::Rect::from_center_size(rect.right_center(), egui::vec2(14.0, 14.0));
                let grip = ui
                    .interact(
                        handle,
                        ui.id().with(("studio-map-link", id)),
                        egui::Sense::drag(),
                    )
                    .on_hover_text(text.t("studio-map-link-hint"));
                painter.circle(
                    handle.center(),
                    5.0,
                    if grip.hovered() || grip.dragged() {
                        egui::Color32::from_rgb(40, 90, 170)
                    } else {
                        egui::Color32::from_gray(120)
                    },
                    egui::Stroke::NONE,
                );
                if grip.drag_started() {
                    drag.linking = Some(id.clone());
                }
                if grip.dragged()
                    && let Some(to) = pointer
                {
                    painter.arrow(
                        handle.center(),
                        to - handle.center(),
                        egui::Stroke::new(1.5, egui::Color32::from_rgb(40, 90, 170)),
                    );
                }
                if grip.drag_stopped()
                    && drag.linking.take().as_deref() == Some(id.as_str())
                    && let Some(to) = pointer
                {
                    dropped_link = Some((id.clone(), to));
                }
            }
        }
        if let Some((from, at)) = dropped_link
            && let Some((to, _)) = rects.iter().find(|(b, r)| **b != from && r.contains(at))
        {
            sink.edit(Edit::LinkBeats {
                from,
                to: (*to).to_owned(),
            });
        }
    });
}

/// The studio's own state on screen: the id typed for a new beat.
#[derive(Default)]
struct Typed {
    new_beat: String,
    /// The filter typed in an action list.
    action_filter: String,
    /// The dates typed in the facts form, while they are typed.
    dates: BTreeMap<&'static str, String>,
    /// The id typed for a new beat on the map.
    map_new_beat: String,
    /// What is being dragged on the map.
    map_drag: MapDrag,
}

fn draw_studio(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    studio: Res<Studio>,
    mut out: MessageWriter<StudioCommand>,
    mut next: ResMut<NextState<Screen>>,
    mut typed: Local<Typed>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "studio");
    let mut commands = Vec::new();
    let Some(open) = studio.open.as_ref() else {
        egui::CentralPanel::default().show(&mut root, |ui| {
            ui.label(text.t("studio-none"));
            if ui.button(text.t("nav-trainer")).clicked() {
                next.set(Screen::Trainer);
            }
        });
        return Ok(());
    };
    let mut sink = Sink {
        commands: &mut commands,
    };
    egui::Panel::top("studio-top").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
            if ui.button(text.t("nav-trainer")).clicked() {
                next.set(Screen::Trainer);
            }
            ui.heading(
                text.t_args(
                    "studio-title",
                    &[(
                        "title",
                        open.draft
                            .message(&open.draft.def.title, text.lang)
                            .to_owned(),
                    )],
                ),
            );
        });
        ui.horizontal_wrapped(|ui| {
            if ui.button(text.t("studio-save")).clicked() {
                sink.commands.push(StudioCommand::Save);
            }
            if ui.button(text.t("studio-undo")).clicked() {
                sink.commands.push(StudioCommand::Undo);
            }
            if ui.button(text.t("studio-play-start")).clicked() {
                sink.commands.push(StudioCommand::Play {
                    beat: open.draft.def.start.clone(),
                    free: false,
                });
            }
            if ui.button(text.t("studio-map")).clicked() {
                sink.commands.push(StudioCommand::ShowMap(!studio.map_open));
            }
            if ui
                .button(text.t("studio-play-free"))
                .on_hover_text(text.t("studio-play-free-hint"))
                .clicked()
            {
                sink.commands.push(StudioCommand::Play {
                    beat: open.draft.def.start.clone(),
                    free: true,
                });
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.small(text.t_args(
                "studio-file",
                &[
                    ("path", open.draft.path.clone()),
                    ("folder", open.folder.display().to_string()),
                ],
            ));
            if open.unsaved {
                ui.colored_label(PROBLEM, text.t("studio-unsaved"));
            } else {
                ui.weak(text.t("studio-all-saved"));
            }
            let count = open.check.placed.len();
            if count == 0 {
                ui.weak(text.t("studio-findings-zero"));
            } else {
                ui.colored_label(
                    PROBLEM,
                    text.t_args("studio-findings", &[("count", count.to_string())]),
                );
            }
        });
        if open.changed_on_disk {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(PROBLEM, text.t("studio-changed-on-disk"));
                if ui.button(text.t("studio-reopen")).clicked() {
                    sink.commands.push(StudioCommand::Reopen);
                }
            });
        }
        // The status line keeps its row when empty, so nothing below moves when it comes.
        match &studio.status {
            Some(status) => {
                let args: Vec<(&str, String)> = status
                    .args
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.clone()))
                    .collect();
                let line = text.t_args(&status.id, &args);
                if status.problem {
                    ui.colored_label(PROBLEM, line);
                } else {
                    ui.label(line);
                }
            }
            None => {
                ui.label(" ");
            }
        }
    });
    let layout = widgets::columns(ctx.content_rect().width());
    match layout {
        Columns::Three { left, right } => {
            egui::Panel::left("studio-beats")
                .resizable(false)
                .exact_size(left)
                .show(&mut root, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("studio-left")
                        .show(ui, |ui| {
                            scenario_and_beats(ui, &text, open, &mut typed.new_beat, &mut sink);
                        });
                });
            egui::Panel::right("studio-findings")
                .resizable(false)
                .exact_size(right)
                .show(&mut root, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("studio-right")
                        .show(ui, |ui| {
                            findings_and_fields(ui, &text, open, &mut typed.dates, &mut sink);
                        });
                });
            egui::CentralPanel::default().show(&mut root, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("studio-middle")
                    .show(ui, |ui| {
                        beat_editor(ui, &text, open, &mut typed.action_filter, &mut sink);
                    });
            });
        }
        Columns::Two { left } => {
            egui::Panel::left("studio-beats")
                .resizable(false)
                .exact_size(left)
                .show(&mut root, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("studio-left")
                        .show(ui, |ui| {
                            scenario_and_beats(ui, &text, open, &mut typed.new_beat, &mut sink);
                        });
                });
            egui::CentralPanel::default().show(&mut root, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("studio-middle")
                    .show(ui, |ui| {
                        beat_editor(ui, &text, open, &mut typed.action_filter, &mut sink);
                        ui.separator();
                        findings_and_fields(ui, &text, open, &mut typed.dates, &mut sink);
                    });
            });
        }
        Columns::One => {
            egui::CentralPanel::default().show(&mut root, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("studio-all")
                    .show(ui, |ui| {
                        scenario_and_beats(ui, &text, open, &mut typed.new_beat, &mut sink);
                        ui.separator();
                        beat_editor(ui, &text, open, &mut typed.action_filter, &mut sink);
                        ui.separator();
                        findings_and_fields(ui, &text, open, &mut typed.dates, &mut sink);
                    });
            });
        }
    }
    if studio.map_open {
        let mut shown = true;
        let room = ctx.content_rect();
        egui::Window::new(text.t("studio-map"))
            .open(&mut shown)
            .default_size(room.size() * 0.85)
            .default_pos(room.min + room.size() * 0.075)
            .show(ctx, |ui| {
                beat_map(ui, &text, open, studio.map_moved(), &mut typed, &mut sink);
            });
        if !shown {
            sink.commands.push(StudioCommand::ShowMap(false));
        }
    }
    if !commands.is_empty() {
        // The flow applies them in the next frame; ask for it now (the app otherwise waits
        // for the next input).
        ctx.request_repaint();
        out.write_batch(commands);
    }
    Ok(())
}
