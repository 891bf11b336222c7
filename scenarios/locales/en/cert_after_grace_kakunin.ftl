## cert_after_grace_kakunin
cert_after_grace_kakunin-title = After the grace, with the 資格確認書 the insurer sent
cert_after_grace_kakunin-summary = When the grace runs out without renewal, the insurer sends a 資格確認書; confirm with it and advise renewal and re-registration.
cert_after_grace_kakunin-arrive-l1 = Last time this card said "contact reception". And this arrived in the post.
cert_after_grace_kakunin-arrive-c1 = "Let me see — it's a 資格確認書. We'll confirm with this."
cert_after_grace_kakunin-arrive-c2 = "Try the マイナ保険証 once more."
cert_after_grace_kakunin-tried-l1 = Again: "please contact reception".
cert_after_grace_kakunin-tried-c1 = "The certificate has expired. We'll use the 資格確認書 today."
cert_after_grace_kakunin-lookup-l1 = Is that all right?
cert_after_grace_kakunin-lookup-c1 = "I'll look your numbers up online."
cert_after_grace_kakunin-advice-l1 = Can't I use the card any more?
cert_after_grace_kakunin-advice-c1 = "Once you renew the certificate at your city office and register it again, it works."
cert_after_grace_kakunin-advice-c2 = "Ask your insurer to make you a new health insurance card."
cert_after_grace_kakunin-pay-l1 = How much do I pay?
cert_after_grace_kakunin-pay-c1 = "Your share is 30%."
cert_after_grace_kakunin-pay-c2 = "It will be 100%."
cert_after_grace_kakunin-done-l1 = Right, I'll go to the city office.
