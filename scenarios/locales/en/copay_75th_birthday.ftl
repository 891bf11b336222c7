## copay_75th_birthday
copay_75th_birthday-title = On the 75th birthday itself
copay_75th_birthday-summary = Late-elderly insurance starts on the 75th birthday itself; the share is 10–30% by income; the 20% cap measure ended in September 2025.
copay_75th_birthday-arrive-l1 = I turn 75 today. It was 30% on my company insurance.
copay_75th_birthday-arrive-c1 = "Please place your card on this machine and go ahead with face recognition."
copay_75th_birthday-route-l1 = Done. Does it show something?
copay_75th_birthday-route-c1 = "Thank you. Your eligibility is confirmed."
copay_75th_birthday-pay-l1 = How much today?
copay_75th_birthday-pay-c1 = "From today you're on late-elderly insurance: 20%."
copay_75th_birthday-pay-c2 = "30% as before."
copay_75th_birthday-pay-c3 = "10%."
copay_75th_birthday-done-l1 = So it changes on the birthday itself.
