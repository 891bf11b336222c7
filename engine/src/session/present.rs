//! Turning what the session decides into words, in Japanese or English, for the terminal and
//! the window alike: lines, device screens, documents, verdicts, rules with their sources, the
//! right handling.

use fluent_bundle::FluentArgs;

use super::{Debrief, Outcome};
use crate::i18n::{Lang, Texts, format_date};
use crate::rules::Situation;
use crate::rules::catalog::source_id;
use crate::rules::judgment::{auth_name, claim_name, prescription_name, route_name};
use crate::rules::{Expected, Judgment, Policy, RuleId, Ruling};
use crate::scenario::documents::{DocumentView, document_views};
use crate::scenario::{DeviceEvent, ReaderScreen, Scenario, TerminalView, Validity, message_args};

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
                format!(
                    "{} {}",
                    self.t(&id),
                    self.t_args("present-options", &[("options", options.join(" / "))])
                )
            }
            ReaderScreen::VisualCheck { passcode } => {
                let detail = if *passcode {
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
            crate::scenario::Query::Card => "terminal-query-card",
            crate::scenario::Query::Numbers => "terminal-query-numbers",
            crate::scenario::Query::Requery => "terminal-query-requery",
        };
        let validity = match view.validity {
            Validity::Valid => "terminal-validity-valid",
            Validity::Invalid => "terminal-validity-invalid",
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
                &self.t(&format!("copay-{}", rate.percent())),
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
        if let Some(auth) = view.auth {
            lines.push(self.labelled(
                &self.t("terminal-auth"),
                &self.t(&format!("auth-{}", auth_name(auth))),
            ));
        }
        if view.cert_expiring {
            lines.push(self.t("terminal-cert-expiring"));
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

    /// The documents the patient shows.
    pub fn documents(&self) -> Vec<DocumentView> {
        let text = |id: &str| self.t(id);
        document_views(self.lang, self.policy, self.scenario, self.situation, &text)
    }

    /// One document as lines.
    pub fn document(&self, view: &DocumentView) -> Vec<String> {
        let mut lines = vec![format!("【{}】", self.t(view.title))];
        for field in &view.fields {
            lines.push(format!(
                "  {}",
                self.labelled(&self.t(field.label), &field.value)
            ));
        }
        if view.faceauth_remark {
            lines.push(format!("  {}", self.t("doc-faceauth-remark")));
        }
        if view.kind == crate::rules::DocumentKind::MyNumberCard && !view.photo {
            lines.push(format!("  {}", self.t("doc-no-photo")));
        }
        lines
    }

    /// A rule with its title, explanation, sources and, where the rulebook is unsure, how sure.
    pub fn rule(&self, rule: RuleId) -> Vec<String> {
        let info = self.policy.rule(rule);
        let mut sources = Vec::new();
        for reference in &info.entry.sources {
            let id = source_id(reference);
            let url = self
                .policy
                .source(id)
                .and_then(|s| s.urls.first().cloned())
                .unwrap_or_default();
            if url.is_empty() {
                sources.push(reference.clone());
            } else {
                sources.push(format!("{reference} {url}"));
            }
        }
        let evidence: Vec<String> = info
            .entry
            .evidence
            .iter()
            .map(|e| self.t(&format!("evidence-{}", e.label())))
            .collect();
        vec![
            format!(
                "{} — {}",
                rule,
                self.texts.rule_title(self.lang, self.policy, rule)
            ),
            format!("  {}", self.texts.rule_text(self.lang, self.policy, rule)),
            format!("  {}: {}", self.t("present-sources"), sources.join(" / ")),
            format!("  {}: {}", self.t("present-evidence"), evidence.join("、")),
        ]
    }

    /// What the right choice was, in words.
    pub fn expected(&self, expected: &Expected) -> String {
        match expected {
            Expected::Route(route) => self.t(&format!("confirmed-{}", route_name(*route))),
            Expected::Copay(rate) => self.t(&format!("copay-{}", rate.percent())),
            Expected::Auth(Some(mode)) => self.t(&format!("auth-{}", auth_name(*mode))),
            Expected::Auth(None) => self.t("auth-none"),
            Expected::Claim(route) => self.t(&format!("claim-{}", claim_name(*route))),
            Expected::Prescription(form) => {
                self.t(&format!("prescription-{}", prescription_name(*form)))
            }
        }
    }

    /// A verdict with the right choice and the rules behind it.
    pub fn judgment(&self, judgment: &Judgment) -> Vec<String> {
        let verdict = crate::i18n::snake_name(&judgment.verdict);
        let mut lines = vec![format!(
            "{} — {}",
            self.t(&format!("verdict-{verdict}")),
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
    pub fn ruling_error(&self, error: &crate::rules::ruling::RulingError) -> String {
        use crate::rules::ruling::RulingError;
        match error {
            RulingError::BeforeCoverage { date, first } => self.t_args(
                "present-ruling-before-coverage",
                &[
                    ("date", format_date(self.lang, *date)),
                    ("first", format_date(self.lang, *first)),
                ],
            ),
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
                &self.t(&format!("confirmed-{}", route_name(ruling.confirmed_by))),
            ),
            self.labelled(
                &self.t("decision-auth"),
                &match ruling.auth {
                    Some(mode) => self.t(&format!("auth-{}", auth_name(mode))),
                    None => self.t("auth-none"),
                },
            ),
            self.labelled(
                &self.t("decision-copay"),
                &self.t(&format!("copay-{}", ruling.copay.percent())),
            ),
            self.labelled(
                &self.t("decision-claim"),
                &self.t(&format!("claim-{}", claim_name(ruling.claim))),
            ),
            self.labelled(
                &self.t("decision-prescription"),
                &self.t(&format!(
                    "prescription-{}",
                    prescription_name(ruling.prescription)
                )),
            ),
            self.t(if ruling.medical_info_sharing {
                "sharing-yes"
            } else {
                "sharing-no"
            }),
        ];
        lines.push(self.t("present-steps"));
        for step in &ruling.steps {
            lines.push(format!(
                "  ・{}",
                self.t(&format!("step-{}", crate::i18n::snake_name(&step.step)))
            ));
        }
        lines.push(self.t("present-prohibited"));
        for prohibition in ruling.prohibited() {
            lines.push(format!(
                "  × {}",
                self.t(&format!(
                    "conduct-{}",
                    crate::i18n::snake_name(&prohibition.conduct)
                ))
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
                    ("device", self.t("reader-title")),
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
                    &[("document", self.t(&format!("document-{}", kind.as_str())))],
                )];
                for view in views.iter().filter(|v| v.kind == *kind) {
                    lines.extend(self.document(view));
                }
                lines
            }
            Outcome::NotShown(_) => vec![self.t("document-none")],
            Outcome::Judged(judgment) => self.judgment(judgment),
            Outcome::Ended(ending) => vec![self.t(&format!("ending-{}", ending.as_str()))],
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
        lines.push(self.t("present-your-decisions"));
        for decision in &debrief.decisions {
            let verdict = crate::i18n::snake_name(&decision.verdict);
            let mut line = format!(
                "  {} — {}",
                self.t(&format!("verdict-{verdict}")),
                self.line(&decision.text)
            );
            if !decision.scored {
                // One way on: a step of the story, not a decision.
                lines.push(format!(
                    "  {} — {}{}",
                    self.t("present-step"),
                    self.line(&decision.text),
                    self.t_args("present-aside", &[("text", self.t("present-unscored"))])
                ));
                continue;
            }
            if let Some(expected) = &decision.expected
                && decision.verdict != crate::rules::Verdict::Right
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
                self.t(&format!("decision-{}", crate::i18n::snake_name(missing)))
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
}
