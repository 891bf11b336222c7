## conduct_every_visit
conduct_every_visit-title = "I came last week, so no need today"
conduct_every_visit-summary = Eligibility is confirmed at every visit; the insurance may have changed since last time.
conduct_every_visit-arrive-l1 = I was here last week, so no card today, right? I'm in a hurry.
conduct_every_visit-arrive-c1 = "I'm sorry, it's needed at every visit. It's quick — please place your card."
conduct_every_visit-arrive-c2 = "We checked last week, so go right ahead."
conduct_every_visit-skipped-l1 = (the office manager) We check every time. If his insurance changed, the claim comes back.
conduct_every_visit-skipped-c1 = "I'm sorry. Could you place your card, please?"
conduct_every_visit-placed-l1 = Yes, yes. Face recognition.
conduct_every_visit-placed-c1 = "Thank you."
conduct_every_visit-route-l1 = Done.
conduct_every_visit-route-c1 = "Thank you. Your eligibility is confirmed."
conduct_every_visit-pay-l1 = How much do I pay?
conduct_every_visit-pay-c1 = "Your share is 30%."
conduct_every_visit-pay-c2 = "It will be 100%."
conduct_every_visit-done-l1 = That was quick.
