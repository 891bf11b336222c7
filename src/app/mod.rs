//! The Bevy app: a thin shell that shows what the engine decides. Each feature is a function
//! plugin; screens are states.

mod egui_glue;
mod screens;
mod text;
mod theme;

use std::process::ExitCode;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;
use madoguchi_engine::i18n::{Lang, Texts};

pub use screens::Screen;
pub use text::UiText;

/// Starts the window and runs until it closes.
pub fn run(lang: Lang) -> ExitCode {
    let title = Texts::shipped().get(lang, "app-window-title");
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title,
            resolution: (1280, 760).into(),
            ..default()
        }),
        ..default()
    }))
    .insert_resource(WinitSettings::desktop_app())
    .add_plugins(EguiPlugin::default())
    .insert_resource(UiText::new(lang))
    .add_plugins(plugin);
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// Everything the trainer adds to a Bevy app with a window and egui.
pub fn plugin(app: &mut App) {
    app.add_plugins((egui_glue::plugin, theme::plugin, screens::plugin));
    app.add_systems(Startup, spawn_camera);
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}
