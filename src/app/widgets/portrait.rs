//! The patient's portrait: drawn from the cast (sex, age, mood) with a companion beside them
//! when one came (a parent, family, a care-facility worker).

use bevy_egui::egui::{self, Color32, Pos2, Rect, Stroke, pos2, vec2};
use madoguchi_play::scenario::{Companion, Mood, Sex};

/// Who to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sitter {
    /// Sex.
    pub sex: Sex,
    /// Age in years.
    pub age: i32,
    /// Mood.
    pub mood: Mood,
    /// Who came along.
    pub companion: Companion,
    /// The companion's sex, when the scenario says (a daughter, a grandmother).
    pub companion_sex: Option<Sex>,
    /// The companion's age, when the scenario says.
    pub companion_age: Option<u8>,
    /// Whether the patient is at the counter (else the companion stands there alone).
    pub patient_here: bool,
    /// Which of the looks (hair, glasses, clothes) this person has: see [`look_of`].
    pub look: u8,
}

impl Sitter {
    /// The patient and companion of a scenario's cast, on the visit date.
    pub fn of(cast: &madoguchi_play::scenario::Cast, age: i32, patient_here: bool) -> Sitter {
        Sitter {
            sex: cast.sex,
            age,
            mood: cast.mood,
            companion: cast.companion,
            companion_sex: cast.companion_sex,
            companion_age: cast.companion_age,
            patient_here,
            look: look_of(&cast.name),
        }
    }

    /// The companion as drawn: sex, age and clothes (none when the patient came alone).
    fn companion_drawn(&self) -> Option<(Sex, i32, Color32)> {
        let other = if self.sex == Sex::Male {
            Sex::Female
        } else {
            Sex::Male
        };
        let (sex, age, color) = match self.companion {
            Companion::None => return None,
            Companion::Carer => (Sex::Female, 35, Color32::from_rgb(120, 170, 160)),
            Companion::Parent => (Sex::Female, 36, Color32::from_rgb(150, 140, 110)),
            Companion::Family => (other, 48, Color32::from_rgb(130, 130, 150)),
        };
        Some((
            self.companion_sex.unwrap_or(sex),
            self.companion_age.map_or(age, i32::from),
            color,
        ))
    }
}

/// A face as a card photo shows it: the holder's sex, age and look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Face {
    /// Sex.
    pub sex: Sex,
    /// Age in years.
    pub age: i32,
    /// The look (see [`look_of`]).
    pub look: u8,
}

/// A person's look, from their name: two people of the same sex and age are drawn apart (hair
/// style and shade, glasses, clothes), the same person always alike — at the counter and on
/// their card.
pub fn look_of(name: &str) -> u8 {
    madoguchi_rules::stable::fnv1a64(&[name.as_bytes()]).to_le_bytes()[0]
}

fn skin() -> Color32 {
    Color32::from_rgb(241, 205, 178)
}

fn hair(age: i32, look: u8) -> Color32 {
    match age {
        0..=59 if look & 8 != 0 => Color32::from_rgb(88, 60, 42),
        0..=59 => Color32::from_rgb(45, 35, 30),
        60..=74 => Color32::from_rgb(120, 115, 110),
        _ => Color32::from_rgb(200, 200, 198),
    }
}

/// Draws one person standing in `rect`.
/// The clothes of a person of `sex` with `look`.
fn clothes(sex: Sex, look: u8) -> Color32 {
    match (sex, look & 16 != 0) {
        (Sex::Female, false) => Color32::from_rgb(196, 120, 140),
        (Sex::Female, true) => Color32::from_rgb(86, 150, 150),
        (Sex::Male, false) => Color32::from_rgb(92, 112, 150),
        (Sex::Male, true) => Color32::from_rgb(112, 122, 80),
    }
}

