//! The 公費 table: each municipality's local 医療証 schemes (こども, ひとり親, 重度障害者) with
//! what the window charges from which date, whether the 医療証 works outside the prefecture,
//! and when its data come through PMH; and the national 公費 (生活保護, 自立支援, 難病, 小児慢性).
//! Read from `assets/policy/municipalities.ron`: a city's change of rule is an edit there.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::catalog::Evidence;
use crate::dates::serde_date;
use crate::situation::{Subsidy, SubsidyScheme};

/// The shipped table.
pub const BUILTIN_MUNICIPALITIES: &str = include_str!("../../../assets/policy/municipalities.ron");

/// What the window charges under a 公費 (outpatient).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Charge {
    /// Nothing.
    Free,
    /// A fixed amount per visit (never more than the insurance share itself).
    PerVisit(u32),
    /// Per clinic per day, for the first `days` charged days of the month; the city refunds
    /// a month's total above the cap afterwards (the window does not apply it).
    PerDay {
        /// Yen per day.
        yen: u32,
        /// Charged days a month (31: no limit).
        days: u32,
        /// The month's cap, refunded by the city afterwards.
        monthly_cap: u32,
    },
    /// A percent of the cost (10 = 1割), up to the cap on the certificate.
    Share(u8),
}

/// One charge from a date.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dated {
    /// From this visit date.
    #[serde(with = "serde_date")]
    pub from: Date,
    /// The charge.
    pub charge: Charge,
}

/// A municipality's scheme.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalScheme {
    /// Which kind.
    pub scheme: SubsidyScheme,
    /// Its name as the city writes it.
    pub label: String,
    /// Its name in English.
    pub label_en: String,
    /// The 公費負担者番号, where a source gives it.
    pub payer_number: Option<String>,
    /// What the window charges, in date order.
    pub charges: Vec<Dated>,
    /// Applied at the window only in the city's prefecture.
    pub in_prefecture_only: bool,
    /// The first visit date its data come through PMH.
    #[serde(default, with = "crate::dates::serde_opt_date")]
    pub pmh_from: Option<Date>,
    /// How sure the entry is.
    pub evidence: Vec<Evidence>,
    /// Where it comes from (ids in sources.ron).
    pub sources: Vec<String>,
}

/// A municipality.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Its id (ascii).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its name in English.
    pub name_en: String,
    /// Its prefecture.
    pub prefecture: String,
    /// Its schemes.
    pub schemes: Vec<LocalScheme>,
}

/// A national 公費.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalScheme {
    /// Which kind.
    pub scheme: SubsidyScheme,
    /// Its name.
    pub label: String,
    /// Its name in English.
    pub label_en: String,
    /// What the window charges, in date order.
    pub charges: Vec<Dated>,
    /// The first visit date eligibility comes online with the My Number card.
    #[serde(default, with = "crate::dates::serde_opt_date")]
    pub online_from: Option<Date>,
    /// How sure the entry is.
    pub evidence: Vec<Evidence>,
    /// Where it comes from.
    pub sources: Vec<String>,
}

/// The whole table.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipalities {
    /// Format version; must be 1.
    pub version: u32,
    /// The municipalities.
    pub municipalities: Vec<Municipality>,
    /// The national schemes.
    pub national: Vec<NationalScheme>,
}

/// The scheme a patient's subsidy stands for, as the table has it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Found<'a> {
    /// A municipality's scheme.
    Local(&'a Municipality, &'a LocalScheme),
    /// A national one.
    National(&'a NationalScheme),
}

impl Found<'_> {
    /// The charge on a visit date (the last entry from on or before it).
    pub fn charge_on(&self, date: Date) -> Option<Charge> {
        let charges = match self {
            Found::Local(_, scheme) => &scheme.charges,
            Found::National(scheme) => &scheme.charges,
        };
        charges
            .iter()
            .rev()
            .find(|dated| dated.from <= date)
            .map(|dated| dated.charge)
    }

    /// The sources of the entry.
    pub fn sources(&self) -> &[String] {
        match self {
            Found::Local(_, scheme) => &scheme.sources,
            Found::National(scheme) => &scheme.sources,
        }
    }
}

impl Municipalities {
    /// Reads the table (the caller reports errors with the file's name).
    pub fn parse(text: &str) -> Result<Municipalities, crate::wire::InputError> {
        crate::wire::from_ron(text)
    }

    /// The entry for a patient's subsidy: the municipality's scheme of that kind (by the start
    /// of its label when a name is given), or the national scheme.
    pub fn find(&self, subsidy: &Subsidy) -> Option<Found<'_>> {
        if !subsidy.scheme.is_local() {
            return self
                .national
                .iter()
                .find(|n| n.scheme == subsidy.scheme)
                .map(Found::National);
        }
        let city = self
            .municipalities
            .iter()
            .find(|m| Some(m.id.as_str()) == subsidy.municipality.as_deref())?;
        city.schemes
            .iter()
            .filter(|s| s.scheme == subsidy.scheme)
            .find(|s| {
                subsidy
                    .name
                    .as_deref()
                    .is_none_or(|name| s.label.starts_with(name) || s.label_en.starts_with(name))
            })
            .map(|scheme| Found::Local(city, scheme))
    }

    /// Every source id the table cites.
    pub fn cited(&self) -> Vec<&str> {
        self.municipalities
            .iter()
            .flat_map(|m| m.schemes.iter().flat_map(|s| s.sources.iter()))
            .chain(self.national.iter().flat_map(|n| n.sources.iter()))
            .map(String::as_str)
            .collect()
    }
}
