## dates_kouki_kakunin_2026
dates_kouki_kakunin_2026-title = August 2026: two late-elderly certificates
dates_kouki_kakunin_2026-summary = The 2025 late-elderly certificates ended on 31 July 2026; from August read the new one (one association issues them to everyone 85+).
dates_kouki_kakunin_2026-arrive-l1 = I've got two of these 資格確認書. Which one do I show?
dates_kouki_kakunin_2026-arrive-c1 = "The new one, valid to 31 July 2027. The old one ended at the end of July."
dates_kouki_kakunin_2026-arrive-c2 = "The old one has expired, but I'll look up its numbers and accept it."
dates_kouki_kakunin_2026-lookup-l1 = I don't have a My Number card, so that's why this came.
dates_kouki_kakunin_2026-lookup-c1 = "I'll look up the numbers online."
dates_kouki_kakunin_2026-pay-l1 = How much do I pay?
dates_kouki_kakunin_2026-pay-c1 = "Your share is 10%."
dates_kouki_kakunin_2026-pay-c2 = "It will be 30%."
dates_kouki_kakunin_2026-done-l1 = So I can throw the old one away.
