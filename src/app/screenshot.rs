//! `madoguchi play --screenshot PATH`: open the window on a scenario, make the given choices,
//! save a picture of the screen, check it is not blank, and exit. The smoke test, and how
//! trainers make pictures for their material.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use madoguchi_content::i18n::Lang;
use madoguchi_play::session::Mode;

use super::adapter::{ChoiceMade, Play, StartScenario};
use super::packs::Packs;
use super::staff::CurrentStaff;
use super::state::Screen;

/// What to play and where to save the picture.
#[derive(Resource, Clone, Debug)]
pub struct ScreenshotRun {
    /// The language.
    pub lang: Lang,
    /// A scenario id or a scenario file's path.
    pub scenario: String,
    /// The variant's seed.
    pub seed: Option<u64>,
    /// Practice or assessment.
    pub mode: Mode,
    /// Extra pack folders.
    pub packs: Vec<PathBuf>,
    /// Choices to make, 1-based.
    pub choose: Vec<usize>,
    /// Where to save the PNG.
    pub path: PathBuf,
    /// `--data-dir`, if given.
    pub data_dir: Option<PathBuf>,
    /// The screen to show after the choices (`play` unless asked).
    pub show: Screen,
    /// For the studio: with its map of the beats open.
    pub studio_map: bool,
    /// Whether to take a picture and exit; if not, the window stays open on the scenario.
    pub capture: bool,
    /// Free play at the window (窓口モード) instead of the scenario's beats.
    pub free: bool,
    /// For free play: the acts to take, by key (`window-greet`, `guide_to_reader`).
    pub acts: Vec<String>,
    /// The window's size in logical pixels (else the usual size).
    pub size: Option<(u32, u32)>,
    /// The text size for this run (else the saved one); the settings file is not changed.
    pub text_scale: Option<f32>,
    /// Check the pictured frame for text cut at the side or drawn over other text; the
    /// picture is still saved, and the run exits with [`EXIT_LAYOUT`] if any is found.
    pub check_layout: bool,
}

/// Exit code when `--check-layout` found text that cannot be read.
pub const EXIT_LAYOUT: u8 = 4;

/// The layout problems of the frames since the picture was asked for.
#[derive(Resource, Default)]
struct LayoutFound(Vec<String>);

/// Exit code when the scenario cannot be found.
const EXIT_NO_SCENARIO: u8 = 2;
/// Exit code when the picture is blank or cannot be saved.
const EXIT_BAD_PICTURE: u8 = 3;

#[derive(Resource, Default)]
struct Progress {
    frames: u32,
    started: bool,
    made: usize,
    requested: bool,
    /// The trainer screen of a trainer's own pack (`--show trainer` with a file or folder of
    /// it), findings and all: nothing is played.
    trainer_pack: bool,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Progress>();
    app.init_resource::<LayoutFound>();
    app.add_systems(Update, drive);
    app.add_systems(bevy_egui::EguiPrimaryContextPass, no_tooltips);
    app.add_systems(
        PostUpdate,
        check_layout
            .after(bevy_egui::EguiPostUpdateSet::EndPass)
            .before(bevy_egui::EguiPostUpdateSet::ProcessOutput),
    );
}

/// Pictures never show a tooltip: where the pointer happens to rest is not part of the screen.
fn no_tooltips(mut contexts: bevy_egui::EguiContexts) -> Result {
    contexts
        .ctx_mut()?
        .all_styles_mut(|style| style.interaction.tooltip_delay = f32::INFINITY);
    Ok(())
}

/// Reads the frame egui has just laid out (its shapes, before they are painted).
fn check_layout(
    run: Res<ScreenshotRun>,
    progress: Res<Progress>,
    mut found: ResMut<LayoutFound>,
    outputs: Query<&bevy_egui::EguiFullOutput, With<bevy_egui::PrimaryEguiContext>>,
    mut contexts: bevy_egui::EguiContexts,
) {
    if !run.check_layout || !progress.requested || !found.0.is_empty() {
        return;
    }
    // The window itself (in egui's points): text a panel pushes past its edge is cut too.
    let Ok((screen, sideways)) = contexts.ctx_mut().map(|ctx| {
        (
            ctx.viewport_rect(),
            super::layout_check::sideways_areas(ctx),
        )
    }) else {
        return;
    };
    let Ok(bevy_egui::EguiFullOutput(Some(output))) = outputs.single() else {
        return;
    };
    found.0 = super::layout_check::problems(&output.shapes, screen, &sideways)
        .iter()
        .map(super::layout_check::describe)
        .collect();
    if found.0.is_empty() {
        found.0.push(String::new());
    }
}

