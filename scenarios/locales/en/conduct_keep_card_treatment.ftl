## conduct_keep_card_treatment
conduct_keep_card_treatment-title = "Keep my card while I'm in treatment"
conduct_keep_card_treatment-summary = A patient asks the desk to keep her card while she is in treatment.
conduct_keep_card_treatment-arrive-l1 = Hello, it's Fujii. I'll put my card down as usual.
conduct_keep_card_treatment-arrive-c1 = "Thank you. Please go ahead with face recognition."
conduct_keep_card_treatment-route-l1 = Done.
conduct_keep_card_treatment-route-c1 = "Thank you. Your eligibility is confirmed."
conduct_keep_card_treatment-pay-l1 = (The eligibility result has been imported into the レセコン.)
conduct_keep_card_treatment-pay-c1 = "(check the レセコン entry: the result's share, 30%)"
conduct_keep_card_treatment-keep-l1 = Could you keep my card while I'm in treatment? It's easier with empty hands.
conduct_keep_card_treatment-keep-c1 = "I'm sorry, we're not able to keep cards. Could you hold on to it yourself?"
conduct_keep_card_treatment-keep-c2 = "Then we'll keep it at the desk until you leave. Here's a number tag for it."
conduct_keep_card_treatment-keep-c3 = "Then we'll keep it in a locked drawer until you leave. That should put your mind at rest."
conduct_keep_card_treatment-done-l1 = I see. I'll put it in my bag, then.
conduct_keep_card_treatment-left_behind-l1 = Thank you, that's a help.
conduct_keep_card_treatment-left_behind-l2 = (After treatment Ms Fujii left without collecting her card. After closing someone found a patient's My Number card in the drawer, and the office manager has to phone her.)
