### Decision rules: each rule's title (-title) and one-line explanation.
### Dates come from the policy calendar (assets/policy/calendar.ron) as { $key }.
### Rules the rulebook marks as inferred, conflicting, unverified or single-sourced say so.

## 2.1 Old health insurance card (健康保険証)

rule-doc_oldcard_no_new_issue-title = No new health insurance cards
rule-doc_oldcard_no_new_issue = Since { $myna_basis_from } no health insurance card (健康保険証) is issued or re-issued; any card shown at the window was issued before then.
rule-doc_oldcard_max_validity-title = Old cards last until { $old_card_last_day } at most
rule-doc_oldcard_max_validity = An old card is valid until the earlier of its printed expiry and { $old_card_last_day }; a card with no printed date also ends on { $old_card_last_day }.
rule-doc_oldcard_lost_eligibility-title = A card or certificate from a previous insurer is void
rule-doc_oldcard_lost_eligibility = After a change of insurer (new job, move, turning 75…) the previous insurer's card or 資格確認書 is void from the day eligibility was lost, whatever date is printed on it (it is to be returned). (Inferred from the loss-of-eligibility principle; no source says it in these words.)
rule-doc_oldcard_kouki_expiry-title = 後期高齢者 cards ended on { $late_elderly_card_last_day }
rule-doc_oldcard_kouki_expiry = The old 後期高齢者医療 card was last valid on { $late_elderly_card_last_day }.
rule-doc_oldcard_kokuho_expiry-title = 国保 cards: read the printed date
rule-doc_oldcard_kokuho_expiry = 国民健康保険 cards expire on a date set by each municipality (often 2025-07-31), at the latest { $old_card_last_day }; always read the printed expiry.
rule-doc_oldcard_provisional_accept-title = Provisional acceptance of expired cards
rule-doc_oldcard_provisional_accept = From { $provisional_national_from } for 国保 and 後期, from { $provisional_all_from } for every insurer, until { $provisional_last_day }: a patient with an expired card or only the お知らせ is accepted at the normal rate and claimed normally once an online look-up by their numbers confirms eligibility; ask them to bring a マイナ保険証 or 資格確認書 next time.
rule-doc_oldcard_after_provisional-title = After the provisional acceptance
rule-doc_oldcard_after_provisional = After { $provisional_last_day } an expired card or the お知らせ alone no longer confirms eligibility: ask for the マイナ保険証 or a 資格確認書; with neither, handle it as a forgotten card. (The end is verified; that it was not extended later is unverified.)

## 2.2 資格確認書 (eligibility certificate)

