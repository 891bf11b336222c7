### Words of the rulings: routes, authentication, rates, claims, prescriptions, verdicts,
### steps and actions.

## Verdicts

verdict-right = Right
verdict-acceptable = Acceptable
verdict-wrong = Wrong
verdict-prohibited = Prohibited

## How eligibility is confirmed

confirmed-my_number_card = マイナ保険証 (online confirmation)
confirmed-eligibility_certificate = 資格確認書 (eligibility certificate)
confirmed-insurance_card = Old health insurance card, within its validity
confirmed-card_with_notice = My Number card plus the お知らせ or the マイナポータル screen
confirmed-declaration = 被保険者資格申立書 (oral confirmation for an unchanged returning patient)
confirmed-provisional = Provisional acceptance (expired card or お知らせ alone, looked up online)
confirmed-none = No valid route (10割)

## Authentication

auth-face = Face recognition
auth-pin = PIN
auth-visual = Staff visual check (目視)
auth-none = None (no card authentication)

## Copay

copay-10 = 1割 (10%)
copay-20 = 2割 (20%)
copay-30 = 3割 (30%)
copay-100 = 10割 (full cost)

## Claim (レセプト)

claim-normal = As usual (current numbers)
claim-past_numbers = Past numbers (the 資格(無効) screen or visit records)
claim-unknown_numbers = 不詳レセプト ("7"s in the number fields, the declaration in 摘要)
claim-none = No insurance claim

## Prescription

prescription-electronic = Electronic prescription possible
prescription-paper = Paper prescription

## Information sharing

sharing-yes = Ask for consent to share medical and drug information (optional)
sharing-no = No medical or drug information is shared

## Electronic certificate

cert-valid = Valid
cert-expiring = Valid, expiring soon (renewal alert)
cert-in_grace = Expired, in the grace (eligibility only)
cert-expired = Expired, past the grace (unusable)
cert-renewed_today = Renewed today (works in about a day)

## Why the マイナ保険証 could not confirm

myna-not_presented = No マイナ保険証 shown
myna-confirmed = Confirmed with the マイナ保険証
myna-system_down = Equipment or network failure
myna-cannot_authenticate = No way to authenticate the holder
myna-unregistered = Not registered for insurance use, and it cannot be registered here
myna-cert_expired = Certificate past its grace
myna-not_yet_reflected = Today's renewal is not reflected yet
myna-invalid = 資格(無効)
myna-no_record = 資格情報なし
myna-smartphone_unsupported = No smartphone reader here

## Documents

document-my_number_card = My Number card (マイナ保険証)
document-smartphone_card = Smartphone マイナ保険証
document-insurance_card = Old health insurance card (健康保険証)
document-eligibility_certificate = 資格確認書 (eligibility certificate)
document-eligibility_notice = 資格情報のお知らせ (eligibility notice)
document-portal_screen = マイナポータル eligibility screen

## Decisions

decision-route = How eligibility is confirmed
decision-copay = Copay
decision-auth = Authentication
decision-claim = Claim
decision-prescription = Prescription

## Evidence

evidence-V = Verified in public sources
evidence-V1 = One source only
evidence-S = Stated in the source newsletter (MHLW material for dental clinics)
evidence-I = Inferred
evidence-C = Sources conflict
evidence-U = Unverified

## Situation words

insurance-employee = Employee insurance (協会けんぽ, 健保組合, 共済)
insurance-national = National health insurance (国保)
insurance-late_elderly = Late-elderly insurance (後期高齢者医療)
insurance-none = No insurance
record-registered = Current eligibility registered
record-pending = Awaiting the new insurer (資格(無効))
record-missing = No record (資格情報なし)
pin-known = Knows the PIN
pin-forgotten = Forgot the PIN
pin-locked = PIN locked
pin-none = No PIN (顔認証 card)
reader-working = Card reader working
reader-broken = Card reader broken
reader-needs_restart = Card reader did not start
network-up = Network up
network-down = Network down
setting-clinic = At the clinic
setting-home_visit = Home visit (居宅同意取得型)
income-general = General income
income-high = Working-level income (現役並み)

## Required steps

