//! Scripted players, to measure how far free play resists guessing — a random player, one that
//! takes the longest line it has not said yet, a careful guesser that never charges 10割 nor
//! keeps the card, and a greedy one that takes the first act of every object — and the player
//! who knows the rules (it reads the ruling), which shows every situation can be handled in
//! full. None of them sees anything a trainee would not, except the last.

use madoguchi_rules::stable::SeededRng;
use madoguchi_rules::{
    Action, AuthMode, ClaimRoute, ConfirmedBy, CopayRate, DocumentKind, Setting, StepKind,
};

use super::{Act, FreePlay, Object, WholeDebrief};

/// The most acts a scripted player takes before it is stopped (the patient has long left by
/// then: the window's clock runs out first).
pub const MAX_ACTS: usize = 400;

/// Something that chooses the next act.
pub trait Player {
    /// The next act, given the window as the trainee sees it.
    fn next(&mut self, play: &FreePlay) -> Act;
}

/// Every act on offer now, in menu order.
pub fn offered(play: &FreePlay) -> Vec<Act> {
    play.menu()
        .into_iter()
        .flat_map(|(_, groups)| groups.into_iter().flat_map(|(_, acts)| acts))
        .collect()
}

/// Plays until the handling ends (or [`MAX_ACTS`]), one second of real time per act.
pub fn play_out(play: &mut FreePlay, player: &mut dyn Player) -> WholeDebrief {
    for step in 0..MAX_ACTS {
        if play.ended().is_some() {
            break;
        }
        let act = player.next(play);
        let _ = play.act(act, 1_000 * step as u64);
    }
    play.debrief()
}

/// Picks any act on offer, uniformly.
pub struct RandomPlayer {
    rng: SeededRng,
    avoid: fn(Act) -> bool,
}

impl RandomPlayer {
    /// A random player.
    pub fn new(seed: u64) -> RandomPlayer {
        RandomPlayer {
            rng: SeededRng::new(seed),
            avoid: |_| false,
        }
    }

    /// A random player that never charges the full cost and never keeps the card (the
    /// "careful guesser" who knows the two best-known don'ts).
    pub fn careful(seed: u64) -> RandomPlayer {
        RandomPlayer {
            rng: SeededRng::new(seed),
            avoid: |act| {
                matches!(
                    act,
                    Act::Rule(
                        Action::Charge(CopayRate::Full)
                            | Action::ConfirmBy(ConfirmedBy::None)
                            | Action::KeepCard
                    )
                )
            },
        }
    }
}

impl Player for RandomPlayer {
    fn next(&mut self, play: &FreePlay) -> Act {
        let acts: Vec<Act> = offered(play)
            .into_iter()
            .filter(|a| !(self.avoid)(*a))
            .collect();
        acts[self.rng.index(acts.len())]
    }
}

/// Says the longest line it has not said yet (by the label's length in the language shown).
pub struct LongestPlayer<F: Fn(Act) -> usize> {
    length: F,
}

impl<F: Fn(Act) -> usize> LongestPlayer<F> {
    /// A player that measures labels with `length`.
    pub fn new(length: F) -> LongestPlayer<F> {
        LongestPlayer { length }
    }
}

impl<F: Fn(Act) -> usize> Player for LongestPlayer<F> {
    fn next(&mut self, play: &FreePlay) -> Act {
        let said: Vec<Act> = play.log().iter().map(|d| d.act).collect();
        let acts = offered(play);
        acts.iter()
            .copied()
            .filter(|a| !said.contains(a))
            .max_by_key(|a| (self.length)(*a))
            .unwrap_or(Act::Finish)
    }
}

/// Takes the first act of each object, in menu order, once, then finishes.
#[derive(Default)]
pub struct GreedyPlayer;

impl Player for GreedyPlayer {
    fn next(&mut self, play: &FreePlay) -> Act {
        let said: Vec<Act> = play.log().iter().map(|d| d.act).collect();
        play.menu()
            .into_iter()
            .filter(|(object, _)| *object != Object::Desk)
            .filter_map(|(_, groups)| groups.first().and_then(|(_, acts)| acts.first().copied()))
            .find(|act| !said.contains(act))
            .unwrap_or(Act::Finish)
    }
}

/// Knows the rules: reads the ruling and does exactly what it says, in order. Not a guesser:
/// it shows that every situation can be handled in full with what the window offers.
#[derive(Default)]
pub struct RulesPlayer {
    plan: Option<Vec<Act>>,
    next: usize,
}

impl Player for RulesPlayer {
    fn next(&mut self, play: &FreePlay) -> Act {
        let plan = self.plan.get_or_insert_with(|| plan(play));
        let act = plan.get(self.next).copied().unwrap_or(Act::Finish);
        self.next += 1;
        act
    }
}

