## system_reader_wont_start
system_reader_wont_start-title = The card reader won't start this morning
system_reader_wont_start-summary = Most start-up failures are fixed by restarting the reader and the eligibility PC.
system_reader_wont_start-arrive-l1 = First one in! …Oh, this machine's screen is dark.
system_reader_wont_start-arrive-c1 = "I'm sorry. I'll restart the card reader and the terminal — one moment."
system_reader_wont_start-arrive-c2 = "The machine isn't working, so it's the full cost today."
system_reader_wont_start-upset-l1 = The full cost? When it's the machine that's broken?
system_reader_wont_start-upset-c1 = "I'm sorry. Let me restart it — one moment."
system_reader_wont_start-restarted-l1 = Oh, the screen's on.
system_reader_wont_start-restarted-c1 = "Thank you for waiting. Please place your card."
system_reader_wont_start-placed-l1 = Face recognition…
system_reader_wont_start-placed-c1 = "Yes, look into the camera."
system_reader_wont_start-route-l1 = Done.
system_reader_wont_start-route-c1 = "Thank you. That's confirmed."
system_reader_wont_start-pay-l1 = How much do I pay?
system_reader_wont_start-pay-c1 = "Your share is 30%."
system_reader_wont_start-pay-c2 = "It will be 100%."
system_reader_wont_start-done-l1 = Quite a morning for you.
