## copay_seventy_month
copay_seventy_month-title = 70歳の誕生月
copay_seventy_month-summary = 70〜74歳の2割は、70歳の誕生日の翌月1日から（1日生まれはその月から）。
copay_seventy_month-arrive-l1 = この前70歳になってね。これで安くなるんだろう？
copay_seventy_month-arrive-c1 = 「こちらの機械にカードを置いて、顔認証でお進みください」
copay_seventy_month-route-l1 = 終わったよ。で、今日から2割かい？
copay_seventy_month-route-c1 = 「ありがとうございます。資格の確認ができました」
copay_seventy_month-pay-l1 = どうなの？
copay_seventy_month-pay-c1 = 「2割のご負担です」
copay_seventy_month-pay-c2 = 「3割のご負担です」
copay_seventy_month-done-l1 = なるほどね。
