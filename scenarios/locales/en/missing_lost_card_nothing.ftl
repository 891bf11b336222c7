## missing_lost_card_nothing
missing_lost_card_nothing-title = Lost card, nothing else
missing_lost_card_nothing-summary = With nothing, it is 10割 like a forgotten card; suggest applying for a short-term 資格確認書.
missing_lost_card_nothing-arrive-l1 = I lost my wallet with the card in it. I have no insurance papers at all.
missing_lost_card_nothing-arrive-c1 = "That must be hard. While the card is being reissued, your insurer can issue a 資格確認書 on application."
missing_lost_card_nothing-arrive-c2 = "Ask your insurer to make you a new insurance card."
missing_lost_card_nothing-route-l1 = So what happens today?
missing_lost_card_nothing-route-c1 = "We can't confirm your insurance today, so you pay the full cost for now."
missing_lost_card_nothing-route-c2 = "If you tell me your insurance numbers, that's enough."
missing_lost_card_nothing-refund-l1 = The full cost…
missing_lost_card_nothing-refund-c1 = "If you bring your マイナ保険証 or 資格確認書 within this month, we'll refund the difference."
missing_lost_card_nothing-pay-l1 = How much is it?
missing_lost_card_nothing-pay-c1 = "Today it's the full cost."
missing_lost_card_nothing-pay-c2 = "Your share is 30%."
missing_lost_card_nothing-done-l1 = I'll go to the city office.