fn person(painter: &egui::Painter, rect: Rect, face: Face, mood: Mood, clothes: Color32) {
    let Face { sex, age, look } = face;
    // Children are smaller: a preschooler, a schoolchild, a young teenager.
    let scale = match age {
        ..=6 => 0.62,
        7..=12 => 0.78,
        13..=15 => 0.92,
        _ => 1.0,
    };
    let center_x = rect.center().x;
    let bottom = rect.bottom();
    let height = rect.height() * scale;
    let head_r = height * 0.16;
    let head_c = pos2(center_x, bottom - height + head_r * 1.25);
    // Body.
    let body = Rect::from_min_max(
        pos2(center_x - head_r * 1.6, head_c.y + head_r * 1.05),
        pos2(center_x + head_r * 1.6, bottom),
    );
    painter.rect_filled(
        body,
        egui::CornerRadius::same((head_r * 0.9) as u8),
        clothes,
    );
    // Hair behind the head.
    let hair_color = hair(age, look);
    // Three hair styles: long, a bob, tied up.
    let style = look % 3;
    match sex {
        Sex::Female => {
            let (offset, size) = match style {
                0 => (0.1, vec2(2.3, 1.9)),
                1 => (0.15, vec2(2.25, 1.75)),
                _ => (0.0, vec2(2.15, 1.5)),
            };
            if style == 2 {
                painter.circle_filled(head_c - vec2(0.0, head_r * 1.05), head_r * 0.38, hair_color);
            }
            let back = Rect::from_center_size(
                head_c + vec2(0.0, head_r * offset),
                vec2(head_r * size.x, head_r * size.y),
            );
            painter.rect_filled(
                back,
                egui::CornerRadius::same((head_r * 0.9) as u8),
                hair_color,
            );
            if style == 0 {
                // Long hair falls at the sides onto the shoulders (not under the chin, where
                // it would read as a beard).
                for side in [-1.0, 1.0] {
                    let strand = Rect::from_center_size(
                        head_c + vec2(side * head_r * 0.88, head_r * 0.85),
                        vec2(head_r * 0.55, head_r * 1.9),
                    );
                    painter.rect_filled(
                        strand,
                        egui::CornerRadius::same((head_r * 0.25) as u8),
                        hair_color,
                    );
                }
            }
        }
        Sex::Male => {}
    }
    painter.circle_filled(head_c, head_r, skin());
    // Hair on top: parted to one side, or cropped, by the look.
    let (shift, depth) = match (sex, style) {
        (Sex::Male, 1) => (0.18, 1.0),
        (Sex::Male, 2) => (0.0, 0.8),
        _ => (0.0, 1.0),
    };
    let top = Rect::from_center_size(
        head_c - vec2(-head_r * shift, head_r * (0.55 + (1.0 - depth) * 0.2)),
        vec2(head_r * 2.05, head_r * depth),
    );
    if !(sex == Sex::Male && age >= 70) {
        painter.rect_filled(
            top,
            egui::CornerRadius::same((head_r * 0.5) as u8),
            hair_color,
        );
    } else {
        painter.circle_stroke(head_c, head_r, Stroke::new(head_r * 0.12, hair_color));
    }
    // Eyes.
    let eye_y = head_c.y + head_r * 0.05;
    for dx in [-0.38, 0.38] {
        painter.circle_filled(
            pos2(head_c.x + dx * head_r, eye_y),
            head_r * 0.09,
            Color32::from_rgb(40, 30, 30),
        );
    }
    if age >= 65 || (age >= 16 && look & 4 != 0) {
        // Glasses.
        for dx in [-0.38, 0.38] {
            painter.circle_stroke(
                pos2(head_c.x + dx * head_r, eye_y),
                head_r * 0.24,
                Stroke::new(1.5, Color32::from_rgb(90, 90, 100)),
            );
        }
    }
    // Mouth by mood.
    let mouth_y = head_c.y + head_r * 0.5;
    let w = head_r * 0.35;
    let points: Vec<Pos2> = match mood {
        Mood::Calm => vec![
            pos2(head_c.x - w, mouth_y),
            pos2(head_c.x, mouth_y + head_r * 0.12),
            pos2(head_c.x + w, mouth_y),
        ],
        Mood::Worried | Mood::Hurried => vec![
            pos2(head_c.x - w, mouth_y + 2.0),
            pos2(head_c.x + w, mouth_y + 2.0),
        ],
        Mood::Annoyed => vec![
            pos2(head_c.x - w, mouth_y + head_r * 0.1),
            pos2(head_c.x, mouth_y - head_r * 0.05),
            pos2(head_c.x + w, mouth_y + head_r * 0.1),
        ],
    };
    painter.add(egui::Shape::line(
        points,
        Stroke::new(2.0, Color32::from_rgb(120, 50, 50)),
    ));
    if mood == Mood::Annoyed {
        for dx in [-0.38f32, 0.38] {
            let inner = if dx < 0.0 { 0.15 } else { -0.15 };
            painter.line_segment(
                [
                    pos2(
                        head_c.x + (dx - 0.18) * head_r,
                        eye_y - head_r * (0.32 + inner),
                    ),
                    pos2(
                        head_c.x + (dx + 0.18) * head_r,
                        eye_y - head_r * (0.32 - inner),
                    ),
                ],
                Stroke::new(2.0, Color32::from_rgb(40, 30, 30)),
            );
        }
    }
}

