//! Madoguchi's content: everything a trainee or trainer reads — the fluent texts in Japanese
//! and English (Madoguchi's own and each pack's), the presenter that words what the play crate
//! decides (lines, device screens, documents, verdicts, rules with their sources), and
//! scenario packs: reading them and checking them as a whole, with every finding placed at its
//! file and line.

pub mod glyphs;
pub mod graph;
pub mod i18n;
pub mod index;
pub mod pack;
pub mod players;
pub mod present;
pub mod present_free;
pub mod reference;
pub mod studio;

pub use madoguchi_play as play;
pub use madoguchi_rules as rules;

#[cfg(test)]
mod library_tests;
