## dates_old_card_after
dates_old_card_after-title = May 2026: still bringing the old card
dates_old_card_after-summary = From April 2026 an expired card confirms nothing; without the マイナ保険証 or a 資格確認書 it is 10割.
dates_old_card_after-arrive-l1 = I've always come with this card. This again today.
dates_old_card_after-arrive-c1 = "I'm sorry — this card has expired and since April it can't be used. Do you have your マイナ保険証 or a 資格確認書?"
dates_old_card_after-arrive-c2 = "Yes, we'll accept it."
dates_old_card_after-arrive-c3 = "I'll look up the numbers and accept it."
dates_old_card_after-none-l1 = A 資格確認書? Something may have come… I don't have it today.
dates_old_card_after-none-c1 = "The 資格確認書 the city sent you will work."
dates_old_card_after-route-l1 = So what happens today?
dates_old_card_after-route-c1 = "We can't confirm your insurance today, so you pay the full cost for now."
dates_old_card_after-route-c2 = "If you tell me your insurance numbers, that's enough."
dates_old_card_after-refund-l1 = The full cost…
dates_old_card_after-refund-c1 = "If you bring your マイナ保険証 or 資格確認書 within this month, we'll refund the difference."
dates_old_card_after-pay-l1 = How much is it?
dates_old_card_after-pay-c1 = "Today it's the full cost."
dates_old_card_after-pay-c2 = "Your share is 30%."
dates_old_card_after-done-l1 = I didn't know so much had changed.
