## copay_seventy_month
copay_seventy_month-title = Mr Ueda, who has just turned 70
copay_seventy_month-summary = A patient who has just turned 70 asks about his share as soon as he arrives: when does the 70–74 rate of 20% begin?
copay_seventy_month-arrive-l1 = I turned 70 on 15 November. So it's 20% from today, right? I wanted to ask before I put my card down.
copay_seventy_month-arrive-c1 = "Yes — please place your card on this machine and go ahead with face recognition."
copay_seventy_month-reader-l1 = Right, I'll put the card down.
copay_seventy_month-route-l1 = Done. Does the screen show the share too?
copay_seventy_month-route-c1 = "Thank you, your eligibility is confirmed. Please take your card."
copay_seventy_month-pay-c1 = "Yes — now that you're 70, your share is 20% from today."
copay_seventy_month-pay-c2 = "The 20% starts on the 1st of the month after your birthday. Today it's still 30%."
copay_seventy_month-pay-c3 = "Now that you're 70, your share is 10%, the same as other older patients."
copay_seventy_month-done-l1 = The share on the screen matches what you said. So that's the rule.
copay_seventy_month-complaint-l1 = The share on the screen isn't what you just told me. Which is it?
copay_seventy_month-complaint-l2 = (You re-enter the share from the result and explain again, while the patients behind him wait.)
