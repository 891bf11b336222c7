## auth_face_fails_pin
auth_face_fails_pin-title = Face recognition fails: switch to the PIN
auth_face_fails_pin-summary = Hats, too close, backlight: don't make them retry endlessly; offer the PIN.
auth_face_fails_pin-arrive-l1 = I'm in a bit of a hurry — will this be quick? (her hat pulled down low)
auth_face_fails_pin-arrive-c1 = "Yes — please place your card on this machine."
auth_face_fails_pin-placed-l1 = I'll press face recognition.
auth_face_fails_pin-placed-c1 = "Go ahead — take your hat off and look into the camera from a little further back."
auth_face_fails_pin-failed-l1 = "Could not verify." Maybe the light from the window… should I try again?
auth_face_fails_pin-failed-c1 = "You can use your PIN instead. Please enter your 4-digit PIN yourself."
auth_face_fails_pin-failed-c2 = "Keep trying face recognition until it works."
auth_face_fails_pin-again-l1 = …"Could not verify" again. I really don't have time.
auth_face_fails_pin-again-c1 = "I'm sorry. Please use your PIN."
auth_face_fails_pin-route-l1 = It seems to be done. Is that all right?
auth_face_fails_pin-route-c1 = "Yes, your eligibility is confirmed. You're checked in."
auth_face_fails_pin-pay-l1 = What share will I pay today?
auth_face_fails_pin-pay-c1 = "Your share is 30%."
auth_face_fails_pin-pay-c2 = "Your share is 20%."
auth_face_fails_pin-done-l1 = Good, I'll make it.
