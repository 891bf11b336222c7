//! The rule catalogue: every decision rule's id, rulebook section, evidence, sources and the
//! visit dates on which it is in force, read from `assets/policy/rules.ron`.

use serde::{Deserialize, Serialize};

use super::calendar::CalendarKey;
pub use super::evidence::Evidence;

/// Declares [`RuleId`] with the rulebook's snake_case ids, in rulebook order.
macro_rules! rule_ids {
    ($($variant:ident = $name:literal,)*) => {
        /// A rule's stable id, exactly as `shared/reference/rulebook.md` spells it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum RuleId {
            $(
                #[doc = $name]
                #[serde(rename = $name)]
                $variant,
            )*
        }

        impl RuleId {
            /// Every rule, in rulebook order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The rule's id as written in the rulebook, in scenario files and in fluent ids.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $name,)*
                }
            }

            /// The rule with this id, if there is one.
            pub fn from_name(name: &str) -> Option<RuleId> {
                match name {
                    $($name => Some(RuleId::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

rule_ids! {
    DocOldcardNoNewIssue = "doc_oldcard_no_new_issue",
    DocOldcardMaxValidity = "doc_oldcard_max_validity",
    DocOldcardLostEligibility = "doc_oldcard_lost_eligibility",
    DocOldcardKoukiExpiry = "doc_oldcard_kouki_expiry",
    DocOldcardKokuhoExpiry = "doc_oldcard_kokuho_expiry",
    DocOldcardProvisionalAccept = "doc_oldcard_provisional_accept",
    DocOldcardAfterProvisional = "doc_oldcard_after_provisional",
    DocKakuninValidIfInDate = "doc_kakunin_valid_if_in_date",
    DocKakuninMax5y = "doc_kakunin_max_5y",
    DocKakuninKouki1y = "doc_kakunin_kouki_1y",
    DocKakuninExpired = "doc_kakunin_expired",
    DocKakuninExOfficioTargets = "doc_kakunin_ex_officio_targets",
    DocKakuninOnApplication = "doc_kakunin_on_application",
    DocKakuninKoukiFrom2026_08 = "doc_kakunin_kouki_from_2026_08",
    DocKakuninKouki85plus = "doc_kakunin_kouki_85plus",
    DocKakunin70_74Combined = "doc_kakunin_70_74_combined",
    DocOshiraseNotStandalone = "doc_oshirase_not_standalone",
    DocOshiraseWithCard = "doc_oshirase_with_card",
    DocOshiraseValidity = "doc_oshirase_validity",
    DocPortalWithCard = "doc_portal_with_card",
    DocMynaNeedsRegistration = "doc_myna_needs_registration",
    DocMynaEveryVisit = "doc_myna_every_visit",
    DocMynaCardBodyValidity = "doc_myna_card_body_validity",
    DocMynaSmartphone = "doc_myna_smartphone",
    CertGrace3months = "cert_grace_3months",
    CertReaderAlert = "cert_reader_alert",
    CertReaderGraceMessage = "cert_reader_grace_message",
    CertAfterGrace = "cert_after_grace",
    CertExOfficioKakunin = "cert_ex_officio_kakunin",
    CertCardBodyExpiry = "cert_card_body_expiry",
    CertRenewal24h = "cert_renewal_24h",
    CertFailureFallback = "cert_failure_fallback",
    CertNotLossOfInsurance = "cert_not_loss_of_insurance",
    AuthMethods = "auth_methods",
    AuthPinLock = "auth_pin_lock",
    AuthFaceLock = "auth_face_lock",
    AuthVisualNoReset = "auth_visual_no_reset",
    AuthVisualWhen = "auth_visual_when",
    AuthVisualProcedure2025 = "auth_visual_procedure_2025",
    AuthNoPinToStaff = "auth_no_pin_to_staff",
    AuthFaceauthCard = "auth_faceauth_card",
    AuthInfantPhotoless = "auth_infant_photoless",
    AuthAssist = "auth_assist",
    AuthSleeve = "auth_sleeve",
    AuthFacilityCardWithoutPatient = "auth_facility_card_without_patient",
    FailInvalidCause = "fail_invalid_cause",
    FailInvalidNo10wari = "fail_invalid_no_10wari",
    FailInvalidSteps = "fail_invalid_steps",
    FailMoushitate = "fail_moushitate",
    FailClaimOrder = "fail_claim_order",
    FailEprescription = "fail_eprescription",
    FailSystemDown = "fail_system_down",
    FailReaderReboot = "fail_reader_reboot",
    FailForgotCard = "fail_forgot_card",
    FailLostCard = "fail_lost_card",
    Fail10wariWhen = "fail_10wari_when",
    HandlingNoCustodyDefault = "handling_no_custody_default",
    HandlingFrontCheckOk = "handling_front_check_ok",
    HandlingNo12digit = "handling_no_12digit",
    HandlingFoundCard = "handling_found_card",
    HandlingKuromaru = "handling_kuromaru",
    HandlingRegisterOnSpot = "handling_register_on_spot",
    HandlingRevertMode = "handling_revert_mode",
    CopayPreschool20 = "copay_preschool_20",
    Copay6_69_30 = "copay_6_69_30",
    Copay70_74_20 = "copay_70_74_20",
    Copay75plus = "copay_75plus",
    Copay75HairyoEnd = "copay_75_hairyo_end",
    CopayUseOnlineResult = "copay_use_online_result",
    Copay70plusReformPending = "copay_70plus_reform_pending",
    VisitKyotakuType = "visit_kyotaku_type",
    VisitRereference = "visit_rereference",
    VisitFaceauthCard = "visit_faceauth_card",
    VisitKakuninDoc = "visit_kakunin_doc",
    VisitLimitedType = "visit_limited_type",
    VisitOtherRoute = "visit_other_route",
    VisitRequeryLater = "visit_requery_later",
    VisitRequeryInvalid = "visit_requery_invalid",
    KouhiWithInsuranceAlways = "kouhi_with_insurance_always",
    KouhiForgotCertificate = "kouhi_forgot_certificate",
    KouhiCertificateExpired = "kouhi_certificate_expired",
    KouhiInAreaGenbutsu = "kouhi_in_area_genbutsu",
    KouhiOutOfAreaReimbursement = "kouhi_out_of_area_reimbursement",
    KouhiLocalCharge = "kouhi_local_charge",
    KouhiSeikatsuHogoOnline = "kouhi_seikatsu_hogo_online",
    KouhiSeikatsuHogoPaperTicket = "kouhi_seikatsu_hogo_paper_ticket",
    KouhiSeikatsuHogoKokuhoLost = "kouhi_seikatsu_hogo_kokuho_lost",
    KouhiJiritsuShienCopay = "kouhi_jiritsu_shien_copay",
    KouhiNanbyoCopay = "kouhi_nanbyo_copay",
    PmhReaderPrompt = "pmh_reader_prompt",
    PmhPromptAccept = "pmh_prompt_accept",
    PmhPromptRefuse = "pmh_prompt_refuse",
    PmhNonPmhClinic = "pmh_non_pmh_clinic",
    PmhMunicipalitySchemeConnected = "pmh_municipality_scheme_connected",
    PmhNeedsMynaHokensho = "pmh_needs_myna_hokensho",
    KoureiJukyushaCard = "kourei_jukyusha_card",
    KoureiShareMissingDoc = "kourei_share_missing_doc",
    Oshirase70_74Expiry = "oshirase_70_74_expiry",
    PhoneMynaStopsOnCardOrCertExpiry = "phone_myna_stops_on_card_or_cert_expiry",
    ReaderBrokenAppRoute = "reader_broken_app_route",
    CannotOperateVisual = "cannot_operate_visual",
    ChildPinByParent = "child_pin_by_parent",
    MoushitateDeclaredShare = "moushitate_declared_share",
    Age75LeavesEmployeeInsurance = "age75_leaves_employee_insurance",
    Kouki65_74Disability = "kouki_65_74_disability",
    ResultInvalidNewExists = "result_invalid_new_exists",
    WrongPersonCard = "wrong_person_card",
    TrulyUninsured = "truly_uninsured",
    RefundSameMonthAtClinic = "refund_same_month_at_clinic",
    RefundAfterMonthRyouyouhi = "refund_after_month_ryouyouhi",
}

impl RuleId {
    /// The fluent message id of the rule's one-line explanation.
    pub fn message_id(self) -> String {
        format!("rule-{}", self.as_str())
    }

    /// The fluent message id of the rule's short title.
    pub fn title_id(self) -> String {
        format!("rule-{}-title", self.as_str())
    }

    /// The rule's position in [`RuleId::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A visit date named by a calendar entry: on that date, the day after it, or the day before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRef {
    /// The calendar date itself.
    On(CalendarKey),
    /// The day after the calendar date.
    After(CalendarKey),
    /// The day before the calendar date.
    Before(CalendarKey),
}

/// One rule as read from `rules.ron`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleEntry {
    /// The rule's id.
    pub id: RuleId,
    /// The rulebook section it comes from, e.g. `"3"` or `"5.1"`.
    pub section: String,
    /// The rulebook's evidence tags.
    pub evidence: Vec<Evidence>,
    /// Source references: a source id (`P20`, `S0`) optionally followed by a locator
    /// (`S0 §3-1 事象③`).
    pub sources: Vec<String>,
    /// First visit date on which the rule is in force, if it has one.
    #[serde(default)]
    pub from: Option<DateRef>,
    /// Last visit date on which the rule is in force, if it has one.
    #[serde(default)]
    pub until: Option<DateRef>,
}

/// The catalogue file's top level.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RulesFile {
    pub version: u32,
    pub rules: Vec<RuleEntry>,
}

/// A cited public source (`assets/policy/sources.ron`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// `S0` for the seed newsletter, `P1`…`P74` for public pages.
    pub id: String,
    /// What the source is.
    pub title: String,
    /// Where it can be read (empty for the seed, which ships with the project's reference).
    pub urls: Vec<String>,
}

/// The sources file's top level.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourcesFile {
    pub version: u32,
    pub sources: Vec<Source>,
}