fn drive(
    mut commands: Commands,
    run: Res<ScreenshotRun>,
    mut progress: ResMut<Progress>,
    mut packs: ResMut<Packs>,
    play: Option<Res<Play>>,
    window: Option<Res<super::window_flow::Window>>,
    mut window_start: MessageWriter<super::window_flow::StartWindow>,
    mut window_act: MessageWriter<super::window_flow::WindowAct>,
    mut studio: MessageWriter<super::studio::StudioCommand>,
    mut trainer: ResMut<super::packs::TrainerView>,
    state: Res<State<Screen>>,
    mut current: ResMut<CurrentStaff>,
    mut start: MessageWriter<StartScenario>,
    mut choose: MessageWriter<ChoiceMade>,
    mut exit: MessageWriter<AppExit>,
    mut next: ResMut<NextState<Screen>>,
) {
    progress.frames += 1;
    if !progress.started {
        // No staff member: a screenshot run never writes records.
        current.0 = None;
        let path = std::path::Path::new(&run.scenario);
        if run.show == Screen::Trainer && (run.scenario.ends_with(".ron") || path.is_dir()) {
            // The trainer screen on that file's (or folder's) pack, as the trainer sees it.
            let root = if path.is_dir() {
                Some(path.to_path_buf())
            } else {
                crate::library::pack_root_of(path)
            };
            let index = root.and_then(|root| {
                packs.add_folder(&root);
                packs
                    .entries
                    .iter()
                    .position(|e| e.folder.as_deref() == Some(root.as_path()))
            });
            let Some(index) = index else {
                error!("no pack at {}", run.scenario);
                exit.write(AppExit::from_code(EXIT_NO_SCENARIO));
                return;
            };
            trainer.pack = index;
            next.set(Screen::Trainer);
            progress.started = true;
            progress.trainer_pack = true;
            return;
        }
        let found = if run.scenario.ends_with(".ron") || path.is_file() {
            crate::library::pack_root_of(path).and_then(|root| {
                packs.add_folder(&root);
                let index = packs
                    .entries
                    .iter()
                    .position(|e| e.folder.as_deref() == Some(root.as_path()))?;
                let canonical = std::fs::canonicalize(path).ok()?;
                let report = packs.report(index)?;
                let scenario = report.pack.scenarios.iter().find(|s| {
                    std::fs::canonicalize(root.join(s.file())).is_ok_and(|p| p == canonical)
                })?;
                Some((index, scenario.id().to_owned()))
            })
        } else {
            packs
                .find(&run.scenario)
                .map(|(index, s)| (index, s.id().to_owned()))
        };
        let generated = run
            .scenario
            .strip_prefix(madoguchi_play::free::generate::PREFIX)
            .and_then(|seed| seed.parse::<u64>().ok());
        if run.show == Screen::Studio {
            // The studio with the scenario open: a trainer's file as it is, a shipped one as
            // the copy "copy and edit" makes (never saved by a picture run).
            use super::studio::StudioCommand;
            // A trainer's file opens as it is, findings and all.
            let file = (run.scenario.ends_with(".ron") && path.is_file())
                .then(|| {
                    let root = crate::library::pack_root_of(path)?;
                    packs.add_folder(&root);
                    let index = packs
                        .entries
                        .iter()
                        .position(|e| e.folder.as_deref() == Some(root.as_path()))?;
                    let relative = std::fs::canonicalize(path)
                        .ok()?
                        .strip_prefix(std::fs::canonicalize(&root).ok()?)
                        .ok()?
                        .to_string_lossy()
                        .replace('\\', "/");
                    Some(StudioCommand::Open {
                        pack: index,
                        path: relative,
                    })
                })
                .flatten();
            let command = file.or_else(|| match &found {
                Some((pack, id)) => match packs.entries[*pack].folder.clone() {
                    Some(_) => packs.scenario(*pack, id).map(|s| StudioCommand::Open {
                        pack: *pack,
                        path: s.file().to_owned(),
                    }),
                    None => Some(StudioCommand::New {
                        folder: std::env::temp_dir().join("madoguchi-studio-picture"),
                        id: format!("{id}_copy"),
                        from: Some(id.clone()),
                    }),
                },
                None => None,
            });
            let Some(command) = command else {
                error!("no playable scenario {}", run.scenario);
                exit.write(AppExit::from_code(EXIT_NO_SCENARIO));
                return;
            };
            studio.write(command);
            if run.studio_map {
                studio.write(StudioCommand::ShowMap(true));
            }
            progress.started = true;
            return;
        }
        if run.free {
            use super::window_flow::{StartWindow, WindowSource};
            let source = match (generated, &found) {
                (Some(seed), _) => WindowSource::Generated { seed },
                (None, Some((pack, scenario))) => WindowSource::Scenario {
                    pack: *pack,
                    scenario: scenario.clone(),
                    seed: run.seed,
                },
                (None, None) => {
                    error!("no playable scenario {}", run.scenario);
                    exit.write(AppExit::from_code(EXIT_NO_SCENARIO));
                    return;
                }
            };
            window_start.write(StartWindow {
                source,
                mode: run.mode,
            });
            progress.started = true;
            return;
        }
        let Some((pack, scenario)) = found else {
            error!("no playable scenario {}", run.scenario);
            exit.write(AppExit::from_code(EXIT_NO_SCENARIO));
            return;
        };
        start.write(StartScenario {
            pack,
            scenario,
            seed: run.seed,
            mode: run.mode,
        });
        progress.started = true;
        return;
    }
    if run.free {
        let Some(window) = window else {
            return;
        };
        if progress.made < run.acts.len() {
            if progress.frames.is_multiple_of(4) {
                let key = &run.acts[progress.made];
                let Some(act) = madoguchi_play::free::Act::from_key(key) else {
                    error!("step {}: there is no act {key}", progress.made + 1);
                    exit.write(AppExit::from_code(EXIT_NO_SCENARIO));
                    return;
                };
                if window.play.ended().is_none() {
                    window_act.write(super::window_flow::WindowAct(act));
                }
                progress.made += 1;
            }
            return;
        }
        if !run.capture {
            return;
        }
        if run.show != Screen::Window && *state.get() == Screen::Window {
            next.set(run.show);
        }
        request_picture(&mut commands, &run, &mut progress, run.acts.len());
        return;
    }
    if run.show == Screen::Studio || progress.trainer_pack {
        if run.capture && *state.get() == run.show {
            request_picture(&mut commands, &run, &mut progress, 0);
        }
        return;
    }
    let Some(play) = play else {
        return;
    };
    if progress.made < run.choose.len() && *state.get() != Screen::Play {
        return;
    }
    // One choice every few frames, so each is drawn.
    if progress.made < run.choose.len() {
        if progress.frames.is_multiple_of(4) {
            let number = run.choose[progress.made];
            let offered = play.session.choices().len();
            let texts = madoguchi_content::i18n::Texts::shipped();
            if play.session.ended().is_some() {
                eprintln!(
                    "{}",
                    texts.get_args(
                        run.lang,
                        "cli-error-choose-after-end",
                        &[
                            ("made", progress.made.to_string()),
                            ("extra", (run.choose.len() - progress.made).to_string()),
                        ],
                    )
                );
                exit.write(AppExit::from_code(EXIT_NO_SCENARIO));
                return;
            }
            if number == 0 || number > offered {
                eprintln!(
                    "{}",
                    texts.get_args(
                        run.lang,
                        "cli-error-choose-no-such",
                        &[
                            ("step", (progress.made + 1).to_string()),
                            ("number", number.to_string()),
                            ("offered", offered.to_string()),
                        ],
                    )
                );
                exit.write(AppExit::from_code(EXIT_NO_SCENARIO));
                return;
            }
            choose.write(ChoiceMade { index: number - 1 });
            progress.made += 1;
        }
        return;
    }
    if !run.capture {
        return;
    }
    if progress.made == run.choose.len() && run.show != Screen::Play && *state.get() == Screen::Play
    {
        next.set(run.show);
    }
    request_picture(&mut commands, &run, &mut progress, run.choose.len());
}

