//! The face-recognition card reader and the eligibility terminal, simulated from the facts:
//! each receptionist action moves them as the real ones move (a card in a sleeve is not read, a
//! certificate in its grace brings the notice, a pending record shows 資格(無効) with the lost
//! eligibility). Scenario authors never write what the devices show.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use madoguchi_rules::dates;
use madoguchi_rules::{
    Action, AuthMode, CalendarKey, CertStatus, CopayRate, Network, NumberKey, OnlineRecord,
    PinState, Policy, ReaderState, Setting, Situation, cert_status, copay_by_age,
};

/// What the reader's screen shows.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumDiscriminants,
)]
#[serde(rename_all = "snake_case", tag = "screen")]
#[strum(serialize_all = "snake_case")]
#[strum_discriminants(
    name(ReaderScreenKind),
    doc = "A reader screen without its details (every screen, for checking that each has its text).",
    derive(strum::VariantArray, strum::IntoStaticStr),
    strum(serialize_all = "snake_case")
)]
pub enum ReaderScreen {
    /// Dark: the reader did not start this morning.
    NotStarted,
    /// An error lamp: the reader is out of order.
    OutOfOrder,
    /// "Place your My Number card (out of its case)".
    Idle,
    /// "Reading failed": no IC chip detected.
    ReadFailed,
    /// "Choose how to confirm your identity".
    ChooseMethod {
        /// Face recognition offered (the card has a photo).
        face: bool,
        /// PIN offered (the card has a PIN).
        pin: bool,
        /// The smartphone option is offered.
        smartphone: bool,
    },
    /// The camera frame.
    FaceScan,
    /// "Could not verify" — retry, PIN, or call staff.
    FaceFailed,
    /// The 4-digit keypad.
    PinEntry,
    /// "Wrong PIN" with the tries left.
    PinWrong {
        /// Tries left before the lock.
        tries_left: u8,
    },
    /// "The PIN is locked; reset it at the municipality".
    PinLocked,
    /// A 顔認証 card has no PIN.
    NoPinOnCard,
    /// Staff 目視: compare the photo, enter the clinic's passcode (or, before the simplified
    /// procedure, the terminal's 目視 mode).
    VisualCheck {
        /// Whether the clinic passcode procedure is in use.
        passcode: bool,
    },
    /// The clinic has not set a 目視 passcode yet.
    VisualPasscodeNotSet,
    /// "Not registered as a health insurance card — register now?".
    RegistrationOffer,
    /// Registration done.
    Registered,
    /// The renewal alert: the certificate expires soon.
    CertAlert {
        /// The certificate's expiry.
        #[serde(with = "madoguchi_rules::dates::serde_date")]
        expires: Date,
    },
    /// In the grace: "expired — only eligibility will be provided; renew soon" and Next.
    CertGraceNotice {
        /// The certificate's expiry.
        #[serde(with = "madoguchi_rules::dates::serde_date")]
        expires: Date,
        /// The grace's last day.
        #[serde(with = "madoguchi_rules::dates::serde_date")]
        grace_end: Date,
    },
    /// Past the grace: "please tell reception; renew at the municipality" (error 006 on one
    /// maker's reader).
    CertError,
    /// A certificate renewed today is not usable yet.
    NotYetReflected,
    /// No connection to the online system.
    NetworkError,
    /// Hold the phone on the smartphone reader.
    SmartphoneHold,
    /// The consent screens for sharing medical information.
    Consent,
    /// 「医療費助成の各種受給者証を利用しますか」 (PMH): 利用する / 利用しない.
    SubsidyPrompt,
    /// The マイナ資格確認アプリ at the counter: the card read, staff compare its photo.
    AppCheck,
    /// "Check-in complete — take your card".
    Done,
}

impl ReaderScreen {
    /// The snake_case name (fluent ids are `reader-<name>`).
    pub fn name(&self) -> &'static str {
        self.into()
    }
}

/// How the terminal was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Query {
    /// 照会区分 1: the My Number card.
    Card,
    /// 照会区分 2: the insurer and insured numbers.
    Numbers,
    /// Re-query of a home-visit patient.
    Requery,
}

/// The 資格有効性 the terminal shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Validity {
    /// 有効.
    Valid,
    /// 無効 (the lost eligibility is shown).
    Invalid,
    /// 無効（新しい資格あり）: the numbers asked are lost, a newer eligibility exists.
    InvalidNewExists,
    /// 該当資格なし.
    NoRecord,
    /// The query failed (network down).
    Error,
}

