//! Glue for bevy_egui 0.42. It pushes an `egui::Event::ModifiersChanged` into every context's
//! input on every frame, even when nothing changed; egui then asks for an immediate repaint,
//! which bevy_egui turns into a winit wake-up, so an idle window with `desktop_app()` kept a
//! core busy (~170% measured under Xvfb). Dropping the unchanged event lets the app sleep.

use bevy::platform::collections::HashMap;
use bevy::prelude::*;
use bevy_egui::{EguiInput, EguiPreUpdateSet, egui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
}

/// Removes `ModifiersChanged` events that repeat the modifiers the context already has.
fn drop_unchanged_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<HashMap<Entity, egui::Modifiers>>,
) {
    for (entity, mut input) in &mut inputs {
        let previous = last.get(&entity).copied();
        let mut current = previous;
        input.events.retain(|event| match event {
            egui::Event::ModifiersChanged(modifiers) => {
                let changed = current != Some(*modifiers);
                current = Some(*modifiers);
                changed
            }
            _ => true,
        });
        if let Some(current) = current {
            last.insert(entity, current);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_modifiers_are_dropped_and_changes_kept() {
        let mut app = App::new();
        app.add_systems(Update, drop_unchanged_modifiers);
        let shift = egui::Modifiers {
            shift: true,
            ..Default::default()
        };
        let entity = app
            .world_mut()
            .spawn(EguiInput(egui::RawInput {
                events: vec![egui::Event::ModifiersChanged(egui::Modifiers::NONE)],
                ..Default::default()
            }))
            .id();
        let events = |app: &App| app.world().get::<EguiInput>(entity).unwrap().events.clone();
        app.update();
        assert_eq!(events(&app).len(), 1, "the first state is news");
        let push = |app: &mut App, event: egui::Event| {
            let mut input = app.world_mut().get_mut::<EguiInput>(entity).unwrap();
            input.events.clear();
            input.events.push(event);
        };
        push(
            &mut app,
            egui::Event::ModifiersChanged(egui::Modifiers::NONE),
        );
        app.update();
        assert!(
            events(&app).is_empty(),
            "the same modifiers again are dropped"
        );
        push(&mut app, egui::Event::ModifiersChanged(shift));
        app.update();
        assert_eq!(events(&app).len(), 1, "a change is kept");
        push(&mut app, egui::Event::Text("a".to_owned()));
        app.update();
        assert_eq!(events(&app).len(), 1, "other events pass");
    }
}
