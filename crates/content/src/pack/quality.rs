//! What makes a scenario teach and test well, beyond being valid: every decision offers at
//! least three options; the right option is not given away by being the longest; no fact a
//! variant draws decides the answer while the trainee cannot see it; the documents follow the
//! real formats (an electronic certificate runs to a birthday; a minor's card for five years).

use std::collections::BTreeMap;
use std::sync::Arc;

use madoguchi_play::scenario::documents::documents;
use madoguchi_play::scenario::{Devices, Scenario};
use madoguchi_rules::{Situation, Verdict, dates, judge, rule};

use super::{Finding, FindingKind, ScenarioCheck, locate, locate_in_beat, seed_text};
use crate::i18n::Lang;

/// Fewer options than this in a beat that asks for a decision is a finding.
pub const MIN_OPTIONS: usize = 3;

impl ScenarioCheck<'_> {
    /// Decisions with two options, and a right answer that is the longest line too often.
    pub(super) fn check_options(&self, findings: &mut Vec<Finding>) {
        let def = self.def;
        let text = &self.file.text;
        let scenario = Scenario::checked(def.clone(), self.file.path.clone());
        let (situation, _) = scenario.situation(None);
        let Ok(ruling) = rule(self.policy, &situation) else {
            return;
        };
        let mut decisions = 0;
        let mut longest_right: BTreeMap<Lang, usize> = BTreeMap::new();
        for (id, beat) in &def.beats {
            let count = beat.choices.len();
            if count == 2 {
                findings.push(self.finding(
                    FindingKind::FewOptions,
                    &[
                        ("beat", id.clone()),
                        ("count", count.to_string()),
                        ("min", MIN_OPTIONS.to_string()),
                    ],
                    locate_in_beat(text, id, "choices:"),
                ));
            }
            if count < 2 {
                continue;
            }
            let verdicts: Vec<Verdict> = beat
                .choices
                .iter()
                .map(|c| judge(self.policy, &situation, &ruling, c.action).verdict)
                .collect();
            let right: Vec<usize> = (0..count)
                .filter(|i| verdicts[*i] == Verdict::Right)
                .collect();
            if right.len() != 1 {
                continue;
            }
            decisions += 1;
            for lang in Lang::ALL {
                let length = |i: usize| self.texts.get(lang, &beat.choices[i].text).chars().count();
                let best = length(right[0]);
                if (0..count).all(|i| i == right[0] || length(i) < best) {
                    *longest_right.entry(lang).or_default() += 1;
                }
            }
        }
        for (lang, longest) in longest_right {
            if decisions >= 2 && longest * 2 > decisions {
                findings.push(self.finding(
                    FindingKind::LengthTell,
                    &[
                        ("lang", lang.code().to_owned()),
                        ("longest", longest.to_string()),
                        ("of", decisions.to_string()),
                    ],
                    locate(text, "beats:"),
                ));
            }
        }
    }

    /// The documents' formats: an electronic certificate runs to a birthday, a minor's card
    /// for five years at most.
    pub(super) fn check_formats(
        &self,
        s: &Situation,
        seed: Option<u64>,
        findings: &mut Vec<Finding>,
    ) {
        let Some(card) = s.my_number_card() else {
            return;
        };
        let birth = s.patient.birth_date;
        let on_birthday = |date: jiff::civil::Date| {
            date.month() == birth.month()
                && (date.day() == birth.day()
                    // 29 February: the certificate ends on the 28th in other years.
                    || (birth.month() == 2 && birth.day() == 29 && date.day() == 28))
        };
        let text = &self.file.text;
        if !on_birthday(card.cert_expires) && card.cert_renewed_on.is_none() {
            findings.push(self.finding(
                FindingKind::DocumentFormat,
                &[
                    ("what", "cert_birthday".to_owned()),
                    ("date", card.cert_expires.to_string()),
                    ("birth", birth.to_string()),
                    ("seed", seed_text(seed)),
                ],
                locate(text, "cert_expires"),
            ));
        }
        let adult = self
            .policy
            .calendar()
            .number(madoguchi_rules::NumberKey::AdultAge);
        let age = dates::age_on(birth, s.date);
        let five_years = dates::add_months(s.date, 60);
        if age < adult && card.cert_expires > five_years {
            findings.push(self.finding(
                FindingKind::DocumentFormat,
                &[
                    ("what", "minor_five_years".to_owned()),
                    ("date", card.cert_expires.to_string()),
                    ("birth", birth.to_string()),
                    ("seed", seed_text(seed)),
                ],
                locate(text, "cert_expires"),
            ));
        }
    }

    /// A fact a variant draws that changes the answer to some choice while everything the
    /// trainee can see — the date, the documents, what the reader and terminal show for each
    /// action the scenario offers — stays the same.
    pub(super) fn check_hidden_facts(
        &self,
        scenario: &Arc<Scenario>,
        draws: &[(Option<u64>, Situation)],
        findings: &mut Vec<Finding>,
    ) {
        let def = scenario.def();
        let actions: Vec<madoguchi_rules::Action> = def
            .beats
            .values()
            .flat_map(|b| b.choices.iter().map(|c| c.action))
            .collect();
        let mut seen: Vec<(String, Vec<Verdict>, Option<u64>, &Situation)> = Vec::new();
        for (seed, situation) in draws {
            let Ok(ruling) = rule(self.policy, situation) else {
                continue;
            };
            let docs = documents(self.policy, scenario, situation);
            let mut visible = format!("{:?}|{:?}", situation.date, docs);
            for action in &actions {
                let mut devices = Devices::new(situation);
                let events = devices.react(self.policy, situation, *action);
                visible.push_str(&format!("|{events:?}"));
            }
            let answers: Vec<Verdict> = actions
                .iter()
                .map(|a| judge(self.policy, situation, &ruling, *a).verdict)
                .collect();
            if let Some((_, _, other_seed, other)) = seen
                .iter()
                .find(|(v, a, _, _)| *v == visible && *a != answers)
            {
                let differs = differing_fields(other, situation);
                findings.push(self.finding(
                    FindingKind::HiddenFact,
                    &[
                        ("fields", differs.join(", ")),
                        ("seed", seed_text(*seed)),
                        ("other", seed_text(*other_seed)),
                    ],
                    locate(&self.file.text, "variants:"),
                ));
                return;
            }
            seen.push((visible, answers, *seed, situation));
        }
    }
}

/// The field paths where two situations differ (by their JSON form).
fn differing_fields(a: &Situation, b: &Situation) -> Vec<String> {
    fn walk(path: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<String>) {
        match (a, b) {
            (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
                let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
                for key in keys {
                    let null = serde_json::Value::Null;
                    let next = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    walk(
                        &next,
                        x.get(key).unwrap_or(&null),
                        y.get(key).unwrap_or(&null),
                        out,
                    );
                }
            }
            (serde_json::Value::Array(x), serde_json::Value::Array(y)) if x.len() == y.len() => {
                for (i, (p, q)) in x.iter().zip(y).enumerate() {
                    walk(&format!("{path}[{i}]"), p, q, out);
                }
            }
            _ if a != b => out.push(path.to_owned()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let (Ok(x), Ok(y)) = (serde_json::to_value(a), serde_json::to_value(b)) else {
        return out;
    };
    walk("", &x, &y, &mut out);
    out
}
