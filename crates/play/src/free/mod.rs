//! Free play (窓口モード): the trainee acts on the objects of the window — the patient, the
//! reader, the terminal, each document on the counter, the forms, the register — with the
//! whole vocabulary at all times, and the world answers from the facts: the patient hands over
//! what they have (and says so when they have nothing), the reader and the terminal move as
//! the device simulation says, and a wrong action has its consequence in the story. The
//! handling ends with 受付完了 (or the patient leaving, or a hand-over) and is judged as a
//! whole against the ruling: every part, every required step, the conduct and what was
//! needless ([`whole`]).
//!
//! Any scenario's facts can be played this way; [`generate`] makes new situations and a shift
//! of patients. Like a guided session this is a step function that saves as the list of acts
//! and replays exactly.

pub mod act;
pub mod generate;
pub mod players;
pub mod whole;

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use act::{Act, FIXED_OBJECTS, Intent, Object, acts_of, every_act, route_of};
pub use whole::{Consequence, Part, PartResult, StepResult, WholeDebrief};

use crate::scenario::{DeviceEvent, Devices, Drawn, ReaderScreen, Scenario, Validity};
use crate::session::{Mode, SessionError};
use madoguchi_rules::{
    Action, Advice, AuthMode, ConfirmedBy, CopayRate, DocumentKind, Judgment, Policy, Ruling,
    Situation, Verdict, judge, rule,
};

/// How long the patient waits at most (seconds of the window's clock) before they leave.
pub const PATIENCE_SECONDS: u32 = 30 * 60;
/// How much upset the patient takes before they walk out.
pub const PATIENCE: u8 = 3;

/// What the patient says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case", tag = "line", content = "document")]
#[strum(serialize_all = "snake_case")]
pub enum PatientLine {
    /// Returns the greeting and says why they came.
    Greeting,
    /// Hands over a document.
    HandsOver(DocumentKind),
    /// Does not have it.
    HasNone(DocumentKind),
    /// Has none of the insurance documents.
    NoInsuranceDocument,
    /// Says the My Number card is lost.
    CardLost,
    /// Has been here before.
    VisitedBefore,
    /// Is new here.
    FirstVisit,
    /// Nothing has changed.
    NothingChanged,
    /// Something has changed (a new job, a move).
    SomethingChanged,
    /// Asks for help placing the card.
    AsksForHelp,
    /// Will not say the PIN to staff.
    RefusesPin,
    /// Is uneasy about what staff did with the card or the number.
    Uneasy,
    /// Understands the explanation.
    Understands,
    /// Is upset at being told to pay the full cost.
    UpsetFullCost,
    /// Is upset at an untrue or pressuring remark.
    UpsetPressured,
    /// Pays.
    Pays,
    /// Fills in the form with what they believe.
    FillsForm,
    /// Takes the card back.
    TakesCardBack,
    /// Takes a document back.
    TakesBack(DocumentKind),
    /// Walks out.
    Leaves,
}

impl PatientLine {
    /// The line's key: `<line>` or `<line>-<document>` (an author's `free_lines` use it).
    pub fn key(self) -> String {
        let name: &'static str = self.into();
        match self {
            PatientLine::HandsOver(kind)
            | PatientLine::HasNone(kind)
            | PatientLine::TakesBack(kind) => {
                format!("{name}-{}", madoguchi_rules::Name::name(kind))
            }
            _ => name.to_owned(),
        }
    }

    /// The engine's generic line: `free-patient-<key>`.
    pub fn message_id(self) -> String {
        format!("free-patient-{}", self.key())
    }

    /// Every line there is, for checking texts and authors' keys.
    pub fn all() -> Vec<PatientLine> {
        use madoguchi_rules::VariantArray;
        let mut all = vec![
            PatientLine::Greeting,
            PatientLine::NoInsuranceDocument,
            PatientLine::CardLost,
            PatientLine::VisitedBefore,
            PatientLine::FirstVisit,
            PatientLine::NothingChanged,
            PatientLine::SomethingChanged,
            PatientLine::AsksForHelp,
            PatientLine::RefusesPin,
            PatientLine::Uneasy,
            PatientLine::Understands,
            PatientLine::UpsetFullCost,
            PatientLine::UpsetPressured,
            PatientLine::Pays,
            PatientLine::FillsForm,
            PatientLine::TakesCardBack,
            PatientLine::Leaves,
        ];
        for kind in DocumentKind::VARIANTS {
            all.push(PatientLine::HandsOver(*kind));
            all.push(PatientLine::HasNone(*kind));
            all.push(PatientLine::TakesBack(*kind));
        }
        all
    }
}

