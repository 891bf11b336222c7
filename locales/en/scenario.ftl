### Text of scenarios, the devices and the checker.

## Difficulty, competencies, endings

difficulty-beginner = Beginner
difficulty-intermediate = Intermediate
difficulty-advanced = Advanced
competency-authentication = Authentication and the card reader
competency-certificate_expiry = Certificate expiry
competency-invalid_eligibility = 資格(無効) and 資格情報なし
competency-missing_documents = Missing cards and documents
competency-system_failure = Equipment and network failure
competency-copay_by_age = Copay by age
competency-privacy_and_conduct = Privacy and conduct
competency-home_visit = Home visits
competency-public_funding = Public funding (医療証, 受給者証, 生活保護, PMH)
competency-old_cards_and_dates = Old cards, certificates and dates
ending-served = The patient was checked in and went to treatment
ending-patient_left = The patient left without checking in
ending-escalated = A senior colleague took over
ending-resolved = The matter was handled

## The face-recognition card reader (wording varies by maker)

reader-title = Face-recognition card reader
reader-title-home_visit = Home-visit eligibility app (居宅同意取得型)
reader-not_started = (The screen stays dark: the reader has not started)
reader-out_of_order = Error: the device has a fault. Please tell reception
reader-idle = Place your My Number card (take it out of its case)
reader-read_failed = Reading failed. Please place the card again
reader-choose_method = Choose how to confirm your identity
reader-choose_method-face = Face recognition
reader-choose_method-pin = PIN
reader-choose_method-smartphone = Smartphone
reader-face_scan = Look into the camera frame
reader-face_failed = Could not verify. Try again, or choose the PIN. If that is hard, please tell reception
reader-pin_entry = Enter your 4-digit PIN
reader-pin_wrong = Wrong PIN ({ $tries_left } more and it locks)
reader-pin_locked = The PIN is locked. Reset it at your municipality
reader-no_pin_on_card = This card has no PIN
reader-visual_check = Staff visual check (目視)
reader-visual_check-passcode = Staff: compare the card's photo with the face and enter the 目視 passcode
reader-visual_check-terminal = Staff: switch the eligibility terminal to 目視 mode and check
reader-visual_check-home_visit = Staff: compare the card photo with the patient's face and choose the visual check in the app
reader-visual_passcode_not_set = No 目視 passcode is set (set it on the eligibility terminal)
reader-registration_offer = This card is not registered as a health insurance card. Register now?
reader-registered = Registration complete
reader-cert_alert = Your certificate expires on { $expires }. Please renew it at your municipality
reader-cert_grace_notice = Your certificate expired on { $expires }. Only your eligibility will be provided. Please renew it at your municipality by { $grace_end } [Next]
reader-cert_error = Please tell reception. Your certificate is no longer valid (renew it at your municipality)
reader-not_yet_reflected = The certificate cannot be confirmed. Please tell reception
reader-network_error = A communication error occurred. Please tell reception
reader-smartphone_hold = Hold your smartphone over the reader
reader-consent = Do you agree to share your past medical and medication information with this clinic? (Agree to all / Choose / Do not agree)
reader-done = Check-in complete. Please take your card

## The eligibility terminal's result

terminal-title = Eligibility terminal
terminal-not_queried = (Not queried yet)
terminal-offline = Communication error: cannot reach the online eligibility check (not queried yet)
terminal-query-card = Query: My Number card
terminal-query-numbers = Query: insurance numbers
terminal-query-requery = Query: re-query
terminal-validity = Eligibility
terminal-validity-valid = Valid (有効)
terminal-validity-invalid = Invalid (無効)
terminal-validity-no_record = No record (該当資格なし)
terminal-validity-error = Query failed (communication error)
terminal-name = Name
terminal-kana = Name (kana)
terminal-birth = Date of birth
terminal-sex = Sex
terminal-sex-female = F
terminal-sex-male = M
terminal-insurer = Insurer
terminal-copay = Copay rate
terminal-preschool = Preschool: yes
terminal-lost = Eligibility lost on
terminal-lost-reason = Reason: other
terminal-auth = Identity checked by
terminal-cert-expiring = Message: the certificate expires within 3 months
terminal-consent-yes = Medical/drug information: consent given
terminal-consent-no = Medical/drug information: no consent

