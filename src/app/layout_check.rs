//! Checks a drawn frame for text a trainee could not read: text cut off at the side (by the
//! window or by the area it is drawn in; areas here scroll only vertically, so a row cut at the
//! side is never intended) and visible text drawn over other text (text that an opaque fill
//! painted after it covers, such as a window over a panel, is hidden there, not overlapped). It
//! reads egui's output shapes — the rects egui already computed, in painting order — so it runs
//! on any frame, headless or not.

use bevy_egui::egui::{self, Rect, Shape, epaint::ClippedShape};

/// Where the areas that scroll sideways on purpose are kept for the frame.
fn sideways_id() -> egui::Id {
    egui::Id::new("layout-check-scrolls-sideways")
}

/// Marks an area of this frame that scrolls sideways on purpose (the studio's map of the
/// beats, `clip` its visible part): text cut at its sides is scrolled out of view, not lost.
pub fn scrolls_sideways(ctx: &egui::Context, clip: Rect) {
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| {
        let areas = d.get_temp_mut_or_default::<(u64, Vec<Rect>)>(sideways_id());
        if areas.0 != pass {
            *areas = (pass, Vec::new());
        }
        areas.1.push(clip);
    });
}

/// The areas marked with [`scrolls_sideways`] in the frame just drawn.
pub fn sideways_areas(ctx: &egui::Context) -> Vec<Rect> {
    let pass = ctx.cumulative_pass_nr();
    ctx.data(|d| d.get_temp::<(u64, Vec<Rect>)>(sideways_id()))
        // Drawn in this pass, or the one that just ended (the count moves on at its end).
        .filter(|(at, _)| *at == pass || *at + 1 == pass)
        .map(|(_, areas)| areas)
        .unwrap_or_default()
}

/// Something wrong with the text of a frame.
#[derive(Clone, Debug, PartialEq)]
pub enum LayoutProblem {
    /// A row of text cut at the side.
    Clipped {
        /// The text of the row.
        text: String,
        /// How many points are cut.
        by: f32,
    },
    /// Two rows of text drawn over each other.
    Overlap {
        /// One row's text.
        first: String,
        /// The other's.
        second: String,
    },
}

/// One visible row of text: its rect on screen, what it says, its clip, and its place in the
/// painting order.
struct Row {
    rect: Rect,
    clip: Rect,
    text: String,
    order: usize,
}

/// An opaque fill (a window's or panel's background, a button): what is painted before it
/// under it is hidden.
struct Cover {
    rect: Rect,
    order: usize,
}

/// What the painted shapes hold: rows of text and opaque fills, in painting order.
#[derive(Default)]
struct Painted {
    rows: Vec<Row>,
    covers: Vec<Cover>,
    order: usize,
}

fn rows_of(shape: &Shape, clip: Rect, out: &mut Painted) {
    out.order += 1;
    let order = out.order;
    match shape {
        Shape::Vec(shapes) => shapes.iter().for_each(|s| rows_of(s, clip, out)),
        Shape::Rect(fill) if fill.fill.a() == u8::MAX && fill.blur_width == 0.0 => {
            out.covers.push(Cover {
                rect: fill.rect.intersect(clip),
                order,
            });
        }
        Shape::Text(text) => {
            for placed in &text.galley.rows {
                // The glyphs' extent, not the row's rect: a row in a wrapped layout starts at
                // the area's left edge with a leading space up to where its text begins.
                let glyphs = &placed.row.glyphs;
                let (Some(first), Some(last)) = (
                    glyphs.iter().find(|g| !g.chr.is_whitespace()),
                    glyphs.iter().rev().find(|g| !g.chr.is_whitespace()),
                ) else {
                    continue;
                };
                // Glyph positions are relative to the row; the row's rect to the galley.
                let row = placed.rect();
                let rect = Rect::from_x_y_ranges(
                    placed.pos.x + first.pos.x..=placed.pos.x + last.max_x(),
                    row.top()..=row.bottom(),
                )
                .translate(text.pos.to_vec2());
                let said: String = glyphs.iter().map(|g| g.chr).collect();
                if rect.width() < 1.0 {
                    continue;
                }
                out.rows.push(Row {
                    rect,
                    clip,
                    text: said,
                    order,
                });
            }
        }
        _ => {}
    }
}

/// Every row of text in a frame's shapes: where it is drawn (before clipping) and what it says.
pub fn text_rows(shapes: &[ClippedShape]) -> Vec<(Rect, String)> {
    let mut painted = Painted::default();
    for clipped in shapes {
        rows_of(&clipped.shape, clipped.clip_rect, &mut painted);
    }
    painted.rows.into_iter().map(|r| (r.rect, r.text)).collect()
}

/// Tolerance in points: glyph boxes touch at their edges.
const SLACK: f32 = 2.0;