/// How a free-play handling ended.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum FreeEnd {
    /// 受付完了.
    CheckedIn,
    /// The patient walked out upset.
    Left,
    /// The patient waited too long and left.
    TimedOut,
    /// Handed to a senior colleague.
    HandedOver,
}

/// Something that happened after one act.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// The receptionist's act, as said or done.
    Did(Act),
    /// The patient speaks (an author's line replaces the engine's where the scenario has one).
    Patient(PatientLine),
    /// A device changed.
    Device(DeviceEvent),
    /// A document was looked at closely (the UI opens it).
    Examined(DocumentKind),
    /// Something the act caused beyond the moment.
    Consequence(Consequence),
    /// The handling ended.
    Ended(FreeEnd),
}

/// Why an act was refused (the state is unchanged).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    thiserror::Error,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Refusal {
    /// The handling is over.
    #[error("the handling has ended")]
    Ended,
    /// The document is not on the counter.
    #[error("that document is not on the counter")]
    NotOnCounter(DocumentKind),
    /// No card or phone is on the reader.
    #[error("nothing is on the reader")]
    NothingOnReader,
    /// No numbers to look up: no document with them on the counter and no past records.
    #[error("no insurer numbers to look up")]
    NoNumbers,
    /// Not at this setting (a home visit has no face reader; the clinic has no mobile device).
    #[error("not possible in this setting")]
    WrongSetting,
}

impl Refusal {
    /// The fluent id: `free-refused-<name>`.
    pub fn message_id(self) -> String {
        let name: &'static str = self.into();
        format!("free-refused-{name}")
    }
}

/// One act taken.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Done {
    /// The act.
    pub act: Act,
    /// The engine's judgment, for rules actions.
    pub judgment: Option<Judgment>,
    /// Milliseconds from the start (the trainee's real time).
    pub at_ms: u64,
    /// The window's clock after the act, in seconds from the start.
    pub clock_s: u32,
}

/// The state of the window apart from the devices.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct World {
    /// Documents the patient still holds, in the order they would show them.
    pub holding: Vec<DocumentKind>,
    /// Documents on the counter, in the order they were handed over.
    pub counter: Vec<DocumentKind>,
    /// Documents handed back.
    pub returned: BTreeSet<DocumentKind>,
    /// Whether the card is kept at the desk (custody).
    pub card_kept: bool,
    /// Whether the patient has placed the card (or phone) on the reader.
    pub on_reader: bool,
    /// Facts the patient has said.
    pub told: Vec<PatientLine>,
    /// Upset taken so far.
    pub upset: u8,
    /// The window's clock, in seconds from the start.
    pub clock_s: u32,
    /// The share charged, if any.
    pub charged: Option<CopayRate>,
    /// Whether a 申立書 was filled in.
    pub declaration: bool,
}

/// A free-play handling in progress.
#[derive(Clone, Debug)]
pub struct FreePlay {
    policy: Arc<Policy>,
    scenario: Arc<Scenario>,
    seed: Option<u64>,
    mode: Mode,
    situation: Arc<Situation>,
    ruling: Arc<Ruling>,
    drawn: Arc<Vec<Drawn>>,
    devices: Devices,
    world: World,
    log: Vec<Done>,
    ended: Option<FreeEnd>,
    last_ms: u64,
}

/// A saved free-play handling: enough to replay it exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedFree {
    /// The scenario's id.
    pub scenario: String,
    /// The variant's seed.
    pub seed: Option<u64>,
    /// Practice or assessment.
    pub mode: Mode,
    /// The acts, by key, with milliseconds from the start.
    pub acts: Vec<(String, u64)>,
}