/// The eligibility terminal's result screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TerminalView {
    /// How it was asked.
    pub query: Query,
    /// The result.
    pub validity: Validity,
    /// How the card holder was authenticated, if by card.
    pub auth: Option<AuthMode>,
    /// 一部負担金割合, when valid.
    pub copay: Option<CopayRate>,
    /// 未就学区分.
    pub preschool: bool,
    /// The line "the certificate expires within 3 months".
    pub cert_expiring: bool,
    /// The lost eligibility's last day (資格喪失年月日), for 無効.
    #[serde(with = "madoguchi_rules::dates::serde_opt_date")]
    pub lost_on: Option<Date>,
    /// Whether consent to sharing was given on the reader.
    pub consent: bool,
    /// The 公費 the terminal shows from PMH (its 医療費助成 block), if any.
    pub subsidy: Option<madoguchi_rules::SubsidyScheme>,
}

/// The devices' state during one play-through.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Devices {
    /// What the reader shows now.
    pub screen: ReaderScreen,
    /// What the terminal shows now, if it has been asked.
    pub terminal: Option<TerminalView>,
    restarted: bool,
    sleeve_removed: bool,
    placed: bool,
    pin_tries_used: u8,
    registered_now: bool,
    passcode_set_now: bool,
    authenticated: Option<AuthMode>,
}

/// Something the devices did in reaction to an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceEvent {
    /// The reader showed a screen.
    Reader(ReaderScreen),
    /// The terminal showed a result.
    Terminal(TerminalView),
}

impl Devices {
    /// The devices before anything happens.
    pub fn new(situation: &Situation) -> Devices {
        let screen = match situation.clinic.reader {
            ReaderState::NeedsRestart => ReaderScreen::NotStarted,
            ReaderState::Broken => ReaderScreen::OutOfOrder,
            ReaderState::Working => ReaderScreen::Idle,
        };
        Devices {
            screen,
            terminal: None,
            restarted: false,
            sleeve_removed: false,
            placed: false,
            pin_tries_used: 0,
            registered_now: false,
            passcode_set_now: false,
            authenticated: None,
        }
    }

    /// Moves the devices for one action and says what they showed.
    pub fn react(&mut self, policy: &Policy, s: &Situation, action: Action) -> Vec<DeviceEvent> {
        let mut events = Vec::new();
        match action {
            Action::RebootReader => {
                if s.clinic.reader == ReaderState::NeedsRestart {
                    self.restarted = true;
                }
                self.placed = false;
                self.show(&mut events, Devices::new_screen(s, self.restarted));
            }
            Action::GuideToReader | Action::AssistPlacingCard
                if self.authenticated.is_none() && s.setting == Setting::Clinic =>
            {
                self.place(s, &mut events);
            }
            Action::AskToRemoveSleeve => {
                self.sleeve_removed = true;
                if self.placed || self.screen == ReaderScreen::ReadFailed {
                    self.place(s, &mut events);
                }
            }
            Action::ChooseAuth(mode) => {
                if s.setting == Setting::HomeVisit {
                    self.home_auth(policy, s, mode, &mut events);
                } else if self.authenticated.is_none() {
                    if !self.placed {
                        self.place(s, &mut events);
                    }
                    if self.placed {
                        self.authenticate(policy, s, mode, &mut events);
                    }
                }
            }
            Action::SetVisualPasscode => self.passcode_set_now = true,
            Action::OfferRegistration if self.screen == ReaderScreen::RegistrationOffer => {
                self.registered_now = true;
                self.show(&mut events, ReaderScreen::Registered);
                if let Some(mode) = self.authenticated {
                    self.after_auth(policy, s, mode, &mut events);
                }
            }
            Action::LookUpByNumbers => {
                let view = self.query(policy, s, Query::Numbers, None);
                self.terminal = Some(view);
                events.push(DeviceEvent::Terminal(view));
            }
            Action::UseHomeVisitDevice if s.setting == Setting::HomeVisit => {
                if s.clinic.network == Network::Down {
                    self.show(&mut events, ReaderScreen::NetworkError);
                } else {
                    self.show(
                        &mut events,
                        ReaderScreen::ChooseMethod {
                            face: false,
                            pin: s.my_number_card().is_some_and(|c| c.pin != PinState::None),
                            smartphone: false,
                        },
                    );
                }
            }
            Action::RequeryAtClinic => {
                let view = self.query(policy, s, Query::Requery, None);
                self.terminal = Some(view);
                events.push(DeviceEvent::Terminal(view));
            }
            Action::UseMynaApp if self.authenticated.is_none() => {
                let ready = s.clinic.myna_app
                    && s.date >= policy.calendar().date(CalendarKey::MynaAppCounterFrom)
                    && s.my_number_card().is_some_and(|card| card.photo);
                if !ready {
                    return events;
                }
                if s.clinic.network == Network::Down {
                    self.show(&mut events, ReaderScreen::NetworkError);
                    return events;
                }
                self.show(&mut events, ReaderScreen::AppCheck);
                self.authenticated = Some(AuthMode::Visual);
                let view = self.query(policy, s, Query::Card, Some(AuthMode::Visual));
                self.terminal = Some(view);
                events.push(DeviceEvent::Terminal(view));
            }
            _ => {}
        }
        events
    }

