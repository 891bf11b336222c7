//! Free play in words: the objects and their acts for the menu, what the receptionist says,
//! what the patient answers (the author's line where the scenario gives one, the engine's
//! generic line otherwise), the devices, refusals, and the whole-handling debrief — part by
//! part, step by step, with the rules and their sources.

use fluent_bundle::{FluentArgs, FluentValue};
use madoguchi_play::free::{
    Act, Consequence, Event, FreeEnd, Intent, Object, PartResult, PatientLine, Refusal,
    WholeDebrief, whole::RemarkKind,
};
use madoguchi_play::scenario::DeviceEvent;
use madoguchi_rules::{Name, Verdict};

use crate::present::{Presenter, message_args};

impl Presenter<'_> {
    fn free_args(&self) -> FluentArgs<'static> {
        let mut args = message_args(self.lang, self.scenario, self.situation);
        let mood: &'static str = self.scenario.def().cast.mood.into();
        args.set("mood", FluentValue::from(mood));
        let companion: &'static str = self.scenario.def().cast.companion.into();
        args.set("companion", FluentValue::from(companion));
        let capacity: &'static str = self.situation.patient.capacity.into();
        args.set("capacity", FluentValue::from(capacity));
        let setting: &'static str = self.situation.setting.into();
        args.set("setting", FluentValue::from(setting));
        args
    }

    /// A free-play message of Madoguchi's with the scenario's arguments (name, age, mood…).
    pub fn free_text(&self, id: &str) -> String {
        self.texts.get_with(self.lang, id, &self.free_args())
    }

    /// How the patient arrives: at the window, or at their home on a visit; with whom; and
    /// whether they can use the reader themselves.
    pub fn arrival(&self) -> Vec<String> {
        let mut lines = vec![self.free_text("free-arrives")];
        if self.situation.setting == madoguchi_rules::Setting::HomeVisit {
            lines.push(self.free_text("free-arrives-home"));
        }
        if self.situation.patient.capacity == madoguchi_rules::Capacity::CannotOperate {
            lines.push(self.free_text("free-arrives-cannot_operate"));
        }
        lines
    }

    /// An object's name.
    pub fn object_label(&self, object: Object) -> String {
        self.t(&object.label_id())
    }

    /// A group heading of the patient's acts.
    pub fn intent_label(&self, intent: Intent) -> String {
        self.t(&intent.label_id())
    }

    /// An act as the menu lists it.
    pub fn act_label(&self, act: Act) -> String {
        self.t(&act.label_id())
    }

    /// What the receptionist says (for speech) or does, for the transcript.
    pub fn act_said(&self, act: Act) -> String {
        let id = format!("free-say-{}", act.key());
        if self.texts.has(self.lang, &id) {
            self.t_args("present-said", &[("text", self.free_text(&id))])
        } else {
            self.t_args("free-did", &[("text", self.act_label(act))])
        }
    }

    /// What the patient says: the author's line if the scenario has one for it.
    pub fn patient_line(&self, line: PatientLine) -> String {
        let text = match self.scenario.def().free_lines.get(&line.key()) {
            Some(id) => self.line(id),
            None => self.free_text(&line.message_id()),
        };
        self.t_args(
            "present-line",
            &[("text", text.trim_matches(['「', '」']).to_owned())],
        )
    }

    /// Why an act was refused.
    pub fn refusal(&self, refusal: Refusal) -> String {
        match refusal {
            Refusal::NotOnCounter(kind) => self.t_args(
                &refusal.message_id(),
                &[("document", self.t(&format!("document-{}", kind.name())))],
            ),
            _ => self.t(&refusal.message_id()),
        }
    }

    /// One free-play event as lines.
    pub fn free_event(&self, event: &Event) -> Vec<String> {
        match event {
            Event::Did(act) => vec![self.act_said(*act)],
            Event::Patient(line) => {
                let mut lines = vec![self.patient_line(*line)];
                if let PatientLine::HandsOver(kind) = line {
                    for doc in self.documents().iter().filter(|d| d.kind == *kind) {
                        lines.extend(self.document(doc));
                    }
                }
                lines
            }
            Event::Device(DeviceEvent::Reader(screen)) => vec![self.t_args(
                "present-device",
                &[
                    ("device", self.reader_title()),
                    ("text", self.reader(screen)),
                ],
            )],
            Event::Device(DeviceEvent::Terminal(view)) => {
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
            Event::Examined(kind) => {
                let mut lines = Vec::new();
                for doc in self.documents().iter().filter(|d| d.kind == *kind) {
                    lines.extend(self.document(doc));
                }
                lines
            }
            Event::Consequence(consequence) => vec![self.consequence(*consequence)],
            Event::Ended(end) => vec![self.t(&end_id(*end))],
        }
    }

    /// A consequence in words.
    pub fn consequence(&self, consequence: Consequence) -> String {
        self.free_text(&consequence.message_id())
    }

    /// One part of the debrief: what was done beside what the ruling says.
    pub fn part_lines(&self, debrief: &WholeDebrief, part: &PartResult) -> Vec<String> {
        let name: &'static str = part.part.into();
        let done = match part.decided_by {
            Some(index) => self.act_label(debrief.acts[index].act),
            None => self.t("free-debrief-not-decided"),
        };
        let verdict = match part.verdict {
            Some(verdict) => self.t(&format!("verdict-{}", verdict.name())),
            None => self.t("free-debrief-undecided"),
        };
        let mut lines = vec![self.t_args(
            "free-debrief-part",
            &[
                ("part", self.t(&format!("free-part-{name}"))),
                ("verdict", verdict),
                ("done", done),
                ("expected", self.expected(&part.expected)),
                ("points", part.points.to_string()),
                ("max", part.max.to_string()),
            ],
        )];
        if part.unsupported {
            lines.push(format!("    {}", self.t("free-debrief-unsupported")));
        }
        if part.verdict != Some(Verdict::Right) {
            for rule in part.rules.iter() {
                lines.extend(self.rule(rule).into_iter().map(|l| format!("    {l}")));
            }
        }
        lines
    }

    /// The whole-handling debrief as lines (the terminal, the records' drill-down).
    pub fn free_debrief(&self, debrief: &WholeDebrief) -> Vec<String> {
        let mut lines = vec![self.t_args(
            "present-score",
            &[
                ("points", debrief.score.points.to_string()),
                ("max", debrief.score.max.to_string()),
                ("percent", format!("{:.0}", debrief.score.ratio() * 100.0)),
            ],
        )];
        if let Some(end) = debrief.end {
            lines.push(self.t(&end_id(end)));
        }
        lines.push(self.t_args(
            "free-debrief-clock",
            &[
                ("minutes", (debrief.clock_s / 60).to_string()),
                ("seconds", (debrief.clock_s % 60).to_string()),
                ("acts", debrief.acts.len().to_string()),
            ],
        ));
        if debrief.prohibited > 0 {
            lines.push(self.t_args(
                "present-prohibited-count",
                &[("count", debrief.prohibited.to_string())],
            ));
        }
        lines.push(self.t("free-debrief-parts"));
        for part in &debrief.parts {
            lines.extend(self.part_lines(debrief, part));
        }
        if !debrief.steps.is_empty() {
            lines.push(self.t("free-debrief-steps"));
        }
        for step in &debrief.steps {
            let mark = if step.taken {
                "free-debrief-step-taken"
            } else {
                "free-debrief-step-missed"
            };
            lines.push(self.t_args(
                mark,
                &[("step", self.t(&format!("step-{}", step.step.name())))],
            ));
            if !step.taken {
                for rule in step.rules.iter() {
                    lines.extend(self.rule(rule).into_iter().map(|l| format!("    {l}")));
                }
            }
        }
        if !debrief.remarks.is_empty() {
            lines.push(self.t("free-debrief-remarks"));
        }
        for remark in &debrief.remarks {
            let kind: &'static str = remark.kind.into();
            lines.push(self.t_args(
                &format!("free-remark-{kind}"),
                &[
                    ("act", self.act_label(remark.act)),
                    ("penalty", remark.kind.penalty().to_string()),
                ],
            ));
            if remark.kind != RemarkKind::Needless {
                for rule in remark.rules.iter() {
                    lines.extend(self.rule(rule).into_iter().map(|l| format!("    {l}")));
                }
            }
        }
        if !debrief.consequences.is_empty() {
            lines.push(self.t("free-debrief-consequences"));
            for consequence in &debrief.consequences {
                lines.push(format!("  ・{}", self.consequence(*consequence)));
            }
        }
        lines.push(self.t("present-right-handling"));
        lines.extend(
            self.ruling(&debrief.ruling)
                .into_iter()
                .map(|l| format!("  {l}")),
        );
        lines.push(self.t("free-debrief-transcript"));
        for (n, done) in debrief.acts.iter().enumerate() {
            lines.push(format!("  {:>2}. {}", n + 1, self.act_label(done.act)));
        }
        lines
    }
}

/// The fluent id of an ending: `free-end-<name>`.
pub fn end_id(end: FreeEnd) -> String {
    let name: &'static str = end.into();
    format!("free-end-{name}")
}
