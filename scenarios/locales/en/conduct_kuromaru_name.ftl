## conduct_kuromaru_name
conduct_kuromaru_name-title = A ● in the name
conduct_kuromaru_name-summary = Characters outside the system's set show as ●: identify by the kana name and carry on; claims with ● or the kanji are not returned.
conduct_kuromaru_name-arrive-l1 = I'm Takahashi — the 髙 with the ladder, and the 𠮷 with 土.
conduct_kuromaru_name-arrive-c1 = "Please place your card on this machine and go ahead with face recognition."
conduct_kuromaru_name-route-l1 = Done. Is my name showing properly?
conduct_kuromaru_name-route-c1 = "(the terminal shows ●橋 ●郎) Let me confirm by the kana: Takahashi Kichirō, correct?"
conduct_kuromaru_name-route-c2 = "Your name doesn't show correctly, so we can't accept this card."
conduct_kuromaru_name-upset-l1 = It's just an unusual character. It's always like that.
conduct_kuromaru_name-upset-c1 = "I'm sorry. I'll confirm by the kana."
conduct_kuromaru_name-confirm-l1 = Yes, that's me.
conduct_kuromaru_name-confirm-c1 = "Thank you. You're checked in."
conduct_kuromaru_name-pay-l1 = How much do I pay?
conduct_kuromaru_name-pay-c1 = "Your share is 30%."
conduct_kuromaru_name-pay-c2 = "It will be 100%."
conduct_kuromaru_name-done-l1 = I'm always explaining this character.