    fn new_screen(s: &Situation, restarted: bool) -> ReaderScreen {
        match s.clinic.reader {
            ReaderState::Broken => ReaderScreen::OutOfOrder,
            ReaderState::NeedsRestart if !restarted => ReaderScreen::NotStarted,
            _ => ReaderScreen::Idle,
        }
    }

    fn show(&mut self, events: &mut Vec<DeviceEvent>, screen: ReaderScreen) {
        self.screen = screen;
        events.push(DeviceEvent::Reader(screen));
    }

    /// The card (or phone) is placed on the reader.
    fn place(&mut self, s: &Situation, events: &mut Vec<DeviceEvent>) {
        let idle = Devices::new_screen(s, self.restarted);
        if idle != ReaderScreen::Idle {
            self.show(events, idle);
            return;
        }
        let phone_ready = s.smartphone_card().is_some() && s.clinic.smartphone_reader;
        match s.my_number_card() {
            Some(card) => {
                if card.in_sleeve && !self.sleeve_removed {
                    self.placed = false;
                    self.show(events, ReaderScreen::ReadFailed);
                    return;
                }
                self.placed = true;
                self.show(
                    events,
                    ReaderScreen::ChooseMethod {
                        face: card.photo,
                        pin: card.pin != PinState::None,
                        smartphone: phone_ready,
                    },
                );
            }
            None if phone_ready => {
                self.placed = true;
                self.show(
                    events,
                    ReaderScreen::ChooseMethod {
                        face: false,
                        pin: false,
                        smartphone: true,
                    },
                );
            }
            None => self.show(events, ReaderScreen::Idle),
        }
    }

    fn authenticate(
        &mut self,
        policy: &Policy,
        s: &Situation,
        mode: AuthMode,
        events: &mut Vec<DeviceEvent>,
    ) {
        let Some(card) = s.my_number_card() else {
            // The smartphone: the phone does the authentication; its function stops with the
            // physical card or its certificate.
            if s.smartphone_card()
                .and_then(|phone| phone.card_expires)
                .is_some_and(|expires| s.date > expires)
            {
                self.show(events, ReaderScreen::CertError);
                return;
            }
            self.show(events, ReaderScreen::SmartphoneHold);
            self.authenticated = Some(mode);
            self.after_auth(policy, s, mode, events);
            return;
        };
        let calendar = policy.calendar();
        match mode {
            AuthMode::Face => {
                if !card.photo {
                    return;
                }
                self.show(events, ReaderScreen::FaceScan);
                if card.face_recognized {
                    self.authenticated = Some(AuthMode::Face);
                    self.after_auth(policy, s, AuthMode::Face, events);
                } else {
                    self.show(events, ReaderScreen::FaceFailed);
                }
            }
            AuthMode::Pin => match card.pin {
                PinState::None => self.show(events, ReaderScreen::NoPinOnCard),
                PinState::Locked => self.show(events, ReaderScreen::PinLocked),
                PinState::Known => {
                    self.show(events, ReaderScreen::PinEntry);
                    self.authenticated = Some(AuthMode::Pin);
                    self.after_auth(policy, s, AuthMode::Pin, events);
                }
                PinState::Forgotten => {
                    let tries = u8::try_from(calendar.number(NumberKey::PinTries)).unwrap_or(3);
                    self.show(events, ReaderScreen::PinEntry);
                    self.pin_tries_used = self.pin_tries_used.saturating_add(1);
                    if self.pin_tries_used >= tries {
                        self.show(events, ReaderScreen::PinLocked);
                    } else {
                        self.show(
                            events,
                            ReaderScreen::PinWrong {
                                tries_left: tries - self.pin_tries_used,
                            },
                        );
                    }
                }
            },
            AuthMode::Visual => {
                if !card.photo {
                    return;
                }
                let passcode = s.date >= calendar.date(CalendarKey::VisualPasscodeFrom);
                if passcode && !s.clinic.visual_passcode_set && !self.passcode_set_now {
                    self.show(events, ReaderScreen::VisualPasscodeNotSet);
                    return;
                }
                self.show(events, ReaderScreen::VisualCheck { passcode });
                self.authenticated = Some(AuthMode::Visual);
                self.after_auth(policy, s, AuthMode::Visual, events);
            }
        }
    }

