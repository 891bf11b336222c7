## auth_card_without_patient
auth_card_without_patient-title = "Just run the card through first"
auth_card_without_patient-summary = A card without its holder cannot be used, and the PIN cannot be taken from family.
auth_card_without_patient-arrive-l1 = (her daughter) My mother is waiting in the car in her wheelchair. Could you run her card first? I know the PIN.
auth_card_without_patient-arrive-c1 = "The card can only be used with your mother here. Please bring her to this machine."
auth_card_without_patient-arrive-c2 = "Then I'll put it through with the PIN now."
auth_card_without_patient-arrive-c3 = "We have a portable device — shall I bring it to the car?"
auth_card_without_patient-pin_offered-l1 = (her daughter) The number is one, two…
auth_card_without_patient-pin_offered-c1 = "Oh — please don't say the number; staff may not hear it. Please come with your mother."
auth_card_without_patient-mother-l1 = (the mother arrives in her wheelchair) Sorry to put you to trouble.
auth_card_without_patient-mother-c1 = "Not at all. Could you look at the camera, please?"
auth_card_without_patient-route-l1 = It seems to be done. Is that all right?
auth_card_without_patient-route-c1 = "Yes, your eligibility is confirmed. You're checked in."
auth_card_without_patient-pay-l1 = What share will I pay today?
auth_card_without_patient-pay-c1 = "Your share is 20%."
auth_card_without_patient-pay-c2 = "Your share is 10%."
auth_card_without_patient-done-l1 = (the mother) Thank you, dear.
