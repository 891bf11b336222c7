## dates_provisional_end
dates_provisional_end-title = An expired insurance card around 31 March 2026
dates_provisional_end-summary = Until 31 March 2026 an expired card could be accepted provisionally after an online look-up; from April it cannot.
dates_provisional_end-arrive-l1 = I forgot my My Number card, but the old insurance card is in my wallet.
dates_provisional_end-arrive-c1 = "It has expired, but if an online look-up by its numbers confirms you, we can accept it."
dates_provisional_end-arrive-c2 = "An expired card can't be used, so today is the full cost."
dates_provisional_end-lookup-l1 = Can you look it up quickly?
dates_provisional_end-lookup-c1 = "Yes, I'll look up the numbers."
dates_provisional_end-next_time-l1 = That helps.
dates_provisional_end-next_time-c1 = "Next time please bring your マイナ保険証 or 資格確認書."
dates_provisional_end-refund-l1 = The full cost…
dates_provisional_end-refund-c1 = "If you bring your マイナ保険証 within the month, we'll refund the difference."
dates_provisional_end-pay-l1 = So how much is it?
dates_provisional_end-pay-c1 = "Your share is 30%."
dates_provisional_end-pay-c2 = "Today it's the full cost."
dates_provisional_end-done-l1 = All right.
