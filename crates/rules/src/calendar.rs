//! The policy calendar: every dated threshold and policy number, read from
//! `assets/policy/calendar.ron`, so that a change of policy is a data edit.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::evidence::Evidence;

/// Declares a key enum with an `ALL` list, in file order.
macro_rules! keys {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(
                #[doc = $text]
                #[serde(rename = $text)]
                $variant,
            )*
        }

        impl $name {
            /// Every key, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The key as written in `calendar.ron`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }
    };
}

keys! {
    /// A dated threshold of the policy calendar.
    CalendarKey {
        FaceauthCardFrom = "faceauth_card_from",
        DeclarationFormFrom = "declaration_form_from",
        HomeVisitFullFrom = "home_visit_full_from",
        MynaAppFrom = "myna_app_from",
        MynaBasisFrom = "myna_basis_from",
        CertGraceFrom = "cert_grace_from",
        VisualPasscodeFrom = "visual_passcode_from",
        LateElderlyCardLastDay = "late_elderly_card_last_day",
        ProvisionalNationalFrom = "provisional_national_from",
        ProvisionalLateElderlyFrom = "provisional_late_elderly_from",
        SmartphoneCardFrom = "smartphone_card_from",
        LateElderlyCapLastDay = "late_elderly_cap_last_day",
        OldCardLastDay = "old_card_last_day",
        ProvisionalAllFrom = "provisional_all_from",
        ProvisionalLastDay = "provisional_last_day",
        LateElderlyInterimLastDay = "late_elderly_interim_last_day",
        LateElderlyNewRuleFrom = "late_elderly_new_rule_from",
        MedicalAssistanceOnlineFrom = "medical_assistance_online_from",
        MynaAppCounterFrom = "myna_app_counter_from",
    }
}

keys! {
    /// A policy number of the calendar (months, tries, ages, copay percents).
    NumberKey {
        CertGraceMonths = "cert_grace_months",
        CertAlertMonths = "cert_alert_months",
        PinTries = "pin_tries",
        FaceTries = "face_tries",
        EmployerNoticeDays = "employer_notice_days",
        InsurerRegistrationDays = "insurer_registration_days",
        EligibilityCertificateMaxYears = "eligibility_certificate_max_years",
        PreschoolAge = "preschool_age",
        OlderAge = "older_age",
        LateElderlyAge = "late_elderly_age",
        CopayPreschool = "copay_preschool",
        CopayWorkingAge = "copay_working_age",
        CopayOlderGeneral = "copay_older_general",
        CopayOlderHighIncome = "copay_older_high_income",
        LateElderlyDisabilityAge = "late_elderly_disability_age",
        LateElderlyOldestAge = "late_elderly_oldest_age",
        InfantCardAge = "infant_card_age",
        AdultAge = "adult_age",
        ChildPinAge = "child_pin_age",
    }
}

/// One dated entry: the date, what happens on it, and where that comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedEntry {
    /// The date.
    #[serde(with = "crate::dates::serde_date")]
    pub date: Date,
    /// What starts or ends on it.
    pub what: String,
    /// The rulebook's evidence tags for it.
    pub evidence: Vec<Evidence>,
    /// Source references (ids of `sources.ron`, optionally with a locator).
    pub sources: Vec<String>,
}

/// One policy number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberEntry {
    /// The value.
    pub value: i32,
    /// What it counts.
    pub what: String,
    /// Source references.
    pub sources: Vec<String>,
}

/// The calendar file's top level.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CalendarFile {
    pub version: u32,
    pub dates: BTreeMap<CalendarKey, DatedEntry>,
    pub numbers: BTreeMap<NumberKey, NumberEntry>,
}

/// The loaded calendar: every key has exactly one value (checked when the policy loads).
#[derive(Clone, Debug, PartialEq)]
pub struct Calendar {
    pub(crate) dates: Vec<Date>,
    pub(crate) numbers: Vec<i32>,
    pub(crate) date_entries: BTreeMap<CalendarKey, DatedEntry>,
    pub(crate) number_entries: BTreeMap<NumberKey, NumberEntry>,
}

impl Calendar {
    /// The date of a calendar entry.
    pub fn date(&self, key: CalendarKey) -> Date {
        self.dates[key as usize]
    }

    /// A policy number.
    pub fn number(&self, key: NumberKey) -> i32 {
        self.numbers[key as usize]
    }

    /// The full entry for a date (what, evidence, sources).
    pub fn entry(&self, key: CalendarKey) -> &DatedEntry {
        &self.date_entries[&key]
    }

    /// Every dated entry, in key order.
    pub fn dated_entries(&self) -> impl Iterator<Item = (CalendarKey, &DatedEntry)> {
        self.date_entries.iter().map(|(key, entry)| (*key, entry))
    }

    /// Every number entry, in key order.
    pub fn number_entries(&self) -> impl Iterator<Item = (NumberKey, &NumberEntry)> {
        self.number_entries.iter().map(|(key, entry)| (*key, entry))
    }

    /// A copy with one date moved: what a policy change looks like to the engine.
    pub fn with_date(&self, key: CalendarKey, date: Date) -> Calendar {
        let mut calendar = self.clone();
        calendar.dates[key as usize] = date;
        if let Some(entry) = calendar.date_entries.get_mut(&key) {
            entry.date = date;
        }
        calendar
    }

    /// A copy with one number changed.
    pub fn with_number(&self, key: NumberKey, value: i32) -> Calendar {
        let mut calendar = self.clone();
        calendar.numbers[key as usize] = value;
        if let Some(entry) = calendar.number_entries.get_mut(&key) {
            entry.value = value;
        }
        calendar
    }

    /// Builds the calendar from its file, or says which keys are missing.
    pub(crate) fn from_file(file: CalendarFile) -> Result<Calendar, Vec<String>> {
        let mut missing = Vec::new();
        let mut dates = Vec::with_capacity(CalendarKey::ALL.len());
        for key in CalendarKey::ALL {
            match file.dates.get(key) {
                Some(entry) => dates.push(entry.date),
                None => {
                    missing.push(format!("dates.{}", key.as_str()));
                    dates.push(Date::MIN);
                }
            }
        }
        let mut numbers = Vec::with_capacity(NumberKey::ALL.len());
        for key in NumberKey::ALL {
            match file.numbers.get(key) {
                Some(entry) => numbers.push(entry.value),
                None => {
                    missing.push(format!("numbers.{}", key.as_str()));
                    numbers.push(0);
                }
            }
        }
        if missing.is_empty() {
            Ok(Calendar {
                dates,
                numbers,
                date_entries: file.dates,
                number_entries: file.numbers,
            })
        } else {
            Err(missing)
        }
    }
}
