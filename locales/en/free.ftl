# Free play (窓口モード): the window's objects and acts, what the receptionist says, what the
# patient answers, refusals, consequences and the whole-handling debrief.

## Mode and terminal

free-mode-title = Window mode
free-mode-hint = Act freely on whatever is at the window — the patient, the devices, the documents — and the whole handling is judged at the end.
free-arrives = { $companion ->
    [parent] { $name } ({ $age }) comes to the window with a parent.
    [family] { $name } ({ $age }) comes to the window with a family member.
    [carer] { $name } ({ $age }) comes to the window with a care-home worker.
   *[none] { $name } ({ $age }) comes to the window.
}
cli-free-how = Enter the number of an act. Type ? to list the acts again. Completing the check-in shows the debrief.
cli-free-prompt = Number (? for the list):
cli-free-shift-patient = == Patient { $number } of { $count } ==
cli-free-shift-total = Shift total: { $count } patients, { $points } / { $max } points ({ $percent }%), about { $minutes } min at the window

## The things at the window (menu headings)

free-object-patient = Patient
free-object-reader = Face-recognition card reader
free-object-terminal = Eligibility terminal
free-object-forms = Forms and declaration
free-object-register = Billing and claim
free-object-desk = Reception desk

## Groups of acts towards the patient

free-intent-ask = Greet and ask
free-intent-documents = Ask for documents
free-intent-guide = At the reader
free-intent-advise = Explain and advise
free-intent-other = Other

## The window's own acts (menu labels)

free-act-greet = Greet the patient
free-act-ask_visited_before = Ask whether they have been here before
free-act-ask_details_changed = Ask whether anything has changed since the last visit
free-act-examine-my_number_card = Look closely at the My Number card's front
free-act-examine-smartphone_card = Look closely at the smartphone マイナ保険証
free-act-examine-insurance_card = Check the old insurance card
free-act-examine-eligibility_certificate = Check the 資格確認書
free-act-examine-eligibility_notice = Check the お知らせ
free-act-examine-portal_screen = Check the マイナポータル screen
free-act-hand_back-my_number_card = Hand back the My Number card
free-act-hand_back-smartphone_card = Hand back the phone
free-act-hand_back-insurance_card = Hand back the old insurance card
free-act-hand_back-eligibility_certificate = Hand back the 資格確認書
free-act-hand_back-eligibility_notice = Hand back the お知らせ
free-act-hand_back-portal_screen = Hand back the phone (マイナポータル screen)
free-act-finish = Complete the check-in
free-act-hand_to_senior = Hand over to a senior colleague

## What the receptionist says: greeting and questions

free-say-window-greet = Hello. What brings you in today?
free-say-window-ask_visited_before = Have you been to our clinic before?
free-say-window-ask_details_changed = Has anything changed since your last visit — your insurance, your address or your name?
free-say-window-finish = { $name }, you're all checked in. Please take a seat; we'll call your name.
free-say-window-hand_to_senior = One moment, please. I'll ask a colleague to take over.
free-say-ask_patient_pin = Could you tell me your PIN? I'll enter it for you.

## What the receptionist says: asking for documents

free-say-ask_for_insurance_document = Excuse me, do you have your マイナ保険証 or a 資格確認書 with you?
free-say-ask_for-my_number_card = Do you have your My Number card with you?
free-say-ask_for-smartphone_card = If you use the マイナ保険証 on your phone, could you show me the screen?
free-say-ask_for-insurance_card = Do you have your old health insurance card with you?
free-say-ask_for-eligibility_certificate = Do you have a 資格確認書 that your insurer sent you?
free-say-ask_for-eligibility_notice = Do you have the 資格情報のお知らせ your insurer sent you?
free-say-ask_for-portal_screen = Could you open your insurance details in マイナポータル on your phone and show me?

## What the receptionist says: at the reader

free-say-guide_to_reader = Please place your card on this machine and follow the instructions on the screen.
free-say-ask_to_remove_sleeve = Could you take the card out of its case before placing it? It sometimes can't be read through the case.
free-say-choose_auth-face = Please choose face recognition on the screen and look into the camera frame.
free-say-choose_auth-pin = Please choose PIN on the screen and enter your four digits yourself. We never ask for your PIN.
free-say-assist_placing_card = Shall I help? I'll place the card for you — just keep an eye on the screen.
free-say-offer_registration = It looks like your card isn't registered for insurance use yet. You can register it right here on this machine — just follow the screen.
free-say-offer_info_sharing = Next, the screen asks whether to share your past medication and treatment information. Consent is optional, so choose as you like; you're covered by your insurance either way.

