//! Documents on the counter, drawn from the engine's document views: a card or a sheet with its
//! title and fields, the photo area and the 「顔認証」 remark of a My Number card (never a
//! number), the phone frame of the マイナポータル screen.

use bevy_egui::egui::{self, Color32, Rect, Stroke, pos2, vec2};
use madoguchi_content::present::WordedDocument;
use madoguchi_rules::DocumentKind;

/// Colours of each document.
fn colours(kind: DocumentKind) -> (Color32, Color32) {
    match kind {
        DocumentKind::MyNumberCard => (
            Color32::from_rgb(235, 242, 250),
            Color32::from_rgb(60, 110, 170),
        ),
        DocumentKind::SmartphoneCard | DocumentKind::PortalScreen => (
            Color32::from_rgb(250, 250, 252),
            Color32::from_rgb(40, 40, 48),
        ),
        DocumentKind::InsuranceCard => (
            Color32::from_rgb(236, 246, 230),
            Color32::from_rgb(70, 130, 70),
        ),
        DocumentKind::EligibilityCertificate => (
            Color32::from_rgb(252, 234, 238),
            Color32::from_rgb(180, 70, 100),
        ),
        DocumentKind::EligibilityNotice => (
            Color32::from_rgb(255, 255, 255),
            Color32::from_rgb(110, 110, 110),
        ),
        DocumentKind::SubsidyCertificate => (
            Color32::from_rgb(255, 248, 225),
            Color32::from_rgb(170, 120, 20),
        ),
        DocumentKind::ElderlyRecipientCertificate => (
            Color32::from_rgb(238, 236, 250),
            Color32::from_rgb(100, 90, 160),
        ),
    }
}

/// Draws a document at a width; `t` gives the labels' text. Returns the click response.
///
/// `face` is the patient's (sex, age): a card's photo shows them, or the other holder of
/// someone else's card; without it the photo is a plain silhouette.
pub fn draw(
    ui: &mut egui::Ui,
    view: &WordedDocument,
    width: f32,
    t: &dyn Fn(&str) -> String,
    face: Option<super::portrait::Face>,
) -> egui::Response {
    let tall = matches!(
        view.kind,
        DocumentKind::EligibilityNotice | DocumentKind::PortalScreen | DocumentKind::SmartphoneCard
    );
    let scale = width / 320.0;
    let shape = if tall { width * 1.25 } else { width / 1.585 };
    // Taller than the real card's shape when its fields need it: a field cut off at the bottom
    // (the share of a 資格確認書) would hide a fact the answer depends on.
    let height = shape.max(fields_height(ui.painter(), view, width, scale) + 16.0 * scale);
    let (response, painter) = ui.allocate_painter(vec2(width, height), egui::Sense::click());
    let rect = response.rect;
    let (paper, accent) = colours(view.kind);
    let radius = if tall { 2 } else { (10.0 * scale) as u8 };
    if matches!(
        view.kind,
        DocumentKind::PortalScreen | DocumentKind::SmartphoneCard
    ) {
        painter.rect_filled(
            rect,
            egui::CornerRadius::same((18.0 * scale) as u8),
            Color32::from_rgb(30, 30, 34),
        );
    }
    let inner = if matches!(
        view.kind,
        DocumentKind::PortalScreen | DocumentKind::SmartphoneCard
    ) {
        rect.shrink(8.0 * scale)
    } else {
        rect
    };
    painter.rect_filled(inner, egui::CornerRadius::same(radius), paper);
    painter.rect_stroke(
        inner,
        egui::CornerRadius::same(radius),
        Stroke::new(1.0, accent),
        egui::StrokeKind::Inside,
    );
    let band = Rect::from_min_size(inner.min, vec2(inner.width(), 24.0 * scale));
    painter.rect_filled(
        band,
        egui::CornerRadius {
            nw: radius,
            ne: radius,
            sw: 0,
            se: 0,
        },
        accent,
    );
    let font = |size: f32| egui::FontId::proportional(size * scale);
    let title = fitted(
        &painter,
        &view.title,
        12.5 * scale,
        band.width() - 14.0 * scale,
        Color32::WHITE,
    );
    painter.galley(
        pos2(
            band.left() + 8.0 * scale,
            band.center().y - title.size().y / 2.0,
        ),
        title,
        Color32::WHITE,
    );

    let photo_w = if view.kind == DocumentKind::MyNumberCard {
        72.0 * scale
    } else {
        0.0
    };
    let mut y = band.bottom() + 8.0 * scale;
    let left = inner.left() + 10.0 * scale;
    let text_right = inner.right() - photo_w - 14.0 * scale;
    let labels: Vec<_> = view
        .fields
        .iter()
        .map(|field| {
            painter.layout_no_wrap(field.0.clone(), font(9.5), Color32::from_rgb(90, 90, 100))
        })
        .collect();
    let label_w = labels.iter().map(|g| g.size().x).fold(0.0, f32::max) + 8.0 * scale;
    for (field, label) in view.fields.iter().zip(labels) {
        painter.galley(pos2(left, y + 1.5 * scale), label, Color32::BLACK);
        let galley = painter.layout(
            field.1.clone(),
            font(12.5),
            Color32::from_rgb(20, 20, 28),
            (text_right - left - label_w).max(40.0),
        );
        let height = galley.size().y;
        painter.galley(pos2(left + label_w, y), galley, Color32::BLACK);
        y += height.max(14.0 * scale) + 3.0 * scale;
    }
    if view.kind == DocumentKind::MyNumberCard {
        let photo = Rect::from_min_size(
            pos2(
                inner.right() - photo_w - 10.0 * scale,
                band.bottom() + 10.0 * scale,
            ),
            vec2(photo_w, photo_w * 1.25),
        );
        // The other holder of a card brought by mistake has a look of their own.
        let other = view.photo_of_other.map(|(sex, age)| super::portrait::Face {
            sex,
            age,
            look: face.map_or(0, |f| f.look).wrapping_add(131),
        });
        if view.photo
            && let Some(shown) = other.or(face)
        {
            super::portrait::photo(&painter, photo, shown);
        } else if view.photo {
            painter.rect_filled(
                photo,
                egui::CornerRadius::same(3),
                Color32::from_rgb(205, 214, 224),
            );
            painter.circle_filled(
                photo.center() - vec2(0.0, photo.height() * 0.12),
                photo.width() * 0.22,
                Color32::from_rgb(150, 160, 175),
            );
            painter.rect_filled(
                Rect::from_min_max(
                    pos2(
                        photo.left() + photo.width() * 0.18,
                        photo.center().y + photo.height() * 0.12,
                    ),
                    pos2(photo.right() - photo.width() * 0.18, photo.bottom()),
                ),
                egui::CornerRadius::same(6),
                Color32::from_rgb(150, 160, 175),
            );
        } else {
            painter.rect_stroke(
                photo,
                egui::CornerRadius::same(3),
                Stroke::new(1.0, Color32::GRAY),
                egui::StrokeKind::Inside,
            );
            let label = fitted(
                &painter,
                &t("doc-no-photo"),
                8.0 * scale,
                photo.width() - 6.0 * scale,
                Color32::DARK_GRAY,
            );
            painter.galley(
                photo.center() - label.size() / 2.0,
                label,
                Color32::DARK_GRAY,
            );
        }
        if let Some(remark_text) = &view.faceauth_remark {
            let red = Color32::from_rgb(170, 40, 40);
            let room = inner.width() - 20.0 * scale;
            let label = fitted(&painter, remark_text, 9.5 * scale, room - 8.0 * scale, red);
            let remark = Rect::from_min_size(
                pos2(left, inner.bottom() - 22.0 * scale),
                vec2(
                    (label.size().x + 8.0 * scale).max(150.0 * scale).min(room),
                    (label.size().y + 2.0 * scale).max(16.0 * scale),
                ),
            );
            painter.rect_stroke(
                remark,
                egui::CornerRadius::same(2),
                Stroke::new(1.2, Color32::from_rgb(170, 40, 40)),
                egui::StrokeKind::Inside,
            );
            painter.galley(remark.center() - label.size() / 2.0, label, red);
        }
    }
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::ZoomIn);
    }
    response
}

