## home_faceauth_resident
home_faceauth_resident-title = A care-home resident's 顔認証 card: 目視 in the app
home_faceauth_resident-summary = A no-PIN 顔認証 card is used at a home visit through 目視 in the マイナ資格確認アプリ.
home_faceauth_resident-arrive-l1 = (the care worker) Here is Ms Onishi's card — a 顔認証 card without a PIN.
home_faceauth_resident-arrive-c1 = "I'll read the card in the マイナ資格確認アプリ and check the photo against her face."
home_faceauth_resident-arrive-c2 = "Could you enter the PIN?"
home_faceauth_resident-no_pin-l1 = (the care worker) No PIN was ever set.
home_faceauth_resident-no_pin-c1 = "I'm sorry. I'll check visually."
home_faceauth_resident-route-l1 = (the care worker) Is that all right?
home_faceauth_resident-route-c1 = "Yes, that's confirmed."
home_faceauth_resident-pay-l1 = (the care worker) What is her share?
home_faceauth_resident-pay-c1 = "Your share is 10%."
home_faceauth_resident-pay-c2 = "It will be 30%."
home_faceauth_resident-done-l1 = (the care worker) Thank you.
