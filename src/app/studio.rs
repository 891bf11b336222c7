//! The trainer studio's flow: a scenario opened from a trainer's pack folder (or started from a
//! template), changed by the [`StudioCommand`]s the studio's controls send, checked as it
//! changes (the engine's verdict on every choice, the pack check's findings placed on their
//! beat or choice), saved into the folder, and played from any beat in guided or free play
//! — drafts with findings too. It decides nothing about drawing; the studio screen shows it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;
use madoguchi_content::pack::{CheckOptions, PackFiles};
use madoguchi_content::studio::{Draft, DraftCheck, Edit, Place, valid_id};
use madoguchi_play::scenario::Scenario;
use madoguchi_play::session::Mode;
use madoguchi_rules::Verdict;

use super::adapter::StartDraft;
use super::packs::{PackReloaded, Packs};
use super::settings::{DataFolder, Settings};
use super::state::Screen;
use super::text::UiText;
use super::window_flow::{DraftPatient, StartWindow, WindowSource};
use crate::library;

/// What the studio's controls ask for.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum StudioCommand {
    /// Open a scenario file of a trainer's pack.
    Open {
        /// The pack's index in [`Packs`].
        pack: usize,
        /// The file's path in the pack.
        path: String,
    },
    /// Start a new scenario in a folder from a template (a shipped scenario's id, or the
    /// worked example).
    New {
        /// The pack folder it is saved into.
        folder: PathBuf,
        /// The new scenario's id.
        id: String,
        /// The template.
        from: Option<String>,
    },
    /// Change the draft.
    Edit(Edit),
    /// Take back the last change.
    Undo,
    /// Read the draft's files again from disk (its file changed there), dropping the studio's
    /// changes.
    Reopen,
    /// Show a beat.
    Select(String),
    /// Open or close the map of the beats.
    ShowMap(bool),
    /// Put a beat's box on the map somewhere else (dragged there).
    MoveOnMap {
        /// The beat.
        beat: String,
        /// Where, in the map's columns and rows (fractions between them too).
        to: (f32, f32),
    },
    /// Write the draft's files into its folder.
    Save,
    /// Play the draft from a beat (guided), or its situation at the window (free: the
    /// beat is not used).
    Play {
        /// The beat to start from.
        beat: String,
        /// Free play at the window instead of the beats.
        free: bool,
    },
}

/// What the studio last did, for the status line (message ids of `app.ftl` with their values).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StudioStatus {
    /// The message id.
    pub id: String,
    /// Its values.
    pub args: Vec<(String, String)>,
    /// Whether it reports a problem.
    pub problem: bool,
}

impl StudioStatus {
    fn new(id: &str, args: &[(&str, String)], problem: bool) -> StudioStatus {
        StudioStatus {
            id: id.to_owned(),
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
            problem,
        }
    }
}

/// A draft open in the studio.
pub struct OpenDraft {
    /// The pack folder it saves into.
    pub folder: PathBuf,
    /// The draft.
    pub draft: Draft,
    /// Earlier states, for undo (newest last).
    undo: Vec<Draft>,
    /// The beat shown.
    pub selected: String,
    /// The draft checked as it stands.
    pub check: DraftCheck,
    /// The engine's verdicts on every choice as it stands.
    pub verdicts: BTreeMap<(String, usize), BTreeSet<Verdict>>,
    /// Changes not yet saved.
    pub unsaved: bool,
    /// The scenario file as last read or written by the studio.
    disk_text: Option<String>,
    /// The file changed on disk since (someone edited it by hand): the studio offers to read
    /// it again.
    pub changed_on_disk: bool,
}

