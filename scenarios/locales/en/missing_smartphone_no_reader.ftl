## missing_smartphone_no_reader
missing_smartphone_no_reader-title = Only a smartphone, and no phone reader
missing_smartphone_no_reader-summary = The smartphone works only where the reader is installed; otherwise the physical card or a 資格確認書 is needed.
missing_smartphone_no_reader-arrive-l1 = My My Number card is on my iPhone — this, please.
missing_smartphone_no_reader-arrive-c1 = "I'm sorry, we don't have the smartphone reader. Do you have the physical card?"
missing_smartphone_no_reader-arrive-c2 = "Please hold your phone over this machine."
missing_smartphone_no_reader-no_card-l1 = The card's at home… and I don't have a 資格確認書 either.
missing_smartphone_no_reader-no_card-c1 = "From next time, please bring the physical card."
missing_smartphone_no_reader-route-l1 = So what happens today?
missing_smartphone_no_reader-route-c1 = "We can't confirm your insurance today, so you pay the full cost for now."
missing_smartphone_no_reader-route-c2 = "If you tell me your insurance numbers, that's enough."
missing_smartphone_no_reader-refund-l1 = The full cost…
missing_smartphone_no_reader-refund-c1 = "If you bring your マイナ保険証 or 資格確認書 within this month, we'll refund the difference."
missing_smartphone_no_reader-pay-l1 = How much is it?
missing_smartphone_no_reader-pay-c1 = "Today it's the full cost."
missing_smartphone_no_reader-pay-c2 = "Your share is 30%."
missing_smartphone_no_reader-done-l1 = So the phone doesn't work everywhere.
