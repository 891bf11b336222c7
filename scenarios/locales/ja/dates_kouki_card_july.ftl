## dates_kouki_card_july
dates_kouki_card_july-title = 2025年7月31日の前後：後期高齢者の保険証
dates_kouki_card_july-summary = 後期高齢者の保険証は2025年7月31日まで。8月1日からは、番号で照会できれば暫定的に受け付けられた。
dates_kouki_card_july-arrive-l1 = 後期高齢者の保険証ね。期限がどうとか、市から手紙が来てたけど。
dates_kouki_card_july-arrive-c1 = 「期限内ですので、こちらの保険証でお受けします」
dates_kouki_card_july-arrive-c2 = 「期限は切れていますが、番号で照会してお受けします」
dates_kouki_card_july-arrive-c3 = 「期限切れなので、今日は全額になります」
dates_kouki_card_july-lookup-l1 = それで大丈夫なの？
dates_kouki_card_july-lookup-c1 = 「記号と番号でオンライン照会します」
dates_kouki_card_july-next_time-l1 = 次からはどうすればいいの？
dates_kouki_card_july-next_time-c1 = 「次回は市から届いた資格確認書をお持ちください」
dates_kouki_card_july-pay-l1 = お会計はいくらになりますか？
dates_kouki_card_july-pay-c1 = 「1割のご負担です」
dates_kouki_card_july-pay-c2 = 「3割のご負担になります」
dates_kouki_card_july-done-l1 = 資格確認書ね。ピンクの紙だったかしら。
