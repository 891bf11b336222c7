## missing_notice_only
missing_notice_only-title = Only the お知らせ (from April 2026)
missing_notice_only-summary = The お知らせ alone is not an eligibility document; the provisional acceptance ended in March 2026.
missing_notice_only-arrive-l1 = I don't carry my card around — this お知らせ is fine, right? It was fine at my last dentist.
missing_notice_only-arrive-c1 = "I'm sorry — the notice alone can't confirm your insurance. Do you have your マイナ保険証 or a 資格確認書?"
missing_notice_only-arrive-c2 = "I'll accept it with the notice's numbers."
missing_notice_only-explain-l1 = It was fine before…
missing_notice_only-explain-c1 = "Until the end of March this year it was accepted as a special measure; from April it isn't. Next time please bring your マイナ保険証 or 資格確認書."
missing_notice_only-route-l1 = So what happens today?
missing_notice_only-route-c1 = "We can't confirm your insurance today, so you pay the full cost for now."
missing_notice_only-route-c2 = "If you tell me your insurance numbers, that's enough."
missing_notice_only-refund-l1 = The full cost…
missing_notice_only-refund-c1 = "If you bring your マイナ保険証 or 資格確認書 within this month, we'll refund the difference."
missing_notice_only-pay-l1 = How much is it?
missing_notice_only-pay-c1 = "Today it's the full cost."
missing_notice_only-pay-c2 = "Your share is 30%."
missing_notice_only-done-l1 = I'll bring the card from now on.
