## missing_lost_card_kakunin
missing_lost_card_kakunin-title = Lost card, with a short-term 資格確認書
missing_lost_card_kakunin-summary = People whose card is lost can get a (short-term) 資格確認書 on application; in date, it confirms eligibility.
missing_lost_card_kakunin-arrive-l1 = I lost my My Number card and I'm waiting for a new one. My company's insurance society gave me this.
missing_lost_card_kakunin-arrive-c1 = "A 資格確認書. Let me check its expiry."
missing_lost_card_kakunin-arrive-c2 = "We can't check you in without the マイナ保険証."
missing_lost_card_kakunin-sad-l1 = This won't do? The insurance people said it would…
missing_lost_card_kakunin-sad-c1 = "I'm sorry. We'll confirm with the 資格確認書."
missing_lost_card_kakunin-lookup-l1 = It runs until { $certificate_expires }.
missing_lost_card_kakunin-lookup-c1 = "I'll look the numbers up online."
missing_lost_card_kakunin-pay-l1 = How much do I pay?
missing_lost_card_kakunin-pay-c1 = "Your share is 30%."
missing_lost_card_kakunin-pay-c2 = "It will be 100%."
missing_lost_card_kakunin-done-l1 = Good. Once the new card comes, I'll use that.
