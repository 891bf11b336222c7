//! The policy the engine judges by: the calendar, the rule catalogue and the sources, loaded
//! from `assets/policy/` and checked against each other.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use jiff::civil::Date;

use super::calendar::{Calendar, CalendarFile};
use super::catalog::{
    DateRef, Evidence, RuleEntry, RuleId, RulesFile, Source, SourcesFile, source_id,
};
use super::municipal::{BUILTIN_MUNICIPALITIES, Municipalities};
use super::stable::fnv1a64;

/// The shipped calendar, catalogue and sources, built into the binary.
pub const BUILTIN_CALENDAR: &str = include_str!("../../../assets/policy/calendar.ron");
/// The shipped rule catalogue.
pub const BUILTIN_RULES: &str = include_str!("../../../assets/policy/rules.ron");
/// The shipped source list.
pub const BUILTIN_SOURCES: &str = include_str!("../../../assets/policy/sources.ron");

/// What can be wrong with policy files.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PolicyError {
    /// A file is not valid RON for its schema.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        /// Which policy file.
        file: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// The files parse but do not fit together.
    #[error("{file}: {message}")]
    Inconsistent {
        /// Which policy file.
        file: &'static str,
        /// What is wrong.
        message: String,
    },
}

/// A rule's resolved metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleInfo {
    /// The catalogue entry.
    pub entry: RuleEntry,
    /// First visit date in force, resolved from the calendar.
    pub from: Option<Date>,
    /// Last visit date in force, resolved from the calendar.
    pub until: Option<Date>,
}

impl RuleInfo {
    /// Whether the rule is in force on a visit date.
    pub fn in_force_on(&self, date: Date) -> bool {
        self.from.is_none_or(|from| date >= from) && self.until.is_none_or(|until| date <= until)
    }

    /// Whether the rulebook marks this rule as less than verified: inferred, conflicting or
    /// unverified, or resting on one source with no other verification or seed statement.
    pub fn needs_caution(&self) -> bool {
        let has = |tag| self.entry.evidence.contains(&tag);
        self.entry
            .evidence
            .iter()
            .any(|e| matches!(e, Evidence::I | Evidence::C | Evidence::U))
            || (has(Evidence::V1) && !has(Evidence::V) && !has(Evidence::S))
    }
}

/// The complete policy.
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    calendar: Calendar,
    rules: Vec<RuleInfo>,
    sources: BTreeMap<String, Source>,
    municipalities: Municipalities,
    /// FNV-1a of the rules, sources and municipality files (the calendar is hashed by its
    /// values).
    texts_hash: u64,
}

