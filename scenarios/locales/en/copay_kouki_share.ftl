## copay_kouki_share
copay_kouki_share-title = Read the late-elderly share from the result
copay_kouki_share-summary = Late-elderly insurance is 10, 20 or 30% by income; with the マイナ保険証 take the rate from the result.
copay_kouki_share-arrive-l1 = Hello. Good to see you again.
copay_kouki_share-arrive-c1 = "Please place your card on this machine and go ahead with face recognition."
copay_kouki_share-route-l1 = All done.
copay_kouki_share-route-c1 = "Thank you. Your eligibility is confirmed."
copay_kouki_share-pay-l1 = How much today?
copay_kouki_share-pay-c1 = "Your share is 10%."
copay_kouki_share-pay-c2 = "Your share is 20%."
copay_kouki_share-pay-c3 = "Your share is 30%."
copay_kouki_share-done-l1 = Thank you, dear.
