## dates_previous_insurer_card
dates_previous_insurer_card-title = A card from the previous employer
dates_previous_insurer_card-summary = After a change of insurer the old card is void from the day eligibility was lost, whatever its date (inferred).
dates_previous_insurer_card-arrive-l1 = I left my last job in September, but I thought the old insurance card might still work. I have my My Number card too.
dates_previous_insurer_card-arrive-c1 = "The old employer's card stopped working the day you lost that eligibility. Let's use the マイナ保険証."
dates_previous_insurer_card-arrive-c2 = "It has no printed date, so we'll accept this card."
dates_previous_insurer_card-card-l1 = Then I'll place the card.
dates_previous_insurer_card-card-c1 = "Yes, go ahead with face recognition."
dates_previous_insurer_card-route-l1 = Did it come up with my new company's insurance?
dates_previous_insurer_card-route-c1 = "Yes, confirmed with your new insurance."
dates_previous_insurer_card-pay-l1 = How much do I pay?
dates_previous_insurer_card-pay-c1 = "Your share is 30%."
dates_previous_insurer_card-pay-c2 = "It will be 100%."
dates_previous_insurer_card-done-l1 = So I should return the old card.