    fn home_auth(
        &mut self,
        policy: &Policy,
        s: &Situation,
        mode: AuthMode,
        events: &mut Vec<DeviceEvent>,
    ) {
        let Some(card) = s.my_number_card() else {
            return;
        };
        if s.clinic.network == Network::Down {
            self.show(events, ReaderScreen::NetworkError);
            return;
        }
        let app = s.date >= policy.calendar().date(CalendarKey::MynaAppFrom);
        let ok = match mode {
            AuthMode::Face => false,
            AuthMode::Pin => card.pin == PinState::Known,
            AuthMode::Visual => card.photo && app,
        };
        if !ok {
            if mode == AuthMode::Pin && card.pin == PinState::Locked {
                self.show(events, ReaderScreen::PinLocked);
            }
            return;
        }
        self.show(
            events,
            if mode == AuthMode::Pin {
                ReaderScreen::PinEntry
            } else {
                ReaderScreen::VisualCheck { passcode: false }
            },
        );
        self.authenticated = Some(mode);
        self.after_auth(policy, s, mode, events);
    }

    /// After authentication: the certificate, the registration, the consent, the result.
    fn after_auth(
        &mut self,
        policy: &Policy,
        s: &Situation,
        mode: AuthMode,
        events: &mut Vec<DeviceEvent>,
    ) {
        if s.clinic.network == Network::Down {
            self.show(events, ReaderScreen::NetworkError);
            let view = self.query(policy, s, Query::Card, Some(mode));
            self.terminal = Some(view);
            events.push(DeviceEvent::Terminal(view));
            return;
        }
        let mut in_grace = false;
        if let Some(card) = s.my_number_card() {
            let (status, _) = cert_status(policy, card, s.date);
            match status {
                CertStatus::RenewedToday => {
                    self.show(events, ReaderScreen::NotYetReflected);
                    return;
                }
                CertStatus::Expired => {
                    self.show(events, ReaderScreen::CertError);
                    return;
                }
                _ => {}
            }
            if !card.registered_for_insurance && !self.registered_now {
                if s.setting == Setting::Clinic {
                    self.show(events, ReaderScreen::RegistrationOffer);
                }
                return;
            }
            let calendar = policy.calendar();
            let grace = calendar.number(NumberKey::CertGraceMonths);
            match status {
                CertStatus::Expiring => self.show(
                    events,
                    ReaderScreen::CertAlert {
                        expires: card.cert_expires,
                    },
                ),
                CertStatus::InGrace => {
                    in_grace = true;
                    let expiry = match card.card_expires {
                        Some(body) if body < s.date => body,
                        _ => card.cert_expires,
                    };
                    self.show(
                        events,
                        ReaderScreen::CertGraceNotice {
                            expires: expiry,
                            grace_end: dates::end_of_month_after(expiry, grace),
                        },
                    );
                }
                _ => {}
            }
        }
        let consent = !in_grace && s.patient.online_record == OnlineRecord::Registered;
        if consent {
            self.show(events, ReaderScreen::Consent);
        }
        let pmh = pmh_prompt(policy, s);
        if pmh && s.patient.online_record == OnlineRecord::Registered {
            self.show(events, ReaderScreen::SubsidyPrompt);
        }
        self.show(events, ReaderScreen::Done);
        let mut view = self.query(policy, s, Query::Card, Some(mode));
        view.consent = consent;
        if pmh && view.validity == Validity::Valid {
            let declined = s
                .patient
                .subsidy
                .as_ref()
                .is_some_and(|sub| sub.declines_pmh);
            view.subsidy = s
                .patient
                .subsidy
                .as_ref()
                .filter(|_| !declined)
                .map(|sub| sub.scheme);
        }
        self.terminal = Some(view);
        events.push(DeviceEvent::Terminal(view));
    }

