## invalid_no_record_returning
invalid_no_record_returning-title = 資格情報なし for a returning patient
invalid_no_record_returning-summary = A returning patient with nothing changed can confirm orally; a new one fills in the form. The claim's numbers differ too.
invalid_no_record_returning-arrive-l1 = Hello. I'll put my card down.
invalid_no_record_returning-arrive-c1 = "Please — face recognition is fine."
invalid_no_record_returning-none-l1 = Done… is something wrong?
invalid_no_record_returning-none-c1 = "(the terminal shows no record) May I ask — has your insurance or address changed since last time?"
invalid_no_record_returning-none-c2 = "(the terminal shows no record) Please fill in this declaration."
invalid_no_record_returning-none-c3 = "(the terminal shows no record) You seem uninsured, so it's the full cost."
invalid_no_record_returning-answer-l1 = Nothing's changed. Still national health insurance.
invalid_no_record_returning-answer-c1 = "We'll claim with the numbers in your past records."
invalid_no_record_returning-answer-c2 = "We'll claim as a 不詳レセプト."
invalid_no_record_returning-pay-l1 = How much do I pay?
invalid_no_record_returning-pay-c1 = "Your share is 30%."
invalid_no_record_returning-pay-c2 = "It will be 100%."
invalid_no_record_returning-done-l1 = Thank you.
