## auth_type_my_pin
auth_type_my_pin-title = "Just type my PIN for me"
auth_type_my_pin-summary = Even when an elderly patient who sees poorly asks, staff never hear or type the PIN.
auth_type_my_pin-arrive-l1 = Hello. Which machine was it?
auth_type_my_pin-arrive-c1 = "This one. Please place your card here."
auth_type_my_pin-placed-l1 = My face never goes through. I can't see well, so I'll tell you my PIN and you press it, all right? It's…
auth_type_my_pin-placed-c1 = "Please don't tell me the number — staff may not hear it. The digits are large; take your time and press them yourself."
auth_type_my_pin-placed-c2 = "All right, I'll press it for you."
auth_type_my_pin-placed-c3 = "Then staff will check your photo against your face."
auth_type_my_pin-typed-l1 = (a colleague, quietly) We mustn't hear the PIN. Let her press it herself.
auth_type_my_pin-typed-c1 = "I'm sorry — could you press the number yourself?"
auth_type_my_pin-route-l1 = It seems to be done. Is that all right?
auth_type_my_pin-route-c1 = "Yes, your eligibility is confirmed. You're checked in."
auth_type_my_pin-pay-l1 = What share will I pay today?
auth_type_my_pin-pay-c1 = "Your share is 10%."
auth_type_my_pin-pay-c2 = "Your share is 30%."
auth_type_my_pin-done-l1 = Thank you. I managed it myself.
