## system_reader_broken_portal
system_reader_broken_portal-title = A broken reader: the マイナポータル screen
system_reader_broken_portal-summary = With the reader broken, the card and the マイナポータル screen confirm eligibility; if the terminal can still look up, an e-prescription is possible.
system_reader_broken_portal-arrive-l1 = I put the card on it and a red lamp came on, nothing else.
system_reader_broken_portal-arrive-c1 = "Let me try restarting it — one moment."
system_reader_broken_portal-arrive-c2 = "The machine seems broken. Do you have the マイナポータル eligibility screen or the お知らせ?"
system_reader_broken_portal-still-l1 = …Still the red lamp.
system_reader_broken_portal-still-c1 = "It's broken. Do you have the マイナポータル eligibility screen?"
system_reader_broken_portal-portal-l1 = I can bring up マイナポータル on my phone… here.
system_reader_broken_portal-portal-c1 = "I'll identify you by the card's photo and confirm with this screen."
system_reader_broken_portal-portal-c2 = "A screen can't confirm it, so it's the full cost."
system_reader_broken_portal-rx-l1 = (the dentist) A painkiller prescription — can I issue it electronically?
system_reader_broken_portal-rx-c1 = "A paper prescription, please."
system_reader_broken_portal-rx-c2 = "Electronic, please."
system_reader_broken_portal-pay-l1 = How much do I pay?
system_reader_broken_portal-pay-c1 = "Your share is 30%."
system_reader_broken_portal-pay-c2 = "It will be 100%."
system_reader_broken_portal-done-l1 = Good thing I had it on my phone.
