//! Fonts and colours: the bundled BIZ UDPGothic for Japanese, text size and high contrast from
//! the settings, re-applied whenever they change.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::settings::Settings;

use madoguchi_content::glyphs::{BIZ_UDP_GOTHIC, NOTO_SANS_CJK_SUBSET};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Applied>();
    app.init_resource::<TextScaleOverride>();
    app.add_systems(EguiPrimaryContextPass, apply_theme);
}

/// A text size for this run only (`play --screenshot --text-scale`), over the saved one.
#[derive(Resource, Default)]
pub struct TextScaleOverride(pub Option<f32>);

/// What is installed in the egui context.
#[derive(Resource, Default)]
struct Applied {
    fonts: bool,
    look: Option<(u32, bool)>,
}

fn apply_theme(
    mut contexts: EguiContexts,
    mut applied: ResMut<Applied>,
    settings: Res<Settings>,
    scale_override: Res<TextScaleOverride>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let text_scale = scale_override.0.unwrap_or(settings.text_scale);
    if !applied.fonts {
        ctx.set_fonts(fonts());
        applied.fonts = true;
    }
    let look = ((text_scale * 100.0).round() as u32, settings.high_contrast);
    if applied.look == Some(look) {
        return Ok(());
    }
    applied.look = Some(look);
    ctx.set_zoom_factor(text_scale.clamp(0.8, 1.6));
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (egui::TextStyle::Heading, egui::FontId::proportional(24.0)),
            (egui::TextStyle::Body, egui::FontId::proportional(16.0)),
            (egui::TextStyle::Button, egui::FontId::proportional(16.0)),
            (egui::TextStyle::Small, egui::FontId::proportional(13.0)),
            (egui::TextStyle::Monospace, egui::FontId::monospace(14.0)),
        ]
        .into();
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
    });
    let mut visuals = egui::Visuals::light();
    // An outline on fields, boxes and buttons at rest: an unticked box or an empty field is
    // otherwise white on near-white.
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, egui::Color32::from_gray(160));
    if settings.high_contrast {
        visuals.override_text_color = Some(egui::Color32::BLACK);
        visuals.panel_fill = egui::Color32::WHITE;
        visuals.window_fill = egui::Color32::WHITE;
        visuals.extreme_bg_color = egui::Color32::WHITE;
        visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.5, egui::Color32::BLACK);
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, egui::Color32::BLACK);
        visuals.widgets.inactive.weak_bg_fill = egui::Color32::from_rgb(235, 235, 235);
        visuals.selection.bg_fill = egui::Color32::from_rgb(255, 220, 0);
        visuals.selection.stroke = egui::Stroke::new(2.0, egui::Color32::BLACK);
    }
    ctx.set_visuals(visuals);
    Ok(())
}

/// The underscore alone, from Hack (egui's own monospace font; MIT licence in
/// `assets/fonts/Hack-LICENSE.txt`): BIZ UDPGothic's is a hairline that vanishes at text sizes,
/// and the ids trainers read (`grace_puzzled`, `my_first_case.ron`) are full of them.
const UNDERSCORE: &[u8] = include_bytes!("../../assets/fonts/Underscore-Hack-Subset.ttf");