/// The source id part of a reference such as `"S0 §3-1 事象③"`.
pub fn source_id(reference: &str) -> &str {
    reference.split_whitespace().next().unwrap_or(reference)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for (i, rule) in RuleId::ALL.iter().enumerate() {
            assert_eq!(RuleId::from_name(rule.as_str()), Some(*rule));
            assert_eq!(rule.index(), i, "ALL is in declaration order");
            assert!(seen.insert(rule.as_str()), "duplicate id {rule}");
        }
        assert_eq!(RuleId::from_name("no_such_rule"), None);
    }

    #[test]
    fn serde_uses_the_rulebook_spelling() {
        let json = serde_json::to_string(&RuleId::Copay6_69_30).unwrap();
        assert_eq!(json, "\"copay_6_69_30\"");
        let back: RuleId = serde_json::from_str("\"fail_10wari_when\"").unwrap();
        assert_eq!(back, RuleId::Fail10wariWhen);
    }

    #[test]
    fn source_id_takes_the_first_word() {
        assert_eq!(source_id("S0 §3-1 事象③"), "S0");
        assert_eq!(source_id("P20"), "P20");
    }
}

/// A set of rules, kept in rulebook order (a bit per rule, so it is `Copy` and cheap).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct RuleSet(u128);

const _: () = assert!(RuleId::ALL.len() <= 128, "RuleSet holds at most 128 rules");

