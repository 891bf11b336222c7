## dates_kokuho_card_2025
dates_kokuho_card_2025-title = June 2025: a national-insurance card still in date
dates_kokuho_card_2025-summary = After December 2024 an old card still works until its printed date (at most 1 December 2025); for 国保, read the date.
dates_kokuho_card_2025-arrive-l1 = I never got a My Number card. Is this insurance card all right?
dates_kokuho_card_2025-arrive-c1 = "Let me see. It's valid until { $old_card_expires }, so we'll use it today."
dates_kokuho_card_2025-arrive-c2 = "Health insurance cards can't be used any more."
dates_kokuho_card_2025-upset-l1 = What? It's still in date.
dates_kokuho_card_2025-upset-c1 = "I'm sorry — it's in date, so we'll use it."
dates_kokuho_card_2025-lookup-l1 = Is that all?
dates_kokuho_card_2025-lookup-c1 = "I'll look the numbers up online."
dates_kokuho_card_2025-future-l1 = This card runs out in July — will the city office give me the next one?
dates_kokuho_card_2025-future-c1 = "No new cards are issued any more. If you have no マイナ保険証, the city will send you a 資格確認書."
dates_kokuho_card_2025-future-c2 = "Ask the city office to make you a new card."
dates_kokuho_card_2025-pay-l1 = How much do I pay?
dates_kokuho_card_2025-pay-c1 = "Your share is 30%."
dates_kokuho_card_2025-pay-c2 = "It will be 100%."
dates_kokuho_card_2025-done-l1 = A 資格確認書. I'll remember that.