/// One line of text at `size`, made smaller (down to 60%) to fit `width`; past that it wraps.
/// The height the title band and the fields take on a document `width` wide (the layout
/// `draw` uses).
fn fields_height(painter: &egui::Painter, view: &WordedDocument, width: f32, scale: f32) -> f32 {
    let font = |size: f32| egui::FontId::proportional(size * scale);
    let inset = if matches!(
        view.kind,
        DocumentKind::PortalScreen | DocumentKind::SmartphoneCard
    ) {
        16.0 * scale
    } else {
        0.0
    };
    let photo_w = if view.kind == DocumentKind::MyNumberCard {
        72.0 * scale
    } else {
        0.0
    };
    let text_w = width - inset - photo_w - 24.0 * scale;
    let label_w = view
        .fields
        .iter()
        .map(|field| {
            painter
                .layout_no_wrap(field.0.clone(), font(9.5), Color32::BLACK)
                .size()
                .x
        })
        .fold(0.0, f32::max)
        + 8.0 * scale;
    let rows: f32 = view
        .fields
        .iter()
        .map(|field| {
            let galley = painter.layout(
                field.1.clone(),
                font(12.5),
                Color32::BLACK,
                (text_w - label_w).max(40.0),
            );
            galley.size().y.max(14.0 * scale) + 3.0 * scale
        })
        .sum();
    // A face-recognition-only card's remark sits at the bottom, under the fields.
    let remark = if view.faceauth_remark.is_some() {
        24.0 * scale
    } else {
        0.0
    };
    inset + 24.0 * scale + 8.0 * scale + rows + remark
}

fn fitted(
    painter: &egui::Painter,
    text: &str,
    size: f32,
    width: f32,
    color: Color32,
) -> std::sync::Arc<egui::Galley> {
    let natural = painter.layout_no_wrap(text.to_owned(), egui::FontId::proportional(size), color);
    if natural.size().x <= width {
        return natural;
    }
    let smaller = (size * width / natural.size().x).max(size * 0.6);
    painter.layout(
        text.to_owned(),
        egui::FontId::proportional(smaller),
        color,
        width.max(1.0),
    )
}