## What the receptionist says: explaining and advising

free-say-advise-cert_renewal = Your card's electronic certificate needs renewing. Please do that at your city or town office.
free-say-advise-re_registration = Once the certificate is renewed, please register the card for insurance use again — you can do that on this machine too.
free-say-advise-renewal_works_tomorrow = When it was renewed only today, it takes about a day to come through. From tomorrow it will work as usual.
free-say-advise-pin_reset = A locked PIN can be reset at your city or town office.
free-say-advise-bring_valid_document_next_time = Next time, could you bring your マイナ保険証 or a 資格確認書?
free-say-advise-refund_within_month = If you bring your マイナ保険証 or a 資格確認書 within this month, we'll refund the difference.
free-say-advise-tell_new_numbers = When you know the numbers of your new insurance, please tell us by phone or at your next visit.
free-say-advise-registration_lag = It looks like your new insurance hasn't reached the system yet. Your employer and the insurer can each take about five days to register it.
free-say-advise-apply_for_eligibility_certificate = While you're without the card, it would help to apply to your insurer for a 資格確認書.
free-say-advise-consent_optional = Consent to share your information is optional. Without it you still get insured treatment as usual.
free-say-advise-bring_physical_card = Next time, could you bring the physical My Number card?
free-say-advise-get_new_insurance_card = Please ask your insurer to issue you a new health insurance card.
free-say-advise-myna_or_full_cost = Without a マイナ保険証, you'll have to pay 10割 — the full cost.

## What the receptionist says: the share and the route

free-say-charge-10 = Your share today is 1割, 10%.
free-say-charge-20 = Your share today is 2割, 20%.
free-say-charge-30 = Your share today is 3割, 30%.
free-say-charge-100 = Today you'll pay 10割 — the full cost.
free-say-confirm_by-none = As there's nothing to confirm your insurance today, you'll pay the full cost for now.
free-say-confirm_by-declaration = Could you fill in this declaration form, the 被保険者資格申立書, as far as you know? Then we can accept you on your insurance.
free-say-accept_oral_confirmation = Has anything changed since last time — your insurance or your address? If not, I'll check you in as it is.

## What the receptionist says: the card and the documents

free-say-return_card = Here's your card back. Please don't forget it.
free-say-check_card_front = May I take a quick look at the front of your card? I'll hand it straight back.
free-say-keep_card = I'll keep your card here until you leave.
free-say-refuse-my_number_card = I'm sorry, we can't confirm your insurance with this card today.
free-say-refuse-smartphone_card = I'm sorry, we can't read the smartphone マイナ保険証 here.
free-say-refuse-insurance_card = I'm sorry, this insurance card can't be used today.
free-say-refuse-eligibility_certificate = I'm sorry, this 資格確認書 can't be used today.
free-say-refuse-eligibility_notice = I'm sorry, the お知らせ on its own isn't enough to confirm your insurance.
free-say-refuse-portal_screen = I'm sorry, the screen on its own isn't enough to confirm your insurance.

## Acts that are done, not said

free-did = ({ $text })

## What the patient says: greeting and questions

free-patient-greeting = { $companion ->
    [parent] { $mood ->
        [worried] Excuse me, my child has been saying a tooth hurts since yesterday… Could you see us today?
        [annoyed] We came at our appointment time… Could you get the check-up going soon?
        [hurried] Sorry, we're in a bit of a hurry — we have somewhere to be after this. It's my child's regular check-up.
       *[other] Hello. We're here for my child's dental check-up.
    }
    [carer] I'm from the care home. I've come with { $name } — their dentures have been bothering them.
   *[other] { $mood ->
        [worried] Um, I've had a throbbing pain in a back tooth since yesterday… Could you see me today?
        [annoyed] I came at my appointment time. A filling came out — can we get on with it?
        [hurried] Sorry, I have to get to work after this, so as quick as you can, please. It's my regular check-up.
       *[other] Hello. I have an appointment for my regular check-up.
    }
}
free-patient-visited_before = { $companion ->
    [parent] Yes, my child has been seen here before.
   *[other] Yes, I've been here a few times.
}
free-patient-first_visit = { $companion ->
    [parent] No, it's my child's first time here.
   *[other] No, this is my first time.
}
free-patient-nothing_changed = No, nothing's changed.
free-patient-something_changed = { $companion ->
    [parent] Oh — actually I changed jobs… My child's insurance may have changed too.
   *[other] Oh — actually I changed jobs recently… My insurance may have changed too.
}

