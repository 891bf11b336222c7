## home_later_visit
home_later_visit-title = A later home visit: re-query
home_later_visit-summary = While the visits continue, later visits re-query at the clinic; the card need not be read each time.
home_later_visit-arrive-l1 = (the daughter) Should we bring out the card again today?
home_later_visit-arrive-c1 = "From the second visit we re-query at the clinic, so no need to read it today."
home_later_visit-arrive-c2 = "Eligibility was already done, so nothing is needed."
home_later_visit-route-l1 = (the daughter) I see.
home_later_visit-route-c1 = "The re-query confirms her eligibility."
home_later_visit-pay-l1 = (the daughter) 10% again today?
home_later_visit-pay-c1 = "Your share is 10%."
home_later_visit-pay-c2 = "It will be 30%."
home_later_visit-done-l1 = (the daughter) Thank you.
