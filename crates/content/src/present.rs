//! Turning what the session decides into words, in Japanese or English, for the terminal and
//! the window alike: lines, device screens, documents, verdicts, rules with their sources, the
//! right handling.

use fluent_bundle::{FluentArgs, FluentValue};
use jiff::civil::Date;
use madoguchi_play::assessment::DrawError;
use madoguchi_play::scenario::documents::{Document, InsurerKind, InsurerName, Value, documents};
use madoguchi_play::scenario::{
    DeviceEvent, Query, ReaderScreen, Scenario, TerminalView, Validity,
};
use madoguchi_play::session::{Debrief, Outcome};
use madoguchi_rules::catalog::source_id;
use madoguchi_rules::{
    DocumentKind, Expected, Judgment, Name, Policy, Presented, RuleId, Ruling, RulingError,
    Situation, Verdict, dates,
};

use crate::i18n::{Lang, Texts, format_date};

/// A document in words, as the window and the terminal show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordedDocument {
    /// Which document.
    pub kind: DocumentKind,
    /// Its title.
    pub title: String,
    /// Its fields as (label, value), top to bottom.
    pub fields: Vec<(String, String)>,
    /// The 追記欄 remark of a 顔認証 card, if any.
    pub faceauth_remark: Option<String>,
    /// Whether the card has a photo.
    pub photo: bool,
    /// Whose face the photo shows when it is not the patient's (someone else's card): their
    /// sex and age on the visit date.
    pub photo_of_other: Option<(madoguchi_play::scenario::Sex, i32)>,
    /// The printed end of validity, if any.
    pub valid_until: Option<String>,
}

/// A date in the Japanese era calendar, as the My Number card prints a Japanese national's
/// birth date (`昭和53年9月3日`); the Gregorian form in English.
pub fn era_date(lang: Lang, date: Date) -> String {
    if lang == Lang::En {
        return format_date(lang, date);
    }
    let eras = [
        (Date::constant(2019, 5, 1), "令和", 2019),
        (Date::constant(1989, 1, 8), "平成", 1989),
        (Date::constant(1926, 12, 25), "昭和", 1926),
        (Date::constant(1912, 7, 30), "大正", 1912),
    ];
    for (start, name, first_year) in eras {
        if date >= start {
            let year = i32::from(date.year()) - first_year + 1;
            let year = if year == 1 {
                "元".to_owned()
            } else {
                year.to_string()
            };
            return format!("{name}{year}年{}月{}日", date.month(), date.day());
        }
    }
    format_date(lang, date)
}

/// The fluent arguments every scenario message may use, for the drawn situation: `name`,
/// `kana`, `age`, `visit_date`, `time`, `birth_date`, and the dates on the documents
/// (`cert_expires`, `card_expires`, `certificate_expires`, `old_card_expires`).
pub fn message_args(lang: Lang, scenario: &Scenario, situation: &Situation) -> FluentArgs<'static> {
    let cast = &scenario.def().cast;
    let mut args = FluentArgs::new();
    let mut set = |name: &'static str, value: String| args.set(name, FluentValue::from(value));
    set("name", cast.name.clone());
    set("kana", cast.kana.clone());
    set(
        "age",
        dates::age_on(situation.patient.birth_date, situation.date).to_string(),
    );
    set("visit_date", format_date(lang, situation.date));
    set("time", cast.time.clone());
    set(
        "birth_date",
        format_date(lang, situation.patient.birth_date),
    );
    for item in &situation.presented {
        match item {
            Presented::MyNumberCard(card) => {
                set("cert_expires", format_date(lang, card.cert_expires));
                if let Some(body) = card.card_expires {
                    set("card_expires", format_date(lang, body));
                }
            }
            Presented::EligibilityCertificate(doc) => {
                set("certificate_expires", format_date(lang, doc.expires));
            }
            Presented::InsuranceCard(card) => {
                if let Some(expires) = card.expires {
                    set("old_card_expires", format_date(lang, expires));
                }
            }
            _ => {}
        }
    }
    args
}

