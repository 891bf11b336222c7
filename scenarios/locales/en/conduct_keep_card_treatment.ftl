## conduct_keep_card_treatment
conduct_keep_card_treatment-title = "Keep my card while I'm in treatment"
conduct_keep_card_treatment-summary = The patient keeps the card: don't take custody; hand it straight back.
conduct_keep_card_treatment-arrive-l1 = Hello, it's Fujii.
conduct_keep_card_treatment-arrive-c1 = "Please place your card on this machine and go ahead with face recognition."
conduct_keep_card_treatment-route-l1 = Done.
conduct_keep_card_treatment-route-c1 = "Thank you. Your eligibility is confirmed."
conduct_keep_card_treatment-keep-l1 = Could you keep the card while I'm in treatment? It's easier with empty hands.
conduct_keep_card_treatment-keep-c1 = "I'm sorry, we can't keep the card. Please hold on to it."
conduct_keep_card_treatment-keep-c2 = "Then I'll keep it at the desk."
conduct_keep_card_treatment-pay-l1 = How much do I pay?
conduct_keep_card_treatment-pay-c1 = "Your share is 30%."
conduct_keep_card_treatment-pay-c2 = "It will be 100%."
conduct_keep_card_treatment-done-l1 = I see. I'll put it in my bag.