## Documents

document-none = (The patient does not have it)
document-shown = The patient hands over the { $document }

## What if (one fact flipped)

whatif-cert_month_earlier = If the certificate had expired a month earlier
whatif-cert_month_later = If the certificate expired a month later
whatif-toggle_network = If the network were the other way
whatif-toggle_reader = If the card reader were the other way
whatif-year_older = If the patient were a year older
whatif-year_younger = If the patient were a year younger
whatif-toggle_record = If the new insurer's registration were the other way
whatif-visit_month_later = If the visit were a month later
whatif-visit_month_earlier = If the visit were a month earlier
whatif-add_eligibility_certificate = If they also had a valid 資格確認書
whatif-toggle_pin = If they knew (or had forgotten) the PIN the other way
whatif-toggle_face = If face recognition went the other way

## The checker's findings (madoguchi check)

finding-io = cannot read: { $detail }
finding-unknown_locale = "{ $folder }" under locales/ is not a language Madoguchi speaks (ja or en)
finding-syntax = syntax error: { $detail }
finding-unknown_field = unknown field: { $detail }
finding-unknown_action = unknown action: { $detail }
finding-unknown_competency = unknown competency: { $detail }
finding-unknown_value = unknown value: { $detail }
finding-unsupported_version = version { $version } cannot be read (use 1)
finding-bad_id = id "{ $id }" must use only lowercase letters, digits and _
finding-duplicate_id = id "{ $id }" is also used by { $other }
finding-too_large = { $what ->
    [beats] { $count } beats: a scenario may have at most { $limit }; split it into several scenarios
   *[choices] beat "{ $beat }" offers { $count } choices: at most { $limit }
}
finding-no_competency = competencies is empty; name at least one
finding-missing_beat = beat "{ $beat }" does not exist (named by { $from }){ $near ->
    [none] {""}
   *[other] ; did you mean "{ $near }"?
}
finding-unknown_variable = message "{ $id }" ({ $lang }) uses { "{" } ${ $name } { "}" }, which the scenario does not give (the trainee would see it as is). { $near ->
    [none] Variables given: { $given }
   *[other] Did you mean "{ $near }"? (variables given: { $given })
}
finding-unreachable_beat = beat "{ $beat }" cannot be reached
finding-dead_end = beat "{ $beat }" is not an ending but has no choices
finding-endless_cycle = beat "{ $beat }" has no way to an ending (a loop with no way out)
finding-ending_with_choices = ending beat "{ $beat }" has choices
finding-missing_message = message "{ $id }" is missing in { $lang }
finding-unused_message = message "{ $id }" ({ $lang }) is used by no scenario
finding-ftl_syntax = fluent syntax error: { $detail }
finding-message_clash = message "{ $id }" ({ $lang }) is also defined by { $other }
finding-impossible_fact = facts that cannot happen: { $detail } ({ $draw })
finding-assertion_failed = an assert does not hold: from the facts, it is not so that { $condition } ({ $draw })
finding-expectation_mismatch = beat "{ $beat }", choice { $choice }: the author expects “{ $expected }”, the engine says “{ $engine }” ({ $rules }; { $draw })
finding-missing_decision = a path to a check-in never decides: { $decisions }. For example: { $path } ({ $count ->
    [one] 1 ending lacks the same
   *[other] { $count } endings lack the same
}; { $draw })
finding-bad_variant = the variant cannot be drawn: { $detail }
finding-my_number = { $id ->
    [none] this line holds
   *[other] message "{ $id }" ({ $lang }) holds
} twelve digits in a row: a number that looks like a My Number cannot be written in a scenario, even a made-up one (Madoguchi never shows one)
finding-no_glyph = this line has { $chars }, which the bundled fonts cannot draw: the trainee would see □. Use another character or describe it in words

## Documents (fictional numbers; the My Number is never shown)

