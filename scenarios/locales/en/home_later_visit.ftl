## home_later_visit
home_later_visit-title = The second visit to Ms Ando's house
home_later_visit-summary = The second visit to a patient seen at home every week: must the card be read each time, and how is eligibility confirmed?
home_later_visit-arrive-l1 = (the daughter) Thank you for last week. Should we get Mother's card out again today?
home_later_visit-arrive-c1 = "From the second visit we re-query at the clinic, so no need to read it today."
home_later_visit-arrive-c2 = "It was all confirmed at the first visit last week, so from now on no check will be needed."
home_later_visit-arrive-c3 = "Then I'll borrow the card, read it at the clinic and bring it back at the next visit."
home_later_visit-skipped-l1 = (the daughter) Oh, that makes it easier.
home_later_visit-skipped-l2 = (Back at the clinic the office manager asked: "Did you re-query Ms Ando today?" From the second visit on, the clinic re-queries at every visit. The two of you hurry to do it.)
home_later_visit-borrow-l1 = (the daughter) I'd rather you didn't take Mother's card away… Last week you read it here, didn't you?
home_later_visit-borrow-c1 = "I'm sorry. From the second visit we re-query at the clinic, so please keep the card."
home_later_visit-route-l1 = (Back at the clinic, Ms Ando's eligibility has been re-queried.)
home_later_visit-route-c1 = "(check in today's visit with the re-query result)"
home_later_visit-pay-l1 = (The re-query result has come into the レセコン.)
home_later_visit-pay-c1 = "(check the レセコン entry: the result's share, 10%)"
home_later_visit-done-l1 = (The second visit is registered.)
