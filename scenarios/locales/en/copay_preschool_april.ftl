## copay_preschool_april
copay_preschool_april-title = A child born around 1 April
copay_preschool_april-summary = The preschool 20% lasts to the first 31 March after the child legally turns 6 (the day before the birthday); 1 April births join the earlier school year.
copay_preschool_april-arrive-l1 = (the father) A check-up for my daughter. Here's her card.
copay_preschool_april-arrive-c1 = "Thank you. Please do face recognition with her at the machine."
copay_preschool_april-route-l1 = (the father) Done. Did she start school this spring…?
copay_preschool_april-route-c1 = "Thank you. Your eligibility is confirmed."
copay_preschool_april-pay-l1 = (the father) What share do children pay again?
copay_preschool_april-pay-c1 = "Her share is 20%."
copay_preschool_april-pay-c2 = "Her share is 30%."
copay_preschool_april-done-l1 = (the father) Thank you.