/// The names of the fluent arguments [`message_args`] can give.
pub const MESSAGE_ARGS: &[&str] = &[
    "name",
    "kana",
    "age",
    "visit_date",
    "time",
    "birth_date",
    "cert_expires",
    "card_expires",
    "certificate_expires",
    "old_card_expires",
];

/// Words for one play-through.
pub struct Presenter<'a> {
    /// The texts (Madoguchi's and the pack's).
    pub texts: &'a Texts,
    /// The language.
    pub lang: Lang,
    /// The policy.
    pub policy: &'a Policy,
    /// The scenario.
    pub scenario: &'a Scenario,
    /// The drawn situation.
    pub situation: &'a Situation,
}

impl Presenter<'_> {
    /// A message of Madoguchi's own.
    pub fn t(&self, id: &str) -> String {
        self.texts.get(self.lang, id)
    }

    /// A message with string arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, String)]) -> String {
        self.texts.get_args(self.lang, id, args)
    }

    /// What the eligibility terminal shows before anything is queried: an empty screen, or the
    /// communication error it keeps showing while the clinic's network is down.
    pub fn terminal_idle(&self) -> String {
        if self.situation.clinic.network == madoguchi_rules::Network::Down {
            self.t("terminal-offline")
        } else {
            self.t("terminal-not_queried")
        }
    }

    /// "label: value" as the language punctuates it.
    pub fn labelled(&self, label: &str, value: &str) -> String {
        self.t_args(
            "present-labelled",
            &[("label", label.to_owned()), ("value", value.to_owned())],
        )
    }

    /// A scenario message, with the scenario's arguments (name, age, dates…).
    pub fn line(&self, id: &str) -> String {
        let args: FluentArgs = message_args(self.lang, self.scenario, self.situation);
        self.texts.get_with(self.lang, id, &args)
    }

    /// The options the engine rules right at a beat, in the words the trainee saw them, one
    /// per line (none if no option there is right).
    pub fn right_lines(&self, ruling: &madoguchi_rules::Ruling, beat: &str) -> Option<String> {
        let right: Vec<String> = self
            .scenario
            .beat(beat)?
            .choices
            .iter()
            .filter(|choice| {
                madoguchi_rules::judge(self.policy, self.situation, ruling, choice.action).verdict
                    == madoguchi_rules::Verdict::Right
            })
            .map(|choice| self.line(&choice.text))
            .collect();
        (!right.is_empty()).then(|| right.join("\n"))
    }

    /// The reader's name: at a home visit the visit device (the 居宅同意取得型 app), else the
    /// clinic's face-recognition card reader.
    pub fn reader_title(&self) -> String {
        self.t(
            if self.situation.setting == madoguchi_rules::Setting::HomeVisit {
                "reader-title-home_visit"
            } else {
                "reader-title"
            },
        )
    }

    /// The scenario's title.
    pub fn title(&self) -> String {
        self.line(&self.scenario.def().title)
    }

    /// What the reader's screen says.
    pub fn reader(&self, screen: &ReaderScreen) -> String {
        let id = format!("reader-{}", screen.name());
        match screen {
            ReaderScreen::PinWrong { tries_left } => {
                self.t_args(&id, &[("tries_left", tries_left.to_string())])
            }
            ReaderScreen::CertAlert { expires } => {
                self.t_args(&id, &[("expires", format_date(self.lang, *expires))])
            }
            ReaderScreen::CertGraceNotice { expires, grace_end } => self.t_args(
                &id,
                &[
                    ("expires", format_date(self.lang, *expires)),
                    ("grace_end", format_date(self.lang, *grace_end)),
                ],
            ),
            ReaderScreen::ChooseMethod {
                face,
                pin,
                smartphone,
            } => {
                let mut options = Vec::new();
                if *face {
                    options.push(self.t("reader-choose_method-face"));
                }
                if *pin {
                    options.push(self.t("reader-choose_method-pin"));
                }
                if *smartphone {
                    options.push(self.t("reader-choose_method-smartphone"));
                }
                // Nothing the patient can choose (a 顔認証 card at a home visit, where the
                // device has no camera check): staff confirm by sight.
                if options.is_empty() {
                    return format!(
                        "{} — {}",
                        self.t("reader-visual_check"),
                        self.t("reader-visual_check-home_visit")
                    );
                }
                format!(
                    "{} {}",
                    self.t(&id),
                    self.t_args("present-options", &[("options", options.join(" / "))])
                )
            }
            ReaderScreen::VisualCheck { passcode } => {
                let home = self.situation.setting == madoguchi_rules::Setting::HomeVisit;
                let detail = if home {
                    "reader-visual_check-home_visit"
                } else if *passcode {
                    "reader-visual_check-passcode"
                } else {
                    "reader-visual_check-terminal"
                };
                format!("{} — {}", self.t(&id), self.t(detail))
            }
            _ => self.t(&id),
        }
    }

    /// The terminal's result as lines.
    pub fn terminal(&self, view: &TerminalView) -> Vec<String> {
        let cast = &self.scenario.def().cast;
        let query = match view.query {
            Query::Card => "terminal-query-card",
            Query::Numbers => "terminal-query-numbers",
            Query::Requery => "terminal-query-requery",
        };
        let validity = match view.validity {
            Validity::Valid => "terminal-validity-valid",
            Validity::Invalid => "terminal-validity-invalid",
            Validity::InvalidNewExists => "terminal-validity-invalid_new_exists",
            Validity::NoRecord => "terminal-validity-no_record",
            Validity::Error => "terminal-validity-error",
        };
        let mut lines = vec![
            self.t(query),
            self.labelled(&self.t("terminal-validity"), &self.t(validity)),
        ];
        if view.validity == Validity::Error {
            return lines;
        }
        if view.validity != Validity::NoRecord {
            let name = cast
                .terminal_name
                .clone()
                .unwrap_or_else(|| cast.name.clone());
            lines.push(self.labelled(&self.t("terminal-name"), &name));
            lines.push(self.labelled(&self.t("terminal-kana"), &cast.kana));
            lines.push(self.labelled(
                &self.t("terminal-birth"),
                &format_date(self.lang, self.situation.patient.birth_date),
            ));
        }
        if let Some(rate) = view.copay {
            lines.push(self.labelled(
                &self.t("terminal-copay"),
                &self.t(&format!("copay-{}", rate.name())),
            ));
        }
        if view.preschool {
            lines.push(self.t("terminal-preschool"));
        }
        if let Some(lost) = view.lost_on {
            lines.push(format!(
                "{}  {}",
                self.labelled(&self.t("terminal-lost"), &format_date(self.lang, lost)),
                self.t("terminal-lost-reason")
            ));
        }
        // 資格（無効）shows the lost record's numbers, as the real terminal does.
        if view.validity == Validity::Invalid {
            let numbers = madoguchi_play::scenario::documents::patient_numbers(
                self.scenario,
                self.situation,
                false,
            );
            let mut parts =
                vec![self.labelled(&self.t("doc-field-insurer_number"), &numbers.insurer)];
            if let Some(symbol) = &numbers.symbol {
                parts.push(self.labelled(&self.t("doc-field-symbol"), symbol));
            }
            parts.push(self.labelled(&self.t("doc-field-number"), &numbers.number));
            if let Some(branch) = &numbers.branch {
                parts.push(self.labelled(&self.t("doc-field-branch"), branch));
            }
            lines.push(parts.join("  "));
        }
        if let Some(auth) = view.auth {
            lines.push(self.labelled(
                &self.t("terminal-auth"),
                &self.t(&format!("auth-{}", auth.name())),
            ));
        }
        if view.cert_expiring {
            lines.push(self.t("terminal-cert-expiring"));
        }
        if let Some(scheme) = view.subsidy {
            lines.push(self.labelled(
                &self.t("terminal-subsidy"),
                &self.t(&format!("subsidy-scheme-{}", scheme.name())),
            ));
        }
        if view.validity == Validity::Valid {
            lines.push(self.t(if view.consent {
                "terminal-consent-yes"
            } else {
                "terminal-consent-no"
            }));
        }
        lines
    }

    /// The documents the patient shows, in words.
    pub fn documents(&self) -> Vec<WordedDocument> {
        documents(self.policy, self.scenario, self.situation)
            .iter()
            .map(|doc| self.worded(doc))
            .collect()
    }

    /// One document in words.
    pub fn worded(&self, doc: &Document) -> WordedDocument {
        WordedDocument {
            kind: doc.kind,
            title: self.t(doc.title),
            fields: doc
                .fields
                .iter()
                .map(|field| (self.t(field.label), self.value(&field.value)))
                .collect(),
            faceauth_remark: doc.faceauth_remark.then(|| self.t("doc-faceauth-remark")),
            photo: doc.photo,
            photo_of_other: (doc.kind == DocumentKind::MyNumberCard)
                .then(|| self.situation.my_number_card())
                .flatten()
                .filter(|card| card.someone_else)
                .map(|_| {
                    let cast = &self.scenario.def().cast;
                    let (sex, birth) = madoguchi_play::scenario::documents::other_holder(
                        cast.sex,
                        self.situation.patient.birth_date,
                    );
                    (sex, dates::age_on(birth, self.situation.date))
                }),
            valid_until: doc.valid_until.map(|d| format_date(self.lang, d)),
        }
    }

    /// A document's value in words.
    pub fn value(&self, value: &Value) -> String {
        match value {
            Value::Text(text) | Value::Digits(text) => text.clone(),
            Value::Date(date) => format_date(self.lang, *date),
            Value::EraDate(date) => era_date(self.lang, *date),
            Value::NoDate => self.t("doc-no-date"),
            Value::Sex(sex) => self.t(&format!("doc-sex-{}", sex.name())),
            Value::Phone(os) => self.t(&format!("doc-phone-{}", os.name())),
            Value::Rate(rate) => self.t(&format!("copay-{}", rate.name())),
            Value::Insurer(InsurerName::Named(name)) => name.clone(),
            Value::Insurer(InsurerName::Usual(kind)) => {
                self.t(&format!("doc-insurer-{}", kind.name()))
            }
            Value::Insurer(InsurerName::Previous(kind)) => {
                self.t(&format!("doc-insurer-previous-{}", kind.name()))
            }
            Value::Named { ja, en } => match self.lang {
                Lang::Ja => ja.clone(),
                Lang::En => en.clone(),
            },
            Value::Charge(charge) => self.charge(*charge),
        }
    }

    /// What the window charges under a 公費, in words.
    pub fn charge(&self, charge: madoguchi_rules::Charge) -> String {
        use madoguchi_rules::Charge;
        match charge {
            Charge::Free => self.t("charge-free"),
            Charge::PerVisit(yen) => self.t_args("charge-per_visit", &[("yen", yen.to_string())]),
            Charge::PerDay {
                yen,
                days,
                monthly_cap,
            } => self.t_args(
                "charge-per_day",
                &[
                    ("yen", yen.to_string()),
                    ("days", days.to_string()),
                    ("cap", monthly_cap.to_string()),
                ],
            ),
            Charge::Share(percent) => {
                self.t_args("charge-share", &[("wari", (percent / 10).to_string())])
            }
        }
    }

    /// One document as lines.
    pub fn document(&self, doc: &WordedDocument) -> Vec<String> {
        let mut lines = vec![format!("【{}】", doc.title)];
        for (label, value) in &doc.fields {
            lines.push(format!("  {}", self.labelled(label, value)));
        }
        if let Some(remark) = &doc.faceauth_remark {
            lines.push(format!("  {remark}"));
        }
        if doc.kind == DocumentKind::MyNumberCard && !doc.photo {
            lines.push(format!("  {}", self.t("doc-no-photo")));
        }
        lines
    }

    /// A rule's sources as a trainee reads them: each source's title (cut to a readable
    /// length) with the section cited, and its address when it has one — never a bare id.
    pub fn sources(&self, rule: RuleId) -> Vec<(String, Option<String>)> {
        const LONGEST: usize = 48;
        self.policy
            .rule(rule)
            .entry
            .sources
            .iter()
            .map(|reference| {
                let id = source_id(reference);
                let section = reference[id.len()..].trim();
                let Some(source) = self.policy.source(id) else {
                    return (reference.clone(), None);
                };
                let mut title: String = source.title.chars().take(LONGEST).collect();
                if source.title.chars().count() > LONGEST {
                    title.push('…');
                }
                if !section.is_empty() {
                    title = format!("{title} {section}");
                }
                (title, source.urls.first().cloned())
            })
            .collect()
    }

    /// A rule with its title, explanation, sources and, where the rulebook is unsure, how sure.
    pub fn rule(&self, rule: RuleId) -> Vec<String> {
        let info = self.policy.rule(rule);
        let sources: Vec<String> = self
            .sources(rule)
            .into_iter()
            .map(|(title, url)| match url {
                Some(url) => format!("{title} <{url}>"),
                None => title,
            })
            .collect();
        let evidence: Vec<String> = info
            .entry
            .evidence
            .iter()
            .map(|e| self.t(&format!("evidence-{}", e.label())))
            .collect();
        // The title, not the rule's id: ids are for the files, never for the trainee.
        vec![
            self.texts.rule_title(self.lang, self.policy, rule),
            format!("  {}", self.texts.rule_text(self.lang, self.policy, rule)),
            format!(
                "  {}",
                self.labelled(&self.t("present-sources"), &sources.join(" / "))
            ),
            format!(
                "  {}",
                self.labelled(
                    &self.t("present-evidence"),
                    &evidence.join(&self.t("present-list-sep"))
                )
            ),
        ]
    }

    /// What the right choice was, in words.
    pub fn expected(&self, expected: &Expected) -> String {
        match expected {
            Expected::Route(route) => self.t(&format!("confirmed-{}", route.name())),
            Expected::Copay(rate) => self.t(&format!("copay-{}", rate.name())),
            Expected::Auth(Some(mode)) => self.t(&format!("auth-{}", mode.name())),
            Expected::Auth(None) => self.t("auth-none"),
            Expected::Claim(route) => self.t(&format!("claim-{}", route.name())),
            Expected::Prescription(form) => self.t(&format!("prescription-{}", form.name())),
            Expected::Subsidy(applies) => self.t(if *applies {
                "subsidy-applies"
            } else {
                "subsidy-not-applied"
            }),
        }
    }

    /// A verdict with the right choice and the rules behind it.
    pub fn judgment(&self, judgment: &Judgment) -> Vec<String> {
        let mut lines = vec![format!(
            "{} — {}",
            self.t(&format!("verdict-{}", judgment.verdict.name())),
            self.t(&judgment.action.message_id())
        )];
        if let Some(expected) = &judgment.expected {
            lines.push(self.labelled(&self.t("present-right-answer"), &self.expected(expected)));
        }
        for rule in judgment.rules.iter() {
            lines.extend(self.rule(rule));
        }
        lines
    }

    /// Why a ruling could not be made (a what-if outside the rules' coverage), in the language.
    pub fn ruling_error(&self, error: &RulingError) -> String {
        match error {
            RulingError::BeforeCoverage { date, first } => self.t_args(
                "present-ruling-before-coverage",
                &[
                    ("date", format_date(self.lang, *date)),
                    ("first", format_date(self.lang, *first)),
                ],
            ),
            RulingError::Inconsistent(problem) => {
                Self::inconsistency(self.texts, self.lang, problem)
            }
            RulingError::BornAfterVisit { birth, date } => self.t_args(
                "present-ruling-born-after-visit",
                &[
                    ("birth", format_date(self.lang, *birth)),
                    ("date", format_date(self.lang, *date)),
                ],
            ),
        }
    }

    /// The right handling, as a list.
    pub fn ruling(&self, ruling: &Ruling) -> Vec<String> {
        let mut lines = vec![
            self.labelled(
                &self.t("decision-route"),
                &self.t(&format!("confirmed-{}", ruling.confirmed_by.name())),
            ),
            self.labelled(
                &self.t("decision-auth"),
                &match ruling.auth {
                    Some(mode) => self.t(&format!("auth-{}", mode.name())),
                    // The reader did not authenticate, but staff compare the card's photo:
                    // that is the identity check of these routes (content review W4).
                    None if matches!(
                        ruling.confirmed_by,
                        madoguchi_rules::ConfirmedBy::CardWithNotice
                            | madoguchi_rules::ConfirmedBy::Declaration
                    ) && self.situation.my_number_card().is_some_and(|c| c.photo) =>
                    {
                        self.t("auth-card-photo")
                    }
                    None => self.t("auth-none"),
                },
            ),
            self.labelled(
                &self.t("decision-copay"),
                &self.t(&format!("copay-{}", ruling.copay.name())),
            ),
            self.labelled(
                &self.t("decision-claim"),
                &self.t(&format!("claim-{}", ruling.claim.name())),
            ),
            self.labelled(
                &self.t("decision-prescription"),
                &self.t(&format!("prescription-{}", ruling.prescription.name())),
            ),
            self.t(if ruling.medical_info_sharing {
                "sharing-yes"
            } else {
                "sharing-no"
            }),
        ];
        if let Some(subsidy) = &ruling.subsidy {
            let route = match subsidy.not_applied {
                Some(why) => format!(
                    "{}{}",
                    self.t("subsidy-route-not_applied"),
                    self.t_args(
                        "present-aside",
                        &[(
                            "text",
                            self.t(&format!("subsidy-not_applied-{}", why.name()))
                        )]
                    )
                ),
                None => self.t(&format!("subsidy-route-{}", subsidy.route.name())),
            };
            lines.push(self.t_args(
                "present-subsidy",
                &[
                    (
                        "scheme",
                        self.t(&format!("subsidy-scheme-{}", subsidy.scheme.name())),
                    ),
                    ("route", route),
                ],
            ));
            if let Some(charge) = subsidy.charge.filter(|_| subsidy.applies()) {
                lines.push(
                    self.t_args("present-subsidy-charge", &[("charge", self.charge(charge))]),
                );
            }
        }
        lines.push(self.t("present-steps"));
        for step in &ruling.steps {
            lines.push(format!(
                "  ・{}",
                self.t(&format!("step-{}", step.step.name()))
            ));
        }
        lines.push(self.t("present-prohibited"));
        for prohibition in ruling.prohibited() {
            lines.push(format!(
                "  × {}",
                self.t(&format!("conduct-{}", prohibition.conduct.name()))
            ));
        }
        lines
    }

    /// One outcome as lines (verdicts included).
    pub fn outcome(&self, outcome: &Outcome) -> Vec<String> {
        match outcome {
            Outcome::Line(id) => vec![self.t_args(
                "present-line",
                &[("text", self.line(id).trim_matches(['「', '」']).to_owned())],
            )],
            Outcome::Said(id) => vec![self.t_args("present-said", &[("text", self.line(id))])],
            Outcome::Device(DeviceEvent::Reader(screen)) => vec![self.t_args(
                "present-device",
                &[
                    ("device", self.reader_title()),
                    ("text", self.reader(screen)),
                ],
            )],
            Outcome::Device(DeviceEvent::Terminal(view)) => {
                let mut lines = vec![self.t_args(
                    "present-device",
                    &[
                        ("device", self.t("terminal-title")),
                        ("text", String::new()),
                    ],
                )];
                lines.extend(self.terminal(view).into_iter().map(|l| format!("  {l}")));
                lines
            }
            Outcome::Shown(kind) => {
                let views = self.documents();
                let mut lines = vec![self.t_args(
                    "document-shown",
                    &[("document", self.t(&format!("document-{}", kind.name())))],
                )];
                for doc in views.iter().filter(|v| v.kind == *kind) {
                    lines.extend(self.document(doc));
                }
                lines
            }
            Outcome::NotShown(_) => vec![self.t("document-none")],
            Outcome::Judged(judgment) => self.judgment(judgment),
            Outcome::Ended(ending) => vec![self.t(&format!("ending-{}", ending.name()))],
        }
    }

    /// The debrief as lines.
    pub fn debrief(&self, debrief: &Debrief) -> Vec<String> {
        let mut lines = vec![self.t_args(
            "present-score",
            &[
                ("points", debrief.score.points.to_string()),
                ("max", debrief.score.max.to_string()),
                ("percent", format!("{:.0}", debrief.score.ratio() * 100.0)),
            ],
        )];
        if debrief.prohibited > 0 {
            lines.push(self.t_args(
                "present-prohibited-count",
                &[("count", debrief.prohibited.to_string())],
            ));
        }
        // Neutral: the same lines are read by the trainee and by a manager in the records.
        lines.push(self.t("present-decisions"));
        // A free-play debrief keeps acts by their keys: worded from the act, not the pack.
        let said = |text: &str| match debrief.style {
            madoguchi_play::session::PlayStyle::Free => madoguchi_play::free::Act::from_key(text)
                .map_or_else(|| text.to_owned(), |act| self.t(&act.label_id())),
            madoguchi_play::session::PlayStyle::Guided => self.line(text),
        };
        for decision in &debrief.decisions {
            let mut line = format!(
                "  {} — {}",
                self.t(&format!("verdict-{}", decision.verdict.name())),
                said(&decision.text)
            );
            if !decision.scored {
                // One way on: a step of the story, not a decision.
                lines.push(format!(
                    "  {} — {}{}",
                    self.t("present-step"),
                    said(&decision.text),
                    self.t_args("present-aside", &[("text", self.t("present-unscored"))])
                ));
                continue;
            }
            if let Some(expected) = &decision.expected
                && decision.verdict != Verdict::Right
            {
                line.push_str(&self.t_args(
                    "present-aside",
                    &[(
                        "text",
                        self.labelled(&self.t("present-right-answer"), &self.expected(expected)),
                    )],
                ));
            }
            lines.push(line);
        }
        for missing in &debrief.missing {
            lines.push(format!(
                "  {} — {}",
                self.t("present-missing"),
                self.t(&format!("decision-{}", missing.name()))
            ));
        }
        for step in &debrief.missed_steps {
            lines.push(format!(
                "  {} — {}",
                self.t("present-missed-step"),
                self.t(&format!("step-{}", step.name()))
            ));
        }
        lines.push(self.t("present-right-handling"));
        lines.extend(
            self.ruling(&debrief.ruling)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
        lines.push(self.t("present-rules"));
        for rule in debrief.rules.iter() {
            lines.extend(self.rule(rule).into_iter().map(|l| format!("  {l}")));
        }
        if let Some(seed) = debrief.seed {
            lines.push(self.t_args("present-seed", &[("seed", seed.to_string())]));
        }
        lines
    }

    /// Facts that cannot hold together, in the language (the field and what is wrong).
    pub fn inconsistency(
        texts: &Texts,
        lang: Lang,
        problem: &madoguchi_rules::Inconsistency,
    ) -> String {
        texts.get_args(lang, &problem.message_id(), &problem.args())
    }

    /// Why an assessment cannot be drawn, in the language.
    pub fn draw_error(texts: &Texts, lang: Lang, error: &DrawError) -> String {
        match error {
            DrawError::TooFew { needed, asked } => texts.get_args(
                lang,
                "exam-too-few",
                &[("needed", needed.to_string()), ("asked", asked.to_string())],
            ),
            DrawError::NotEnough { asked, missing } => texts.get_args(
                lang,
                "exam-not-enough",
                &[("asked", asked.to_string()), ("missing", missing.clone())],
            ),
        }
    }
}

/// The usual insurer names, for the completeness tests: `doc-insurer-<kind>` and
/// `doc-insurer-previous-<kind>`.
pub fn insurer_message_ids() -> Vec<String> {
    use madoguchi_rules::VariantArray;
    InsurerKind::VARIANTS
        .iter()
        .flat_map(|kind| {
            [
                format!("doc-insurer-{}", kind.name()),
                format!("doc-insurer-previous-{}", kind.name()),
            ]
        })
        .collect()
}