/// The problems in a frame's shapes, on a screen of `screen`; `sideways` are the areas that
/// scroll sideways on purpose (text cut at their sides is not a problem).
pub fn problems(shapes: &[ClippedShape], screen: Rect, sideways: &[Rect]) -> Vec<LayoutProblem> {
    let mut painted = Painted::default();
    for clipped in shapes {
        rows_of(
            &clipped.shape,
            clipped.clip_rect.intersect(screen),
            &mut painted,
        );
    }
    let mut out = Vec::new();
    let visible: Vec<&Row> = painted
        .rows
        .iter()
        .filter(|row| row.rect.intersects(row.clip) && row.clip.height() > 0.0)
        .collect();
    for row in &visible {
        let cut = (row.clip.left() - row.rect.left()).max(row.rect.right() - row.clip.right());
        // In an area that scrolls sideways, drawn by its own painter (its sides are the area's).
        let scrolled = sideways.iter().any(|area| {
            let inside = area.intersect(screen);
            (inside.left() - row.clip.left()).abs() < 1.0
                && (inside.right() - row.clip.right()).abs() < 1.0
                && row.clip.top() >= inside.top() - 1.0
                && row.clip.bottom() <= inside.bottom() + 1.0
        });
        if cut > SLACK && !scrolled {
            out.push(LayoutProblem::Clipped {
                text: row.text.clone(),
                by: cut,
            });
        }
    }
    for (i, a) in visible.iter().enumerate() {
        let a_shown = a.rect.intersect(a.clip);
        for b in &visible[i + 1..] {
            let both = a_shown.intersect(b.rect.intersect(b.clip));
            // Covered between the two: the earlier row is hidden where the later one is.
            let hidden = || {
                painted.covers.iter().any(|c| {
                    c.order > a.order && c.order < b.order && c.rect.expand(0.5).contains_rect(both)
                })
            };
            if both.width() > SLACK * 2.0 && both.height() > SLACK * 2.0 && !hidden() {
                out.push(LayoutProblem::Overlap {
                    first: a.text.clone(),
                    second: b.text.clone(),
                });
            }
        }
    }
    out
}

/// A problem in words for the log (English: it is for the developer or trainer reading the
/// log of a picture run).
pub fn describe(problem: &LayoutProblem) -> String {
    match problem {
        LayoutProblem::Clipped { text, by } => format!("text cut by {by:.0} pt: {text}"),
        LayoutProblem::Overlap { first, second } => format!("text over text: {first} | {second}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bevy_egui::egui;

    /// Runs one frame of a bare egui context at a size and returns the problems.
    fn frame(width: f32, add: impl FnMut(&mut egui::Ui)) -> Vec<LayoutProblem> {
        let ctx = egui::Context::default();
        ctx.set_fonts(super::super::theme::fonts());
        let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, 600.0));
        let input = || egui::RawInput {
            screen_rect: Some(screen),
            ..Default::default()
        };
        let mut add = add;
        // Twice: fonts are installed on the first pass.
        let mut first = ctx.run_ui(input(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| add(ui));
        });
        first.textures_delta.clear();
        let mut output = ctx.run_ui(input(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| add(ui));
        });
        output.textures_delta.clear();
        problems(&output.shapes, screen, &sideways_areas(&ctx))
    }

    #[test]
    fn wrapped_text_side_by_side_is_clean() {
        let found = frame(400.0, |ui| {
            ui.label("窓口に出されたもの（クリックで拡大）");
            ui.label("A long English line that wraps inside its column and never leaves it.");
            ui.horizontal(|ui| {
                ui.label("左");
                ui.label("右");
            });
        });
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn text_painted_over_text_is_found() {
        let found = frame(400.0, |ui| {
            let at = ui.cursor().min;
            let painter = ui.painter();
            for text in ["受診日 2026年11月24日", "氏名に「●」"] {
                painter.text(
                    at,
                    egui::Align2::LEFT_TOP,
                    text,
                    egui::FontId::proportional(20.0),
                    egui::Color32::BLACK,
                );
            }
        });
        assert!(
            found
                .iter()
                .any(|p| matches!(p, LayoutProblem::Overlap { .. })),
            "{found:?}"
        );
    }

    #[test]
    fn text_under_an_opaque_fill_is_hidden_not_overlapped() {
        let paint = |fill: egui::Color32| {
            frame(400.0, move |ui| {
                let at = ui.cursor().min;
                let painter = ui.painter();
                let font = egui::FontId::proportional(20.0);
                painter.text(
                    at,
                    egui::Align2::LEFT_TOP,
                    "受診日 2026年11月24日",
                    font.clone(),
                    egui::Color32::BLACK,
                );
                // A window's background over it, then the window's own text.
                painter.rect_filled(
                    egui::Rect::from_min_size(at - egui::vec2(4.0, 4.0), egui::vec2(300.0, 40.0)),
                    0.0,
                    fill,
                );
                painter.text(
                    at,
                    egui::Align2::LEFT_TOP,
                    "場面の図",
                    font,
                    egui::Color32::BLACK,
                );
            })
        };
        let covered = paint(egui::Color32::WHITE);
        assert!(covered.is_empty(), "{covered:?}");
        // A see-through fill hides nothing.
        let through = paint(egui::Color32::from_rgba_unmultiplied(255, 255, 255, 40));
        assert!(
            through
                .iter()
                .any(|p| matches!(p, LayoutProblem::Overlap { .. })),
            "{through:?}"
        );
    }

    #[test]
    fn text_cut_in_an_area_that_scrolls_sideways_is_not_lost() {
        let found = frame(300.0, |ui| {
            egui::ScrollArea::horizontal().show(ui, |ui| {
                scrolls_sideways(ui.ctx(), ui.clip_rect());
                let (area, _) =
                    ui.allocate_exact_size(egui::vec2(900.0, 40.0), egui::Sense::hover());
                ui.painter_at(area).text(
                    area.min + egui::vec2(200.0, 0.0),
                    egui::Align2::LEFT_TOP,
                    "この行は画面の右端の先へスクロールで続きます",
                    egui::FontId::proportional(20.0),
                    egui::Color32::BLACK,
                );
            });
        });
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn text_cut_at_the_side_is_found() {
        let found = frame(300.0, |ui| {
            let at = ui.cursor().min + egui::vec2(200.0, 0.0);
            ui.painter().text(
                at,
                egui::Align2::LEFT_TOP,
                "この行は画面の右端で切れてしまいます",
                egui::FontId::proportional(20.0),
                egui::Color32::BLACK,
            );
        });
        assert!(
            found
                .iter()
                .any(|p| matches!(p, LayoutProblem::Clipped { .. })),
            "{found:?}"
        );
    }
}