/// A card photo of `sex` at `age`: head and shoulders against the pale photo background,
/// drawn with the same features as the portrait at the counter, so staff can compare them.
pub fn photo(painter: &egui::Painter, rect: Rect, face: Face) {
    let Face { sex, age, look } = face;
    painter.rect_filled(
        rect,
        egui::CornerRadius::same(3),
        Color32::from_rgb(214, 224, 236),
    );
    let clothes = clothes(sex, look);
    // The standing figure, scaled so its head (a third of the figure's drawn height) fills half
    // the frame; below the shoulders it is cut. `person` draws a child smaller within its rect,
    // so the rect grows by the same factor and the face stays the same size in the frame.
    let child = if age < 7 { 0.62 } else { 1.0 };
    let h = rect.height();
    let tall = 1.56 * h / child;
    let top = rect.top() + 0.05 * h;
    let figure = Rect::from_min_max(
        pos2(rect.left(), top + tall * child - tall),
        pos2(rect.right(), top + tall * child),
    );
    person(
        &painter.with_clip_rect(rect),
        figure,
        face,
        Mood::Calm,
        clothes,
    );
}

/// Draws the patient (and companion) into the space given.
pub fn draw(ui: &mut egui::Ui, sitter: Sitter, size: egui::Vec2) -> egui::Response {
    let (response, painter) = ui.allocate_painter(size, egui::Sense::hover());
    let rect = response.rect;
    painter.rect_filled(
        rect,
        egui::CornerRadius::same(8),
        Color32::from_rgb(226, 236, 244),
    );
    // The counter's edge.
    painter.rect_filled(
        Rect::from_min_max(pos2(rect.left(), rect.bottom() - 18.0), rect.max),
        egui::CornerRadius::ZERO,
        Color32::from_rgb(176, 142, 104),
    );
    let floor = rect.bottom() - 18.0;
    let clothes = clothes(sitter.sex, sitter.look);
    let companion = sitter.companion_drawn();
    // The companion's own look, another than the patient's.
    let companion_face = |sex, age| Face {
        sex,
        age,
        look: sitter.look.wrapping_add(97),
    };
    if !sitter.patient_here {
        // The companion alone at the counter (the patient waits elsewhere).
        let alone = Rect::from_min_max(
            pos2(rect.left() + 30.0, rect.top() + 14.0),
            pos2(rect.right() - 30.0, floor),
        );
        if let Some((sex, age, color)) = companion {
            person(&painter, alone, companion_face(sex, age), Mood::Calm, color);
        }
        return response;
    }
    let patient_rect = if companion.is_some() {
        Rect::from_min_max(
            pos2(rect.left() + 8.0, rect.top() + 10.0),
            pos2(rect.center().x + 10.0, floor),
        )
    } else {
        Rect::from_min_max(
            pos2(rect.left() + 30.0, rect.top() + 10.0),
            pos2(rect.right() - 30.0, floor),
        )
    };
    person(
        &painter,
        patient_rect,
        Face {
            sex: sitter.sex,
            age: sitter.age,
            look: sitter.look,
        },
        sitter.mood,
        clothes,
    );
    if let Some((sex, age, color)) = companion {
        let companion_rect = Rect::from_min_max(
            pos2(rect.center().x, rect.top() + 18.0),
            pos2(rect.right() - 8.0, floor),
        );
        person(
            &painter,
            companion_rect,
            companion_face(sex, age),
            Mood::Calm,
            color,
        );
    }
    response
}
