//! Madoguchi's play: everything that happens at the window, built on the rules — scenarios
//! and their variants, the documents on the counter, the simulated card reader and
//! eligibility terminal, play-throughs as step functions with their debrief and "what if", and
//! assessments (the seeded draw and readiness). It holds no text (message ids only; the
//! content crate words them), no storage and no UI.

pub mod assessment;
pub mod free;
pub mod handling;
pub mod scenario;
pub mod session;

pub use madoguchi_rules as rules;

#[cfg(test)]
mod testing;
