//! How well a rule or a calendar date is supported, with the rulebook's evidence tags. Both
//! the calendar and the rule catalogue use it, so it stands on its own.

use serde::{Deserialize, Serialize};

/// How well a rule is supported, with the rulebook's tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, strum::VariantArray)]
pub enum Evidence {
    /// Verified in at least one public source other than the seed.
    V,
    /// Verified in exactly one non-seed source: likely but fragile.
    V1,
    /// Stated in the seed newsletter, not re-verified.
    S,
    /// Inferred from verified rules; no source says it in these words.
    I,
    /// Sources conflict; the rulebook states the reading chosen.
    C,
    /// Could not be verified; not to be scored hard.
    U,
}

impl Evidence {
    /// The tag as the rulebook writes it.
    pub fn label(self) -> &'static str {
        match self {
            Evidence::V => "V",
            Evidence::V1 => "V1",
            Evidence::S => "S",
            Evidence::I => "I",
            Evidence::C => "C",
            Evidence::U => "U",
        }
    }
}