impl OpenDraft {
    fn new(folder: PathBuf, draft: Draft, unsaved: bool) -> OpenDraft {
        let selected = draft.def.start.clone();
        let disk_text = std::fs::read_to_string(folder.join(&draft.path)).ok();
        let mut open = OpenDraft {
            disk_text,
            changed_on_disk: false,
            folder,
            check: draft.check(&library::policy(), CheckOptions::default()),
            verdicts: BTreeMap::new(),
            draft,
            undo: Vec::new(),
            selected,
            unsaved,
        };
        open.refresh();
        // Opened at the first beat with a finding, if any: that is where work is.
        if let Some(beat) = open.check.placed.iter().find_map(|(_, place)| match place {
            Place::Beat(b) | Place::Choice(b, _) => Some(b.clone()),
            Place::Scenario => None,
        }) {
            open.selected = beat;
        }
        open
    }

    /// Checks the draft again and works out the verdicts.
    fn refresh(&mut self) {
        let policy = library::policy();
        self.check = self.draft.check(&policy, CheckOptions::default());
        self.verdicts = self.draft.verdicts(&policy);
        if !self.draft.def.beats.contains_key(&self.selected) {
            self.selected.clone_from(&self.draft.def.start);
        }
    }

    /// The draft as a scenario starting at `beat`, with the texts to word it.
    pub fn scenario_from(&self, beat: &str) -> Arc<Scenario> {
        self.draft.scenario_from(beat)
    }
}

/// The studio: the open draft, if any, and what it last did.
#[derive(Resource, Default)]
pub struct Studio {
    /// The open draft.
    pub open: Option<OpenDraft>,
    /// What the studio last did to the open draft (shown in the studio).
    pub status: Option<StudioStatus>,
    /// Why the last request to open or make a scenario was refused (shown on the trainer
    /// screen, where it was asked).
    pub refused: Option<StudioStatus>,
    /// Whether the map of the beats is open.
    pub map_open: bool,
    /// The boxes the trainer moved on the map, per scenario file (folder and path), in the
    /// map's columns and rows: kept while the app runs, so a draft opened again keeps its map.
    /// (Not written into the scenario: where a box sits says nothing about the scenario.)
    map_layouts: BTreeMap<PathBuf, BTreeMap<String, (f32, f32)>>,
}

impl Studio {
    /// The boxes moved on the open draft's map.
    pub fn map_moved(&self) -> Option<&BTreeMap<String, (f32, f32)>> {
        let open = self.open.as_ref()?;
        self.map_layouts.get(&open.folder.join(&open.draft.path))
    }
}

/// The folder a new scenario goes to when the trainer has no pack folder yet.
pub fn default_folder(dir: &DataFolder) -> PathBuf {
    dir.file("my-pack")
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<StudioCommand>();
    app.init_resource::<Studio>();
    app.add_systems(Update, (run_commands, watch_draft_file).chain());
}

/// Notes when the open draft's file changed on disk other than by the studio's own save.
fn watch_draft_file(
    mut reloaded: MessageReader<PackReloaded>,
    packs: Res<Packs>,
    mut studio: ResMut<Studio>,
) {
    for event in reloaded.read() {
        let Some(open) = studio.open.as_mut() else {
            continue;
        };
        if packs
            .entries
            .get(event.index)
            .and_then(|e| e.folder.as_deref())
            != Some(open.folder.as_path())
        {
            continue;
        }
        let now = std::fs::read_to_string(open.folder.join(&open.draft.path)).ok();
        if now != open.disk_text {
            open.changed_on_disk = true;
        }
    }
}

/// Opens a scenario file of a pack folder as a draft.
fn open_file(folder: &Path, path: &str) -> Result<Draft, String> {
    PackFiles::from_dir(folder)
        .map_err(|e| e.to_string())
        .and_then(|files| Draft::open(&files, path).map_err(|e| e.to_string()))
}

/// Writes a file atomically: a temporary file beside it, then a rename.
fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let temporary = path.with_extension("studio-tmp");
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path)
}

