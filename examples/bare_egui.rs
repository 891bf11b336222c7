//! The baseline for the start-up measurement: a bare Bevy + bevy_egui window with the same
//! features as Madoguchi. Prints the milliseconds from start to its first egui frame and exits.

use std::time::Instant;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

#[derive(Resource)]
struct Started(Instant);

fn main() {
    let started = Instant::now();
    App::new()
        .add_plugins(DefaultPlugins)
        .add_plugins(EguiPlugin::default())
        .insert_resource(Started(started))
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        })
        .add_systems(EguiPrimaryContextPass, first_frame)
        .run();
}

fn first_frame(
    mut contexts: EguiContexts,
    started: Res<Started>,
    mut frames: Local<u32>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new("bare"),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.label("bare");
    });
    *frames += 1;
    if *frames == 2 {
        println!("ready_ms {}", started.0.elapsed().as_millis());
        exit.write(AppExit::Success);
    }
    Ok(())
}
