//! Madoguchi's app crate: the Bevy trainer (`app`) and the command line (`cli`), both thin
//! layers over `madoguchi-engine`.

pub mod app;
pub mod cli;
pub mod library;

/// When the process started, for the start-up measurement (`MADOGUCHI_REPORT_READY`).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