#[allow(clippy::too_many_arguments)]
fn run_commands(
    mut commands: MessageReader<StudioCommand>,
    mut studio: ResMut<Studio>,
    mut packs: ResMut<Packs>,
    mut settings: ResMut<Settings>,
    dir: Res<DataFolder>,
    text: Res<UiText>,
    mut drafts: MessageWriter<StartDraft>,
    mut windows: MessageWriter<StartWindow>,
    mut draft_patient: ResMut<DraftPatient>,
    mut reloaded: MessageWriter<PackReloaded>,
    mut next: ResMut<NextState<Screen>>,
) {
    for command in commands.read() {
        match command {
            StudioCommand::Open { pack, path } => {
                let Some(folder) = packs.entries.get(*pack).and_then(|e| e.folder.clone()) else {
                    studio.refused = Some(StudioStatus::new("studio-open-shipped", &[], true));
                    continue;
                };
                match open_file(&folder, path) {
                    Ok(draft) => {
                        studio.open = Some(OpenDraft::new(folder, draft, false));
                        studio.status = None;
                        studio.refused = None;
                        next.set(Screen::Studio);
                    }
                    Err(reason) => {
                        // The check's own words for a file that does not read (in the
                        // trainer's language, with the line), else the reader's.
                        let reason = packs
                            .report(*pack)
                            .and_then(|report| {
                                report.findings.iter().find(|f| f.file == *path).map(|f| {
                                    format!(
                                        "{}: {}",
                                        f.location(),
                                        f.message(&report.pack.texts, text.lang)
                                    )
                                })
                            })
                            .unwrap_or(reason);
                        studio.refused = Some(StudioStatus::new(
                            "studio-open-failed",
                            &[("path", path.clone()), ("reason", reason)],
                            true,
                        ));
                    }
                }
            }
            StudioCommand::New { folder, id, from } => {
                match new_draft(&packs, &text, folder, id, from.as_deref()) {
                    Ok(draft) => {
                        studio.open = Some(OpenDraft::new(folder.clone(), draft, true));
                        studio.status = Some(StudioStatus::new(
                            "studio-new-started",
                            &[("id", id.clone())],
                            false,
                        ));
                        studio.refused = None;
                        next.set(Screen::Studio);
                    }
                    Err(status) => studio.refused = Some(status),
                }
            }
            StudioCommand::Edit(edit) => {
                let Some(open) = studio.open.as_mut() else {
                    continue;
                };
                let before = open.draft.clone();
                let result = open.draft.apply(edit);
                // A field whose text does not parse keeps the text (with its error) but is no
                // change to undo.
                match result {
                    Ok(()) => {
                        open.undo.push(before);
                        open.unsaved = true;
                        if let Edit::AddBeat { id } = edit {
                            open.selected.clone_from(id);
                        }
                        open.refresh();
                        studio.status = None;
                    }
                    Err(refused) => {
                        studio.status = Some(StudioStatus::new(&refused.message_id(), &[], true));
                    }
                }
            }
            StudioCommand::Undo => {
                if let Some(open) = studio.open.as_mut()
                    && let Some(previous) = open.undo.pop()
                {
                    open.draft = previous;
                    open.unsaved = true;
                    open.refresh();
                }
            }
            StudioCommand::Reopen => {
                let Some(open) = studio.open.as_ref() else {
                    continue;
                };
                let folder = open.folder.clone();
                let path = open.draft.path.clone();
                match open_file(&folder, &path) {
                    Ok(draft) => {
                        studio.open = Some(OpenDraft::new(folder, draft, false));
                        studio.status = None;
                    }
                    Err(reason) => {
                        studio.status = Some(StudioStatus::new(
                            "studio-open-failed",
                            &[("path", path), ("reason", reason)],
                            true,
                        ));
                    }
                }
            }
            StudioCommand::ShowMap(shown) => studio.map_open = *shown,
            StudioCommand::MoveOnMap { beat, to } => {
                let Some(open) = studio.open.as_ref() else {
                    continue;
                };
                if !open.draft.def.beats.contains_key(beat)
                    || !to.0.is_finite()
                    || !to.1.is_finite()
                {
                    continue;
                }
                let key = open.folder.join(&open.draft.path);
                let at = (to.0.max(0.0), to.1.max(0.0));
                studio
                    .map_layouts
                    .entry(key)
                    .or_default()
                    .insert(beat.clone(), at);
            }
            StudioCommand::Select(beat) => {
                if let Some(open) = studio.open.as_mut()
                    && open.draft.def.beats.contains_key(beat)
                {
                    open.selected.clone_from(beat);
                }
            }
            StudioCommand::Save => {
                let Some(open) = studio.open.as_mut() else {
                    continue;
                };
                let folder = open.folder.clone();
                let files = open.draft.files();
                let written = files
                    .iter()
                    .try_for_each(|(path, text)| write_file(&folder.join(path), text));
                studio.status = Some(match written {
                    Ok(()) => {
                        open.unsaved = false;
                        open.disk_text = Some(files[0].1.clone());
                        open.changed_on_disk = false;
                        // The folder is a pack the app lists and watches from now on.
                        if !settings.packs.contains(&folder) {
                            settings.packs.push(folder.clone());
                            let _ = settings.save(&dir);
                        }
                        packs.add_folder(&folder);
                        packs.reload_folders(std::slice::from_ref(&folder));
                        // A scenario of this pack in play hears of it (and offers a restart).
                        if let Some(index) = packs
                            .entries
                            .iter()
                            .position(|e| e.folder.as_deref() == Some(folder.as_path()))
                        {
                            reloaded.write(PackReloaded { index });
                        }
                        StudioStatus::new(
                            "studio-saved",
                            &[
                                ("files", files.len().to_string()),
                                ("folder", folder.display().to_string()),
                            ],
                            false,
                        )
                    }
                    Err(error) => StudioStatus::new(
                        "studio-save-failed",
                        &[
                            ("folder", folder.display().to_string()),
                            ("reason", error.to_string()),
                        ],
                        true,
                    ),
                });
            }
            StudioCommand::Play { beat, free } => {
                let Some(open) = studio.open.as_ref() else {
                    continue;
                };
                if *free {
                    draft_patient.0 = Some((
                        open.scenario_from(beat),
                        open.check.report.pack.texts.clone(),
                    ));
                    windows.write(StartWindow {
                        source: WindowSource::Draft,
                        mode: Mode::Practice,
                    });
                } else {
                    drafts.write(StartDraft {
                        scenario: open.scenario_from(beat),
                        texts: open.check.report.pack.texts.clone(),
                        findings: open
                            .check
                            .placed
                            .iter()
                            .map(|(f, _)| f.message(&open.check.report.pack.texts, text.lang))
                            .collect(),
                    });
                }
            }
        }
    }
}

/// A new draft `id` in `folder` from a template, refused when the id is not valid or already
/// taken (by a shipped scenario or a file in the folder).
fn new_draft(
    packs: &Packs,
    text: &UiText,
    folder: &Path,
    id: &str,
    from: Option<&str>,
) -> Result<Draft, StudioStatus> {
    let refuse = |message: &str| Err(StudioStatus::new(message, &[("id", id.to_owned())], true));
    if !valid_id(id) {
        return refuse("studio-new-bad-id");
    }
    let taken = packs
        .entries
        .iter()
        .filter_map(|e| e.report.as_ref().ok())
        .any(|r| r.pack.scenario(id).is_some());
    if taken || folder.join(format!("{id}.ron")).exists() {
        return refuse("studio-new-taken");
    }
    let Some(template) = library::template(from) else {
        return refuse("studio-new-no-template");
    };
    Draft::from_template(
        id,
        &template.id,
        [&template.ron, &template.ja, &template.en],
        &text.t_args("cli-new-header", &[("from", template.id.clone())]),
    )
    .map_err(|e| {
        StudioStatus::new(
            "studio-open-failed",
            &[("path", id.to_owned()), ("reason", e.to_string())],
            true,
        )
    })
}