## What the patient says: documents

free-patient-no_insurance_document = { $companion ->
    [parent] Sorry, I haven't brought anything for my child today…
   *[other] My insurance…? Sorry, I haven't brought anything today.
}
free-patient-card_lost = { $companion ->
    [parent] The thing is, I've lost my child's My Number card…
   *[other] The thing is… I've lost my My Number card.
}
free-patient-hands_over-my_number_card = { $companion ->
    [parent] Yes, here's my child's card.
   *[other] Yes, here it is.
}
free-patient-hands_over-smartphone_card = Is the one on my phone okay? Here.
free-patient-hands_over-insurance_card = My old insurance card was still in my wallet. Here it is.
free-patient-hands_over-eligibility_certificate = The 資格確認書 — this is it, right? Here you are.
free-patient-hands_over-eligibility_notice = This is the お知らせ that came from my insurance…
free-patient-hands_over-portal_screen = The マイナポータル screen? … There, it's up. Here.
free-patient-has_none-my_number_card = { $companion ->
    [parent] Sorry, I haven't brought my child's card today…
   *[other] Sorry, I haven't brought my My Number card today…
}
free-patient-has_none-smartphone_card = I haven't set it up on my phone.
free-patient-has_none-insurance_card = I don't have my old insurance card any more.
free-patient-has_none-eligibility_certificate = A 資格確認書? No, I don't have one.
free-patient-has_none-eligibility_notice = The お知らせ? It may have come, but I don't have it with me today.
free-patient-has_none-portal_screen = I've never used マイナポータル…
free-patient-takes_back-my_number_card = Thank you.
free-patient-takes_back-smartphone_card = Thanks.
free-patient-takes_back-insurance_card = Oh, right. I'll put it away.
free-patient-takes_back-eligibility_certificate = Thank you.
free-patient-takes_back-eligibility_notice = Okay, I'll put it away then.
free-patient-takes_back-portal_screen = Thanks.
free-patient-takes_card_back = Oh, yes. Thank you.

## What the patient says: the reader and the PIN

free-patient-asks_for_help = Sorry, I'm not sure how this machine works… Could you help me place the card?
free-patient-refuses_pin = Er, I was told never to tell anyone my PIN… I'll enter it myself.
free-patient-uneasy = Um… what are you doing with my card? I'm a little worried.

## What the patient says: explanations and paying

free-patient-understands = I see. All right.
free-patient-upset_full_cost = { $mood ->
    [annoyed] The full cost? What do you mean? I pay my insurance premiums, you know.
   *[other] What, the full cost? But I do have insurance…
}
free-patient-upset_pressured = There's no need to put it like that… Does it really have to be the マイナ保険証?
free-patient-pays = Okay, that's fine.
free-patient-fills_form = All right, I'll fill it in… I've only put what I know. Is this okay?
free-patient-leaves = { $mood ->
    [annoyed] Forget it. I'm going home.
    [hurried] Sorry, I'm out of time. I'll leave it for today.
   *[other] … Never mind. I'll leave it for today.
}

## Refusals (why the act is not possible now)

free-refused-ended = This handling has already ended.
free-refused-not_on_counter = { $document } is not on the counter. Ask the patient for it first.
free-refused-nothing_on_reader = Nothing has been placed on the card reader yet. Guide the patient to the reader first.
free-refused-no_numbers = There are no insurance numbers to look up: no document showing them and no past visit records.
free-refused-wrong_setting = Not possible here: the clinic and a home visit use different devices.

## What the handling caused

free-consequence-told_full_cost = The patient was asked to pay the full cost (10割) when they did not have to.
free-consequence-card_kept = The patient's My Number card was kept at the desk.
free-consequence-card_forgotten = The patient went to the waiting room leaving the My Number card at the desk.
free-consequence-claim_returned = The claim for this visit will be returned next month (返戻).
free-consequence-patient_left = The patient left without being seen.
free-consequence-overcharged = The patient paid more than their share.
free-consequence-undercharged = The patient paid less than their share; the clinic must collect the difference later or lose it.

## Endings

free-end-checked_in = Check-in complete: the patient went to the waiting room.
free-end-left = The patient was upset and left without checking in.
free-end-timed_out = Kept waiting too long, the patient left before check-in was finished.
free-end-handed_over = A senior colleague took over.

## The debrief

