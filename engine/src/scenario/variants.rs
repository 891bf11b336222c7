//! Variants: parameters drawn per play-through with a seeded generator, so that the same seed
//! always gives the same situation. The generator and the range sampling are written here
//! (SplitMix64 with rejection sampling) rather than taken from `rand`, whose sampling has
//! changed between versions: a seed stored in a record must replay the same draw for as long
//! as the record is kept.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::model::Vary;
use crate::dates;
use crate::rules::{LateElderlyShare, Presented, Situation};

/// A small, fast, fixed generator (SplitMix64).
#[derive(Clone, Debug)]
pub struct SeededRng(u64);

impl SeededRng {
    /// A generator for a seed.
    pub fn new(seed: u64) -> SeededRng {
        SeededRng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform integer in `min..=max` (rejection sampling, no bias).
    pub fn range(&mut self, min: i64, max: i64) -> i64 {
        if max <= min {
            return min;
        }
        let span = u64::try_from(max - min)
            .unwrap_or(u64::MAX)
            .saturating_add(1);
        let zone = u64::MAX - (u64::MAX % span);
        loop {
            let value = self.next_u64();
            if value < zone {
                return min + i64::try_from(value % span).unwrap_or(0);
            }
        }
    }

    /// One of the items, uniformly.
    pub fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
        if items.is_empty() {
            return None;
        }
        let last = i64::try_from(items.len() - 1).unwrap_or(0);
        let index = usize::try_from(self.range(0, last)).unwrap_or(0);
        items.get(index).cloned()
    }
}

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
    use crate::rules::{PinState, situation_from_ron};
    use jiff::civil::date;

    fn facts() -> Situation {
        situation_from_ron(
            r#"(date: "2026-11-24", patient: (birth_date: "1956-06-15", insurance: national),
                presented: [my_number_card(cert_expires: "2029-01-01", pin: known)])"#,
        )
        .unwrap()
    }

    #[test]
    fn the_generator_is_fixed_forever() {
        // These numbers are SplitMix64's published sequence for seed 0; records depend on them.
        let mut rng = SeededRng::new(0);
        assert_eq!(rng.next_u64(), 0xe220_a839_7b1d_cdaf);
        assert_eq!(rng.next_u64(), 0x6e78_9e6a_a1b9_65f4);
    }

    #[test]
    fn ranges_are_inclusive_and_cover_every_value() {
        let mut rng = SeededRng::new(42);
        let mut seen = [false; 5];
        for _ in 0..500 {
            let v = rng.range(1, 5);
            assert!((1..=5).contains(&v));
            seen[usize::try_from(v - 1).unwrap()] = true;
        }
        assert!(seen.iter().all(|s| *s));
        assert_eq!(rng.range(3, 3), 3);
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
