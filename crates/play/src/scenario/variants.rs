//! Variants: parameters drawn per play-through with the stable seeded generator
//! ([`madoguchi_rules::stable`]), so that the same seed always gives the same situation, for
//! as long as a record that stores the seed is kept.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::model::Vary;
use madoguchi_rules::dates;
use madoguchi_rules::stable::SeededRng;
use madoguchi_rules::{LateElderlyShare, Presented, Situation};

/// One drawn value, for the debrief and the records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drawn {
    /// Which parameter (`visit_days`, `age_years`, …).
    pub name: String,
    /// What was drawn, as text.
    pub value: String,
}

/// The facts for a seed: the authored facts with every variant drawn in order. Without a seed
/// the authored facts are returned unchanged.
pub fn draw(facts: &Situation, variants: &[Vary], seed: Option<u64>) -> (Situation, Vec<Drawn>) {
    let Some(seed) = seed else {
        return (facts.clone(), Vec::new());
    };
    let mut rng = SeededRng::new(seed);
    let mut s = facts.clone();
    let mut drawn = Vec::new();
    let mut note = |name: &str, value: String| {
        drawn.push(Drawn {
            name: name.to_owned(),
            value,
        })
    };
    for vary in variants {
        match vary {
            Vary::VisitDays { min, max } => {
                let days = rng.range(i64::from(*min), i64::from(*max));
                let days = i32::try_from(days).unwrap_or(0);
                s.date = s.date.checked_add(days.days()).unwrap_or(s.date);
                note("visit_days", days.to_string());
            }
            Vary::CertExpiresMonthsBefore { min, max } => {
                let months =
                    i32::try_from(rng.range(i64::from(*min), i64::from(*max))).unwrap_or(0);
                let expiry = dates::add_months(s.date, -months);
                for item in &mut s.presented {
                    if let Presented::MyNumberCard(card) = item {
                        card.cert_expires = expiry;
                    }
                }
                note("cert_expires_months_before", months.to_string());
            }
            Vary::AgeYears { min, max } => {
                let years = i32::try_from(rng.range(i64::from(*min), i64::from(*max))).unwrap_or(0);
                s.patient.birth_date = birth_for_age(s.patient.birth_date, s.date, years);
                note("age_years", years.to_string());
            }
            Vary::BirthBetween { from, to } => {
                let span = from.until(*to).map(|s| s.get_days()).unwrap_or(0);
                let offset = i32::try_from(rng.range(0, i64::from(span.max(0)))).unwrap_or(0);
                s.patient.birth_date = from.checked_add(offset.days()).unwrap_or(*from);
                note("birth_date", s.patient.birth_date.to_string());
            }
            Vary::Pin(states) => {
                if let Some(pin) = rng.pick(states) {
                    for item in &mut s.presented {
                        if let Presented::MyNumberCard(card) = item {
                            card.pin = pin;
                        }
                    }
                    note("pin", serde_name(&pin));
                }
            }
            Vary::OnlineRecord(records) => {
                if let Some(record) = rng.pick(records) {
                    s.patient.online_record = record;
                    note("online_record", serde_name(&record));
                }
            }
            Vary::LateElderlyShare(shares) => {
                if let Some(share) = rng.pick(shares) {
                    s.patient.late_elderly_share = match share {
                        20 => LateElderlyShare::Twenty,
                        30 => LateElderlyShare::Thirty,
                        _ => LateElderlyShare::Ten,
                    };
                    note("late_elderly_share", share.to_string());
                }
            }
            Vary::Returning(choices) => {
                if let Some(returning) = rng.pick(choices) {
                    s.patient.visited_before = returning;
                    s.patient.details_unchanged = returning;
                    note("returning", returning.to_string());
                }
            }
        }
    }
    (s, drawn)
}

/// A birth date that makes the patient `years` old on `date`, keeping the month and day of
/// `birth` where the calendar allows.
fn birth_for_age(birth: Date, date: Date, years: i32) -> Date {
    let target_year = i32::from(date.year()) - years;
    let candidate = |year: i32| {
        i16::try_from(year)
            .ok()
            .and_then(|y| Date::new(y, birth.month(), birth.day().min(28)).ok())
            .map(|d| {
                // Keep the real day when the month has it.
                Date::new(d.year(), birth.month(), birth.day()).unwrap_or(d)
            })
    };
    for year in [target_year, target_year - 1] {
        if let Some(candidate) = candidate(year)
            && dates::age_on(candidate, date) == years
        {
            return candidate;
        }
    }
    birth
}

fn serde_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use madoguchi_rules::{PinState, situation_from_ron};

    fn facts() -> Situation {
        situation_from_ron(
            r#"(date: "2026-11-24", patient: (birth_date: "1956-06-15", insurance: national),
                presented: [my_number_card(cert_expires: "2029-01-01", pin: known)])"#,
        )
        .unwrap()
    }

    #[test]
    fn same_seed_same_draw_and_no_seed_keeps_the_facts() {
        let variants = vec![
            Vary::AgeYears { min: 68, max: 72 },
            Vary::CertExpiresMonthsBefore { min: 1, max: 5 },
            Vary::Pin(vec![PinState::Known, PinState::Forgotten]),
        ];
        let (a, drawn_a) = draw(&facts(), &variants, Some(7));
        let (b, drawn_b) = draw(&facts(), &variants, Some(7));
        assert_eq!(a, b);
        assert_eq!(drawn_a, drawn_b);
        assert_eq!(drawn_a.len(), 3);
        let (base, none) = draw(&facts(), &variants, None);
        assert_eq!(base, facts());
        assert!(none.is_empty());
        let ages: std::collections::BTreeSet<i32> = (0..200)
            .map(|seed| {
                let (s, _) = draw(&facts(), &variants, Some(seed));
                dates::age_on(s.patient.birth_date, s.date)
            })
            .collect();
        assert_eq!(ages, (68..=72).collect());
    }

    #[test]
    fn drawn_values_land_where_they_say() {
        let variants = vec![
            Vary::VisitDays { min: 10, max: 10 },
            Vary::CertExpiresMonthsBefore { min: 2, max: 2 },
        ];
        let (s, _) = draw(&facts(), &variants, Some(1));
        assert_eq!(s.date, date(2026, 12, 4));
        assert_eq!(s.my_number_card().unwrap().cert_expires, date(2026, 10, 4));
    }

    #[test]
    fn ages_keep_the_birthday() {
        let birth = birth_for_age(date(1956, 6, 15), date(2026, 11, 24), 72);
        assert_eq!(birth, date(1954, 6, 15));
        let birth = birth_for_age(date(1956, 12, 20), date(2026, 11, 24), 70);
        assert_eq!(birth, date(1955, 12, 20));
        let leap = birth_for_age(date(1956, 2, 29), date(2026, 11, 24), 71);
        assert_eq!(dates::age_on(leap, date(2026, 11, 24)), 71);
    }
}
