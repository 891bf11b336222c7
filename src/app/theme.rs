//! Fonts and colours: the bundled BIZ UDPGothic for Japanese, and a calm, readable palette.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

/// BIZ UDPGothic (SIL OFL 1.1, `assets/fonts/OFL.txt`), built into the binary so the trainer
/// shows Japanese wherever it runs.
const BIZ_UDP_GOTHIC: &[u8] = include_bytes!("../../assets/fonts/BIZUDPGothic-Regular.ttf");

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ThemeApplied>();
    app.add_systems(EguiPrimaryContextPass, apply_theme);
}

/// Whether the fonts and style are installed in the egui context.
#[derive(Resource, Default)]
struct ThemeApplied(bool);

fn apply_theme(mut contexts: EguiContexts, mut applied: ResMut<ThemeApplied>) -> Result {
    if applied.0 {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    ctx.set_fonts(fonts());
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (egui::TextStyle::Heading, egui::FontId::proportional(28.0)),
            (egui::TextStyle::Body, egui::FontId::proportional(17.0)),
            (egui::TextStyle::Button, egui::FontId::proportional(17.0)),
            (egui::TextStyle::Small, egui::FontId::proportional(13.0)),
            (egui::TextStyle::Monospace, egui::FontId::monospace(15.0)),
        ]
        .into();
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
    });
    ctx.set_visuals(egui::Visuals::light());
    applied.0 = true;
    Ok(())
}

/// egui's fonts with BIZ UDPGothic first in every family.
pub fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "biz_udp_gothic".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(BIZ_UDP_GOTHIC)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "biz_udp_gothic".to_owned());
    }
    fonts
}