impl FreePlay {
    /// Starts free play on a scenario's facts (its beats are not used); returns the opening
    /// events (the patient arrives).
    pub fn start(
        policy: Arc<Policy>,
        scenario: Arc<Scenario>,
        seed: Option<u64>,
        mode: Mode,
    ) -> Result<(FreePlay, Vec<Event>), SessionError> {
        let (situation, drawn) = scenario.situation(seed);
        let ruling = rule(&policy, &situation)?;
        let devices = Devices::new(&situation);
        let world = World {
            holding: situation.presented.iter().map(|p| p.kind()).collect(),
            ..World::default()
        };
        let play = FreePlay {
            policy,
            scenario,
            seed,
            mode,
            situation: Arc::new(situation),
            ruling: Arc::new(ruling),
            drawn: Arc::new(drawn),
            devices,
            world,
            log: Vec::new(),
            ended: None,
            last_ms: 0,
        };
        let opening = vec![Event::Device(DeviceEvent::Reader(play.devices.screen))];
        Ok((play, opening))
    }

    /// Replays a saved handling.
    pub fn replay(
        policy: Arc<Policy>,
        scenario: Arc<Scenario>,
        saved: &SavedFree,
    ) -> Result<FreePlay, SessionError> {
        let (mut play, _) = FreePlay::start(policy, scenario, saved.seed, saved.mode)?;
        for (key, at_ms) in &saved.acts {
            let act = Act::from_key(key).ok_or_else(|| SessionError::Mismatch {
                scenario: saved.scenario.clone(),
                reason: format!("unknown act {key}"),
            })?;
            play.act(act, *at_ms)
                .map_err(|refusal| SessionError::Mismatch {
                    scenario: saved.scenario.clone(),
                    reason: format!("{key}: {refusal}"),
                })?;
        }
        Ok(play)
    }

    /// What to save.
    pub fn saved(&self) -> SavedFree {
        SavedFree {
            scenario: self.scenario.id().to_owned(),
            seed: self.seed,
            mode: self.mode,
            acts: self.log.iter().map(|d| (d.act.key(), d.at_ms)).collect(),
        }
    }

    /// The scenario whose facts are played.
    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    /// The policy.
    pub fn policy(&self) -> &Arc<Policy> {
        &self.policy
    }

    /// The situation.
    pub fn situation(&self) -> &Situation {
        &self.situation
    }

    /// The right handling.
    pub fn ruling(&self) -> &Ruling {
        &self.ruling
    }

    /// The seed.
    pub fn seed(&self) -> Option<u64> {
        self.seed
    }

    /// What the variant drew.
    pub fn drawn(&self) -> &[Drawn] {
        &self.drawn
    }

    /// Practice or assessment.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The devices.
    pub fn devices(&self) -> &Devices {
        &self.devices
    }

    /// The window apart from the devices.
    pub fn world(&self) -> &World {
        &self.world
    }

    /// Every act so far.
    pub fn log(&self) -> &[Done] {
        &self.log
    }

    /// How it ended, if it has.
    pub fn ended(&self) -> Option<FreeEnd> {
        self.ended
    }

    /// The objects at the window now, in menu order: the fixed ones, with each document on
    /// the counter after the terminal.
    pub fn objects(&self) -> Vec<Object> {
        let mut objects = vec![Object::Patient, Object::Reader, Object::Terminal];
        objects.extend(self.world.counter.iter().map(|k| Object::Document(*k)));
        objects.extend([Object::Forms, Object::Register, Object::Desk]);
        objects
    }

    /// The menu: each object with its acts, grouped. Every act is listed whether or not it is
    /// possible now (an impossible one is refused with a reason), in a fixed order.
    pub fn menu(&self) -> Vec<(Object, Vec<(Intent, Vec<Act>)>)> {
        self.objects()
            .into_iter()
            .map(|object| (object, acts_of(object)))
            .collect()
    }

