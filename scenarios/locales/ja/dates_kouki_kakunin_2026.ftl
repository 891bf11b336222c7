## dates_kouki_kakunin_2026
dates_kouki_kakunin_2026-title = 2026年8月：後期高齢者の資格確認書が2枚
dates_kouki_kakunin_2026-summary = 2025年に全員に出た後期の資格確認書は2026年7月31日まで。8月からは新しいものを読む（85歳以上は全員に出すとした広域連合も）。
dates_kouki_kakunin_2026-arrive-l1 = 資格確認書っていうのが2枚あるのよ。どっちを出せばいいのかしら。
dates_kouki_kakunin_2026-arrive-c1 = 「新しいほう、2027年7月31日までのものでお受けします。古いほうは7月末で切れています」
dates_kouki_kakunin_2026-arrive-c2 = 「古いほうは期限切れですが、番号で照会してお受けしますね」
dates_kouki_kakunin_2026-lookup-l1 = わたしはマイナンバーカードを持ってないから、これが来たのね。
dates_kouki_kakunin_2026-lookup-c1 = 「記号と番号でオンライン照会します」
dates_kouki_kakunin_2026-pay-l1 = お会計はいくらになりますか？
dates_kouki_kakunin_2026-pay-c1 = 「1割のご負担です」
dates_kouki_kakunin_2026-pay-c2 = 「3割のご負担になります」
dates_kouki_kakunin_2026-done-l1 = 古いのは捨てていいのね。
