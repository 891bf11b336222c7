//! Madoguchi's engine: the dated rules of the Japanese clinic reception window in the マイナ保険証
//! era, and everything built on them. It has no window, game-engine or UI dependency: the app
//! and the CLI only show what it decides.
//!
//! A situation goes in, the right handling comes out, with the rules behind every part:
//!
//! ```
//! use madoguchi_engine::rules::{self, ConfirmedBy, CopayRate, Policy};
//!
//! let situation = rules::situation_from_json(r#"{
//!     "date": "2026-11-24",
//!     "patient": {"birth_date": "1981-04-10", "insurance": "employee", "online_record": "pending"},
//!     "presented": [{"type": "my_number_card", "cert_expires": "2029-05-01", "pin": "known"}]
//! }"#)?;
//! let ruling = rules::rule(Policy::builtin(), &situation)?;
//!
//! // The new insurer has not registered the patient yet: the terminal shows 資格(無効). The
//! // patient still pays 3割 after filling in the 資格申立書, and the claim uses the lost numbers.
//! assert_eq!(ruling.confirmed_by, ConfirmedBy::Declaration);
//! assert_eq!(ruling.copay, CopayRate::Thirty);
//! assert!(ruling.rules.contains(rules::RuleId::FailMoushitate));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod assessment;
pub mod dates;
pub mod i18n;
pub mod privacy;
pub mod records;
pub mod rules;
pub mod scenario;
pub mod session;
