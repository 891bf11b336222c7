## conduct_copy_both_sides
conduct_copy_both_sides-title = A colleague who wants both sides copied
conduct_copy_both_sides-summary = With consent the front may be checked or copied; never copy the back or note the 12-digit number.
conduct_copy_both_sides-arrive-l1 = First visit. Is the card all right?
conduct_copy_both_sides-arrive-c1 = "Please place your card on this machine and go ahead with face recognition."
conduct_copy_both_sides-route-l1 = Done.
conduct_copy_both_sides-route-c1 = "Thank you. Your eligibility is confirmed."
conduct_copy_both_sides-copy-l1 = (a senior colleague) New patient — copy both sides of the card, and write the number in the chart.
conduct_copy_both_sides-copy-c1 = "With his consent I'll copy only the front. We can't handle the back or the number."
conduct_copy_both_sides-copy-c2 = "(copy both sides)"
conduct_copy_both_sides-copy-c3 = "(write the 12-digit number in the chart)"
conduct_copy_both_sides-copy-c4 = "I'll hand the card straight back; no copy is needed."
conduct_copy_both_sides-pay-l1 = How much do I pay?
conduct_copy_both_sides-pay-c1 = "Your share is 30%."
conduct_copy_both_sides-pay-c2 = "It will be 100%."
conduct_copy_both_sides-done-l1 = Thank you.
