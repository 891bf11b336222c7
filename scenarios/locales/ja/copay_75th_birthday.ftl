## copay_75th_birthday
copay_75th_birthday-title = 75歳の誕生日当日
copay_75th_birthday-summary = 後期高齢者医療は75歳の誕生日当日から。負担割合は所得で1〜3割。2割の配慮措置は2025年9月で終了。
copay_75th_birthday-arrive-l1 = 今日でちょうど75歳なんだ。会社の保険のときは3割だったけど。
copay_75th_birthday-arrive-c1 = 「こちらの機械にカードを置いて、顔認証でお進みください」
copay_75th_birthday-route-l1 = 終わったよ。画面に何か出てる？
copay_75th_birthday-route-c1 = 「ありがとうございます。資格の確認ができました」
copay_75th_birthday-pay-l1 = 今日はいくら？
copay_75th_birthday-pay-c1 = 「今日から後期高齢者医療で、2割のご負担です」
copay_75th_birthday-pay-c2 = 「これまでどおり3割です」
copay_75th_birthday-pay-c3 = 「1割です」
copay_75th_birthday-done-l1 = 誕生日から変わるんだね。