    /// What the terminal shows for a query.
    fn query(
        &self,
        policy: &Policy,
        s: &Situation,
        query: Query,
        auth: Option<AuthMode>,
    ) -> TerminalView {
        let calendar = policy.calendar();
        // The numbers on hand are only a previous insurer's: they show the newer eligibility.
        let only_old_numbers = query == Query::Numbers
            && s.insurance_cards().any(|card| !card.from_current_insurer)
            && !s.insurance_cards().any(|card| card.from_current_insurer)
            && s.certificates().next().is_none()
            && s.notice().is_none();
        let validity = if s.clinic.network == Network::Down {
            Validity::Error
        } else {
            match s.patient.online_record {
                OnlineRecord::Registered if only_old_numbers => Validity::InvalidNewExists,
                OnlineRecord::Registered => Validity::Valid,
                OnlineRecord::Pending => Validity::Invalid,
                OnlineRecord::Missing => Validity::NoRecord,
            }
        };
        let assistance_alone = s.patient.insurance == madoguchi_rules::Insurance::None
            && s.patient
                .subsidy
                .as_ref()
                .is_some_and(|sub| sub.scheme == madoguchi_rules::SubsidyScheme::PublicAssistance);
        let (rate, _) = if assistance_alone {
            (CopayRate::Zero, madoguchi_rules::RuleSet::EMPTY)
        } else {
            copay_by_age(policy, s)
        };
        let preschool_end = dates::school_year_end(dates::legal_age_reached(
            s.patient.birth_date,
            calendar.number(NumberKey::PreschoolAge),
        ));
        let cert_expiring = s.my_number_card().is_some_and(|card| {
            query == Query::Card
                && matches!(cert_status(policy, card, s.date).0, CertStatus::Expiring)
        });
        TerminalView {
            query,
            validity,
            auth,
            copay: (validity == Validity::Valid).then_some(rate),
            preschool: validity == Validity::Valid && s.date <= preschool_end,
            cert_expiring,
            lost_on: (validity == Validity::Invalid)
                .then(|| s.date.checked_sub(8.days()).unwrap_or(s.date)),
            consent: false,
            subsidy: None,
        }
    }
}