rule-doc_kakunin_valid_if_in_date-title = A 資格確認書 is valid until its printed expiry
rule-doc_kakunin_valid_if_in_date = The holder's 資格確認書 works like the old card until its printed expiry; look it up online by its numbers where possible and charge the rate it shows (or the online result).
rule-doc_kakunin_max_5y-title = Each insurer sets the validity (up to 5 years)
rule-doc_kakunin_max_5y = Validity is set by each insurer, up to 5 years, so read the date on the document.
rule-doc_kakunin_kouki_1y-title = 後期 certificates run for one year
rule-doc_kakunin_kouki_1y = A 後期高齢者 資格確認書 is valid for one year and renewed every August 1 (usually expiring July 31).
rule-doc_kakunin_expired-title = An expired 資格確認書
rule-doc_kakunin_expired = A 資格確認書 past its expiry is not valid. Until { $provisional_last_day } expired ones were reportedly accepted like expired cards after an online look-up; after that, ask for the new one or the マイナ保険証. (The handling after that date is inferred.)
rule-doc_kakunin_ex_officio_targets-title = Who receives a 資格確認書 without applying
rule-doc_kakunin_ex_officio_targets = Insurers send a 資格確認書 without application to people with no My Number card, with no (or a cancelled) insurance registration, or whose certificate expired unrenewed; every 後期高齢者 member got one until { $late_elderly_interim_last_day }. Ask whether they have it.
rule-doc_kakunin_on_application-title = Who can apply for a 資格確認書
rule-doc_kakunin_on_application = Card holders who need help to use it (elderly, disabled…) and people whose card is lost or being re-issued can apply for a 資格確認書 (a short-term one while the card is away).
rule-doc_kakunin_kouki_from_2026_08-title = 後期 certificates from { $late_elderly_new_rule_from }
rule-doc_kakunin_kouki_from_2026_08 = From { $late_elderly_new_rule_from }, 後期高齢者 with a マイナ保険証 receive the お知らせ instead of a 資格確認書; certificates go to people without one and to those who apply (needing help, or card lost).
rule-doc_kakunin_kouki_85plus-title = 後期 members aged 85+ and the 資格確認書
rule-doc_kakunin_kouki_85plus = One 広域連合 says everyone aged 85 or over on { $late_elderly_new_rule_from } still receives a 資格確認書; at the window, just check its dates. (Single source: Saitama's 広域連合.)
rule-doc_kakunin_70_74_combined-title = The 70–74 rate is printed on the certificate
rule-doc_kakunin_70_74_combined = For 70–74 year-olds the rate is printed on the 資格確認書 (doubling as the 高齢受給者証) or on the お知らせ; separate paper 高齢受給者証 are being phased out.

## 2.3 お知らせ and マイナポータル

rule-doc_oshirase_not_standalone-title = The お知らせ alone does not confirm eligibility
rule-doc_oshirase_not_standalone = The 資格情報のお知らせ on its own is not an eligibility document (except under the provisional acceptance until { $provisional_last_day }).
rule-doc_oshirase_with_card-title = Card plus お知らせ
rule-doc_oshirase_with_card = When the card cannot be read, or the reader or network is down, the physical card (identity by its photo) together with the お知らせ confirms eligibility at the normal rate.
rule-doc_oshirase_validity-title = How long an お知らせ lasts
rule-doc_oshirase_validity = Under 70 the お知らせ has no expiry; from 70 it shows the rate and an expiry (usually July 31).
rule-doc_portal_with_card-title = Card plus マイナポータル screen
rule-doc_portal_with_card = The マイナポータル eligibility screen (or its PDF) on the patient's phone, with the physical card, can stand in for the paper お知らせ; the screen alone is not enough.

## 2.4 マイナ保険証

rule-doc_myna_needs_registration-title = Insurance use must be registered
rule-doc_myna_needs_registration = A My Number card becomes a マイナ保険証 only after registration for insurance use; unregistered patients can register on the spot at the face-recognition reader.
rule-doc_myna_every_visit-title = Confirm at every visit
rule-doc_myna_every_visit = Eligibility is confirmed at each visit with what is presented that day; "they came last week" is no reason to skip it.
rule-doc_myna_card_body_validity-title = The card's and the certificate's expiry
rule-doc_myna_card_body_validity = The card itself lasts to the 10th birthday after issue (5th for minors); the electronic certificate to the 5th birthday at any age. Read both dates on the card.
rule-doc_myna_smartphone-title = Smartphone マイナ保険証 only where equipped
rule-doc_myna_smartphone = From { $smartphone_card_from } a smartphone マイナ保険証 works only at facilities with the smartphone reader (iPhone: biometrics on the phone; Android: a 4-digit PIN on the reader). Elsewhere the physical card is needed.

## 3 Electronic certificate expiry

rule-cert_grace_3months-title = Three months' grace after the certificate expires
rule-cert_grace_3months = After the electronic certificate expires, the card still confirms eligibility (only) until the end of the third month after the month of expiry (expiry in February → end of May); no medical or drug information is shared meanwhile. (Sources conflict; some count 3 months from the exact date. The end-of-month reading is the majority's.)
rule-cert_reader_alert-title = The reader's renewal alert
rule-cert_reader_alert = From 3 months before to 3 months after the certificate's expiry, the face-recognition reader shows a renewal alert.
rule-cert_reader_grace_message-title = The reader's message during the grace
rule-cert_reader_grace_message = During the grace the reader says the certificate has expired, only eligibility will be shared, and to renew at the municipality; the patient just presses Next. (Wording from one vendor blog.)
rule-cert_after_grace-title = After the grace the card no longer works
rule-cert_after_grace = After the grace the card cannot be used as a マイナ保険証 and its insurance registration is cancelled; after renewing at the municipality the patient must register again. (What the reader shows then is unverified.)
rule-cert_ex_officio_kakunin-title = An unrenewed certificate brings a 資格確認書
rule-cert_ex_officio_kakunin = If the certificate is not renewed, the insurer sends a 資格確認書 without application around the end of the grace; ask whether they have it. (Sources conflict: one 健保組合 says an application is needed.)
rule-cert_card_body_expiry-title = When the card itself expires
rule-cert_card_body_expiry = Municipal pages give the same 3-month grace when the card itself expires; one news report says it stops at once. Sources conflict; the municipal reading is used (low confidence).
rule-cert_renewal_24h-title = A renewal takes about a day
rule-cert_renewal_24h = A certificate renewed today may not work until the system reflects it (about 24 hours); tell the patient it works from tomorrow. (Single municipal source.)
rule-cert_failure_fallback-title = When the certificate stops the card
rule-cert_failure_fallback = When the certificate prevents confirmation and nothing else (such as a 資格確認書) is available, identify the patient by the card's photo, have them fill in the 資格申立書, and charge the normal rate.
rule-cert_not_loss_of_insurance-title = An expired certificate is not a loss of insurance
rule-cert_not_loss_of_insurance = The patient is still insured when the certificate expires; it is no reason to charge 10割.

## 4 Authentication at the card reader

rule-auth_methods-title = Face or PIN at the reader
rule-auth_methods = The patient takes the card out of its case, places it on the reader and chooses face recognition or the 4-digit PIN; if both fail, staff confirm visually (目視). After the consent screens the eligibility arrives.
rule-auth_pin_lock-title = Three wrong PINs lock the PIN
rule-auth_pin_lock = Three wrong PINs in a row lock it (the count carries over to the next visit); face recognition and 目視 still work. The lock is reset at the municipality.
rule-auth_face_lock-title = Ten failed faces lock face recognition
rule-auth_face_lock = Face recognition reportedly locks after 10 consecutive failures: do not keep retrying; switch to the PIN or 目視. (One news report.)
rule-auth_visual_no_reset-title = 目視 does not reset the counters
rule-auth_visual_no_reset = Checking in by 目視 does not reset the PIN or face failure counters. (One news report.)
rule-auth_visual_when-title = When to use 目視
rule-auth_visual_when = When face recognition fails and the PIN is forgotten or locked, or the patient is injured, unwell, has dementia…, they tell staff and show the card, and staff compare the card's photo with the face.
rule-auth_visual_procedure_2025-title = Operating 目視 (the clinic's passcode)
rule-auth_visual_procedure_2025 = From about { $visual_passcode_from }, staff choose 目視 on the reader's identity screen and enter the clinic's own 目視 passcode (never the patient's PIN), set beforehand on the eligibility terminal. (Whether every clinic's reader has the update is unverified.)
rule-auth_no_pin_to_staff-title = Staff never ask for or type the PIN
rule-auth_no_pin_to_staff = Staff must not ask for, be told, or type the patient's PIN; the patient (or a child's parent) enters it. (One clinic notice, and inferred from the no-custody rules.)
rule-auth_faceauth_card-title = The 顔認証 card (no PIN)
rule-auth_faceauth_card = A card with 「顔認証」 in its remarks field has no PIN: it works by face recognition or staff 目視, never by PIN (no マイナポータル either). If it cannot be confirmed and there is no 資格確認書, use the 資格申立書.
rule-auth_infant_photoless-title = Infants' cards without a photo
rule-auth_infant_photoless = Cards issued to children under 1 have no photo: no face recognition, no 目視, only the PIN the parent set (valid to the 5th birthday). (Single source.)
rule-auth_assist-title = Helping to place the card
rule-auth_assist = At the patient's request and in their presence, family, carers or staff may place the card on the reader for them.
rule-auth_sleeve-title = Take the card out of its sleeve
rule-auth_sleeve = A card left in a sleeve or case cannot be read; it is a main cause of read errors, so ask the patient to take it out.
rule-auth_facility_card_without_patient-title = A card without its holder cannot be used
rule-auth_facility_card_without_patient = A card brought without the patient cannot be used: face and 目視 need the patient, and the PIN must not be given to staff. (Inferred.)

## 5.1 資格(無効) or 資格情報なし

rule-fail_invalid_cause-title = Why the result is 無効 or なし
rule-fail_invalid_cause = Usually the new insurer has not registered the new eligibility yet (the employer notifies within 5 days, the insurer registers within 5 days), or a registration is on hold for a data check.
rule-fail_invalid_no_10wari-title = No 10割 for a マイナ保険証 holder
rule-fail_invalid_no_10wari = A patient who shows a valid マイナ保険証 must not be charged 10割 merely because the result is 無効 or なし; charge the proper rate.
rule-fail_invalid_steps-title = The steps when the result is 無効 or なし
rule-fail_invalid_steps = (1) Use the マイナポータル screen, a valid 資格確認書 or the お知らせ if they have one; (2) otherwise the 被保険者資格申立書; (3) a returning patient whose details have not changed may confirm orally instead; (4) ask them to tell the clinic the new numbers.
rule-fail_moushitate-title = The 被保険者資格申立書
rule-fail_moushitate = When a patient shows a My Number card but Myna confirmation cannot be completed (無効/なし, equipment or network fault, damaged chip, expired certificate, an unverifiable 顔認証 card), have them fill in the declaration as far as they can and charge the rate they declare (3割; 2割 before school; 1–3割 from 70).
rule-fail_claim_order-title = Which numbers the claim uses
rule-fail_claim_order = Claim with (1) the current numbers if known; (2) else the lost eligibility on the 資格(無効) screen or the numbers in past visit records; (3) else a 不詳レセプト ("7"s in the number fields, the declaration's address and contact in 摘要).
rule-fail_eprescription-title = Paper prescriptions when eligibility is unconfirmed
rule-fail_eprescription = Without online-confirmed eligibility an electronic prescription cannot be issued or registered: write a paper prescription.

## 5.2 Reader, PC or network down

rule-fail_system_down-title = When the reader, PC or network is down
rule-fail_system_down = When equipment or the network fails, confirm with the physical card (identity by photo) plus the お知らせ or the マイナポータル screen at the normal rate; otherwise with the 申立書 (a returning patient may confirm orally), also at the normal rate.
rule-fail_reader_reboot-title = Restart a reader that will not start
rule-fail_reader_reboot = Most start-up failures are fixed by restarting the reader and the eligibility PC (a daily shutdown and restart, or the scheduler).

## 5.3 No card or documents

rule-fail_forgot_card-title = A forgotten マイナ保険証
rule-fail_forgot_card = Handle it like a forgotten insurance card: confirm with a valid 資格確認書 if they have one; otherwise charge 10割 now, refund the difference if they show a valid document within the same month, and after that they claim 療養費 from their insurer.
rule-fail_lost_card-title = A lost or re-issued card
rule-fail_lost_card = A patient whose card is lost or being re-issued can apply for a (short-term) 資格確認書; with it they are confirmed as usual, without it it is a forgotten card.
rule-fail_10wari_when-title = 10割 only when no route exists
rule-fail_10wari_when = 10割 is right only when no valid route exists and it is not a "card shown but not confirmable" case: nothing brought, after { $provisional_last_day } only an expired card or only the お知らせ, or truly uninsured. (Derived from the other rules.)

## 6 Handling and privacy

rule-handling_no_custody_default-title = Do not keep the card
rule-handling_no_custody_default = The patient places and takes the card themselves; by default the window does not take custody of it.
rule-handling_front_check_ok-title = With consent, the front may be checked or copied
rule-handling_front_check_ok = With the patient's consent, staff may briefly hold the card to check the front (name, address) needed for claims, and may copy the front.
rule-handling_no_12digit-title = Never the 12-digit number
rule-handling_no_12digit = Clinics never handle the 12-digit My Number: do not copy the back or write the number down; seeing it by accident is not a breach. Eligibility is confirmed with the certificate, not the number.
rule-handling_found_card-title = A card found on the premises
rule-handling_found_card = A card found in the clinic is lost property: it may be held until returned to its owner or handed to the police.
rule-handling_kuromaru-title = ● in a name
rule-handling_kuromaru = A character outside the system's set shows as ●: identify the patient by the kana name. Claims with ● or with the kanji filled in are not returned.
rule-handling_register_on_spot-title = Registering on the spot
rule-handling_register_on_spot = An unregistered card holder can register for insurance use at the face-recognition reader, there and then.
rule-handling_revert_mode-title = Switch the old 目視 mode back
rule-handling_revert_mode = After the old PC-side 目視 mode, switch back to the automatic mode or the next patient cannot use face recognition. (Single source.)

## 7 Copay rate

rule-copay_preschool_20-title = 2割 before school
rule-copay_preschool_20 = Before compulsory schooling the rate is 2割: until the first March 31 on or after the day the child legally turns 6 (the day before the birthday), so a child born on April 1 pays 2割 until the March 31 on which they turn 6, and one born on April 2 until the next March 31.
rule-copay_6_69_30-title = 3割 from school to 69
rule-copay_6_69_30 = From school entry to age 69 the rate is 3割.
rule-copay_70_74_20-title = 2割 at 70–74 (3割 with working-level income)
rule-copay_70_74_20 = At 70–74 the rate is 2割, or 3割 with 現役並み所得, from the 1st of the month after the 70th birthday (from the birthday month when born on the 1st).
rule-copay_75plus-title = 後期高齢者医療 from 75
rule-copay_75plus = From the 75th birthday itself the patient is in 後期高齢者医療: 1割, 2割 or 3割 by income.
rule-copay_75_hairyo_end-title = The 2割 cap measure has ended
rule-copay_75_hairyo_end = The measure capping the outpatient increase for 後期 2割 patients ended on { $late_elderly_cap_last_day }; the rate is unchanged, the monthly cap is the normal one.
rule-copay_use_online_result-title = Where the rate comes from
rule-copay_use_online_result = With a マイナ保険証 the rate is the online result; with a 資格確認書 the one printed (or looked up); with a 申立書 the one declared. Each must match the patient's age and income. (Checking it against the age is inferred.)
rule-copay_70plus_reform_pending-title = The 70+ 3割 reform is not in force
rule-copay_70plus_reform_pending = Widening 3割 for people over 70 is under discussion and no source shows it in force; charge today's rate. (Its later status is unverified.)

## 8 Home-visit dental care

rule-visit_kyotaku_type-title = Home visits use 居宅同意取得型
rule-visit_kyotaku_type = On a home visit the card is read on a mobile device at the patient's home, identity is checked by PIN (マイナ在宅受付Web) or PIN or 目視 (マイナ資格確認アプリ), and consent is given on the device; eligibility and information are fetched later at the clinic.
rule-visit_rereference-title = Later home visits re-query
rule-visit_rereference = While the home visits continue, second and later visits re-query eligibility at the clinic and use the information under the first consent; the card need not be read each time.
rule-visit_faceauth_card-title = A 顔認証 card on a home visit
rule-visit_faceauth_card = A no-PIN 顔認証 card can be used at home through 目視 in the マイナ資格確認アプリ. (Availability at a given clinic is inferred.)
rule-visit_kakunin_doc-title = A 資格確認書 on a home visit
rule-visit_kakunin_doc = If the patient (often a care-home resident) has a 資格確認書, confirm with it as usual.
rule-visit_limited_type-title = 資格確認限定型 is not the dental clinic's method
rule-visit_limited_type = 資格確認限定型 is a simple eligibility-only method for 柔整/あはき practices, facilities exempt from online confirmation and the like; a normal dental clinic doing home visits uses 居宅同意取得型. (The second part is inferred.)
rule-visit_other_route-title = 居宅同意取得型 inside the clinic
rule-visit_other_route = The 居宅同意取得型 mechanism may also be used at the clinic for patients who must use another route, such as fever patients or emergencies.

## 8 Home visits: later visits by re-query

rule-visit_requery_later-title = Later home visits use the re-query result
rule-visit_requery_later = After a first home visit confirmed with the マイナ保険証 through 居宅同意取得型, and while the same clinic keeps visiting, later visits are confirmed by a re-query (再照会) at the clinic: use the eligibility and share it returns. The card need not be read again, and drug information may be fetched under the first visit's consent. (That the share and the claim are the usual ones is inferred.)
rule-visit_requery_invalid-title = The re-query returns 無効 or no record
rule-visit_requery_invalid = If the re-query returns 無効 or 該当資格なし (moved to 後期 at 75, new job, moved away…), the earlier eligibility can no longer be used: at the next visit read the card again or see a 資格確認書; with neither, follow the 無効 steps (申立書, normal share). (Inferred; no source covers home visits.)

## 12.1 公費 (publicly funded care): common rules

rule-kouhi_with_insurance_always-title = 公費 comes on top of the insurance check
rule-kouhi_with_insurance_always = A 受給者証 or 医療証 never replaces the insurance check: confirm the insurance (マイナ保険証, 資格確認書…) first, as usual. The subsidy only changes what the patient pays for insurance-covered care; items outside insurance (document fees, vaccinations…) are never covered.
rule-kouhi_forgot_certificate-title = No certificate shown
rule-kouhi_forgot_certificate = With no 受給者証 or 医療証 shown and no PMH data, charge the insurance share today and tell the family to bring the certificate next time or claim the subsidy from the municipality (償還払い). If they come back within the month with the certificate and the receipt, the clinic may refund the difference. (The city claim is verified; the refund at the clinic rests on one city page and is inferred to be clinic policy.)
rule-kouhi_certificate_expired-title = An expired certificate
rule-kouhi_certificate_expired = A 受給者証 or 医療証 is applied only within the validity printed on it. An expired one is not applied: charge the insurance share and ask for the new certificate, or tell the family to claim from the municipality (償還払い). (Inferred from the printed validity; no source states this handling.)

## 12.2 Local 医療証 schemes (children, single parents, severe disability)

rule-kouhi_in_area_genbutsu-title = Inside its area the 医療証 is used at the window
rule-kouhi_in_area_genbutsu = At clinics inside the issuing prefecture (都内, 府内, 県内) a municipal 医療証 is applied directly at the window (現物給付): charge only the local copay and bill the rest to the scheme.
rule-kouhi_out_of_area_reimbursement-title = Outside the area: the insurance share, and the family claims
rule-kouhi_out_of_area_reimbursement = A 医療証 from another prefecture (a Tokyo child treated outside Tokyo, for example) is not applied at the window: charge the normal insurance share (2割 or 3割), and the family claims the subsidy from its municipality with the receipt (償還払い). PMH does not change this.
rule-kouhi_local_charge-title = The window charge follows the municipality's rule
rule-kouhi_local_charge = The charge under a 医療証 is set by each municipality: free (Nagoya, Yokohama…), a fixed amount per visit (Tokyo マル子 and マル青: 200 yen per outpatient visit), a fixed amount per clinic per day for a limited number of days (Osaka Prefecture: 500 yen a day for 2 days a month, the city refunding anything above 2,500 yen a month), or a share such as 1割. An amount printed on the certificate takes precedence.

## 12.3 生活保護 (public assistance medical aid)

rule-kouhi_seikatsu_hogo_online-title = 医療扶助 eligibility online with the My Number card
rule-kouhi_seikatsu_hogo_online = From { $medical_assistance_online_from } 医療扶助 eligibility can be confirmed online with the My Number card (each welfare office joined on its own date). Once the card is registered for insurance use, the welfare office has registered the recipient and the clinic has the separate 医療扶助 update, the result carries the 医療券 data: charge 0 yen, or the 本人支払額 if one is shown.
rule-kouhi_seikatsu_hogo_paper_ticket-title = Otherwise the paper 医療券 (monthly)
rule-kouhi_seikatsu_hogo_paper_ticket = When online confirmation is not possible (no card or no registration, the clinic or the welfare office not set up…), the paper 医療券 is used. The welfare office issues it per patient, per designated clinic and per calendar month, so a new month needs a new ticket. Charge 0 yen, or the 本人支払額 printed on it.
rule-kouhi_seikatsu_hogo_kokuho_lost-title = A 生活保護 recipient has lost 国保
rule-kouhi_seikatsu_hogo_kokuho_lost = A 生活保護 recipient loses 国保 (from 75, 後期高齢者医療), and the マイナ保険証 may show 資格(無効) with the loss reason 生活保護受給開始. Charge neither 10割 nor the old 国保 share: ask whether they receive 生活保護 and claim under 医療扶助 alone, with the 医療券 or after calling the welfare office (members of an employee scheme keep it, and 医療扶助 covers the rest). (The procedure is inferred.)

## 12.4 自立支援医療 and 指定難病

rule-kouhi_jiritsu_shien_copay-title = 自立支援医療: 1割 up to a monthly cap
rule-kouhi_jiritsu_shien_copay = 自立支援医療 (更生医療, 育成医療, 精神通院) applies only at the designated clinic named on the 受給者証: the patient pays 1割 up to a monthly cap set by income class (0 for 生活保護, 2,500 yen for 低所得1, 5,000 yen for 低所得2…). Ask for the 受給者証 and the 自己負担上限額管理票 at every visit and write each charge in the 管理票; once the cap is reached, charge 0 for the rest of the month.
rule-kouhi_nanbyo_copay-title = 指定難病 and 小児慢性: 2割 up to a monthly cap
rule-kouhi_nanbyo_copay = 指定難病 and 小児慢性特定疾病 apply only at designated clinics and only to care for the certified disease and what arises from it: the patient pays 2割 (or the insurance share if that is lower) up to the monthly cap on the certificate, summed over all designated clinics. The clinic writes every visit in the 管理票; once the cap is reached the rest of the month is 0, and without the 管理票 charge the day's 2割.

## 12.5 PMH (online confirmation of medical subsidies)

rule-pmh_reader_prompt-title = At a PMH clinic the reader asks about the subsidy
rule-pmh_reader_prompt = At a PMH-connected clinic, when a patient with subsidy data on PMH checks in with the マイナ保険証, the reader asks 「医療費助成の各種受給者証を利用しますか」 after the identity check, with 「利用する」 and 「利用しない」. (Sources conflict: one vendor labels the buttons 提供する and 提供しない.)
rule-pmh_prompt_accept-title = 利用する: no paper certificate needed
rule-pmh_prompt_accept = When the patient chooses 利用する, the subsidy data arrive with the insurance result: register the 公費 in the レセコン and charge by the scheme; no paper certificate is needed for that visit. (The 難病 and 自立支援 管理票 is inferred to stay on paper.)
rule-pmh_prompt_refuse-title = 利用しない, no data or an error: the paper certificate
rule-pmh_prompt_refuse = When the patient chooses 利用しない, no data arrive, or there is an error, ask for the paper certificate as before; without it, handle it as a certificate not brought (the insurance share). Missing data do not prove the subsidy has ended: ask the patient.
rule-pmh_non_pmh_clinic-title = A clinic not on PMH needs the paper certificate
rule-pmh_non_pmh_clinic = At a clinic not connected to PMH, the patient shows the マイナ保険証 (or 資格確認書) and the paper certificate, as before, even where the municipality is on PMH.
rule-pmh_municipality_scheme_connected-title = PMH starts scheme by scheme
rule-pmh_municipality_scheme_connected = PMH starts on its own date for each municipal (or prefectural) scheme, given in the municipality table; until that scheme is on PMH even a connected clinic receives no data. Paper certificates are still issued after the start.
rule-pmh_needs_myna_hokensho-title = PMH only with the マイナ保険証
rule-pmh_needs_myna_hokensho = PMH data come only when the patient checks in with the マイナ保険証 (no application by the patient is needed); a patient who uses a 資格確認書 always needs the paper certificate.

## 13.2 Ages 70–74: 高齢受給者証 and the お知らせ expiry

rule-kourei_jukyusha_card-title = At 70–74 the share is on the 高齢受給者証
rule-kourei_jukyusha_card = A 70–74 patient with an old 健康保険証 has the share (2割 or 3割) on the 高齢受給者証, shown together with the card. It runs from the 1st of the month after the 70th birthday (that month if born on the 1st) to the day before the 75th birthday; where an insurer's 資格確認書 does not print the share, the 高齢受給者証 is shown with it in the same way.
rule-kourei_share_missing_doc-title = 70–74 without the 高齢受給者証
rule-kourei_share_missing_doc = A 70–74 patient with an old card and no 高齢受給者証: confirm the share online by the card's numbers if possible and charge it; otherwise charge 3割, and the patient claims the difference from the insurer later (settling it at the window when the certificate comes within the month is also acceptable). (The online step is inferred; sources conflict on settling at the window.)
rule-oshirase_70_74_expiry-title = A 70–74 お知らせ has an expiry
rule-oshirase_70_74_expiry = A 70–74 patient's 資格情報のお知らせ shows the share and an expiry (normally the next July 31, or the day before the 75th birthday if that comes first) and is re-sent every July. Past its expiry it is no longer a companion to the card: look the numbers up online or use the 申立書. (The handling after the expiry is inferred.)

## 13.3 Smartphone マイナ保険証

rule-phone_myna_stops_on_card_or_cert_expiry-title = The phone stops when the card or certificate expires
rule-phone_myna_stops_on_card_or_cert_expiry = When the physical card or its certificate expires, the smartphone マイナ保険証 stops working. The 3-month grace applies only to the physical card, so a patient within the grace checks in with the card; after renewing, the patient must apply again in マイナポータル for the smartphone certificate.

## 13.4 Broken face-recognition reader

rule-reader_broken_app_route-title = A broken reader: the マイナ資格確認アプリ
rule-reader_broken_app_route = Since the notice of { $myna_app_counter_from }, when the face-recognition reader is broken or the patient cannot use it, staff may read the card with the マイナ資格確認アプリ on the clinic's registered phone or tablet and confirm identity by PIN or staff 目視; eligibility arrives as usual, at the normal share. Without that set-up, use the お知らせ, マイナポータル or 申立書 route.

## 13.5 Emergencies, patients who cannot use the reader, parents' PIN entry

rule-cannot_operate_visual-title = A patient who cannot operate the reader: 目視
rule-cannot_operate_visual = A patient who cannot operate or reach the reader (dementia, injury…) tells staff and shows the card, and staff compare the card's photo with the patient (目視).
rule-child_pin_by_parent-title = A parent may enter a child's PIN
rule-child_pin_by_parent = A child under 15's PIN is set by the legal guardian, so a parent may enter it at the reader for the child; staff never ask for it or enter it. (Parents entering it at the window rests on one clinic notice; an MHLW statement is unverified.)

## 13.6 The share on the 被保険者資格申立書

rule-moushitate_declared_share-title = The 申立書: charge the declared share
rule-moushitate_declared_share = Under the 被保険者資格申立書, charge the share the patient declares (usually 3割; 2割 before school; 1–3割 from 70). A declaration that later proves wrong is corrected, never turned into 10割: settle the difference at the window if the right document comes within the month; after that, insurer and patient settle it. (The handling of a wrong declaration is inferred.)

## 13.7 The 後期 2割 cap measure


## 13.8 Impossible combinations

rule-age75_leaves_employee_insurance-title = Everyone is in 後期高齢者医療 from 75
rule-age75_leaves_employee_insurance = From the 75th birthday itself everyone leaves employee insurance and 国保 for 後期高齢者医療, even while still working (生活保護 recipients do not join and are covered by 医療扶助). Employee or national insurance valid at 75 or over is impossible: check the 後期 eligibility.
rule-kouki_65_74_disability-title = 後期 at 65–74 only with a certified disability
rule-kouki_65_74_disability = At 65–74 only a person with a certain disability who applied and was recognised by the 広域連合 is in 後期高齢者医療; their share is the 後期 one (1–3割), not the 70–74 rule. Under 65, 後期 is impossible.

## 13.11 Terminal results 無効（新しい資格あり） and 複数該当

rule-result_invalid_new_exists-title = 「無効（新しい資格あり）」
rule-result_invalid_new_exists = Read as: the eligibility queried has been lost, but a newer one is registered. If the result carries the new record, use its numbers and share; otherwise check the new 資格確認書, お知らせ or the マイナ保険証, failing which the 申立書 (not a claim on the old numbers). Never 10割. (The meaning is inferred; an official definition is unverified.)

## 13.12 Someone else's card, no insurance, refunds

rule-wrong_person_card-title = A family member's card brought by mistake
rule-wrong_person_card = Another person's card (a family member's brought by mistake) is never used for this patient: using someone else's insurance may be fraud. Hand it back at once, and either have the patient's own card or 資格確認書 brought during the visit or handle it as no document (10割 now, a refund or 療養費 later); stop face retries once the photo clearly does not match. (The window flow is inferred.)
rule-truly_uninsured-title = A person with no public insurance
rule-truly_uninsured = A person with no insurance at all (and not on 生活保護) pays 10割 (自費), with no insurance claim. Tell them to join 国保 at the municipality, which is due within 14 days of becoming eligible; sources conflict on whether earlier bills are refunded, so promise nothing.
rule-refund_same_month_at_clinic-title = Within the month: a refund at the window
rule-refund_same_month_at_clinic = When a patient who paid 10割 returns within the same month with a マイナ保険証 or 資格確認書 valid on the visit date, confirm the eligibility for that date, refund the insurer's share and claim normally (whether to offer this is clinic policy).
rule-refund_after_month_ryouyouhi-title = After the month: 療養費 from the insurer
rule-refund_after_month_ryouyouhi = After the month (or where the clinic does not refund), the patient claims 療養費 from the insurer with the receipt and a statement of the care given. The claim lapses after 2 years, and the amount, computed on the insurer's scale, may be less than what was paid.