    /// Takes an act `at_ms` milliseconds after the start; returns what happened, or why it
    /// was refused (the state is then unchanged).
    pub fn act(&mut self, act: Act, at_ms: u64) -> Result<Vec<Event>, Refusal> {
        if self.ended.is_some() {
            return Err(Refusal::Ended);
        }
        self.check_possible(act)?;
        let judgment = act
            .action()
            .map(|action| judge(&self.policy, &self.situation, &self.ruling, action));
        let mut events = vec![Event::Did(act)];
        self.world.clock_s = self.world.clock_s.saturating_add(seconds(act));
        match act {
            Act::Rule(action) => self.rule_action(action, &mut events),
            Act::Greet => events.push(Event::Patient(PatientLine::Greeting)),
            Act::AskVisitedBefore => {
                let line = if self.situation.patient.visited_before {
                    PatientLine::VisitedBefore
                } else {
                    PatientLine::FirstVisit
                };
                self.say(line, &mut events);
            }
            Act::AskDetailsChanged => {
                let unchanged = self.situation.patient.details_unchanged
                    && self.situation.patient.visited_before;
                let line = if unchanged {
                    PatientLine::NothingChanged
                } else {
                    PatientLine::SomethingChanged
                };
                self.say(line, &mut events);
            }
            Act::Examine(kind) => events.push(Event::Examined(kind)),
            Act::HandBack(kind) => {
                self.world.counter.retain(|k| *k != kind);
                self.world.returned.insert(kind);
                events.push(Event::Patient(PatientLine::TakesBack(kind)));
            }
            Act::Finish => self.finish(FreeEnd::CheckedIn, &mut events),
            Act::HandToSenior => self.finish(FreeEnd::HandedOver, &mut events),
        }
        if self.ended.is_none() {
            if self.world.upset >= PATIENCE {
                events.push(Event::Patient(PatientLine::Leaves));
                self.finish(FreeEnd::Left, &mut events);
            } else if self.world.clock_s >= PATIENCE_SECONDS {
                events.push(Event::Patient(PatientLine::Leaves));
                self.finish(FreeEnd::TimedOut, &mut events);
            }
        }
        self.last_ms = at_ms.max(self.last_ms);
        self.log.push(Done {
            act,
            judgment,
            at_ms: self.last_ms,
            clock_s: self.world.clock_s,
        });
        Ok(events)
    }

    /// The handling judged as a whole (so far, if it has not ended).
    pub fn debrief(&self) -> WholeDebrief {
        whole::judge_whole(self)
    }

    fn has_card(&self) -> bool {
        let card = |k: &DocumentKind| {
            matches!(k, DocumentKind::MyNumberCard | DocumentKind::SmartphoneCard)
        };
        self.world.holding.iter().any(card) || self.world.counter.iter().any(card)
    }

    fn check_possible(&self, act: Act) -> Result<(), Refusal> {
        let on_counter = |kind: DocumentKind| {
            if self.world.counter.contains(&kind) {
                Ok(())
            } else {
                Err(Refusal::NotOnCounter(kind))
            }
        };
        let card = DocumentKind::MyNumberCard;
        match act {
            Act::Examine(kind) | Act::HandBack(kind) | Act::Rule(Action::Refuse(kind)) => {
                on_counter(kind)
            }
            Act::Rule(Action::ConfirmBy(route)) => match route {
                ConfirmedBy::EligibilityCertificate => {
                    on_counter(DocumentKind::EligibilityCertificate)
                }
                ConfirmedBy::InsuranceCard => on_counter(DocumentKind::InsuranceCard),
                ConfirmedBy::MedicalTicket => on_counter(DocumentKind::SubsidyCertificate),
                ConfirmedBy::CardWithNotice => {
                    if self
                        .world
                        .counter
                        .contains(&DocumentKind::EligibilityNotice)
                    {
                        Ok(())
                    } else {
                        on_counter(DocumentKind::PortalScreen)
                    }
                }
                _ => Ok(()),
            },
            Act::Rule(
                Action::CheckCardFront
                | Action::ReturnCard
                | Action::KeepCard
                | Action::CopyCardFront
                | Action::CopyCardBack
                | Action::NoteMyNumber
                | Action::UseCardWithoutPatient
                | Action::HoldFoundCard,
            ) => on_counter(card),
            Act::Rule(Action::ChooseAuth(_) | Action::TypePinForPatient)
                if self.situation.setting == madoguchi_rules::Setting::Clinic
                    && !self.world.on_reader =>
            {
                Err(Refusal::NothingOnReader)
            }
            Act::Rule(Action::LookUpByNumbers) => {
                let numbered = self.world.counter.iter().any(|k| {
                    matches!(
                        k,
                        DocumentKind::InsuranceCard
                            | DocumentKind::EligibilityCertificate
                            | DocumentKind::EligibilityNotice
                            | DocumentKind::PortalScreen
                    )
                });
                if numbered || self.situation.patient.visited_before {
                    Ok(())
                } else {
                    Err(Refusal::NoNumbers)
                }
            }
            Act::Rule(Action::UseHomeVisitDevice)
                if self.situation.setting == madoguchi_rules::Setting::Clinic =>
            {
                Err(Refusal::WrongSetting)
            }
            Act::Rule(Action::GuideToReader | Action::AssistPlacingCard)
                if self.situation.setting == madoguchi_rules::Setting::HomeVisit =>
            {
                Err(Refusal::WrongSetting)
            }
            _ => Ok(()),
        }
    }

