## dates_kouki_kakunin_2026
dates_kouki_kakunin_2026-title = August 2026: two late-elderly certificates
dates_kouki_kakunin_2026-summary = Early August 2026: a late-elderly patient without a My Number card brings two 資格確認書. Which one, and how to check her in.
dates_kouki_kakunin_2026-arrive-l1 = I've got two of these 資格確認書. Which one should I give you?
dates_kouki_kakunin_2026-arrive-c1 = "We'll use the new one, valid to 31 July 2027. The old one ran out at the end of July."
dates_kouki_kakunin_2026-arrive-c2 = "The old one has expired, but the numbers are the same, so I'll look them up and use that one."
dates_kouki_kakunin_2026-arrive-c3 = "From August the マイナ保険証 is the standard for late-elderly patients too, so without a card it's the full cost."
dates_kouki_kakunin_2026-senior-l1 = (the office manager) We don't accept an expired 資格確認書. She has the new one — use that.
dates_kouki_kakunin_2026-senior-c1 = "I'm sorry. We'll use the new 資格確認書."
dates_kouki_kakunin_2026-left-l1 = The full cost? The new one has only just come… Never mind. I'll ask my son and come back.
dates_kouki_kakunin_2026-lookup-l1 = I don't have a My Number card, so that's why the new one came.
dates_kouki_kakunin_2026-lookup-c1 = "Yes. Just to be sure, I'll look up the new one's numbers online."
dates_kouki_kakunin_2026-pay-l1 = (The look-up result is valid; the certificate and the result both say 10%.)
dates_kouki_kakunin_2026-pay-c1 = "(enter the share, 10%, in the レセコン)"
dates_kouki_kakunin_2026-done-l1 = So the old one isn't used any more. I'll put it away.