/// Asks for the picture once the screen has settled (a few frames after the last step).
fn request_picture(
    commands: &mut Commands,
    run: &ScreenshotRun,
    progress: &mut Progress,
    steps: usize,
) {
    if !progress.requested && progress.frames > 20 + 4 * steps as u32 {
        progress.requested = true;
        let path = run.path.clone();
        commands.spawn(Screenshot::primary_window()).observe(
            move |captured: On<ScreenshotCaptured>,
                  mut exit: MessageWriter<AppExit>,
                  found: Res<LayoutFound>| {
                let saved = save(&captured.image, &path);
                let problems: Vec<&String> = found.0.iter().filter(|p| !p.is_empty()).collect();
                if saved == AppExit::Success && !problems.is_empty() {
                    for problem in &problems {
                        error!("layout: {problem}");
                    }
                    exit.write(AppExit::from_code(EXIT_LAYOUT));
                } else {
                    exit.write(saved);
                }
            },
        );
    }
}

/// Saves the picture as PNG; refuses a blank one.
fn save(image: &Image, path: &std::path::Path) -> AppExit {
    let Ok(dynamic) = image.clone().try_into_dynamic() else {
        error!("the screenshot could not be converted");
        return AppExit::from_code(EXIT_BAD_PICTURE);
    };
    let rgb = dynamic.to_rgb8();
    let first = rgb.pixels().next().copied();
    let distinct = rgb.pixels().filter(|p| Some(**p) != first).count();
    // Blank: almost every pixel the colour of the first (a screen with a few lines of text, such
    // as a pack without findings, still has thousands of others).
    if distinct < (rgb.width() * rgb.height() / 2000) as usize {
        error!("the screenshot is blank ({distinct} pixels differ from the first)");
        return AppExit::from_code(EXIT_BAD_PICTURE);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(parent);
    }
    match rgb.save_with_format(path, image::ImageFormat::Png) {
        Ok(()) => AppExit::Success,
        Err(error) => {
            error!("cannot save {}: {error}", path.display());
            AppExit::from_code(EXIT_BAD_PICTURE)
        }
    }
}
