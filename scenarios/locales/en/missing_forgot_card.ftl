## missing_forgot_card
missing_forgot_card-title = Forgot the マイナ保険証
missing_forgot_card-summary = Like a forgotten insurance card: with no 資格確認書 either, 10割 now and a refund within the month.
missing_forgot_card-arrive-l1 = Sorry, I left my My Number card at home…
missing_forgot_card-arrive-c1 = "Do you have a 資格確認書 from your insurer with you?"
missing_forgot_card-arrive-c2 = "Without the マイナ保険証 it's 10割."
missing_forgot_card-none-l1 = A 資格確認書… I don't have one.
missing_forgot_card-none-c1 = "Just to be sure — you don't have the My Number card with you either?"
missing_forgot_card-route-l1 = So what happens today?
missing_forgot_card-route-c1 = "We can't confirm your insurance today, so you pay the full cost for now."
missing_forgot_card-route-c2 = "If you tell me your insurance numbers, that's enough."
missing_forgot_card-refund-l1 = The full cost…
missing_forgot_card-refund-c1 = "If you bring your マイナ保険証 or 資格確認書 within this month, we'll refund the difference."
missing_forgot_card-pay-l1 = How much is it?
missing_forgot_card-pay-c1 = "Today it's the full cost."
missing_forgot_card-pay-c2 = "Your share is 30%."
missing_forgot_card-done-l1 = I'll bring it this month.
