## invalid_notice_while_pending
invalid_notice_while_pending-title = Explaining the registration wait
invalid_notice_while_pending-summary = The new insurer's お知らせ has arrived but the online record is not there yet: confirm with card plus notice and explain the 5 + 5 days.
invalid_notice_while_pending-arrive-l1 = I changed jobs and the new insurer's お知らせ arrived yesterday.
invalid_notice_while_pending-arrive-c1 = "Thank you. First, please place your card on the machine."
invalid_notice_while_pending-invalid-l1 = It says 'invalid'? But the notice came.
invalid_notice_while_pending-invalid-c1 = "Even after the notice, the system can lag a little: the employer and the insurer each have about five days."
invalid_notice_while_pending-invalid-c2 = "It's invalid, so your insurance can't be used today."
invalid_notice_while_pending-confirm-l1 = So what about today?
invalid_notice_while_pending-confirm-c1 = "I'll identify you by the card's photo and confirm with the notice's numbers."
invalid_notice_while_pending-confirm-c2 = "The notice alone can't confirm it."
invalid_notice_while_pending-refused-l1 = But I'm showing you the card as well…
invalid_notice_while_pending-refused-c1 = "I'm sorry. I'll confirm with the card and the notice."
invalid_notice_while_pending-pay-l1 = How much do I pay?
invalid_notice_while_pending-pay-c1 = "Your share is 30%."
invalid_notice_while_pending-pay-c2 = "It will be 100%."
invalid_notice_while_pending-done-l1 = So that's how it works. What a relief.
