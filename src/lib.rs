//! Madoguchi's app crate: the Bevy trainer (`app`) and the command line (`cli`), both thin
//! layers over `madoguchi-engine`.

pub mod app;
pub mod cli;
pub mod library;