free-part-route = How eligibility is confirmed
free-part-auth = Authentication
free-part-copay = Copay
free-part-claim = Claim
free-debrief-part = {"  "}{ $part }: { $verdict } (you: { $done } / correct: { $expected })  { $points }/{ $max } pts
free-debrief-not-decided = not decided
free-debrief-undecided = Undecided
free-debrief-unsupported = To accept on the マイナ保険証 result, the card must first be read on the reader and the eligibility terminal must show a valid result.
free-debrief-clock = Time at the window: { $minutes } min { $seconds } s ({ $acts } acts)
free-debrief-parts = Decisions:
free-debrief-steps = Required steps:
free-debrief-remarks = Remarks on your acts:
free-debrief-consequences = What followed:
free-debrief-transcript = Your acts in order:
free-debrief-step-taken = {"  "}✓ { $step }
free-debrief-step-missed = {"  "}× { $step } (not done)
free-remark-prohibited = {"  "}Prohibited: { $act } (−{ $penalty } pts)
free-remark-wrong = {"  "}Wrong: { $act } (−{ $penalty } pts)
free-remark-needless = {"  "}Needless: { $act } (−{ $penalty } pts)

## Generated patients (the theme stays hidden until the debrief)

free-generated-title = At the window: { $name }
free-theme-ordinary = A patient comes to the reception window to check in.
free-theme-black_circle = A patient comes to the reception window to check in.
free-theme-invalid = A patient comes to the reception window to check in.
free-theme-device_failure = A patient comes to the reception window to check in.
free-theme-certificate = A patient comes to the reception window to check in.
free-theme-notice_only = A patient comes to the reception window to check in.
free-theme-full_cost = A patient comes to the reception window to check in.
free-theme-paper_document = A patient comes to the reception window to check in.
free-theme-pin = A patient comes to the reception window to check in.
free-theme-age = A patient comes to the reception window to check in.

## The theme, named in the debrief

free-theme-debrief-ordinary = An ordinary check-in with the マイナ保険証
free-theme-debrief-black_circle = Part of the name shows as ● on the eligibility terminal (confirm by the kana name)
free-theme-debrief-invalid = The card shows 資格(無効) or 資格情報なし (e.g. the new insurer has not registered them yet)
free-theme-debrief-device_failure = The card reader or the network fails, so the マイナ保険証 cannot be read
free-theme-debrief-certificate = The electronic certificate's expiry (expiring soon, in its grace, or past it)
free-theme-debrief-notice_only = Confirming with the My Number card plus the お知らせ or the マイナポータル screen
free-theme-debrief-full_cost = Nothing can confirm the insurance: 10割 now, and the refund later
free-theme-debrief-paper_document = Checking in with a 資格確認書 or an old health insurance card
free-theme-debrief-pin = A forgotten or locked PIN, or a card with no PIN
free-theme-debrief-age = The copay by age

## 公費 documents and the register
free-act-examine-subsidy_certificate = Look closely at the 受給者証 / 医療証
free-act-examine-elderly_recipient_certificate = Look closely at the 高齢受給者証
free-act-hand_back-subsidy_certificate = Hand back the 受給者証 / 医療証
free-act-hand_back-elderly_recipient_certificate = Hand back the 高齢受給者証
free-patient-hands_over-subsidy_certificate = Yes, here is the 医療証.
free-patient-hands_over-elderly_recipient_certificate = Yes, here is my 高齢受給者証.
free-patient-has_none-subsidy_certificate = Oh, I didn't bring the 医療証 today…
free-patient-has_none-elderly_recipient_certificate = The 高齢受給者証? I didn't bring it.
free-patient-takes_back-subsidy_certificate = Thank you.
free-patient-takes_back-elderly_recipient_certificate = Thank you.
free-say-ask_for-subsidy_certificate = If you have a medical subsidy certificate (医療証), may I see it?
free-say-ask_for-elderly_recipient_certificate = May I also see your 高齢受給者証 with the insurance card?
free-say-refuse-subsidy_certificate = I'm sorry, this certificate cannot be used today.
free-say-refuse-elderly_recipient_certificate = I'm sorry, this 高齢受給者証 cannot be used today.
free-say-advise-subsidy_reimbursement = Today please pay the insurance share; the subsidy can be claimed from your municipality later.
free-say-advise-claim_ryouyouhi = For last month's full payment, you can claim 療養費 from your insurer.
free-say-charge-0 = There is nothing to pay today.
free-part-subsidy = 公費
free-arrives-home = (A home visit: you are at the patient's home. There is no face reader; confirm on the mobile device.)
free-arrives-cannot_operate = The person with them says the patient cannot work the card reader.
