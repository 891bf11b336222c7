## dates_old_card_dec_first
dates_old_card_dec_first-title = Around 1 December 2025: a card with no printed date
dates_old_card_dec_first-summary = Every old card's last valid day was 1 December 2025; from 2 December the provisional acceptance covered every insurer.
dates_old_card_dec_first-arrive-l1 = My company insurance card. It has no expiry date on it.
dates_old_card_dec_first-arrive-c1 = "We'll accept this card."
dates_old_card_dec_first-arrive-c2 = "It has expired, but I'll look up the numbers and accept it."
dates_old_card_dec_first-arrive-c3 = "A card without a date can't be used."
dates_old_card_dec_first-lookup-l1 = Please.
dates_old_card_dec_first-lookup-c1 = "I'll look up the numbers online."
dates_old_card_dec_first-pay-l1 = How much do I pay?
dates_old_card_dec_first-pay-c1 = "Your share is 30%."
dates_old_card_dec_first-pay-c2 = "It will be 100%."
dates_old_card_dec_first-done-l1 = I'll use the マイナ保険証 next time.
