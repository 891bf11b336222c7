## dates_kouki_card_july
dates_kouki_card_july-title = Around 31 July 2025: the late-elderly card
dates_kouki_card_july-summary = The late-elderly card ended on 31 July 2025; from 1 August it could be accepted provisionally after a look-up.
dates_kouki_card_july-arrive-l1 = My late-elderly card. The city sent a letter about some expiry.
dates_kouki_card_july-arrive-c1 = "It's in date, so we'll accept this card."
dates_kouki_card_july-arrive-c2 = "It has expired, but I'll look up the numbers and accept it."
dates_kouki_card_july-arrive-c3 = "It has expired, so it's the full cost today."
dates_kouki_card_july-lookup-l1 = And that's fine?
dates_kouki_card_july-lookup-c1 = "I'll look up the numbers online."
dates_kouki_card_july-next_time-l1 = What should I bring from now on?
dates_kouki_card_july-next_time-c1 = "Next time please bring the 資格確認書 the city sent you."
dates_kouki_card_july-pay-l1 = How much do I pay?
dates_kouki_card_july-pay-c1 = "Your share is 10%."
dates_kouki_card_july-pay-c2 = "It will be 30%."
dates_kouki_card_july-done-l1 = The 資格確認書 — the pink one, I think.
