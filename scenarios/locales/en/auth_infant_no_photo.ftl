## auth_infant_no_photo
auth_infant_no_photo-title = An infant's card without a photo
auth_infant_no_photo-summary = A card made before age 1 has no photo: no face recognition, no 目視; the parent enters the PIN.
auth_infant_no_photo-arrive-l1 = (the mother) This is my baby's マイナ保険証. It's the kind without a photo…
auth_infant_no_photo-arrive-c1 = "Thank you. Please place it on this machine."
auth_infant_no_photo-placed-l1 = (the mother) Do I press face recognition? He may not keep still.
auth_infant_no_photo-placed-c1 = "A card without a photo can't use face recognition — please enter the PIN you set."
auth_infant_no_photo-placed-c2 = "That's fine, go ahead with face recognition."
auth_infant_no_photo-placed-c3 = "Staff will compare the photo with his face."
auth_infant_no_photo-no_face-l1 = (the mother) But there's no photo to compare…
auth_infant_no_photo-no_face-c1 = "I'm sorry. Please enter the PIN yourself."
auth_infant_no_photo-route-l1 = (the mother) It's done.
auth_infant_no_photo-route-c1 = "Thank you. That's confirmed."
auth_infant_no_photo-pay-l1 = (the mother) What share does he pay?
auth_infant_no_photo-pay-c1 = "Children before school pay 20%."
auth_infant_no_photo-pay-c2 = "30%."
auth_infant_no_photo-done-l1 = (the mother) Thank you.
