## home_first_visit
home_first_visit-title = A first home visit: 居宅同意取得型
home_first_visit-summary = At home the card is read on a mobile device; a dental clinic uses 居宅同意取得型, not 資格確認限定型.
home_first_visit-arrive-l1 = (at home, the daughter) Here's Mother's card. She remembers her PIN.
home_first_visit-arrive-c1 = "(with the clinic's phone) I'll read it with the 居宅同意取得型 method. Please have your mother enter the PIN herself."
home_first_visit-arrive-c2 = "I'll read it with the 資格確認限定型 app."
home_first_visit-pin-l1 = (the mother) I just press the numbers?
home_first_visit-pin-c1 = "Yes, press your 4 digits yourself."
home_first_visit-pin-c2 = "Tell me the number and I'll press it."
home_first_visit-consent-l1 = (the daughter) That's the consent screen.
home_first_visit-consent-c1 = "Choose as your mother wishes; consent is optional."
home_first_visit-route-l1 = (the daughter) Is that it?
home_first_visit-route-c1 = "Yes. We fetch the eligibility back at the clinic."
home_first_visit-pay-l1 = (the daughter) What is Mother's share?
home_first_visit-pay-c1 = "Your share is 10%."
home_first_visit-pay-c2 = "It will be 30%."
home_first_visit-done-l1 = (the daughter) See you next week.
