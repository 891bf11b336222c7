//! The Bevy app: a thin shell that shows what the engine decides. Each feature is a function
//! plugin; screens are states. [`logic_plugin`] holds everything but drawing, so headless tests
//! can play scenarios through the same adapter the window uses.

pub mod adapter;
pub mod assessment;
mod egui_glue;
pub mod keys;
pub mod layout_check;
pub mod leave;
pub mod lrs_flow;
pub mod packs;
pub mod records_flow;
pub mod screens;
mod screenshot;
pub mod settings;
pub mod staff;
pub mod state;
pub mod studio;
mod text;
mod theme;
mod widgets;
pub mod window_flow;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;
use madoguchi_content::i18n::{Lang, Texts};

pub use screenshot::ScreenshotRun;
pub use state::Screen;
pub use text::UiText;

/// How the app was started.
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// The language given on the command line (else the saved one).
    pub lang: Option<Lang>,
    /// `--data-dir`.
    pub data_dir: Option<PathBuf>,
    /// `--pack` folders, besides those in the settings.
    pub packs: Vec<PathBuf>,
}

/// Whether a window can open here. On Linux, winit needs an X11 or Wayland display and would
/// otherwise panic while building its event loop.
fn display_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|v| !v.is_empty()))
}

fn no_display(lang: Lang) -> ExitCode {
    eprintln!("{}", Texts::shipped().get(lang, "app-error-no-display"));
    ExitCode::from(2)
}

/// Starts the window and runs until it closes.
pub fn run(options: AppOptions) -> ExitCode {
    if !display_available() {
        return no_display(options.lang.unwrap_or_default());
    }
    let mut app = App::new();
    let lang = build(&mut app, &options);
    app.insert_resource(WinitSettings::desktop_app());
    let title = Texts::shipped().get(lang, "app-window-title");
    app.add_plugins(window_plugins(title, None, true));
    app.add_plugins(EguiPlugin::default());
    app.add_plugins(plugin);
    app.add_plugins(leave::fit_plugin);
    packs_loaded(&mut app);
    exit_code(app.run())
}

/// Starts the window for `play --screenshot`.
pub fn run_screenshot(run: ScreenshotRun) -> ExitCode {
    if !display_available() {
        return no_display(run.lang);
    }
    let mut app = App::new();
    let options = AppOptions {
        lang: Some(run.lang),
        data_dir: run.data_dir.clone(),
        packs: run.packs.clone(),
    };
    let lang = build(&mut app, &options);
    if run.capture {
        // Frames keep coming while the choices are made and the picture is taken.
        app.insert_resource(WinitSettings::continuous());
    } else {
        app.insert_resource(WinitSettings::desktop_app());
    }
    let title = Texts::shipped().get(lang, "app-window-title");
    app.add_plugins(window_plugins(title, run.size, !run.capture));
    app.add_plugins(EguiPlugin::default());
    app.add_plugins(plugin);
    if run.capture {
        app.insert_resource(adapter::PersistPlay(false));
    } else {
        app.add_plugins(leave::fit_plugin);
    }
    app.insert_resource(theme::TextScaleOverride(run.text_scale));
    app.insert_resource(run);
    app.add_plugins(screenshot::plugin);
    packs_loaded(&mut app);
    exit_code(app.run())
}

fn exit_code(exit: AppExit) -> ExitCode {
    match exit {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Bevy's plugins with the trainer's window: `size` in logical pixels (else 1280×760, made to
/// fit a smaller screen once it is known); when `guarded`, closing it asks first while work
/// would be lost (see [`leave`]).
fn window_plugins(title: String, size: Option<(u32, u32)>, guarded: bool) -> impl PluginGroup {
    let (width, height) = size.unwrap_or((1280, 760));
    DefaultPlugins
        .set(WindowPlugin {
            primary_window: Some(Window {
                title,
                resolution: (width, height).into(),
                resize_constraints: bevy::window::WindowResizeConstraints {
                    min_width: 800.0,
                    min_height: 600.0,
                    ..default()
                },
                ..default()
            }),
            close_when_requested: !guarded,
            ..default()
        })
        .set(bevy::log::LogPlugin {
            filter: "warn,wgpu=error,naga=warn".to_owned(),
            ..default()
        })
}

/// Inserts the resources read at start (data folder, settings, packs, records); returns the
/// language chosen.
pub fn build(app: &mut App, options: &AppOptions) -> Lang {
    let data_dir = settings::DataDir::resolve(options.data_dir.clone());
    let (mut loaded, aside) = settings::Settings::load(&data_dir);
    if let Some(lang) = options.lang {
        loaded.lang = lang;
    }
    let lang = loaded.lang;
    let mut folders = loaded.packs.clone();
    for pack in &options.packs {
        if !folders.contains(pack) {
            folders.push(pack.clone());
        }
    }
    app.insert_resource(settings::SettingsNotice(
        aside.map(|p| p.display().to_string()),
    ));
    app.insert_resource(UiText::new(lang));
    // The packs are checked on another core while Bevy sets up the window and the renderer;
    // `run` waits for them just before the first frame.
    app.insert_resource(PacksLoading(std::sync::Mutex::new(Some(
        std::thread::spawn(move || packs::Packs::load(&folders)),
    ))));
    let (store, notice) = staff::RecordsStore::open(&data_dir);
    app.insert_resource(store);
    app.insert_resource(notice);
    app.insert_resource(loaded);
    app.insert_resource(settings::DataFolder(data_dir));
    lang
}

/// The packs being checked in the background at start.
#[derive(Resource)]
struct PacksLoading(std::sync::Mutex<Option<std::thread::JoinHandle<packs::Packs>>>);

/// Waits for the packs checked at start and makes them the app's.
fn packs_loaded(app: &mut App) {
    let handle = app
        .world_mut()
        .remove_resource::<PacksLoading>()
        .and_then(|loading| loading.0.into_inner().ok().flatten());
    let Some(handle) = handle else {
        return;
    };
    // The check does not panic on any input (its findings say what is wrong); if the thread
    // did all the same, the panic goes on here, as if the check had run on this thread.
    let packs = handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    app.insert_resource(packs);
}

/// The logic: states, resources, the session adapter, pack reloading. No window, no drawing.
pub fn logic_plugin(app: &mut App) {
    app.add_plugins((
        state::plugin,
        adapter::plugin,
        assessment::plugin,
        packs::plugin,
        staff::plugin,
        records_flow::plugin,
        lrs_flow::plugin,
        window_flow::plugin,
        studio::plugin,
        leave::plugin,
        keys::plugin,
    ));
}

/// Everything the trainer adds to a Bevy app with a window and egui.
pub fn plugin(app: &mut App) {
    app.add_plugins(logic_plugin);
    app.add_plugins((egui_glue::plugin, theme::plugin, screens::plugin));
    app.add_systems(Startup, spawn_camera);
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}