/// The acts that perform a ruling.
fn plan(play: &FreePlay) -> Vec<Act> {
    let s = play.situation();
    let ruling = play.ruling();
    let rule = Act::Rule;
    let mut acts = vec![Act::Greet];
    let home = s.setting == Setting::HomeVisit;
    let card = s.my_number_card().is_some() || s.smartphone_card().is_some();
    let mut placed = false;
    let mut authenticated = false;
    let place = |acts: &mut Vec<Act>, placed: &mut bool| {
        if !*placed && !home {
            acts.push(rule(Action::GuideToReader));
            *placed = true;
        }
    };
    let numbers_doc = [
        DocumentKind::EligibilityCertificate,
        DocumentKind::InsuranceCard,
        DocumentKind::EligibilityNotice,
        DocumentKind::PortalScreen,
    ]
    .into_iter()
    .find(|k| s.shows(*k));
    let mut route_done = false;
    let ask = |acts: &mut Vec<Act>, kind: DocumentKind| {
        let act = rule(Action::AskFor(kind));
        if !acts.contains(&act) {
            acts.push(act);
        }
    };
    for step in &ruling.steps {
        match step.step {
            StepKind::RebootReader => acts.push(rule(Action::RebootReader)),
            StepKind::TakeCardOutOfSleeve => {
                place(&mut acts, &mut placed);
                acts.push(rule(Action::AskToRemoveSleeve));
            }
            StepKind::AssistPlacingCard => {
                acts.push(rule(Action::AssistPlacingCard));
                placed = true;
            }
            StepKind::SuggestPin => {
                place(&mut acts, &mut placed);
                acts.push(rule(Action::ChooseAuth(AuthMode::Face)));
                acts.push(rule(Action::ChooseAuth(AuthMode::Pin)));
            }
            StepKind::VisualCheck => {
                place(&mut acts, &mut placed);
                acts.push(rule(Action::ChooseAuth(AuthMode::Visual)));
                authenticated = true;
            }
            StepKind::SetVisualPasscode => acts.push(rule(Action::SetVisualPasscode)),
            StepKind::OfferRegistration => {
                place(&mut acts, &mut placed);
                if !authenticated && let Some(mode) = ruling.auth {
                    acts.push(rule(Action::ChooseAuth(mode)));
                    authenticated = true;
                }
                acts.push(rule(Action::OfferRegistration));
            }
            StepKind::UseCardWithNotice | StepKind::UseCardWithPortal => {
                let kind = if s.shows(DocumentKind::EligibilityNotice) {
                    DocumentKind::EligibilityNotice
                } else {
                    DocumentKind::PortalScreen
                };
                ask(&mut acts, kind);
                acts.push(rule(Action::ConfirmBy(ConfirmedBy::CardWithNotice)));
                route_done = true;
            }
            StepKind::LookUpByNumbers => {
                if let Some(kind) = numbers_doc {
                    ask(&mut acts, kind);
                }
                acts.push(rule(Action::LookUpByNumbers));
            }
            StepKind::DeclarationForm => {
                acts.push(rule(Action::ConfirmBy(ConfirmedBy::Declaration)));
                route_done = true;
            }
            StepKind::OralConfirmation => {
                acts.push(Act::AskVisitedBefore);
                acts.push(rule(Action::AcceptOralConfirmation));
                route_done = true;
            }
            StepKind::ConfirmEveryVisit => {
                if card && !home {
                    place(&mut acts, &mut placed);
                } else if let Some(kind) = numbers_doc {
                    ask(&mut acts, kind);
                }
            }
            StepKind::OfferInfoSharing => {
                if !authenticated && let Some(mode) = ruling.auth {
                    place(&mut acts, &mut placed);
                    acts.push(rule(Action::ChooseAuth(mode)));
                    authenticated = true;
                }
                acts.push(rule(Action::OfferInfoSharing));
            }
            StepKind::ReturnCard | StepKind::ApplySubsidy => {}
            StepKind::RefuseOtherPersonsCard => {
                ask(&mut acts, DocumentKind::MyNumberCard);
                acts.push(rule(Action::Refuse(DocumentKind::MyNumberCard)));
            }
            StepKind::AskForSubsidyCertificate => ask(&mut acts, DocumentKind::SubsidyCertificate),
            other => {
                if let Some(action) = crate::handling::actions_for(other).into_iter().next() {
                    acts.push(rule(action));
                }
            }
        }
    }
    if let Some(mode) = ruling.auth
        && !authenticated
    {
        place(&mut acts, &mut placed);
        acts.push(rule(Action::ChooseAuth(mode)));
    }
    if !route_done {
        match ruling.confirmed_by {
            ConfirmedBy::EligibilityCertificate => {
                ask(&mut acts, DocumentKind::EligibilityCertificate);
            }
            ConfirmedBy::InsuranceCard | ConfirmedBy::Provisional
                if s.shows(DocumentKind::InsuranceCard) =>
            {
                ask(&mut acts, DocumentKind::InsuranceCard);
            }
            ConfirmedBy::MedicalTicket => ask(&mut acts, DocumentKind::SubsidyCertificate),
            ConfirmedBy::CardWithNotice => {
                let kind = if s.shows(DocumentKind::EligibilityNotice) {
                    DocumentKind::EligibilityNotice
                } else {
                    DocumentKind::PortalScreen
                };
                ask(&mut acts, kind);
            }
            _ => {}
        }
        acts.push(rule(Action::ConfirmBy(ruling.confirmed_by)));
    }
    acts.push(rule(Action::Charge(ruling.copay)));
    if ruling.subsidy.is_some_and(|sub| sub.applies()) {
        if s.shows(DocumentKind::SubsidyCertificate)
            && ruling
                .subsidy
                .is_some_and(|sub| sub.route == madoguchi_rules::SubsidyRoute::Certificate)
        {
            ask(&mut acts, DocumentKind::SubsidyCertificate);
        }
        acts.push(rule(Action::ApplySubsidy));
    }
    if ruling.claim != ClaimRoute::Normal {
        acts.push(rule(Action::Claim(ruling.claim)));
    }
    acts.push(rule(Action::ReturnCard));
    acts.push(Act::Finish);
    acts
}