impl Policy {
    /// The shipped policy. Its files are part of the binary and are checked by the test
    /// `builtin_policy_loads`, so this cannot fail in a build that passed its tests.
    pub fn builtin() -> &'static Policy {
        static BUILTIN: OnceLock<Policy> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Policy::from_sources(BUILTIN_CALENDAR, BUILTIN_RULES, BUILTIN_SOURCES)
                .unwrap_or_else(|error| panic!("the built-in policy files are broken: {error}"))
        })
    }

    /// Loads and cross-checks the three policy files.
    pub fn from_sources(
        calendar_text: &str,
        rules_text: &str,
        sources_text: &str,
    ) -> Result<Policy, PolicyError> {
        let calendar_file: CalendarFile = parse("calendar.ron", calendar_text)?;
        let rules_file: RulesFile = parse("rules.ron", rules_text)?;
        let sources_file: SourcesFile = parse("sources.ron", sources_text)?;
        for (file, version) in [
            ("calendar.ron", calendar_file.version),
            ("rules.ron", rules_file.version),
            ("sources.ron", sources_file.version),
        ] {
            if version != 1 {
                return Err(inconsistent(
                    file,
                    format!("version {version} is not supported (this build reads version 1)"),
                ));
            }
        }

        let mut source_map = BTreeMap::new();
        for source in sources_file.sources {
            if source_map.contains_key(&source.id) {
                return Err(inconsistent(
                    "sources.ron",
                    format!("source {} is listed twice", source.id),
                ));
            }
            source_map.insert(source.id.clone(), source);
        }
        let check_refs = |file: &'static str, what: &str, refs: &[String]| {
            for reference in refs {
                if !source_map.contains_key(source_id(reference)) {
                    return Err(inconsistent(
                        file,
                        format!("{what} cites \"{reference}\", which is not in sources.ron"),
                    ));
                }
            }
            Ok(())
        };
        for (key, entry) in &calendar_file.dates {
            check_refs(
                "calendar.ron",
                &format!("dates.{}", key.as_str()),
                &entry.sources,
            )?;
        }
        for (key, entry) in &calendar_file.numbers {
            check_refs(
                "calendar.ron",
                &format!("numbers.{}", key.as_str()),
                &entry.sources,
            )?;
        }
        let calendar = Calendar::from_file(calendar_file).map_err(|missing| {
            inconsistent(
                "calendar.ron",
                format!("missing entries: {}", missing.join(", ")),
            )
        })?;

        let mut slots: Vec<Option<RuleInfo>> = vec![None; RuleId::ALL.len()];
        for entry in rules_file.rules {
            check_refs("rules.ron", entry.id.as_str(), &entry.sources)?;
            if entry.evidence.is_empty() {
                return Err(inconsistent(
                    "rules.ron",
                    format!("{} has no evidence tag", entry.id),
                ));
            }
            let resolve = |r: Option<DateRef>| r.map(|r| resolve_date(&calendar, r));
            let info = RuleInfo {
                from: resolve(entry.from),
                until: resolve(entry.until),
                entry,
            };
            if let (Some(from), Some(until)) = (info.from, info.until)
                && from > until
            {
                return Err(inconsistent(
                    "rules.ron",
                    format!("{} is in force from {from} until {until}", info.entry.id),
                ));
            }
            let slot = &mut slots[info.entry.id.index()];
            if slot.is_some() {
                return Err(inconsistent(
                    "rules.ron",
                    format!("{} is listed twice", info.entry.id),
                ));
            }
            *slot = Some(info);
        }
        let missing: Vec<&str> = RuleId::ALL
            .iter()
            .zip(&slots)
            .filter(|(_, slot)| slot.is_none())
            .map(|(id, _)| id.as_str())
            .collect();
        if !missing.is_empty() {
            return Err(inconsistent(
                "rules.ron",
                format!("missing rules: {}", missing.join(", ")),
            ));
        }
        let rules = slots.into_iter().flatten().collect();

        let municipalities =
            Municipalities::parse(BUILTIN_MUNICIPALITIES).map_err(|error| PolicyError::Syntax {
                file: "municipalities.ron",
                line: error.line.unwrap_or(1),
                column: error.column.unwrap_or(1),
                message: if error.path.is_empty() {
                    error.message
                } else {
                    format!("{}: {}", error.path, error.message)
                },
            })?;
        if municipalities.version != 1 {
            return Err(inconsistent(
                "municipalities.ron",
                format!(
                    "version {} is not supported (this build reads version 1)",
                    municipalities.version
                ),
            ));
        }
        let cited: Vec<String> = municipalities
            .cited()
            .into_iter()
            .map(str::to_owned)
            .collect();
        check_refs("municipalities.ron", "a scheme", &cited)?;

        Ok(Policy {
            calendar,
            rules,
            sources: source_map,
            municipalities,
            texts_hash: fnv1a64(&[
                rules_text.as_bytes(),
                sources_text.as_bytes(),
                BUILTIN_MUNICIPALITIES.as_bytes(),
            ]),
        })
    }

    /// The 公費 table.
    pub fn municipalities(&self) -> &Municipalities {
        &self.municipalities
    }

    /// The calendar.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// A copy of this policy with another calendar (for "what if the date moves").
    pub fn with_calendar(&self, calendar: Calendar) -> Policy {
        let mut policy = self.clone();
        for info in &mut policy.rules {
            info.from = info.entry.from.map(|r| resolve_date(&calendar, r));
            info.until = info.entry.until.map(|r| resolve_date(&calendar, r));
        }
        policy.calendar = calendar;
        policy
    }

    /// A rule's metadata.
    pub fn rule(&self, id: RuleId) -> &RuleInfo {
        &self.rules[id.index()]
    }

    /// Every rule, in rulebook order.
    pub fn rules(&self) -> &[RuleInfo] {
        &self.rules
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// Every source.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.sources.values()
    }

    /// A stable hash of what the rulings depend on — every calendar date and number, the rule
    /// catalogue and the sources — the "rules version" stored with records. It changes when a
    /// date or number moves and stays the same when nothing did.
    pub fn fingerprint(&self) -> u64 {
        let mut values = String::new();
        for (key, entry) in self.calendar.dated_entries() {
            values.push_str(&format!("{}={};", key.as_str(), entry.date));
        }
        for (key, entry) in self.calendar.number_entries() {
            values.push_str(&format!("{}={};", key.as_str(), entry.value));
        }
        fnv1a64(&[values.as_bytes(), &self.texts_hash.to_le_bytes()])
    }
}

fn resolve_date(calendar: &Calendar, date_ref: DateRef) -> Date {
    match date_ref {
        DateRef::On(key) => calendar.date(key),
        DateRef::After(key) => calendar.date(key).tomorrow().unwrap_or(Date::MAX),
        DateRef::Before(key) => calendar.date(key).yesterday().unwrap_or(Date::MIN),
    }
}

