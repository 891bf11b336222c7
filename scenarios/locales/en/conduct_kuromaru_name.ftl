## conduct_kuromaru_name
conduct_kuromaru_name-title = A ● in the name
conduct_kuromaru_name-summary = The name in the eligibility result shows as ●: how to confirm who the patient is, and how to carry on.
conduct_kuromaru_name-arrive-l1 = I'm Takahashi — the 髙 with the ladder, and the 𠮷 with 土 on top. The card goes on this machine, right?
conduct_kuromaru_name-arrive-c1 = "Yes — place the card and go ahead with face recognition."
conduct_kuromaru_name-route-l1 = Done. Is my name showing properly?
conduct_kuromaru_name-route-c1 = "Let me check the kana name with you: Takahashi Kichirō — is that right?"
conduct_kuromaru_name-route-c2 = "I'm sorry, your name isn't displayed correctly, so we can't accept this card."
conduct_kuromaru_name-route-c3 = "Part of your name can't be read, so could you write your name and address on a declaration form, just in case?"
conduct_kuromaru_name-upset-l1 = It's just an unusual character. It's always like that.
conduct_kuromaru_name-left-l1 = Other clinics take it without a problem. …Forget it. I'll leave it for today.
conduct_kuromaru_name-form-l1 = Paperwork? My name just has an unusual character — the card went through, didn't it?
conduct_kuromaru_name-upset-c1 = "I'm sorry. Let me check the kana name: Takahashi Kichirō, correct?"
conduct_kuromaru_name-confirm-l1 = Yes, that's me.
conduct_kuromaru_name-confirm-c1 = "Thank you. You're checked in."
conduct_kuromaru_name-pay-l1 = (The eligibility result has been imported into the レセコン; the name still reads ●橋 ●郎.)
conduct_kuromaru_name-pay-c1 = "(check the レセコン entry: the result's share, 30%)"
conduct_kuromaru_name-done-l1 = I'm always explaining this character.