    fn say(&mut self, line: PatientLine, events: &mut Vec<Event>) {
        if !self.world.told.contains(&line) {
            self.world.told.push(line);
        }
        events.push(Event::Patient(line));
    }

    fn upset(&mut self, line: PatientLine, by: u8, events: &mut Vec<Event>) {
        self.world.upset = self.world.upset.saturating_add(by);
        events.push(Event::Patient(line));
    }

    /// The patient hands over a document they hold.
    fn hand_over(&mut self, kind: DocumentKind, events: &mut Vec<Event>) {
        self.world.holding.retain(|k| *k != kind);
        self.world.returned.remove(&kind);
        if !self.world.counter.contains(&kind) {
            self.world.counter.push(kind);
        }
        events.push(Event::Patient(PatientLine::HandsOver(kind)));
    }

    fn rule_action(&mut self, action: Action, events: &mut Vec<Event>) {
        let s = Arc::clone(&self.situation);
        match action {
            Action::AskForInsuranceDocument => {
                // They show what they have: the card first, then a 資格確認書, an old card,
                // the お知らせ or the phone's screen.
                let order = [
                    DocumentKind::MyNumberCard,
                    DocumentKind::SmartphoneCard,
                    DocumentKind::EligibilityCertificate,
                    DocumentKind::InsuranceCard,
                ];
                match order.iter().find(|k| self.world.holding.contains(k)) {
                    Some(kind) => {
                        self.hand_over(*kind, events);
                        // The 医療証 and the 高齢受給者証 travel with the insurance document.
                        for companion in [
                            DocumentKind::SubsidyCertificate,
                            DocumentKind::ElderlyRecipientCertificate,
                        ] {
                            if self.world.holding.contains(&companion) {
                                self.hand_over(companion, events);
                            }
                        }
                    }
                    None if s.patient.card_lost => self.say(PatientLine::CardLost, events),
                    None if self.world.counter.is_empty() => {
                        self.say(PatientLine::NoInsuranceDocument, events);
                    }
                    None => self.say(
                        PatientLine::HasNone(DocumentKind::EligibilityCertificate),
                        events,
                    ),
                }
            }
            Action::AskFor(kind) => {
                if self.world.holding.contains(&kind) {
                    self.hand_over(kind, events);
                } else if self.world.counter.contains(&kind) {
                    // Already on the counter: they point at it.
                    events.push(Event::Patient(PatientLine::HandsOver(kind)));
                } else if kind == DocumentKind::MyNumberCard && s.patient.card_lost {
                    self.say(PatientLine::CardLost, events);
                } else {
                    self.say(PatientLine::HasNone(kind), events);
                }
            }
            Action::GuideToReader | Action::AssistPlacingCard => {
                if !self.has_card() {
                    let line = if s.patient.card_lost {
                        PatientLine::CardLost
                    } else {
                        PatientLine::HasNone(DocumentKind::MyNumberCard)
                    };
                    self.say(line, events);
                    return;
                }
                if action == Action::GuideToReader && s.patient.requests_assistance {
                    self.say(PatientLine::AsksForHelp, events);
                }
                // The patient takes the card (or phone) from the counter or their wallet.
                for kind in [DocumentKind::MyNumberCard, DocumentKind::SmartphoneCard] {
                    self.world.holding.retain(|k| *k != kind);
                    self.world.counter.retain(|k| *k != kind);
                }
                self.world.on_reader = true;
                self.devices_react(action, events);
            }
            Action::AskPatientPin => self.upset(PatientLine::RefusesPin, 1, events),
            Action::TypePinForPatient
            | Action::CopyCardBack
            | Action::NoteMyNumber
            | Action::CopyCardFront => {
                self.upset(PatientLine::Uneasy, 1, events);
            }
            Action::KeepCard => {
                self.world.card_kept = true;
                events.push(Event::Consequence(Consequence::CardKept));
                self.upset(PatientLine::Uneasy, 1, events);
            }
            Action::ReturnCard => {
                self.world.card_kept = false;
                self.world
                    .counter
                    .retain(|k| *k != DocumentKind::MyNumberCard);
                self.world.returned.insert(DocumentKind::MyNumberCard);
                events.push(Event::Patient(PatientLine::TakesCardBack));
            }
            Action::Charge(rate) => {
                self.world.charged = Some(rate);
                if rate == CopayRate::Full && self.ruling.copay != CopayRate::Full {
                    events.push(Event::Consequence(Consequence::ToldFullCost));
                    self.upset(PatientLine::UpsetFullCost, 2, events);
                } else {
                    events.push(Event::Patient(PatientLine::Pays));
                }
            }
            Action::ConfirmBy(ConfirmedBy::None)
                if self.ruling.confirmed_by != ConfirmedBy::None =>
            {
                events.push(Event::Consequence(Consequence::ToldFullCost));
                self.upset(PatientLine::UpsetFullCost, 2, events);
            }
            Action::ConfirmBy(ConfirmedBy::Declaration) => {
                self.world.declaration = true;
                events.push(Event::Patient(PatientLine::FillsForm));
            }
            Action::Advise(Advice::MynaOrFullCost) => {
                self.upset(PatientLine::UpsetPressured, 1, events);
            }
            Action::Advise(_) => events.push(Event::Patient(PatientLine::Understands)),
            Action::AcceptOralConfirmation => {
                let line = if s.patient.visited_before && s.patient.details_unchanged {
                    PatientLine::NothingChanged
                } else {
                    PatientLine::SomethingChanged
                };
                self.say(line, events);
            }
            _ => self.devices_react(action, events),
        }
    }