doc-title-my_number_card = My Number card (front)
doc-title-smartphone_card = Smartphone マイナ保険証
doc-title-insurance_card-employee = Health insurance card (健康保険 被保険者証)
doc-title-insurance_card-national = National health insurance card (国民健康保険 被保険者証)
doc-title-insurance_card-late_elderly = Late-elderly insurance card (後期高齢者医療 被保険者証)
doc-title-eligibility_certificate-employee = Eligibility certificate (健康保険 資格確認書)
doc-title-eligibility_certificate-national = Eligibility certificate (国民健康保険 資格確認書)
doc-title-eligibility_certificate-late_elderly = Eligibility certificate (後期高齢者医療 資格確認書)
doc-title-eligibility_notice = Eligibility notice (資格情報のお知らせ)
doc-title-portal_screen = マイナポータル: health insurance eligibility
doc-field-name = Name
doc-field-birth = Date of birth
doc-field-sex = Sex
doc-field-card_expires = Card valid until
doc-field-cert_expires = Certificate valid until
doc-field-phone = Phone
doc-field-symbol = Symbol (記号)
doc-field-number = Number (番号)
doc-field-insured_number = Insured person's number (被保険者番号)
doc-field-branch = Branch number (枝番)
doc-field-address = Address
doc-field-insurer_number = Insurer number
doc-field-insurer = Insurer
doc-field-expires = Valid until
doc-field-copay = Copay rate
doc-sex-female = F
doc-sex-male = M
doc-phone-iphone = iPhone (biometrics on the phone)
doc-phone-android = Android (smartphone certificate PIN)
doc-no-date = none printed
doc-faceauth-remark = Remarks: 顔認証 (face recognition only)
doc-no-photo = No photo (infant's card)
doc-insurer-kyokai = Japan Health Insurance Association (協会けんぽ), Tokyo branch
doc-insurer-previous-kyokai = Japan Health Insurance Association, Kanagawa branch
doc-insurer-kumiai = Minato Trading Health Insurance Society
doc-insurer-previous-kumiai = Sakura Electric Health Insurance Society
doc-insurer-kyosai = Tokyo Metropolitan Employees' Mutual Aid Association
doc-insurer-previous-kyosai = Local Government Officials' Mutual Aid Association
doc-insurer-national = Minato City National Health Insurance
doc-insurer-previous-national = Sakura City National Health Insurance
doc-insurer-late_elderly = Tokyo Late-Elderly Medical Care Association
doc-insurer-previous-late_elderly = Kanagawa Late-Elderly Medical Care Association
doc-photo = Photo

## Debrief headings

present-sources = Sources
present-evidence = Evidence
present-right-answer = Right answer
present-steps = What must be done:
present-prohibited = Never:
present-score = Score { $points } / { $max } ({ $percent }%)
present-prohibited-count = { $count } prohibited action(s) were taken (an assessment fails on these)
present-your-decisions = Your decisions:
present-decisions = Decisions:
present-missing = Not decided
present-right-handling = The right handling:
present-rules = The rules involved:
present-seed = Seed of this draw: { $seed } (the same seed replays the same case)
present-labelled = { $label }: { $value }
present-device = [{ $device }] { $text }
present-line = “{ $text }”
present-said = ▶ { $text }
present-aside = {" "}({ $text })
present-list-sep = {", "}
present-options = [{ $options }]
present-ruling-before-coverage = The visit date { $date } is before { $first }, the first date these rules cover
present-ruling-born-after-visit = The birth date { $birth } is after the visit date { $date }
present-step = Step
present-unscored = only one way on here, so it is not scored
finding-missed_step = a path to a check-in skips a step the right handling needs: { $steps }. For example: { $path } ({ $count ->
    [one] 1 ending lacks the same
   *[other] { $count } endings lack the same
}; { $draw })
finding-repeatable_cycle = a player can go round the loop from beat "{ $beat }" forever: { $cycle } (an assessment would never end; let the loop move on)
present-missed-step = Step not taken

## 公費 documents
doc-title-subsidy_certificate = Medical subsidy 受給者証
doc-title-medical_ticket = Public assistance 医療券
doc-title-elderly_recipient_certificate = 高齢受給者証 (70–74)
doc-field-scheme = Scheme
doc-field-payer_number = 公費負担者番号
doc-field-recipient_number = 受給者番号
doc-field-window_charge = Charged at the window
present-subsidy = 公費: { $scheme } — { $route }
present-subsidy-charge = Charged at the window (after the 公費): { $charge }

## Facts that cannot hold together (refused before any ruling)
inconsistency-two_cards = { $path }: two My Number cards (a person has one)
inconsistency-face_without_photo = { $path }: a card without a photo cannot recognise a face
inconsistency-photoless_past_five = { $path }: a photo-less infant card is valid to the 5th birthday (age { $age })
inconsistency-faceauth_card_too_early = { $path }: 顔認証 cards exist from { $from }
inconsistency-renewed_after_visit = { $path }: renewed on { $renewed }, after the visit
inconsistency-certificate_outlives_card = { $path }: the certificate ({ $cert }) outlives the card ({ $card })
inconsistency-sleeve_at_home = { $path }: no face reader is used at a home visit, so a sleeve does not matter
inconsistency-certificate_too_long = { $path }: a 資格確認書 valid until { $expires }, more than { $years } years ahead
inconsistency-late_elderly_under65 = { $path }: 後期高齢者医療 at { $age } (from 75, or 65 with a certified disability)
inconsistency-late_elderly_without_disability = { $path }: 後期高齢者医療 at { $age } needs a certified disability (disability_certified)
inconsistency-over75_not_late_elderly = { $path }: aged { $age }: everyone moves to 後期高齢者医療 on the 75th birthday
inconsistency-uninsured_but_registered = { $path }: no insurance, but the online record is registered
inconsistency-unchanged_but_pending = { $path }: a new insurer still registering is a change, not "nothing changed"
inconsistency-unchanged_on_first_visit = { $path }: "nothing changed" cannot be said on a first visit
inconsistency-lost_but_shown = { $path }: the card is said lost and shown
inconsistency-elderly_certificate_age = { $path }: the 高齢受給者証 is for 70–74 (age { $age })
inconsistency-elderly_certificate_share = { $path }: a 高齢受給者証 shows 2割 or 3割
inconsistency-certificate_without_subsidy = { $path }: a 受給者証 without a 公費 (patient.subsidy)
inconsistency-unknown_municipality = { $path }: municipality "{ $given }" is not in assets/policy/municipalities.ron
inconsistency-unknown_scheme = { $path }: { $municipality } has no such scheme in assets/policy/municipalities.ron
inconsistency-ambiguous_scheme = { $path }: { $municipality } runs several schemes of this kind; name one ({ $choices })
inconsistency-public_assistance_without_route = { $path }: a 生活保護 recipient with no insurance needs the My Number card or the 医療券 (without either, the 福祉事務所 decides: outside these rules)
inconsistency-parent_with_adult = { $path }: "with a parent" for a patient aged { $age }
inconsistency-declared_share = { $path }: the share on a 申立書 is 1, 2 or 3割
inconsistency-paid_after_visit = { $path }: the full-cost visit on { $paid } is after today
inconsistency-other_persons_face = { $path }: someone else's card does not recognise this patient's face
inconsistency-cannot_operate_at_home = { $path }: no reader is used at a home visit
reader-subsidy_prompt = Use your medical subsidy certificates (医療費助成の受給者証)? (Use / Do not use)
reader-app_check = マイナ資格確認アプリ: the card is read. Compare its photo with the patient
terminal-validity-invalid_new_exists = Invalid, a newer eligibility exists (無効（新しい資格あり）)
terminal-subsidy = Medical subsidy (PMH)
finding-few_options = beat "{ $beat }" asks for a decision with { $count } options: offer at least { $min }, each a mistake real staff make
finding-length_tell = the right option is the longest line in { $longest } of { $of } decisions ({ $lang }): vary the lengths so they do not give the answer away
finding-hidden_fact = a drawn fact decides the answer but the trainee cannot see it: { $fields } (seed { $seed } and { $other } look the same and need different handling); show it in a document, a screen or a line, or drop the variant
finding-document_format = { $what ->
    [cert_birthday] the certificate expires on { $date }, not on a birthday (born { $birth }): an electronic certificate runs to the holder's birthday ({ $draw })
   *[minor_five_years] a minor's certificate expiring on { $date } is valid more than 5 years (born { $birth }): a child's card runs 5 years ({ $draw })
}
reader-button-face = Face (顔認証)
reader-button-pin = PIN (暗証番号)
reader-button-agree = Agree
reader-button-disagree = Do not agree
reader-button-use = Use
reader-button-not-use = Do not use
finding-unknown_free_line = free_lines: "{ $key }" is not a patient line (did you mean "{ $near }"?)

## check --graph

graph-varies = {" "}(depends on the draw)
graph-when = when

## Reading errors of a scenario file, by kind (the line and a caret follow in the finding)
syntax-eof = The file ends too early (a closing ")" or "]" may be missing)
syntax-expected_array = A list in square brackets "[ … ]" goes here
syntax-expected_array_end = The list's closing "]" is missing (check the comma after the previous item)
syntax-expected_boolean = true or false goes here
syntax-expected_comma = A comma "," is needed here. Is one missing at the end of the previous field?
syntax-expected_number = A number goes here
syntax-expected_option = A value or None goes here
syntax-expected_map = A map in curly brackets goes here
syntax-expected_colon = A colon ":" is needed after the name
syntax-expected_map_end = The map's closing bracket is missing (check the comma after the previous item)
syntax-expected_struct = Fields in round brackets "( … )" go here
syntax-expected_struct_end = The closing ")" is missing (check the comma after the previous field)
syntax-expected_string = A string in double quotes "…" goes here
syntax-unclosed_string = The string's closing double quote is missing
syntax-expected_identifier = A field or value name (lower-case letters, digits, _) goes here
syntax-invalid_escape = A "\" in the string is not used correctly
syntax-number_out_of_range = The number is too large or too small
syntax-unclosed_comment = A comment "/* … */" is not closed
syntax-unexpected_char = An unexpected character here (check for full-width symbols and matching brackets)
syntax-trailing_characters = There is more after the scenario's last ")"
syntax-wrong_type = The value here is of the wrong kind
syntax-unknown_value = There is no value "{ $found }".{ $near ->
    [none] {""}
   *[other] {" "}Did you mean "{ $near }"?
} Allowed: { $expected }
syntax-unknown_field = There is no such field. Allowed: { $expected }
syntax-missing_field = A required field is missing
syntax-duplicate_field = The same field is given twice
syntax-ftl_expected_token = "{ $found }" is needed here
syntax-ftl_expected_equals = "=" is needed here (a message is "id = text"; its further lines are indented)
syntax-ftl_missing_value = The message has no text (write it as "id = text")
syntax-ftl_missing_default_variant = The selection (->) has no default "*[…]" variant
syntax-ftl_multiple_default_variants = There are two default "*[…]" variants
syntax-ftl_unterminated_string = The string's closing double quote is missing
syntax-ftl_unbalanced_brace = A closing "{ "}" }" has no opening "{ "{" }". To write one as text, write { "{" } "{ "}" }" { "}" }
syntax-ftl_expected_expression = Inside curly brackets goes a variable ($name) or a string in double quotes
syntax-ftl_invalid_escape = A "\" is not used correctly
finding-draw-authored = the facts as written
finding-draw-seed = seed { $seed }

## Conditions (assert, branches) in words
cond-verdict = the verdict is “{ $value }”
cond-cert = the certificate is “{ $value }”
cond-myna_confirmed = the マイナ保険証 confirms eligibility
cond-myna_failed = the マイナ保険証 fails ({ $value })
cond-myna_not_presented = no マイナ保険証 is shown
cond-confirmed_by = the right route is “{ $value }”
cond-copay = the right share is “{ $value }”
cond-auth = the right identity check is “{ $value }”
cond-and = {" "}and{" "}
cond-or = {" "}or{" "}
cond-not = not “{ $value }”