/// Whether the reader asks 「医療費助成の各種受給者証を利用しますか」: a PMH-connected clinic,
/// a local scheme of the patient's municipality already on PMH.
fn pmh_prompt(policy: &Policy, s: &Situation) -> bool {
    use madoguchi_rules::municipal::Found;
    let Some(subsidy) = &s.patient.subsidy else {
        return false;
    };
    // Only where the 医療証 works: the clinic in the city's prefecture (or any, for a scheme
    // not limited to it).
    s.clinic.pmh
        && matches!(
            policy.municipalities().find(subsidy),
            Some(Found::Local(city, scheme))
                if scheme.pmh_from.is_some_and(|from| s.date >= from)
                    && (!scheme.in_prefecture_only
                        || s.clinic.prefecture.as_deref().is_none_or(|p| p == city.prefecture))
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_rules::situation_from_ron;

    fn run(facts: &str, actions: &[Action]) -> (Devices, Vec<DeviceEvent>) {
        let s = situation_from_ron(facts).unwrap();
        let mut devices = Devices::new(&s);
        let mut all = Vec::new();
        for action in actions {
            all.extend(devices.react(Policy::builtin(), &s, *action));
        }
        (devices, all)
    }

    fn screens(events: &[DeviceEvent]) -> Vec<&'static str> {
        events
            .iter()
            .filter_map(|e| match e {
                DeviceEvent::Reader(screen) => Some(screen.name()),
                DeviceEvent::Terminal(_) => None,
            })
            .collect()
    }

    const BASE: &str = r#"(date: "2026-11-24", patient: (birth_date: "1981-04-10", insurance: employee),
        presented: [my_number_card(cert_expires: "2029-05-01", pin: known)])"#;

    #[test]
    fn an_ordinary_visit_ends_with_a_valid_result() {
        let (devices, events) = run(
            BASE,
            &[Action::GuideToReader, Action::ChooseAuth(AuthMode::Face)],
        );
        assert_eq!(
            screens(&events),
            ["choose_method", "face_scan", "consent", "done"]
        );
        let view = devices.terminal.unwrap();
        assert_eq!(view.validity, Validity::Valid);
        assert_eq!(view.copay, Some(CopayRate::Thirty));
        assert!(view.consent);
    }

    #[test]
    fn a_sleeve_stops_the_read_until_the_card_comes_out() {
        let facts = BASE.replace("pin: known", "pin: known, in_sleeve: true");
        let (_, events) = run(&facts, &[Action::GuideToReader, Action::AskToRemoveSleeve]);
        assert_eq!(screens(&events), ["read_failed", "choose_method"]);
    }

    #[test]
    fn a_certificate_in_grace_shows_the_notice_and_no_consent() {
        let facts = BASE.replace("2029-05-01", "2026-09-15");
        let (devices, events) = run(
            &facts,
            &[Action::GuideToReader, Action::ChooseAuth(AuthMode::Face)],
        );
        assert_eq!(
            screens(&events),
            ["choose_method", "face_scan", "cert_grace_notice", "done"]
        );
        let DeviceEvent::Reader(ReaderScreen::CertGraceNotice { grace_end, .. }) = events[2] else {
            panic!("third event is the notice");
        };
        assert_eq!(grace_end, jiff::civil::date(2026, 12, 31));
        assert!(!devices.terminal.unwrap().consent);
    }

    #[test]
    fn past_the_grace_the_reader_errors() {
        let facts = BASE.replace("2029-05-01", "2026-06-15");
        let (devices, events) = run(
            &facts,
            &[Action::GuideToReader, Action::ChooseAuth(AuthMode::Face)],
        );
        assert_eq!(
            screens(&events),
            ["choose_method", "face_scan", "cert_error"]
        );
        assert!(devices.terminal.is_none());
    }

    #[test]
    fn a_pending_record_shows_invalid_with_the_lost_date() {
        let facts = BASE.replace(
            "insurance: employee",
            "insurance: employee, online_record: pending",
        );
        let (devices, _) = run(
            &facts,
            &[Action::GuideToReader, Action::ChooseAuth(AuthMode::Face)],
        );
        let view = devices.terminal.unwrap();
        assert_eq!(view.validity, Validity::Invalid);
        assert_eq!(view.copay, None);
        assert_eq!(view.lost_on, Some(jiff::civil::date(2026, 11, 16)));
    }

    #[test]
    fn a_forgotten_pin_counts_down_to_the_lock() {
        let facts = BASE.replace("pin: known", "pin: forgotten");
        let pin = Action::ChooseAuth(AuthMode::Pin);
        let (_, events) = run(&facts, &[Action::GuideToReader, pin, pin, pin]);
        assert_eq!(
            screens(&events),
            [
                "choose_method",
                "pin_entry",
                "pin_wrong",
                "pin_entry",
                "pin_wrong",
                "pin_entry",
                "pin_locked"
            ]
        );
    }

    #[test]
    fn a_reader_that_did_not_start_works_after_a_restart() {
        let facts = BASE.replace("presented:", "clinic: (reader: needs_restart), presented:");
        let (_, events) = run(
            &facts,
            &[
                Action::GuideToReader,
                Action::RebootReader,
                Action::GuideToReader,
            ],
        );
        assert_eq!(screens(&events), ["not_started", "idle", "choose_method"]);
    }

    #[test]
    fn visual_check_needs_the_clinic_passcode() {
        let facts = BASE
            .replace("pin: known", "pin: forgotten, face_recognized: false")
            .replace(
                "presented:",
                "clinic: (visual_passcode_set: false), presented:",
            );
        let visual = Action::ChooseAuth(AuthMode::Visual);
        let (devices, events) = run(
            &facts,
            &[
                Action::GuideToReader,
                visual,
                Action::SetVisualPasscode,
                visual,
            ],
        );
        assert_eq!(
            screens(&events),
            [
                "choose_method",
                "visual_passcode_not_set",
                "visual_check",
                "consent",
                "done"
            ]
        );
        assert_eq!(devices.terminal.unwrap().auth, Some(AuthMode::Visual));
    }

    #[test]
    fn an_unregistered_card_registers_then_continues() {
        let facts = BASE.replace("pin: known", "pin: known, registered_for_insurance: false");
        let (devices, events) = run(
            &facts,
            &[
                Action::GuideToReader,
                Action::ChooseAuth(AuthMode::Face),
                Action::OfferRegistration,
            ],
        );
        assert_eq!(
            screens(&events),
            [
                "choose_method",
                "face_scan",
                "registration_offer",
                "registered",
                "consent",
                "done"
            ]
        );
        assert_eq!(devices.terminal.unwrap().validity, Validity::Valid);
    }

    #[test]
    fn a_look_up_by_numbers_fails_when_the_network_is_down() {
        let facts = BASE.replace("presented:", "clinic: (network: down), presented:");
        let (devices, _) = run(&facts, &[Action::LookUpByNumbers]);
        assert_eq!(devices.terminal.unwrap().validity, Validity::Error);
    }
}
