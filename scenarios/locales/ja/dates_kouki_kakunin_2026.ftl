## dates_kouki_kakunin_2026
dates_kouki_kakunin_2026-title = 2026年8月：後期高齢者の資格確認書が2枚
dates_kouki_kakunin_2026-summary = 2026年8月初め、マイナンバーカードのない後期高齢者の患者さんが資格確認書を2枚持ってくる。どちらで、どう受け付けるか。
dates_kouki_kakunin_2026-arrive-l1 = 資格確認書っていうのが2枚あるのよ。どっちを出せばいいのかしら。
dates_kouki_kakunin_2026-arrive-c1 = 「2027年7月31日までの新しいほうでお受けします。古いほうは7月末で切れています」
dates_kouki_kakunin_2026-arrive-c2 = 「古いほうは期限切れですが、番号は同じですので、照会してそちらのほうでお受けしますね」
dates_kouki_kakunin_2026-arrive-c3 = 「8月から後期高齢者の方もマイナ保険証が基本になったので、カードがないと全額になるんです」
dates_kouki_kakunin_2026-senior-l1 = （事務長）期限の切れた資格確認書で受けるのはだめだよ。新しいほうがあるんだから、そっちで。
dates_kouki_kakunin_2026-senior-c1 = 「失礼しました。新しいほうの資格確認書でお受けします」
dates_kouki_kakunin_2026-left-l1 = 全額？ 新しいのが届いたばかりなのに……。もういいわ、息子に聞いてから、また来ます。
dates_kouki_kakunin_2026-lookup-l1 = わたしはマイナンバーカードを持ってないから、新しいのが来たのね。
dates_kouki_kakunin_2026-lookup-c1 = 「はい。念のため、新しいほうの記号・番号でオンライン照会します」
dates_kouki_kakunin_2026-pay-l1 = （照会の結果は有効。資格確認書の負担割合も照会の結果も1割です）
dates_kouki_kakunin_2026-pay-c1 = 「（負担割合1割で、レセコンに登録する）」
dates_kouki_kakunin_2026-done-l1 = 古いほうは、もう使わないのね。しまっておくわ。
