//! The handling as a whole: which required steps of a ruling an action performs, so a
//! play-through — guided or free — is judged on everything the receptionist did, not only line
//! by line. A required step never taken costs its points and is named in the debrief.

use madoguchi_rules::{
    Action, Advice, AuthMode, ConfirmedBy, DocumentKind, Prescription, StepKind,
};

/// The steps of a ruling an action performs.
pub fn steps_of(action: Action) -> &'static [StepKind] {
    use StepKind as S;
    match action {
        Action::RebootReader => &[S::RebootReader],
        Action::AskToRemoveSleeve => &[S::TakeCardOutOfSleeve],
        Action::AssistPlacingCard => &[S::AssistPlacingCard],
        Action::OfferRegistration => &[S::OfferRegistration],
        Action::ChooseAuth(AuthMode::Pin) => &[S::SuggestPin],
        Action::ChooseAuth(AuthMode::Visual) => &[S::VisualCheck],
        Action::SetVisualPasscode => &[S::SetVisualPasscode],
        Action::SwitchBackToAutoMode => &[S::SwitchBackToAutoMode],
        Action::Advise(Advice::PinReset) => &[S::AdvisePinReset],
        Action::Advise(Advice::CertRenewal) => &[S::AdviseCertRenewal],
        // "After renewing the certificate, register the card again" tells both.
        Action::Advise(Advice::ReRegistration) => &[S::AdviseReRegistration, S::AdviseCertRenewal],
        Action::Advise(Advice::RenewalWorksTomorrow) => &[S::ExplainRenewalDelay],
        Action::AskFor(DocumentKind::EligibilityCertificate) => &[S::AskForEligibilityCertificate],
        Action::ConfirmBy(ConfirmedBy::CardWithNotice) => {
            &[S::UseCardWithNotice, S::UseCardWithPortal]
        }
        Action::LookUpByNumbers => &[S::LookUpByNumbers],
        Action::ConfirmBy(ConfirmedBy::Declaration) => &[S::DeclarationForm],
        Action::AcceptOralConfirmation => &[S::OralConfirmation],
        Action::Advise(Advice::RegistrationLag) => &[S::ExplainRegistrationLag],
        Action::Advise(Advice::TellNewNumbers) => &[S::AskForNewNumbers],
        Action::Prescribe(Prescription::Paper) => &[S::PaperPrescription],
        Action::Advise(Advice::BringValidDocumentNextTime) => &[S::BringValidDocumentNextTime],
        Action::Advise(Advice::RefundWithinMonth) => &[S::ChargeFullAndRefundWithinMonth],
        Action::Advise(Advice::ApplyForEligibilityCertificate) => {
            &[S::ApplyForEligibilityCertificate]
        }
        Action::AskFor(DocumentKind::MyNumberCard) | Action::Advise(Advice::BringPhysicalCard) => {
            &[S::AskForPhysicalCard]
        }
        Action::IdentifyByKana => &[S::IdentifyByKana],
        Action::GuideToReader | Action::ConfirmBy(ConfirmedBy::MyNumberCard) => {
            &[S::ConfirmEveryVisit]
        }
        Action::UseHomeVisitDevice => &[S::UseHomeVisitDevice],
        Action::RequeryAtClinic => &[S::RequeryAtClinic],
        Action::OfferInfoSharing | Action::Advise(Advice::ConsentOptional) => {
            &[S::OfferInfoSharing]
        }
        Action::ReturnCard => &[S::ReturnCard],
        Action::AskFor(DocumentKind::SubsidyCertificate) => &[S::AskForSubsidyCertificate],
        Action::ApplySubsidy => &[S::ApplySubsidy],
        Action::Advise(Advice::SubsidyReimbursement) => &[S::AdviseSubsidyReimbursement],
        Action::AskFor(DocumentKind::ElderlyRecipientCertificate) => &[S::AskForElderlyCertificate],
        Action::RefundDifference => &[S::RefundDifference],
        Action::Advise(Advice::ClaimRyouyouhi) => &[S::AdviseRyouyouhi],
        Action::UseMynaApp => &[S::UseMynaApp],
        Action::Refuse(DocumentKind::MyNumberCard) => &[S::RefuseOtherPersonsCard],
        _ => &[],
    }
}

/// Whether an action performs a step.
pub fn performs(action: Action, step: StepKind) -> bool {
    steps_of(action).contains(&step)
}

/// Every action that performs a step (for the vocabulary and for authoring hints).
pub fn actions_for(step: StepKind) -> Vec<Action> {
    Action::all()
        .into_iter()
        .filter(|a| performs(*a, step))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_rules::VariantArray;

    #[test]
    fn every_required_step_can_be_performed_by_some_action() {
        for step in StepKind::VARIANTS {
            assert!(
                !actions_for(*step).is_empty(),
                "no action performs {step:?}: a ruling could require what no trainee can do"
            );
        }
    }
}