/// egui's fonts with BIZ UDPGothic first for text (after a font holding only a visible
/// underscore) and the Noto subset after it for the characters it lacks; the monospace family
/// (file locations) keeps egui's Hack first, whose underscores stay visible, with the two
/// Japanese fonts after it.
pub fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "biz_udp_gothic".to_owned(),
        // Without hinting: the font's own hinting collapses its thin horizontal strokes (the
        // em dash, the underscore) to nothing at text sizes.
        std::sync::Arc::new(
            egui::FontData::from_static(BIZ_UDP_GOTHIC).tweak(egui::FontTweak {
                hinting: Some(false),
                ..egui::FontTweak::default()
            }),
        ),
    );
    fonts.font_data.insert(
        "underscore".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(UNDERSCORE)),
    );
    fonts.font_data.insert(
        "noto_sans_cjk_subset".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(NOTO_SANS_CJK_SUBSET)),
    );
    let proportional = fonts
        .families
        .entry(egui::FontFamily::Proportional)
        .or_default();
    proportional.insert(0, "underscore".to_owned());
    proportional.insert(1, "biz_udp_gothic".to_owned());
    proportional.insert(2, "noto_sans_cjk_subset".to_owned());
    let monospace = fonts
        .families
        .entry(egui::FontFamily::Monospace)
        .or_default();
    monospace.push("biz_udp_gothic".to_owned());
    monospace.push("noto_sans_cjk_subset".to_owned());
    fonts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Full-width and Japanese characters that must not begin a line.
    const NO_START: &str =
        "）］｝〕〉》」』】’”、。，．：；？！・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…々";
    /// Those that must not end one.
    const NO_END: &str = "（［｛〔〈《「『【‘“";

    /// The Japanese text the app shows: every message value of the app's and the shipped
    /// scenarios' Japanese files, without its placeables.
    fn japanese_texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for dir in [root.join("locales/ja"), root.join("scenarios/locales/ja")] {
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for file in files {
                let source = std::fs::read_to_string(&file).unwrap();
                for line in source.lines() {
                    if line.starts_with('#') {
                        continue;
                    }
                    let value = line.split_once(" = ").map_or(line, |(_, v)| v).trim();
                    let plain: String = value.split(['{', '}']).step_by(2).collect();
                    if plain.chars().count() > 12 && !plain.is_ascii() {
                        texts.push(plain);
                    }
                }
            }
        }
        texts
    }

    /// A context with the app's fonts loaded (they load in a frame).
    fn context() -> egui::Context {
        let ctx = egui::Context::default();
        ctx.set_fonts(fonts());
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        ctx
    }

    #[test]
    fn japanese_lines_keep_their_line_breaking_rules() {
        let ctx = context();
        let texts = japanese_texts();
        assert!(texts.len() > 1000, "{} texts", texts.len());
        let mut broken = Vec::new();
        let mut rows = 0;
        for width in [150.0, 233.0, 310.0] {
            for text in &texts {
                let galley = ctx.fonts_mut(|f| {
                    f.layout(
                        text.clone(),
                        egui::FontId::proportional(16.0),
                        egui::Color32::BLACK,
                        width,
                    )
                });
                let lines: Vec<String> = galley.rows.iter().map(|row| row.text()).collect();
                rows += lines.len();
                for pair in lines.windows(2) {
                    let end = pair[0].chars().last();
                    let start = pair[1].chars().next();
                    if end.is_some_and(|c| NO_END.contains(c))
                        || start.is_some_and(|c| NO_START.contains(c))
                    {
                        broken.push(format!("{width}: {} / {}", pair[0], pair[1]));
                    }
                }
            }
        }
        assert!(rows > 2 * texts.len(), "the texts wrapped ({rows} rows)");
        assert!(
            broken.is_empty(),
            "{} breaks: {:#?}",
            broken.len(),
            &broken[..broken.len().min(20)]
        );
    }

    #[test]
    fn english_still_wraps_between_words() {
        let ctx = context();
        let text = "Ask the patient “Has anything changed since your last visit?” and (if so) check again.";
        let galley = ctx.fonts_mut(|f| {
            f.layout(
                text.to_owned(),
                egui::FontId::proportional(16.0),
                egui::Color32::BLACK,
                160.0,
            )
        });
        let lines: Vec<String> = galley.rows.iter().map(|row| row.text()).collect();
        assert!(lines.len() > 2, "{lines:?}");
        let words: Vec<&str> = text.split(' ').collect();
        for line in &lines {
            for word in line.split(' ').filter(|w| !w.is_empty()) {
                assert!(
                    words.contains(&word),
                    "a word was split: {word:?} in {lines:?}"
                );
            }
        }
    }
}