    fn devices_react(&mut self, action: Action, events: &mut Vec<Event>) {
        for event in self.devices.react(&self.policy, &self.situation, action) {
            if let DeviceEvent::Reader(ReaderScreen::Done) = event {
                // The reader says "take your card": the patient takes it back.
                self.world.on_reader = false;
                for kind in [DocumentKind::MyNumberCard, DocumentKind::SmartphoneCard] {
                    if self.situation.shows(kind) && !self.world.holding.contains(&kind) {
                        self.world.holding.push(kind);
                    }
                }
            }
            events.push(Event::Device(event));
        }
    }

    fn finish(&mut self, end: FreeEnd, events: &mut Vec<Event>) {
        self.ended = Some(end);
        if end == FreeEnd::CheckedIn {
            let card_at_desk =
                self.world.card_kept || self.world.counter.contains(&DocumentKind::MyNumberCard);
            if card_at_desk {
                events.push(Event::Consequence(Consequence::CardForgotten));
            }
            let debrief = whole::judge_whole(self);
            for part in &debrief.parts {
                if part.part == Part::Claim && part.verdict.is_some_and(|v| v != Verdict::Right) {
                    events.push(Event::Consequence(Consequence::ClaimReturned));
                }
            }
        }
        events.push(Event::Ended(end));
    }

    /// Whether the terminal shows a valid result now.
    pub fn terminal_valid(&self) -> bool {
        self.devices
            .terminal
            .is_some_and(|t| t.validity == Validity::Valid)
    }

    /// How the patient was authenticated on the reader, if they were.
    pub fn authenticated(&self) -> Option<AuthMode> {
        self.devices.terminal.and_then(|t| t.auth)
    }
}

/// The window's clock cost of an act, in seconds (speech is quick; the reader, the terminal
/// and the forms take time).
fn seconds(act: Act) -> u32 {
    match act {
        Act::Greet | Act::AskVisitedBefore | Act::AskDetailsChanged => 10,
        Act::Examine(_) | Act::HandBack(_) => 15,
        Act::Finish | Act::HandToSenior => 10,
        Act::Rule(action) => match action {
            Action::RebootReader => 180,
            Action::ConfirmBy(ConfirmedBy::Declaration) => 240,
            Action::OfferRegistration => 90,
            Action::LookUpByNumbers | Action::RequeryAtClinic | Action::IdentifyByKana => 60,
            Action::GuideToReader
            | Action::AssistPlacingCard
            | Action::ChooseAuth(_)
            | Action::OfferInfoSharing
            | Action::UseHomeVisitDevice
            | Action::UseLimitedTypeApp => 40,
            Action::SetVisualPasscode | Action::SwitchBackToAutoMode => 30,
            Action::Advise(_) => 30,
            _ => 15,
        },
    }
}

#[cfg(test)]
mod tests;
