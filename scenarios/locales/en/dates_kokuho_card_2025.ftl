## dates_kokuho_card_2025
dates_kokuho_card_2025-title = Mr Fukuda shows his national-insurance card (as handled in June 2025)
dates_kokuho_card_2025-summary = How it used to be: June 2025, a patient without a My Number card shows a 国保 card still in date — its expiry, and what comes after it. Today no old card can be used.
dates_kokuho_card_2025-arrive-l1 = I never got a My Number card. Is this insurance card all right?
dates_kokuho_card_2025-arrive-c1 = "Let me see. It's valid until { $old_card_expires }, so we'll check you in with it today."
dates_kokuho_card_2025-arrive-c2 = "I'm sorry — since last December, health insurance cards can't be used at all any more."
dates_kokuho_card_2025-arrive-c3 = "It's fine today. It runs out in July, so please have the ward office make you a new card before then."
dates_kokuho_card_2025-upset-l1 = What? It's still in date. The ward told me it's fine until then.
dates_kokuho_card_2025-left-l1 = If you won't take it, never mind. I'll go to another dentist.
dates_kokuho_card_2025-puzzled-l1 = A new card? The ward wrote to say they don't issue insurance cards any more…
dates_kokuho_card_2025-upset-c1 = "I'm sorry — no new cards are issued. Today we'll check you in with this card."
dates_kokuho_card_2025-lookup-l1 = Is that all?
dates_kokuho_card_2025-lookup-c1 = "I'll look the numbers up online."
dates_kokuho_card_2025-future-l1 = This card runs out in July — will the ward office give me the next one?
dates_kokuho_card_2025-future-l2 = (You explain that no new insurance cards are issued: without a マイナ保険証 he will get a 資格確認書 from the ward, and should bring that from then on.)
dates_kokuho_card_2025-pay-l1 = (The look-up result is valid; the share is 30%.)
dates_kokuho_card_2025-pay-c1 = "(enter the result's share, 30%, in the レセコン)"
dates_kokuho_card_2025-done-l1 = A 資格確認書. I'll remember that.