step-reboot_reader = Restart the card reader and the eligibility PC
step-take_card_out_of_sleeve = Have the patient take the card out of its case
step-assist_placing_card = At the patient's request and in their presence, help place the card
step-offer_registration = Have the patient register the card for insurance use on the spot
step-suggest_pin = If face recognition fails, suggest the PIN
step-visual_check = 目視: compare the card's photo with the patient's face
step-set_visual_passcode = First set the clinic's 目視 passcode on the eligibility terminal
step-switch_back_to_auto_mode = After 目視 mode, switch the reader back to automatic
step-advise_pin_reset = Tell the patient the PIN lock is reset at the municipality
step-advise_cert_renewal = Advise renewing the certificate at the municipality
step-advise_re_registration = Tell the patient to register again after renewing
step-explain_renewal_delay = Explain the renewal takes about a day and works from tomorrow
step-ask_for_eligibility_certificate = Ask whether the insurer sent a 資格確認書
step-use_card_with_notice = Identify by the card's photo and confirm with the お知らせ
step-use_card_with_portal = Identify by the card's photo and confirm with the マイナポータル screen
step-look_up_by_numbers = Look eligibility up on the terminal by the numbers
step-declaration_form = Have the patient fill in the 被保険者資格申立書
step-oral_confirmation = Confirm orally that nothing has changed (instead of the form)
step-explain_registration_lag = Explain that the online record lags behind (the new insurer's registration, a data check)
step-ask_for_new_numbers = Ask the patient to tell the clinic the new numbers when known
step-paper_prescription = Issue a paper prescription
step-bring_valid_document_next_time = Ask them to bring a マイナ保険証 or 資格確認書 next time
step-charge_full_and_refund_within_month = Charge 10割 now and explain the refund if a valid document is shown within the month
step-apply_for_eligibility_certificate = Suggest applying for a (short-term) 資格確認書
step-ask_for_physical_card = Ask for the physical card (or a 資格確認書)
step-identify_by_kana = Identify the patient by the kana name
step-confirm_every_visit = Confirm eligibility again today, even after a recent visit
step-use_home_visit_device = Read the card on the mobile device at the patient's home
step-requery_at_clinic = Re-query eligibility at the clinic
step-offer_info_sharing = Show the consent screens (consent is optional)
step-return_card = Hand the card straight back (no custody)

## Prohibited conduct

conduct-keep_card = Keeping the card (beyond a consented check of its front)
conduct-copy_back_or_note_number = Copying the back or noting the 12-digit number
conduct-handle_pin = Asking for, hearing or typing the PIN

## Receptionist actions

action-ask_for_insurance_document = Ask whether they have a マイナ保険証 or 資格確認書
action-guide_to_reader = Guide them to the card reader
action-ask_to_remove_sleeve = Ask them to take the card out of its case
action-assist_placing_card = Help place the card on the reader
action-use_card_without_patient = Check in with a card whose holder is not here
action-reboot_reader = Restart the reader and the PC
action-offer_registration = Offer insurance-use registration on the spot
action-choose_auth-face = Guide them to face recognition
action-choose_auth-pin = Guide them to the PIN
action-choose_auth-visual = Do the visual check (目視)
action-set_visual_passcode = Set the 目視 passcode
action-switch_back_to_auto_mode = Switch the reader back to automatic
action-ask_patient_pin = Ask the patient for their PIN
action-type_pin_for_patient = Type the PIN for the patient
action-use_home_visit_device = Read the card with the 居宅同意取得型 device
action-use_limited_type_app = Use the 資格確認限定型 app
action-requery_at_clinic = Re-query at the clinic
action-skip_confirmation = Skip today's confirmation
action-ask_for-my_number_card = Ask for the My Number card
action-ask_for-smartphone_card = Ask for the smartphone マイナ保険証
action-ask_for-insurance_card = Ask for the old health insurance card
action-ask_for-eligibility_certificate = Ask for the 資格確認書
action-ask_for-eligibility_notice = Ask for the お知らせ
action-ask_for-portal_screen = Ask to see the マイナポータル screen
action-refuse-my_number_card = Say the My Number card cannot be used
action-refuse-smartphone_card = Say the smartphone cannot be used
action-refuse-insurance_card = Say this insurance card cannot be used
action-refuse-eligibility_certificate = Say this 資格確認書 cannot be used
action-refuse-eligibility_notice = Say the お知らせ alone is not enough
action-refuse-portal_screen = Say the screen alone is not enough
action-confirm_by-my_number_card = Accept on the マイナ保険証 result
action-confirm_by-eligibility_certificate = Accept on the 資格確認書
action-confirm_by-insurance_card = Accept on the old insurance card
action-confirm_by-card_with_notice = Accept on the card plus the お知らせ (or the screen)
action-confirm_by-declaration = Accept on a 被保険者資格申立書
action-confirm_by-provisional = Accept under the provisional rule
action-confirm_by-none = Treat as unconfirmed and charge the full cost
action-accept_oral_confirmation = Accept on oral confirmation
action-look_up_by_numbers = Look up online by the numbers
action-identify_by_kana = Identify by the kana name
action-charge-10 = Charge 1割
action-charge-20 = Charge 2割
action-charge-30 = Charge 3割
action-charge-100 = Charge 10割 (full cost)
action-claim-normal = Claim with the usual numbers
action-claim-past_numbers = Claim with the past numbers
action-claim-unknown_numbers = Claim as a 不詳レセプト
action-claim-none = Make no insurance claim
action-prescribe-electronic = Issue an electronic prescription
action-prescribe-paper = Issue a paper prescription
action-offer_info_sharing = Show the information-sharing consent screens
action-advise-cert_renewal = Advise renewing the certificate
action-advise-re_registration = Mention registering again after renewal
action-advise-renewal_works_tomorrow = Say the renewal works from tomorrow
action-advise-pin_reset = Say the PIN lock is reset at the municipality
action-advise-bring_valid_document_next_time = Ask them to bring a valid document next time
action-advise-refund_within_month = Explain the refund if a valid document is shown this month
action-advise-tell_new_numbers = Ask them to tell the clinic the new numbers
action-advise-registration_lag = Explain the registration delay
action-advise-apply_for_eligibility_certificate = Suggest applying for a 資格確認書
action-advise-consent_optional = Say consent to sharing is optional
action-advise-bring_physical_card = Ask them to bring the physical card
action-advise-get_new_insurance_card = Tell them to get a new insurance card from the insurer
action-advise-myna_or_full_cost = Say "without a マイナ保険証 you pay 10割"
action-keep_card = Keep the card during treatment
action-check_card_front = With consent, check the card's front
action-copy_card_front = With consent, copy the card's front
action-copy_card_back = Copy the card's back
action-note_my_number = Write down the 12-digit number
action-return_card = Hand the card straight back
action-hold_found_card = Keep the found card until its owner or the police take it

## 公費, PMH and the rest of the 2026 window
action-apply_subsidy = Apply the 公費 (受給者証 / 医療証) at the register
action-refund_difference = Refund the difference of the earlier visit paid in full
action-use_myna_app = Confirm with the マイナ資格確認アプリ
action-advise-subsidy_reimbursement = Say the subsidy is claimed from the municipality later (償還払い)
action-advise-claim_ryouyouhi = Tell them to claim 療養費 from the insurer
action-ask_for-subsidy_certificate = Ask for the 受給者証 / 医療証 (or the 医療券)
action-ask_for-elderly_recipient_certificate = Ask for the 高齢受給者証
action-refuse-subsidy_certificate = Say this 受給者証 cannot be used
action-refuse-elderly_recipient_certificate = Say this 高齢受給者証 cannot be used
action-confirm_by-medical_ticket = Check in with the 医療券 (生活保護)
action-charge-0 = Charge nothing (0 yen)
step-ask_for_subsidy_certificate = Check the 受給者証 / 医療証 (the 医療券 for 生活保護)
step-apply_subsidy = Apply the 公費 at the register
step-advise_subsidy_reimbursement = Charge the insurance share today; the family claims the subsidy from the municipality (償還払い)
step-ask_for_elderly_certificate = Check the 高齢受給者証 beside the old card
step-refund_difference = Refund the insurer's share of the visit paid in full this month
step-advise_ryouyouhi = For a full-cost visit in an earlier month, tell them to claim 療養費 from the insurer
step-use_myna_app = Read the card with the マイナ資格確認アプリ and compare its photo with the patient
step-refuse_other_persons_card = Hand back someone else's card at once and never use it
confirmed-medical_ticket = The 医療券 (生活保護)
copay-0 = Nothing (0 yen)
document-subsidy_certificate = 受給者証 / 医療証
document-elderly_recipient_certificate = 高齢受給者証
decision-subsidy = 公費
subsidy-applies = Apply the 公費
subsidy-not-applied = Do not apply the 公費 today
subsidy-scheme-child_medical = Child medical subsidy (こども医療費)
subsidy-scheme-single_parent = Single-parent family subsidy (ひとり親)
subsidy-scheme-severe_disability = Severe disability subsidy (重度心身障害者)
subsidy-scheme-public_assistance = Public assistance medical aid (生活保護 医療扶助)
subsidy-scheme-independence_support = Independence support (自立支援医療)
subsidy-scheme-intractable_disease = Designated intractable disease (指定難病)
subsidy-scheme-child_chronic = Chronic childhood disease (小児慢性)
subsidy-route-pmh = Applied from the マイナ保険証 and PMH (no paper needed)
subsidy-route-online = Applied from the online check with the My Number card
subsidy-route-certificate = Applied with the paper 受給者証 / 医療証 (医療券)
subsidy-route-not_applied = Not applied today
subsidy-not_applied-no_certificate = No 受給者証 and no PMH data
subsidy-not_applied-expired = The 受給者証 has expired
subsidy-not_applied-out_of_area = A clinic outside the 医療証's prefecture
subsidy-not_applied-no_insurance = The insurance is not confirmed today
charge-free = Nothing to pay at the window
charge-per_visit = { $yen } yen a visit
charge-per_day = { $yen } yen a day (for { $days } days a month; the municipality refunds what passes { $cap } yen a month)
charge-share = { $wari }割 (up to the cap on the certificate)
myna-phone_expired = The smartphone stopped with the physical card or its certificate
myna-wrong_person = The card is someone else's
auth-card-photo = Visual check (the card photo compared with the patient)
