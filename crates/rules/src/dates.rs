//! Calendar arithmetic the rules need (legal age, school years, month ends) and the one way
//! dates are written in every file: `YYYY-MM-DD`.

use jiff::ToSpan;
use jiff::civil::Date;

/// The day a person born on `birth` legally reaches `years` of age. Under 年齢計算ニ関スル法律
/// an age is reached at the end of the day before the birthday, so a child born on April 1
/// reaches 6 on March 31. Computed as (birth − 1 day) + `years` years, which also gives the
/// right day for a February 29 birth.
pub fn legal_age_reached(birth: Date, years: i32) -> Date {
    let eve = birth.yesterday().unwrap_or(birth);
    eve.checked_add(years.years()).unwrap_or(Date::MAX)
}

/// The birthday on which someone turns `years` in everyday terms (the day after the legal age
/// is reached; March 1 for a February 29 birth in a common year).
pub fn birthday(birth: Date, years: i32) -> Date {
    let reached = legal_age_reached(birth, years);
    reached.tomorrow().unwrap_or(reached)
}

/// Whole years of legal age on `date`.
pub fn age_on(birth: Date, date: Date) -> i32 {
    if date < birth {
        return 0;
    }
    let mut years = i32::from(date.year()) - i32::from(birth.year());
    while years > 0 && legal_age_reached(birth, years) > date {
        years -= 1;
    }
    years
}

/// The first day of the month after the month containing `date`.
pub fn first_of_next_month(date: Date) -> Date {
    date.last_of_month().tomorrow().unwrap_or(Date::MAX)
}

/// The first March 31 on or after `date`: the end of the Japanese school year containing it
/// (the last representable day when that March 31 is past the calendar's end).
pub fn school_year_end(date: Date) -> Date {
    let march_31 = |year: i16| Date::new(year, 3, 31).unwrap_or(Date::MAX);
    let this_year = march_31(date.year());
    if date <= this_year {
        this_year
    } else {
        date.year().checked_add(1).map_or(Date::MAX, march_31)
    }
}

/// The last day of the month `months` after the month containing `date`
/// (`date` in February, 3 → May 31).
pub fn end_of_month_after(date: Date, months: i32) -> Date {
    date.first_of_month()
        .checked_add(months.months())
        .map(|d| d.last_of_month())
        .unwrap_or(Date::MAX)
}

/// `date` moved by whole months (clamped to the month's end).
pub fn add_months(date: Date, months: i32) -> Date {
    date.checked_add(months.months())
        .unwrap_or(if months < 0 { Date::MIN } else { Date::MAX })
}

/// The first date any file may give.
pub const FIRST_ACCEPTED: Date = Date::constant(1900, 1, 1);
/// The last date any file may give.
pub const LAST_ACCEPTED: Date = Date::constant(2100, 12, 31);

/// Parses `YYYY-MM-DD`, the only date form the files use, inside the accepted window
/// ([`FIRST_ACCEPTED`] to [`LAST_ACCEPTED`]): every date arithmetic the rules do on such a date
/// stays inside the calendar.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return Err(format!("invalid date \"{text}\", expected YYYY-MM-DD"));
    }
    let date = text
        .parse::<Date>()
        .map_err(|_| format!("invalid date \"{text}\", no such day in the calendar"))?;
    if !(FIRST_ACCEPTED..=LAST_ACCEPTED).contains(&date) {
        return Err(format!(
            "date \"{text}\" is outside {FIRST_ACCEPTED} to {LAST_ACCEPTED}, the dates Madoguchi accepts"
        ));
    }
    Ok(date)
}

/// Serde for a date written as `"YYYY-MM-DD"`, with an error that quotes the value.
pub mod serde_date {
    use jiff::civil::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the date as `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    /// Reads a `YYYY-MM-DD` string.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        super::parse_date(&text).map_err(serde::de::Error::custom)
    }
}

/// Serde for an optional date (`null` / `None` or `"YYYY-MM-DD"`).
pub mod serde_opt_date {
    use jiff::civil::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the date as `YYYY-MM-DD`, or nothing.
    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.collect_str(date),
            None => serializer.serialize_none(),
        }
    }

    /// Reads `null`/`None` or a `YYYY-MM-DD` string.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        let text = Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.map(|text| super::parse_date(&text).map_err(serde::de::Error::custom))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn legal_age_is_reached_the_day_before_the_birthday() {
        assert_eq!(legal_age_reached(date(2019, 4, 1), 6), date(2025, 3, 31));
        assert_eq!(legal_age_reached(date(2019, 4, 2), 6), date(2025, 4, 1));
        assert_eq!(legal_age_reached(date(1956, 3, 1), 70), date(2026, 2, 28));
        // Born on February 29: reaches an age on February 28 in a common year.
        assert_eq!(legal_age_reached(date(1952, 2, 29), 75), date(2027, 2, 28));
        assert_eq!(legal_age_reached(date(1952, 2, 29), 72), date(2024, 2, 28));
    }

    #[test]
    fn age_counts_from_the_legal_day() {
        let birth = date(1956, 6, 15);
        assert_eq!(age_on(birth, date(2026, 6, 13)), 69);
        assert_eq!(age_on(birth, date(2026, 6, 14)), 70);
        assert_eq!(age_on(birth, date(2026, 6, 15)), 70);
        assert_eq!(age_on(birth, date(1950, 1, 1)), 0);
    }

    #[test]
    fn birthdays_and_month_ends() {
        assert_eq!(birthday(date(1951, 11, 30), 75), date(2026, 11, 30));
        assert_eq!(birthday(date(1952, 2, 29), 75), date(2027, 3, 1));
        assert_eq!(first_of_next_month(date(2026, 1, 31)), date(2026, 2, 1));
        assert_eq!(first_of_next_month(date(2026, 12, 5)), date(2027, 1, 1));
        assert_eq!(school_year_end(date(2025, 3, 31)), date(2025, 3, 31));
        assert_eq!(school_year_end(date(2025, 4, 1)), date(2026, 3, 31));
        assert_eq!(end_of_month_after(date(2026, 2, 10), 3), date(2026, 5, 31));
        assert_eq!(end_of_month_after(date(2025, 11, 30), 3), date(2026, 2, 28));
    }

    #[test]
    fn dates_are_read_strictly() {
        assert_eq!(parse_date("2026-11-24"), Ok(date(2026, 11, 24)));
        assert!(
            parse_date("2026-13-01")
                .unwrap_err()
                .contains("no such day")
        );
        assert!(
            parse_date("2026-02-30")
                .unwrap_err()
                .contains("no such day")
        );
        assert!(
            parse_date("24/11/2026")
                .unwrap_err()
                .contains("expected YYYY-MM-DD")
        );
        assert!(parse_date("2026-1-01").is_err());
        assert!(parse_date("9999-06-01").unwrap_err().contains("outside"));
        assert!(parse_date("1899-12-31").unwrap_err().contains("outside"));
        assert_eq!(parse_date("2100-12-31"), Ok(LAST_ACCEPTED));
    }

    #[test]
    fn arithmetic_at_the_calendar_end_does_not_panic() {
        assert_eq!(school_year_end(Date::MAX), Date::MAX);
        assert_eq!(legal_age_reached(Date::MAX, 75), Date::MAX);
        assert_eq!(first_of_next_month(Date::MAX), Date::MAX);
        assert_eq!(end_of_month_after(Date::MAX, 3), Date::MAX);
        assert_eq!(add_months(Date::MIN, -1), Date::MIN);
        assert_eq!(age_on(Date::MIN, Date::MAX), age_on(Date::MIN, Date::MAX));
    }
}
