## home_kakunin_resident
home_kakunin_resident-title = A home visit: a resident with a 資格確認書
home_kakunin_resident-summary = If a resident has a 資格確認書, confirm with it as usual on the visit.
home_kakunin_resident-arrive-l1 = (the care worker) Ms Araki has no My Number card; she has a 資格確認書.
home_kakunin_resident-arrive-c1 = "I'll confirm with the 資格確認書 — valid until { $certificate_expires }."
home_kakunin_resident-arrive-c2 = "Without a My Number card we can't confirm on a home visit."
home_kakunin_resident-pay_wrong-l1 = (the care worker) Oh — we were told the 資格確認書 was fine…
home_kakunin_resident-pay_wrong-c1 = "I'm sorry. I'll confirm with the 資格確認書."
home_kakunin_resident-pay-l1 = (the care worker) What is her share?
home_kakunin_resident-pay-c1 = "Your share is 10%."
home_kakunin_resident-pay-c2 = "It will be 30%."
home_kakunin_resident-done-l1 = (the care worker) Thank you.
