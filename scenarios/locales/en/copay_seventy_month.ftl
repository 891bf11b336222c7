## copay_seventy_month
copay_seventy_month-title = The month of the 70th birthday
copay_seventy_month-summary = The 70–74 rate of 20% starts on the 1st of the month after the 70th birthday (the birthday month for those born on the 1st).
copay_seventy_month-arrive-l1 = I turned 70 the other day. That makes it cheaper now, right?
copay_seventy_month-arrive-c1 = "Please place your card on this machine and go ahead with face recognition."
copay_seventy_month-route-l1 = Done. So it's 20% from today?
copay_seventy_month-route-c1 = "Thank you. Your eligibility is confirmed."
copay_seventy_month-pay-l1 = Well?
copay_seventy_month-pay-c1 = "Your share is 20%."
copay_seventy_month-pay-c2 = "Your share is 30%."
copay_seventy_month-done-l1 = I see.