fn inconsistent(file: &'static str, message: String) -> PolicyError {
    PolicyError::Inconsistent { file, message }
}

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, PolicyError> {
    super::wire::from_ron(text).map_err(|error| PolicyError::Syntax {
        file,
        line: error.line.unwrap_or(1),
        column: error.column.unwrap_or(1),
        message: if error.path.is_empty() {
            error.message
        } else {
            format!("{}: {}", error.path, error.message)
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{CalendarKey, NumberKey};
    use jiff::civil::date;

    #[test]
    fn builtin_policy_loads() {
        let policy = Policy::from_sources(BUILTIN_CALENDAR, BUILTIN_RULES, BUILTIN_SOURCES)
            .expect("the shipped policy files load");
        assert_eq!(policy.rules().len(), RuleId::ALL.len());
        assert_eq!(
            policy.calendar().date(CalendarKey::ProvisionalLastDay),
            date(2026, 3, 31)
        );
        assert_eq!(policy.calendar().number(NumberKey::CertGraceMonths), 3);
        assert!(policy.source("S0").is_some());
        assert!(policy.source("P74").is_some());
    }

    #[test]
    fn rule_dates_resolve_from_the_calendar() {
        let policy = Policy::builtin();
        let after = policy.rule(RuleId::DocOldcardAfterProvisional);
        assert_eq!(after.from, Some(date(2026, 4, 1)));
        assert!(!after.in_force_on(date(2026, 3, 31)));
        assert!(after.in_force_on(date(2026, 4, 1)));
        let provisional = policy.rule(RuleId::DocOldcardProvisionalAccept);
        assert!(provisional.in_force_on(date(2026, 3, 31)));
        assert!(!provisional.in_force_on(date(2026, 4, 1)));
        assert!(!provisional.in_force_on(date(2025, 7, 31)));
    }

    #[test]
    fn a_missing_rule_is_named() {
        let rules = BUILTIN_RULES.replace(
            "        (id: auth_sleeve, section: \"4\", evidence: [S, V], sources: [\"S0 §3-1 事象②\", \"P36\"]),\n",
            "",
        );
        assert_ne!(rules, BUILTIN_RULES, "the test edits a real line");
        let error = Policy::from_sources(BUILTIN_CALENDAR, &rules, BUILTIN_SOURCES).unwrap_err();
        assert_eq!(error.to_string(), "rules.ron: missing rules: auth_sleeve");
    }

    #[test]
    fn an_unknown_source_is_named() {
        let rules = BUILTIN_RULES.replace("sources: [\"P36\"]", "sources: [\"P99\"]");
        let rules = rules.replace("\"S0 §3-1 事象②\", \"P36\"", "\"S0 §3-1 事象②\", \"P99\"");
        let error = Policy::from_sources(BUILTIN_CALENDAR, &rules, BUILTIN_SOURCES).unwrap_err();
        assert_eq!(
            error.to_string(),
            "rules.ron: auth_sleeve cites \"P99\", which is not in sources.ron"
        );
    }

    #[test]
    fn a_missing_calendar_date_is_named() {
        let start = BUILTIN_CALENDAR
            .find("        smartphone_card_from")
            .unwrap();
        let end = start + BUILTIN_CALENDAR[start..].find("        ),\n").unwrap() + 11;
        let calendar = format!("{}{}", &BUILTIN_CALENDAR[..start], &BUILTIN_CALENDAR[end..]);
        let error = Policy::from_sources(&calendar, BUILTIN_RULES, BUILTIN_SOURCES).unwrap_err();
        assert_eq!(
            error.to_string(),
            "calendar.ron: missing entries: dates.smartphone_card_from"
        );
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let calendar = BUILTIN_CALENDAR.replace("date: \"2025-09-19\"", "date: 2025-09-19");
        let error = Policy::from_sources(&calendar, BUILTIN_RULES, BUILTIN_SOURCES).unwrap_err();
        let PolicyError::Syntax { file, line, .. } = error else {
            panic!("expected a syntax error, got {error}");
        };
        assert_eq!(file, "calendar.ron");
        let expected_line = BUILTIN_CALENDAR
            .lines()
            .position(|l| l.contains("2025-09-19"))
            .unwrap()
            + 1;
        assert_eq!(line, expected_line);
    }

    #[test]
    fn fingerprint_follows_the_data() {
        let builtin = Policy::builtin();
        let same = builtin.with_calendar(builtin.calendar().clone());
        assert_eq!(same.fingerprint(), builtin.fingerprint(), "nothing moved");
        let grace = builtin.with_calendar(
            builtin
                .calendar()
                .with_number(NumberKey::CertGraceMonths, 4),
        );
        assert_ne!(grace.fingerprint(), builtin.fingerprint(), "a number moved");
        let reloaded =
            Policy::from_sources(BUILTIN_CALENDAR, BUILTIN_RULES, BUILTIN_SOURCES).unwrap();
        assert_eq!(reloaded.fingerprint(), builtin.fingerprint());
        let edited = Policy::from_sources(
            BUILTIN_CALENDAR,
            BUILTIN_RULES,
            &BUILTIN_SOURCES.replacen("title: \"", "title: \"(edited) ", 1),
        )
        .unwrap();
        assert_ne!(
            edited.fingerprint(),
            builtin.fingerprint(),
            "a source changed"
        );
        let moved = Policy::builtin().with_calendar(
            Policy::builtin()
                .calendar()
                .with_date(CalendarKey::ProvisionalLastDay, date(2026, 9, 30)),
        );
        assert_ne!(moved.fingerprint(), Policy::builtin().fingerprint());
        assert_eq!(
            moved.rule(RuleId::DocOldcardAfterProvisional).from,
            Some(date(2026, 10, 1))
        );
    }
}