impl RuleSet {
    /// The empty set.
    pub const EMPTY: RuleSet = RuleSet(0);

    /// A set of the given rules.
    pub fn of(rules: &[RuleId]) -> RuleSet {
        rules
            .iter()
            .fold(RuleSet::EMPTY, |set, rule| set.with(*rule))
    }

    /// This set plus one rule.
    #[must_use]
    pub fn with(self, rule: RuleId) -> RuleSet {
        RuleSet(self.0 | (1u128 << rule.index()))
    }

    /// This set without one rule.
    #[must_use]
    pub fn without(self, rule: RuleId) -> RuleSet {
        RuleSet(self.0 & !(1u128 << rule.index()))
    }

    /// Adds a rule.
    pub fn insert(&mut self, rule: RuleId) {
        *self = self.with(rule);
    }

    /// Adds every rule of another set.
    pub fn extend(&mut self, other: RuleSet) {
        self.0 |= other.0;
    }

    /// The union of two sets.
    #[must_use]
    pub fn union(self, other: RuleSet) -> RuleSet {
        RuleSet(self.0 | other.0)
    }

    /// Whether the rule is in the set.
    pub fn contains(self, rule: RuleId) -> bool {
        self.0 & (1u128 << rule.index()) != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many rules the set holds.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The rules, in rulebook order.
    pub fn iter(self) -> impl Iterator<Item = RuleId> {
        RuleId::ALL
            .iter()
            .copied()
            .filter(move |rule| self.contains(*rule))
    }

    /// The rules as a vector, in rulebook order.
    pub fn to_vec(self) -> Vec<RuleId> {
        self.iter().collect()
    }
}

impl std::fmt::Debug for RuleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl FromIterator<RuleId> for RuleSet {
    fn from_iter<T: IntoIterator<Item = RuleId>>(iter: T) -> Self {
        iter.into_iter()
            .fold(RuleSet::EMPTY, |set, rule| set.with(rule))
    }
}

impl Serialize for RuleSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for RuleSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<RuleId>::deserialize(deserializer)?
            .into_iter()
            .collect())
    }
}

#[cfg(test)]
mod set_tests {
    use super::*;

    #[test]
    fn sets_keep_rulebook_order() {
        let set = RuleSet::of(&[RuleId::Copay6_69_30, RuleId::AuthMethods]);
        assert_eq!(
            set.to_vec(),
            vec![RuleId::AuthMethods, RuleId::Copay6_69_30]
        );
        assert_eq!(set.len(), 2);
        assert!(set.contains(RuleId::AuthMethods));
        assert!(!set.contains(RuleId::AuthSleeve));
        let last = *RuleId::ALL.last().unwrap();
        assert!(RuleSet::EMPTY.with(last).contains(last));
        assert_eq!(
            serde_json::to_string(&set).unwrap(),
            r#"["auth_methods","copay_6_69_30"]"#
        );
    }
}
